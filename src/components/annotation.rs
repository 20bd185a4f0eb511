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
/// Its elements stay in place and only their text changes, which keeps
/// an update within a frame.
#[component]
pub fn Annotation(
    moment: Signal<Moment>,
    islands: Arc<Islands>,
    split: Signal<LandSplit>,
) -> impl IntoView {
    let event = move || match moment.get() {
        Moment::Event(e) => Some(e),
        Moment::Scenario(_) => None,
    };
    let date_iso = move || event().map(|e| e.date.to_string()).unwrap_or_default();
    let date_text = move || match moment.get() {
        Moment::Event(e) => format_date(e.date),
        Moment::Scenario(_) => "Scenario".to_string(),
    };
    let title = move || match moment.get() {
        Moment::Event(e) => e.title.clone(),
        Moment::Scenario(s) => scenario_label(s).to_string(),
    };
    let text = move || match moment.get() {
        Moment::Event(e) => e.annotation.clone(),
        Moment::Scenario(s) => scenario_description(s).to_string(),
    };
    let isl = islands.clone();
    let state_text = move || match moment.get() {
        Moment::Event(e) => holders_summary(&e.state, &isl, Some(e.date)),
        Moment::Scenario(_) => split_summary(&split.get()),
    };
    let concerns = move || {
        event()
            .map(|e| format!("Concerns: {}", join_names(&islands, &e.islands)))
            .unwrap_or_default()
    };
    let sources = move || {
        event()
            .map(|e| {
                e.sources
                    .iter()
                    .map(|s| {
                        view! {
                            <li><a href=s.url.clone() target="_blank" rel="noopener noreferrer">{s.title.clone()}</a></li>
                        }
                    })
                    .collect_view()
            })
    };
    view! {
        <section class="annotation" aria-label="About this view">
            <p class="annotation__date"><time datetime=date_iso>{date_text}</time></p>
            <h2 class="annotation__title">{title}</h2>
            <p class="annotation__text">{text}</p>
            <p class="annotation__state">{state_text}</p>
            <p class="annotation__concerns" hidden=move || event().is_none()>{concerns}</p>
            <div class="annotation__sources" hidden=move || event().is_none()>
                <h3>"Sources"</h3>
                <ul>{sources}</ul>
            </div>
        </section>
    }
}
