use super::{
    Annotation, AreaTable, ErrorBanner, Legend, MapView, Moment, ScenarioPicker, ShareBar,
    TimelineView,
};
use crate::app::{Loaded, Selection};
use crate::model::{LandSplit, Scenario};
use crate::url_state::View;
use leptos::prelude::*;
use std::sync::Arc;

/// The interactive part, once the data is in: scenario picker, map,
/// legend, annotation and timeline, all driven by the [`Selection`].
#[component]
pub fn Explorer(loaded: Loaded) -> impl IntoView {
    let sel = expect_context::<Selection>();
    let tr = super::use_strings();
    let timeline = loaded.timeline.clone().ok();
    let islands = loaded.map.islands.clone();

    // An event id the timeline does not know falls back to the default.
    let unknown_event = match (&sel.view.get_untracked(), &timeline) {
        (View::Event(id), Some(t)) if t.position(id).is_none() => Some(id.clone()),
        (View::Event(id), None) => Some(id.clone()),
        _ => None,
    };
    if unknown_event.is_some() {
        sel.set_view.set(View::default());
    }

    let t = timeline.clone();
    let moment = Memo::new(move |_| match sel.view.get() {
        View::Scenario(s) => Moment::Scenario(s),
        View::Event(id) => t
            .as_ref()
            .and_then(|t| t.get(t.position(&id)?).cloned())
            .map(|e| Moment::Event(Arc::new(e)))
            .unwrap_or(Moment::Scenario(Scenario::StatusQuo)),
    });
    let state = Signal::derive(move || match moment.get() {
        Moment::Scenario(s) => s.state(),
        Moment::Event(e) => e.state.clone(),
    });
    let focus = Signal::derive(move || match moment.get() {
        Moment::Scenario(_) => Vec::new(),
        Moment::Event(e) => e.islands.clone(),
    });
    let date = Signal::derive(move || match moment.get() {
        Moment::Scenario(_) => None,
        Moment::Event(e) => Some(e.date),
    });
    let isl = islands.clone();
    let split = Signal::derive(move || LandSplit::of(&state.get(), &isl));

    // One sentence per change for screen readers; silent on first load.
    let isl = islands.clone();
    let t = tr.clone();
    let announcement = Memo::new(move |previous: Option<&String>| {
        let text = match moment.get() {
            Moment::Scenario(s) => t.f(
                "live.scenario",
                &[
                    ("label", &crate::text::scenario_label(&t, s)),
                    (
                        "split",
                        &crate::text::split_summary(&t, &LandSplit::of(&s.state(), &isl)),
                    ),
                ],
            ),
            Moment::Event(e) => t.f(
                "live.event",
                &[
                    ("year", &e.date.year().to_string()),
                    ("title", &t.event_title(&e)),
                    (
                        "summary",
                        &crate::text::holders_summary(&t, &e.state, &isl, Some(e.date)),
                    ),
                ],
            ),
        };
        if previous.is_none() {
            // Remember the first view without announcing it.
            return String::new();
        }
        text
    });
    let timeline_view = match (&timeline, &loaded.timeline) {
        (Some(t), _) => view! { <TimelineView timeline=t.clone() /> }.into_any(),
        (None, Err(e)) => view! { <ErrorBanner message=e.to_string() /> }.into_any(),
        (None, Ok(_)) => ().into_any(),
    };
    let notice = unknown_event.map(|id| {
        view! {
            <div class="notice" role="status" data-url-notice="">
                <p>{tr.f("unknown_event", &[("id", &id)])}</p>
            </div>
        }
    });
    view! {
        {notice}
        <ScenarioPicker />
        <div class="stage">
            <MapView data=loaded.map.clone() state=state focus=focus date=date />
            <Annotation moment=moment.into() islands=islands.clone() split=split />
        </div>
        <Legend state=state date=date split=split />
        <ShareBar moment=moment.into() width=loaded.map.layout.width height=loaded.map.layout.height />
        {timeline_view}
        <p class="sr-only" aria-live="polite" data-live="">{announcement}</p>
        <AreaTable islands=islands />
    }
}
