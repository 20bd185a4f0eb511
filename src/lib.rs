//! Kuril Islands scenario map.
//!
//! The crate is split in two:
//!
//! * a pure core with no UI imports, built and tested natively:
//!   [`projection`], [`path`], [`model`], [`layout`], [`url_state`],
//!   [`text`], [`format`] and [`error`];
//! * the Leptos user interface: [`app`] and [`components`], plus the
//!   browser glue in [`web`].
#![warn(clippy::unwrap_used)]
// Leptos views are deeply nested types; the map view needs more room.
#![recursion_limit = "512"]

pub mod error;
pub mod export;
pub mod format;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod path;
pub mod projection;
pub mod text;
pub mod url_state;
pub mod zoom;

pub mod app;
pub mod components;
pub mod web;

pub use app::App;
