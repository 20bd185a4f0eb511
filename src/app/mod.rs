//! The application root: reads the URL, loads the data, attaches to the
//! page the build wrote, owns the selection signal and keeps the URL in
//! step with it.

mod start;
mod sync;

use crate::components::{ErrorBanner, Explorer, LangSwitcher, UrlNotice};
use crate::error::MapError;
use crate::load::Loaded;
use crate::model::files::{CONTEXT, ISLANDS, LINES, TIMELINE};
use crate::selection::{provide_selection, Selection};
use crate::url_state::page_file;
use crate::web;
use leptos::prelude::*;
use start::known_view;
#[cfg(feature = "hydrate")]
pub use start::start;
pub use start::{cannot_attach, language_page, Start};
use sync::{use_state_messages, use_url_sync};

/// The page around the map: headline, link notice, the map panel and
/// the credits. Shared by the browser app and the build-time pre-render.
/// (`view=map`, the chrome's `map_only`, keeps only the map, its legend
/// and land split, and the data attribution in sight; the rest stays in
/// the page for the live region, hidden.)
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let tr = crate::components::use_strings();
    let chrome = crate::chrome::use_chrome();
    let (embed, map_only) = (chrome.embed, chrome.map_only);
    // An article's frame leaves the area table and the long credits to
    // the full page: a link to it at the state shown (CSS shows it only
    // in a frame).
    let selection = use_context::<Selection>();
    let lang = tr.lang();
    let full_page = move || {
        let view = selection.map(|s| s.settled.get()).unwrap_or_default();
        page_file(&view, lang)
    };
    view! {
        <div class="page" class:embed=move || embed.get() class:map-only=move || map_only.get()>
            <header class="masthead">
                <LangSwitcher />
                <p class="kicker">{tr.t("kicker").to_string()}</p>
                <h1>{tr.t("title").to_string()}</h1>
                <p class="dek">{tr.t("dek").to_string()}</p>
            </header>
            <UrlNotice />
            <main class="map-panel">{children()}</main>
            <footer class="credits">
                <p>
                    <a href="https://www.openstreetmap.org/copyright">{tr.t("map.attribution").to_string()}</a>
                    " (ODbL). "
                    <span class="credits__more">{tr.t("credits").to_string()}</span>
                    <a class="credits__full" href=full_page target="_blank" rel="noopener">
                        {tr.t("credits_full").to_string()}
                    </a>
                </p>
                {data_links(&tr)}
            </footer>
        </div>
    }
}

/// Links to the data the map is drawn from, with their sources and
/// licences, as a chart's "Get the data".
fn data_links(tr: &std::sync::Arc<crate::i18n::Strings>) -> impl IntoView {
    let tr = tr.clone();
    let html = crate::components::written(move || data_links_inside(&tr));
    view! { <p class="credits__data" data-get-data="" inner_html=html></p> }
}

fn data_links_inside(tr: &crate::i18n::Strings) -> impl IntoView {
    use crate::model::files::{DATA_README, SOURCES_DOC};
    let files = [
        (ISLANDS.url, "data.islands"),
        (CONTEXT.url, "data.context"),
        (LINES.url, "data.lines"),
        (TIMELINE.url, "data.timeline"),
        (SOURCES_DOC, "data.sources"),
        (DATA_README, "data.licence"),
    ];
    let links = files
        .into_iter()
        .enumerate()
        .map(|(i, (href, key))| {
            view! { {(i > 0).then_some(" · ")}<a href=href>{tr.t(key).to_string()}</a> }
        })
        .collect_view();
    view! { {tr.t("data.label").to_string()}" "{links} }
}

/// The page content for `loaded`, as both the app and the pre-render
/// draw it: the explorer, or the message for data that failed.
pub fn page_body(loaded: Result<Loaded, MapError>) -> AnyView {
    match loaded {
        Ok(loaded) => view! { <Explorer loaded=loaded /> }.into_any(),
        Err(e) => {
            let lead = crate::components::use_strings()
                .t("error_prefix")
                .to_string();
            view! { <ErrorBanner message=e.to_string() lead=lead /> }.into_any()
        }
    }
}

/// The browser app: the same page as the build wrote, at the page's own
/// state. Once attached, it applies what the link asks for (its state,
/// a frame's chrome, the notices) and, a frame later, is ready.
#[allow(non_snake_case)]
pub fn App(start: Start) -> impl IntoView {
    let Start {
        loaded,
        page,
        url,
        problems,
    } = start;
    provide_context(loaded.strings.clone());
    let chrome = crate::chrome::provide_chrome();
    let selection = provide_selection(page.view.clone(), chrome.ready.into());
    let framed = web::in_frame();
    use_url_sync(url.clone(), page, selection, framed);
    if framed {
        use_state_messages(url.lang, selection);
    }
    let (view, unknown) = known_view(url.view.clone(), &loaded);
    let lang = loaded.strings.lang();
    Effect::new(move |done: Option<()>| {
        if done.is_some() {
            return;
        }
        chrome.embed.set(url.embed);
        chrome.map_only.set(url.map_only);
        chrome.problems.set(problems.clone());
        chrome.unknown_event.set(unknown.clone());
        selection.jump(view.clone());
        // Ready once the link's state is on screen: what it set is not a
        // change to announce, to put in the history or to tell a host.
        request_animation_frame(move || {
            chrome.ready.set(true);
            web::mark_ready(lang.as_str());
            if framed {
                web::report_height_to_parent();
            }
        });
    });
    view! { <Shell>{page_body(Ok(loaded))}</Shell> }
}
