//! Hostile input stays inert: markup and script in every URL parameter
//! and in the timeline's texts are shown as text, `javascript:` links are
//! refused, and `embed.js` ignores messages from other origins.
//!
//! The pages here are served *without* their Content Security Policy, so
//! what keeps a payload inert is the app itself, not the CSP behind it.

use browser_tests::{
    article, dist_dir, engines, files, js, num, until, Page, Script, StaticServer, MOUNTED,
};
use serde_json::json;
use std::time::Duration;

/// Sets `window.__pwned` if it ever runs.
const IMG: &str = "<img src=x onerror=\"window.__pwned='img'\">";
const SCRIPT: &str = "<script>window.__pwned='script'</script>";
const SVG: &str = "<svg onload=\"window.__pwned='svg'\"></svg>";

/// `index.html` with its CSP meta element taken out.
fn index_without_csp() -> Vec<u8> {
    page_without_csp("index.html")
}

/// The written page `name` without its policy.
fn page_without_csp(name: &str) -> Vec<u8> {
    let html = std::fs::read_to_string(dist_dir().join(name)).expect("written page");
    let start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .expect("the CSP meta");
    let end = start + html[start..].find('>').expect("end of meta") + 1;
    format!("{}{}", &html[..start], &html[end..]).into_bytes()
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Nothing ran, nothing became markup, and the map is there: the
/// answer is `[true, 0, 0, 0, 4]`.
const INERT: Script = js!("inert");

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_every_url_parameter_stays_text() {
    for engine in engines() {
        for payload in [IMG, SCRIPT, SVG] {
            let p = encode(payload);
            let query = format!("?scenario={p}&event={p}&lang={p}&embed={p}&{p}={p}");
            let overrides = files(&[("index.html", &index_without_csp())]);
            let page = Page::open_with(engine, &query, overrides, MOUNTED).await;
            page.wait_holders(["russia"; 4]).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let v = page.browser.run(INERT, &[]).await;
            assert_eq!(v, json!([true, 0, 0, 0, 4]), "{engine:?} {payload}");
            // The notice quotes what was wrong, as text.
            let notice = page.browser.doc().text("[data-url-notice]").await;
            assert!(!notice.is_empty(), "{engine:?} {payload}: no notice");
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_the_timeline_texts_stays_text() {
    // The Japanese page's state data, with the payloads in an event's
    // title, annotation and source.
    let data = std::fs::read_to_string(dist_dir().join("state-data.ja.json")).expect("data");
    let title = format!("Joint Declaration {IMG}");
    let annotation = format!("Signed in Moscow. {SCRIPT} {SVG}");
    let mut json: serde_json::Value = serde_json::from_str(&data).expect("state data JSON");
    let events = json["timeline"]["events"].as_array_mut().expect("events");
    let e = events
        .iter_mut()
        .find(|e| e["id"] == "joint-declaration-1956")
        .expect("1956");
    e["sources"][0]["title"] = format!("Source {IMG}").into();
    e["title"] = title.clone().into();
    e["annotation"] = annotation.clone().into();
    let hostile = serde_json::to_vec(&json).expect("serialise");
    for engine in engines() {
        let overrides = files(&[
            ("index.html", &index_without_csp()),
            (
                "joint-declaration-1956.ja.html",
                &page_without_csp("joint-declaration-1956.ja.html"),
            ),
            ("state-data.ja.json", &hostile),
        ]);
        let page = Page::open_with(
            engine,
            "?event=joint-declaration-1956&lang=ja",
            overrides,
            MOUNTED,
        )
        .await;
        page.wait_holders(["russia"; 4]).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let v = page.browser.run(INERT, &[]).await;
        assert_eq!(v, json!([true, 0, 0, 0, 4]), "{engine:?}");
        let doc = page.browser.doc();
        let shown = [
            doc.text(".annotation__title").await,
            doc.text(".annotation__text").await,
            doc.text(".annotation__sources a").await,
        ];
        assert_eq!(
            shown,
            [title.clone(), annotation.clone(), format!("Source {IMG}")],
            "{engine:?}: the payloads are shown as the text they are"
        );
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn javascript_links_in_sources_are_refused() {
    let timeline = std::fs::read_to_string(dist_dir().join("state-data.en.json")).expect("data");
    for url in [
        "javascript:window.__pwned='link'",
        "JavaScript:window.__pwned='link'",
        " javascript:window.__pwned='link'",
        "data:text/html,<script>window.__pwned=1</script>",
    ] {
        let marker = "https://www.mofa.go.jp/region/europe/russia/territory/edition92/period1.html";
        let hostile = timeline.replacen(marker, &url.replace('"', "\\\""), 1);
        assert_ne!(
            hostile, timeline,
            "the source link to replace is in the timeline"
        );
        for engine in engines() {
            let overrides = files(&[
                ("index.html", &index_without_csp()),
                ("state-data.en.json", hostile.as_bytes()),
            ]);
            let server = StaticServer::start_with(dist_dir(), "/", overrides);
            let page = Page::open_on(server, engine, "?event=shimoda-1855", None, &[]).await;
            // The timeline is refused with a message naming the file; the
            // written page (from the build, which refuses such a link
            // too) stays as it is.
            let doc = page.browser.doc();
            let banner = async || doc.count(".error-banner").await > 0;
            until(Duration::from_secs(10), "the banner", banner).await;
            let v = page.browser.run(INERT, &[]).await;
            assert_eq!(v, json!([true, 0, 0, 0, 4]), "{engine:?} {url}");
            let banner = page.browser.doc().texts(".error-banner").await.join(" ");
            assert!(
                banner.contains("state-data.en.json") && banner.contains("http"),
                "{engine:?} {url}: {banner}"
            );
            page.close().await;
        }
    }
}

/// A page on another origin that posts look-alike messages to its parent.
const EVIL: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>evil</title></head><body>
<script src="evil.js"></script></body></html>"#;

#[tokio::test(flavor = "multi_thread")]
async fn embed_js_ignores_messages_from_other_origins() {
    for engine in engines() {
        // Another origin: the same files on another port.
        let other = StaticServer::start_with(
            dist_dir(),
            "/",
            files(&[
                ("evil.html", EVIL.as_bytes()),
                ("evil.js", js!("evil_poster").source().as_bytes()),
            ]),
        );
        let evil_url = other.url("evil.html");
        let host = article(&format!(
            r#"<div style="width:900px">
<iframe id="map" data-kuril-map src="./?embed=1" title="Map" style="width:100%;height:150px;border:0"></iframe>
</div>
<iframe id="other" src="{evil_url}" title="Other" style="width:10px;height:10px;border:0"></iframe>"#
        ));
        let server = StaticServer::start_with(dist_dir(), "/", files(&[("host.html", &host)]));
        let page = Page::open_on(server, engine, "host.html", None, &[]).await;
        let b = &page.browser;
        b.record_states().await;
        b.run(js!("count_foreign_messages"), &[]).await;
        let foreign = async || num(&b.run(js!("global"), &[json!("__foreign")]).await);
        let height = async || b.doc().prop("#map", "style.height").await;
        let px = |h: &serde_json::Value| {
            h.as_str()
                .and_then(|h| h.strip_suffix("px")?.parse::<f64>().ok())
        };
        let fitted = async || px(&height().await).is_some_and(|h| h > 300.0);
        until(Duration::from_secs(30), "the frame fitted", fitted).await;
        let fitted = height().await;
        // A sibling frame on another origin posts all the time: nothing
        // changes. Then the map's own frame is sent to that origin, so its
        // window is the expected source but its origin is not.
        tokio::time::sleep(Duration::from_millis(400)).await;
        let posting = async || foreign().await > 0.0;
        until(
            Duration::from_secs(10),
            "the other origin's messages",
            posting,
        )
        .await;
        assert_eq!(height().await, fitted, "{engine:?}");
        let before = foreign().await;
        b.run(js!("navigate_frame"), &[json!("#map"), json!(evil_url)])
            .await;
        tokio::time::sleep(Duration::from_millis(800)).await;
        // Still posting: the sibling, and now the map's own frame too.
        assert!(foreign().await > before, "{engine:?}: nothing posted");
        assert_eq!(height().await, fitted, "{engine:?}");
        let states = b.states().await;
        let evil = states.iter().any(|s| s["scenario"] == "evil");
        assert!(!evil, "{engine:?}: {states:?}");
        page.close().await;
    }
}
