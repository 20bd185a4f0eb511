use super::use_strings;
use crate::chrome::app_off;
use crate::export::standalone_svg;
use crate::i18n::Strings;
use crate::model::IsoDate;
use crate::selection::{Moment, Selection};
use crate::text::scenario_label;
use crate::url_state::{page_file, UrlState};
use crate::web;
use leptos::prelude::*;

/// Today's date in the reader's clock, for labelling scenario exports.
fn today() -> Option<IsoDate> {
    web::today_iso().parse().ok()
}

/// The export's title, subtitle and file-name slug for `moment`.
fn export_titles(t: &Strings, moment: &Moment) -> (String, String, String) {
    match moment {
        Moment::Event(e) => (t.event_title(e), t.date(e.date), e.id.to_string()),
        Moment::Scenario(s) => (
            t.f(
                "export.scenario_title",
                &[("label", &scenario_label(t, *s))],
            ),
            today().map_or(String::new(), |d| {
                t.f("export.hypothetical", &[("date", &t.date(d))])
            }),
            s.as_str().to_string(),
        ),
    }
}

/// The standalone SVG of the map as shown (`map`, serialised), with its
/// titles and credit, and the file-name slug.
fn export_svg(
    t: &Strings,
    moment: &Moment,
    map: &str,
    width: f64,
    height: f64,
) -> (String, String) {
    let (title, subtitle, slug) = export_titles(t, moment);
    let credit = format!("{} (ODbL)", t.t("map.attribution"));
    (
        standalone_svg(map, width, height, &title, &subtitle, &credit),
        slug,
    )
}

/// Copy link, embed, and image downloads (SVG and PNG) of the view.
#[component]
pub fn ShareBar(
    moment: Signal<Moment>,
    /// The map's SVG element, whose current look the images export.
    svg_ref: NodeRef<leptos::svg::Svg>,
    width: f64,
    height: f64,
) -> impl IntoView {
    let sel = expect_context::<Selection>();
    let tr = use_strings();
    let off = app_off();
    let (status, set_status) = signal(String::new());
    let t = tr.clone();
    // The link handed out is the state's own page, which previews and
    // works without a script wherever it is pasted.
    let lang = tr.lang();
    let copy = move |_| {
        let url = web::sibling_url(&page_file(&sel.settled.get_untracked(), lang));
        let t = t.clone();
        leptos::task::spawn_local(async move {
            let ok = web::copy_text(&url).await;
            set_status.set(if ok {
                t.t("share.copied").to_string()
            } else {
                t.f("share.copy_this", &[("url", &url)])
            });
        });
    };
    let embed_href = move || {
        let state = UrlState {
            view: sel.settled.get(),
            lang,
            ..UrlState::default()
        };
        format!("embed.html{}", state.to_query())
    };
    let t = tr.clone();
    let build = move || {
        let svg = svg_ref.get_untracked()?;
        let map = web::serialize_map(&svg, width, height)?;
        Some(export_svg(&t, &moment.get_untracked(), &map, width, height))
    };
    let build2 = build.clone();
    let total_height = height + crate::export::HEADER + crate::export::FOOTER;
    let (t1, t2) = (tr.clone(), tr.clone());
    let svg_download = move |_| match build() {
        Some((svg, slug)) => {
            if let Some(blob) = web::text_blob(&svg, "image/svg+xml") {
                web::download(&format!("kuril-map-{slug}.svg"), &blob);
                set_status.set(t1.t("share.svg_done").to_string());
            }
        }
        None => set_status.set(t1.t("share.failed").to_string()),
    };
    let png_download = move |_| match build2() {
        Some((svg, slug)) => {
            web::download_png(
                &svg,
                width,
                total_height,
                2.0,
                &format!("kuril-map-{slug}.png"),
            );
            set_status.set(t2.t("share.png_done").to_string());
        }
        None => set_status.set(t2.t("share.failed").to_string()),
    };
    view! {
        <div class="share" role="group" aria-label=tr.t("share.aria").to_string()>
            <button type="button" data-share="copy" data-js-only="" disabled=off on:click=copy>{tr.t("share.copy").to_string()}</button>
            <a class="share__embed" data-share="embed" href=embed_href>{tr.t("share.embed").to_string()}</a>
            <button type="button" data-export="svg" data-js-only="" disabled=off on:click=svg_download>{tr.t("share.svg").to_string()}</button>
            <button type="button" data-export="png" data-js-only="" disabled=off on:click=png_download>{tr.t("share.png").to_string()}</button>
            <span class="share__status" role="status">{move || status.get()}</span>
        </div>
    }
}
