//! The translation files: every key in every language, with the same
//! placeholders as English, every timeline event translated, and names
//! for every unit and islet. (Wiring them into the UI is open work.)

mod common;

use kuril_map::model::Islands;
use serde_json::Value;
use std::collections::BTreeSet;

const EN: &str = include_str!("../geodata/i18n/en.json");
const JA: &str = include_str!("../geodata/i18n/ja.json");
const RU: &str = include_str!("../geodata/i18n/ru.json");
const TIMELINE: &str = include_str!("../geodata/timeline.json");
const ISLANDS: &str = include_str!("../geodata/islands.geojson");

fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let Some(j) = rest[i..].find('}') else { break };
        out.insert(rest[i..i + j + 1].to_string());
        rest = &rest[i + j + 1..];
    }
    out
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

#[test]
fn every_language_has_every_ui_key_with_the_same_placeholders() {
    let en = parse(EN);
    let en_ui = en["ui"].as_object().expect("ui");
    for (lang, text) in [("ja", JA), ("ru", RU)] {
        let t = parse(text);
        let ui = t["ui"].as_object().expect("ui");
        for (key, value) in en_ui {
            let other = ui
                .get(key)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{lang}: missing ui key {key}"));
            assert!(!other.is_empty(), "{lang}: empty {key}");
            assert_eq!(
                placeholders(other),
                placeholders(value.as_str().unwrap_or("")),
                "{lang}: {key}"
            );
        }
        assert_eq!(ui.len(), en_ui.len(), "{lang}: extra keys");
    }
}

#[test]
fn every_event_and_name_is_translated() {
    let timeline = parse(TIMELINE);
    let ids: Vec<&str> = timeline["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    // Every islet the map names (tests/geodata.rs checks that they are
    // Habomai's six), by the romaji name the translations key them on.
    let islets: Vec<String> = Islands::from_geojson(ISLANDS)
        .expect("islands load")
        .iter()
        .flat_map(|unit| &unit.islets)
        .map(|islet| islet.names.ja_romaji.clone())
        .collect();
    assert_eq!(islets.len(), 6, "{islets:?}");
    for (lang, text) in [("en", EN), ("ja", JA), ("ru", RU)] {
        let t = parse(text);
        for id in &ids {
            for field in ["title", "annotation"] {
                let s = t["events"][id][field].as_str().unwrap_or("");
                assert!(!s.trim().is_empty(), "{lang}: {id}.{field} missing");
            }
        }
        for unit in [
            "iturup", "kunashir", "shikotan", "habomai", "urup", "hokkaido",
        ] {
            assert!(
                t["names"][unit]["primary"]
                    .as_str()
                    .is_some_and(|s| !s.is_empty()),
                "{lang}: {unit}"
            );
        }
        for islet in &islets {
            assert!(
                t["names"]["islets"][islet]["primary"]
                    .as_str()
                    .is_some_and(|s| !s.is_empty()),
                "{lang}: {islet}"
            );
        }
        assert_eq!(
            t["months"].as_array().map(Vec::len),
            Some(12),
            "{lang}: months"
        );
    }
    // Each side's name stays visible in the other's language.
    assert_eq!(parse(JA)["names"]["iturup"]["primary"], "択捉島");
    assert_eq!(parse(RU)["names"]["iturup"]["other"], "Эторофу");
}

/// Sentence ends in a text: "。" in Japanese; elsewhere ". " or a final
/// "." ("e.g." aside).
fn sentences(lang: &str, text: &str) -> usize {
    if lang == "ja" {
        return text.matches('。').count();
    }
    let text = text.replace("e.g. ", "eg ");
    text.matches(". ").count() + usize::from(text.ends_with('.'))
}

#[test]
fn every_annotation_has_one_to_three_sentences_in_every_language() {
    for (lang, text) in [("en", EN), ("ja", JA), ("ru", RU)] {
        let t = parse(text);
        let events = t["events"].as_object().expect("events");
        assert!(!events.is_empty(), "{lang}: no events");
        for (id, event) in events {
            let annotation = event["annotation"].as_str().unwrap_or_default();
            let n = sentences(lang, annotation);
            assert!((1..=3).contains(&n), "{lang} {id}: {n} sentences");
        }
    }
}

#[test]
fn sentence_counting_sees_japanese_and_western_ends() {
    assert_eq!(sentences("ja", "一。二。三。四。"), 4);
    assert_eq!(sentences("ru", "Одно. Два, e.g. три."), 2);
}

/// An "other" name is the other side's name where it differs from the
/// primary one; a bare transliteration of the same name (Шикотан and
/// Сикотан, 歯舞群島 and ハボマイ諸島) is not one. So a unit or islet has an
/// other name in every language or in none.
#[test]
fn alternative_names_are_given_in_all_languages_or_none() {
    let files: Vec<(&str, Value)> = [("en", EN), ("ja", JA), ("ru", RU)]
        .into_iter()
        .map(|(l, t)| (l, parse(t)))
        .collect();
    let has_other = |v: &Value| v["other"].as_str().is_some_and(|s| !s.is_empty());
    let en = &files[0].1["names"];
    let mut checked = 0;
    for (unit, pair) in en.as_object().expect("names") {
        let entries: Vec<(String, &Value)> = if unit == "islets" {
            pair.as_object()
                .expect("islets")
                .keys()
                .map(|k| (k.clone(), &files[0].1["names"]["islets"][k]))
                .collect()
        } else {
            vec![(unit.clone(), pair)]
        };
        for (name, en_pair) in entries {
            for (lang, file) in &files[1..] {
                let theirs = if unit == "islets" {
                    &file["names"]["islets"][&name]
                } else {
                    &file["names"][&name]
                };
                assert_eq!(
                    has_other(theirs),
                    has_other(en_pair),
                    "{lang}: {name} has an other name in one language but not in English"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 24, "{checked}");
}

/// What comes before a key in the code, and the part of the key that the
/// opener holds (`"holder.` is part of the key it opens).
const OPENERS: [(&str, &str); 7] = [
    (".t(\"", ""),
    (".f(\"", ""),
    (".f(\n", ""),
    ("lead=\"", ""),
    ("=> \"legend.", "legend."),
    ("=> \"summary.", "summary."),
    ("\"holder.", "holder."),
];

/// Every translation key the code asks for (`t("…")`, `f("…", …)`,
/// `lead="…"`, and the keys `text.rs` returns), so that the next test can
/// check each language has it.
fn keys_used_by_the_code() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for (_, source) in common::files() {
        // The code, not its tests.
        let code: String = source
            .split("#[cfg(test)]")
            .next()
            .unwrap_or("")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (opener, prefix) in OPENERS {
            let mut rest: &str = &code;
            while let Some(i) = rest.find(opener) {
                rest = &rest[i + opener.len()..];
                let start = if opener.ends_with('\n') {
                    match rest.trim_start().strip_prefix('"') {
                        Some(r) => r,
                        None => continue,
                    }
                } else {
                    rest
                };
                let key: String = start
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
                    .collect();
                if !key.is_empty() && start[key.len()..].starts_with('"') {
                    keys.insert(format!("{prefix}{key}"));
                }
            }
        }
    }
    // Keys built from closed sets.
    for s in ["status-quo", "two-island", "four-island"] {
        keys.insert(format!("scenario.{s}.label"));
        keys.insert(format!("scenario.{s}.description"));
    }
    keys
}

#[test]
fn every_key_the_code_uses_is_in_every_language() {
    let keys = keys_used_by_the_code();
    assert!(keys.len() > 60, "found only {} keys: {keys:?}", keys.len());
    assert!(keys.contains("legend.occupied") && keys.contains("timeline.unavailable"));
    for (lang, text) in [("en", EN), ("ja", JA), ("ru", RU)] {
        let ui = parse(text)["ui"].clone();
        let missing: Vec<&String> = keys
            .iter()
            .filter(|k| ui.get(k.as_str()).is_none())
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}
