//! Accessibility: axe-core (npm) finds no serious or critical violation
//! on the whole page in both themes, in each scenario and a sample of
//! events; islands take focus with a full
//! accessible name and changes are announced; each language sets its names
//! and `<html lang>`; Tab reaches every control and keys change every
//! state; claims and the 1956 handover are hatched, named and in the legend.

use browser_tests::*;
use fantoccini::key::Key;
use serde_json::json;
use std::time::Duration;

/// The states axe checks: the default page, each scenario, a sample of
/// events (before, during and after the Soviet occupation) and the other
/// two languages.
const AXE_STATES: [&str; 9] = [
    "",
    "?scenario=status-quo",
    "?scenario=two-island",
    "?scenario=four-island",
    "?event=shimoda-1855",
    "?event=soviet-iturup-1945",
    "?event=joint-declaration-1956",
    "?lang=ja&event=russia-suspends-talks-2022",
    "?lang=ru&scenario=two-island",
];

/// axe-core over the whole document in the light theme.
#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_serious_violations_in_the_light_theme() {
    for engine in engines() {
        for query in AXE_STATES {
            let page = Page::open(engine, query).await;
            let found = axe_serious(&page.browser).await;
            assert_eq!(found, json!([]), "{engine:?} light {query}: {found:#}");
            page.close().await;
        }
    }
}

/// The same with the reader's system in dark mode (every link and text,
/// the area table's note included, meets AA on the dark paper).
#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_serious_violations_in_the_dark_theme() {
    const TEST: &str = "axe_finds_no_serious_violations_in_the_dark_theme";
    for engine in engines() {
        for query in AXE_STATES {
            let Some(page) = Page::open_dark(engine, TEST, query).await else {
                break;
            };
            let found = axe_serious(&page.browser).await;
            assert_eq!(found, json!([]), "{engine:?} dark {query}: {found:#}");
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn islands_take_focus_with_name_area_and_holder_and_changes_are_announced() {
    for engine in engines() {
        let page = Page::open(engine, "?scenario=two-island").await;
        let doc = page.browser.doc();
        let tab_indices = doc.props(ISLANDS, "tabIndex").await;
        assert_eq!(
            tab_indices,
            [0, 0, 0, 0],
            "{engine:?}: every island focusable"
        );
        let labels = doc.attrs(ISLANDS, "aria-label").await;
        let label = |i: usize| labels[i].clone().unwrap_or_default();
        assert_eq!(label(2), "Shikotan: 249 km². Held by Japan", "{engine:?}");
        assert!(label(0).starts_with("Iturup / Etorofu: 3,146 km². Held by Russia"));

        // Keyboard: Tab from the four-island button reaches controls; Enter
        // on a scenario button changes the state, and the live region says so.
        let b = &page.browser;
        b.focus("[data-scenario=\"four-island\"]").await;
        b.press(Key::Enter.into()).await;
        page.wait_holders(["japan", "japan", "japan", "japan"])
            .await;
        let said = "Four islands (Japan's claim). Japan 4,946 km²";
        let announced = async || doc.text("[data-live]").await.starts_with(said);
        until(Duration::from_secs(5), said, announced).await;
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn languages_show_the_right_names_and_set_html_lang() {
    for engine in engines() {
        for (lang, iturup, title_part) in [
            ("ja", "択捉島（イトゥルップ島）", "日ソ共同宣言"),
            (
                "ru",
                "Итуруп (Эторофу)",
                "Советско-японская совместная декларация",
            ),
            (
                "en",
                "Iturup / Etorofu",
                "Soviet–Japanese Joint Declaration",
            ),
        ] {
            let page = Page::open(
                engine,
                &format!("?event=joint-declaration-1956&lang={lang}"),
            )
            .await;
            let doc = page.browser.doc();
            let html_lang = doc.attr(":root", "lang").await;
            assert_eq!(html_lang.as_deref(), Some(lang), "{engine:?}: <html lang>");
            let name = doc
                .attr("svg.map path[data-island=iturup]", "aria-label")
                .await;
            let name = name.unwrap_or_default();
            assert!(name.starts_with(iturup), "{engine:?} {lang}: {name}");
            let title = doc.text(".annotation__title").await;
            assert!(title.contains(title_part), "{engine:?} {lang}: {title}");
            let current = doc.data(".langs [aria-current=true]", "lang").await;
            assert_eq!(current, [lang]);
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn tab_reaches_every_kind_of_control_and_keys_change_every_state() {
    for engine in engines() {
        let page = Page::open(engine, "?scenario=status-quo").await;
        let b = &page.browser;
        // One round of the tab order from the top, pressing Tab as a
        // reader does, up to a marker button after the last control;
        // record what kind of control takes focus.
        b.run(js!("start_tab_walk"), &[]).await;
        let mut seen: Vec<String> = Vec::new();
        for _ in 0..60 {
            b.press(Key::Tab.into()).await;
            match control_kind(&b.run(js!("focused"), &[]).await) {
                Some(kind) => seen.push(kind),
                None => break,
            }
        }
        for wanted in [
            "lang",
            "scenario:status-quo",
            "scenario:two-island",
            "scenario:four-island",
            "island:iturup",
            "island:habomai",
            "zoom:in",
            "play",
            "event",
            "copy",
            "svg",
        ] {
            assert!(
                seen.iter().any(|s| s == wanted),
                "{engine:?}: Tab never reached {wanted}: {seen:?}"
            );
        }
        // Exactly one timeline entry is in one round of the tab order
        // (arrow keys move within the timeline).
        let round: Vec<&String> = seen.iter().collect();
        assert_eq!(
            round.iter().filter(|s| **s == "event").count(),
            1,
            "{engine:?}: {round:?}"
        );
        // Space on a focused scenario button changes the state (keys sent
        // as real key presses to whatever has focus, as a reader would).
        b.focus("[data-scenario=\"two-island\"]").await;
        b.press(' ').await;
        page.wait_holders(["russia", "russia", "japan", "japan"])
            .await;
        page.close().await;
    }
}

/// What kind of control the focused element (as `focused.js` describes it)
/// is, such as `scenario:two-island` or `event`; `None` at the end of the
/// round (the marker button, or the body).
fn control_kind(focused: &serde_json::Value) -> Option<String> {
    let data = &focused["data"];
    let value = |key: &str| data[key].as_str().filter(|v| !v.is_empty());
    if focused["id"] == "tab-end" || focused["tag"] == "body" {
        return None;
    }
    let kind = if let Some(s) = value("scenario") {
        format!("scenario:{s}")
    } else if let Some(i) = value("island") {
        format!("island:{i}")
    } else if value("event").is_some() {
        "event".into()
    } else if let Some(z) = value("zoom") {
        format!("zoom:{z}")
    } else if data.get("play").is_some() {
        "play".into()
    } else if value("lang").is_some() {
        "lang".into()
    } else {
        let tag = focused["tag"].as_str().unwrap_or("");
        value("share")
            .or(value("export"))
            .unwrap_or(tag)
            .to_string()
    };
    Some(kind)
}

/// Claimed and promised islands carry a hatching pattern (not colour
/// alone), the legend names it, and the accessible name says it.
#[tokio::test(flavor = "multi_thread")]
async fn claims_and_promises_are_hatched_named_and_in_the_legend() {
    for engine in engines() {
        let all = json!(["iturup", "kunashir", "shikotan", "habomai"]);
        let two = json!(["shikotan", "habomai"]);
        let none = json!([]);
        for (query, claimed, promised) in [
            ("?scenario=status-quo", &all, &none),
            ("?scenario=two-island", &none, &none),
            ("?event=shimoda-1855", &none, &none),
            ("?event=soviet-iturup-1945", &json!(["iturup"]), &none),
            ("?event=joint-declaration-1956", &all, &two),
        ] {
            let page = Page::open(engine, query).await;
            // Accessible names follow once the view is painted.
            let doc = page.browser.doc();
            let named = async || {
                doc.attr("path[data-island=shikotan]", "aria-label")
                    .await
                    .is_some_and(|n| !n.is_empty())
            };
            until(Duration::from_secs(5), "Shikotan's name", named).await;
            let v = page.browser.run(js!("marks"), &[]).await;
            assert_eq!(&v["claimed"], claimed, "{engine:?} {query}: {v:#}");
            assert_eq!(&v["promised"], promised, "{engine:?} {query}: {v:#}");
            let any = |l: &serde_json::Value| l.as_array().is_some_and(|a| !a.is_empty());
            assert_eq!(
                v["legend"],
                json!([any(claimed), any(promised)]),
                "{engine:?} {query}: {v:#}"
            );
            let named = v["named"].as_str().unwrap_or("");
            let shikotan_claimed = claimed
                .as_array()
                .is_some_and(|a| a.contains(&json!("shikotan")));
            assert_eq!(
                named.contains("Claimed by Japan"),
                shikotan_claimed,
                "{engine:?} {query}: {named}"
            );
            // Where sovereignty is disputed, or at a dated moment, the
            // wording is "administered by", never "held by".
            if query != "?scenario=two-island" {
                assert!(
                    named.contains("Administered by"),
                    "{engine:?} {query}: {named}"
                );
            }
            page.close().await;
        }
    }
}
