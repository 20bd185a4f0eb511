//! What the page around the map starts as, and what the link then asks
//! of it: whether the app runs yet, a framed map's chrome, and the parts
//! of the link that were not understood.
//!
//! The build writes every page with these at their defaults (no app, no
//! frame, nothing to report). The browser attaches to that page with the
//! same defaults, so that both draw the same markup, and sets them from
//! the link once it has attached.

use crate::model::EventId;
use leptos::prelude::*;

/// Shared through context. `Copy`, like the selection.
#[derive(Clone, Copy)]
pub struct Chrome {
    /// The app runs: controls only it can work (play, zoom, copy, the
    /// downloads) are enabled, and the timeline has one tab stop.
    pub ready: RwSignal<bool>,
    /// `embed=1`: no headline, the frame's own language links.
    pub embed: RwSignal<bool>,
    /// `view=map`: only the map, its legend and land split.
    pub map_only: RwSignal<bool>,
    /// What the link asked for that was not understood.
    pub problems: RwSignal<Vec<String>>,
    /// An event the link named that the timeline does not have.
    pub unknown_event: RwSignal<Option<EventId>>,
}

impl Chrome {
    /// The page as the build writes it.
    pub fn written() -> Self {
        Chrome {
            ready: RwSignal::new(false),
            embed: RwSignal::new(false),
            map_only: RwSignal::new(false),
            problems: RwSignal::new(Vec::new()),
            unknown_event: RwSignal::new(None),
        }
    }
}

/// Provides [`Chrome::written`] and returns it.
pub fn provide_chrome() -> Chrome {
    let chrome = Chrome::written();
    provide_context(chrome);
    chrome
}

/// The page's chrome from context; the written page's where none was
/// provided.
pub fn use_chrome() -> Chrome {
    use_context::<Chrome>().unwrap_or_else(Chrome::written)
}

/// Whether the app runs, for a control's `disabled`: written disabled,
/// enabled once the app has attached.
pub fn app_off() -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    let ready = use_chrome().ready;
    move || !ready.get()
}
