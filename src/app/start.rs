//! How the browser app starts: the link, the page's data, and whether it
//! can attach to the page the build wrote.

use crate::load::Loaded;
use crate::url_state::{UrlState, View};

#[cfg(feature = "hydrate")]
async fn load(lang: crate::url_state::Lang) -> Result<Loaded, crate::error::MapError> {
    use crate::state_data::{file, resource};
    let text = crate::web::fetch_text(&file(lang), &resource(lang)).await?;
    Loaded::from_state_data(lang, &text)
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
}

/// Why the app cannot attach to the written page: its data failed, or
/// its timeline did (the written page has one; the app would not).
/// `None`: it can.
pub fn cannot_attach(loaded: &Result<Loaded, crate::error::MapError>) -> Option<String> {
    match loaded {
        Err(e) => Some(e.to_string()),
        Ok(Loaded {
            timeline: Err(e), ..
        }) => Some(e.to_string()),
        Ok(_) => None,
    }
}

/// How the browser app starts: it reads the link (a link in another
/// language goes to the page written in it) and loads the page's data;
/// then it attaches to the page the build wrote (the very same nodes).
/// Where it cannot (see [`cannot_attach`]), the written page stays as it
/// is, its links working, under a message that names the file.
#[cfg(feature = "hydrate")]
pub async fn start() {
    use super::App;
    use crate::components::ErrorBanner;
    use crate::web;
    use leptos::prelude::*;
    let (page, _) = UrlState::parse(&web::page_meta("page"));
    let query = web::current_query();
    let (url, problems) = UrlState::parse_over(page.clone(), &query);
    let Some(root) = web::prerendered() else {
        // Nothing to attach to: say so, and load nothing. (A page the
        // build did not write has no sentence of its own for it.)
        let lead = "This page has no map to attach to.".to_string();
        let banner = move || view! { <ErrorBanner message=String::new() lead=lead /> };
        leptos::mount::mount_to_body(banner);
        return;
    };
    if let Some(there) = language_page(&page, &url, true) {
        // The build wrote this state in the link's language: go there,
        // the query along, rather than draw that page again here.
        web::reload_with(&format!("{there}{query}"));
        return;
    }
    let loaded = load(page.lang).await;
    if let Some(message) = cannot_attach(&loaded) {
        // Only the message, in the page's language, above the written page.
        let lead = web::page_meta("unavailable");
        let banner = move || view! { <ErrorBanner message=message lead=lead /> };
        match web::app_element() {
            Some(el) => leptos::mount::mount_to(el, banner).forget(),
            None => leptos::mount::mount_to_body(banner),
        }
        return;
    }
    if let Ok(loaded) = loaded {
        let problems = problems.iter().map(|p| p.to_string()).collect();
        let start = Start {
            loaded,
            page,
            url,
            problems,
        };
        web::mark("kuril-map:hydrate-start");
        leptos::mount::hydrate_from(root, move || App(start)).forget();
        web::mark("kuril-map:hydrate-end");
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
    use crate::load::tests::geodata;

    #[test]
    fn the_app_attaches_only_where_it_has_what_the_written_page_has() {
        let (i, c, l) = (
            geodata("islands.geojson"),
            geodata("context.geojson"),
            geodata("lines.geojson"),
        );
        let good = Loaded::from_texts(&i, &c, &l, Ok(geodata("timeline.json")));
        assert_eq!(cannot_attach(&good), None);
        // A timeline that failed: the file named.
        let broken = Loaded::from_texts(&i, &c, &l, Ok("{".into()));
        let message = cannot_attach(&broken).expect("cannot");
        assert!(message.contains("timeline.json"), "{message}");
        // Data that failed.
        let failed = Loaded::from_texts("{", &c, &l, Ok(geodata("timeline.json")));
        let message = cannot_attach(&failed).expect("cannot");
        assert!(message.contains("islands.geojson"), "{message}");
    }

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
