//! A raw projection configured with scale and translation into screen space.

use super::{Project, RawProjection};
use crate::path::{Bounds, Rect, Stream};

/// Mean Earth radius in kilometres (IUGG), used to turn projected units
/// into ground distance for the scale bar.
pub const EARTH_RADIUS_KM: f64 = 6_371.008_8;

/// A configured projection: raw projection, then `scale`, then a flip of
/// the y axis (SVG y points down), then `translate`.
///
/// # Examples
///
/// ```
/// use kuril_map::path::Rect;
/// use kuril_map::projection::{Project, Projection, TransverseMercator};
/// use geo::{LineString, coord};
///
/// let frame = LineString::new(vec![
///     coord! { x: 144.5, y: 42.8 },
///     coord! { x: 150.5, y: 46.4 },
/// ]);
/// let p = Projection::new(TransverseMercator::new(147.5, 44.6))
///     .fit_extent(Rect::inset(800.0, 600.0, 10.0), &frame);
/// let (x, y) = p.project(147.5, 44.6);
/// assert!(x > 10.0 && x < 790.0 && y > 10.0 && y < 590.0);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection<R> {
    raw: R,
    scale: f64,
    tx: f64,
    ty: f64,
}

impl<R: RawProjection> Projection<R> {
    /// Scale 1 and no translation.
    pub fn new(raw: R) -> Self {
        Self {
            raw,
            scale: 1.0,
            tx: 0.0,
            ty: 0.0,
        }
    }

    pub fn with_scale(mut self, scale: f64) -> Self {
        self.scale = scale;
        self
    }

    pub fn with_translate(mut self, tx: f64, ty: f64) -> Self {
        self.tx = tx;
        self.ty = ty;
        self
    }

    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Sets scale and translation so that `object` fills `extent`, keeping
    /// its aspect and centring it, as d3's `fitExtent` does.
    pub fn fit_extent<G: Stream + ?Sized>(self, extent: Rect, object: &G) -> Self
    where
        R: Clone,
    {
        let unit = Projection::new(self.raw.clone());
        let mut bounds = Bounds::default();
        object.stream(&unit, &mut bounds);
        let Some([x0, y0, x1, y1]) = bounds.rect() else {
            return self;
        };
        let (w, h) = (x1 - x0, y1 - y0);
        if w <= 0.0 || h <= 0.0 || !w.is_finite() || !h.is_finite() {
            return self;
        }
        let k = (extent.width() / w).min(extent.height() / h);
        // Unit projection maps raw (x, y) to (x, -y), so screen = tx + k·x.
        let tx = extent.x0 + (extent.width() - k * (x1 + x0)) / 2.0;
        let ty = extent.y0 + (extent.height() - k * (y1 + y0)) / 2.0;
        Self {
            raw: self.raw,
            scale: k,
            tx,
            ty,
        }
    }

    /// Screen pixels per kilometre on the ground around `(lon, lat)`,
    /// measured from the projection itself over a short east–west chord.
    pub fn pixels_per_km(&self, lon: f64, lat: f64) -> f64 {
        let d_lon = 0.01;
        let (x0, y0) = self.project(lon, lat);
        let (x1, y1) = self.project(lon + d_lon, lat);
        let px = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        let km = EARTH_RADIUS_KM * d_lon.to_radians() * lat.to_radians().cos();
        px / km
    }
}

impl<R: RawProjection> Project for Projection<R> {
    fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = self.raw.forward(lon.to_radians(), lat.to_radians());
        (self.tx + self.scale * x, self.ty - self.scale * y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::projection::TransverseMercator;
    use geo::{coord, LineString};

    fn frame() -> LineString {
        LineString::new(vec![
            coord! { x: 144.5, y: 42.8 },
            coord! { x: 150.5, y: 42.8 },
            coord! { x: 150.5, y: 46.4 },
            coord! { x: 144.5, y: 46.4 },
        ])
    }

    #[test]
    fn fit_extent_fills_one_axis_and_centres_the_other() {
        let extent = Rect::inset(1000.0, 1000.0, 20.0);
        let p = Projection::new(TransverseMercator::new(147.5, 44.6)).fit_extent(extent, &frame());
        let mut b = Bounds::default();
        frame().stream(&p, &mut b);
        let [x0, y0, x1, y1] = b.rect().expect("bounds");
        // The frame is wider than tall, so x fills the extent exactly.
        assert!((x0 - 20.0).abs() < 1e-6 && (x1 - 980.0).abs() < 1e-6);
        // ...and y is centred.
        assert!(((y0 + y1) / 2.0 - 500.0).abs() < 1e-6);
        assert!(y0 > 20.0 && y1 < 980.0);
    }

    #[test]
    fn north_is_up() {
        let p = Projection::new(TransverseMercator::new(147.5, 44.6)).with_scale(1000.0);
        let (_, y_south) = p.project(147.5, 43.0);
        let (_, y_north) = p.project(147.5, 46.0);
        assert!(y_north < y_south);
    }

    #[test]
    fn pixels_per_km_matches_scale_on_central_meridian() {
        let p = Projection::new(TransverseMercator::new(147.5, 44.6)).with_scale(6371.0088);
        // One radian is one Earth radius: a scale of R gives 1 px per km.
        let ppk = p.pixels_per_km(147.5, 44.6);
        assert!((ppk - 1.0).abs() < 1e-4, "{ppk}");
    }

    #[test]
    fn fit_extent_ignores_empty_input() {
        let p = Projection::new(TransverseMercator::new(147.5, 44.6));
        let empty = LineString::<f64>::new(vec![]);
        assert_eq!(p.fit_extent(Rect::inset(10.0, 10.0, 0.0), &empty), p);
    }
}
