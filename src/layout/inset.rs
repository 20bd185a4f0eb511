//! The Habomai inset: the islets magnified in a box of their own, each
//! named, because at the main map's scale they are specks.

use super::frame::CENTRE;
use super::placement::{
    LabelPos, INSET_AREA, INSET_MARGIN, INSET_WIDTH, ISLET_DEFAULT, ISLET_LABELS,
};
use super::{path_of, Rect};
use crate::model::{Context, IslandId, Islands};
use crate::path::{Bounds, Centroid, Stream};
use crate::projection::{Project, Projection, TransverseMercator};
use geo::{coord, LineString};

/// The Habomai inset: a magnified box with every named islet labelled.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Inset {
    /// The box on the main map.
    pub frame: Rect,
    /// The area it magnifies, as a rectangle on the main map.
    pub source: Rect,
    pub magnification: f64,
    /// Island paths inside the inset, in inset coordinates.
    pub islands: Vec<(IslandId, String)>,
    /// Drawn by the build alone (the browser's data leaves it out).
    #[serde(skip)]
    pub context_d: String,
    /// Named islets: index into the Habomai islets, and label position.
    pub islets: Vec<(usize, LabelPos)>,
}

/// Lays out the Habomai inset in the open Pacific at the lower right.
pub fn inset(
    islands: &Islands,
    context: &Context,
    main: &Projection<TransverseMercator>,
    width: f64,
    height: f64,
) -> Inset {
    let [w, s, e, n] = INSET_AREA;
    let (sx0, sy0) = main.project(w, n);
    let (sx1, sy1) = main.project(e, s);
    let source = Rect {
        x0: sx0,
        y0: sy0,
        x1: sx1,
        y1: sy1,
    };
    let box_w = INSET_WIDTH;
    let area = LineString::new(vec![coord! { x: w, y: s }, coord! { x: e, y: n }]);
    let raw = TransverseMercator::new(CENTRE.0, CENTRE.1);
    let fitted = Projection::new(raw).fit_extent(Rect::inset(box_w, 1e6, 0.0), &area);
    let mut b = Bounds::default();
    area.stream(&fitted, &mut b);
    let box_h = b
        .rect()
        .map(|[_, y0, _, y1]| y1 - y0)
        .unwrap_or(box_w)
        .round();
    let projection = Projection::new(raw).fit_extent(Rect::inset(box_w, box_h, 0.0), &area);
    let (x0, y0) = (width - box_w - INSET_MARGIN, height - box_h - INSET_MARGIN);
    let frame = Rect {
        x0,
        y0,
        x1: x0 + box_w,
        y1: y0 + box_h,
    };
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
                .unwrap_or(ISLET_DEFAULT);
            Some((
                i,
                LabelPos {
                    x: cx + dx,
                    y: cy + dy,
                    anchor,
                },
            ))
        })
        .collect();
    Inset {
        frame,
        source,
        magnification: projection.scale() / main.scale(),
        islands: inset_islands,
        context_d: path_of(context_geoms.as_slice(), &projection),
        islets,
    }
}
