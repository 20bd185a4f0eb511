use crate::format::format_date;
use crate::model::{Event, Islands, LandSplit};
use crate::text::{
    holders_summary, join_names, scenario_description, scenario_label, split_summary,
};
use leptos::prelude::*;
use std::sync::Arc;

/// What the annotation card shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Moment {
    Scenario(crate::model::Scenario),
    Event(Arc<Event>),
}

/// The card beside (wide screens) or below (narrow) the map: the event's
/// date, title, annotation and sources, or the scenario's description.
#[component]
pub fn Annotation(
    moment: Signal<Moment>,
    islands: Arc<Islands>,
    split: Signal<LandSplit>,
) -> impl IntoView {
    let body = move || match moment.get() {
        Moment::Event(e) => {
            let sources = e
                .sources
                .iter()
                .map(|s| {
                    view! {
                        <li><a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.title.clone()}</a></li>
                    }
                })
                .collect_view();
            let concerns = join_names(&islands, &e.islands);
            let holders = holders_summary(&e.state, &islands, Some(e.date));
            view! {
                <p class="annotation__date"><time datetime=e.date.to_string()>{format_date(e.date)}</time></p>
                <h2 class="annotation__title">{e.title.clone()}</h2>
                <p class="annotation__text">{e.annotation.clone()}</p>
                <p class="annotation__state">{holders}</p>
                <p class="annotation__concerns">"Concerns: " {concerns}</p>
                <div class="annotation__sources">
                    <h3>"Sources"</h3>
                    <ul>{sources}</ul>
                </div>
            }
            .into_any()
        }
        Moment::Scenario(s) => view! {
            <p class="annotation__date">"Scenario"</p>
            <h2 class="annotation__title">{scenario_label(s)}</h2>
            <p class="annotation__text">{scenario_description(s)}</p>
            <p class="annotation__state">{move || split_summary(&split.get())}</p>
        }
        .into_any(),
    };
    view! { <section class="annotation" aria-label="About this view">{body}</section> }
}
