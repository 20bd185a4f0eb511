//! Embedding: a host page with the map in an iframe and `embed.js`
//! ends with the iframe at the content's height, state messages reach the
//! host, and stray messages are ignored.

use browser_tests::{
    article, dist_dir, engines, files, js, opt, until, Page, Script, StaticServer,
};
use serde_json::json;
use std::time::Duration;

/// The frame is exactly as tall as the map's whole document.
const FITS: Script = js!("frame_fits");

/// An article with the map in a column `width` px wide, text above and
/// below, and the frame too short until embed.js fits it.
fn host_page(width: u32) -> Vec<u8> {
    article(&format!(
        r#"<p>Article text above the map.</p>
<div id="wrap" style="width:{width}px">
<iframe id="map" data-kuril-map src="./?embed=1&amp;scenario=two-island" title="Map" style="width:100%;height:150px;border:0"></iframe>
</div><p>Text below.</p>"#
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn iframe_ends_at_its_content_height_at_three_widths() {
    for engine in engines() {
        for width in [320u32, 768, 1280] {
            let overrides = files(&[("host.html", &host_page(width))]);
            let server = StaticServer::start_with(dist_dir(), "/", overrides);
            let page = Page::open_on(
                server,
                engine,
                "host.html",
                None,
                &[&opt::window(1400, 900)],
            )
            .await;
            page.browser
                .wait_for(FITS, &[], Duration::from_secs(30))
                .await;
            // The link's state is restored inside the iframe, without chrome.
            let map = page.browser.frame("#map");
            let holders = map.data("svg.map path[data-island]", "holder").await;
            assert_eq!(
                holders,
                ["russia", "russia", "japan", "japan"],
                "{engine:?}"
            );
            assert_eq!(
                map.style(".masthead", "display").await,
                "none",
                "{engine:?}"
            );
            // It stays fitted after the content changes height (an event
            // with a long annotation below the map on narrow widths).
            map.click("[data-event=\"joint-declaration-1956\"]").await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            page.browser
                .wait_for(FITS, &[], Duration::from_secs(10))
                .await;
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn state_messages_reach_the_host_and_stray_messages_are_ignored() {
    for engine in engines() {
        let overrides = files(&[("host.html", &host_page(900))]);
        let server = StaticServer::start_with(dist_dir(), "/", overrides);
        let page = Page::open_on(server, engine, "host.html", None, &[]).await;
        let b = &page.browser;
        b.record_states().await;
        b.wait_for(FITS, &[], Duration::from_secs(30)).await;
        b.frame("#map")
            .click("[data-scenario=\"four-island\"]")
            .await;
        let wanted = json!({ "scenario": "four-island", "event": null, "lang": "en" });
        let told = async || b.states().await.contains(&wanted);
        until(
            Duration::from_secs(10),
            &format!("the state {wanted}"),
            told,
        )
        .await;
        // Messages from the host window itself, or malformed ones, do not
        // resize the map.
        let before = b.doc().prop("#map", "style.height").await;
        b.run(js!("post_stray_heights"), &[]).await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = b.doc().prop("#map", "style.height").await;
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
            None,
            &[],
        )
        .await;
        let doc = page.browser.doc();
        let snippet = async || {
            doc.prop("#snippet", "value")
                .await
                .as_str()
                .unwrap_or("")
                .to_string()
        };
        until(Duration::from_secs(10), "the snippet", async || {
            !snippet().await.is_empty()
        })
        .await;
        let snippet = snippet().await;
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
        let preview = page.browser.frame("#preview iframe");
        let ready = async || preview.data(":root", "app").await == ["ready"];
        until(Duration::from_secs(30), "the preview's map", ready).await;
        page.close().await;
    }
}
