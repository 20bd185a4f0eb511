//! The first end-to-end checks: the page loads, the app mounts and draws
//! the four islands, and the console stays clean.

use browser_tests::{dist_dir, engines, Driver, StaticServer, MOUNTED};
use std::collections::HashMap;
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

        b.wait_for(MOUNTED, Duration::from_secs(30)).await;
        let ids = b
            .eval(
                "return [...document.querySelectorAll('svg.map path[data-island]')]
                   .map(p => [p.dataset.island, p.getAttribute('d').length,
                              p.getBoundingClientRect().width > 1])",
            )
            .await;
        let ids = ids.as_array().expect("array");
        let names: Vec<&str> = ids.iter().map(|v| v[0].as_str().unwrap_or("")).collect();
        assert_eq!(
            names,
            ["iturup", "kunashir", "shikotan", "habomai"],
            "{engine:?}"
        );
        for v in ids {
            assert!(
                v[1].as_u64().unwrap_or(0) > 100,
                "{engine:?}: empty path {v}"
            );
            assert_eq!(v[2], true, "{engine:?}: island not visible {v}");
        }

        let errors = b.console_errors().await;
        assert!(errors.is_empty(), "{engine:?}: console errors: {errors:#?}");
        // The check can fail: errors raised now are reported (a console
        // error, and an image the page fails to load).
        b.eval(
            "console.error('probe check');
             const img = document.createElement('img');
             img.src = 'missing-check.png';
             img.alt = '';
             document.body.appendChild(img);
             return true",
        )
        .await;
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
        let overrides = HashMap::from([(
            "geodata/islands.geojson".to_string(),
            br#"{"type":"FeatureCollection","features":[{"type":"Feat"#.to_vec(),
        )]);
        let server = StaticServer::start_with(dist_dir(), "/", overrides);
        let driver = Driver::start(engine);
        let b = driver.session().await;
        b.client.goto(&server.url("")).await.expect("open the page");
        b.wait_for(
            "return !!document.querySelector('[role=alert]')",
            Duration::from_secs(30),
        )
        .await;
        let text = b
            .eval("return document.querySelector('[role=alert]').textContent")
            .await;
        let text = text.as_str().unwrap_or("");
        assert!(
            text.contains("geodata/islands.geojson"),
            "{engine:?}: {text}"
        );
        assert!(text.contains("not valid JSON"), "{engine:?}: {text}");
        // It says the saved map is shown, not that no map could be drawn.
        assert!(text.contains("saved"), "{engine:?}: {text}");
        assert!(!text.contains("could not be drawn"), "{engine:?}: {text}");
        // The pre-rendered page, which was correct, stays: its header and
        // its four islands.
        let kept = b
            .eval(
                "const p = document.getElementById('prerendered');
                 return [!!p, p && p.querySelectorAll('svg.map path[data-island]').length,
                         document.querySelector('h1').textContent]",
            )
            .await;
        assert_eq!(kept[0], true, "{engine:?}: {kept}");
        assert_eq!(kept[1], 4, "{engine:?}: {kept}");
        assert!(kept[2].as_str().unwrap_or("").contains("Kuril"), "{kept}");
        b.close().await;
    }
}
