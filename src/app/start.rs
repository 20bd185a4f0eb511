//! How the browser app starts: the link, the data, and whether it
//! attaches to the written page or draws its own.

use crate::load::Loaded;
use crate::url_state::{UrlState, View};

#[cfg(feature = "hydrate")]
async fn load_all(lang: crate::url_state::Lang) -> Result<Loaded, crate::error::MapError> {
    use crate::model::files::{CONTEXT, ISLANDS, LINES, TIMELINE};
    use crate::web;
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

/// How the browser app starts: it reads the link (a link in another
/// language goes to the page written in it) and loads the data; then it
/// attaches to the page the build wrote (the very same nodes), or draws
/// the page anew where the written one is not the one it would draw (a
/// timeline that failed, or a language file that did). If the data
/// fails, the written page stays, under a message that names the file.
#[cfg(feature = "hydrate")]
pub async fn start() {
    use super::App;
    use crate::components::ErrorBanner;
    use crate::web;
    use leptos::prelude::*;
    let (page, _) = UrlState::parse(&web::page_state());
    let query = web::current_query();
    let (url, problems) = UrlState::parse_over(page.clone(), &query);
    if let Some(there) = language_page(&page, &url, web::prerendered().is_some()) {
        // The build wrote this state in the link's language: go there,
        // the query along, rather than draw that page again here.
        web::reload_with(&format!("{there}{query}"));
        return;
    }
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

/// The written page in the link's language, where the link asks for
/// another language than the written page's: the same state (the page's
/// own; the query then applies over it there).
pub fn language_page(page: &UrlState, url: &UrlState, written: bool) -> Option<String> {
    (written && url.lang != page.lang).then(|| crate::url_state::page_file(&page.view, url.lang))
}

/// The link's event, if the timeline has it; otherwise the default view
/// and the id, for the notice that says so.
pub(super) fn known_view(view: View, loaded: &Loaded) -> (View, Option<crate::model::EventId>) {
    match (&view, &loaded.timeline) {
        (View::Event(id), Ok(t)) if t.position(id).is_some() => (view, None),
        (View::Event(id), _) => (View::default(), Some(id.clone())),
        (View::Scenario(_), _) => (view, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_in_another_language_goes_to_that_languages_page() {
        let (page, _) = UrlState::parse("?event=yalta-1945");
        let (url, _) = UrlState::parse_over(page.clone(), "?lang=ja&scenario=two-island");
        assert_eq!(
            language_page(&page, &url, true).as_deref(),
            Some("yalta-1945.ja.html")
        );
        // Same language, or no written page to attach to: stay.
        let (same, _) = UrlState::parse_over(page.clone(), "?scenario=two-island");
        assert_eq!(language_page(&page, &same, true), None);
        assert_eq!(language_page(&page, &url, false), None);
        // There, the page is in the link's language: no second move.
        let (there, _) = UrlState::parse("?event=yalta-1945&lang=ja");
        let (again, _) = UrlState::parse_over(there.clone(), "?lang=ja&scenario=two-island");
        assert_eq!(language_page(&there, &again, true), None);
    }
}
