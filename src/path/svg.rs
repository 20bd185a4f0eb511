//! Sink that writes an SVG path `d` string with fixed precision.

use super::PathSink;
use std::fmt::Write;

/// Builds an SVG path string, rounding every coordinate to a fixed number
/// of decimals and dropping points that round onto the previous one.
///
/// # Examples
///
/// ```
/// use kuril_map::path::{PathSink, SvgPath};
///
/// let mut p = SvgPath::new(1);
/// p.move_to(0.04, 10.0);
/// p.line_to(5.55, 10.0);
/// p.line_to(5.58, 10.01); // rounds onto the previous point: dropped
/// p.close();
/// assert_eq!(p.finish(), "M0,10L5.6,10Z");
/// ```
#[derive(Clone, Debug)]
pub struct SvgPath {
    out: String,
    decimals: usize,
    last: Option<(i64, i64)>,
}

impl SvgPath {
    /// A sink writing `decimals` digits after the point (0–6).
    pub fn new(decimals: usize) -> Self {
        Self {
            out: String::new(),
            decimals: decimals.min(6),
            last: None,
        }
    }

    /// The path string written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn quantise(&self, v: f64) -> i64 {
        let f = 10f64.powi(self.decimals as i32);
        // Non-finite input must not poison the string: clamp it to 0.
        if v.is_finite() {
            (v * f).round() as i64
        } else {
            0
        }
    }

    fn push_number(&mut self, q: i64) {
        let f = 10i64.pow(self.decimals as u32);
        let sign = if q < 0 { "-" } else { "" };
        let a = q.unsigned_abs();
        let (int, frac) = (a / f as u64, a % f as u64);
        let _ = write!(self.out, "{sign}{int}");
        if frac != 0 {
            let digits = format!("{frac:0width$}", width = self.decimals);
            let _ = write!(self.out, ".{}", digits.trim_end_matches('0'));
        }
    }

    fn push_point(&mut self, cmd: char, x: f64, y: f64) {
        let q = (self.quantise(x), self.quantise(y));
        if cmd == 'L' && self.last == Some(q) {
            return;
        }
        self.out.push(cmd);
        self.push_number(q.0);
        self.out.push(',');
        self.push_number(q.1);
        self.last = Some(q);
    }
}

impl PathSink for SvgPath {
    fn move_to(&mut self, x: f64, y: f64) {
        self.push_point('M', x, y);
    }

    fn line_to(&mut self, x: f64, y: f64) {
        self.push_point('L', x, y);
    }

    fn close(&mut self) {
        self.out.push('Z');
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_fixed_precision_without_trailing_zeros() {
        let mut p = SvgPath::new(2);
        p.move_to(1.0, -0.004);
        p.line_to(-2.5, 3.14259);
        assert_eq!(p.finish(), "M1,0L-2.5,3.14");
    }

    #[test]
    fn negative_fractions_keep_their_sign() {
        let mut p = SvgPath::new(1);
        p.move_to(-0.26, -12.34);
        assert_eq!(p.finish(), "M-0.3,-12.3");
    }

    #[test]
    fn zero_decimals_writes_integers() {
        let mut p = SvgPath::new(0);
        p.move_to(10.4, 10.6);
        assert_eq!(p.finish(), "M10,11");
    }

    #[test]
    fn non_finite_values_do_not_leak_into_the_string() {
        let mut p = SvgPath::new(1);
        p.move_to(f64::NAN, f64::INFINITY);
        let s = p.finish();
        assert!(!s.contains("NaN") && !s.contains("inf"), "{s}");
    }
}
