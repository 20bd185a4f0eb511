//! The frame: the part of the world the map shows, the projection fitted
//! to it, and the view's size. Computed from the constants here, once.

use crate::path::Rect;
use crate::path::Stream;
use crate::projection::{Projection, TransverseMercator};
use geo::{coord, LineString};

/// The geographic frame the map shows, in degrees: west, south, east, north.
pub const FRAME: [f64; 4] = [144.5, 42.8, 150.5, 46.4];

/// Width of the SVG user space; the height follows from the frame.
pub const VIEW_WIDTH: f64 = 1000.0;

/// The frame's centre, in degrees: the projection's central meridian and
/// parallel, and where the scale bar's scale is taken.
pub const CENTRE: (f64, f64) = ((FRAME[0] + FRAME[2]) / 2.0, (FRAME[1] + FRAME[3]) / 2.0);

/// The projection the map uses: transverse Mercator on the frame's
/// central meridian, fitted to the frame.
pub fn map_projection(width: f64, height: f64) -> Projection<TransverseMercator> {
    Projection::new(TransverseMercator::new(CENTRE.0, CENTRE.1))
        .fit_extent(Rect::inset(width, height, 0.0), &frame_outline())
}

/// The frame's outline, densified along its edges so that curved
/// parallels are bounded correctly.
fn frame_outline() -> LineString {
    let [w, s, e, n] = FRAME;
    let steps = 24;
    let mut pts = Vec::with_capacity(4 * steps);
    for i in 0..steps {
        let t = i as f64 / steps as f64;
        pts.push(coord! { x: w + (e - w) * t, y: s });
    }
    for i in 0..steps {
        let t = i as f64 / steps as f64;
        pts.push(coord! { x: e, y: s + (n - s) * t });
    }
    for i in 0..steps {
        let t = i as f64 / steps as f64;
        pts.push(coord! { x: e - (e - w) * t, y: n });
    }
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        pts.push(coord! { x: w, y: n - (n - s) * t });
    }
    LineString::new(pts)
}

/// Height of the view for [`VIEW_WIDTH`], so that the frame just fits.
pub fn view_height() -> f64 {
    let p = Projection::new(TransverseMercator::new(CENTRE.0, CENTRE.1));
    let mut b = crate::path::Bounds::default();
    frame_outline().stream(&p, &mut b);
    match b.rect() {
        Some([x0, y0, x1, y1]) if x1 > x0 => (VIEW_WIDTH * (y1 - y0) / (x1 - x0)).round(),
        _ => VIEW_WIDTH,
    }
}
