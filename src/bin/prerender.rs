//! Build-time pre-render: draws the page at its default state (the status
//! quo, today) with the same components the browser app uses, natively,
//! and writes the HTML that Trunk inlines into `index.html`. Readers see
//! the map before the WebAssembly arrives, or without JavaScript.
//!
//! Usage: `prerender <out.html> [geodata-dir]`. Fails, naming the file,
//! if the data does not load: a broken bundle must not ship.

use kuril_map::app::{page_body, Shell};
use kuril_map::components::NoScript;
use kuril_map::error::MapError;
use kuril_map::load::Loaded;
use kuril_map::model::files::{CONTEXT, ISLANDS, LINES, TIMELINE};
use kuril_map::selection::provide_selection;
use kuril_map::url_state::View;
use leptos::prelude::*;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn read(dir: &Path, name: &str) -> Result<String, MapError> {
    let path = dir.join(name);
    std::fs::read_to_string(&path).map_err(|e| MapError::Fetch {
        resource: path.display().to_string(),
        detail: e.to_string(),
    })
}

fn load(dir: &Path) -> Result<Loaded, MapError> {
    let loaded = Loaded::from_texts(
        &read(dir, ISLANDS.name)?,
        &read(dir, CONTEXT.name)?,
        &read(dir, LINES.name)?,
        read(dir, TIMELINE.name),
    )?;
    if let Err(e) = &loaded.timeline {
        return Err(e.clone());
    }
    Ok(loaded)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let Some(out) = args.get(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <out.html> [geodata-dir]");
        return ExitCode::from(2);
    };
    let dir = PathBuf::from(args.get(2).map_or("geodata", String::as_str));
    let loaded = match load(&dir) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let islands = loaded.map.islands.clone();
    let timeline = loaded.timeline.clone().ok();
    let html = Owner::new().with(|| {
        provide_selection(View::default());
        view! {
            <Shell embed=false problems=Vec::new()>{page_body(Ok(loaded))}</Shell>
            <NoScript islands=islands timeline=timeline />
        }
        .to_html()
    });
    if let Some(parent) = out.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    match std::fs::write(&out, format!("<div id=\"prerendered\">{html}</div>")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: cannot write {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
