//! Zoom and pan: buttons, a two-finger pinch, and one finger left to the
//! page (no scroll trap); text keeps its size on screen.

use browser_tests::{engines, js, until, Browser, Page};
use std::time::Duration;

/// The width of the map's viewBox: 1000 for the whole map, less zoomed in.
async fn view_width(b: &Browser) -> f64 {
    let view = b.doc().attr("svg.map", "viewBox").await.unwrap_or_default();
    let width = view.split(' ').nth(2).and_then(|w| w.parse().ok());
    width.unwrap_or(f64::NAN)
}

/// The height on screen of an island's label, in CSS px.
async fn label_px(b: &Browser) -> f64 {
    b.doc().rect("svg.map .label--island").await.height()
}

#[tokio::test(flavor = "multi_thread")]
async fn buttons_and_pinch_zoom_without_trapping_page_scroll() {
    for engine in engines() {
        let page = Page::open(engine, "").await;
        let b = &page.browser;
        assert_eq!(view_width(b).await, 1000.0);
        let label_before = label_px(b).await;
        let zoomed_in = |limit: f64| async move || view_width(b).await < limit;

        b.click("button[data-zoom=in]").await;
        until(Duration::from_secs(5), "zoomed in", zoomed_in(700.0)).await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        let label_after = label_px(b).await;
        assert!(
            (label_after - label_before).abs() < label_before * 0.25,
            "{engine:?}: label height {label_before} -> {label_after} px"
        );
        assert_eq!(b.doc().data("svg.map", "zoomed").await, ["true"]);

        b.click("button[data-zoom=reset]").await;
        let whole = async || view_width(b).await == 1000.0;
        until(Duration::from_secs(5), "the whole map", whole).await;

        // Two touch pointers moving apart zoom in about their midpoint.
        b.run(js!("pinch"), &[]).await;
        until(Duration::from_secs(5), "pinched in", zoomed_in(800.0)).await;

        // One finger is left to the browser: the map lets the page pan.
        let touch = b.doc().style("svg.map", "touch-action").await;
        assert_eq!(touch, "pan-x pan-y", "{engine:?}");
        page.close().await;
    }
}
