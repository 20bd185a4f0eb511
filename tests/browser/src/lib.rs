//! Harness for the browser end-to-end tests.
//!
//! Each test serves the built `dist/` from its own [`StaticServer`] on a
//! free loopback port, starts its own WebDriver process ([`Driver`]) for
//! the chosen [`Engine`], and opens a session. Everything is torn down
//! when the values drop.

pub mod bench;
mod driver;
mod script;
mod server;

pub use driver::{opt, Browser, Driver, Engine};
pub use script::{try_until, until, Rect, Scope, Script};
pub use server::StaticServer;

use std::collections::HashMap;
use std::time::Duration;

/// The four island units' paths on the map.
pub const ISLANDS: &str = "svg.map path[data-island]";

/// A number a script returned (NaN if it is none, so that any comparison
/// with it fails).
pub fn num(v: &serde_json::Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}

/// Waits until the app has taken over from the pre-rendered page and
/// drawn the four islands.
pub const MOUNTED: Script = js!("mounted");

/// A page under test: its server, WebDriver and browser, kept together so
/// they live exactly as long as the test.
pub struct Page {
    pub browser: Browser,
    pub server: StaticServer,
    _driver: Driver,
}

impl Page {
    /// Serves `dist/` (with `overrides`), opens `path` in `engine` and
    /// waits for `ready` (a script returning true).
    pub async fn open_with(
        engine: Engine,
        path: &str,
        overrides: HashMap<String, Vec<u8>>,
        ready: Script,
    ) -> Self {
        let server = StaticServer::start_with(dist_dir(), "/", overrides);
        Self::open_on(server, engine, path, Some(ready), &[]).await
    }

    /// Opens `path` on `server` in `engine`, with extra browser
    /// arguments, and waits for `ready` (a script returning true), if any.
    pub async fn open_on(
        server: StaticServer,
        engine: Engine,
        path: &str,
        ready: Option<Script>,
        extra_args: &[&str],
    ) -> Self {
        let driver = Driver::start(engine);
        let browser = driver.session_with_args(extra_args).await;
        browser
            .client
            .goto(&server.url(path))
            .await
            .unwrap_or_else(|e| panic!("{engine:?}: cannot open {path}: {e}"));
        if let Some(ready) = ready {
            browser.wait_for(ready, &[], Duration::from_secs(30)).await;
        }
        Self {
            browser,
            server,
            _driver: driver,
        }
    }

    /// Opens `path` on the real `dist/` and waits for the map.
    pub async fn open(engine: Engine, path: &str) -> Self {
        Self::open_with(engine, path, HashMap::new(), MOUNTED).await
    }

    /// Opens `path` in Chromium for `test`, which only Chromium's DevTools
    /// can drive (`why`): every other engine under test is recorded as
    /// skipped, and `None` is returned if Chromium is not under test.
    pub async fn open_in_chromium(test: &str, why: &str, path: &str) -> Option<Self> {
        let mut chromium = false;
        for engine in engines() {
            chromium |= runs_on(engine, &[Engine::Chromium], test, why);
        }
        match chromium {
            true => Some(Self::open(Engine::Chromium, path).await),
            false => None,
        }
    }

    /// Opens `path` on the real `dist/` with the reader's system set to a
    /// dark theme and reduced motion, and waits for the map. Chromium
    /// emulates both through DevTools, Firefox takes them as preferences
    /// when the session opens; WebKitGTK's driver can do neither, so it
    /// records the skip for `test` and gives `None`.
    pub async fn open_dark(engine: Engine, test: &str, path: &str) -> Option<Self> {
        let why = "no media emulation in its driver";
        if !runs_on(engine, &[Engine::Chromium, Engine::Firefox], test, why) {
            return None;
        }
        if engine == Engine::Firefox {
            let server = StaticServer::start(dist_dir());
            let dark = [opt::DARK_REDUCED_MOTION];
            return Some(Self::open_on(server, engine, path, Some(MOUNTED), &dark).await);
        }
        let page = Self::open(engine, path).await;
        let features = serde_json::json!({ "features": [
            { "name": "prefers-color-scheme", "value": "dark" },
            { "name": "prefers-reduced-motion", "value": "reduce" }
        ] });
        page.browser
            .cdp("Emulation.setEmulatedMedia", features)
            .await;
        Some(page)
    }

    /// Opens `path` and waits until the islands show `holders`.
    pub async fn open_showing(engine: Engine, path: &str, holders: [&str; 4]) -> Self {
        let page = Self::open(engine, path).await;
        page.wait_holders(holders).await;
        page
    }

    /// `data-holder` of each island, in map order.
    pub async fn holders(&self) -> Vec<String> {
        let v = self.browser.run(js!("holders"), &[]).await;
        let all = v.as_array().cloned().unwrap_or_default();
        all.iter()
            .map(|s| s.as_str().unwrap_or("").to_string())
            .collect()
    }

    /// Waits until the islands show `expected` holders.
    pub async fn wait_holders(&self, expected: [&str; 4]) {
        let shown = try_until(Duration::from_secs(10), async || {
            self.holders().await == expected
        })
        .await;
        if !shown {
            panic!(
                "{:?}: holders {:?}, expected {expected:?}",
                self.browser.engine,
                self.holders().await
            );
        }
    }

    /// The selected timeline entry: `[data-event, data-date]`, or `None`.
    pub async fn selected_event(&self) -> Option<(String, String)> {
        let v = self.browser.run(js!("selected_event"), &[]).await;
        let a = v.as_array()?;
        Some((
            a.first()?.as_str()?.to_string(),
            a.get(1)?.as_str()?.to_string(),
        ))
    }

    pub async fn close(self) {
        self.browser.close().await;
    }
}

use std::path::PathBuf;

/// Opens a host page holding the map in frames of the given sizes, each
/// `(query, width, height)`, so that every engine gets those viewports
/// (Firefox keeps windows at least about 450 px wide). Returns inside the
/// first frame, once the map there is mounted.
pub async fn open_in_frames(engine: Engine, frames: &[(&str, u32, u32)]) -> Page {
    let widest = frames.iter().map(|f| f.1).max().unwrap_or(0).max(1280);
    let tallest = frames.iter().map(|f| f.2).max().unwrap_or(0).max(900);
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
    // A window as large as the largest frame, and each frame scrolled to
    // the window's top when entered (`show_frame`), so that all of a frame
    // is in the window: Firefox's WebDriver does not scroll the host page
    // to reach an element inside a frame.
    let window = opt::window(widest + 40, tallest + 40);
    let page = Page::open_on(server, engine, "frames.html", None, &[&window]).await;
    show_frame(&page.browser, 0).await;
    page
}

/// Enters frame `i` of the host page that [`open_in_frames`] made, from
/// the page or from another of its frames, and waits for the map there.
pub async fn show_frame(b: &Browser, i: u16) {
    // At the top level, WebDriver's "switch to parent frame" does nothing.
    b.client
        .enter_parent_frame()
        .await
        .expect("leave the frame");
    b.run(js!("frame_to_top"), &[serde_json::json!(i)]).await;
    b.client.enter_frame(i).await.expect("enter the frame");
    b.wait_for(MOUNTED, &[], Duration::from_secs(30)).await;
}

/// The built bundle under test: `$KURIL_DIST`, else `<repo>/dist`.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("KURIL_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no built bundle at {}: run `make dist` first (make test does)",
        dir.display()
    );
    dir
}

/// The engines to run: `$KURIL_ENGINES` (comma-separated), else all
/// three. An engine that cannot start fails its tests: it is not skipped.
pub fn engines() -> Vec<Engine> {
    let list = std::env::var("KURIL_ENGINES").unwrap_or_else(|_| "chromium,firefox,webkit".into());
    list.split(',')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

/// axe-core (npm) on the page `b` shows: its serious and critical
/// violations, each as "rule (impact): the first nodes"; `[]` if none.
pub async fn axe_serious(b: &Browser) -> serde_json::Value {
    static AXE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let axe = AXE.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            let at = path.display();
            panic!("{at}: {e}; run `make test` (it installs npm tools)")
        })
    });
    b.load_library("axe-core", axe).await;
    b.client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(std::time::Duration::from_secs(60)),
            None,
            None,
        ))
        .await
        .expect("timeout");
    b.run_async(js!("axe_run"), &[]).await
}

/// Records that `test` could not run on `engine`, and why. `make
/// browser-test` lists every such line after the run, so an engine a test
/// cannot drive is reported as skipped, never counted as passed.
pub fn skip(engine: Engine, test: &str, why: &str) {
    use std::io::Write as _;
    let line = format!("skipped: {test} on {engine:?}: {why}\n");
    eprint!("{line}");
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/browser-skips.txt");
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = f.write_all(line.as_bytes());
    }
}

/// Files for a test server to serve in place of, or beside, those in
/// `dist/`: each path (from the site's root) with its bytes.
pub fn files(list: &[(&str, &[u8])]) -> HashMap<String, Vec<u8>> {
    list.iter()
        .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
        .collect()
}

/// A host page, as a newsroom's article that embeds the map would be:
/// `body` (the map's iframe and whatever the test needs around it), then
/// `embed.js`.
pub fn article(body: &str) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Article</title>\
         <link rel=\"icon\" href=\"favicon.svg\"></head><body style=\"margin:0\">\n\
         {body}\n<script src=\"./embed.js\"></script>\n</body></html>"
    )
    .into_bytes()
}

/// Whether `engine` is one of `able`, the engines that can drive `test`;
/// if not, the skip is recorded with `why` (see [`skip`]).
pub fn runs_on(engine: Engine, able: &[Engine], test: &str, why: &str) -> bool {
    let runs = able.contains(&engine);
    if !runs {
        skip(engine, test, why);
    }
    runs
}

/// The shipped WebAssembly modules in `dist/` (there should be one).
pub fn shipped_wasm() -> Vec<PathBuf> {
    std::fs::read_dir(dist_dir())
        .expect("dist/ exists (make dist)")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .collect()
}

/// `gzip -9` bytes of the file at `path`, as `make dist` measures it.
pub fn gzip9(path: &std::path::Path) -> u64 {
    let out = std::process::Command::new("gzip")
        .arg("-9c")
        .arg(path)
        .output()
        .expect("gzip runs");
    assert!(out.status.success(), "gzip failed on {}", path.display());
    out.stdout.len() as u64
}
