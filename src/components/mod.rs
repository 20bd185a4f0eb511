//! Leptos components, one per file.

mod annotation;
mod area_table;
mod error_banner;
mod explorer;
mod lang_switcher;
mod legend;
mod map;
mod noscript;
mod scenario_picker;
mod share_bar;
mod timeline_view;
mod url_notice;

pub use annotation::Annotation;
pub use area_table::AreaTable;
pub use error_banner::ErrorBanner;
pub use explorer::Explorer;
pub use lang_switcher::LangSwitcher;
pub use legend::Legend;
pub use map::MapView;
pub use noscript::NoScript;
pub use scenario_picker::ScenarioPicker;
pub use share_bar::ShareBar;
pub use timeline_view::TimelineView;
pub use url_notice::UrlNotice;

use crate::i18n::Strings;
use std::sync::Arc;

/// The page's strings, from context; English if none was provided.
pub fn use_strings() -> Arc<Strings> {
    leptos::prelude::use_context::<Arc<Strings>>().unwrap_or_else(|| Arc::new(Strings::english()))
}
