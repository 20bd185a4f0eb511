//! What a step switches on and off over the islands: Japan's claim, the
//! 1956 handover, the outline of the islands an event concerns (beneath
//! the land), the 1855
//! border and the de facto line, and the leaders to the annotation card.
//! Each is drawn once and shown or hidden (`data-shown`), so a step only
//! flips attributes.

use super::layers::label;
use super::{per_island, shown};
use crate::layout::{MapLayout, LEADER_ANCHOR};
use crate::model::{IslandId, LineId, MapState};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// One overlay path per island, with `class`, its island in the attribute
/// `key` (the contract's `data-claimed`, `data-promised`, `data-focus`),
/// shown while `on(id)` holds.
fn overlay(
    layout: &MapLayout,
    class: &'static str,
    key: &'static str,
    on: impl Fn(IslandId) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    per_island(layout, |shape| {
        let id = shape.id;
        view! {
            <path
                class={class}
                {..custom_attribute(key, id.as_str())}
                d=shape.d.clone()
                data-shown=shown(move || on(id))
            ></path>
        }
    })
}

/// The overlays in drawing order. Japan's claim to islands the other side
/// administers is thin stripes in Japan's colour, so it reads without
/// colour too.
pub fn overlays(layout: &MapLayout, state: Signal<MapState>) -> impl IntoView {
    let claimed = overlay(layout, "claimed", "data-claimed", move |id| {
        state.get().is_claimed(id)
    });
    let promised = overlay(layout, "promised", "data-promised", move |id| {
        state.get().is_promised(id)
    });
    view! {
        <g class="claimed-layer">{claimed}</g>
        <g class="promised-layer">{promised}</g>
        <g class="lines">{lines(layout, state)}</g>
    }
}

/// The outline of the islands an event concerns, drawn beneath the land:
/// only its outer half shows, as a ring around the island, so the
/// smallest islets keep the colour of who holds them.
pub fn focus_rings(layout: &MapLayout, focus: Signal<Vec<IslandId>>) -> impl IntoView {
    let rings = overlay(layout, "focus-ring", "data-focus", move |id| {
        focus.get().contains(&id)
    });
    view! { <g class="focus-layer">{rings}</g> }
}

/// The 1855 border and the de facto line, each with its label, shown when
/// the moment makes them relevant.
fn lines(layout: &MapLayout, state: Signal<MapState>) -> impl IntoView {
    let tr = super::super::use_strings();
    layout
        .lines
        .iter()
        .map(|line| {
            let id = line.id;
            let on = move || {
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
                    data-shown=shown(on)
                >
                    <path class="line__path" d=line.d.clone()></path>
                    {label(line.label, "label label--line", text.to_string())}
                </g>
            }
        })
        .collect_view()
}

/// Leaders from the annotation card to each island the event concerns;
/// none when it concerns all four (the whole map is the subject).
pub fn leaders(layout: &MapLayout, focus: Signal<Vec<IslandId>>) -> impl IntoView {
    let (ax, ay) = LEADER_ANCHOR;
    per_island(layout, |shape| {
        let id = shape.id;
        let (tx, ty) = shape.centroid;
        let on = move || {
            let ids = focus.get();
            ids.contains(&id) && ids.len() < IslandId::ALL.len()
        };
        view! {
            <g class="leader" data-leader=id.as_str() aria-hidden="true" data-shown=shown(on)>
                <path class="leader__line" d=format!("M{ax:.1},{ay:.1}L{tx:.1},{ty:.1}")></path>
                <circle class="leader__dot" cx=format!("{tx:.1}") cy=format!("{ty:.1}") r="5"></circle>
            </g>
        }
    })
}
