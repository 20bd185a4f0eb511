//! The application root: reads the URL, loads the data, attaches to the
//! page the build wrote, owns the selection signal and keeps the URL in
//! step with it.

use crate::components::{ErrorBanner, Explorer, LangSwitcher, UrlNotice};
use crate::error::MapError;
use crate::load::Loaded;
use crate::model::files::{CONTEXT, ISLANDS, LINES, TIMELINE};
use crate::selection::{provide_selection, Selection};
use crate::url_state::{page_file, UrlState, View};
use crate::web;
use leptos::prelude::*;

#[cfg(feature = "hydrate")]
async fn load_all(lang: crate::url_state::Lang) -> Result<Loaded, MapError> {
    // Start all the requests before waiting on any.
    let fetch = |f: crate::model::files::DataFile| web::fetch_text(f.url, f.resource);
    let (islands, context, lines, timeline) = (
        fetch(ISLANDS),
        fetch(CONTEXT),
        fetch(LINES),
        fetch(TIMELINE),
    );
    // English is compiled in; only another language's file is fetched.
    let strings = (lang != crate::url_state::Lang::En).then(|| {
        let url = format!("geodata/i18n/{}.json", lang.as_str());
        web::fetch_text(&url, &crate::i18n::resource(lang))
    });
    let (islands, context, lines) = (islands.await?, context.await?, lines.await?);
    let mut loaded = Loaded::from_texts(&islands, &context, &lines, timeline.await)?;
    if let Some(strings) = strings {
        match strings
            .await
            .and_then(|t| crate::i18n::Strings::from_json(lang, &t))
        {
            Ok(s) => loaded.strings = std::sync::Arc::new(s),
            Err(e) => loaded.strings_error = Some(e),
        }
    }
    Ok(loaded)
}

/// How long a selection must hold before it gets its own history entry.
/// Stepping quickly through the timeline then leaves one entry, not
/// twenty, and the history call stays off the interaction's frame.
const HISTORY_SETTLE: std::time::Duration = std::time::Duration::from_millis(400);

/// Keeps the URL in step with the selection: each settled change once
/// the app is ready pushes a history entry, and back/forward restore the
/// selection. (The link's own state, applied before the app is ready, is
/// already in the URL.)
fn use_url_sync(base: UrlState, page: UrlState, selection: Selection, framed: bool) {
    let ready = crate::chrome::use_chrome().ready;
    let restoring = StoredValue::new(false);
    let ticket = StoredValue::new(0u64);
    Effect::new(move |previous: Option<(View, bool)>| {
        let (view, live) = (selection.settled.get(), ready.get());
        let changed = previous.is_some_and(|(p, was_live)| was_live && p != view);
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
        (view, live)
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

/// Tells the embedding page the state once the app is ready, and every
/// change after: `{ type: "kuril-map:state", scenario, event, lang }`.
fn use_state_messages(lang: crate::url_state::Lang, selection: Selection) {
    let ready = crate::chrome::use_chrome().ready;
    Effect::new(move |previous: Option<(View, bool)>| {
        let (view, live) = (selection.settled.get(), ready.get());
        let new = previous.is_none_or(|(p, was_live)| !was_live || p != view);
        if live && new {
            let (scenario, event) = match &view {
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
        }
        (view, live)
    });
}

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

/// What the browser app starts from.
pub struct Start {
    pub loaded: Loaded,
    /// The state the page was written at (its `kuril-map:page` meta).
    pub page: UrlState,
    /// The state the link asks for, over the page's.
    pub url: UrlState,
    /// What the link asked for that was not understood.
    pub problems: Vec<String>,
    /// Whether the app draws the page anew (and then takes the written
    /// page's place) rather than attaching to the written page.
    pub fresh: bool,
}

/// How the browser app starts: it reads the link and loads the data;
/// then it attaches to the page the build wrote (the very same nodes)
/// where it can, or draws the page anew where the written one is not the
/// one it would draw (another language than the link's, or a timeline
/// that failed). If the data fails, the written page stays, under a
/// message that names the file.
#[cfg(feature = "hydrate")]
pub async fn start() {
    let (page, _) = UrlState::parse(&web::page_state());
    let (url, problems) = UrlState::parse_over(page.clone(), &web::current_query());
    let loaded = match load_all(url.lang).await {
        Ok(l) => l,
        Err(e) => {
            // Only the message: it sits above the written page. (No
            // strings in context: the banner falls back to English.)
            let message = e.to_string();
            let banner = move || view! { <ErrorBanner message=message lead="error_live" /> };
            match web::app_element() {
                Some(el) => leptos::mount::mount_to(el, banner).forget(),
                None => leptos::mount::mount_to_body(banner),
            }
            return;
        }
    };
    let written = web::prerendered();
    let fresh = written.is_none() || loaded.timeline.is_err() || loaded.strings.lang() != page.lang;
    let problems = problems.iter().map(|p| p.to_string()).collect();
    let start = Start {
        loaded,
        page,
        url,
        problems,
        fresh,
    };
    match (written, web::app_element()) {
        (Some(root), _) if !fresh => leptos::mount::hydrate_from(root, move || App(start)).forget(),
        (_, Some(el)) => leptos::mount::mount_to(el, move || App(start)).forget(),
        (_, None) => leptos::mount::mount_to_body(move || App(start)),
    }
}

/// The link's event, if the timeline has it; otherwise the default view
/// and the id, for the notice that says so.
fn known_view(view: View, loaded: &Loaded) -> (View, Option<crate::model::EventId>) {
    match (&view, &loaded.timeline) {
        (View::Event(id), Ok(t)) if t.position(id).is_some() => (view, None),
        (View::Event(id), _) => (View::default(), Some(id.clone())),
        (View::Scenario(_), _) => (view, None),
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
        mut problems,
        fresh,
    } = start;
    provide_context(loaded.strings.clone());
    let chrome = crate::chrome::provide_chrome();
    let selection = provide_selection(page.view.clone());
    let framed = web::in_frame();
    use_url_sync(url.clone(), page, selection, framed);
    if framed {
        use_state_messages(url.lang, selection);
    }
    if let Some(e) = &loaded.strings_error {
        problems.push(e.to_string());
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
            if fresh {
                web::remove_prerendered();
            }
            chrome.ready.set(true);
            web::mark_ready(lang.as_str());
            if framed {
                web::report_height_to_parent();
            }
        });
    });
    view! { <Shell>{page_body(Ok(loaded))}</Shell> }
}
