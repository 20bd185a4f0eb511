//! What stays put on screen while the map zooms: the Habomai inset, the
//! scale bar and the attribution; and the dotted box on the map that the
//! inset magnifies.

use super::layers::label;
use super::{memo, shown};
use crate::layout::placement::{ATTRIBUTION_AT, INSET_TITLE_AT, SCALE_BAR_AT, SCALE_BAR_SHARE};
use crate::layout::{scale_bar, MapLayout};
use crate::load::MapData;
use crate::model::{Holder, IslandId, MapState};
use crate::zoom::Zoom;
use leptos::prelude::*;

/// The dotted box on the main map that the inset magnifies.
pub fn source_box(layout: &MapLayout) -> impl IntoView {
    let s = layout.inset.source;
    view! {
        <rect
            class="inset__source"
            x=format!("{:.1}", s.x0)
            y=format!("{:.1}", s.y0)
            width=format!("{:.1}", s.width())
            height=format!("{:.1}", s.height())
        ></rect>
    }
}

/// The fixed overlays, scaled against the zoom so they keep their size.
pub fn fixed(data: &MapData, state: Signal<MapState>, zoom: ReadSignal<Zoom>) -> impl IntoView {
    let tr = super::super::use_strings();
    let layout = &data.layout;
    let (w, h) = (layout.width, layout.height);
    let transform = move || {
        let z = zoom.get();
        let [x, y, _, _] = z.view_box();
        format!("translate({x:.2} {y:.2}) scale({:.5})", 1.0 / z.k)
    };
    let units_per_km = layout.scale_bar.length / layout.scale_bar.km;
    let bar = move || scale_bar(units_per_km * zoom.get().k, w * SCALE_BAR_SHARE);
    let (bx, by) = (SCALE_BAR_AT.0, h - SCALE_BAR_AT.1);
    let (ax, ay) = (w - ATTRIBUTION_AT.0, ATTRIBUTION_AT.1);
    view! {
        <g class="fixed" transform=transform>
        {inset(data, state)}
        <g class="scale-bar" transform=format!("translate({bx} {by})")>
            <path class="scale-bar__line" d=move || format!("M0,0v6h{:.1}v-6", bar().length)></path>
            <text class="scale-bar__label" x="0" y="-6">
                {move || format!("{} km", bar().km)}
            </text>
        </g>
        <text class="attribution" x=format!("{ax:.0}") y=format!("{ay:.0}") text-anchor="end">
            {tr.t("map.attribution").to_string()}
        </text>
        </g>
    }
}

/// The Habomai inset: Shikotan and the islets, coloured and hatched as on
/// the main map, every islet named.
fn inset(data: &MapData, state: Signal<MapState>) -> impl IntoView {
    let tr = super::super::use_strings();
    let inset = &data.layout.inset;
    let context_d = inset.context_d.clone();
    let context = super::super::written(move || {
        view! { <path class="context-land" d=context_d.clone()></path> }
    });
    let (ix, iy) = (inset.frame.x0, inset.frame.y0);
    let (iw, ih) = (inset.frame.width(), inset.frame.height());
    let islands = inset
        .islands
        .iter()
        .map(|(id, d)| {
            let id = *id;
            view! {
                <path
                    class="island island--inset"
                    data-inset-island=id.as_str()
                    data-holder=memo(move || state.get().holder(id), Holder::as_str)
                    d=d.clone()
                ></path>
                <path
                    class="claimed"
                    d=d.clone()
                    data-shown=shown(move || state.get().is_claimed(id))
                ></path>
                <path
                    class="promised"
                    d=d.clone()
                    data-shown=shown(move || state.get().is_promised(id))
                ></path>
            }
        })
        .collect_view();
    let habomai = data.islands.get(IslandId::Habomai);
    let islet_labels = inset
        .islets
        .iter()
        .filter_map(|(i, pos)| {
            let islet = habomai.islets.get(*i)?;
            Some(label(
                *pos,
                "label label--islet",
                tr.islet(&islet.names.ja_romaji, &islet.names),
            ))
        })
        .collect_view();
    view! {
        <g class="inset" transform=format!("translate({ix:.1} {iy:.1})")>
            <g clip-path="url(#inset-clip)">
                <rect class="sea" x="0" y="0" width=iw height=ih></rect>
                <g inner_html=context></g>
                {islands}
            </g>
            <rect class="inset__frame" x="0" y="0" width=iw height=ih></rect>
            <text
                class="label label--inset-title"
                x=format!("{:.0}", INSET_TITLE_AT.0)
                y=format!("{:.0}", INSET_TITLE_AT.1)
            >
                {tr.f("map.inset_title", &[("n", &format!("{:.0}", inset.magnification))])}
            </text>
            {islet_labels}
        </g>
    }
}
