//! A standards desk's checks on the committed texts, driven by the policy
//! in `tests/editorial.json` (see `geodata/SOURCES.md`):
//! - every event cites a source on an allowed host, and an official or
//!   primary one unless its editor's note says none could be found;
//! - no source is on a denied host (state media, aggregators, personal
//!   sites, Wikipedia), and every source is https;
//! - the three languages carry the same events (the sources and holders are
//!   shared in `timeline.json`, so they cannot differ by language);
//! - a loaded phrase ("illegally occupied", 不法占拠, «исконно
//!   российские»…) appears only in quotation marks or in a sentence that
//!   attributes it ("Japan calls…", "Moscow says…").
//!
//! Each check is a function returning the list of problems, so the tests
//! at the end can also show that it fails when a bad source or phrase is
//! put back.

use serde_json::Value;

const POLICY: &str = include_str!("editorial.json");
const TIMELINE: &str = include_str!("../geodata/timeline.json");
const LANGS: [(&str, &str); 3] = [
    ("en", include_str!("../geodata/i18n/en.json")),
    ("ja", include_str!("../geodata/i18n/ja.json")),
    ("ru", include_str!("../geodata/i18n/ru.json")),
];

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default()
}

/// The host of an http(s) URL, lower-cased; `None` for anything else.
fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    let h = rest[..end].to_lowercase();
    (!h.is_empty()).then_some(h)
}

/// Whether `host` is `domain` or one of its subdomains.
fn on(host: &str, domains: &[String]) -> bool {
    domains
        .iter()
        .any(|d| host == d || host.ends_with(&format!(".{d}")))
}

/// Problems with the sources of every event in `timeline`.
fn source_problems(policy: &Value, timeline: &Value) -> Vec<String> {
    let official = strings(&policy["official"]);
    let news = strings(&policy["news"]);
    let deny = strings(&policy["deny"]);
    let no_primary = policy["no_primary_note"].as_str().unwrap_or("\u{0}");
    let mut out = Vec::new();
    for e in timeline["events"].as_array().into_iter().flatten() {
        let id = e["id"].as_str().unwrap_or("?");
        let sources = e["sources"].as_array().cloned().unwrap_or_default();
        let (mut has_official, mut has_allowed) = (false, false);
        for s in &sources {
            let url = s["url"].as_str().unwrap_or("");
            if !url.starts_with("https://") {
                out.push(format!("{id}: not https: {url}"));
            }
            let Some(h) = host(url) else {
                out.push(format!("{id}: no host in {url}"));
                continue;
            };
            if on(&h, &deny) {
                out.push(format!("{id}: denied source {h}"));
            }
            has_official |= on(&h, &official);
            has_allowed |= on(&h, &official) || on(&h, &news);
        }
        if !has_allowed {
            out.push(format!("{id}: no source on an allowed host"));
        }
        let note = e["note"].as_str().unwrap_or("");
        if !has_official && !note.contains(no_primary) {
            out.push(format!(
                "{id}: no official or primary source, and the note does not say why"
            ));
        }
    }
    out
}

/// Problems with whose texts back each government's voice: an event (or
/// story step) whose English text gives a government's position or act
/// (a marker of `voices` in one of its sentences) needs a source on that
/// government's own hosts (a treaty's text elsewhere is not its position),
/// unless `open` records it as searched for and not found
/// (`"<id> <government>"`). State newspapers are news, so never count.
fn voice_problems(policy: &Value, timeline: &Value) -> Vec<String> {
    let open = policy["open"].as_object().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for e in timeline["events"].as_array().into_iter().flatten() {
        let id = e["id"].as_str().unwrap_or("?");
        let text = e["annotation"].as_str().unwrap_or("").to_lowercase();
        let hosts: Vec<String> = e["sources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| host(s["url"].as_str().unwrap_or("")))
            .collect();
        let voices = policy["voices"].as_object().into_iter().flatten();
        for (government, markers) in voices {
            let speaks = strings(markers).iter().any(|m| text.contains(m.as_str()));
            let own = strings(&policy["government"][government]);
            let backed = hosts.iter().any(|h| on(h, &own));
            let recorded = open.contains_key(&format!("{id} {government}"));
            if speaks && !backed && !recorded {
                out.push(format!(
                    "{id}: gives {government}'s position or act with no text of its own"
                ));
            }
            if recorded && backed {
                out.push(format!("{id}: listed as open for {government} but backed"));
            }
        }
    }
    out
}

/// Sentences of `text`: split after "。" in Japanese, after ". ", "; ",
/// "? ", "! " elsewhere.
fn sentences<'a>(lang: &str, text: &'a str) -> Vec<&'a str> {
    let ends: &[&str] = if lang == "ja" {
        &["。"]
    } else {
        &[". ", "; ", "? ", "! "]
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < text.len() {
        if let Some(end) = ends.iter().find(|e| text[i..].starts_with(**e)) {
            out.push(&text[start..i + end.len()]);
            start = i + end.len();
            i = start;
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Whether byte offset `at` of `s` lies inside quotation marks: “…”, «…»,
/// 「…」, 『…』, "…", or '…' (a straight single quote between two letters
/// is an apostrophe, not a quote).
fn quoted(s: &str, at: usize) -> bool {
    let mut depth = 0i32;
    let mut straight_double = false;
    let mut straight_single = false;
    let mut prev: Option<char> = None;
    let mut iter = s[..at].char_indices().peekable();
    while let Some((_, c)) = iter.next() {
        let next = iter
            .peek()
            .map(|(_, n)| *n)
            .or_else(|| s[at..].chars().next());
        match c {
            '“' | '«' | '「' | '『' | '‘' => depth += 1,
            '”' | '»' | '」' | '』' | '’' => depth -= 1,
            '"' => straight_double = !straight_double,
            '\'' => {
                let between_letters = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if !between_letters {
                    straight_single = !straight_single;
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    depth > 0 || straight_double || straight_single
}

/// Loaded phrases in `text` that are neither quoted nor attributed in
/// their sentence.
fn unattributed(policy: &Value, lang: &str, text: &str) -> Vec<String> {
    let loaded = strings(&policy["loaded"][lang]);
    let markers = strings(&policy["attribution"][lang]);
    let mut out = Vec::new();
    for sentence in sentences(lang, text) {
        let lower = sentence.to_lowercase();
        for phrase in &loaded {
            for (at, _) in lower.match_indices(phrase.as_str()) {
                let attributed = markers.iter().any(|m| lower.contains(m.as_str()));
                if !attributed && !quoted(&lower, at) {
                    out.push(format!("{phrase:?} in {:?}", sentence.trim()));
                }
            }
        }
    }
    out
}

/// Every narrative text in one language: the interface strings, and the
/// events' titles and annotations.
fn texts(lang_file: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (key, v) in lang_file["ui"].as_object().into_iter().flatten() {
        out.push((format!("ui.{key}"), v.as_str().unwrap_or("").to_string()));
    }
    for (id, e) in lang_file["events"].as_object().into_iter().flatten() {
        for field in ["title", "annotation"] {
            out.push((
                format!("{id}.{field}"),
                e[field].as_str().unwrap_or("").to_string(),
            ));
        }
    }
    out
}

fn phrase_problems(policy: &Value, lang: &str, lang_file: &Value) -> Vec<String> {
    texts(lang_file)
        .into_iter()
        .flat_map(|(key, text)| {
            unattributed(policy, lang, &text)
                .into_iter()
                .map(move |p| format!("{lang} {key}: {p}"))
        })
        .collect()
}

/// Narrative texts of one language that use a framing the standards desk
/// keeps out of the narrative voice (`framing` in the policy): Japan's
/// definition of the Kurils, or the 1946 decree read as naming the four.
fn framing_problems(policy: &Value, lang: &str, lang_file: &Value) -> Vec<String> {
    let phrases = strings(&policy["framing"][lang]);
    texts(lang_file)
        .into_iter()
        .flat_map(|(key, text)| {
            let lower = text.to_lowercase();
            phrases
                .iter()
                .filter(|p| lower.contains(p.as_str()))
                .map(|p| format!("{lang} {key}: {p:?}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_narrative_voice_keeps_out_of_either_sides_framing() {
    let policy = parse(POLICY);
    let mut problems = Vec::new();
    for (lang, text) in LANGS {
        problems.extend(framing_problems(&policy, lang, &parse(text)));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_old_framing_put_back_fails_in_every_language() {
    let policy = parse(POLICY);
    let old = [
        ("en", "portsmouth-1905", "Russia cedes southern Sakhalin; the Kuril Islands, Japanese since 1875, and the four islands to their south are not affected."),
        ("en", "soviet-decree-1946", "A decree creates South Sakhalin Oblast on the Kuril Islands, which the decree took to include the four islands."),
        ("ja", "portsmouth-1905", "1875年以来日本領だった千島列島と、その南の4島には変更がなかった。"),
        ("ja", "soviet-decree-1946", "南サハリンと、4島を含むものとされたクリル諸島の領域に州が設置された。"),
        ("ru", "portsmouth-1905", "Курильских островов, японских с 1875 года, и четырёх островов к югу от них договор не касается."),
        ("ru", "soviet-decree-1946", "под Курильскими островами указ подразумевал и четыре острова."),
    ];
    for (lang, id, text) in old {
        let i = LANGS
            .iter()
            .position(|(l, _)| *l == lang)
            .expect("language");
        let mut file = parse(LANGS[i].1);
        file["events"][id]["annotation"] = text.into();
        let problems = framing_problems(&policy, lang, &file);
        assert!(!problems.is_empty(), "{lang} {id}: not caught");
    }
}

#[test]
fn every_event_cites_allowed_https_sources_and_a_primary_one() {
    let problems = source_problems(&parse(POLICY), &parse(TIMELINE));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_government_speaks_through_its_own_texts() {
    let problems = voice_problems(&parse(POLICY), &parse(TIMELINE));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_voice_without_its_government_text_or_on_a_state_paper_fails() {
    let policy = parse(POLICY);
    let event = |sources: Value| {
        serde_json::json!({ "events": [{
            "id": "x", "note": "",
            "annotation": "Moscow says the treaty has no bearing on the dispute.",
            "sources": sources
        }]})
    };
    let agency = serde_json::json!([{ "title": "TASS", "url": "https://tass.com/a" }]);
    let paper = serde_json::json!([{ "title": "RG", "url": "https://rg.ru/a" }]);
    let mid = serde_json::json!([{ "title": "MFA", "url": "https://mid.ru/a" }]);
    for (sources, fails) in [(agency, true), (paper, true), (mid, false)] {
        let problems = voice_problems(&policy, &event(sources.clone()));
        assert_eq!(!problems.is_empty(), fails, "{sources}: {problems:?}");
    }
    // A state newspaper is news, not an official text.
    assert!(!on("rg.ru", &strings(&policy["official"])));
    assert!(!on("pnp.ru", &strings(&policy["official"])));
    // The real shimoda-1855 without its mid.ru source fails.
    let mut timeline = parse(TIMELINE);
    let sources = timeline["events"][0]["sources"]
        .as_array_mut()
        .expect("sources");
    sources.retain(|s| !s["url"].as_str().unwrap_or("").contains("mid.ru"));
    let problems = voice_problems(&policy, &timeline);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("shimoda-1855: gives russia")),
        "{problems:?}"
    );
}

#[test]
fn the_three_languages_have_the_same_events_and_share_sources_and_holders() {
    let timeline = parse(TIMELINE);
    let ids: Vec<&str> = timeline["events"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["id"].as_str())
        .collect();
    for (lang, text) in LANGS {
        let file = parse(text);
        let events = file["events"].as_object().expect("events");
        let mut theirs: Vec<&str> = events.keys().map(String::as_str).collect();
        let mut ours = ids.clone();
        theirs.sort_unstable();
        ours.sort_unstable();
        assert_eq!(theirs, ours, "{lang}: events differ from timeline.json");
        // A language file carries texts only: sources and holders live once,
        // in timeline.json, so no language can cite or colour differently.
        for (id, e) in events {
            let keys: Vec<&str> = e
                .as_object()
                .map(|o| o.keys().map(String::as_str).collect())
                .unwrap_or_default();
            assert_eq!(keys, ["annotation", "title"], "{lang} {id}");
        }
    }
}

#[test]
fn english_texts_match_the_timeline() {
    let timeline = parse(TIMELINE);
    let en = parse(LANGS[0].1);
    for e in timeline["events"].as_array().into_iter().flatten() {
        let id = e["id"].as_str().unwrap_or("?");
        for field in ["title", "annotation"] {
            assert_eq!(e[field], en["events"][id][field], "{id}.{field}");
        }
    }
}

#[test]
fn loaded_phrases_are_only_quoted_or_attributed() {
    let policy = parse(POLICY);
    let mut problems = Vec::new();
    for (lang, text) in LANGS {
        problems.extend(phrase_problems(&policy, lang, &parse(text)));
    }
    let timeline = parse(TIMELINE);
    for e in timeline["events"].as_array().into_iter().flatten() {
        let id = e["id"].as_str().unwrap_or("?");
        for field in ["title", "annotation"] {
            for p in unattributed(&policy, "en", e[field].as_str().unwrap_or("")) {
                problems.push(format!("timeline {id}.{field}: {p}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_denied_or_plain_http_source_put_back_fails() {
    let policy = parse(POLICY);
    let mut timeline = parse(TIMELINE);
    timeline["events"][0]["sources"]
        .as_array_mut()
        .expect("sources")
        .push(serde_json::json!({
            "title": "Wikipedia",
            "url": "https://en.wikipedia.org/wiki/Treaty_of_Shimoda"
        }));
    timeline["events"][1]["sources"]
        .as_array_mut()
        .expect("sources")
        .push(serde_json::json!({ "title": "RT", "url": "http://www.rt.com/news/1/" }));
    let problems = source_problems(&policy, &timeline);
    assert!(
        problems
            .iter()
            .any(|p| p.contains("denied source en.wikipedia.org")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("denied source www.rt.com")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("not https")),
        "{problems:?}"
    );
}

#[test]
fn an_event_with_only_news_sources_needs_a_note_saying_why() {
    let policy = parse(POLICY);
    let timeline = serde_json::json!({ "events": [{
        "id": "x", "note": "",
        "sources": [{ "title": "Reuters", "url": "https://www.reuters.com/a" }]
    }]});
    let problems = source_problems(&policy, &timeline);
    assert!(
        problems.iter().any(|p| p.contains("no official")),
        "{problems:?}"
    );
    let mut noted = timeline.clone();
    noted["events"][0]["note"] = "No primary text was found in the archive.".into();
    assert!(source_problems(&policy, &noted).is_empty());
}

#[test]
fn an_unattributed_loaded_phrase_put_back_fails() {
    let policy = parse(POLICY);
    let cases = [
        ("en", "The islands remain illegally occupied."),
        ("en", "Talks on the return of the islands stalled."),
        ("ja", "4島は不法占拠されている。"),
        ("ru", "Исконно российские земли остаются в составе страны."),
    ];
    for (lang, text) in cases {
        assert!(
            !unattributed(&policy, lang, text).is_empty(),
            "{lang}: {text}"
        );
    }
    // The same words, attributed or quoted, pass.
    let fine = [
        ("en", "Tokyo calls the islands illegally occupied."),
        (
            "en",
            "MOFA's page is titled 'illegally occupied' territories.",
        ),
        ("ja", "日本政府は4島が不法占拠されているとしている。"),
        ("ru", "Москва называет острова «исконно российскими»."),
        ("en", "Japan seeks the return of the islands."),
    ];
    for (lang, text) in fine {
        assert!(
            unattributed(&policy, lang, text).is_empty(),
            "{lang}: {text}"
        );
    }
    // Put back into a real file, the check names it.
    let mut en = parse(LANGS[0].1);
    en["ui"]["dek"] = "The islands are illegally occupied by Russia.".into();
    let problems = phrase_problems(&policy, "en", &en);
    assert!(
        problems.iter().any(|p| p.contains("ui.dek")),
        "{problems:?}"
    );
}

#[test]
fn sentences_and_quotes_are_found() {
    assert_eq!(sentences("en", "One. Two; three.").len(), 3);
    assert_eq!(sentences("ja", "一。二。").len(), 2);
    let s = "he said 'not ours' and Japan's view";
    assert!(quoted(s, s.find("not").expect("at")));
    assert!(!quoted(s, s.find("view").expect("at")));
    assert!(quoted("«исконно»", "«".len()));
    assert_eq!(
        host("https://en.kremlin.ru/x"),
        Some("en.kremlin.ru".into())
    );
    assert!(on("en.kremlin.ru", &["kremlin.ru".to_string()]));
    assert!(!on("notkremlin.ru", &["kremlin.ru".to_string()]));
}

/// The story's steps (`static/story.json`), as the source check reads
/// events: each step needs an allowed, https source, and an official one.
fn story_as_events(story: &Value) -> Value {
    let events: Vec<Value> = story["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, s)| {
            serde_json::json!({
                "id": format!("story step {}", i + 1),
                "annotation": s["text"]["en"].clone(),
                "sources": s["sources"].clone(),
                "note": s["note"].clone()
            })
        })
        .collect();
    serde_json::json!({ "events": events })
}

const STORY: &str = include_str!("../static/story.json");

#[test]
fn the_story_meets_the_same_standards() {
    let policy = parse(POLICY);
    let story = parse(STORY);
    let mut problems = source_problems(&policy, &story_as_events(&story));
    problems.extend(voice_problems(&policy, &story_as_events(&story)));
    let steps = story["steps"].as_array().expect("steps");
    assert!((6..=8).contains(&steps.len()), "{} steps", steps.len());
    for (lang, _) in LANGS {
        for (i, s) in steps.iter().enumerate() {
            let text = s["text"][lang].as_str().unwrap_or("");
            assert!(!text.trim().is_empty(), "step {} has no {lang} text", i + 1);
            for p in unattributed(&policy, lang, text) {
                problems.push(format!("story step {} ({lang}): {p}", i + 1));
            }
        }
        for (key, v) in story["pages"][lang].as_object().expect("page texts") {
            for p in unattributed(&policy, lang, v.as_str().unwrap_or("")) {
                problems.push(format!("story page {key} ({lang}): {p}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
