use crate::layout::{LabelPos, MapLayout};
use crate::model::{Context, IslandId, Islands};
use leptos::prelude::*;
use std::rc::Rc;

/// Everything the map needs to draw: the loaded data and its layout.
#[derive(Clone, Debug)]
pub struct MapData {
    pub islands: Rc<Islands>,
    pub context: Rc<Context>,
    pub layout: Rc<MapLayout>,
}

fn label(pos: LabelPos, class: &'static str, text: String) -> impl IntoView {
    view! {
        <text
            class=class
            x=format!("{:.1}", pos.x)
            y=format!("{:.1}", pos.y)
            text-anchor=pos.anchor.as_str()
        >
            {text}
        </text>
    }
}

/// The SVG map: sea, context land, the four island units with labels, the
/// Habomai inset, a scale bar and the attribution.
#[component]
pub fn MapView(data: MapData) -> impl IntoView {
    let layout = data.layout.clone();
    let islands = data.islands.clone();
    let (w, h) = (layout.width, layout.height);

    let context = layout
        .context
        .iter()
        .map(|c| view! { <path class="context-land" data-context=c.id.clone() d=c.d.clone()></path> })
        .collect_view();
    let context_labels = layout
        .context
        .iter()
        .filter_map(|c| {
            let pos = c.label?;
            let names = &data.context.get(&c.id)?.names;
            Some(label(pos, "label label--context", names.dual()))
        })
        .collect_view();
    let units = layout
        .islands
        .iter()
        .map(|shape| {
            view! {
                <path
                    class="island"
                    data-island=shape.id.as_str()
                    data-holder="russia"
                    d=shape.d.clone()
                ></path>
            }
        })
        .collect_view();
    let unit_labels = layout
        .islands
        .iter()
        .map(|shape| {
            let names = &islands.get(shape.id).names;
            label(shape.label, "label label--island", names.dual())
        })
        .collect_view();

    let inset = &layout.inset;
    let [ix, iy, iw, ih] = inset.frame;
    let [sx, sy, sw, sh] = inset.source;
    let inset_islands = inset
        .islands
        .iter()
        .map(|(id, d)| {
            view! { <path class="island island--inset" data-inset-island=id.as_str() data-holder="russia" d=d.clone()></path> }
        })
        .collect_view();
    let habomai = islands.get(IslandId::Habomai);
    let islet_labels = inset
        .islets
        .iter()
        .filter_map(|(i, pos, _)| {
            let islet = habomai.islets.get(*i)?;
            Some(label(*pos, "label label--islet", islet.names.dual()))
        })
        .collect_view();
    let bar = layout.scale_bar;
    let (bx, by) = (24.0, h - 28.0);

    view! {
        <svg
            class="map"
            viewBox=format!("0 0 {w} {h}")
            role="img"
            aria-label="Map of the four disputed Southern Kuril island units north-east of Hokkaido: Iturup, Kunashir, Shikotan and the Habomai islets"
        >
            <defs>
                <clipPath id="inset-clip">
                    <rect x="0" y="0" width=iw height=ih></rect>
                </clipPath>
            </defs>
            <rect class="sea" x="0" y="0" width=w height=h></rect>
            <g class="context">{context}</g>
            <g class="islands">{units}</g>
            <rect
                class="inset__source"
                x=format!("{sx:.1}")
                y=format!("{sy:.1}")
                width=format!("{sw:.1}")
                height=format!("{sh:.1}")
            ></rect>
            <g class="labels">{context_labels} {unit_labels}</g>
            <g class="inset" transform=format!("translate({ix:.1} {iy:.1})")>
                <g clip-path="url(#inset-clip)">
                    <rect class="sea" x="0" y="0" width=iw height=ih></rect>
                    <path class="context-land" d=inset.context_d.clone()></path>
                    {inset_islands}
                </g>
                <rect class="inset__frame" x="0" y="0" width=iw height=ih></rect>
                <text class="label label--inset-title" x="8" y="18">
                    {format!("Habomai islets, ×{:.0}", inset.magnification)}
                </text>
                {islet_labels}
            </g>
            <g class="scale-bar" transform=format!("translate({bx} {by})")>
                <path class="scale-bar__line" d=format!("M0,0v6h{:.1}v-6", bar.length)></path>
                <text class="scale-bar__label" x="0" y="-6">
                    {format!("{} km", bar.km)}
                </text>
            </g>
            <text class="attribution" x=format!("{:.0}", w - 8.0) y=format!("{:.0}", 18.0) text-anchor="end">
                "© OpenStreetMap contributors"
            </text>
        </svg>
    }
}
