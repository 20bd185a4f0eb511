//! The land and its names: context land, the four island units (each
//! focusable, with its accessible name), and the labels.

use super::{memo, per_island};
use crate::layout::LabelPos;
use crate::load::MapData;
use crate::model::{Holder, IslandId, IsoDate, MapState};
use leptos::prelude::*;

/// A label at `pos`.
pub fn label(pos: LabelPos, class: &'static str, text: String) -> impl IntoView {
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

/// Context land, then the four units coloured by holder. Each unit takes
/// focus; its accessible name (name, area, holder, claim, handover) follows
/// `read_state`, a few frames after the colour.
pub fn land(
    data: &MapData,
    state: Signal<MapState>,
    read_state: Signal<MapState>,
    read_date: Signal<Option<IsoDate>>,
) -> impl IntoView {
    let tr = super::super::use_strings();
    let layout = data.layout.clone();
    let context = super::super::written(move || {
        layout
            .context
            .iter()
            .map(|c| view! { <path class="context-land" data-context=c.id.clone() d=c.d.clone()></path> })
            .collect_view()
    });
    let islands = data.islands.clone();
    let name = move |id: IslandId| {
        let (tr, islands) = (tr.clone(), islands.clone());
        let name =
            move || crate::text::island_name(&tr, &islands, id, &read_state.get(), read_date.get());
        memo(name, std::convert::identity)
    };
    let units = per_island(&data.layout, |shape| {
        let id = shape.id;
        view! {
            <path
                class="island"
                data-island=id.as_str()
                data-holder=memo(move || state.get().holder(id), Holder::as_str)
                d=shape.d.clone()
                tabindex="0"
                role="img"
                aria-label=name(id)
            ></path>
        }
    });
    view! {
        <g class="context" inner_html=context></g>
        <g class="islands">{units}</g>
    }
}

/// Names of the context land and the units. A unit's name takes two
/// lines ("Iturup /", "Etorofu"), which stay compact when the labels are
/// enlarged on phones.
pub fn labels(data: &MapData) -> impl IntoView {
    let data = data.clone();
    let html = super::super::written(move || labels_inside(&data));
    view! { <g class="labels" inner_html=html></g> }
}

fn labels_inside(data: &MapData) -> impl IntoView {
    let tr = super::super::use_strings();
    let context_labels = data
        .layout
        .context
        .iter()
        .filter_map(|c| {
            let pos = c.label?;
            let names = &data.context.get(&c.id)?.names;
            Some(label(pos, "label label--context", tr.place(&c.id, names)))
        })
        .collect_view();
    let unit_labels = per_island(&data.layout, |shape| {
        let pos = shape.label;
        let x = format!("{:.1}", pos.x);
        let (first, second) = tr.island_lines(shape.id, &data.islands.get(shape.id).names);
        let second = second.map(|text| {
            view! { <tspan x=x.clone() dy="1.1em">{text}</tspan> }
        });
        view! {
            <text class="label label--island" x=x.clone() y=format!("{:.1}", pos.y) text-anchor=pos.anchor.as_str()>
                <tspan x=x.clone()>{first}</tspan>
                {second}
            </text>
        }
    });
    view! { {context_labels} {unit_labels} }
}
