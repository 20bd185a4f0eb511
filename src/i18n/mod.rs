//! Translations: UI strings, names and timeline texts per language, loaded
//! from `geodata/i18n/<lang>.json` so editors can change them without
//! touching Rust. Missing keys fall back to English, then to the key.

use crate::error::MapError;
use crate::lang::Lang;
use crate::model::{Event, IslandId, IsoDate, Names};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

mod table;
pub use table::Table;

/// English, compiled into the build: the fallback for every missing key.
/// The browser's module has none: it gets its language's [`Table`], with
/// English already filled in, from the build.
#[cfg(not(feature = "hydrate"))]
const ENGLISH: &str = include_str!("../../geodata/i18n/en.json");
#[cfg(feature = "hydrate")]
const ENGLISH: &str = r#"{"ui":{}}"#;

/// Largest translation file accepted.
pub const MAX_I18N_BYTES: usize = 512 * 1024;

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
struct NamePair {
    primary: String,
    #[serde(default)]
    other: String,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
struct NameTable {
    #[serde(flatten)]
    units: HashMap<String, NamePairOrIslets>,
}

#[derive(Clone, Debug, Deserialize, PartialEq, Serialize)]
#[serde(untagged)]
enum NamePairOrIslets {
    Pair(NamePair),
    Islets(HashMap<String, NamePair>),
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
struct EventText {
    title: String,
    annotation: String,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
struct Raw {
    ui: HashMap<String, String>,
    #[serde(default, skip_serializing_if = "HashMap::is_empty")]
    events: HashMap<String, EventText>,
    #[serde(default)]
    names: NameTable,
    #[serde(default)]
    months: Vec<String>,
    #[serde(default)]
    date_pattern: String,
}

/// All strings of one language, with English behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    lang: Lang,
    raw: Raw,
    english: Raw,
}

fn parse(resource: &str, text: &str) -> Result<Raw, MapError> {
    crate::error::read_json(resource, text, MAX_I18N_BYTES)
}

/// Where `lang`'s translations are, inside `geodata/` (the compiled-in
/// copies name the same files, as `include_str!` needs literals).
pub fn file(lang: Lang) -> String {
    format!("i18n/{}.json", lang.as_str())
}

/// Resource name used in messages about a translation file.
pub fn resource(lang: Lang) -> String {
    format!("translations (geodata/{})", file(lang))
}

impl Strings {
    /// English alone. The compiled-in file is parsed once per process;
    /// every `Strings` (and every component without a context) shares it.
    pub fn english() -> Self {
        static PARSED: std::sync::OnceLock<Raw> = std::sync::OnceLock::new();
        let english = PARSED
            .get_or_init(|| parse("en", ENGLISH).unwrap_or_default())
            .clone();
        Self {
            lang: Lang::En,
            raw: english.clone(),
            english,
        }
    }

    /// `lang` from `text`, with English behind it.
    pub fn from_json(lang: Lang, text: &str) -> Result<Self, MapError> {
        let raw = parse(&resource(lang), text)?;
        Ok(Self {
            lang,
            raw,
            ..Self::english()
        })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The string for `key`.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::i18n::Strings;
    /// let en = Strings::english();
    /// assert_eq!(en.t("share.copy"), "Copy link");
    /// assert_eq!(en.lookup("no.such.key"), None);
    /// ```
    ///
    /// A key that English lacks too is shown as the key itself in the
    /// browser (never a blank), and fails loudly in debug builds, so that
    /// a test that reaches it names it.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        let found = self.lookup(key);
        debug_assert!(found.is_some(), "missing translation key \"{key}\"");
        found.unwrap_or(key)
    }

    /// The string for `key` in this language, else in English.
    pub fn lookup(&self, key: &str) -> Option<&str> {
        self.raw
            .ui
            .get(key)
            .or_else(|| self.english.ui.get(key))
            .map(String::as_str)
    }

    /// The string for `key` with `{name}` placeholders filled.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_string();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// A date as the language writes it.
    pub fn date(&self, d: IsoDate) -> String {
        let (months, pattern) = if self.raw.months.len() == 12 && !self.raw.date_pattern.is_empty()
        {
            (&self.raw.months, &self.raw.date_pattern)
        } else {
            (&self.english.months, &self.english.date_pattern)
        };
        let month = months
            .get(usize::from(d.month()).saturating_sub(1))
            .map_or("", String::as_str);
        pattern
            .replace("{day}", &d.day().to_string())
            .replace("{month}", month)
            .replace("{year}", &d.year().to_string())
    }

    fn pair(&self, table: &Raw, key: &str) -> Option<NamePair> {
        match table.names.units.get(key)? {
            NamePairOrIslets::Pair(p) => Some(p.clone()),
            NamePairOrIslets::Islets(_) => None,
        }
    }

    fn islet_pair(&self, table: &Raw, key: &str) -> Option<NamePair> {
        match table.names.units.get("islets")? {
            NamePairOrIslets::Islets(m) => m.get(key).cloned(),
            NamePairOrIslets::Pair(_) => None,
        }
    }

    /// "Iturup / Etorofu" in English; "択捉島（イトゥルップ島）" in
    /// Japanese; "Итуруп (Эторофу)" in Russian: each language's name, with
    /// the other side's visible.
    fn show(&self, pair: Option<NamePair>, fallback: String) -> String {
        let Some(p) = pair else {
            return fallback;
        };
        match (self.lang, p.other.is_empty()) {
            (_, true) => p.primary,
            (Lang::En, false) => format!("{} / {}", p.primary, p.other),
            (Lang::Ja, false) => format!("{}（{}）", p.primary, p.other),
            (Lang::Ru, false) => format!("{} ({})", p.primary, p.other),
        }
    }

    /// A unit's or context land's display name.
    pub fn place(&self, id: &str, fallback: &Names) -> String {
        let pair = self
            .pair(&self.raw, id)
            .or_else(|| self.pair(&self.english, id));
        self.show(pair, fallback.dual())
    }

    pub fn island(&self, id: IslandId, fallback: &Names) -> String {
        self.place(id.as_str(), fallback)
    }

    /// A Habomai islet's display name, by its romaji name.
    pub fn islet(&self, romaji: &str, fallback: &Names) -> String {
        let pair = self
            .islet_pair(&self.raw, romaji)
            .or_else(|| self.islet_pair(&self.english, romaji));
        self.show(pair, fallback.dual())
    }

    /// The two lines of an island label: the language's name, and the
    /// other side's (if different).
    pub fn island_lines(&self, id: IslandId, fallback: &Names) -> (String, Option<String>) {
        let pair = self
            .pair(&self.raw, id.as_str())
            .or_else(|| self.pair(&self.english, id.as_str()));
        match pair {
            Some(p) if p.other.is_empty() => (p.primary, None),
            Some(p) => match self.lang {
                Lang::En => (format!("{} /", p.primary), Some(p.other)),
                Lang::Ja => (p.primary, Some(format!("（{}）", p.other))),
                Lang::Ru => (p.primary, Some(format!("({})", p.other))),
            },
            None => (fallback.dual(), None),
        }
    }

    /// The keys of the UI strings this language has.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.raw.ui.keys().map(String::as_str)
    }

    /// An event's title and annotation in this language, if it has them
    /// (English has none: the timeline's own texts are English).
    pub fn event_text(&self, id: &str) -> Option<(String, String)> {
        let t = self.raw.events.get(id)?;
        Some((t.title.clone(), t.annotation.clone()))
    }

    pub fn event_title(&self, e: &Event) -> String {
        self.raw
            .events
            .get(e.id.as_str())
            .map_or_else(|| e.title.clone(), |t| t.title.clone())
    }

    pub fn event_annotation(&self, e: &Event) -> String {
        self.raw
            .events
            .get(e.id.as_str())
            .map_or_else(|| e.annotation.clone(), |t| t.annotation.clone())
    }

    /// Joins names as the language lists them.
    pub fn list(&self, items: &[String]) -> String {
        let and = self.t("list.and");
        let sep = if self.lang == Lang::Ja { "、" } else { ", " };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{}{and}{last}", rest.join(sep)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        Names {
            en: "Iturup".into(),
            ja_romaji: "Etorofu".into(),
            ja: "択捉島".into(),
            ru: "Итуруп".into(),
        }
    }

    fn lang(l: Lang) -> Strings {
        let text = match l {
            Lang::En => include_str!("../../geodata/i18n/en.json"),
            Lang::Ja => include_str!("../../geodata/i18n/ja.json"),
            Lang::Ru => include_str!("../../geodata/i18n/ru.json"),
        };
        Strings::from_json(l, text).expect("committed translations load")
    }

    #[test]
    fn names_keep_the_other_side_visible() {
        assert_eq!(
            lang(Lang::En).island(IslandId::Iturup, &names()),
            "Iturup / Etorofu"
        );
        assert_eq!(
            lang(Lang::Ja).island(IslandId::Iturup, &names()),
            "択捉島（イトゥルップ島）"
        );
        assert_eq!(
            lang(Lang::Ru).island(IslandId::Iturup, &names()),
            "Итуруп (Эторофу)"
        );
    }

    #[test]
    fn dates_follow_the_locale() {
        let d: IsoDate = "1956-10-19".parse().expect("date");
        assert_eq!(lang(Lang::En).date(d), "19 October 1956");
        assert_eq!(lang(Lang::Ja).date(d), "1956年10月19日");
        assert_eq!(lang(Lang::Ru).date(d), "19 октября 1956 г.");
    }

    #[test]
    fn lists_use_the_language_conjunction() {
        let items = vec!["A".to_string(), "B".into(), "C".into()];
        assert_eq!(lang(Lang::En).list(&items), "A, B and C");
        assert_eq!(lang(Lang::Ja).list(&items), "A、BおよびC");
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_the_key() {
        let s = Strings::from_json(Lang::Ja, r#"{"ui":{}}"#).expect("minimal");
        assert_eq!(s.t("share.copy"), "Copy link");
        assert_eq!(s.lookup("nope"), None);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "missing translation key \"nope\"")]
    fn a_key_missing_everywhere_fails_in_debug_builds() {
        let _ = Strings::english().t("nope");
    }

    #[test]
    fn bad_files_fail_cleanly() {
        assert!(matches!(
            Strings::from_json(Lang::Ru, "{\"ui\":"),
            Err(MapError::Parse { .. })
        ));
        assert!(matches!(
            Strings::from_json(Lang::Ru, "[]"),
            Err(MapError::Parse { .. })
        ));
        let huge = format!("{{\"ui\":{{}},\"x\":\"{}\"}}", "x".repeat(MAX_I18N_BYTES));
        assert!(matches!(
            Strings::from_json(Lang::Ru, &huge),
            Err(MapError::TooLarge { .. })
        ));
    }
}
