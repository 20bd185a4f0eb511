//! Reader settings and media: dark theme and reduced motion, the
//! touch-screen hint, and print.

use browser_tests::*;
use serde_json::json;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn dark_theme_and_reduced_motion_emulation_apply() {
    for engine in engines() {
        const SEA: &str =
            "return getComputedStyle(document.documentElement).getPropertyValue('--sea').trim()";
        // Chromium emulates the media features through DevTools; Firefox
        // takes them as preferences when the session opens; WebKitGTK's
        // driver offers neither, so it is left out of this one test.
        let page = match engine {
            Engine::Chromium => {
                let page = Page::open(engine, "").await;
                assert_eq!(page.browser.eval(SEA).await, "#dbe7ef");
                page.browser
                    .cdp(
                        "Emulation.setEmulatedMedia",
                        json!({ "features": [
                            { "name": "prefers-color-scheme", "value": "dark" },
                            { "name": "prefers-reduced-motion", "value": "reduce" }
                        ] }),
                    )
                    .await;
                page
            }
            Engine::Firefox => {
                let server = StaticServer::start(dist_dir());
                Page::open_on(server, engine, "", MOUNTED, &[opt::DARK_REDUCED_MOTION]).await
            }
            Engine::WebKit => continue,
        };
        assert_eq!(page.browser.eval(SEA).await, "#1d2b36", "{engine:?}");
        // Keep a picture of the dark theme for people to look at.
        if let (Engine::Chromium, Ok(png)) = (engine, page.browser.client.screenshot().await) {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/shots");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join("dark-1280.png"), png);
        }
        let matches = page
            .browser
            .eval("return [matchMedia('(prefers-color-scheme: dark)').matches, matchMedia('(prefers-reduced-motion: reduce)').matches]")
            .await;
        assert_eq!(matches, json!([true, true]));
        // Nothing animates under reduced motion.
        let animated = page
            .browser
            .eval("return [...document.querySelectorAll('*')].filter(e => { const s = getComputedStyle(e); return parseFloat(s.transitionDuration) > 0 || s.animationName !== 'none'; }).length")
            .await;
        assert_eq!(animated, 0, "{engine:?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn arrow_key_hint_is_left_out_on_touch_screens() {
    // Chromium emulates a touch screen (a coarse pointer) through DevTools;
    // the other drivers cannot, so this runs in Chromium only.
    for engine in engines().into_iter().filter(|e| *e != Engine::Chromium) {
        skip(
            engine,
            "arrow_key_hint_is_left_out_on_touch_screens",
            "touch emulation needs Chromium's DevTools",
        );
    }
    if !engines().contains(&Engine::Chromium) {
        return;
    }
    const HIDDEN: &str =
        "return getComputedStyle(document.querySelector('.timeline__hint')).display === 'none'";
    let page = Page::open(Engine::Chromium, "").await;
    assert_eq!(page.browser.eval(HIDDEN).await, false, "with a mouse");
    page.browser
        .cdp(
            "Emulation.setTouchEmulationEnabled",
            json!({ "enabled": true, "maxTouchPoints": 5 }),
        )
        .await;
    page.browser.wait_for(HIDDEN, Duration::from_secs(5)).await;
    page.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn print_shows_the_map_the_annotation_and_its_sources() {
    for engine in engines() {
        if engine != Engine::Chromium {
            skip(
                engine,
                "print_shows_the_map_the_annotation_and_its_sources",
                "print-media emulation needs Chromium's DevTools",
            );
            continue;
        }
        let page = Page::open(engine, "?event=joint-declaration-1956").await;
        page.browser
            .cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))
            .await;
        let v = page
            .browser
            .eval(
                "const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0; };
                 const a = document.querySelector('.annotation');
                 return [shown('svg.map'), shown('.annotation'), shown('.annotation__sources'),
                         shown('.timeline'), shown('.scenarios'), shown('.share'), shown('.zoom-controls'),
                         getComputedStyle(a).position]",
            )
            .await;
        assert_eq!(
            v,
            json!([true, true, true, false, false, false, false, "static"]),
            "{engine:?}"
        );
        page.close().await;
    }
}
