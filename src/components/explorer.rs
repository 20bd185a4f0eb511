use super::{
    Annotation, AreaTable, ErrorBanner, Legend, MapView, ScenarioPicker, ShareBar, TimelineView,
};
use crate::load::Loaded;
use crate::model::{EventId, LandSplit, Timeline};
use crate::selection::{use_moment, Moment, Selection};
use crate::url_state::{Lang, Show, UrlState};
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
    use_show_messages(sel, timeline.clone(), tr.lang());
    let official = timeline.as_ref().and_then(|t| t.official_areas().cloned());

    // A step is drawn in stages, a frame each (see `Selection`): the map
    // at once; the annotation card in the next frame; its sources, the
    // legend and the land split in the one after; accessible names and the
    // live region last.
    let source_slots = timeline
        .as_ref()
        .and_then(|t| t.events().iter().map(|e| e.sources.len()).max())
        .unwrap_or(0);
    let moment = use_moment(sel.view, timeline.clone());
    let shown = use_moment(sel.shown, timeline.clone());
    let keyed = use_moment(sel.keyed, timeline.clone());
    let settled = use_moment(sel.settled, timeline.clone());
    let state = Memo::new(move |_| moment.with(Moment::state));
    let focus = Memo::new(move |_| match moment.get() {
        Moment::Scenario(_) => Vec::new(),
        Moment::Event(e) => e.islands.clone(),
    });
    let isl = islands.clone();
    let card_split = Memo::new(move |_| shown.with(|m| LandSplit::of(&m.state(), &isl)));
    let key_state = Memo::new(move |_| keyed.with(Moment::state));
    let key_date = Memo::new(move |_| keyed.with(Moment::date));
    let isl = islands.clone();
    let split = Memo::new(move |_| key_state.with(|s| LandSplit::of(s, &isl)));
    let read_state = Memo::new(move |_| settled.with(Moment::state));
    let read_date = Memo::new(move |_| settled.with(Moment::date));
    let announcement = use_announcement(settled, islands.clone());
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let timeline_view = timeline_or_message(&loaded.timeline);
    // Empty in the written page; the app fills it in if the link named
    // an event the timeline lacks.
    let unknown = crate::chrome::use_chrome().unknown_event;
    let t = tr.clone();
    let notice = move || {
        unknown.get().map(|id| {
            view! {
                <div class="notice" role="status" data-url-notice="">
                    <p>{t.f("unknown_event", &[("id", &id)])}</p>
                </div>
            }
        })
    };
    view! {
        {notice}
        <ScenarioPicker />
        <div class="stage">
            <MapView
                data=loaded.map.clone()
                state=state.into()
                focus=focus.into()
                read_state=read_state.into()
                read_date=read_date.into()
                svg_ref=svg_ref
            />
            <Annotation
                moment=shown.into()
                details=keyed.into()
                islands=islands.clone()
                split=card_split.into()
                source_slots=source_slots
            />
        </div>
        <Legend state=key_state.into() date=key_date.into() split=split.into() />
        <ShareBar moment=moment.into() svg_ref=svg_ref width=loaded.map.layout.width height=loaded.map.layout.height />
        {timeline_view}
        <p class="sr-only" aria-live="polite" data-live="">{announcement}</p>
        <AreaTable islands=islands official=official />
    }
}

/// The timeline, or the message that says it could not be loaded (the map
/// and the scenarios still work).
fn timeline_or_message(timeline: &Result<Arc<Timeline>, crate::error::MapError>) -> AnyView {
    match timeline {
        Ok(t) => view! { <TimelineView timeline=t.clone() /> }.into_any(),
        Err(e) => {
            let lead = super::use_strings().t("timeline.unavailable").to_string();
            view! { <ErrorBanner message=e.to_string() lead=lead /> }.into_any()
        }
    }
}

/// One sentence per change for screen readers; silent until the app is
/// ready (the page's own state and the link's are not changes).
fn use_announcement(
    settled: Memo<Moment>,
    islands: Arc<crate::model::Islands>,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let t = super::use_strings();
    let live = expect_context::<Selection>().live;
    let said = Memo::new(move |previous: Option<&(bool, String)>| {
        // Read both before anything else, so the memo follows every change.
        let (now, moment) = (live.with(Option::is_some), settled.get());
        // A change: live before and now (`live` holds no repeats).
        let changed = now && previous.is_some_and(|(was_live, _)| *was_live);
        let text = if changed {
            sentence(&t, &moment, &islands)
        } else {
            String::new()
        };
        (now, text)
    });
    move || said.with(|(_, text)| text.clone())
}

/// What the live region says on arriving at `moment`.
fn sentence(t: &crate::i18n::Strings, moment: &Moment, islands: &crate::model::Islands) -> String {
    match moment {
        Moment::Scenario(s) => {
            let split = LandSplit::of(&s.state(), islands);
            let label = crate::text::scenario_label(t, *s);
            t.f(
                "live.scenario",
                &[
                    ("label", &label),
                    ("split", &crate::text::split_summary(t, &split)),
                ],
            )
        }
        Moment::Event(e) => {
            let summary = crate::text::holders_summary(t, &e.state, islands, Some(e.date));
            let year = e.date.year().to_string();
            t.f(
                "live.event",
                &[
                    ("year", &year),
                    ("title", &t.event_title(e)),
                    ("summary", &summary),
                ],
            )
        }
    }
}

/// In a frame, obeys `kuril-map:show` messages from the parent window: a
/// checked view the timeline knows is selected as a click would select it
/// (staged paint, `kuril-map:state`); another language reloads the frame
/// in it, as the language links do. Anything else is ignored.
fn use_show_messages(sel: Selection, timeline: Option<Arc<Timeline>>, lang: Lang) {
    // Effects do not run in the build-time pre-render, which has no window.
    Effect::new(move |done: Option<()>| {
        if done.is_some() || !crate::web::in_frame() {
            return;
        }
        let timeline = timeline.clone();
        crate::web::on_show_messages(move |req| {
            let known = |id: &EventId| timeline.as_ref().is_some_and(|t| t.position(id).is_some());
            let (url, _) = UrlState::parse(&crate::web::current_query());
            match req.show(url, lang, &sel.view.get_untracked(), known) {
                Show::Nothing => {}
                Show::View(v) => sel.set_view.set(v),
                Show::Reload(url) => crate::web::reload_with(&url.to_query()),
            }
        });
    });
}
