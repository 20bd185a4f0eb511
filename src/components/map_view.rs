use crate::layout::{scale_bar, LabelPos, LEADER_ANCHOR};
use crate::load::MapData;
use crate::model::{IslandId, LineId, MapState};
use crate::zoom::Zoom;
use leptos::prelude::*;

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

/// The SVG map: sea, context land, the four island units coloured by
/// holder, promised-transfer hatching, the 1855 border and de facto line
/// when relevant, labels, the Habomai inset, a leader line to the
/// annotation, a scale bar and the attribution.
#[component]
pub fn MapView(
    data: MapData,
    state: Signal<MapState>,
    /// Islands the selected event concerns; highlighted.
    focus: Signal<Vec<IslandId>>,
    /// `state` and the event's date (`None` for a scenario) once painted, for the islands' accessible names
    /// (read out, not seen; kept out of the step's frame).
    read_state: Signal<MapState>,
    read_date: Signal<Option<crate::model::IsoDate>>,
) -> impl IntoView {
    let layout = data.layout.clone();
    let islands = data.islands.clone();
    let (w, h) = (layout.width, layout.height);
    let tr = super::use_strings();

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
            Some(label(pos, "label label--context", tr.place(&c.id, names)))
        })
        .collect_view();
    // Island paths never change geometry or stroke: a step only changes
    // their fill (`data-holder`) and the opacity of the overlays below,
    // so the browser repaints without re-laying-out the SVG.
    // Each island takes focus; its accessible name is its name, its area
    // and who holds it in the view shown.
    let isl = islands.clone();
    let t = tr.clone();
    let island_label = move |id: IslandId| {
        let island = isl.get(id);
        let name = t.island(id, &island.names);
        let area = crate::format::format_area(&t, island.area_km2);
        let t = t.clone();
        move || {
            let s = read_state.get();
            let date = read_date.get();
            let held = crate::text::holder_phrase(&t, s.holder(id), date, &s);
            let mut label = format!("{name}: {area}. {held}");
            if s.is_claimed(id) {
                label = format!("{label}. {}", t.t("legend.claimed"));
            }
            if s.is_promised(id) {
                label = format!("{label}. {}", t.t("legend.promised"));
            }
            label
        }
    };
    let units = layout
        .islands
        .iter()
        .map(|shape| {
            let id = shape.id;
            view! {
                <path
                    class="island"
                    data-island=id.as_str()
                    data-holder={ let m = Memo::new(move |_| state.get().holder(id)); move || m.get().as_str() }
                    d=shape.d.clone()
                    tabindex="0"
                    role="img"
                    aria-label={ let f = island_label(id); let m = Memo::new(move |_| f()); move || m.get() }
                ></path>
            }
        })
        .collect_view();
    let focus_rings = layout
        .islands
        .iter()
        .map(|shape| {
            let id = shape.id;
            view! {
                <path
                    class="focus-ring"
                    data-focus=id.as_str()
                    d=shape.d.clone()
                    data-shown={ let m = Memo::new(move |_| focus.get().contains(&id)); move || m.get().to_string() }
                ></path>
            }
        })
        .collect_view();
    // Japan's claim to islands the other side administers: thin stripes
    // in Japan's colour, so the claim reads without colour too.
    let claimed = layout
        .islands
        .iter()
        .map(|shape| {
            let id = shape.id;
            view! {
                <path
                    class="claimed"
                    data-claimed=id.as_str()
                    d=shape.d.clone()
                    data-shown={ let m = Memo::new(move |_| state.get().is_claimed(id)); move || m.get().to_string() }
                ></path>
            }
        })
        .collect_view();
    let promised = layout
        .islands
        .iter()
        .map(|shape| {
            let id = shape.id;
            view! {
                <path
                    class="promised"
                    data-promised=id.as_str()
                    d=shape.d.clone()
                    data-shown={ let m = Memo::new(move |_| state.get().is_promised(id)); move || m.get().to_string() }
                ></path>
            }
        })
        .collect_view();
    let lines = layout
        .lines
        .iter()
        .map(|line| {
            let id = line.id;
            let shown = move || {
                let s = state.get();
                match id {
                    LineId::Border1855 => s.border_1855,
                    LineId::DeFacto => s.de_facto_line,
                }
            };
            let text = match id {
                LineId::Border1855 => tr.t("map.border_1855"),
                LineId::DeFacto => tr.t("map.de_facto"),
            };
            view! {
                <g
                    class=format!("line line--{}", id.as_str())
                    data-line=id.as_str()
                    data-shown={ let m = Memo::new(move |_| shown()); move || m.get().to_string() }
                >
                    <path class="line__path" d=line.d.clone()></path>
                    {label(line.label, "label label--line", text.to_string())}
                </g>
            }
        })
        .collect_view();
    let unit_labels = layout
        .islands
        .iter()
        .map(|shape| {
            let pos = shape.label;
            let x = format!("{:.1}", pos.x);
            // Two lines ("Iturup /", "Etorofu") stay compact when the
            // labels are enlarged on phones.
            let (first, second) = tr.island_lines(shape.id, &islands.get(shape.id).names);
            let second = second.map(|text| {
                view! { <tspan x=x.clone() dy="1.1em">{text}</tspan> }
            });
            view! {
                <text class="label label--island" x=x.clone() y=format!("{:.1}", pos.y) text-anchor=pos.anchor.as_str()>
                    <tspan x=x.clone()>{first}</tspan>
                    {second}
                </text>
            }
        })
        .collect_view();

    // Leaders from the annotation card to each island the event concerns;
    // none when it concerns all four (the whole map is the subject). One
    // fixed line per island, shown or hidden, so a step only flips
    // attributes.
    let (ax, ay) = LEADER_ANCHOR;
    let leaders = layout
        .islands
        .iter()
        .map(|shape| {
            let id = shape.id;
            let (tx, ty) = shape.centroid;
            let shown = move || {
                let ids = focus.get();
                ids.contains(&id) && ids.len() < IslandId::ALL.len()
            };
            view! {
                <g class="leader" data-leader=id.as_str() aria-hidden="true" data-shown={ let m = Memo::new(move |_| shown()); move || m.get().to_string() }>
                    <path class="leader__line" d=format!("M{ax:.1},{ay:.1}L{tx:.1},{ty:.1}")></path>
                    <circle class="leader__dot" cx=format!("{tx:.1}") cy=format!("{ty:.1}") r="5"></circle>
                </g>
            }
        })
        .collect_view();

    let inset = &layout.inset;
    let (ix, iy, iw, ih) = (
        inset.frame.x0,
        inset.frame.y0,
        inset.frame.width(),
        inset.frame.height(),
    );
    let (sx, sy, sw, sh) = (
        inset.source.x0,
        inset.source.y0,
        inset.source.width(),
        inset.source.height(),
    );
    let inset_islands = inset
        .islands
        .iter()
        .map(|(id, d)| {
            let id = *id;
            view! {
                <path
                    class="island island--inset"
                    data-inset-island=id.as_str()
                    data-holder={ let m = Memo::new(move |_| state.get().holder(id)); move || m.get().as_str() }
                    d=d.clone()
                ></path>
                <path
                    class="claimed"
                    d=d.clone()
                    data-shown={ let m = Memo::new(move |_| state.get().is_claimed(id)); move || m.get().to_string() }
                ></path>
                <path
                    class="promised"
                    d=d.clone()
                    data-shown={ let m = Memo::new(move |_| state.get().is_promised(id)); move || m.get().to_string() }
                ></path>
            }
        })
        .collect_view();
    let habomai = islands.get(IslandId::Habomai);
    let islet_labels = inset
        .islets
        .iter()
        .filter_map(|(i, pos, _)| {
            let islet = habomai.islets.get(*i)?;
            Some(label(
                *pos,
                "label label--islet",
                tr.islet(&islet.names.ja_romaji, &islet.names),
            ))
        })
        .collect_view();
    // Zoom and pan: buttons, pinch with two fingers, drag with a mouse.
    // One finger still scrolls the page (touch-action in the CSS).
    let (zoom, set_zoom) = signal(Zoom::whole(w, h));
    let view_box = move || {
        let [x, y, vw, vh] = zoom.get().view_box();
        format!("{x:.2} {y:.2} {vw:.2} {vh:.2}")
    };
    // Overlays that stay put on screen: scale bar, attribution, inset.
    let fixed = move || {
        let z = zoom.get();
        let [x, y, _, _] = z.view_box();
        format!("translate({x:.2} {y:.2}) scale({:.5})", 1.0 / z.k)
    };
    let zoomed = move || (!zoom.get().is_whole()).to_string();
    Effect::new(move |_| crate::web::set_map_zoom(zoom.get().k));
    let units_per_km = layout.scale_bar.length / layout.scale_bar.km;
    let bar = move || scale_bar(units_per_km * zoom.get().k, w / 5.0);
    let (bx, by) = (24.0, h - 28.0);
    let gestures = use_map_gestures(zoom, set_zoom);

    view! {
        <div class="map-wrap">
        <svg
            class="map"
            viewBox=view_box
            role="group"
            aria-label=tr.t("map.aria").to_string()
            data-zoomed=zoomed
            on:pointerdown=gestures.down
            on:pointermove=gestures.moved
            on:pointerup=gestures.up.clone()
            on:pointercancel=gestures.up
        >
            <defs>
                <clipPath id="inset-clip">
                    <rect x="0" y="0" width=iw height=ih></rect>
                </clipPath>
                <pattern id="hatch-promised" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
                    <rect class="hatch__ground" x="0" y="0" width="7" height="7"></rect>
                    <rect class="hatch__stripe" x="0" y="0" width="3" height="7"></rect>
                </pattern>
                <pattern id="hatch-claimed" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(-45)">
                    <rect class="hatch__claim" x="0" y="0" width="1.6" height="8"></rect>
                </pattern>
            </defs>
            <rect class="sea" x="0" y="0" width=w height=h></rect>
            <g class="context">{context}</g>
            <g class="islands">{units}</g>
            <g class="claimed-layer">{claimed}</g>
            <g class="promised-layer">{promised}</g>
            <g class="focus-layer">{focus_rings}</g>
            <g class="lines">{lines}</g>
            <rect
                class="inset__source"
                x=format!("{sx:.1}")
                y=format!("{sy:.1}")
                width=format!("{sw:.1}")
                height=format!("{sh:.1}")
            ></rect>
            <g class="labels">{context_labels} {unit_labels}</g>
            <g class="fixed" transform=fixed>
            <g class="inset" transform=format!("translate({ix:.1} {iy:.1})")>
                <g clip-path="url(#inset-clip)">
                    <rect class="sea" x="0" y="0" width=iw height=ih></rect>
                    <path class="context-land" d=inset.context_d.clone()></path>
                    {inset_islands}
                </g>
                <rect class="inset__frame" x="0" y="0" width=iw height=ih></rect>
                <text class="label label--inset-title" x="8" y="18">
                    {tr.f("map.inset_title", &[("n", &format!("{:.0}", inset.magnification))])}
                </text>
                {islet_labels}
            </g>
            <g class="scale-bar" transform=format!("translate({bx} {by})")>
                <path class="scale-bar__line" d=move || format!("M0,0v6h{:.1}v-6", bar().length)></path>
                <text class="scale-bar__label" x="0" y="-6">
                    {move || format!("{} km", bar().km)}
                </text>
            </g>
            <text class="attribution" x=format!("{:.0}", w - 8.0) y="18" text-anchor="end">
                {tr.t("map.attribution").to_string()}
            </text>
            </g>
            <g class="leaders" data-shown=move || zoom.get().is_whole().to_string()>{leaders}</g>
        </svg>
        <div class="zoom-controls" role="group" aria-label=tr.t("map.zoom_reset").to_string()>
            <button type="button" data-zoom="in" aria-label=tr.t("map.zoom_in").to_string()
                on:click=move |_| set_zoom.update(|z| *z = z.zoom_about(z.cx, z.cy, 1.6))>"+"</button>
            <button type="button" data-zoom="out" aria-label=tr.t("map.zoom_out").to_string()
                on:click=move |_| set_zoom.update(|z| *z = z.zoom_about(z.cx, z.cy, 1.0 / 1.6))>"−"</button>
            <button type="button" data-zoom="reset" aria-label=tr.t("map.zoom_reset").to_string()
                on:click=move |_| set_zoom.set(Zoom::whole(w, h))>"⟲"</button>
        </div>
        </div>
    }
}

/// Pointer handlers for pinch (two pointers) and mouse drag on the map.
struct Gestures<D, M, U> {
    down: D,
    moved: M,
    up: U,
}

fn use_map_gestures(
    zoom: ReadSignal<Zoom>,
    set_zoom: WriteSignal<Zoom>,
) -> Gestures<
    impl Fn(leptos::ev::PointerEvent) + Clone + 'static,
    impl Fn(leptos::ev::PointerEvent) + Clone + 'static,
    impl Fn(leptos::ev::PointerEvent) + Clone + 'static,
> {
    // Active pointers: id and last position in client pixels.
    let pointers = StoredValue::new(Vec::<(i32, f64, f64)>::new());
    // Client pixels to map units, at the current zoom.
    let to_map = move |ev: &leptos::ev::PointerEvent, x: f64, y: f64| -> Option<(f64, f64, f64)> {
        use wasm_bindgen::JsCast;
        let el: web_sys::Element = ev.current_target()?.dyn_into().ok()?;
        let r = el.get_bounding_client_rect();
        if r.width() <= 0.0 {
            return None;
        }
        let [vx, vy, vw, _] = zoom.get_untracked().view_box();
        let per_px = vw / r.width();
        Some((
            vx + (x - r.left()) * per_px,
            vy + (y - r.top()) * per_px,
            per_px,
        ))
    };
    let down = move |ev: leptos::ev::PointerEvent| {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        pointers.update_value(|p| {
            p.retain(|q| q.0 != ev.pointer_id());
            p.push((ev.pointer_id(), x, y));
        });
    };
    let moved = move |ev: leptos::ev::PointerEvent| {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let before = pointers.get_value();
        let Some(i) = before.iter().position(|q| q.0 == ev.pointer_id()) else {
            return;
        };
        let mut after = before.clone();
        after[i] = (ev.pointer_id(), x, y);
        pointers.set_value(after.clone());
        match (before.as_slice(), ev.pointer_type().as_str()) {
            // Two pointers: pinch about their midpoint, and pan with it.
            ([a, b], _) => {
                let (c, d) = (after[0], after[1]);
                let d0 = (a.1 - b.1).hypot(a.2 - b.2);
                let d1 = (c.1 - d.1).hypot(c.2 - d.2);
                if d0 < 1.0 {
                    return;
                }
                let (mx, my) = ((c.1 + d.1) / 2.0, (c.2 + d.2) / 2.0);
                let (pmx, pmy) = ((a.1 + b.1) / 2.0, (a.2 + b.2) / 2.0);
                if let Some((ux, uy, per_px)) = to_map(&ev, mx, my) {
                    set_zoom.update(|z| {
                        *z = z.pan((pmx - mx) * per_px, (pmy - my) * per_px).zoom_about(
                            ux,
                            uy,
                            d1 / d0,
                        )
                    });
                }
            }
            // A mouse with a button down drags the map.
            ([a], "mouse") if ev.buttons() != 0 => {
                if let Some((_, _, per_px)) = to_map(&ev, x, y) {
                    set_zoom.update(|z| *z = z.pan((a.1 - x) * per_px, (a.2 - y) * per_px));
                }
            }
            _ => {}
        }
    };
    let up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|q| q.0 != ev.pointer_id()));
    };
    Gestures { down, moved, up }
}
