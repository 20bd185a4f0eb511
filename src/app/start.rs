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
}

/// Why the app cannot attach to the written page, as a banner's lead
/// (see `ErrorBanner`) and the message: data that failed, a timeline or
/// a language file that failed (the written page has them, the app
/// would not), or no written page. `None`: it can.
pub fn cannot_attach(
    loaded: &Result<Loaded, crate::error::MapError>,
    page: &UrlState,
    written: bool,
) -> Option<(&'static str, String)> {
    match loaded {
        Err(e) => Some(("error_live", e.to_string())),
        Ok(l) => match (&l.timeline, &l.strings_error) {
            (Err(e), _) => Some(("timeline.unavailable", e.to_string())),
            (_, Some(e)) => Some(("error_live", e.to_string())),
            _ if l.strings.lang() != page.lang => Some((
                "error_live",
                format!("no texts in {} for this page", page.lang.as_str()),
            )),
            _ if !written => Some(("error_prefix", "this page has no map to attach to".into())),
            _ => None,
        },
    }
}

/// How the browser app starts: it reads the link (a link in another
/// language goes to the page written in it) and loads the data; then it
/// attaches to the page the build wrote (the very same nodes). Where it
/// cannot (see [`cannot_attach`]), the written page stays as it is, its
/// links working, under a message that names the file.
#[cfg(feature = "hydrate")]
pub async fn start() {
    use super::App;
    use crate::components::ErrorBanner;
    use crate::web;
    use leptos::prelude::*;
    let (page, _) = UrlState::parse(&web::page_state());
    let query = web::current_query();
    let (url, problems) = UrlState::parse_over(page.clone(), &query);
    let written = web::prerendered();
    if let Some(there) = language_page(&page, &url, written.is_some()) {
        // The build wrote this state in the link's language: go there,
        // the query along, rather than draw that page again here.
        web::reload_with(&format!("{there}{query}"));
        return;
    }
    let loaded = load_all(url.lang).await;
    if let Some((lead, message)) = cannot_attach(&loaded, &page, written.is_some()) {
        // Only the message, above the written page. (No strings in
        // context: the banner's lead is in English.)
        let banner = move || view! { <ErrorBanner message=message lead=lead /> };
        match web::app_element() {
            Some(el) => leptos::mount::mount_to(el, banner).forget(),
            None => leptos::mount::mount_to_body(banner),
        }
        return;
    }
    if let (Some(root), Ok(loaded)) = (written, loaded) {
        let problems = problems.iter().map(|p| p.to_string()).collect();
        let start = Start {
            loaded,
            page,
            url,
            problems,
        };
        leptos::mount::hydrate_from(root, move || App(start)).forget();
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
    fn the_app_attaches_only_where_it_would_draw_the_written_page() {
        let (i, c, l) = (
            geodata("islands.geojson"),
            geodata("context.geojson"),
            geodata("lines.geojson"),
        );
        let good = Loaded::from_texts(&i, &c, &l, Ok(geodata("timeline.json")));
        let (en, _) = UrlState::parse("scenario=status-quo");
        assert_eq!(cannot_attach(&good, &en, true), None);
        // No written page, or one in another language than the texts.
        assert!(cannot_attach(&good, &en, false).is_some());
        let (ja, _) = UrlState::parse("lang=ja");
        assert!(cannot_attach(&good, &ja, true).is_some_and(|(_, m)| m.contains("ja")));
        // A timeline that failed: its own lead, and the file named.
        let broken = Loaded::from_texts(&i, &c, &l, Ok("{".into()));
        let (lead, message) = cannot_attach(&broken, &en, true).expect("cannot");
        assert_eq!(lead, "timeline.unavailable");
        assert!(message.contains("timeline.json"), "{message}");
        // Data that failed.
        let failed = Loaded::from_texts("{", &c, &l, Ok(geodata("timeline.json")));
        let (lead, message) = cannot_attach(&failed, &en, true).expect("cannot");
        assert_eq!(lead, "error_live");
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
