use super::follow_link;
use crate::model::{Scenario, Timeline};
use crate::selection::Selection;
use crate::url_state::{page_file, View};
use crate::web::{centre_in_scroller, focus_selector};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Seconds each event stays on screen while playing.
const PLAY_STEP: Duration = Duration::from_millis(2600);

/// The selected event's index, if an event is shown.
fn selected_index(timeline: &Timeline, view: &View) -> Option<usize> {
    match view {
        View::Event(id) => timeline.position(id),
        View::Scenario(_) => None,
    }
}

/// Where the previous (`delta` < 0) or next step leads from `view`: from
/// a scenario to the last or first event; past either end of the
/// timeline to the status quo, today, which the last event leads into.
/// The links and the app agree on it, so a step is the same with or
/// without JavaScript.
fn step_target(timeline: &Timeline, view: &View, delta: isize) -> View {
    let next = match (selected_index(timeline, view), delta < 0) {
        (None, true) => timeline.len().checked_sub(1),
        (None, false) => Some(0),
        (Some(i), true) => i.checked_sub(1),
        (Some(i), false) => Some(i + 1),
    };
    next.and_then(|i| timeline.get(i))
        .map_or(View::Scenario(Scenario::StatusQuo), |e| {
            View::Event(e.id.clone())
        })
}

/// Play/pause through the events, one step every [`PLAY_STEP`].
fn use_player(
    timeline: StoredValue<Arc<Timeline>>,
    sel: Selection,
) -> (ReadSignal<bool>, impl Fn() + Copy) {
    let (playing, set_playing) = signal(false);
    // Each scheduled step carries a ticket; a newer step voids older ones.
    let ticket = StoredValue::new(0u64);
    Effect::new(move |_| {
        let t = timeline.get_value();
        let view = sel.view.get();
        if !playing.get() {
            return;
        }
        // Picking a scenario stops the tour.
        if matches!(view, View::Scenario(_)) {
            set_playing.set(false);
            return;
        }
        let next = selected_index(&t, &view).map_or(0, |i| i + 1);
        let Some(event) = t.get(next) else {
            set_playing.set(false);
            return;
        };
        let id = event.id.clone();
        let mine = ticket.get_value() + 1;
        ticket.set_value(mine);
        set_timeout(
            move || {
                if playing.get_untracked() && ticket.get_value() == mine {
                    sel.set_view.set(View::Event(id));
                }
            },
            PLAY_STEP,
        );
    });
    let toggle = move || {
        let timeline = timeline.get_value();
        let now = !playing.get_untracked();
        // Starting from a scenario, or at the end, begins at the first event.
        if now {
            let at_end = selected_index(&timeline, &sel.view.get_untracked())
                .is_none_or(|i| i + 1 >= timeline.len());
            if at_end {
                if let Some(first) = timeline.get(0) {
                    sel.set_view.set(View::Event(first.id.clone()));
                }
            }
        }
        set_playing.set(now);
    };
    (playing, toggle)
}

/// `n` flags, of which the one at `index()` (if any) is set. When the index
/// moves, only the old and the new flag change, so of a list's entries only
/// those two update. (Leptos's `Selector` does the same, but it is built on
/// an isomorphic render effect, which needs an async executor that the
/// build-time pre-render does not have; plain `Effect`s do not run there.)
fn use_one_hot(
    n: usize,
    index: impl Fn() -> Option<usize> + Send + Sync + 'static,
) -> Vec<ReadSignal<bool>> {
    let first = untrack(&index);
    let flags: Vec<(ReadSignal<bool>, WriteSignal<bool>)> =
        (0..n).map(|i| signal(first == Some(i))).collect();
    let writers: Vec<WriteSignal<bool>> = flags.iter().map(|(_, w)| *w).collect();
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = index();
        let before = previous.unwrap_or(first);
        if before != now {
            if let Some(w) = before.and_then(|i| writers.get(i)) {
                w.set(false);
            }
            if let Some(w) = now.and_then(|i| writers.get(i)) {
                w.set(true);
            }
        }
        now
    });
    flags.into_iter().map(|(r, _)| r).collect()
}

/// How far a key moves the selection: one entry for the arrows, to the
/// first or last for Home and End; `None` for any other key.
fn key_step(key: &str, count: usize) -> Option<isize> {
    let all = isize::try_from(count).unwrap_or(isize::MAX);
    match key {
        "ArrowRight" | "ArrowDown" => Some(1),
        "ArrowLeft" | "ArrowUp" => Some(-1),
        "Home" => Some(-all),
        "End" => Some(all),
        _ => None,
    }
}

/// The timeline: one link per event, with `data-event`, `data-date` and
/// `aria-current` on the selected one. Arrow keys, Home and End move the
/// selection; a Play button steps through.
#[component]
pub fn TimelineView(timeline: Arc<Timeline>) -> impl IntoView {
    let sel = expect_context::<Selection>();
    let tr = super::use_strings();
    let stored = StoredValue::new(timeline.clone());
    let (playing, toggle_play) = use_player(stored, sel);
    let count = timeline.len();
    let lang = tr.lang();
    // Arrow keys move along the events and stop at the ends.
    let step = move |delta: isize| {
        let t = stored.get_value();
        let current = selected_index(&t, &sel.view.get_untracked());
        let next = match (current, delta) {
            (None, d) if d < 0 => count.saturating_sub(1),
            (None, _) => 0,
            (Some(i), d) => i.saturating_add_signed(d).min(count.saturating_sub(1)),
        };
        if let Some(e) = t.get(next) {
            sel.set_view.set(View::Event(e.id.clone()));
            focus_selector(&format!("[data-event=\"{}\"]", e.id));
        }
    };
    let target =
        move |d: isize| Memo::new(move |_| step_target(&stored.get_value(), &sel.view.get(), d));
    let (previous, next) = (target(-1), target(1));
    let on_key = move |ev: KeyboardEvent| {
        if let Some(delta) = key_step(&ev.key(), count) {
            step(delta);
            ev.prevent_default();
        }
    };
    use_reveal_selected(timeline.clone(), sel);
    let t_play = tr.t("timeline.play").to_string();
    let t_pause = tr.t("timeline.pause").to_string();
    view! {
        <nav class="timeline" aria-label=tr.t("timeline.aria").to_string()>
            <div class="timeline__controls">
                {step_link("previous", tr.t("timeline.previous"), "◀", previous, lang, sel)}
                <button
                    type="button"
                    class="timeline__play"
                    data-play=""
                    data-js-only=""
                    disabled=crate::chrome::app_off()
                    aria-pressed=move || playing.get().to_string()
                    on:click=move |_| toggle_play()
                >
                    {move || if playing.get() { t_pause.clone() } else { t_play.clone() }}
                </button>
                {step_link("next", tr.t("timeline.next"), "▶", next, lang, sel)}
                <span class="timeline__hint" data-js-only="">{tr.t("timeline.hint").to_string()}</span>
            </div>
            <ol class="timeline__events" on:keydown=on_key>
                {entries(&timeline, sel)}
            </ol>
        </nav>
    }
}

/// The previous or next step: a link to the page it leads to, which the
/// app follows in place.
fn step_link(
    which: &'static str,
    label: &str,
    arrow: &'static str,
    target: Memo<View>,
    lang: crate::url_state::Lang,
    sel: Selection,
) -> impl IntoView {
    let go = follow_link(move || sel.set_view.set(target.get_untracked()));
    view! {
        <a
            class="timeline__step"
            data-step=which
            role="button"
            href=move || page_file(&target.get(), lang)
            aria-label=label.to_string()
            on:click=go.click
            on:keydown=go.key
        >
            {arrow}
        </a>
    }
}

/// Keeps the selected entry scrolled into view, e.g. while playing; once
/// the step is painted, so the layout read and the scroll stay out of the
/// step's frame. Not before the app is ready: until then the page's
/// layout is still the written one (the controls and hints a script
/// shows are not there yet), and a scroll measured in it lands wrong.
fn use_reveal_selected(t: Arc<Timeline>, sel: Selection) {
    let ready = crate::chrome::use_chrome().ready;
    Effect::new(move |_| {
        let settled = sel.settled.get();
        if !ready.get() {
            return;
        }
        if let Some(i) = selected_index(&t, &settled) {
            // The list is the scroller (a row, or a column where the
            // timeline is a list); each entry is one of its items.
            let item = format!(".timeline__events > li:nth-child({})", i + 1);
            centre_in_scroller(&item, ".timeline__events");
        }
    });
}

/// One link per event (to its page; the app follows it in place). A step wakes only the entries that change (the
/// old and the new selection), not one check per entry; the selected
/// entry, or the first, is the one in the tab order (roving tabindex).
fn entries(timeline: &Arc<Timeline>, sel: Selection) -> impl IntoView {
    let tr = super::use_strings();
    let lang = tr.lang();
    let count = timeline.len();
    let t = timeline.clone();
    let selected = Memo::new(move |_| selected_index(&t, &sel.view.get()));
    let current = use_one_hot(count, move || selected.get());
    let tab_stop = use_one_hot(count, move || Some(selected.get().unwrap_or(0)));
    let ready = crate::chrome::use_chrome().ready;
    timeline
        .events()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let id = e.id.clone();
            let is_selected = current[i];
            let stop = tab_stop[i];
            // Written pages keep every entry in the tab order: the arrow
            // keys that move between entries need the app.
            let tabindex = move || {
                if !ready.get() || stop.get() {
                    "0"
                } else {
                    "-1"
                }
            };
            let click_id = id.clone();
            let go = follow_link(move || sel.set_view.set(View::Event(click_id.clone())));
            view! {
                <li>
                    <a
                        class="event"
                        href=page_file(&View::Event(id.clone()), lang)
                        data-event=id.to_string()
                        data-date=e.date.to_string()
                        aria-current=move || is_selected.get().then_some("true")
                        tabindex=tabindex
                        on:click=go.click
                    >
                        <span class="event__year">{e.date.year()}</span>
                        <span class="event__title">{tr.event_title(e)}</span>
                    </a>
                </li>
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::{key_step, step_target};
    use crate::model::Scenario;
    use crate::url_state::View;

    #[test]
    fn steps_run_from_the_status_quo_through_the_events_and_back() {
        let t = crate::load::tests::timeline();
        let today = View::Scenario(Scenario::StatusQuo);
        let first = View::Event(t.get(0).expect("first").id.clone());
        let last = View::Event(t.get(t.len() - 1).expect("last").id.clone());
        assert_eq!(step_target(&t, &today, 1), first);
        assert_eq!(step_target(&t, &today, -1), last);
        assert_eq!(step_target(&t, &last, 1), today);
        assert_eq!(step_target(&t, &first, -1), today);
        let second = View::Event(t.get(1).expect("second").id.clone());
        assert_eq!(step_target(&t, &first, 1), second);
        assert_eq!(step_target(&t, &second, -1), first);
    }

    #[test]
    fn arrows_step_by_one_and_home_and_end_go_to_the_ends() {
        assert_eq!(key_step("ArrowRight", 24), Some(1));
        assert_eq!(key_step("ArrowUp", 24), Some(-1));
        assert_eq!(key_step("Home", 24), Some(-24));
        assert_eq!(key_step("End", 24), Some(24));
        assert_eq!(key_step("a", 24), None);
    }
}
