//! The dated events, loaded from `geodata/timeline.json` and checked.

use super::event::{check_event, invalid, is_safe_url, RawEvent, RawSource};
pub use super::event::{is_valid_event_id, Event, EventId, Source};
use super::{IslandId, OfficialAreas};
use crate::error::MapError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Resource name used in messages about the timeline file.
pub const TIMELINE_RESOURCE: &str = super::files::TIMELINE.resource;

/// Largest timeline file accepted.
pub const MAX_TIMELINE_BYTES: usize = 1024 * 1024;

/// All events, in date order, with unique ids. Each is shared (`Arc`), so
/// that the view a reader selects can hold its event without a copy.
/// The file also carries the official land areas shown beside the
/// computed ones.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    events: Vec<Arc<Event>>,
    official_areas: Option<OfficialAreas>,
}

/// The timeline as written in its file, before it is checked: also the
/// form the build hands the browser, its texts in the page's language
/// (see `state_data`), which the browser checks as it would the file.
#[derive(Deserialize, Serialize)]
pub struct RawTimeline {
    events: Vec<RawEvent>,
    #[serde(default)]
    official_areas: Option<RawOfficialAreas>,
}

#[derive(Deserialize, Serialize)]
struct RawOfficialAreas {
    publisher: String,
    source: RawSource,
    km2: BTreeMap<String, f64>,
    total_km2: f64,
}

impl RawOfficialAreas {
    /// The checked figures; `None` (the table then shows computed areas
    /// only) for a block with a bad link, an island missing or a figure
    /// that is not a positive number.
    fn check(self) -> Option<OfficialAreas> {
        if !is_safe_url(&self.source.url) || self.publisher.trim().is_empty() {
            return None;
        }
        let mut km2 = [0.0; 4];
        for id in IslandId::ALL {
            km2[id as usize] = *self.km2.get(id.as_str())?;
        }
        let source = Source {
            title: self.source.title.trim().to_string(),
            url: self.source.url,
        };
        OfficialAreas::new(
            self.publisher.trim().to_string(),
            source,
            km2,
            self.total_km2,
        )
    }
}

impl RawTimeline {
    /// Reads the timeline JSON, unchecked.
    pub fn parse(text: &str) -> Result<Self, MapError> {
        crate::error::read_json(TIMELINE_RESOURCE, text, MAX_TIMELINE_BYTES)
    }

    /// Gives each event the title and annotation `text(id)` has for it;
    /// an event it has none for keeps its own.
    pub fn retitle(&mut self, text: impl Fn(&str) -> Option<(String, String)>) {
        for e in &mut self.events {
            if let Some((title, annotation)) = text(&e.id) {
                (e.title, e.annotation) = (title, annotation);
            }
        }
    }
}

impl Timeline {
    /// Parses and checks the timeline JSON.
    pub fn from_json(text: &str) -> Result<Self, MapError> {
        Self::check(RawTimeline::parse(text)?)
    }

    /// Checks a timeline read from its file (or from the build's data).
    pub fn check(raw: RawTimeline) -> Result<Self, MapError> {
        let r = TIMELINE_RESOURCE;
        if raw.events.is_empty() {
            return Err(MapError::EmptyTimeline { resource: r.into() });
        }
        let mut events: Vec<Arc<Event>> = Vec::with_capacity(raw.events.len());
        for e in raw.events {
            let event = check_event(e)?;
            if events.iter().any(|x| x.id == event.id) {
                return Err(MapError::DuplicateEvent {
                    resource: r.into(),
                    id: event.id.to_string(),
                });
            }
            if let Some(prev) = events.last() {
                if event.date < prev.date {
                    return Err(invalid(
                        &event.id,
                        format!(
                            "dated {} but follows an event of {}; keep events in date order",
                            event.date, prev.date
                        ),
                    ));
                }
            }
            events.push(Arc::new(event));
        }
        let official_areas = raw.official_areas.and_then(RawOfficialAreas::check);
        Ok(Self {
            events,
            official_areas,
        })
    }

    pub fn events(&self) -> &[Arc<Event>] {
        &self.events
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// One government's official land areas, if the file gives them.
    pub fn official_areas(&self) -> Option<&OfficialAreas> {
        self.official_areas.as_ref()
    }

    /// Index of the event with `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn get(&self, index: usize) -> Option<&Event> {
        self.events.get(index).map(|e| &**e)
    }

    /// The event with `id`, shared.
    pub fn shared(&self, id: &str) -> Option<Arc<Event>> {
        self.events.get(self.position(id)?).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, date: &str) -> String {
        format!(
            r#"{{"id":"{id}","date":"{date}","title":"T","annotation":"A.","sources":[{{"title":"S","url":"https://example.org/"}}],
               "islands":["shikotan"],"holders":{{"iturup":"russia","kunashir":"russia","shikotan":"russia","habomai":"russia"}},
               "promised":["shikotan","habomai"],"lines":["de-facto-line"]}}"#
        )
    }

    fn timeline(events: &[String]) -> String {
        format!(r#"{{"events":[{}]}}"#, events.join(","))
    }

    /// A timeline of plain events, each `(id, date)`.
    fn load(events: &[(&str, &str)]) -> Result<Timeline, MapError> {
        let events: Vec<String> = events.iter().map(|(id, date)| event(id, date)).collect();
        Timeline::from_json(&timeline(&events))
    }

    #[test]
    fn reads_a_valid_event() {
        let t = load(&[("a-1956", "1956-10-19")]).expect("valid");
        let e = &t.events()[0];
        assert!(e.state.is_promised(IslandId::Habomai));
        assert!(!e.state.is_promised(IslandId::Iturup));
        assert!(e.state.de_facto_line && !e.state.border_1855);
    }

    #[test]
    fn shared_hands_out_the_stored_event() {
        let t = load(&[("a-1855", "1855-02-07"), ("b-1956", "1956-10-19")]).expect("valid");
        let b = t.shared("b-1956").expect("known id");
        assert!(Arc::ptr_eq(&b, &t.events()[1]), "no copy");
        assert_eq!(t.shared("c-2001"), None);
    }

    #[test]
    fn a_claim_on_an_island_japan_holds_is_rejected() {
        let text = event("c", "1950-01-01")
            .replace(r#""promised":"#, r#""claimed":["shikotan"],"promised":"#);
        let t = Timeline::from_json(&timeline(&[text])).expect("claim on a Russian-held island");
        assert!(t.events()[0].state.is_claimed(IslandId::Shikotan));
        let held = event("c", "1950-01-01")
            .replace(r#""shikotan":"russia""#, r#""shikotan":"japan""#)
            .replace(r#""promised":"#, r#""claimed":["shikotan"],"promised":"#);
        let err = Timeline::from_json(&timeline(&[held])).expect_err("held by Japan");
        assert!(err.to_string().contains("claimed"), "{err}");
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let err = load(&[("a", "1956-10-19"), ("a", "1957-01-01")]).expect_err("duplicate");
        assert!(matches!(err, MapError::DuplicateEvent { .. }), "{err}");
    }

    #[test]
    fn impossible_dates_are_rejected_with_the_event_id() {
        let err = load(&[("leap", "2019-02-29")]).expect_err("date");
        assert!(err.to_string().contains("\"leap\""), "{err}");
        assert!(err.to_string().contains("2019-02-29"), "{err}");
    }

    #[test]
    fn events_out_of_order_are_rejected() {
        let err = load(&[("b", "1957-01-01"), ("a", "1956-10-19")]).expect_err("order");
        assert!(err.to_string().contains("date order"), "{err}");
    }

    #[test]
    fn javascript_links_are_rejected() {
        let bad = event("x", "1956-10-19").replace("https://example.org/", "javascript:alert(1)");
        assert!(Timeline::from_json(&timeline(&[bad])).is_err());
        assert!(!is_safe_url("JavaScript:alert(1)"));
        assert!(!is_safe_url("https://"));
        assert!(!is_safe_url("https://a.org/\"onmouseover=x"));
        assert!(is_safe_url("https://www.mofa.go.jp/a/b.html"));
    }

    #[test]
    fn unknown_islands_and_holders_are_rejected() {
        let bad = event("x", "1956-10-19").replace(r#"["shikotan"]"#, r#"["urup"]"#);
        assert!(Timeline::from_json(&timeline(&[bad])).is_err());
        let bad = event("x", "1956-10-19").replace(r#""iturup":"russia""#, r#""iturup":"china""#);
        assert!(Timeline::from_json(&timeline(&[bad])).is_err());
        let bad = event("x", "1956-10-19").replace(r#""iturup":"russia","#, "");
        assert!(Timeline::from_json(&timeline(&[bad])).is_err());
    }

    #[test]
    fn empty_truncated_and_huge_inputs_fail_cleanly() {
        assert!(matches!(
            Timeline::from_json(r#"{"events":[]}"#),
            Err(MapError::EmptyTimeline { .. })
        ));
        assert!(matches!(
            Timeline::from_json(r#"{"events":[{"id":"#),
            Err(MapError::Parse { .. })
        ));
        let huge = format!(
            r#"{{"events":[],"pad":"{}"}}"#,
            "x".repeat(MAX_TIMELINE_BYTES)
        );
        assert!(matches!(
            Timeline::from_json(&huge),
            Err(MapError::TooLarge { .. })
        ));
    }

    #[test]
    fn bad_ids_are_rejected() {
        for id in ["", "Has Space", "<script>", "a\"b"] {
            let text = timeline(&[event(&id.replace('"', "\\\""), "1956-10-19")]);
            assert!(Timeline::from_json(&text).is_err(), "{id}");
        }
    }
}
