//! What a state page says about itself: its title, description, the
//! preview image's texts and legend, each in the page's language.

use super::Page;
use crate::export::Swatch as Key;
use crate::i18n::Strings;
use crate::model::Islands;
use crate::model::{Holder, LandSplit, MapState, Scenario, Timeline};
use crate::text::{
    holder_phrase, holders_summary, scenario_description, scenario_label, split_summary,
};
use crate::url_state::View;

/// Longest description written, in characters: search results and
/// previews cut longer ones anyway.
pub const DESCRIPTION_MAX: usize = 300;

/// The texts of one page.
#[derive(Clone, Debug, PartialEq)]
pub struct PageText {
    /// `<title>`: the state, then the map's name.
    pub title: String,
    /// The state's own name (`og:title`, the preview's heading).
    pub name: String,
    /// The event's date, or that the scenario is hypothetical.
    pub date: String,
    /// `<meta name="description">` and `og:description`.
    pub description: String,
    /// Who holds what: the preview image's alternative text follows it.
    pub summary: String,
    /// The preview's colour key: what each colour means at this state.
    pub keys: Vec<(Key, String)>,
}

/// Cuts `text` to at most `max` characters at a word (or, without
/// spaces, a character) boundary, with an ellipsis.
///
/// ```
/// use kuril_map::site::meta::shorten;
/// assert_eq!(shorten("one two three", 9), "one two…");
/// assert_eq!(shorten("short", 9), "short");
/// ```
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!(
        "{}…",
        cut.trim_end_matches([' ', ',', ';', ':', '、', '，'])
    )
}

fn keys(tr: &Strings, state: &MapState, date: Option<crate::model::IsoDate>) -> Vec<(Key, String)> {
    let mut keys = Vec::new();
    for (holder, key) in [(Holder::Russia, Key::Russia), (Holder::Japan, Key::Japan)] {
        if state.held_by(holder).next().is_some() {
            keys.push((key, holder_phrase(tr, holder, date, state)));
        }
    }
    if state.any_claimed() {
        keys.push((Key::Claimed, tr.t("legend.claimed").to_string()));
    }
    if state.any_promised() {
        keys.push((Key::Promised, tr.t("legend.promised").to_string()));
    }
    keys
}

/// The texts for `page`.
pub fn page_text(page: &Page, tr: &Strings, islands: &Islands, timeline: &Timeline) -> PageText {
    let site = tr.t("title").to_string();
    let titled = |name: &str| tr.f("page.title", &[("name", name), ("site", &site)]);
    let event = match &page.view {
        View::Event(id) => timeline.shared(id),
        View::Scenario(_) => None,
    };
    match (event, &page.view) {
        (Some(e), _) => {
            let name = tr.event_title(&e);
            let date = tr.date(e.date);
            PageText {
                title: titled(&format!("{name} ({})", e.date.year())),
                description: shorten(&tr.event_annotation(&e), DESCRIPTION_MAX),
                summary: holders_summary(tr, &e.state, islands, Some(e.date)),
                keys: keys(tr, &e.state, Some(e.date)),
                name,
                date,
            }
        }
        (None, view) => {
            let s = match view {
                View::Scenario(s) => *s,
                View::Event(_) => Scenario::StatusQuo,
            };
            let state = s.state();
            let split = LandSplit::of(&state, islands);
            let name = scenario_label(tr, s);
            let about = format!(
                "{} {}",
                scenario_description(tr, s),
                split_summary(tr, &split)
            );
            let (title, description) = if s == Scenario::StatusQuo {
                (
                    site.clone(),
                    format!("{} {}", tr.t("dek"), split_summary(tr, &split)),
                )
            } else {
                (titled(&name), about)
            };
            PageText {
                title,
                description: shorten(&description, DESCRIPTION_MAX),
                summary: holders_summary(tr, &state, islands, None),
                keys: keys(tr, &state, None),
                date: tr.t("annotation.scenario").to_string(),
                name,
            }
        }
    }
}
