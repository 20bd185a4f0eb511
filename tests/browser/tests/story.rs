//! Scrollytelling: the article drives the map. `story.html` (and its
//! Japanese and Russian pages) step by step, forwards and back, at phone
//! and desktop widths; `kuril-map:show` from any window but the parent,
//! and malformed ones from the parent, change nothing; the map-only view
//! and the story page pass axe-core.

use browser_tests::{article, axe_serious, dist_dir, engines, js, opt, skip, try_until, until};
use browser_tests::{files, shipped_wasm, Browser, Page, Script, StaticServer, MOUNTED};
use serde_json::{json, Value};
use std::time::Duration;

const FRAME_STATE: Script = js!("frame_state");

/// What the map frame `css` shows: `[ready, event or null, holders]`.
async fn frame_state(b: &Browser, css: &str) -> Value {
    b.run(FRAME_STATE, &[json!(css)]).await
}

fn repo_json(path: &str) -> Value {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).expect("valid JSON")
}

/// What the map must show at each step of `static/story.json`: the
/// selected event (or none, for a scenario) and the four holders.
fn expected_steps() -> Vec<(String, Value, Value)> {
    let story = repo_json("static/story.json");
    let timeline = repo_json("geodata/timeline.json");
    let scenario = |s: &str| match s {
        "status-quo" => ["russia", "russia", "russia", "russia"],
        "two-island" => ["russia", "russia", "japan", "japan"],
        "four-island" => ["japan", "japan", "japan", "japan"],
        other => panic!("unknown scenario {other} in story.json"),
    };
    story["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            let q = s["query"].as_str().expect("query").to_string();
            let (key, value) = q.split_once('=').expect("key=value");
            match key {
                "event" => {
                    let e = timeline["events"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .find(|e| e["id"] == value)
                        .unwrap_or_else(|| panic!("story step {q}: no such event"));
                    let h = &e["holders"];
                    let holders = json!([h["iturup"], h["kunashir"], h["shikotan"], h["habomai"]]);
                    (q.clone(), json!(value), holders)
                }
                _ => (q.clone(), Value::Null, json!(scenario(value))),
            }
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn scrolling_the_story_moves_the_map_forwards_and_back() {
    let steps = expected_steps();
    assert!((6..=8).contains(&steps.len()), "{} steps", steps.len());
    for engine in engines() {
        for (page_name, width, height) in [
            ("story.html", 360u32, 740u32),
            ("story.html", 1280, 900),
            ("story.ja.html", 360, 740),
            ("story.ru.html", 1280, 900),
        ] {
            let server = StaticServer::start(dist_dir());
            let page = Page::open_on(
                server,
                engine,
                page_name,
                None,
                &[&opt::window(width, height)],
            )
            .await;
            let order: Vec<usize> = (0..steps.len()).chain((0..steps.len() - 1).rev()).collect();
            for i in order {
                let (query, event, holders) = &steps[i];
                let b = &page.browser;
                b.run(js!("scroll_step"), &[json!(i)]).await;
                let want = json!([true, event, holders]);
                let map = "iframe[data-kuril-map]";
                // The step is marked active and the map shows it. (The
                // first step's state is also the frame's own start, so the
                // map alone could match before embed.js has seen the step.)
                let active = async || {
                    let steps = b.doc();
                    let marks = steps.attrs("[data-kuril-step]", "data-kuril-active").await;
                    marks.iter().position(Option::is_some)
                };
                let shows = async || active().await == Some(i) && frame_state(b, map).await == want;
                let ok = try_until(Duration::from_secs(15), shows).await;
                let (seen, marked) = (frame_state(b, map).await, active().await);
                assert!(
                    ok,
                    "{engine:?} {page_name} at {width} px, step {} ({query}): want {want} with \
                     step {i} active; map shows {seen}, active step {marked:?}",
                    i + 1
                );
            }
            let errors = page.browser.console_errors().await;
            assert!(errors.is_empty(), "{engine:?} {page_name}: {errors:#?}");
            page.close().await;
        }
    }
}

/// An article with the map-only view and, beside it, a frame that is not
/// the map's parent (sibling.html).
fn show_host() -> Vec<u8> {
    article(
        r#"<iframe id="map" data-kuril-map src="./?embed=1&amp;view=map&amp;scenario=two-island" title="Map" style="width:100%;height:600px;border:0"></iframe>
<iframe id="sib" src="./sibling.html" title="Another frame"></iframe>"#,
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn show_messages_from_other_windows_or_malformed_are_ignored() {
    for engine in engines() {
        let sibling =
            "<!DOCTYPE html><title>Sibling</title><link rel=\"icon\" href=\"favicon.svg\">\
                       <script src=\"./sibling.js\"></script>";
        let overrides = files(&[
            ("host.html", &show_host()),
            ("sibling.html", sibling.as_bytes()),
            ("sibling.js", js!("sibling").source().as_bytes()),
        ]);
        let server = StaticServer::start_with(dist_dir(), "/", overrides);
        let page = Page::open_on(server, engine, "host.html", None, &[]).await;
        let b = &page.browser;
        let two = json!([true, null, ["russia", "russia", "japan", "japan"]]);
        let shows_two = async || frame_state(b, "#map").await == two;
        until(Duration::from_secs(30), "the two-island map", shows_two).await;
        let map_url = async || b.doc().prop("#map", "contentWindow.location.href").await;
        let url_before = map_url().await;
        assert!(url_before.is_string(), "{engine:?}: {url_before}");
        let popup = b.run(js!("send_bad_messages"), &[]).await;
        // Four frames and the settle time of the URL, with room to spare.
        tokio::time::sleep(Duration::from_millis(1500)).await;
        if popup == json!(true) {
            let sent = async || b.run(js!("global"), &[json!("__popupSent")]).await == true;
            until(Duration::from_secs(10), "the popup's message", sent).await;
            tokio::time::sleep(Duration::from_millis(800)).await;
        } else {
            skip(
                engine,
                "show_messages_from_other_windows_or_malformed_are_ignored (its popup case)",
                "the browser opened no popup window",
            );
        }
        assert_eq!(
            frame_state(b, "#map").await,
            two,
            "{engine:?}: state changed"
        );
        assert_eq!(map_url().await, url_before, "{engine:?}");
        let pwned = b.run(js!("global"), &[json!("__pwned")]).await;
        let pwned_inside = b.doc().prop("#map", "contentWindow.__pwned").await;
        assert_eq!(
            [pwned, pwned_inside],
            [Value::Null, Value::Null],
            "{engine:?}"
        );
        let errors = b.console_errors().await;
        assert!(errors.is_empty(), "{engine:?}: {errors:#?}");
        // The channel works: the same message from the parent is obeyed,
        // and the map answers with its state.
        b.record_states().await;
        let show = json!({ "type": "kuril-map:show", "event": "joint-declaration-1956" });
        b.run(js!("post_to_frame"), &[json!("#map"), show]).await;
        let answered = async || {
            let states = b.states().await;
            states
                .iter()
                .any(|s| s["event"] == "joint-declaration-1956")
        };
        until(Duration::from_secs(10), "the map's answer", answered).await;
        let want = json!([
            true,
            "joint-declaration-1956",
            ["russia", "russia", "russia", "russia"]
        ]);
        assert_eq!(frame_state(b, "#map").await, want, "{engine:?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_map_only_view_and_the_story_pass_axe() {
    for engine in engines() {
        for path in [
            "?embed=1&view=map&event=joint-declaration-1956",
            "story.html",
        ] {
            let server = StaticServer::start(dist_dir());
            let map_only = path.starts_with('?');
            let ready = map_only.then_some(MOUNTED);
            let page = Page::open_on(server, engine, path, ready, &[]).await;
            if map_only {
                let b = &page.browser;
                // Only the map, its legend and land split, and the
                // attribution are shown; the live region is still there.
                for (css, shown) in [
                    ("svg.map", true),
                    (".legend", true),
                    (".split", true),
                    (".annotation", false),
                    (".timeline", false),
                    (".area-table", false),
                    (".credits__more", false),
                ] {
                    assert_eq!(b.doc().shown(css).await, shown, "{engine:?}: {css}");
                }
                assert_eq!(b.doc().count("[aria-live]").await, 1, "{engine:?}");
            }
            let found = axe_serious(&page.browser).await;
            assert_eq!(found, json!([]), "{engine:?} {path}: {found:#}");
            page.close().await;
        }
    }
}

/// Before the app runs (here it never does: its module is replaced by
/// bytes that fail their integrity check), the pre-rendered page already
/// takes the chrome a framed map's URL asks for (`static/frame.js`), so
/// an article's frame does not show the whole page first.
#[tokio::test(flavor = "multi_thread")]
async fn a_framed_map_takes_its_chrome_before_the_app_runs() {
    let wasm = shipped_wasm();
    let name = wasm[0].file_name().and_then(|n| n.to_str()).expect("name");
    for engine in engines() {
        // The query, then whether the headline and the timeline show.
        for (query, headline, timeline) in [
            ("?embed=1&view=map&event=yalta-1945", false, false),
            ("?embed=1", false, true),
            ("", true, true),
            ("?embed=maybe&view=%3Cb%3E", true, true),
            ("?view=map&view=full&embed=true", false, true),
        ] {
            let broken = files(&[(name, b"not a WebAssembly module")]);
            let server = StaticServer::start_with(dist_dir(), "/", broken);
            let page = Page::open_on(server, engine, query, None, &[]).await;
            let doc = page.browser.doc();
            assert_eq!(doc.count("#prerendered").await, 1, "{engine:?} {query}");
            assert_eq!(
                doc.attr(":root", "data-app").await,
                None,
                "{engine:?}: it ran"
            );
            let shown = [
                doc.shown(".masthead h1").await,
                doc.shown(".timeline").await,
                doc.shown("svg.map").await,
            ];
            assert_eq!(shown, [headline, timeline, true], "{engine:?} {query}");
            page.close().await;
        }
    }
}
