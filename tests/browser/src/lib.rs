//! Harness for the browser end-to-end tests.
//!
//! Each test serves the built `dist/` from its own [`StaticServer`] on a
//! free loopback port, starts its own WebDriver process ([`Driver`]) for
//! the chosen [`Engine`], and opens a session. Everything is torn down
//! when the values drop.

mod driver;
mod server;

pub use driver::{Browser, Driver, Engine};
pub use server::StaticServer;

use std::path::PathBuf;

/// The built bundle under test: `$KURIL_DIST`, else `<repo>/dist`.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("KURIL_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no built bundle at {}: run `make dist` first (make test does)",
        dir.display()
    );
    dir
}

/// The engines to run: `$KURIL_ENGINES` (comma-separated), else Chromium.
pub fn engines() -> Vec<Engine> {
    let list = std::env::var("KURIL_ENGINES").unwrap_or_else(|_| "chromium".into());
    list.split(',')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap_or_else(|e| panic!("{e}")))
        .collect()
}
