//! Hostile input stays inert: markup and script in every URL parameter
//! and in the timeline's texts are shown as text, `javascript:` links are
//! refused, and `embed.js` ignores messages from other origins.
//!
//! The pages here are served *without* their Content Security Policy, so
//! what keeps a payload inert is the app itself, not the CSP behind it.

use browser_tests::{dist_dir, engines, Page, StaticServer, MOUNTED};
use std::collections::HashMap;
use std::time::Duration;

/// Sets `window.__pwned` if it ever runs.
const IMG: &str = "<img src=x onerror=\"window.__pwned='img'\">";
const SCRIPT: &str = "<script>window.__pwned='script'</script>";
const SVG: &str = "<svg onload=\"window.__pwned='svg'\"></svg>";

/// `index.html` with its CSP meta element taken out.
fn index_without_csp() -> Vec<u8> {
    let html = std::fs::read_to_string(dist_dir().join("index.html")).expect("index.html");
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

/// Nothing ran, nothing became markup, and the map is there.
const INERT: &str = "return [window.__pwned === undefined,
  document.querySelectorAll('img, iframe, object, embed').length,
  [...document.scripts].filter(s => !s.src).length,
  document.querySelectorAll('a[href^=\"javascript:\" i]').length,
  document.querySelectorAll('svg.map path[data-island]').length]";

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_every_url_parameter_stays_text() {
    for engine in engines() {
        for payload in [IMG, SCRIPT, SVG] {
            let p = encode(payload);
            let query = format!("?scenario={p}&event={p}&lang={p}&embed={p}&{p}={p}");
            let overrides = HashMap::from([("index.html".to_string(), index_without_csp())]);
            let page = Page::open_with(engine, &query, overrides, MOUNTED).await;
            page.wait_holders(["russia"; 4]).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let v = page.browser.eval(INERT).await;
            assert_eq!(
                v,
                serde_json::json!([true, 0, 0, 0, 4]),
                "{engine:?} {payload}"
            );
            // The notice quotes what was wrong, as text.
            let notice = page
                .browser
                .eval("const n = document.querySelector('[data-url-notice]'); return n ? n.textContent : ''")
                .await;
            assert!(
                notice.as_str().is_some_and(|t| !t.is_empty()),
                "{engine:?} {payload}: no notice"
            );
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_the_timeline_texts_stays_text() {
    let timeline =
        std::fs::read_to_string(dist_dir().join("geodata/timeline.json")).expect("timeline.json");
    let title = format!("Joint Declaration {IMG}");
    let annotation = format!("Signed in Moscow. {SCRIPT} {SVG}");
    let mut json: serde_json::Value = serde_json::from_str(&timeline).expect("timeline JSON");
    let events = json["events"].as_array_mut().expect("events");
    let e = events
        .iter_mut()
        .find(|e| e["id"] == "joint-declaration-1956")
        .expect("1956");
    e["sources"][0]["title"] = format!("Source {IMG}").into();
    let hostile = serde_json::to_vec(&json).expect("serialise");
    // Titles and annotations are shown from the language's file (English
    // is built in; Japanese is fetched), so the payloads go there too.
    let ja = std::fs::read_to_string(dist_dir().join("geodata/i18n/ja.json")).expect("ja.json");
    let mut ja: serde_json::Value = serde_json::from_str(&ja).expect("ja JSON");
    ja["events"]["joint-declaration-1956"]["title"] = title.clone().into();
    ja["events"]["joint-declaration-1956"]["annotation"] = annotation.clone().into();
    let ja = serde_json::to_vec(&ja).expect("serialise");
    for engine in engines() {
        let overrides = HashMap::from([
            ("index.html".to_string(), index_without_csp()),
            ("geodata/timeline.json".to_string(), hostile.clone()),
            ("geodata/i18n/ja.json".to_string(), ja.clone()),
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
        let v = page.browser.eval(INERT).await;
        assert_eq!(v, serde_json::json!([true, 0, 0, 0, 4]), "{engine:?}");
        let shown = page
            .browser
            .eval(
                "return [document.querySelector('.annotation__title').textContent,
                           document.querySelector('.annotation__text').textContent,
                           document.querySelector('.annotation__sources a').textContent]",
            )
            .await;
        assert_eq!(
            shown,
            serde_json::json!([title, annotation, format!("Source {IMG}")]),
            "{engine:?}: the payloads are shown as the text they are"
        );
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn javascript_links_in_sources_are_refused() {
    let timeline =
        std::fs::read_to_string(dist_dir().join("geodata/timeline.json")).expect("timeline.json");
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
            let overrides = HashMap::from([
                ("index.html".to_string(), index_without_csp()),
                (
                    "geodata/timeline.json".to_string(),
                    hostile.clone().into_bytes(),
                ),
            ]);
            let page = Page::open_with(engine, "?event=shimoda-1855", overrides, MOUNTED).await;
            let v = page.browser.eval(INERT).await;
            assert_eq!(v, serde_json::json!([true, 0, 0, 0, 4]), "{engine:?} {url}");
            // The timeline is refused with a message naming the file; the
            // scenarios still work.
            let banner = page
                .browser
                .eval("return [...document.querySelectorAll('.error-banner')].map(e => e.textContent).join(' ')")
                .await;
            let banner = banner.as_str().unwrap_or("");
            assert!(
                banner.contains("timeline.json") && banner.contains("http"),
                "{engine:?} {url}: {banner}"
            );
            page.close().await;
        }
    }
}

/// A page on another origin that posts look-alike messages to its parent.
const EVIL: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>evil</title></head><body>
<script>
setInterval(function () {
  parent.postMessage({ type: "kuril-map:height", height: 4321 }, "*");
  parent.postMessage({ type: "kuril-map:state", scenario: "evil", event: null, lang: "en" }, "*");
}, 50);
</script></body></html>"#;

#[tokio::test(flavor = "multi_thread")]
async fn embed_js_ignores_messages_from_other_origins() {
    for engine in engines() {
        // Another origin: the same files on another port.
        let other = StaticServer::start_with(
            dist_dir(),
            "/",
            HashMap::from([("evil.html".to_string(), EVIL.as_bytes().to_vec())]),
        );
        let evil_url = other.url("evil.html");
        let host = format!(
            r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Article</title></head>
<body style="margin:0"><div style="width:900px">
<iframe id="map" data-kuril-map src="./?embed=1" title="Map" style="width:100%;height:150px;border:0"></iframe>
</div>
<iframe id="other" src="{evil_url}" title="Other" style="width:10px;height:10px;border:0"></iframe>
<script src="./embed.js"></script>
</body></html>"#
        );
        let server = StaticServer::start_with(
            dist_dir(),
            "/",
            HashMap::from([("host.html".to_string(), host.into_bytes())]),
        );
        let page = Page::open_on(server, engine, "host.html", "", &[]).await;
        let b = &page.browser;
        b.eval("window.__states = []; document.getElementById('map').addEventListener('kuril-map:state', e => window.__states.push(e.detail.scenario)); return true")
            .await;
        b.wait_for(
            "const f = document.getElementById('map'); return parseFloat(f.style.height) > 300",
            Duration::from_secs(30),
        )
        .await;
        let fitted = b
            .eval("return document.getElementById('map').style.height")
            .await;
        // A sibling frame on another origin posts all the time: nothing
        // changes. Then the map's own frame is sent to that origin, so its
        // window is the expected source but its origin is not.
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert_eq!(
            b.eval("return document.getElementById('map').style.height")
                .await,
            fitted,
            "{engine:?}"
        );
        b.eval(&format!(
            "document.getElementById('map').contentWindow.location = '{evil_url}'; return true"
        ))
        .await;
        tokio::time::sleep(Duration::from_millis(800)).await;
        let after = b
            .eval("return [document.getElementById('map').style.height, window.__states.includes('evil')]")
            .await;
        assert_eq!(after, serde_json::json!([fitted, false]), "{engine:?}");
        page.close().await;
    }
}
