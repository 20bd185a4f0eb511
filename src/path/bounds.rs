//! Sink that measures the bounding box of projected points.

use super::PathSink;

/// Collects the screen-space bounding box of everything streamed into it.
///
/// # Examples
///
/// ```
/// use kuril_map::path::{Bounds, PathSink};
///
/// let mut b = Bounds::default();
/// b.move_to(3.0, 4.0);
/// b.line_to(-1.0, 9.0);
/// assert_eq!(b.rect(), Some([-1.0, 4.0, 3.0, 9.0]));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Bounds {
    rect: Option<[f64; 4]>,
}

impl Bounds {
    /// `[x0, y0, x1, y1]`, or `None` if no finite point was seen.
    pub fn rect(&self) -> Option<[f64; 4]> {
        self.rect
    }

    fn add(&mut self, x: f64, y: f64) {
        if !x.is_finite() || !y.is_finite() {
            return;
        }
        self.rect = Some(match self.rect {
            None => [x, y, x, y],
            Some([x0, y0, x1, y1]) => [x0.min(x), y0.min(y), x1.max(x), y1.max(y)],
        });
    }
}

impl PathSink for Bounds {
    fn move_to(&mut self, x: f64, y: f64) {
        self.add(x, y);
    }
    fn line_to(&mut self, x: f64, y: f64) {
        self.add(x, y);
    }
    fn close(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_has_no_rect() {
        assert_eq!(Bounds::default().rect(), None);
    }

    #[test]
    fn ignores_non_finite_points() {
        let mut b = Bounds::default();
        b.move_to(f64::NAN, 1.0);
        b.line_to(2.0, 2.0);
        assert_eq!(b.rect(), Some([2.0, 2.0, 2.0, 2.0]));
    }
}
