//! One screen: at each size readers use, the scenario controls, the four
//! islands, the legend and land split and the card's heading are in view
//! without scrolling, and stepping through the timeline (by clicking
//! entries, scrolled to as a reader would, and the next-step button) keeps
//! the islands and the changed heading in view. An article's frame stays
//! under 900 px tall, and nothing jumps when the app starts.

use browser_tests::*;
use serde_json::{json, Value};
use std::time::Duration;

/// Laptops and desktops, a tablet each way, and phones from the smallest
/// to the largest in common use.
const SIZES: [(u32, u32); 10] = [
    (1280, 720),
    (1366, 768),
    (1440, 900),
    (1920, 1080),
    (1024, 768),
    (768, 1024),
    (320, 568),
    (375, 667),
    (390, 844),
    (430, 932),
];

/// The same link in a frame of every size.
fn at_every_size(query: &str) -> Vec<(&str, u32, u32)> {
    SIZES.iter().map(|(w, h)| (query, *w, *h)).collect()
}

/// What must be in view from the start.
const AT_START: [&str; 5] = [
    ".scenarios",
    ISLANDS,
    ".legend__keys",
    ".split",
    ".annotation__title",
];

/// What must stay in view after each step.
const AFTER_STEP: [&str; 2] = [ISLANDS, ".annotation__title"];

/// Problems with what `selectors` pick in the current frame: anything not
/// wholly in view, anything missing, and sideways scrolling.
async fn out_of_view(b: &Browser, selectors: &[&str]) -> Vec<String> {
    let args: Vec<Value> = selectors.iter().map(|s| json!(s)).collect();
    let seen = b.run(js!("in_view"), &args).await;
    let mut problems = Vec::new();
    for css in selectors {
        let found = &seen["out"][css];
        let wanted = if *css == ISLANDS { 4 } else { 1 };
        if found["count"].as_u64() != Some(wanted) {
            problems.push(format!("{css}: {} found", found["count"]));
        }
        if found["out"] != json!([]) {
            problems.push(format!("{css} out of view: {}", found["out"]));
        }
    }
    if seen["sideways"] != json!(false) {
        problems.push("the page scrolls sideways".into());
    }
    problems
}

/// Clicks `css` as a reader would, through WebDriver; where the driver
/// cannot reach an entry inside the timeline's own scroller (geckodriver
/// reports it "could not be scrolled into view" although it is in view),
/// the click is dispatched to it instead.
async fn reader_click(b: &Browser, css: &str) {
    let found = b.client.find(fantoccini::Locator::Css(css)).await;
    let clicked = match found {
        Ok(el) => el.click().await.is_ok(),
        Err(_) => false,
    };
    if !clicked {
        b.doc().click(css).await;
    }
}

/// Waits until the card shows the event `id` dated `date` and the step
/// has settled (the URL names the event): by then the timeline has
/// scrolled its selected entry into view, so the next click cannot race
/// with that scroll.
async fn wait_for_card(b: &Browser, date: &str, id: &str) {
    let doc = b.doc();
    let shown = async || {
        doc.attr(".annotation__date time", "datetime")
            .await
            .as_deref()
            == Some(date)
    };
    until(Duration::from_secs(10), date, shown).await;
    let query = format!("event={id}");
    let settled = async || {
        let search = b.run(js!("location"), &[]).await;
        search.as_str().is_some_and(|s| s.contains(&query))
    };
    until(Duration::from_secs(10), "the URL", settled).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_map_and_its_controls_fit_one_screen_and_stepping_keeps_them_in_view() {
    let query = "?scenario=two-island";
    let frames = at_every_size(query);
    for engine in engines() {
        let page = open_in_frames(engine, &frames).await;
        let b = &page.browser;
        let mut problems = Vec::new();
        for (i, (w, h)) in SIZES.iter().enumerate() {
            if i > 0 {
                show_frame(b, i as u16).await;
            }
            page.wait_holders(["russia", "russia", "japan", "japan"])
                .await;
            for p in out_of_view(b, &AT_START).await {
                problems.push(format!("{w}×{h} at the start: {p}"));
            }
            // Four entries, each scrolled to in its list and clicked as a
            // reader would, then the next-step button.
            for (id, date) in [
                ("soviet-iturup-1945", "1945-08-28"),
                ("joint-declaration-1956", "1956-10-19"),
                ("russia-suspends-talks-2022", "2022-03-21"),
                ("constitution-2020", "2020-07-04"),
            ] {
                let css = &format!("[data-event=\"{id}\"]");
                b.run(js!("scroll_into_view"), &[json!(css)]).await;
                reader_click(b, css).await;
                wait_for_card(b, date, id).await;
                for p in out_of_view(b, &AFTER_STEP).await {
                    problems.push(format!("{w}×{h} after {date}: {p}"));
                }
            }
            b.click(".timeline__step:last-of-type").await;
            wait_for_card(b, "2022-03-21", "russia-suspends-talks-2022").await;
            for p in out_of_view(b, &AFTER_STEP).await {
                problems.push(format!("{w}×{h} after the next step: {p}"));
            }
        }
        assert!(problems.is_empty(), "{engine:?}: {problems:#?}");
        page.close().await;
    }
}

/// Where the timeline is a list of its own that scrolls, a link to a late
/// event opens with that event's entry scrolled into the list, at every
/// size; the others show it in the page (checked above).
#[tokio::test(flavor = "multi_thread")]
async fn a_late_events_entry_opens_scrolled_into_its_list() {
    let query = "?event=russia-suspends-talks-2022";
    let frames = at_every_size(query);
    for engine in engines() {
        let page = open_in_frames(engine, &frames).await;
        let b = &page.browser;
        let (mut problems, mut scrolling) = (Vec::new(), 0);
        for (i, (w, h)) in SIZES.iter().enumerate() {
            if i > 0 {
                show_frame(b, i as u16).await;
            }
            let seen = async || {
                let v = b.run(js!("selected_in_list"), &[]).await;
                v["id"] == "russia-suspends-talks-2022"
                    && (v["scrolls"] == false || v["inside"] == true)
            };
            let settled = try_until(Duration::from_secs(5), seen).await;
            let v = b.run(js!("selected_in_list"), &[]).await;
            if v["scrolls"] == true {
                scrolling += 1;
            }
            if !settled {
                problems.push(format!("{w}×{h}: {v}"));
            }
        }
        assert!(problems.is_empty(), "{engine:?}: {problems:#?}");
        // The check is not vacuous: at some sizes the list scrolls.
        assert!(scrolling > 0, "{engine:?}: the list scrolls at no size");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_article_frame_stays_under_900_px_at_article_widths() {
    let queries = ["?embed=1", "?embed=1&event=joint-declaration-1956&lang=ru"];
    let frames: Vec<(&str, u32, u32)> = [360, 640, 740]
        .iter()
        .flat_map(|w| queries.iter().map(move |q| (*q, *w, 400)))
        .collect();
    for engine in engines() {
        let page = open_in_frames(engine, &frames).await;
        let b = &page.browser;
        let mut tall = Vec::new();
        for (i, (query, w, _)) in frames.iter().enumerate() {
            if i > 0 {
                show_frame(b, i as u16).await;
            }
            let height = num(&b.run(js!("document_height"), &[]).await);
            // The map, its controls, the card and the timeline are there.
            for css in [
                ISLANDS,
                ".scenarios",
                ".legend",
                ".annotation__title",
                ".timeline__events",
            ] {
                assert!(
                    b.doc().shown(css).await,
                    "{engine:?} {query} at {w} px: {css}"
                );
            }
            // NaN (no height read) counts as too tall.
            if height.is_nan() || height > 900.0 {
                tall.push(format!("{query} at {w} px: {height} px"));
            }
        }
        assert!(tall.is_empty(), "{engine:?}: {tall:#?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_jumps_when_the_app_starts() {
    let test = "nothing_jumps_when_the_app_starts";
    let why = "the Layout Instability API is Chromium's";
    let Some(page) = Page::open_in_chromium(test, why, "").await else {
        return;
    };
    let shift = num(&page.browser.run_async(js!("layout_shift"), &[]).await);
    assert!(shift < 0.05, "cumulative layout shift {shift}");
    page.close().await;
}
