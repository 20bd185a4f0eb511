//! The SVG map: sea, context land, the four island units coloured by
//! holder, the overlays that a step switches (Japan's claim, the 1956
//! handover, the islands an event concerns, the lines), labels, the Habomai
//! inset, leaders to the annotation card, a scale bar and the attribution;
//! zoom buttons, pinch and mouse drag.

mod gestures;
mod inset;
mod layers;
mod overlays;

use crate::layout::{IslandShape, MapLayout};
use crate::load::MapData;
use crate::model::{IslandId, IsoDate, MapState};
use crate::zoom::Zoom;
use leptos::prelude::*;

/// The map, drawn from `data` and coloured by `state`. Island paths never
/// change geometry or stroke: a step only changes their fill
/// (`data-holder`) and which overlays are shown, so the browser repaints
/// without re-laying-out the SVG.
#[component]
pub fn MapView(
    data: MapData,
    state: Signal<MapState>,
    /// Islands the selected event concerns; highlighted.
    focus: Signal<Vec<IslandId>>,
    /// `state` and the event's date (`None` for a scenario) once painted,
    /// for the islands' accessible names (read out, not seen; kept out of
    /// the step's frame).
    read_state: Signal<MapState>,
    read_date: Signal<Option<IsoDate>>,
    /// The map's SVG element, for the image export.
    svg_ref: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let tr = super::use_strings();
    let (w, h) = (data.layout.width, data.layout.height);
    // Zoom and pan: buttons, pinch with two fingers, drag with a mouse.
    // One finger still scrolls the page (touch-action in the CSS).
    let (zoom, set_zoom) = signal(Zoom::whole(w, h));
    let view_box = move || {
        let [x, y, vw, vh] = zoom.get().view_box();
        format!("{x:.2} {y:.2} {vw:.2} {vh:.2}")
    };
    let zoomed = move || (!zoom.get().is_whole()).to_string();
    // The stylesheet keeps labels and strokes their size on screen with
    // the zoom, `--k` on the map.
    Effect::new(move |_| {
        crate::web::set_style_property("svg.map", "--k", &format!("{:.4}", zoom.get().k))
    });
    let g = gestures::use_map_gestures(zoom, set_zoom);
    let inset_height = data.layout.inset.frame.height();
    let inset_width = data.layout.inset.frame.width();
    view! {
        <div class="map-wrap">
        <svg
            node_ref=svg_ref
            class="map"
            viewBox=view_box
            role="group"
            aria-label=tr.t("map.aria").to_string()
            data-zoomed=zoomed
            on:pointerdown=g.down
            on:pointermove=g.moved
            on:pointerup=g.up.clone()
            on:pointercancel=g.up
        >
            {defs(inset_width, inset_height)}
            <rect class="sea" x="0" y="0" width=w height=h></rect>
            {overlays::focus_rings(&data.layout, focus)}
            {layers::land(&data, state, read_state, read_date)}
            {overlays::overlays(&data.layout, state)}
            {inset::source_box(&data.layout)}
            {layers::labels(&data)}
            {inset::fixed(&data, state, zoom)}
            <g class="leaders" data-shown=move || zoom.get().is_whole().to_string()>
                {overlays::leaders(&data.layout, focus)}
            </g>
        </svg>
        {zoom_controls(set_zoom, w, h)}
        </div>
    }
}

/// The inset's clip and the two hatchings (the 1956 handover, Japan's
/// claim), which the overlays fill with.
fn defs(inset_width: f64, inset_height: f64) -> impl IntoView {
    let html = super::written(move || defs_inside(inset_width, inset_height));
    view! { <defs inner_html=html></defs> }
}

fn defs_inside(inset_width: f64, inset_height: f64) -> impl IntoView {
    view! {
            <clipPath id="inset-clip">
                <rect x="0" y="0" width=inset_width height=inset_height></rect>
            </clipPath>
            <pattern id="hatch-promised" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                <rect class="hatch__ground" x="0" y="0" width="7" height="7"></rect>
                <rect class="hatch__stripe" x="0" y="0" width="3" height="7"></rect>
            </pattern>
            <pattern id="hatch-claimed" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">
                <rect class="hatch__claim" x="0" y="0" width="1.6" height="8"></rect>
            </pattern>
    }
}

fn zoom_controls(set_zoom: WriteSignal<Zoom>, w: f64, h: f64) -> impl IntoView {
    let tr = super::use_strings();
    let off = crate::chrome::app_off();
    view! {
        <div class="zoom-controls" data-js-only="" role="group" aria-label=tr.t("map.zoom_reset").to_string()>
            <button type="button" data-zoom="in" disabled=off aria-label=tr.t("map.zoom_in").to_string()
                on:click=move |_| set_zoom.update(|z| *z = z.zoom_about(z.cx, z.cy, 1.6))>"+"</button>
            <button type="button" data-zoom="out" disabled=off aria-label=tr.t("map.zoom_out").to_string()
                on:click=move |_| set_zoom.update(|z| *z = z.zoom_about(z.cx, z.cy, 1.0 / 1.6))>"−"</button>
            <button type="button" data-zoom="reset" disabled=off aria-label=tr.t("map.zoom_reset").to_string()
                on:click=move |_| set_zoom.set(Zoom::whole(w, h))>"⟲"</button>
        </div>
    }
}

/// One view per island unit of the layout, in its order (the order the
/// units are drawn and read in).
fn per_island<V: IntoView>(layout: &MapLayout, view: impl FnMut(&IslandShape) -> V) -> Vec<V> {
    layout.islands.iter().map(view).collect_view()
}

/// `value`, memoised, as `show` writes it: the attribute it feeds is
/// rewritten only when the value changes, not each time a signal it reads
/// does (a step replaces the whole state, but most islands keep their
/// holder and their overlays).
fn memo<T, U>(
    value: impl Fn() -> T + Send + Sync + 'static,
    show: impl Fn(T) -> U + Send + Sync + 'static,
) -> impl Fn() -> U + Send + Sync + 'static
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let m = Memo::new(move |_| value());
    move || show(m.get())
}

/// `data-shown`: whether `on` holds, memoised.
fn shown(on: impl Fn() -> bool + Send + Sync + 'static) -> impl Fn() -> String + Send + Sync {
    memo(on, |on: bool| on.to_string())
}
