use super::use_strings;
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

impl Moment {
    /// What the map shows at this moment.
    pub fn state(&self) -> crate::model::MapState {
        match self {
            Moment::Scenario(s) => s.state(),
            Moment::Event(e) => e.state.clone(),
        }
    }

    /// The event's date; `None` for a scenario (hypothetical).
    pub fn date(&self) -> Option<crate::model::IsoDate> {
        match self {
            Moment::Scenario(_) => None,
            Moment::Event(e) => Some(e.date),
        }
    }
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
    let tr = use_strings();
    let event = move || match moment.get() {
        Moment::Event(e) => Some(e),
        Moment::Scenario(_) => None,
    };
    let date_iso = move || event().map(|e| e.date.to_string()).unwrap_or_default();
    let t = tr.clone();
    let date_text = move || match moment.get() {
        Moment::Event(e) => t.date(e.date),
        Moment::Scenario(_) => t.t("annotation.scenario").to_string(),
    };
    let t = tr.clone();
    let title = move || match moment.get() {
        Moment::Event(e) => t.event_title(&e),
        Moment::Scenario(s) => scenario_label(&t, s),
    };
    let t = tr.clone();
    let text = move || match moment.get() {
        Moment::Event(e) => t.event_annotation(&e),
        Moment::Scenario(s) => scenario_description(&t, s),
    };
    let t = tr.clone();
    let isl = islands.clone();
    let state_text = move || match moment.get() {
        Moment::Event(e) => holders_summary(&t, &e.state, &isl, Some(e.date)),
        Moment::Scenario(_) => split_summary(&t, &split.get()),
    };
    let t = tr.clone();
    let concerns = move || {
        event()
            .map(|e| {
                t.f(
                    "summary.concerns",
                    &[("list", &join_names(&t, &islands, &e.islands))],
                )
            })
            .unwrap_or_default()
    };
    let sources = move || {
        event().map(|e| {
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
        <section class="annotation" aria-label=tr.t("annotation.aria").to_string()>
            <p class="annotation__date"><time datetime=date_iso>{date_text}</time></p>
            <h2 class="annotation__title">{title}</h2>
            <p class="annotation__text">{text}</p>
            <p class="annotation__state">{state_text}</p>
            <p class="annotation__concerns" hidden=move || event().is_none()>{concerns}</p>
            <div class="annotation__sources" hidden=move || event().is_none()>
                <h3>{tr.t("annotation.sources").to_string()}</h3>
                <ul>{sources}</ul>
            </div>
        </section>
    }
}
