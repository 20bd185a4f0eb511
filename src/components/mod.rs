//! Leptos components, one per file.

mod annotation;
mod area_table;
mod error_banner;
mod explorer;
mod lang_switcher;
mod legend;
mod map;
mod scenario_picker;
mod share_bar;
mod timeline_view;
mod url_notice;
mod written;

pub use annotation::Annotation;
pub use area_table::AreaTable;
pub use error_banner::ErrorBanner;
pub use explorer::Explorer;
pub use lang_switcher::LangSwitcher;
pub use legend::Legend;
pub use map::MapView;
pub use scenario_picker::ScenarioPicker;
pub use share_bar::ShareBar;
pub use timeline_view::TimelineView;
pub use url_notice::UrlNotice;
pub use written::written;

use crate::i18n::Strings;
use std::sync::Arc;

/// The page's strings, from context; English if none was provided.
pub fn use_strings() -> Arc<Strings> {
    leptos::prelude::use_context::<Arc<Strings>>().unwrap_or_else(|| Arc::new(Strings::english()))
}

/// A link the app follows in place: a plain click runs `act` instead of
/// loading the page, and Space does too (the link has `role="button"`,
/// and buttons answer to Space). A click with a modifier key, or the
/// middle button, is left to the browser (a new tab at that state).
pub struct FollowLink<C, K> {
    pub click: C,
    pub key: K,
}

pub fn follow_link(
    act: impl Fn() + Clone + 'static,
) -> FollowLink<impl Fn(leptos::ev::MouseEvent) + Clone, impl Fn(leptos::ev::KeyboardEvent) + Clone>
{
    let on_key = act.clone();
    FollowLink {
        click: move |ev: leptos::ev::MouseEvent| {
            let plain = ev.button() == 0
                && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
            if plain {
                ev.prevent_default();
                act();
            }
        },
        key: move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == " " {
                ev.prevent_default();
                on_key();
            }
        },
    }
}
