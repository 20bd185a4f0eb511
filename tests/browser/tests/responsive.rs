//! Responsive layout: the page fits 320 px without sideways scroll, the
//! map stays in view on an upright phone, and no map label touches another
//! in any language or width.

use browser_tests::*;
use serde_json::{json, Value};
use std::time::Duration;

/// Opens a host page holding the map in frames of the given sizes, each
/// `(query, width, height)`, so that every engine gets those viewports
/// (Firefox keeps windows at least about 450 px wide). Returns inside the
/// first frame, once the map there is mounted.
async fn open_in_frames(engine: Engine, frames: &[(&str, u32, u32)]) -> Page {
    let frames: String = frames
        .iter()
        .map(|(query, w, h)| {
            format!(
                "<iframe src=\"index.html{query}\" title=\"map, {w} × {h}\" \
                 style=\"width:{w}px;height:{h}px;border:0;display:block\"></iframe>"
            )
        })
        .collect();
    let host = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>frames</title></head>\
         <body style=\"margin:0\">{frames}</body></html>"
    );
    let server =
        StaticServer::start_with(dist_dir(), "/", files(&[("frames.html", host.as_bytes())]));
    let page = Page::open_on(server, engine, "frames.html", None, &[]).await;
    show_frame(&page.browser, 0).await;
    page
}

/// Enters frame `i` of the host page that [`open_in_frames`] made, from
/// the page or from another of its frames, and waits for the map there.
async fn show_frame(b: &Browser, i: u16) {
    // At the top level, WebDriver's "switch to parent frame" does nothing.
    b.client
        .enter_parent_frame()
        .await
        .expect("leave the frame");
    b.client.enter_frame(i).await.expect("enter the frame");
    b.wait_for(MOUNTED, &[], Duration::from_secs(30)).await;
}

/// One snapshot from `viewport.js`: inner size, scroll, root widths, and
/// the boxes of what `boxes` selects.
async fn viewport(b: &Browser, boxes: &[&str]) -> Value {
    let args: Vec<Value> = boxes.iter().map(|css| json!(css)).collect();
    b.run(js!("viewport"), &args).await
}

/// A box in a snapshot, as a [`Rect`] (NaN if missing).
fn rect_of(view: &Value, css: &str) -> Rect {
    let at = |i: usize| num(&view["rects"][css][i]);
    Rect {
        left: at(0),
        top: at(1),
        right: at(2),
        bottom: at(3),
    }
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
async fn on_an_upright_phone_the_map_stays_in_view_above_the_timeline() {
    for engine in engines() {
        // A phone held upright and one on its side.
        let query = "?event=yalta-1945";
        let page = open_in_frames(engine, &[(query, 360, 700), (query, 700, 360)]).await;
        let b = &page.browser;
        // Scroll on until the timeline's entries are at the foot of the
        // screen, far past where the map sits in the page.
        let doc = b.doc();
        let entries = doc.rect(".timeline__events").await;
        let height = num(&viewport(b, &[]).await["innerHeight"]);
        b.run(js!("scroll_by"), &[json!(entries.bottom - height + 4.0)])
            .await;
        let map_above_entries = async || {
            let view = viewport(b, &["svg.map", ".timeline__events"]).await;
            let (m, t) = (
                rect_of(&view, "svg.map"),
                rect_of(&view, ".timeline__events"),
            );
            num(&view["scrollY"]) > m.bottom + m.height()
                && m.top.abs() <= 1.0
                && m.bottom <= t.top
                && t.bottom <= num(&view["innerHeight"]) + 1.0
        };
        until(
            Duration::from_secs(5),
            "the map pinned above the entries",
            map_above_entries,
        )
        .await;
        // A tap on an entry there recolours a map in view.
        b.click("[data-event=\"soviet-iturup-1945\"]").await;
        page.wait_holders(["russia", "japan", "japan", "japan"])
            .await;
        let top = doc.rect("svg.map").await.top;
        assert!(
            top.abs() <= 1.0,
            "{engine:?}: the map left the screen ({top} px)"
        );
        // On its side the map would fill the screen: it scrolls as usual.
        show_frame(b, 1).await;
        let position = b.doc().style(".map-wrap", "position").await;
        assert_eq!(position, "relative", "{engine:?}");
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
