//! What a host page's `kuril-map:show` message asks for, and what it does
//! to the page that receives it.

use super::{Lang, UrlState, View};
use crate::model::EventId;

/// What a `kuril-map:show` message or a query asks for, each value
/// checked: `None` where it was absent, malformed or unknown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub scenario: Option<crate::model::Scenario>,
    pub event: Option<EventId>,
    pub lang: Option<Lang>,
}

impl Request {
    /// Checks each `(key, value)` as the URL parameter of that name is
    /// checked; anything else is left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::url_state::{Lang, Request};
    /// let r = Request::from_pairs([("event", "joint-declaration-1956"), ("lang", "xx")]);
    /// assert_eq!(r.event.as_deref(), Some("joint-declaration-1956"));
    /// assert_eq!(r.lang, None);
    /// ```
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut r = Request::default();
        for (key, value) in pairs {
            match key {
                "scenario" => r.scenario = value.parse().ok(),
                "event" => r.event = EventId::parse(value),
                "lang" => r.lang = Lang::parse(value),
                _ => {}
            }
        }
        r
    }

    /// The view asked for: the event if there is one, else the scenario.
    pub fn view(&self) -> Option<View> {
        match (&self.event, self.scenario) {
            (Some(e), _) => Some(View::Event(e.clone())),
            (None, Some(s)) => Some(View::Scenario(s)),
            (None, None) => None,
        }
    }
}

/// What a `kuril-map:show` message does to the page that receives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Show {
    /// Nothing it asked for is known: the page stays as it is.
    Nothing,
    /// Show this view in place.
    View(View),
    /// Open the page again with this state: the message asked for another
    /// language, which is another page.
    Reload(UrlState),
}

impl Request {
    /// What this request does on a page in `lang` opened with `url` and
    /// showing `now`: an event counts only if `known` finds it in the
    /// timeline; another language reloads with the view asked for (or
    /// `now`), keeping the rest of `url`.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::Scenario;
    /// use kuril_map::url_state::{Lang, Request, Show, UrlState, View};
    ///
    /// let page = UrlState::default();
    /// let now = View::default();
    /// let two = Request::from_pairs([("scenario", "two-island")]);
    /// assert_eq!(two.show(page.clone(), Lang::En, &now, |_| true),
    ///            Show::View(View::Scenario(Scenario::TwoIsland)));
    /// let gone = Request::from_pairs([("event", "no-such-event")]);
    /// assert_eq!(gone.show(page.clone(), Lang::En, &now, |_| false), Show::Nothing);
    /// let ja = Request::from_pairs([("lang", "ja")]);
    /// let Show::Reload(url) = ja.show(page, Lang::En, &now, |_| true) else { panic!() };
    /// assert_eq!((url.lang, url.view), (Lang::Ja, now));
    /// ```
    pub fn show(
        &self,
        url: UrlState,
        lang: Lang,
        now: &View,
        known: impl Fn(&EventId) -> bool,
    ) -> Show {
        let view = self.view().filter(|v| match v {
            View::Event(id) => known(id),
            View::Scenario(_) => true,
        });
        match (self.lang.filter(|l| *l != lang), view) {
            (Some(l), view) => Show::Reload(UrlState {
                lang: l,
                view: view.unwrap_or_else(|| now.clone()),
                ..url
            }),
            (None, Some(v)) => Show::View(v),
            (None, None) => Show::Nothing,
        }
    }
}
