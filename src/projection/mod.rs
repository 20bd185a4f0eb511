//! Map projections, split as d3-geo splits them:
//!
//! * a *raw* projection maps longitude/latitude in radians to unitless
//!   plane coordinates and back ([`RawProjection`]);
//! * a *configured* projection ([`Projection`]) adds scale and translation
//!   into screen space (SVG, y pointing down) and can fit a bounding box
//!   into an extent.
//!
//! Nothing here knows about GeoJSON or SVG; see [`crate::path`] for the walk
//! over geometries and the sinks that consume projected points.

mod fitted;
mod transverse_mercator;

pub use fitted::{Extent, Projection};
pub use transverse_mercator::TransverseMercator;

/// A raw projection between the sphere (radians) and the unit plane.
pub trait RawProjection {
    /// Projects longitude `lambda` and latitude `phi` (radians) to plane
    /// coordinates, with y pointing north.
    fn forward(&self, lambda: f64, phi: f64) -> (f64, f64);

    /// Inverse of [`RawProjection::forward`]: plane coordinates back to
    /// `(lambda, phi)` in radians.
    fn inverse(&self, x: f64, y: f64) -> (f64, f64);
}

/// Anything that maps geographic degrees to screen coordinates.
pub trait Project {
    /// Projects `(lon, lat)` in degrees to screen `(x, y)`.
    fn project(&self, lon: f64, lat: f64) -> (f64, f64);
}
