//! Kuril Islands scenario map.
//!
//! The crate is split in two:
//!
//! * a pure core with no UI imports, built and tested natively:
//!   [`projection`], [`path`], [`model`], [`layout`], [`lang`],
//!   [`url_state`], [`i18n`], [`text`], [`format`], [`export`], [`zoom`]
//!   and [`error`]; then [`load`], the data loaded and checked, and
//!   [`state_data`], the form the build hands the browser;
//! * the Leptos user interface, depending one way: [`selection`] (the
//!   shared state) and [`chrome`] (the page around it) ← [`components`] ← [`app`] ← `main.rs`, and, at
//!   build time only, `site` (every state's page, natively) ← the
//!   pre-render and page writers; plus the browser glue in [`web`], which
//!   names no component.
#![warn(clippy::unwrap_used)]
// Leptos views are deeply nested types; the map view needs more room.
#![recursion_limit = "512"]

pub mod error;
pub mod export;
pub mod format;
pub mod i18n;
pub mod lang;
pub mod layout;
pub mod load;
pub mod model;
pub mod path;
pub mod projection;
pub mod state_data;
pub mod text;
pub mod url_state;
pub mod zoom;

pub mod app;
pub mod chrome;
pub mod components;
pub mod selection;
#[cfg(feature = "ssr")]
pub mod site;
pub mod web;

pub use app::App;
