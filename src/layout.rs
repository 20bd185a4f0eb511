//! Lays the map out in SVG user space: projection, path strings, label
//! anchors and the scale bar. Pure, so the browser app and a native
//! pre-render produce the same markup.

use crate::model::{IslandId, Islands};
use crate::path::{Centroid, Stream, SvgPath};
use crate::projection::{Extent, Project, Projection, TransverseMercator};
use geo::{coord, LineString};

/// The geographic frame the map shows, in degrees: west, south, east, north.
pub const FRAME: [f64; 4] = [144.5, 42.8, 150.5, 46.4];

/// Width of the SVG user space; the height follows from the frame.
pub const VIEW_WIDTH: f64 = 1000.0;

/// Decimals written in path strings: 0.1 user units is ~0.04 px on a
/// 400 px wide phone and ~0.16 px at 1600 px, below what the eye sees.
pub const PATH_DECIMALS: usize = 1;

/// One island as drawn: its path and where its label goes.
#[derive(Clone, Debug, PartialEq)]
pub struct IslandShape {
    pub id: IslandId,
    pub d: String,
    /// Area-weighted centroid in user space.
    pub centroid: (f64, f64),
}

/// A scale bar: its length in km and in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    pub km: f64,
    pub length: f64,
}

/// Everything the map view draws, in SVG user units.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    pub islands: Vec<IslandShape>,
    pub scale_bar: ScaleBar,
}

/// The projection the map uses: transverse Mercator on the frame's
/// central meridian, fitted to the frame.
pub fn map_projection(width: f64, height: f64) -> Projection<TransverseMercator> {
    let [w, s, e, n] = FRAME;
    let centre = ((w + e) / 2.0, (s + n) / 2.0);
    Projection::new(TransverseMercator::new(centre.0, centre.1))
        .fit_extent(Extent::inset(width, height, 0.0), &frame_outline())
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
    let p = Projection::new(TransverseMercator::new(
        (FRAME[0] + FRAME[2]) / 2.0,
        (FRAME[1] + FRAME[3]) / 2.0,
    ));
    let mut b = crate::path::Bounds::default();
    frame_outline().stream(&p, &mut b);
    match b.rect() {
        Some([x0, y0, x1, y1]) if x1 > x0 => (VIEW_WIDTH * (y1 - y0) / (x1 - x0)).round(),
        _ => VIEW_WIDTH,
    }
}

impl MapLayout {
    /// Projects the islands into a [`VIEW_WIDTH`] wide view.
    pub fn new(islands: &Islands) -> Self {
        let (width, height) = (VIEW_WIDTH, view_height());
        let projection = map_projection(width, height);
        let shapes = islands
            .iter()
            .map(|island| {
                let mut svg = SvgPath::new(PATH_DECIMALS);
                island.geometry.stream(&projection, &mut svg);
                let mut c = Centroid::default();
                island.geometry.stream(&projection, &mut c);
                IslandShape {
                    id: island.id,
                    d: svg.finish(),
                    centroid: c.centroid().unwrap_or((width / 2.0, height / 2.0)),
                }
            })
            .collect();
        let centre = ((FRAME[0] + FRAME[2]) / 2.0, (FRAME[1] + FRAME[3]) / 2.0);
        let scale_bar = scale_bar(projection.pixels_per_km(centre.0, centre.1), width / 5.0);
        Self {
            width,
            height,
            islands: shapes,
            scale_bar,
        }
    }
}

/// The longest round distance whose bar fits in `max_length` user units.
///
/// # Examples
///
/// ```
/// use kuril_map::layout::scale_bar;
/// let bar = scale_bar(2.0, 250.0); // 2 units per km, at most 250 units
/// assert_eq!(bar.km, 100.0);
/// assert_eq!(bar.length, 200.0);
/// ```
pub fn scale_bar(units_per_km: f64, max_length: f64) -> ScaleBar {
    const NICE: [f64; 12] = [
        1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0,
    ];
    let km = NICE
        .iter()
        .copied()
        .rev()
        .find(|km| km * units_per_km <= max_length)
        .unwrap_or(1.0);
    ScaleBar {
        km,
        length: km * units_per_km,
    }
}

/// Where `(lon, lat)` lands in the view.
pub fn project_point(lon: f64, lat: f64) -> (f64, f64) {
    map_projection(VIEW_WIDTH, view_height()).project(lon, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_is_wider_than_tall_like_the_frame() {
        let h = view_height();
        // 6° of longitude at 44.6° N is ~475 km, 3.6° of latitude ~400 km.
        assert!((780.0..880.0).contains(&h), "{h}");
    }

    #[test]
    fn frame_corners_land_inside_the_view() {
        let h = view_height();
        for (lon, lat) in [(144.5, 42.8), (150.5, 46.4), (144.5, 46.4), (150.5, 42.8)] {
            let (x, y) = project_point(lon, lat);
            assert!((-0.5..=VIEW_WIDTH + 0.5).contains(&x), "{lon},{lat} -> {x}");
            assert!((-0.5..=h + 0.5).contains(&y), "{lon},{lat} -> {y}");
        }
    }

    #[test]
    fn scale_bar_is_round_and_fits() {
        let bar = scale_bar(2.1, 200.0);
        assert_eq!(bar.km, 50.0);
        assert!(bar.length <= 200.0);
    }

    #[test]
    fn scale_bar_matches_ground_distance() {
        // 100 km east–west at the frame centre must measure ~100 km on the map.
        let p = map_projection(VIEW_WIDTH, view_height());
        let ppk = p.pixels_per_km(147.5, 44.6);
        let (x0, y0) = p.project(147.0, 44.6);
        let (x1, y1) = p.project(148.0, 44.6);
        let px = ((x1 - x0).powi(2) + (y1 - y0).powi(2)).sqrt();
        // 1° of longitude at 44.6° N on a sphere of radius 6371 km:
        let km = 6371.0088 * 1f64.to_radians() * 44.6f64.to_radians().cos();
        assert!((px / ppk - km).abs() / km < 0.001, "{} vs {km}", px / ppk);
    }
}
