//! A rectangle in screen or user space: what the bounds sink measures,
//! what a projection is fitted into, and what the layout keeps apart.

/// A rectangle in screen (SVG user) space, by its corners: `x0 <= x1`,
/// `y0 <= y1`.
#[derive(Clone, Copy, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// A rectangle of `width` × `height` inset by `margin` on every side.
    pub fn inset(width: f64, height: f64, margin: f64) -> Self {
        Rect {
            x0: margin,
            y0: margin,
            x1: width - margin,
            y1: height - margin,
        }
    }

    /// From `[x0, y0, x1, y1]`, the form `path::Bounds` gives.
    pub fn from_corners([x0, y0, x1, y1]: [f64; 4]) -> Self {
        Rect { x0, y0, x1, y1 }
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    /// Whether the two share any area (touching edges do not count).
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::layout::Rect;
    /// let a = Rect::from_corners([0.0, 0.0, 2.0, 2.0]);
    /// assert!(a.overlaps(&Rect::from_corners([1.0, 1.0, 3.0, 3.0])));
    /// assert!(!a.overlaps(&Rect::from_corners([2.0, 0.0, 3.0, 2.0])));
    /// ```
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    /// Whether `other` lies wholly inside this one.
    pub fn contains(&self, other: &Rect) -> bool {
        other.x0 >= self.x0 && other.x1 <= self.x1 && other.y0 >= self.y0 && other.y1 <= self.y1
    }
}
