//! Lays the map out in SVG user space: the frame and projection
//! ([`frame`]), the hand-tuned placement of labels and leaders
//! ([`placement`]), the Habomai inset ([`inset`]) and the scale bar
//! ([`scale_bar`]). Pure, so the browser app and the native pre-render
//! produce the same markup.

pub mod frame;
pub mod inset;
pub mod placement;
pub mod scale_bar;

/// The layout's rectangles are the path's (`path::Rect`).
pub use crate::path::Rect;
pub use frame::{map_projection, view_height, FRAME, VIEW_WIDTH};
pub use inset::Inset;
pub use placement::{Anchor, LabelPos, INSET_AREA, LEADER_ANCHOR};
pub use scale_bar::{scale_bar, ScaleBar};

use crate::model::{Context, IslandId, Islands, LineId, Lines};
use crate::path::{Bounds, Centroid, Stream, SvgPath};
use crate::projection::Project;
use frame::CENTRE;
use geo::LineString;
use placement::{line_label_offset, CONTEXT_LABELS, ISLAND_LABELS, SCALE_BAR_SHARE};

/// Decimals written in path strings: 0.1 user units is ~0.04 px on a
/// 400 px wide phone and ~0.16 px at 1600 px, below what the eye sees.
pub const PATH_DECIMALS: usize = 1;

/// One island as drawn: its path and where its label goes.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct IslandShape {
    pub id: IslandId,
    pub d: String,
    /// Area-weighted centroid in user space.
    pub centroid: (f64, f64),
    /// Bounding box in user space.
    pub bounds: Rect,
    pub label: LabelPos,
}

/// A piece of context land as drawn.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct ContextShape {
    pub id: String,
    pub d: String,
    pub label: Option<LabelPos>,
}

/// A dashed line as drawn, with a label at one end.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct LineShape {
    pub id: LineId,
    pub d: String,
    pub label: LabelPos,
}

/// Everything the map view draws, in SVG user units.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    /// Drawn by the build alone (the browser's data leaves it out).
    #[serde(skip)]
    pub context: Vec<ContextShape>,
    pub lines: Vec<LineShape>,
    pub islands: Vec<IslandShape>,
    pub inset: Inset,
    pub scale_bar: ScaleBar,
}

fn path_of<G: Stream + ?Sized, P: Project>(g: &G, projection: &P) -> String {
    let mut svg = SvgPath::new(PATH_DECIMALS);
    g.stream(projection, &mut svg);
    svg.finish()
}

fn label_at<P: Project>(projection: &P, lon: f64, lat: f64, anchor: Anchor) -> LabelPos {
    let (x, y) = projection.project(lon, lat);
    LabelPos { x, y, anchor }
}

impl MapLayout {
    /// Projects islands, context land and lines into a [`VIEW_WIDTH`]
    /// wide view.
    pub fn new(islands: &Islands, context: &Context, lines: &Lines) -> Self {
        let (width, height) = (VIEW_WIDTH, view_height());
        let projection = map_projection(width, height);
        let shapes = islands
            .iter()
            .map(|island| {
                let mut c = Centroid::default();
                island.geometry.stream(&projection, &mut c);
                let mut b = Bounds::default();
                island.geometry.stream(&projection, &mut b);
                let centroid = c.centroid().unwrap_or((width / 2.0, height / 2.0));
                let label = ISLAND_LABELS
                    .iter()
                    .find(|(id, ..)| *id == island.id)
                    .map(|(_, lon, lat, a)| label_at(&projection, *lon, *lat, *a))
                    .unwrap_or(LabelPos {
                        x: centroid.0,
                        y: centroid.1,
                        anchor: Anchor::Middle,
                    });
                IslandShape {
                    id: island.id,
                    d: path_of(&island.geometry, &projection),
                    centroid,
                    bounds: Rect::from_corners(
                        b.rect()
                            .unwrap_or([centroid.0, centroid.1, centroid.0, centroid.1]),
                    ),
                    label,
                }
            })
            .collect();
        let context_shapes = context
            .iter()
            .map(|land| ContextShape {
                id: land.id.clone(),
                d: path_of(&land.geometry, &projection),
                label: CONTEXT_LABELS
                    .iter()
                    .find(|(id, ..)| *id == land.id)
                    .map(|(_, lon, lat, a)| label_at(&projection, *lon, *lat, *a)),
            })
            .collect();
        let scale_bar = scale_bar(
            projection.pixels_per_km(CENTRE.0, CENTRE.1),
            width * SCALE_BAR_SHARE,
        );
        let inset = inset::inset(islands, context, &projection, width, height);
        let line_shapes = [
            (LineId::Border1855, &lines.border_1855),
            (LineId::DeFacto, &lines.de_facto),
        ]
        .into_iter()
        .map(|(id, geometry)| line_shape(id, geometry, &projection))
        .collect();
        Self {
            width,
            height,
            context: context_shapes,
            lines: line_shapes,
            islands: shapes,
            inset,
            scale_bar,
        }
    }
}

/// A line's path, labelled at its southern end, in open sea.
fn line_shape<P: Project>(id: LineId, geometry: &[LineString], projection: &P) -> LineShape {
    let d = path_of(geometry, projection);
    let ends: Vec<(f64, f64)> = geometry
        .iter()
        .flat_map(|l| [l.0.first(), l.0.last()])
        .flatten()
        .map(|c| projection.project(c.x, c.y))
        .collect();
    let pick = |a: &(f64, f64), b: &(f64, f64)| a.1.total_cmp(&b.1);
    let (x, y) = ends
        .iter()
        .max_by(|a, b| pick(a, b))
        .copied()
        .unwrap_or((0.0, 0.0));
    let (dx, dy, anchor) = line_label_offset(id);
    let label = LabelPos {
        x: x + dx,
        y: y + dy,
        anchor,
    };
    LineShape { id, d, label }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real_layout() -> (Islands, Context, MapLayout) {
        let islands =
            Islands::from_geojson(include_str!("../../geodata/islands.geojson")).expect("islands");
        let context =
            Context::from_geojson(include_str!("../../geodata/context.geojson")).expect("context");
        let lines =
            Lines::from_geojson(include_str!("../../geodata/lines.geojson")).expect("lines");
        let layout = MapLayout::new(&islands, &context, &lines);
        (islands, context, layout)
    }

    /// Approximate box of a label: average glyph width 0.58 em.
    fn text_box(label: &LabelPos, text: &str, size: f64) -> Rect {
        let width = text.chars().count() as f64 * size * 0.58;
        let x0 = match label.anchor {
            Anchor::Start => label.x,
            Anchor::Middle => label.x - width / 2.0,
            Anchor::End => label.x - width,
        };
        Rect::from_corners([x0, label.y - size * 0.8, x0 + width, label.y + size * 0.25])
    }

    #[test]
    fn inset_sits_inside_the_view_and_magnifies() {
        let (islands, _, layout) = real_layout();
        let frame = layout.inset.frame;
        let view = Rect::from_corners([0.0, 0.0, layout.width, layout.height]);
        assert!(view.contains(&frame) && frame.x0 > 0.0 && frame.y0 > 0.0);
        assert!(
            layout.inset.magnification > 2.0,
            "{}",
            layout.inset.magnification
        );
        assert_eq!(layout.inset.islets.len(), 6);
        // The inset must not cover any disputed island.
        for shape in &layout.islands {
            assert!(!shape.bounds.overlaps(&frame), "inset covers {}", shape.id);
        }
        // Every islet label lies inside the inset box and clear of the
        // others, with text widths estimated from the dual names.
        let habomai = islands.get(IslandId::Habomai);
        let boxes: Vec<Rect> = layout
            .inset
            .islets
            .iter()
            .map(|(i, label)| text_box(label, &habomai.islets[*i].names.dual(), 12.5))
            .collect();
        let inside = Rect::from_corners([0.0, 0.0, frame.width(), frame.height()]);
        for (a, b) in boxes.iter().enumerate() {
            assert!(inside.contains(b), "label {a} {b:?} leaves the inset");
            for c in boxes.iter().skip(a + 1) {
                assert!(!b.overlaps(c), "labels overlap: {b:?} {c:?}");
            }
        }
    }

    #[test]
    fn labels_sit_in_the_view() {
        let (islands, context, layout) = real_layout();
        for shape in &layout.islands {
            let b = text_box(&shape.label, &islands.get(shape.id).names.dual(), 19.0);
            let view = Rect::from_corners([0.0, 0.0, layout.width, layout.height]);
            assert!(view.contains(&b), "{} {b:?}", shape.id);
            assert!(shape.d.starts_with('M') && shape.d.ends_with('Z'));
        }
        assert_eq!(layout.context.len(), 2);
        for c in &layout.context {
            if let (Some(label), Some(land)) = (c.label, context.get(&c.id)) {
                let b = text_box(&label, &land.names.dual(), 16.0);
                assert!(b.x0 >= 0.0 && b.x1 <= layout.width, "{} {b:?}", c.id);
            }
        }
    }

    #[test]
    fn lines_are_drawn_where_they_belong() {
        let (_, _, layout) = real_layout();
        let border = layout
            .lines
            .iter()
            .find(|l| l.id == LineId::Border1855)
            .expect("1855");
        let de_facto = layout
            .lines
            .iter()
            .find(|l| l.id == LineId::DeFacto)
            .expect("de facto");
        assert!(border.d.starts_with('M') && !border.d.contains('Z'));
        let first_x = |d: &str| -> f64 {
            d[1..]
                .split(',')
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(f64::NAN)
        };
        // The 1855 border lies east of Iturup's west end; the de facto line
        // west of Kunashir's east end.
        let iturup = layout
            .islands
            .iter()
            .find(|s| s.id == IslandId::Iturup)
            .expect("iturup");
        assert!(first_x(&border.d) > iturup.bounds.x0);
        let kunashir = layout
            .islands
            .iter()
            .find(|s| s.id == IslandId::Kunashir)
            .expect("k");
        assert!(first_x(&de_facto.d) < kunashir.bounds.x1);
    }

    #[test]
    fn view_is_wider_than_tall_like_the_frame() {
        let h = view_height();
        // 6° of longitude at 44.6° N is ~475 km, 3.6° of latitude ~400 km.
        assert!((780.0..880.0).contains(&h), "{h}");
    }

    #[test]
    fn frame_corners_land_inside_the_view() {
        let h = view_height();
        let projection = map_projection(VIEW_WIDTH, h);
        for (lon, lat) in [(144.5, 42.8), (150.5, 46.4), (144.5, 46.4), (150.5, 42.8)] {
            let (x, y) = projection.project(lon, lat);
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
