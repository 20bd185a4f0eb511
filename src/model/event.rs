//! One dated event: what it says, its sources, and the map at that moment;
//! read from `timeline.json` and checked field by field, so that a bad
//! event is named with what is wrong with it.

use super::{Holder, IslandId, IsoDate, LineId, MapState};
use crate::error::{clip, MapError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A cited source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    /// An `https://` or `http://` URL; nothing else is accepted.
    pub url: String,
}

/// A timeline event's id: 1–64 characters of a–z, 0–9 and `-`, so that
/// it goes into URLs, attributes and messages as it is. Only
/// [`EventId::parse`] makes one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(String);

impl EventId {
    /// The id, if `s` is a valid one.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::EventId;
    /// assert!(EventId::parse("joint-declaration-1956").is_some());
    /// assert!(EventId::parse("<script>").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<Self> {
        is_valid_event_id(s).then(|| EventId(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Reads as the text it is, so that `&id` goes wherever a `&str` does.
impl std::ops::Deref for EventId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EventId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for EventId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for EventId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// One dated event and the map at that moment.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: EventId,
    pub date: IsoDate,
    pub title: String,
    pub annotation: String,
    pub sources: Vec<Source>,
    /// The units the event concerns, highlighted when it is selected.
    pub islands: Vec<IslandId>,
    pub state: MapState,
}

#[derive(Deserialize, Serialize)]
pub(super) struct RawSource {
    pub(super) title: String,
    pub(super) url: String,
}

#[derive(Deserialize, Serialize)]
pub(super) struct RawEvent {
    pub(super) id: String,
    date: String,
    pub(super) title: String,
    pub(super) annotation: String,
    sources: Vec<RawSource>,
    islands: Vec<String>,
    holders: BTreeMap<String, String>,
    #[serde(default)]
    promised: Vec<String>,
    #[serde(default)]
    claimed: Vec<String>,
    #[serde(default)]
    lines: Vec<String>,
}

/// Whether `id` is a short kebab-case identifier, safe in URLs and
/// attributes.
pub fn is_valid_event_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `url` is an absolute http(s) URL with no spaces or quotes.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            !rest.is_empty()
                && !url.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`')
                })
        }
        None => false,
    }
}

pub(super) fn invalid(id: &str, detail: String) -> MapError {
    MapError::InvalidEvent {
        resource: super::files::TIMELINE.resource.into(),
        id: id.chars().take(64).collect(),
        detail,
    }
}

fn island(id: &str, s: &str) -> Result<IslandId, MapError> {
    s.parse()
        .map_err(|_| invalid(id, format!("unknown island \"{}\"", clip(s))))
}

/// Checks one event as read from the file.
pub(super) fn check_event(e: RawEvent) -> Result<Event, MapError> {
    let Some(id) = EventId::parse(&e.id) else {
        return Err(invalid(
            &e.id,
            "ids are 1–64 characters of a–z, 0–9 and -".into(),
        ));
    };
    let date: IsoDate = e
        .date
        .parse()
        .map_err(|err| invalid(&id, format!("{err}")))?;
    let (title, annotation) = check_texts(&id, &e.title, &e.annotation)?;
    let sources = check_sources(&id, e.sources)?;
    let mut islands = Vec::new();
    for s in &e.islands {
        let i = island(&id, s)?;
        if !islands.contains(&i) {
            islands.push(i);
        }
    }
    if islands.is_empty() {
        return Err(invalid(&id, "name at least one island it concerns".into()));
    }
    let state = check_state(&id, &e.holders, &e.promised, &e.claimed, &e.lines)?;
    Ok(Event {
        id,
        date,
        title,
        annotation,
        sources,
        islands,
        state,
    })
}

fn check_texts(id: &str, title: &str, annotation: &str) -> Result<(String, String), MapError> {
    let (title, annotation) = (title.trim(), annotation.trim());
    if title.is_empty() || title.chars().count() > 200 {
        return Err(invalid(id, "the title must have 1–200 characters".into()));
    }
    if annotation.is_empty() || annotation.chars().count() > 1200 {
        return Err(invalid(
            id,
            "the annotation must have 1–1200 characters".into(),
        ));
    }
    Ok((title.to_string(), annotation.to_string()))
}

fn check_sources(id: &str, raw: Vec<RawSource>) -> Result<Vec<Source>, MapError> {
    if raw.is_empty() {
        return Err(invalid(id, "at least one source is required".into()));
    }
    raw.into_iter()
        .map(|s| {
            if !is_safe_url(&s.url) {
                return Err(invalid(id, "source links must be http(s) URLs".into()));
            }
            if s.title.trim().is_empty() {
                return Err(invalid(id, "every source needs a title".into()));
            }
            Ok(Source {
                title: s.title.trim().to_string(),
                url: s.url,
            })
        })
        .collect()
}

/// The map at the event: a holder for every unit, and the promised,
/// claimed and line lists.
fn check_state(
    id: &str,
    holders: &BTreeMap<String, String>,
    promised: &[String],
    claimed: &[String],
    lines: &[String],
) -> Result<MapState, MapError> {
    let mut state = MapState::all(Holder::Russia);
    for unit in IslandId::ALL {
        let h = holders
            .get(unit.as_str())
            .ok_or_else(|| invalid(id, format!("no holder given for {unit}")))?;
        let holder: Holder = h.parse().map_err(|err: String| invalid(id, err))?;
        state.set_holder(unit, holder);
    }
    if let Some(extra) = holders.keys().find(|k| k.parse::<IslandId>().is_err()) {
        let detail = format!("holder given for unknown island \"{}\"", clip(extra));
        return Err(invalid(id, detail));
    }
    for s in promised {
        state.set_promised(island(id, s)?, true);
    }
    for s in claimed {
        let unit = island(id, s)?;
        // Only Japan's claim to islands administered by the other side is
        // drawn; a "claim" on an island Japan holds would be a data error.
        if state.holder(unit) != Holder::Russia {
            return Err(invalid(
                id,
                format!("{unit} is listed as claimed but is held by Japan"),
            ));
        }
        state.set_claimed(unit, true);
    }
    for line in lines {
        match LineId::parse(line) {
            Some(LineId::Border1855) => state.border_1855 = true,
            Some(LineId::DeFacto) => state.de_facto_line = true,
            None => return Err(invalid(id, format!("unknown line \"{}\"", clip(line)))),
        }
    }
    Ok(state)
}
