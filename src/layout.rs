//! Lays the map out in SVG user space: projection, path strings, label
//! anchors and the scale bar. Pure, so the browser app and a native
//! pre-render produce the same markup.

use crate::model::{Context, IslandId, Islands, LineId, Lines};
use crate::path::{Bounds, Centroid, Stream, SvgPath};
use crate::projection::{Extent, Project, Projection, TransverseMercator};
use geo::{coord, LineString};

/// The geographic frame the map shows, in degrees: west, south, east, north.
pub const FRAME: [f64; 4] = [144.5, 42.8, 150.5, 46.4];

/// Width of the SVG user space; the height follows from the frame.
pub const VIEW_WIDTH: f64 = 1000.0;

/// Decimals written in path strings: 0.1 user units is ~0.04 px on a
/// 400 px wide phone and ~0.16 px at 1600 px, below what the eye sees.
pub const PATH_DECIMALS: usize = 1;

/// Text anchor of a label, as SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a label goes, in user space.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelPos {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// One island as drawn: its path and where its label goes.
#[derive(Clone, Debug, PartialEq)]
pub struct IslandShape {
    pub id: IslandId,
    pub d: String,
    /// Area-weighted centroid in user space.
    pub centroid: (f64, f64),
    /// Bounding box in user space: x0, y0, x1, y1.
    pub bounds: [f64; 4],
    pub label: LabelPos,
}

/// A piece of context land as drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextShape {
    pub id: String,
    pub d: String,
    pub label: Option<LabelPos>,
}

/// The Habomai inset: a magnified box with every named islet labelled.
#[derive(Clone, Debug, PartialEq)]
pub struct Inset {
    /// The box on the main map, x, y, width, height.
    pub frame: [f64; 4],
    /// The area it magnifies, as a rectangle on the main map.
    pub source: [f64; 4],
    pub magnification: f64,
    /// Island paths inside the inset, in inset coordinates.
    pub islands: Vec<(IslandId, String)>,
    pub context_d: String,
    /// Named islets: index into the Habomai islets, and label position.
    pub islets: Vec<(usize, LabelPos, (f64, f64))>,
}

/// A scale bar: its length in km and in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleBar {
    pub km: f64,
    pub length: f64,
}

/// A dashed line as drawn, with a label at one end.
#[derive(Clone, Debug, PartialEq)]
pub struct LineShape {
    pub id: LineId,
    pub d: String,
    pub label: LabelPos,
}

/// Everything the map view draws, in SVG user units.
#[derive(Clone, Debug, PartialEq)]
pub struct MapLayout {
    pub width: f64,
    pub height: f64,
    pub context: Vec<ContextShape>,
    pub lines: Vec<LineShape>,
    pub islands: Vec<IslandShape>,
    pub inset: Inset,
    pub scale_bar: ScaleBar,
}

/// Label positions for the units, placed by hand in open sea as a
/// cartographer would: longitude, latitude, anchor.
const ISLAND_LABELS: [(IslandId, f64, f64, Anchor); 4] = [
    (IslandId::Iturup, 147.78, 44.74, Anchor::Start),
    // East of the north-east tip, so the card's leader to Shikotan
    // passes west of the label rather than through it.
    (IslandId::Kunashir, 146.8, 44.25, Anchor::Start),
    (IslandId::Shikotan, 147.02, 43.77, Anchor::Start),
    // East of the box the inset magnifies, below Shikotan's label.
    (IslandId::Habomai, 146.48, 43.31, Anchor::Start),
];

/// Context labels: id, longitude, latitude, anchor.
const CONTEXT_LABELS: [(&str, f64, f64, Anchor); 2] = [
    ("hokkaido", 144.75, 43.25, Anchor::Start),
    ("urup", 150.45, 45.42, Anchor::End),
];

/// The area the Habomai inset magnifies: west, south, east, north.
pub const INSET_AREA: [f64; 4] = [145.76, 43.3, 146.42, 43.68];

/// Islet label offsets in inset units (dx, dy) and anchors, by the
/// islet's Japanese romaji name; islets not listed get a default.
const ISLET_LABELS: [(&str, f64, f64, Anchor); 6] = [
    ("Shibotsu", 0.0, -34.0, Anchor::Middle),
    ("Suishō", 0.0, -22.0, Anchor::Middle),
    ("Taraku", -24.0, 4.0, Anchor::End),
    ("Yuri", -14.0, 4.0, Anchor::End),
    ("Akiyuri", -4.0, 24.0, Anchor::Start),
    ("Harukarumoshiri", 4.0, 24.0, Anchor::Middle),
];

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
                    bounds: b
                        .rect()
                        .unwrap_or([centroid.0, centroid.1, centroid.0, centroid.1]),
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
        let centre = ((FRAME[0] + FRAME[2]) / 2.0, (FRAME[1] + FRAME[3]) / 2.0);
        let scale_bar = scale_bar(projection.pixels_per_km(centre.0, centre.1), width / 5.0);
        let inset = inset(islands, context, &projection, width, height);
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
    let label = match id {
        LineId::Border1855 => LabelPos {
            x,
            y: y + 18.0,
            anchor: Anchor::Middle,
        },
        // Below the line's end, clear of Habomai's label above it.
        LineId::DeFacto => LabelPos {
            x: x + 6.0,
            y: y + 30.0,
            anchor: Anchor::Start,
        },
    };
    LineShape { id, d, label }
}

/// Lays out the Habomai inset in the open Pacific at the lower right.
fn inset<P: Project>(
    islands: &Islands,
    context: &Context,
    main: &P,
    width: f64,
    height: f64,
) -> Inset {
    let [w, s, e, n] = INSET_AREA;
    let (sx0, sy0) = main.project(w, n);
    let (sx1, sy1) = main.project(e, s);
    let source = [sx0, sy0, sx1 - sx0, sy1 - sy0];
    let box_w = 330.0;
    let area = LineString::new(vec![coord! { x: w, y: s }, coord! { x: e, y: n }]);
    let centre = ((FRAME[0] + FRAME[2]) / 2.0, (FRAME[1] + FRAME[3]) / 2.0);
    let raw = TransverseMercator::new(centre.0, centre.1);
    let fitted = Projection::new(raw).fit_extent(Extent::inset(box_w, 1e6, 0.0), &area);
    let mut b = Bounds::default();
    area.stream(&fitted, &mut b);
    let box_h = b
        .rect()
        .map(|[_, y0, _, y1]| y1 - y0)
        .unwrap_or(box_w)
        .round();
    let projection = Projection::new(raw).fit_extent(Extent::inset(box_w, box_h, 0.0), &area);
    let frame = [width - box_w - 16.0, height - box_h - 16.0, box_w, box_h];
    let inset_islands = islands
        .iter()
        .filter(|i| matches!(i.id, IslandId::Habomai | IslandId::Shikotan))
        .map(|i| (i.id, path_of(&i.geometry, &projection)))
        .collect();
    let context_geoms: Vec<_> = context
        .iter()
        .filter(|l| l.id == "hokkaido")
        .map(|l| l.geometry.clone())
        .collect();
    let habomai = islands.get(IslandId::Habomai);
    let islets = habomai
        .islets
        .iter()
        .enumerate()
        .filter_map(|(i, islet)| {
            let polygon = habomai.geometry.0.get(islet.polygon)?;
            let mut c = Centroid::default();
            polygon.stream(&projection, &mut c);
            let (cx, cy) = c.centroid()?;
            let (dx, dy, anchor) = ISLET_LABELS
                .iter()
                .find(|(name, ..)| *name == islet.names.ja_romaji)
                .map(|(_, dx, dy, a)| (*dx, *dy, *a))
                .unwrap_or((0.0, 18.0, Anchor::Middle));
            Some((
                i,
                LabelPos {
                    x: cx + dx,
                    y: cy + dy,
                    anchor,
                },
                (cx, cy),
            ))
        })
        .collect();
    Inset {
        frame,
        source,
        magnification: projection.scale() / map_projection(width, height).scale(),
        islands: inset_islands,
        context_d: path_of(context_geoms.as_slice(), &projection),
        islets,
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

    fn real_layout() -> (Islands, Context, MapLayout) {
        let islands =
            Islands::from_geojson(include_str!("../geodata/islands.geojson")).expect("islands");
        let context =
            Context::from_geojson(include_str!("../geodata/context.geojson")).expect("context");
        let lines = Lines::from_geojson(include_str!("../geodata/lines.geojson")).expect("lines");
        let layout = MapLayout::new(&islands, &context, &lines);
        (islands, context, layout)
    }

    /// Approximate box of a label: average glyph width 0.58 em.
    fn text_box(label: &LabelPos, text: &str, size: f64) -> [f64; 4] {
        let width = text.chars().count() as f64 * size * 0.58;
        let x0 = match label.anchor {
            Anchor::Start => label.x,
            Anchor::Middle => label.x - width / 2.0,
            Anchor::End => label.x - width,
        };
        [x0, label.y - size * 0.8, x0 + width, label.y + size * 0.25]
    }

    #[test]
    fn inset_sits_inside_the_view_and_magnifies() {
        let (islands, _, layout) = real_layout();
        let [x, y, w, h] = layout.inset.frame;
        assert!(x > 0.0 && y > 0.0 && x + w < layout.width && y + h < layout.height);
        assert!(
            layout.inset.magnification > 2.0,
            "{}",
            layout.inset.magnification
        );
        assert_eq!(layout.inset.islets.len(), 6);
        // The inset must not cover any disputed island.
        for shape in &layout.islands {
            let [x0, y0, x1, y1] = shape.bounds;
            let overlaps = x0 < x + w && x1 > x && y0 < y + h && y1 > y;
            assert!(!overlaps, "inset covers {}", shape.id);
        }
        // Every islet label lies inside the inset box and clear of the
        // others, with text widths estimated from the dual names.
        let habomai = islands.get(IslandId::Habomai);
        let boxes: Vec<[f64; 4]> = layout
            .inset
            .islets
            .iter()
            .map(|(i, label, _)| text_box(label, &habomai.islets[*i].names.dual(), 12.5))
            .collect();
        for (a, b) in boxes.iter().enumerate() {
            assert!(
                b[0] >= 0.0 && b[2] <= w && b[1] >= 0.0 && b[3] <= h,
                "label {a} {b:?} leaves the inset"
            );
            for c in boxes.iter().skip(a + 1) {
                let overlap = b[0] < c[2] && c[0] < b[2] && b[1] < c[3] && c[1] < b[3];
                assert!(!overlap, "labels overlap: {b:?} {c:?}");
            }
        }
    }

    #[test]
    fn labels_sit_in_the_view() {
        let (islands, context, layout) = real_layout();
        for shape in &layout.islands {
            let b = text_box(&shape.label, &islands.get(shape.id).names.dual(), 19.0);
            assert!(b[0] >= 0.0 && b[2] <= layout.width, "{} {b:?}", shape.id);
            assert!(b[1] >= 0.0 && b[3] <= layout.height, "{} {b:?}", shape.id);
            assert!(shape.d.starts_with('M') && shape.d.ends_with('Z'));
        }
        assert_eq!(layout.context.len(), 2);
        for c in &layout.context {
            if let (Some(label), Some(land)) = (c.label, context.get(&c.id)) {
                let b = text_box(&label, &land.names.dual(), 16.0);
                assert!(b[0] >= 0.0 && b[2] <= layout.width, "{} {b:?}", c.id);
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
        assert!(first_x(&border.d) > iturup.bounds[0]);
        let kunashir = layout
            .islands
            .iter()
            .find(|s| s.id == IslandId::Kunashir)
            .expect("k");
        assert!(first_x(&de_facto.d) < kunashir.bounds[2]);
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
