use super::Moment;
use crate::app::Selection;
use crate::export::standalone_svg;
use crate::format::format_date;
use crate::model::IsoDate;
use crate::text::scenario_label;
use crate::url_state::UrlState;
use crate::web;
use leptos::prelude::*;

/// Today's date in the reader's clock, for labelling scenario exports.
fn today() -> Option<IsoDate> {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10)?.parse().ok()
}

/// Copy link, embed, and image downloads (SVG and PNG) of the view.
#[component]
pub fn ShareBar(moment: Signal<Moment>, width: f64, height: f64) -> impl IntoView {
    let sel = expect_context::<Selection>();
    let (status, set_status) = signal(String::new());
    let copy = move |_| {
        let url = web::current_url();
        leptos::task::spawn_local(async move {
            let ok = web::copy_text(&url).await;
            set_status.set(if ok {
                "Link copied.".into()
            } else {
                format!("Copy this link: {url}")
            });
        });
    };
    let embed_href = move || {
        let state = UrlState {
            view: sel.view.get(),
            ..UrlState::default()
        };
        format!("embed.html{}", state.to_query())
    };
    let titles = move || match moment.get_untracked() {
        Moment::Event(e) => (e.title.clone(), format_date(e.date), e.id.clone()),
        Moment::Scenario(s) => (
            format!("Scenario: {}", scenario_label(s)),
            today().map_or("Hypothetical outcome".to_string(), |d| {
                format!("Hypothetical outcome, drawn {}", format_date(d))
            }),
            s.as_str().to_string(),
        ),
    };
    let build = move || {
        let (title, subtitle, slug) = titles();
        let map = web::serialize_map(width, height)?;
        let credit =
            "Coastlines © OpenStreetMap contributors (ODbL) · Southern Kuril Islands scenario map";
        Some((
            standalone_svg(&map, width, height, &title, &subtitle, credit),
            slug,
        ))
    };
    let total_height = height + crate::export::HEADER + crate::export::FOOTER;
    let svg_download = move |_| match build() {
        Some((svg, slug)) => {
            if let Some(blob) = web::text_blob(&svg, "image/svg+xml") {
                web::download(&format!("kuril-map-{slug}.svg"), "image/svg+xml", &blob);
                set_status.set("SVG downloaded.".into());
            }
        }
        None => set_status.set("The map could not be exported.".into()),
    };
    let png_download = move |_| match build() {
        Some((svg, slug)) => {
            web::download_png(
                &svg,
                width,
                total_height,
                2.0,
                &format!("kuril-map-{slug}.png"),
            );
            set_status.set("PNG downloaded.".into());
        }
        None => set_status.set("The map could not be exported.".into()),
    };
    view! {
        <div class="share" role="group" aria-label="Share and download">
            <button type="button" data-share="copy" on:click=copy>"Copy link"</button>
            <a class="share__embed" data-share="embed" href=embed_href>"Embed"</a>
            <button type="button" data-export="svg" on:click=svg_download>"Download SVG"</button>
            <button type="button" data-export="png" on:click=png_download>"Download PNG"</button>
            <span class="share__status" role="status">{move || status.get()}</span>
        </div>
    }
}
