//! The host's `kuril-map:show` message: any values for its fields, on a
//! page opened with any query, give a checked request and what it does
//! (nothing, a view in place, or the page in another language), never a
//! panic; what it does only names events the timeline knows.
#![no_main]

use kuril_map::model::EventId;
use kuril_map::url_state::{Lang, Request, Show, UrlState, View};
use libfuzzer_sys::fuzz_target;

/// The message's string fields, as `web::on_show_messages` reads them
/// (a field that is not a string is left out: `None`), and the page.
type Input = (Option<String>, Option<String>, Option<String>, String, u8);

fuzz_target!(|input: Input| {
    let (scenario, event, lang, query, page_lang) = input;
    let pairs: Vec<(&str, &str)> = [("scenario", &scenario), ("event", &event), ("lang", &lang)]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v.as_deref()?)))
        .collect();
    let req = Request::from_pairs(pairs);
    let (url, _) = UrlState::parse(&query);
    let here = Lang::ALL[usize::from(page_lang) % Lang::ALL.len()];
    let now = View::default();
    // The timeline knows only this one event.
    let known = |id: &EventId| id.as_str() == "joint-declaration-1956";
    let allowed = |v: &View| match v {
        View::Event(id) => known(id),
        View::Scenario(_) => true,
    };
    match req.show(url.clone(), here, &now, known) {
        Show::Nothing => {
            assert!(req.view().filter(|v| allowed(v)).is_none());
            assert_eq!(req.lang.filter(|l| *l != here), None);
        }
        Show::View(v) => {
            assert!(allowed(&v));
            assert_eq!(Some(&v), req.view().as_ref());
            assert_eq!(req.lang.filter(|l| *l != here), None);
        }
        Show::Reload(next) => {
            assert_ne!(next.lang, here);
            assert!(allowed(&next.view));
            assert_eq!((next.embed, next.map_only), (url.embed, url.map_only));
            // The page it reloads with reads back as the same state.
            let (again, problems) = UrlState::parse(&next.to_query());
            assert_eq!(again, next);
            assert!(problems.is_empty());
        }
    }
});
