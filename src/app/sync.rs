//! The app and the page's surroundings: the URL's history, and the
//! messages a framed map sends its host.

use crate::selection::Selection;
use crate::url_state::{UrlState, View};
use crate::web;
use leptos::prelude::*;

/// How long a selection must hold before it gets its own history entry.
/// Stepping quickly through the timeline then leaves one entry, not
/// twenty, and the history call stays off the interaction's frame.
const HISTORY_SETTLE: std::time::Duration = std::time::Duration::from_millis(400);

/// Keeps the URL in step with the selection: each settled change once
/// the app is ready pushes a history entry, and back/forward restore the
/// selection. (The link's own state, applied before the app is ready, is
/// already in the URL.)
pub(super) fn use_url_sync(base: UrlState, page: UrlState, selection: Selection, framed: bool) {
    let restoring = StoredValue::new(false);
    let ticket = StoredValue::new(0u64);
    Effect::new(move |was_live: Option<bool>| {
        let live = selection.live.get();
        let restored = restoring.get_value();
        restoring.set_value(false);
        // A change: live before and now (the memo holds no repeats), and
        // not back/forward's own.
        if let (Some(true), Some(view), false) = (was_live, &live, restored) {
            let query = UrlState {
                view: view.clone(),
                ..base.clone()
            }
            .to_query();
            let mine = ticket.get_value() + 1;
            ticket.set_value(mine);
            set_timeout(
                move || {
                    if ticket.get_value() == mine && web::current_query() != query {
                        // In a frame, no entry in the host page's history.
                        if framed {
                            web::replace_query(&query);
                        } else {
                            web::push_query(&query);
                        }
                    }
                },
                HISTORY_SETTLE,
            );
        }
        live.is_some()
    });

    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        // An entry without a query is the page's own state.
        let (state, _) = UrlState::parse_over(page.clone(), &web::current_query());
        // Only a real change reaches the URL effect, which clears the flag.
        restoring.set_value(state.view != selection.settled.get_untracked());
        selection.set_view.set(state.view);
    });
    on_cleanup(move || handle.remove());
}

/// Tells the embedding page the state once the app is ready, and every
/// change after: `{ type: "kuril-map:state", scenario, event, lang }`.
pub(super) fn use_state_messages(lang: crate::url_state::Lang, selection: Selection) {
    Effect::new(move |_| {
        if let Some(view) = selection.live.get() {
            let (scenario, event) = match &view {
                View::Scenario(s) => (s.as_str().into(), wasm_bindgen::JsValue::NULL),
                View::Event(id) => (wasm_bindgen::JsValue::NULL, id.as_str().into()),
            };
            web::post_to_parent(
                "kuril-map:state",
                &[
                    ("scenario", scenario),
                    ("event", event),
                    ("lang", lang.as_str().into()),
                ],
            );
        }
    });
}
