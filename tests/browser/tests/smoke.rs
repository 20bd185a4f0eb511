//! The first end-to-end checks: the page loads, the app mounts and draws
//! the four islands, and the console stays clean.

use browser_tests::{dist_dir, engines, files, js, until, Driver, StaticServer, ISLANDS, MOUNTED};
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn page_loads_mounts_and_draws_four_islands_without_console_errors() {
    for engine in engines() {
        let server = StaticServer::start(dist_dir());
        let driver = Driver::start(engine);
        let b = driver.session().await;
        b.client.goto(&server.url("")).await.expect("open the page");

        let title = b.client.title().await.expect("title");
        assert!(title.contains("Kuril"), "{engine:?}: title {title:?}");

        b.wait_for(MOUNTED, &[], Duration::from_secs(30)).await;
        let doc = b.doc();
        let names = doc.data(ISLANDS, "island").await;
        assert_eq!(
            names,
            ["iturup", "kunashir", "shikotan", "habomai"],
            "{engine:?}"
        );
        let paths = doc.attrs(ISLANDS, "d").await;
        let boxes = doc.rects(ISLANDS).await;
        for ((name, d), r) in names.iter().zip(&paths).zip(&boxes) {
            let d = d.as_deref().unwrap_or("");
            assert!(d.len() > 100, "{engine:?}: empty path {name}: {d}");
            assert!(
                r.width() > 1.0,
                "{engine:?}: island not visible {name}: {r:?}"
            );
        }

        let errors = b.console_errors().await;
        assert!(errors.is_empty(), "{engine:?}: console errors: {errors:#?}");
        // The check can fail: errors raised now are reported (a console
        // error, and an image the page fails to load).
        b.run(js!("raise_errors"), &[]).await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        let errors = b.console_errors().await.join("\n");
        assert!(
            errors.contains("probe check") && errors.contains("missing-check.png"),
            "{engine:?}: the error probe missed errors: {errors}"
        );
        b.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn broken_geodata_keeps_the_prerendered_map_and_names_the_file() {
    for engine in engines() {
        let overrides = files(&[("state-data.en.json", br#"{"lang":"en","strings":{"ui":{"#)]);
        let server = StaticServer::start_with(dist_dir(), "/", overrides);
        let driver = Driver::start(engine);
        let b = driver.session().await;
        b.client.goto(&server.url("")).await.expect("open the page");
        let doc = b.doc();
        let alert = async || doc.count("[role=alert]").await > 0;
        until(Duration::from_secs(30), "an alert", alert).await;
        let text = doc.text("[role=alert]").await;
        assert!(text.contains("state-data.en.json"), "{engine:?}: {text}");
        assert!(text.contains("not valid JSON"), "{engine:?}: {text}");
        // It says the saved map is shown, not that no map could be drawn.
        assert!(text.contains("saved"), "{engine:?}: {text}");
        assert!(!text.contains("could not be drawn"), "{engine:?}: {text}");
        // The pre-rendered page, which was correct, stays: its header and
        // its four islands.
        assert_eq!(doc.count("#prerendered").await, 1, "{engine:?}");
        let islands = doc.count("#prerendered svg.map path[data-island]").await;
        assert_eq!(islands, 4, "{engine:?}");
        let headline = doc.text("h1").await;
        assert!(headline.contains("Kuril"), "{engine:?}: {headline}");
        b.close().await;
    }
}
