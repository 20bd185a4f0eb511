//! Reader settings and media: dark theme and reduced motion, the
//! touch-screen hint, and print.

use browser_tests::*;
use serde_json::json;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn dark_theme_and_reduced_motion_emulation_apply() {
    const TEST: &str = "dark_theme_and_reduced_motion_emulation_apply";
    for engine in engines() {
        let light = Page::open(engine, "").await;
        assert_eq!(sea(&light).await, "#dbe7ef", "{engine:?}");
        light.close().await;
        let Some(page) = Page::open_dark(engine, TEST, "").await else {
            continue;
        };
        assert_eq!(sea(&page).await, "#1d2b36", "{engine:?}");
        // Keep a picture of the dark theme for people to look at.
        if let (Engine::Chromium, Ok(png)) = (engine, page.browser.client.screenshot().await) {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/shots");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join("dark-1280.png"), png);
        }
        let queries = [
            "(prefers-color-scheme: dark)",
            "(prefers-reduced-motion: reduce)",
        ];
        let matches = page
            .browser
            .run(js!("media_matches"), &queries.map(|q| json!(q)))
            .await;
        assert_eq!(matches, json!([true, true]));
        // Nothing animates under reduced motion.
        let animated = page.browser.run(js!("animated"), &[]).await;
        assert_eq!(animated, 0, "{engine:?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn arrow_key_hint_is_left_out_on_touch_screens() {
    // Chromium emulates a touch screen (a coarse pointer) through DevTools;
    // the other drivers cannot, so this runs in Chromium only.
    let test = "arrow_key_hint_is_left_out_on_touch_screens";
    let why = "touch emulation needs Chromium's DevTools";
    let Some(page) = Page::open_in_chromium(test, why, "").await else {
        return;
    };
    let hint = async || page.browser.doc().style(".timeline__hint", "display").await;
    assert_ne!(hint().await, "none", "with a mouse");
    page.browser
        .cdp(
            "Emulation.setTouchEmulationEnabled",
            json!({ "enabled": true, "maxTouchPoints": 5 }),
        )
        .await;
    until(Duration::from_secs(5), "the hint hidden", async || {
        hint().await == "none"
    })
    .await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn print_shows_the_map_the_annotation_and_its_sources() {
    let test = "print_shows_the_map_the_annotation_and_its_sources";
    let why = "print-media emulation needs Chromium's DevTools";
    let path = "?event=joint-declaration-1956";
    let Some(page) = Page::open_in_chromium(test, why, path).await else {
        return;
    };
    let engine = Engine::Chromium;
    page.browser
        .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
        .await;
    let doc = page.browser.doc();
    for (css, printed) in [
        ("svg.map", true),
        (".annotation", true),
        (".annotation__sources", true),
        (".timeline", false),
        (".scenarios", false),
        (".share", false),
        (".zoom-controls", false),
    ] {
        assert_eq!(doc.shown(css).await, printed, "{engine:?}: {css} in print");
        if printed {
            let height = doc.rect(css).await.height();
            assert!(height > 0.0, "{engine:?}: {css} printed {height} px tall");
        }
    }
    assert_eq!(
        doc.style(".annotation", "position").await,
        "static",
        "{engine:?}"
    );
    page.close().await;
}

/// The theme's sea colour, as the page computes it.
async fn sea(page: &Page) -> String {
    page.browser.doc().style(":root", "--sea").await
}
