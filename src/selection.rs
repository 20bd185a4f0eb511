//! The selection: what the map shows, shared with every control through
//! context, and the stages in which a change reaches the screen. Also the
//! [`Moment`] a view stands for once the timeline is known.

use crate::model::{Event, IsoDate, MapState, Scenario, Timeline};
use crate::url_state::View;
use leptos::prelude::*;
use std::sync::Arc;

/// The selection, shared with every control: what the map shows.
/// `Copy`, so children take it from context and move it into closures.
///
/// A step reaches the screen in stages, one frame each, so that no frame
/// carries all of it: `view` (the map and the pressed control), then
/// `shown` (the annotation card), then `keyed` (the card's sources, the
/// legend, or map key, and the land split), then `settled` (what is read
/// out or followed rather than seen: accessible names, the live region,
/// links, the URL, messages to an embedding page, the timeline's scroll
/// position).
#[derive(Clone, Copy)]
pub struct Selection {
    pub view: ReadSignal<View>,
    pub set_view: WriteSignal<View>,
    /// `view`, once the frame showing it has been painted.
    pub shown: ReadSignal<View>,
    /// `shown`, once the frame showing it has been painted.
    pub keyed: ReadSignal<View>,
    /// `keyed`, once the frame showing it has been painted.
    pub settled: ReadSignal<View>,
    /// `settled`, once the app is ready; `None` before. What follows it
    /// (the history, the host's `kuril-map:state`, the live region) then
    /// never takes the page's own state or the link's for a change.
    pub live: Memo<Option<View>>,
    /// Sets every stage at once (`jump`).
    stages: [WriteSignal<View>; 3],
}

impl Selection {
    /// Shows `view` in every stage at once, without the staged steps: for
    /// the state a link asks for, applied before the app is ready.
    pub fn jump(&self, view: View) {
        self.set_view.set(view.clone());
        for set in self.stages {
            set.set(view.clone());
        }
    }
}

/// Provides a [`Selection`] starting at `view` and returns it; `ready`
/// says when the app is ready (see [`Selection::live`]).
pub fn provide_selection(view: View, ready: Signal<bool>) -> Selection {
    let (view, set_view) = signal(view);
    let (shown, set_shown) = follow_after_paint(view);
    let (keyed, set_keyed) = follow_after_paint(shown);
    let (settled, set_settled) = follow_after_paint(keyed);
    let live = Memo::new(move |_| ready.get().then(|| settled.get()));
    let selection = Selection {
        view,
        set_view,
        shown,
        keyed,
        settled,
        live,
        stages: [set_shown, set_keyed, set_settled],
    };
    provide_context(selection);
    selection
}

/// A signal that takes `source`'s value once the frame showing the change
/// has been painted: a task queued from requestAnimationFrame runs after
/// that frame's style, layout and paint. A newer change voids an older
/// pending one. (Effects do not run in the pre-render, where both agree
/// from the start.)
fn follow_after_paint(source: ReadSignal<View>) -> (ReadSignal<View>, WriteSignal<View>) {
    let (follower, set_follower) = signal(source.get_untracked());
    let ticket = StoredValue::new(0u64);
    Effect::new(move |_| {
        let now = source.get();
        let mine = ticket.get_value().wrapping_add(1);
        ticket.set_value(mine);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    if ticket.get_value() == mine && follower.get_untracked() != now {
                        set_follower.set(now);
                    }
                },
                std::time::Duration::ZERO,
            );
        });
    });
    (follower, set_follower)
}

/// What the annotation card shows.
#[derive(Clone, Debug)]
pub enum Moment {
    Scenario(Scenario),
    Event(Arc<Event>),
}

/// Equal when they show the same thing; a shared event is compared by
/// pointer first, so a memo's check costs nothing on the usual path.
impl PartialEq for Moment {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Moment::Scenario(a), Moment::Scenario(b)) => a == b,
            (Moment::Event(a), Moment::Event(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

impl Moment {
    /// What the map shows at this moment.
    pub fn state(&self) -> MapState {
        match self {
            Moment::Scenario(s) => s.state(),
            Moment::Event(e) => e.state.clone(),
        }
    }

    /// The event shown, if the moment is an event.
    pub fn event(&self) -> Option<Arc<Event>> {
        match self {
            Moment::Event(e) => Some(e.clone()),
            Moment::Scenario(_) => None,
        }
    }

    /// The event's date; `None` for a scenario (hypothetical).
    pub fn date(&self) -> Option<IsoDate> {
        match self {
            Moment::Scenario(_) => None,
            Moment::Event(e) => Some(e.date),
        }
    }
}

/// The moment a view shows: a scenario, or a timeline event (a view whose
/// event the timeline lacks shows the status quo).
pub fn use_moment(view: ReadSignal<View>, timeline: Option<Arc<Timeline>>) -> Memo<Moment> {
    Memo::new(move |_| match view.get() {
        View::Scenario(s) => Moment::Scenario(s),
        View::Event(id) => timeline
            .as_ref()
            .and_then(|t| t.shared(&id))
            .map(Moment::Event)
            .unwrap_or(Moment::Scenario(Scenario::StatusQuo)),
    })
}
