//! Embedding: a host page with the map in an iframe and `embed.js`
//! ends with the iframe at the content's height, state messages reach the
//! host, and stray messages are ignored.

use browser_tests::{dist_dir, engines, opt, Page, StaticServer};
use std::collections::HashMap;
use std::time::Duration;

fn host_page(width: u32) -> Vec<u8> {
    format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Article</title></head>
<body style="margin:0"><p>Article text above the map.</p>
<div id="wrap" style="width:{width}px">
<iframe id="map" data-kuril-map src="./?embed=1&amp;scenario=two-island" title="Map" style="width:100%;height:150px;border:0"></iframe>
</div><p>Text below.</p>
<script src="./embed.js"></script>
</body></html>"#
    )
    .into_bytes()
}

/// The frame is exactly as tall as the map's whole document (±1 px): the
/// document does not scroll inside the frame (scrollHeight) and does not
/// end above the frame's bottom (the root element's box, which holds the
/// body's margins).
const FITS: &str = "const f = document.getElementById('map');
  const d = f.contentDocument;
  if (!d || !d.body || d.documentElement.dataset.app !== 'ready') return false;
  const frame = f.clientHeight;
  const root = d.documentElement;
  return frame > 300 && Math.abs(root.scrollHeight - frame) <= 1
    && Math.abs(root.getBoundingClientRect().height - frame) <= 1;";

#[tokio::test(flavor = "multi_thread")]
async fn iframe_ends_at_its_content_height_at_three_widths() {
    for engine in engines() {
        for width in [320u32, 768, 1280] {
            let overrides = HashMap::from([("host.html".to_string(), host_page(width))]);
            let server = StaticServer::start_with(dist_dir(), "/", overrides);
            let page =
                Page::open_on(server, engine, "host.html", "", &[&opt::window(1400, 900)]).await;
            page.browser.wait_for(FITS, Duration::from_secs(30)).await;
            // The link's state is restored inside the iframe, without chrome.
            let inside = page
                .browser
                .eval("const d = document.getElementById('map').contentDocument;
                       return [[...d.querySelectorAll('svg.map path[data-island]')].map(p => p.dataset.holder),
                               getComputedStyle(d.querySelector('.masthead')).display]")
                .await;
            assert_eq!(
                inside,
                serde_json::json!([["russia", "russia", "japan", "japan"], "none"]),
                "{engine:?}"
            );
            // It stays fitted after the content changes height (an event
            // with a long annotation below the map on narrow widths).
            page.browser
                .eval("document.getElementById('map').contentDocument.querySelector('[data-event=\"joint-declaration-1956\"]').click(); return true")
                .await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            page.browser.wait_for(FITS, Duration::from_secs(10)).await;
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn state_messages_reach_the_host_and_stray_messages_are_ignored() {
    for engine in engines() {
        let overrides = HashMap::from([("host.html".to_string(), host_page(900))]);
        let server = StaticServer::start_with(dist_dir(), "/", overrides);
        let page = Page::open_on(server, engine, "host.html", "", &[]).await;
        page.browser
            .eval("window.__states = []; document.getElementById('map').addEventListener('kuril-map:state', e => window.__states.push(e.detail)); return true")
            .await;
        page.browser.wait_for(FITS, Duration::from_secs(30)).await;
        page.browser
            .eval("document.getElementById('map').contentDocument.querySelector('button[data-scenario=\"four-island\"]').click(); return true")
            .await;
        page.browser
            .wait_for(
                "return window.__states.some(s => s.scenario === 'four-island' && s.event === null && s.lang === 'en')",
                Duration::from_secs(10),
            )
            .await;
        // Messages from the host window itself, or malformed ones, do not
        // resize the map.
        let before = page
            .browser
            .eval("return document.getElementById('map').style.height")
            .await;
        page.browser
            .eval(
                "postMessage({type: 'kuril-map:height', height: 4321}, '*');
                   postMessage('kuril-map:height', '*');
                   postMessage({type: 'kuril-map:height', height: '9999px'}, '*');
                   return true",
            )
            .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = page
            .browser
            .eval("return document.getElementById('map').style.height")
            .await;
        assert_eq!(before, after, "{engine:?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn embed_page_offers_a_snippet_for_the_current_state() {
    for engine in engines() {
        let server = StaticServer::start(dist_dir());
        let page = Page::open_on(
            server,
            engine,
            "embed.html?event=joint-declaration-1956&x=%3Cb%3E",
            "",
            &[],
        )
        .await;
        page.browser
            .wait_for(
                "return document.getElementById('snippet').value.length > 0",
                Duration::from_secs(10),
            )
            .await;
        let snippet = page
            .browser
            .eval("return document.getElementById('snippet').value")
            .await;
        let snippet = snippet.as_str().unwrap_or("");
        assert!(snippet.contains("data-kuril-map"), "{snippet}");
        assert!(
            snippet.contains("event=joint-declaration-1956"),
            "{snippet}"
        );
        assert!(
            snippet.contains("embed=1") && snippet.contains("/embed.js"),
            "{snippet}"
        );
        assert!(
            !snippet.contains("<b>") && !snippet.contains("x="),
            "{snippet}"
        );
        // The preview is a live, resized map.
        page.browser
            .wait_for(
                "const f = document.querySelector('#preview iframe'); return !!f && !!f.contentDocument && f.contentDocument.documentElement.dataset.app === 'ready'",
                Duration::from_secs(30),
            )
            .await;
        page.close().await;
    }
}
