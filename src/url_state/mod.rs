//! The public URL contract: `scenario`, `event`, `lang`, `embed` and `view`.
//!
//! Parsing never fails: unknown or malformed values are dropped, reported
//! as problems for the page to show, and the default applies.

pub use crate::lang::Lang;
use crate::model::{EventId, Scenario};
use std::fmt;

mod request;
pub use request::{Request, Show};

/// Longest query string read; the rest is ignored.
pub const MAX_QUERY_LEN: usize = 2048;

/// What the map shows: a scenario, or the moment of a timeline event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    Scenario(Scenario),
    Event(EventId),
}

impl Default for View {
    /// The status quo, today.
    fn default() -> Self {
        View::Scenario(Scenario::StatusQuo)
    }
}

/// Everything the URL can carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlState {
    pub view: View,
    pub lang: Lang,
    pub embed: bool,
    /// `view=map`: the map with its legend and land split only, for a
    /// story whose article text is the annotation.
    pub map_only: bool,
}

/// A value in the URL that was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub value: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a valid value for \"{}\"",
            self.value, self.key
        )
    }
}

/// Keeps a value short and printable for messages.
fn shorten(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        format!("{clean}…")
    } else {
        clean
    }
}

/// Decodes `%XX` escapes and `+`; `None` if the result is not UTF-8 or an
/// escape is malformed.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

impl UrlState {
    /// Parses a query string (with or without the leading `?`).
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::Scenario;
    /// use kuril_map::url_state::{UrlState, View};
    ///
    /// let (state, problems) = UrlState::parse("?scenario=two-island&lang=ja");
    /// assert_eq!(state.view, View::Scenario(Scenario::TwoIsland));
    /// assert!(problems.is_empty());
    ///
    /// let (state, problems) = UrlState::parse("?scenario=%3Cscript%3E");
    /// assert_eq!(state, UrlState::default());
    /// assert_eq!(problems.len(), 1);
    /// ```
    pub fn parse(query: &str) -> (Self, Vec<Problem>) {
        Self::parse_over(UrlState::default(), query)
    }

    /// Parses `query` over `base`, the state of the page it was opened on
    /// (a pre-rendered state page): what the query names wins, and
    /// anything it leaves out (or gets wrong) keeps the page's value.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::Scenario;
    /// use kuril_map::url_state::{Lang, UrlState, View};
    ///
    /// let (page, _) = UrlState::parse("event=joint-declaration-1956&lang=ja");
    /// let (state, _) = UrlState::parse_over(page.clone(), "?scenario=two-island");
    /// assert_eq!(state.view, View::Scenario(Scenario::TwoIsland));
    /// assert_eq!(state.lang, Lang::Ja);
    /// assert_eq!(UrlState::parse_over(page.clone(), "").0, page);
    /// ```
    pub fn parse_over(base: UrlState, query: &str) -> (Self, Vec<Problem>) {
        let base_view = base.view.clone();
        let mut state = base;
        let mut problems = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let query = match query.char_indices().nth(MAX_QUERY_LEN) {
            Some((cut, _)) => &query[..cut],
            None => query,
        };
        let mut scenario = None;
        let mut event = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value))
            else {
                problems.push(Problem {
                    key: shorten(raw_key),
                    value: shorten(raw_value),
                });
                continue;
            };
            let mut reject = || {
                problems.push(Problem {
                    key: shorten(&key),
                    value: shorten(&value),
                })
            };
            match key.as_str() {
                "scenario" => match value.parse::<Scenario>() {
                    Ok(s) => scenario = Some(s),
                    Err(_) => reject(),
                },
                "event" => match EventId::parse(&value) {
                    Some(id) => event = Some(id),
                    None => reject(),
                },
                "lang" => match Lang::parse(&value) {
                    Some(l) => state.lang = l,
                    None => reject(),
                },
                "embed" => match value.as_str() {
                    "1" | "true" => state.embed = true,
                    "0" | "false" | "" => state.embed = false,
                    _ => reject(),
                },
                "view" => match value.as_str() {
                    "map" => state.map_only = true,
                    "full" | "" => state.map_only = false,
                    _ => reject(),
                },
                // Other parameters (analytics, CMS ids) are not ours.
                _ => {}
            }
        }
        state.view = match (event, scenario) {
            (Some(e), _) => View::Event(e),
            (None, Some(s)) => View::Scenario(s),
            (None, None) => base_view,
        };
        (state, problems)
    }

    /// The query string for this state, with a leading `?`. Defaults are
    /// left out, so the default state is `"?scenario=status-quo"`.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        match &self.view {
            View::Scenario(s) => parts.push(format!("scenario={}", s.as_str())),
            // Event ids are checked kebab-case: nothing to escape.
            View::Event(id) => parts.push(format!("event={id}")),
        }
        if self.lang != Lang::En {
            parts.push(format!("lang={}", self.lang.as_str()));
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        if self.map_only {
            parts.push("view=map".into());
        }
        format!("?{}", parts.join("&"))
    }
}

/// The file of the pre-rendered page for `view` in `lang`, relative to
/// the bundle's root: `index.html` for the status quo in English, else
/// the scenario or event id, with the language before `.html` when it is
/// not English (`two-island.html`, `joint-declaration-1956.ja.html`),
/// as the story's pages are named. One flat folder, so every page's
/// relative URLs are the same and the bundle stays relocatable.
///
/// # Examples
///
/// ```
/// use kuril_map::model::{EventId, Scenario};
/// use kuril_map::url_state::{page_file, Lang, View};
///
/// assert_eq!(page_file(&View::default(), Lang::En), "index.html");
/// assert_eq!(page_file(&View::Scenario(Scenario::TwoIsland), Lang::Ru), "two-island.ru.html");
/// let id = EventId::parse("shimoda-1855").expect("id");
/// assert_eq!(page_file(&View::Event(id), Lang::Ja), "shimoda-1855.ja.html");
/// ```
pub fn page_file(view: &View, lang: Lang) -> String {
    let stem = match view {
        View::Scenario(Scenario::StatusQuo) => "index",
        View::Scenario(s) => s.as_str(),
        View::Event(id) => id.as_str(),
    };
    match lang {
        Lang::En => format!("{stem}.html"),
        other => format!("{stem}.{}.html", other.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_show_message_in_another_language_keeps_the_frame_and_the_view() {
        // The page was opened at two islands; the reader has since moved on.
        let (url, _) = UrlState::parse("embed=1&view=map&scenario=two-island");
        let now = View::Scenario(Scenario::FourIsland);
        let req = Request::from_pairs([("lang", "ru"), ("event", "unknown-event")]);
        let Show::Reload(next) = req.show(url, Lang::En, &now, |_| false) else {
            panic!("another language reloads");
        };
        assert_eq!((next.lang, &next.view), (Lang::Ru, &now));
        assert!(next.embed && next.map_only);
        // The page's own language is no reason to reload.
        let same = Request::from_pairs([("lang", "en"), ("scenario", "four-island")]);
        assert_eq!(
            same.show(UrlState::default(), Lang::En, &now, |_| true),
            Show::View(View::Scenario(Scenario::FourIsland))
        );
    }

    #[test]
    fn a_page_keeps_what_its_query_leaves_out_and_rejects() {
        let (page, _) = UrlState::parse("scenario=four-island&lang=ru");
        let (s, p) = UrlState::parse_over(page.clone(), "lang=xx&event=yalta-1945&embed=1");
        assert_eq!(s.lang, Lang::Ru);
        assert!(s.embed);
        assert_eq!(
            s.view,
            View::Event(EventId::parse("yalta-1945").expect("id"))
        );
        assert_eq!(p.len(), 1);
        let (s, _) = UrlState::parse_over(page, "scenario=nope");
        assert_eq!(s.view, View::Scenario(Scenario::FourIsland));
    }

    #[test]
    fn view_map_round_trips_and_bad_views_are_problems() {
        let (s, p) = UrlState::parse("?embed=1&view=map&event=yalta-1945");
        assert!(s.map_only && s.embed && p.is_empty());
        assert_eq!(s.to_query(), "?event=yalta-1945&embed=1&view=map");
        let (s, p) = UrlState::parse("?view=<b>");
        assert!(!s.map_only);
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn requests_check_each_value_like_the_url() {
        let r = Request::from_pairs([
            ("scenario", "two-island"),
            ("event", "<script>"),
            ("lang", "ru"),
        ]);
        assert_eq!(
            r.view(),
            Some(View::Scenario(crate::model::Scenario::TwoIsland))
        );
        assert_eq!(r.lang, Some(Lang::Ru));
        let long = "a".repeat(100_000);
        let r = Request::from_pairs([("event", long.as_str()), ("scenario", "")]);
        assert_eq!(r, Request::default());
        assert_eq!(r.view(), None);
    }

    #[test]
    fn empty_query_is_the_default() {
        assert_eq!(UrlState::parse(""), (UrlState::default(), vec![]));
        assert_eq!(UrlState::parse("?"), (UrlState::default(), vec![]));
    }

    #[test]
    fn event_wins_over_scenario() {
        let (s, _) = UrlState::parse("scenario=four-island&event=joint-declaration-1956");
        assert_eq!(
            s.view,
            View::Event(EventId::parse("joint-declaration-1956").expect("id"))
        );
    }

    #[test]
    fn round_trips() {
        for q in [
            "?scenario=status-quo",
            "?scenario=two-island&lang=ru",
            "?event=shimoda-1855&lang=ja&embed=1",
        ] {
            let (s, p) = UrlState::parse(q);
            assert!(p.is_empty());
            assert_eq!(s.to_query(), q);
        }
    }

    #[test]
    fn malformed_values_fall_back_and_are_reported() {
        let (s, p) = UrlState::parse(
            "scenario=<img src=x onerror=alert(1)>&event=%E0%A4%A&lang=xx&embed=maybe&utm_source=news",
        );
        assert_eq!(s, UrlState::default());
        assert_eq!(p.len(), 4, "{p:?}");
    }

    #[test]
    fn invalid_utf8_and_bad_escapes_do_not_panic() {
        for q in [
            "event=%FF%FE",
            "event=%",
            "event=%G1",
            "%=%",
            "scenario=%E2%82",
            "&&&=&==",
        ] {
            let (s, _) = UrlState::parse(q);
            assert_eq!(s.view, View::default(), "{q}");
        }
    }

    #[test]
    fn very_long_queries_are_cut() {
        let q = format!("lang=ja&x={}", "a".repeat(1_000_000));
        let (s, _) = UrlState::parse(&q);
        assert_eq!(s.lang, Lang::Ja);
    }

    #[test]
    fn problems_are_shortened_for_display() {
        let (_, p) = UrlState::parse(&format!("scenario={}", "z".repeat(500)));
        assert!(p[0].value.chars().count() <= 41);
    }
}
