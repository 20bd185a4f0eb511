//! Static hosting: the pre-rendered page without JavaScript, a sub-path,
//! and the strict Content Security Policy.

use browser_tests::{dist_dir, engines, Page, StaticServer, MOUNTED};
use fantoccini::Locator;
use std::collections::HashMap;

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

#[tokio::test(flavor = "multi_thread")]
async fn without_javascript_all_four_islands_are_drawn() {
    for engine in engines() {
        let server = StaticServer::start(dist_dir());
        let page = Page::open_on(
            server,
            engine,
            "",
            "",
            &["--blink-settings=scriptEnabled=false"],
        )
        .await;
        // Scripts really are off: the app never took over.
        let root = page
            .browser
            .client
            .find(Locator::Css("html"))
            .await
            .expect("html");
        assert_eq!(
            root.attr("data-app").await.expect("attr"),
            None,
            "{engine:?}: JS ran"
        );
        page.browser
            .client
            .find(Locator::Id("prerendered"))
            .await
            .expect("the pre-rendered page is shown");
        let paths = page
            .browser
            .client
            .find_all(Locator::Css("svg.map path[data-island]"))
            .await
            .expect("find islands");
        let mut seen = Vec::new();
        for p in &paths {
            let id = p
                .attr("data-island")
                .await
                .expect("attr")
                .unwrap_or_default();
            let holder = p
                .attr("data-holder")
                .await
                .expect("attr")
                .unwrap_or_default();
            let d = p.attr("d").await.expect("attr").unwrap_or_default();
            let rect = p.rectangle().await.expect("rect");
            assert!(d.len() > 100, "{engine:?}: {id} has no path");
            assert!(
                rect.2 > 1.0 && rect.3 > 1.0,
                "{engine:?}: {id} not drawn: {rect:?}"
            );
            assert_eq!(holder, "russia", "{engine:?}: {id}");
            seen.push(id);
        }
        assert_eq!(
            seen,
            ["iturup", "kunashir", "shikotan", "habomai"],
            "{engine:?}"
        );
        // Labels are in the pre-rendered SVG too.
        let labels = page
            .browser
            .client
            .find_all(Locator::Css("svg.map text.label--island"))
            .await
            .expect("labels");
        assert_eq!(labels.len(), 4);
        // The no-script timeline lists every event with its sources.
        let items = page
            .browser
            .client
            .find_all(Locator::Css(".noscript [data-event-text]"))
            .await
            .expect("noscript list");
        assert!(
            items.len() >= 15,
            "{engine:?}: {} events in <noscript>",
            items.len()
        );
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn works_from_a_sub_path() {
    for engine in engines() {
        let server = StaticServer::start_with(dist_dir(), "/maps/kurils/", HashMap::new());
        let page = Page::open_on(server, engine, "?scenario=two-island", MOUNTED, &[]).await;
        page.wait_holders(["russia", "russia", "japan", "japan"])
            .await;
        let errors = page.browser.console_errors().await;
        assert!(errors.is_empty(), "{engine:?}: {errors:#?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn runs_under_the_strict_csp_without_violations() {
    for engine in engines() {
        let server = StaticServer::start_full(
            dist_dir(),
            "/",
            HashMap::new(),
            vec![("Content-Security-Policy".into(), CSP.into())],
        );
        let page = Page::open_on(server, engine, "", MOUNTED, &[]).await;
        for css in [
            "button[data-scenario=\"two-island\"]",
            "[data-event=\"joint-declaration-1956\"]",
            "button[data-play]",
            "button[data-play]",
        ] {
            page.browser
                .client
                .find(Locator::Css(css))
                .await
                .expect("control")
                .click()
                .await
                .expect("click");
        }
        page.wait_holders(["russia", "russia", "russia", "russia"])
            .await;
        let errors = page.browser.console_errors().await;
        assert!(
            errors.is_empty(),
            "{engine:?}: console under CSP: {errors:#?}"
        );
        // No inline script remains in the shipped page.
        let inline = page
            .browser
            .eval("return [...document.scripts].filter(s => !s.src).length")
            .await;
        assert_eq!(inline, 0, "{engine:?}");
        page.close().await;
    }
}
