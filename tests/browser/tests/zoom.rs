//! Zoom and pan: buttons, a two-finger pinch, and one finger left to the
//! page (no scroll trap); text keeps its size on screen.

use browser_tests::{engines, Page};
use serde_json::json;
use std::time::Duration;

const VIEW: &str =
    "return document.querySelector('svg.map').getAttribute('viewBox').split(' ').map(Number)";
const LABEL_PX: &str =
    "return document.querySelector('svg.map .label--island').getBoundingClientRect().height";

#[tokio::test(flavor = "multi_thread")]
async fn buttons_and_pinch_zoom_without_trapping_page_scroll() {
    for engine in engines() {
        let page = Page::open(engine, "").await;
        let b = &page.browser;
        let whole = b.eval(VIEW).await;
        assert_eq!(whole[2], 1000);
        let label_before = b.eval(LABEL_PX).await.as_f64().unwrap_or(0.0);

        b.click("button[data-zoom=in]").await;
        b.wait_for(
            "return document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2] < 700",
            Duration::from_secs(5),
        )
        .await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        let label_after = b.eval(LABEL_PX).await.as_f64().unwrap_or(0.0);
        assert!(
            (label_after - label_before).abs() < label_before * 0.25,
            "{engine:?}: label height {label_before} -> {label_after} px"
        );
        assert_eq!(
            b.eval("return document.querySelector('svg.map').dataset.zoomed")
                .await,
            "true"
        );

        b.click("button[data-zoom=reset]").await;
        b.wait_for("return document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2] == 1000", Duration::from_secs(5)).await;

        // Two touch pointers moving apart zoom in about their midpoint.
        b.eval(
            "const s = document.querySelector('svg.map'); const r = s.getBoundingClientRect();
             const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
             const ev = (type, id, x) => s.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: cy, bubbles: true }));
             ev('pointerdown', 11, cx - 40); ev('pointerdown', 12, cx + 40);
             ev('pointermove', 11, cx - 80); ev('pointermove', 12, cx + 80);
             ev('pointerup', 11, cx - 80); ev('pointerup', 12, cx + 80);
             return true",
        )
        .await;
        b.wait_for(
            "return document.querySelector('svg.map').getAttribute('viewBox').split(' ')[2] < 800",
            Duration::from_secs(5),
        )
        .await;

        // One finger is left to the browser: the map lets the page pan.
        let touch = b
            .eval("return getComputedStyle(document.querySelector('svg.map')).touchAction")
            .await;
        assert_eq!(touch, json!("pan-x pan-y"), "{engine:?}");
        page.close().await;
    }
}
