//! Zoom and pan of the map: a scale factor and a centre in SVG user
//! units, always kept inside the map. Pure, so it is tested natively.

/// Most the map can be magnified.
pub const MAX_ZOOM: f64 = 6.0;

/// The visible part of a `width` × `height` map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zoom {
    pub k: f64,
    pub cx: f64,
    pub cy: f64,
    width: f64,
    height: f64,
}

impl Zoom {
    /// The whole map.
    pub fn whole(width: f64, height: f64) -> Self {
        Self {
            k: 1.0,
            cx: width / 2.0,
            cy: height / 2.0,
            width,
            height,
        }
    }

    pub fn is_whole(&self) -> bool {
        self.k <= 1.0 + 1e-9
    }

    /// `[x, y, w, h]` of the visible rectangle.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::zoom::Zoom;
    /// let z = Zoom::whole(1000.0, 800.0).zoom_about(500.0, 400.0, 2.0);
    /// assert_eq!(z.view_box(), [250.0, 200.0, 500.0, 400.0]);
    /// ```
    pub fn view_box(&self) -> [f64; 4] {
        let (w, h) = (self.width / self.k, self.height / self.k);
        [self.cx - w / 2.0, self.cy - h / 2.0, w, h]
    }

    /// Keeps the visible rectangle inside the map.
    fn clamped(mut self) -> Self {
        self.k = if self.k.is_finite() {
            self.k.clamp(1.0, MAX_ZOOM)
        } else {
            1.0
        };
        let (hw, hh) = (self.width / self.k / 2.0, self.height / self.k / 2.0);
        let cx = if self.cx.is_finite() {
            self.cx
        } else {
            self.width / 2.0
        };
        let cy = if self.cy.is_finite() {
            self.cy
        } else {
            self.height / 2.0
        };
        self.cx = cx.clamp(hw, self.width - hw);
        self.cy = cy.clamp(hh, self.height - hh);
        self
    }

    /// Multiplies the zoom by `factor`, keeping the map point `(x, y)`
    /// where it is on screen.
    pub fn zoom_about(self, x: f64, y: f64, factor: f64) -> Self {
        let k = (self.k * factor).clamp(1.0, MAX_ZOOM);
        let f = self.k / k;
        Self {
            k,
            cx: x + (self.cx - x) * f,
            cy: y + (self.cy - y) * f,
            ..self
        }
        .clamped()
    }

    /// Moves the view by `(dx, dy)` map units.
    pub fn pan(self, dx: f64, dy: f64) -> Self {
        Self {
            cx: self.cx + dx,
            cy: self.cy + dy,
            ..self
        }
        .clamped()
    }
}

/// A pointer on the map: its id and its position in client pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    pub id: i32,
    pub x: f64,
    pub y: f64,
}

/// How two pointers moved between two events: the new midpoint (client
/// pixels), how far the midpoint moved back (client pixels, old minus
/// new: the view moves against the fingers), and the zoom factor (new
/// spread over old).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pinch {
    pub centre: (f64, f64),
    pub pan: (f64, f64),
    pub factor: f64,
}

/// The pinch between `before` and `after`, two pointers each; `None` when
/// the fingers started too close (under a pixel) to give a factor.
///
/// # Examples
///
/// ```
/// use kuril_map::zoom::{pinch, Pointer};
/// let p = |id, x, y| Pointer { id, x, y };
/// let spread = pinch([p(1, 0.0, 0.0), p(2, 10.0, 0.0)], [p(1, -5.0, 0.0), p(2, 15.0, 0.0)])
///     .expect("a pinch");
/// assert_eq!(spread.factor, 2.0);
/// assert_eq!(spread.centre, (5.0, 0.0));
/// assert_eq!(spread.pan, (0.0, 0.0));
/// ```
pub fn pinch(before: [Pointer; 2], after: [Pointer; 2]) -> Option<Pinch> {
    let spread = |[a, b]: [Pointer; 2]| (a.x - b.x).hypot(a.y - b.y);
    let mid = |[a, b]: [Pointer; 2]| ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
    let d0 = spread(before);
    if d0 < 1.0 {
        return None;
    }
    let (old, new) = (mid(before), mid(after));
    Some(Pinch {
        centre: new,
        pan: (old.0 - new.0, old.1 - new.1),
        factor: spread(after) / d0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pinch_pans_with_the_midpoint_and_ignores_touching_fingers() {
        let p = |id, x, y| Pointer { id, x, y };
        let moved = pinch(
            [p(1, 0.0, 0.0), p(2, 4.0, 0.0)],
            [p(1, 10.0, 3.0), p(2, 14.0, 3.0)],
        )
        .expect("a pinch");
        assert_eq!(moved.factor, 1.0);
        assert_eq!(moved.pan, (-10.0, -3.0));
        assert_eq!(
            pinch(
                [p(1, 0.0, 0.0), p(2, 0.5, 0.0)],
                [p(1, 0.0, 0.0), p(2, 9.0, 0.0)]
            ),
            None
        );
    }

    #[test]
    fn zooming_keeps_the_anchor_point_fixed() {
        let z = Zoom::whole(1000.0, 800.0).zoom_about(800.0, 600.0, 2.0);
        let [x, y, w, h] = z.view_box();
        // (800, 600) was at 80%/75% of the view and stays there.
        assert!(((800.0 - x) / w - 0.8).abs() < 1e-9);
        assert!(((600.0 - y) / h - 0.75).abs() < 1e-9);
    }

    #[test]
    fn never_leaves_the_map_or_the_zoom_range() {
        let z = Zoom::whole(1000.0, 800.0)
            .zoom_about(0.0, 0.0, 100.0)
            .pan(-5000.0, 9000.0);
        assert_eq!(z.k, MAX_ZOOM);
        let [x, y, w, h] = z.view_box();
        assert!(x >= 0.0 && y >= 0.0 && x + w <= 1000.0 + 1e-9 && y + h <= 800.0 + 1e-9);
        let out = z.zoom_about(500.0, 400.0, 0.001);
        assert!(out.is_whole());
        assert_eq!(out.view_box(), [0.0, 0.0, 1000.0, 800.0]);
    }

    #[test]
    fn bad_numbers_fall_back_to_the_whole_map() {
        let z = Zoom::whole(1000.0, 800.0).zoom_about(f64::NAN, 1.0, f64::INFINITY);
        let [x, y, w, h] = z.view_box();
        assert!(x.is_finite() && y.is_finite() && w > 0.0 && h > 0.0);
    }
}
