//! Build-time pre-render: draws the page at its default state (the status
//! quo, today) with the same components the browser app uses, natively,
//! and writes the HTML that Trunk inlines into `index.html` (which the
//! `pages` step then uses as the template of every state's page). Readers see
//! the map before the WebAssembly arrives, or without JavaScript.
//!
//! Usage: `prerender <out.html> [geodata-dir]`. Fails, naming the file,
//! if the data does not load: a broken bundle must not ship.

use kuril_map::i18n::Strings;
use kuril_map::site::{load_dir, render_body};
use kuril_map::url_state::View;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(out) = args.get(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <out.html> [geodata-dir]");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(args.get(2).map_or("geodata", String::as_str));
    let loaded = match load_dir(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let english = std::sync::Arc::new(Strings::english());
    let html = render_body(&loaded, &View::default(), english);
    if let Some(parent) = out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    match std::fs::write(
        &out,
        format!("<div id=\"prerendered\">{html}</div><!--/prerendered-->"),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
