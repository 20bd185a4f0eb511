//! Map projections, split as d3-geo splits them:
//!
//! * a *raw* projection maps longitude/latitude in radians to unitless
//!   plane coordinates and back ([`RawProjection`]);
//! * a *configured* projection ([`Projection`]) adds scale and translation
//!   into screen space (SVG, y pointing down) and can fit a bounding box
//!   into an extent.
//!
//! Nothing here knows about GeoJSON or SVG; [`crate::path`] has the walk
//! over geometries and the sinks that consume projected points, which
//! `fit_extent` uses to measure what it fits.

mod fitted;
mod transverse_mercator;

pub use fitted::Projection;
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

/// What the path's walk asks of a projection; defined beside the walk,
/// so that dependencies run one way: projections use the path (its
/// bounds sink fits them to an extent), the path never the projections.
pub use crate::path::Project;
