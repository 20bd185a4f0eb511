//! Responsive layout: the page fits 320 px without sideways scroll, and
//! no map label touches another in any language or width (one_screen.rs
//! keeps the map and its controls in one screen).

use browser_tests::*;
use serde_json::{json, Value};

/// One snapshot from `viewport.js`: inner size, scroll, root widths, and
/// the boxes of what `boxes` selects.
async fn viewport(b: &Browser, boxes: &[&str]) -> Value {
    let args: Vec<Value> = boxes.iter().map(|css| json!(css)).collect();
    b.run(js!("viewport"), &args).await
}

#[tokio::test(flavor = "multi_thread")]
async fn fits_320_px_without_horizontal_scroll() {
    const QUERIES: [&str; 4] = [
        "?scenario=status-quo",
        "?event=joint-declaration-1956",
        "?event=joint-declaration-1956&lang=ja",
        "?scenario=two-island&lang=ru",
    ];
    let frames = QUERIES.map(|query| (query, 320, 800));
    for engine in engines() {
        // One browser for all four, a frame each.
        let page = open_in_frames(engine, &frames).await;
        for (i, query) in QUERIES.into_iter().enumerate() {
            if i > 0 {
                show_frame(&page.browser, i as u16).await;
            }
            let b = &page.browser;
            let doc = b.doc();
            let view = viewport(b, &[]).await;
            assert_eq!(view["innerWidth"], 320.0, "{engine:?}: viewport width");
            assert!(
                num(&view["scrollWidth"]) <= num(&view["clientWidth"]),
                "{engine:?} {query}: {view}"
            );
            // Tap targets are at least 24 × 24 CSS px.
            let small = b.run(js!("small_targets"), &[]).await;
            assert_eq!(small, json!([]), "{engine:?}");
            // Every button shows its whole label and none covers another
            // (a long label, such as Russian "Play", must not be squeezed).
            let squeezed = b.run(js!("squeezed_buttons"), &[]).await;
            assert_eq!(squeezed, json!([]), "{engine:?} {query}: buttons");
            // The annotation sits below the map, not over it.
            let map = doc.rect("svg.map").await;
            let card = doc.rect(".annotation").await;
            assert!(
                card.top >= map.bottom - 1.0,
                "{engine:?}: {card:?} over {map:?}"
            );
            // The table scrolls sideways at this width, but its caption
            // wraps within the screen rather than running off it.
            let wrap = |p: &'static str| async move { num(&doc.prop(".table-wrap", p).await) };
            assert!(
                wrap("scrollWidth").await > wrap("clientWidth").await,
                "{engine:?} {query}"
            );
            let caption = doc.rect(".area-table__caption").await;
            let inner = num(&view["innerWidth"]);
            assert!(
                caption.width() > 0.0 && caption.right <= inner + 0.5,
                "{engine:?} {query}: table caption {caption:?}"
            );
            // Headers wrap at word or bracket breaks, not a glyph per line
            // (Japanese may break between any two characters).
            let tall = b.run(js!("tall_headers"), &[]).await;
            assert_eq!(tall, json!([]), "{engine:?} {query}: table headers");
        }
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn map_labels_clear_each_other_in_every_language_and_width() {
    // Labels are twice as large, relative to the map, at phone widths
    // (600 px and under); Japanese names are the widest.
    let frames: Vec<(String, u32, u32)> = ["en", "ja", "ru"]
        .iter()
        .flat_map(|lang| {
            [
                (format!("?lang={lang}"), 360, 640),
                (format!("?lang={lang}"), 1280, 900),
            ]
        })
        // The 1855 border's label too, at phone size; and wide enough for
        // the annotation card's leader lines.
        .chain([
            (
                "?event=joint-declaration-1956&lang=ru".to_string(),
                360,
                640,
            ),
            (
                "?event=soviet-kunashir-shikotan-1945&lang=ru".to_string(),
                1280,
                900,
            ),
            (
                "?event=joint-declaration-1956&lang=ja".to_string(),
                1280,
                900,
            ),
        ])
        .collect();
    let frames: Vec<(&str, u32, u32)> = frames
        .iter()
        .map(|(q, w, h)| (q.as_str(), *w, *h))
        .collect();
    for engine in engines() {
        let page = open_in_frames(engine, &frames).await;
        let b = &page.browser;
        let mut clashes = Vec::new();
        for (i, (query, w, _)) in frames.iter().enumerate() {
            if i > 0 {
                show_frame(b, i as u16).await;
            }
            let found = b.run(js!("label_clashes"), &[]).await;
            // Four islands, Hokkaido and Urup at least: never a pass for
            // want of anything measured.
            let labels = found["labels"].as_u64().unwrap_or(0);
            assert!(labels >= 6, "{engine:?} {query}: {labels} labels measured");
            if query.contains("event=") && *w >= 1000 {
                let leaders = found["leaders"].as_u64().unwrap_or(0);
                assert!(leaders >= 2, "{engine:?} {query}: {leaders} leaders");
            }
            if found["bad"] != json!([]) {
                clashes.push(format!("{query} at {w} px: {}", found["bad"]));
            }
        }
        assert!(clashes.is_empty(), "{engine:?}: {clashes:#?}");
        page.close().await;
    }
}
