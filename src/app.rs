//! The application root: reads the URL, loads the data, owns the
//! selection signal and keeps the URL in step with it.

use crate::components::{ErrorBanner, Explorer, LangSwitcher, UrlNotice};
use crate::error::MapError;
use crate::i18n::Strings;
use crate::load::Loaded;
use crate::model::files::{CONTEXT, ISLANDS, LINES, TIMELINE};
use crate::selection::{provide_selection, Selection};
use crate::url_state::{page_file, Lang, UrlState, View};
use crate::web;
use leptos::prelude::*;
use std::sync::Arc;

async fn load_all(lang: Lang) -> Result<Loaded, MapError> {
    // Start all the requests before waiting on any.
    let fetch = |f: crate::model::files::DataFile| web::fetch_text(f.url, f.resource);
    let (islands, context, lines, timeline) = (
        fetch(ISLANDS),
        fetch(CONTEXT),
        fetch(LINES),
        fetch(TIMELINE),
    );
    // English is compiled in; only another language's file is fetched.
    let strings = (lang != Lang::En).then(|| {
        let url = format!("geodata/i18n/{}.json", lang.as_str());
        web::fetch_text(&url, &crate::i18n::resource(lang))
    });
    let (islands, context, lines) = (islands.await?, context.await?, lines.await?);
    let mut loaded = Loaded::from_texts(&islands, &context, &lines, timeline.await)?;
    if let Some(strings) = strings {
        match strings.await.and_then(|t| Strings::from_json(lang, &t)) {
            Ok(s) => loaded.strings = Arc::new(s),
            Err(e) => loaded.strings_error = Some(e),
        }
    }
    Ok(loaded)
}

/// How long a selection must hold before it gets its own history entry.
/// Stepping quickly through the timeline then leaves one entry, not
/// twenty, and the history call stays off the interaction's frame.
const HISTORY_SETTLE: std::time::Duration = std::time::Duration::from_millis(400);

/// Keeps the URL in step with the selection: each settled change pushes a
/// history entry, and back/forward restore the selection.
fn use_url_sync(base: UrlState, page: UrlState, selection: Selection, framed: bool) {
    let restoring = StoredValue::new(false);
    let ticket = StoredValue::new(0u64);
    Effect::new(move |previous: Option<View>| {
        let view = selection.settled.get();
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
                        // In a frame, no entry in the host page's history.
                        if framed {
                            web::replace_query(&query);
                        } else {
                            web::push_query(&query);
                        }
                    }
                },
                HISTORY_SETTLE,
            );
        }
        restoring.set_value(false);
        view
    });

    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        // An entry without a query is the page's own state.
        let (state, _) = UrlState::parse_over(page.clone(), &web::current_query());
        // Only a real change reaches the URL effect, which clears the flag.
        restoring.set_value(state.view != selection.settled.get_untracked());
        selection.set_view.set(state.view);
    });
    on_cleanup(move || handle.remove());
}

/// Tells the embedding page about every state change:
/// `{ type: "kuril-map:state", scenario, event, lang }`.
fn use_state_messages(lang: crate::url_state::Lang, selection: Selection) {
    Effect::new(move |_| {
        let (scenario, event) = match selection.settled.get() {
            View::Scenario(s) => (s.as_str().into(), wasm_bindgen::JsValue::NULL),
            View::Event(id) => (wasm_bindgen::JsValue::NULL, id.as_str().into()),
        };
        web::post_to_parent(
            "kuril-map:state",
            &[
                ("scenario", scenario),
                ("event", event),
                ("lang", lang.as_str().into()),
            ],
        );
    });
}

/// The page around the map: headline, link notice, the map panel and
/// the credits. Shared by the browser app and the build-time pre-render.
#[component]
pub fn Shell(
    embed: bool,
    problems: Vec<String>,
    /// `view=map`: only the map, its legend and land split, and the data
    /// attribution (the rest stays in the page for the live region, hidden).
    #[prop(default = false)]
    map_only: bool,
    children: Children,
) -> impl IntoView {
    let tr = crate::components::use_strings();
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
        <div class="page" class:embed=embed class:map-only=map_only>
            <header class="masthead">
                <LangSwitcher embed=embed />
                <p class="kicker">{tr.t("kicker").to_string()}</p>
                <h1>{tr.t("title").to_string()}</h1>
                <p class="dek">{tr.t("dek").to_string()}</p>
            </header>
            <UrlNotice problems=problems />
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
fn data_links(tr: &crate::i18n::Strings) -> impl IntoView {
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
    view! { <p class="credits__data" data-get-data="">{tr.t("data.label").to_string()}" "{links}</p> }
}

/// The page content for `loaded`, as both the app and the pre-render
/// draw it: the explorer, or the message for data that failed.
pub fn page_body(loaded: Result<Loaded, MapError>) -> AnyView {
    match loaded {
        Ok(loaded) => view! { <Explorer loaded=loaded /> }.into_any(),
        Err(e) => view! { <ErrorBanner message=e.to_string() /> }.into_any(),
    }
}

/// The browser app. The pre-rendered page stays on screen until the data
/// is in; then the app draws the same page, takes its place in the same
/// task (no frame shows both), and applies the link's state.
#[component]
pub fn App() -> impl IntoView {
    // A state page starts at its own state; the query, as the contract
    // says, wins where it names something.
    let (page, _) = UrlState::parse(&web::page_state());
    let (url, problems) = UrlState::parse_over(page.clone(), &web::current_query());
    let selection = provide_selection(url.view.clone());
    let framed = web::in_frame();
    use_url_sync(url.clone(), page, selection, framed);
    let embed = url.embed;
    let map_only = url.map_only;
    let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let lang = url.lang;
    let data = LocalResource::new(move || load_all(lang));
    Effect::new(move |done: Option<bool>| {
        let ready = data.get().is_some();
        if ready && done != Some(true) {
            // The app takes the pre-rendered page's place only if it can
            // draw the map. If the live data failed, the pre-rendered map
            // (correct, and already on screen) stays, under a message.
            if let Some(Ok(l)) = data.get() {
                web::take_over(l.strings.lang().as_str());
            }
            if framed {
                web::report_height_to_parent();
            }
        }
        ready
    });
    if framed {
        use_state_messages(url.lang, selection);
    }

    move || {
        data.get().map(|result| match result {
            Ok(loaded) => {
                let mut problems = problems.clone();
                provide_context(loaded.strings.clone());
                if let Some(e) = &loaded.strings_error {
                    problems.push(e.to_string());
                }
                view! {
                    <Shell embed=embed problems=problems map_only=map_only>
                        {page_body(Ok(loaded))}
                    </Shell>
                }
                .into_any()
            }
            // Only the message: it sits above the pre-rendered page.
            // (No strings in context: the banner falls back to English.)
            Err(e) => view! { <ErrorBanner message=e.to_string() lead="error_live" /> }.into_any(),
        })
    }
}
