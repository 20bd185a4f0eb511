//! Sink that finds the area-weighted centroid of projected rings.

use super::PathSink;

/// Planar centroid of the closed rings streamed into it, weighted by
/// signed area (holes subtract). Used to anchor labels and callouts.
///
/// # Examples
///
/// ```
/// use kuril_map::path::{Centroid, PathSink};
///
/// let mut c = Centroid::default();
/// c.move_to(0.0, 0.0);
/// c.line_to(4.0, 0.0);
/// c.line_to(4.0, 2.0);
/// c.line_to(0.0, 2.0);
/// c.close();
/// assert_eq!(c.centroid(), Some((2.0, 1.0)));
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Centroid {
    start: Option<(f64, f64)>,
    prev: Option<(f64, f64)>,
    area2: f64,
    cx: f64,
    cy: f64,
}

impl Centroid {
    /// The centroid, or `None` if the rings enclose no area.
    pub fn centroid(&self) -> Option<(f64, f64)> {
        if self.area2.abs() < f64::EPSILON {
            return None;
        }
        Some((self.cx / (3.0 * self.area2), self.cy / (3.0 * self.area2)))
    }

    fn edge(&mut self, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) {
        let cross = x0 * y1 - x1 * y0;
        self.area2 += cross;
        self.cx += (x0 + x1) * cross;
        self.cy += (y0 + y1) * cross;
    }
}

impl PathSink for Centroid {
    fn move_to(&mut self, x: f64, y: f64) {
        self.start = Some((x, y));
        self.prev = Some((x, y));
    }

    fn line_to(&mut self, x: f64, y: f64) {
        if let Some(p) = self.prev {
            self.edge(p, (x, y));
        }
        self.prev = Some((x, y));
    }

    fn close(&mut self) {
        if let (Some(p), Some(s)) = (self.prev, self.start) {
            self.edge(p, s);
        }
        self.start = None;
        self.prev = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(c: &mut Centroid, x: f64, y: f64, s: f64) {
        c.move_to(x, y);
        c.line_to(x + s, y);
        c.line_to(x + s, y + s);
        c.line_to(x, y + s);
        c.close();
    }

    #[test]
    fn two_squares_weight_by_area() {
        let mut c = Centroid::default();
        square(&mut c, 0.0, 0.0, 2.0); // area 4 at (1, 1)
        square(&mut c, 10.0, 0.0, 1.0); // area 1 at (10.5, 0.5)
        let (x, y) = c.centroid().expect("area");
        assert!((x - (4.0 + 10.5) / 5.0).abs() < 1e-12);
        assert!((y - (4.0 + 0.5) / 5.0).abs() < 1e-12);
    }

    #[test]
    fn open_lines_have_no_centroid() {
        let mut c = Centroid::default();
        c.move_to(0.0, 0.0);
        c.line_to(1.0, 0.0);
        assert_eq!(c.centroid(), None);
    }
}
