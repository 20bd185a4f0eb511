//! Every state a page: with scripting off, every state is reached from
//! every other by ordinary links (scenario controls, timeline entries,
//! the previous/next step, the language switch), each page drawn at its
//! state; with scripting on, a state page starts the app in its state,
//! and the app follows those links in place, without a page load.

use browser_tests::{dist_dir, engines, js, opt, Page, StaticServer, MOUNTED};
use fantoccini::Locator;
use std::time::Duration;

const ISLANDS: [&str; 4] = ["iturup", "kunashir", "shikotan", "habomai"];

/// The holders the timeline gives `event`, in map order.
fn event_holders(event: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dist_dir().join("geodata/timeline.json")).expect("timeline");
    let t: serde_json::Value = serde_json::from_str(&text).expect("json");
    let e = t["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["id"] == event)
        .unwrap_or_else(|| panic!("no event {event}"));
    ISLANDS
        .iter()
        .map(|i| e["holders"][i].as_str().expect("holder").to_string())
        .collect()
}

fn scenario_holders(scenario: &str) -> Vec<String> {
    let h: [&str; 4] = match scenario {
        "status-quo" => ["russia"; 4],
        "two-island" => ["russia", "russia", "japan", "japan"],
        _ => ["japan"; 4],
    };
    h.iter().map(|s| s.to_string()).collect()
}

/// What a page shows, read by WebDriver alone (no page script runs).
#[derive(Debug, PartialEq)]
struct Shown {
    file: String,
    lang: String,
    holders: Vec<String>,
    pressed: Vec<String>,
    current: Vec<String>,
    date: String,
}

async fn shown(b: &browser_tests::Browser) -> Shown {
    let attr = async |el: &fantoccini::elements::Element, name: &str| {
        el.attr(name).await.expect("attr").unwrap_or_default()
    };
    let url = b.client.current_url().await.expect("url");
    let file = url
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let html = &b.elements("html").await[0];
    let mut holders = Vec::new();
    for p in b.elements("svg.map path[data-island]").await {
        holders.push(attr(&p, "data-holder").await);
    }
    let mut pressed = Vec::new();
    for s in b.elements("[data-scenario][aria-pressed=\"true\"]").await {
        pressed.push(attr(&s, "data-scenario").await);
    }
    let mut current = Vec::new();
    for e in b.elements("[data-event][aria-current=\"true\"]").await {
        current.push(attr(&e, "data-event").await);
    }
    let date = match b.elements(".annotation__date time").await.first() {
        Some(t) => attr(t, "datetime").await,
        None => String::new(),
    };
    Shown {
        file,
        lang: attr(html, "lang").await,
        holders,
        pressed,
        current,
        date,
    }
}

/// Follows the link `css` picks as a reader would: a click where the link
/// is on screen; a timeline entry, inside its own scroller, by its `href`
/// (which is what a click on it would load).
async fn follow(b: &browser_tests::Browser, css: &str) {
    let el = b
        .client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{:?}: find {css}: {e}", b.engine));
    let href = el.prop("href").await.expect("href").expect("a link");
    if css.starts_with("[data-event") {
        b.client.goto(&href).await.expect("goto");
    } else {
        el.click()
            .await
            .unwrap_or_else(|e| panic!("{:?}: click {css}: {e}", b.engine));
    }
    // WebKit's driver may answer the click before the new page is in.
    let arrived = browser_tests::try_until(Duration::from_secs(10), async || {
        b.client
            .current_url()
            .await
            .is_ok_and(|u| u.as_str() == href)
    })
    .await;
    assert!(arrived, "{:?}: {css} did not lead to {href}", b.engine);
}

fn expect_scenario(file: &str, lang: &str, scenario: &str) -> Shown {
    Shown {
        file: file.into(),
        lang: lang.into(),
        holders: scenario_holders(scenario),
        pressed: vec![scenario.into()],
        current: vec![],
        date: String::new(),
    }
}

fn expect_event(file: &str, lang: &str, event: &str, date: &str) -> Shown {
    Shown {
        file: file.into(),
        lang: lang.into(),
        holders: event_holders(event),
        pressed: vec![],
        current: vec![event.into()],
        date: date.into(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_javascript_every_state_is_a_link_away() {
    for engine in engines() {
        let server = StaticServer::start(dist_dir());
        let page = Page::open_on(server, engine, "index.html", None, &[opt::NO_SCRIPT]).await;
        let b = &page.browser;
        assert_eq!(
            shown(b).await,
            expect_scenario("index.html", "en", "status-quo"),
            "{engine:?}"
        );
        let steps: [(&str, Shown); 11] = [
            (
                "[data-scenario=\"two-island\"]",
                expect_scenario("two-island.html", "en", "two-island"),
            ),
            (
                "[data-scenario=\"four-island\"]",
                expect_scenario("four-island.html", "en", "four-island"),
            ),
            (
                "[data-scenario=\"status-quo\"]",
                expect_scenario("index.html", "en", "status-quo"),
            ),
            (
                "[data-event=\"shimoda-1855\"]",
                expect_event("shimoda-1855.html", "en", "shimoda-1855", "1855-02-07"),
            ),
            (
                "[data-step=\"next\"]",
                expect_event(
                    "st-petersburg-1875.html",
                    "en",
                    "st-petersburg-1875",
                    "1875-05-07",
                ),
            ),
            (
                "[data-step=\"previous\"]",
                expect_event("shimoda-1855.html", "en", "shimoda-1855", "1855-02-07"),
            ),
            (
                "[data-event=\"soviet-iturup-1945\"]",
                expect_event(
                    "soviet-iturup-1945.html",
                    "en",
                    "soviet-iturup-1945",
                    "1945-08-28",
                ),
            ),
            (
                "[data-event=\"joint-declaration-1956\"]",
                expect_event(
                    "joint-declaration-1956.html",
                    "en",
                    "joint-declaration-1956",
                    "1956-10-19",
                ),
            ),
            (
                "[data-lang=\"ja\"]",
                expect_event(
                    "joint-declaration-1956.ja.html",
                    "ja",
                    "joint-declaration-1956",
                    "1956-10-19",
                ),
            ),
            (
                "[data-scenario=\"two-island\"]",
                expect_scenario("two-island.ja.html", "ja", "two-island"),
            ),
            (
                "[data-lang=\"ru\"]",
                expect_scenario("two-island.ru.html", "ru", "two-island"),
            ),
        ];
        for (css, expected) in steps {
            follow(b, css).await;
            // Read again while the new page may still be parsing.
            let _ = browser_tests::try_until(Duration::from_secs(5), async || {
                shown(b).await == expected
            })
            .await;
            assert_eq!(shown(b).await, expected, "{engine:?}: after {css}");
        }
        // Nothing that needs the app shows: no play, zoom, copy or download.
        let mut visible = Vec::new();
        for el in b.elements("[data-js-only]").await {
            if el.is_displayed().await.unwrap_or(false) {
                visible.push(el.html(false).await.unwrap_or_default());
            }
        }
        assert!(visible.is_empty(), "{engine:?}: {visible:?}");
        page.close().await;
    }
}

/// The map shows the 1956 Joint Declaration: its holders and its entry.
async fn at_1956(page: &Page) {
    page.wait_holders(["russia"; 4]).await;
    let selected = page.selected_event().await.map(|(id, _)| id);
    let engine = page.browser.engine;
    assert_eq!(
        selected.as_deref(),
        Some("joint-declaration-1956"),
        "{engine:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_state_page_starts_there_and_the_app_follows_links_in_place() {
    for engine in engines() {
        let server = StaticServer::start(dist_dir());
        let page = Page::open_on(
            server,
            engine,
            "joint-declaration-1956.html",
            Some(MOUNTED),
            &[],
        )
        .await;
        let b = &page.browser;
        at_1956(&page).await;
        b.run(js!("set_global"), &["kurilDocument".into(), 7.into()])
            .await;
        b.click("[data-scenario=\"two-island\"]").await;
        page.wait_holders(["russia", "russia", "japan", "japan"])
            .await;
        browser_tests::until(Duration::from_secs(10), "the history entry", async || {
            b.run(js!("location"), &[]).await == "?scenario=two-island"
        })
        .await;
        let same = b.run(js!("global"), &["kurilDocument".into()]).await;
        assert_eq!(same, 7, "{engine:?}: the click loaded a new page");
        let url = b.client.current_url().await.expect("url");
        assert!(
            url.path().ends_with("/joint-declaration-1956.html"),
            "{engine:?}: {url}"
        );
        b.client.back().await.expect("back");
        at_1956(&page).await;
        let same = b.run(js!("global"), &["kurilDocument".into()]).await;
        assert_eq!(same, 7, "{engine:?}: Back loaded a new page");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_runs_in_the_nodes_the_build_wrote() {
    for engine in engines() {
        // The default page, a state page in another language, and a link
        // that asks for another state than the page's: each time the app
        // attaches to the written page rather than drawing its own.
        // A link in another language moves to the page written in it
        // (the query along) and attaches there.
        for (path, holders, file) in [
            ("", scenario_holders("status-quo"), ""),
            (
                "two-island.ja.html",
                scenario_holders("two-island"),
                "two-island.ja.html",
            ),
            (
                "index.html?event=yalta-1945",
                event_holders("yalta-1945"),
                "index.html",
            ),
            (
                "two-island.html?lang=ru&event=yalta-1945",
                event_holders("yalta-1945"),
                "two-island.ru.html",
            ),
        ] {
            let server = StaticServer::start_recording_written(dist_dir());
            let page = Page::open_on(server, engine, path, Some(MOUNTED), &[]).await;
            let b = &page.browser;
            let holders: [&str; 4] = std::array::from_fn(|i| holders[i].as_str());
            page.wait_holders(holders).await;
            let nodes = b.run(js!("same_nodes"), &[]).await;
            // 4 islands, 24 events, 3 scenarios at least: the recorder
            // ran and found the written page.
            let written = nodes["written"].as_u64().unwrap_or(0);
            assert!(written >= 31, "{engine:?} {path}: {nodes}");
            assert_eq!(nodes["same"], true, "{engine:?} {path}: {nodes}");
            let url = b.client.current_url().await.expect("url");
            assert!(
                url.path().ends_with(&format!("/{file}")),
                "{engine:?} {path}: {url}"
            );
            let query = path.split_once('?').map(|(_, q)| q);
            assert_eq!(url.query(), query, "{engine:?} {path}: the query is kept");
            let errors = b.console_errors().await;
            assert!(errors.is_empty(), "{engine:?} {path}: {errors:#?}");
            page.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_reads_only_its_pages_state_data() {
    for engine in engines() {
        // The default page; a Japanese page; a link that moves to one
        // (the English page it starts on has preloaded its own data by
        // the time the app moves to the Japanese page).
        for (path, lang, moved) in [
            ("", "en", None),
            ("two-island.ja.html", "ja", None),
            ("index.html?lang=ja&event=yalta-1945", "ja", Some("en")),
        ] {
            let server = StaticServer::start(dist_dir());
            let page = Page::open_on(server, engine, path, Some(MOUNTED), &[]).await;
            let asked = page.server.requested();
            let count = |f: &dyn Fn(&str) -> bool| asked.iter().filter(|p| f(p)).count();
            let own = format!("state-data.{lang}.json");
            // Its language's data, once; no GeoJSON, no timeline, no
            // translation file, no other language's data.
            assert_eq!(count(&|p| p == own), 1, "{engine:?} {path}: {asked:?}");
            let other = |p: &str| {
                p.ends_with(".geojson")
                    || p.ends_with("timeline.json")
                    || p.contains("i18n/")
                    || (p.starts_with("state-data.")
                        && p != own
                        && moved.is_none_or(|m| p != format!("state-data.{m}.json")))
            };
            assert_eq!(count(&other), 0, "{engine:?} {path}: {asked:?}");
            page.close().await;
        }
    }
}
