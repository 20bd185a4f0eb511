//! Leptos components, one per file.

mod error_banner;
mod map_view;

pub use error_banner::ErrorBanner;
pub use map_view::MapView;
