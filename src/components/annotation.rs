use super::use_strings;
use crate::model::files::SOURCES_DOC;
use crate::model::{Islands, LandSplit};
use crate::selection::Moment;
use crate::text::{
    holders_summary, join_names, scenario_description, scenario_label, split_summary,
};
use leptos::prelude::*;
use std::sync::Arc;

/// The card beside (wide screens) or below (narrow) the map: the event's
/// date, title, annotation and sources, or the scenario's description.
/// It scrolls when its text is longer than its box, so it takes focus
/// (keyboard readers scroll it with the arrow keys).
/// Its elements stay in place and only their text changes, which keeps
/// an update within a frame.
///
/// The islands concerned and the sources follow `details`, a frame after
/// `moment`, so that no frame has to lay out all of the card's new text.
/// For that one frame the previous event's details stay, as the legend
/// does under the recoloured map: hiding them for it (with `visibility`)
/// would repaint the whole block twice, in each of the two frames.
#[component]
pub fn Annotation(
    moment: Signal<Moment>,
    details: Signal<Moment>,
    islands: Arc<Islands>,
    split: Signal<LandSplit>,
    /// The most sources any event has: the card keeps that many slots.
    source_slots: usize,
) -> impl IntoView {
    let tr = use_strings();
    let event = move || moment.with(Moment::event);
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
    let detail_event = move || details.with(Moment::event);
    let t = tr.clone();
    let concerns = move || {
        detail_event()
            .map(|e| {
                t.f(
                    "summary.concerns",
                    &[("list", &join_names(&t, &islands, &e.islands))],
                )
            })
            .unwrap_or_default()
    };
    // A fixed row of slots (an unused one, hidden, links to all sources), as many as the longest source list, whose link
    // and text change in place: a step creates no elements, which keeps
    // its style and layout work small. Unused slots are hidden.
    let sources = (0..source_slots)
        .map(|i| {
            let source =
                Memo::new(move |_| detail_event().and_then(|e| e.sources.get(i).cloned()));
            view! {
                <li hidden=move || source.with(Option::is_none)>
                    <a
                        href=move || source.with(|s| s.as_ref().map_or(SOURCES_DOC.to_string(), |s| s.url.clone()))
                        target="_blank"
                        rel="noopener noreferrer"
                    >
                        {move || source.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default())}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="annotation" aria-label=tr.t("annotation.aria").to_string() tabindex="0">
            <p class="annotation__date"><time datetime=date_iso>{date_text}</time></p>
            <h2 class="annotation__title">{title}</h2>
            <p class="annotation__text">{text}</p>
            <p class="annotation__state">{state_text}</p>
            <div class="annotation__details">
                <p class="annotation__concerns" hidden=move || detail_event().is_none()>{concerns}</p>
                <div class="annotation__sources" hidden=move || detail_event().is_none()>
                    <h3>{tr.t("annotation.sources").to_string()}</h3>
                    <ul>{sources}</ul>
                </div>
            </div>
        </section>
    }
}
