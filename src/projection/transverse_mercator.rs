//! The spherical transverse Mercator projection.
//!
//! Conformal, with true scale along its central meridian, which makes it a
//! good fit for a region that is taller than it is wide or, as here, a
//! small region at mid latitudes (43°–46° N) where distortion over a few
//! degrees of longitude is well under one percent.

use super::RawProjection;

/// Spherical transverse Mercator, centred on a meridian and an origin
/// latitude given in degrees.
///
/// # Examples
///
/// ```
/// use kuril_map::projection::{RawProjection, TransverseMercator};
///
/// let tm = TransverseMercator::new(147.0, 44.5);
/// let (x, y) = tm.forward(147f64.to_radians(), 44.5f64.to_radians());
/// assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TransverseMercator {
    lambda0: f64,
    phi0: f64,
}

impl TransverseMercator {
    /// A projection whose origin is at `central_meridian`, `origin_latitude`
    /// (degrees).
    pub fn new(central_meridian: f64, origin_latitude: f64) -> Self {
        Self {
            lambda0: central_meridian.to_radians(),
            phi0: origin_latitude.to_radians(),
        }
    }
}

impl RawProjection for TransverseMercator {
    fn forward(&self, lambda: f64, phi: f64) -> (f64, f64) {
        let dl = lambda - self.lambda0;
        let b = phi.cos() * dl.sin();
        let x = b.atanh();
        let y = phi.tan().atan2(dl.cos()) - self.phi0;
        (x, y)
    }

    fn inverse(&self, x: f64, y: f64) -> (f64, f64) {
        let d = y + self.phi0;
        let phi = (d.sin() / x.cosh()).clamp(-1.0, 1.0).asin();
        let lambda = self.lambda0 + x.sinh().atan2(d.cos());
        (lambda, phi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EPS: f64 = 1e-12;

    #[test]
    fn origin_maps_to_zero() {
        let tm = TransverseMercator::new(147.0, 44.5);
        let (x, y) = tm.forward(147f64.to_radians(), 44.5f64.to_radians());
        assert!(x.abs() < EPS && y.abs() < EPS);
    }

    #[test]
    fn central_meridian_is_true_to_scale() {
        // Along the central meridian y is just the latitude difference.
        let tm = TransverseMercator::new(147.0, 44.5);
        let (x, y) = tm.forward(147f64.to_radians(), 46f64.to_radians());
        assert!(x.abs() < EPS);
        assert!((y - 1.5f64.to_radians()).abs() < EPS);
    }

    #[test]
    fn equator_matches_mercator() {
        // On the equator, one degree east of the central meridian, the
        // transverse Mercator x equals atanh(sin 1°) = ln tan(45.5°).
        let tm = TransverseMercator::new(0.0, 0.0);
        let (x, y) = tm.forward(1f64.to_radians(), 0.0);
        let expected = (45.5f64.to_radians()).tan().ln();
        assert!((x - expected).abs() < EPS, "{x} vs {expected}");
        assert!((x - 0.017_454_178_683_585).abs() < 1e-12);
        assert!(y.abs() < EPS);
    }

    #[test]
    fn inverse_round_trips_over_the_frame() {
        let tm = TransverseMercator::new(147.5, 44.6);
        for lon in [144.5, 145.8, 147.5, 149.0, 150.5] {
            for lat in [42.8, 43.7, 44.6, 45.5, 46.4] {
                let (x, y) = tm.forward(f64::to_radians(lon), f64::to_radians(lat));
                let (l, p) = tm.inverse(x, y);
                assert!((l.to_degrees() - lon).abs() < 1e-9, "lon {lon}");
                assert!((p.to_degrees() - lat).abs() < 1e-9, "lat {lat}");
            }
        }
    }

    #[test]
    fn is_conformal_locally() {
        // Scale in x and y must agree at an off-centre point.
        let tm = TransverseMercator::new(147.0, 44.0);
        let (lam, phi) = (149f64.to_radians(), 45f64.to_radians());
        let h = 1e-7;
        let (x0, y0) = tm.forward(lam, phi);
        let (xe, ye) = tm.forward(lam + h, phi);
        let (xn, yn) = tm.forward(lam, phi + h);
        let east = ((xe - x0).powi(2) + (ye - y0).powi(2)).sqrt() / (h * phi.cos());
        let north = ((xn - x0).powi(2) + (yn - y0).powi(2)).sqrt() / h;
        assert!((east - north).abs() < 1e-6, "{east} vs {north}");
    }
}
