//! Leptos components, one per file.

mod area_table;
mod error_banner;
mod map_view;

pub use area_table::AreaTable;
pub use error_banner::ErrorBanner;
pub use map_view::{MapData, MapView};
