//! WebDriver processes and sessions, per browser engine.

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::str::FromStr;
use std::time::{Duration, Instant};

/// A browser engine the suite can run in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Chromium through chromedriver (Debian `chromium-driver`).
    Chromium,
    /// Firefox ESR through geckodriver (crates.io), headless.
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver (Debian
    /// `webkit2gtk-driver`), under Xvfb: it has no headless mode.
    WebKit,
}

impl FromStr for Engine {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "chromium" | "chrome" => Ok(Engine::Chromium),
            "firefox" | "gecko" => Ok(Engine::Firefox),
            "webkit" | "webkitgtk" => Ok(Engine::WebKit),
            other => Err(format!(
                "unknown engine {other:?} (known: chromium, firefox, webkit)"
            )),
        }
    }
}

/// Engine-neutral session options, passed to [`Driver::session_with_args`]
/// and [`crate::Page::open_on`]; each engine maps them to its own switch.
pub mod opt {
    /// JavaScript disabled.
    pub const NO_SCRIPT: &str = "no-script";
    /// Prefers a dark colour scheme and reduced motion (Firefox
    /// preferences; Chromium uses DevTools emulation instead).
    pub const DARK_REDUCED_MOTION: &str = "dark-reduced-motion";
    /// A window of this size, e.g. `"window=1400x900"`.
    pub fn window(w: u32, h: u32) -> String {
        format!("window={w}x{h}")
    }
}

/// The window size an option list asks for; 1280×900 by default.
fn window_size(options: &[&str]) -> (u32, u32) {
    options
        .iter()
        .filter_map(|o| o.strip_prefix("window="))
        .filter_map(|wh| wh.split_once('x'))
        .filter_map(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        .next_back()
        .unwrap_or((1280, 900))
}

impl Engine {
    /// Every engine, in the order the suite runs them.
    pub const ALL: [Engine; 3] = [Engine::Chromium, Engine::Firefox, Engine::WebKit];

    fn driver_command(self, port: u16) -> Command {
        let tool = |var: &str, default: &str| std::env::var(var).unwrap_or_else(|_| default.into());
        match self {
            Engine::Chromium => {
                let mut c = Command::new(tool("CHROMEDRIVER", "chromedriver"));
                c.arg(format!("--port={port}"));
                c
            }
            Engine::Firefox => {
                let mut c = Command::new(tool("GECKODRIVER", "geckodriver"));
                c.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
                c
            }
            Engine::WebKit => {
                let mut c = Command::new("xvfb-run");
                c.args(["-a", "-s", "-screen 0 1920x1200x24"])
                    .arg(tool("WEBKITWEBDRIVER", "WebKitWebDriver"))
                    .arg(format!("--port={port}"))
                    .arg("--host=local");
                c
            }
        }
    }

    fn capabilities(self, profile: &std::path::Path, options: &[&str]) -> Capabilities {
        let (w, h) = window_size(options);
        let has = |o: &str| options.contains(&o);
        let caps = match self {
            Engine::Chromium => {
                let binary =
                    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
                let mut args: Vec<String> = [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    "--hide-scrollbars",
                ]
                .iter()
                .map(|a| a.to_string())
                .collect();
                args.push(format!("--window-size={w},{h}"));
                args.push(format!("--user-data-dir={}", profile.display()));
                if has(opt::NO_SCRIPT) {
                    args.push("--blink-settings=scriptEnabled=false".into());
                }
                json!({
                    "browserName": "chrome",
                    "goog:loggingPrefs": { "browser": "ALL" },
                    "goog:chromeOptions": { "binary": binary, "args": args }
                })
            }
            Engine::Firefox => {
                let binary =
                    std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into());
                let mut prefs = json!({
                    "app.update.enabled": false,
                    "browser.shell.checkDefaultBrowser": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "toolkit.telemetry.reportingpolicy.firstRun": false,
                    "browser.download.folderList": 2,
                    "browser.download.dir": profile.join("downloads").display().to_string(),
                    "browser.download.useDownloadDir": true,
                    "browser.download.always_ask_before_handling_new_types": false,
                    "dom.events.asyncClipboard.clipboardItem": true,
                    "dom.events.testing.asyncClipboard": true
                });
                if has(opt::NO_SCRIPT) {
                    prefs["javascript.enabled"] = json!(false);
                }
                if has(opt::DARK_REDUCED_MOTION) {
                    prefs["ui.systemUsesDarkTheme"] = json!(1);
                    prefs["layout.css.prefers-color-scheme.content-override"] = json!(0);
                    prefs["ui.prefersReducedMotion"] = json!(1);
                }
                json!({
                    "browserName": "firefox",
                    "moz:firefoxOptions": {
                        "binary": binary,
                        "args": ["-headless", format!("--width={w}"), format!("--height={h}")],
                        "prefs": prefs
                    }
                })
            }
            Engine::WebKit => {
                let mut args = vec!["--automation".to_string()];
                if has(opt::NO_SCRIPT) {
                    args.push("--enable-javascript=false".into());
                }
                json!({
                    "browserName": "MiniBrowser",
                    "webkitgtk:browserOptions": { "args": args }
                })
            }
        };
        match caps {
            Value::Object(map) => map,
            _ => unreachable!("capabilities are an object"),
        }
    }
}

/// A running WebDriver server, killed on drop.
pub struct Driver {
    child: Child,
    port: u16,
    engine: Engine,
}

impl Driver {
    /// Starts the engine's WebDriver on a free port and waits until it
    /// answers. A driver that exits or stays silent is replaced, on a new
    /// port, up to three times.
    pub fn start(engine: Engine) -> Self {
        let mut failures = Vec::new();
        for _ in 0..3 {
            match Self::try_start(engine) {
                Ok(driver) => return driver,
                Err(e) => failures.push(e),
            }
        }
        panic!("{engine:?}: the WebDriver did not start: {failures:?}");
    }

    fn try_start(engine: Engine) -> Result<Self, String> {
        let port = free_port();
        use std::os::unix::process::CommandExt;
        let child = engine
            .driver_command(port)
            // Its own process group, so that dropping the driver also ends
            // what it started (the browser; Xvfb under xvfb-run).
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start it: {e}"))?;
        let mut driver = Self {
            child,
            port,
            engine,
        };
        // On failure `driver` drops here, which kills what it started.
        driver.wait_ready(Duration::from_secs(20))?;
        Ok(driver)
    }

    fn wait_ready(&mut self, limit: Duration) -> Result<(), String> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("it exited ({status}) before it answered"));
            }
            if answers_status(self.port) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!(
            "it did not answer on port {} within {limit:?}",
            self.port
        ))
    }

    /// Opens a browser session. Session creation has a timeout, as some
    /// drivers hang instead of failing.
    pub async fn session(&self) -> Browser {
        self.session_with_args(&[]).await
    }

    /// Opens a browser session with engine-neutral [`opt`]ions.
    pub async fn session_with_args(&self, options: &[&str]) -> Browser {
        let profile = std::env::temp_dir().join(format!(
            "kuril-profile-{}-{}",
            std::process::id(),
            self.port
        ));
        let _ = std::fs::remove_dir_all(&profile);
        let mut builder =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(self.engine.capabilities(&profile, options));
        let url = format!("http://127.0.0.1:{}", self.port);
        // A driver that answered its status check can still refuse a
        // connection for a moment under load; only that is retried.
        let mut tries = 0;
        let client = loop {
            tries += 1;
            match tokio::time::timeout(Duration::from_secs(60), builder.connect(&url)).await {
                Err(_) => panic!("{:?}: session creation timed out", self.engine),
                Ok(Ok(client)) => break client,
                Ok(Err(fantoccini::error::NewSessionError::FailedC(e)))
                    if e.is_connect() && tries < 3 =>
                {
                    eprintln!("{:?}: session creation, try {tries}: {e}", self.engine);
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                Ok(Err(e)) => panic!("{:?}: cannot create a session: {e}", self.engine),
            }
        };
        if self.engine == Engine::WebKit {
            // MiniBrowser's window is sized after it opens.
            let (w, h) = window_size(options);
            let _ = client.set_window_rect(0, 0, w, h).await;
        }
        Browser {
            client,
            engine: self.engine,
            profile,
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether a WebDriver answers `GET /status` with 200 on `port`.
///
/// An open TCP connection alone proves nothing: on loopback, a connect to
/// a port in the ephemeral range where nothing listens yet can be given
/// that same port as its own and connect to itself (TCP simultaneous
/// open), so a readiness check by connect alone can pass before the
/// driver listens.
fn answers_status(port: u16) -> bool {
    use std::io::{Read, Write};
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut stream) = std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(1)) else {
        return false;
    };
    if stream.local_addr().ok() == stream.peer_addr().ok() {
        return false;
    }
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request =
        format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    // The status line is enough; chromedriver keeps the connection open.
    let mut head = Vec::new();
    let mut buf = [0u8; 256];
    while !head.windows(2).any(|w| w == b"\r\n") && head.len() < 4096 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let line = String::from_utf8_lossy(&head);
    line.starts_with("HTTP/1.1 200") || line.starts_with("HTTP/1.0 200")
}

/// A loopback port that was free a moment ago and that no other driver in
/// this process has been given (tests run on several threads).
fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap_or_else(|e| e.into_inner());
    first_not_given(&mut given, || {
        TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free loopback port")
    })
}

/// The first of `candidates` not yet in `given`, which it joins.
fn first_not_given(given: &mut Vec<u16>, mut candidates: impl FnMut() -> u16) -> u16 {
    loop {
        let port = candidates();
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

/// A browser session plus what the tests need around it.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    profile: std::path::PathBuf,
}

/// A vendor command WebDriver's API has no call for: a POST of `body`
/// to `session/<id>/<path>` (chromedriver's browser log and DevTools).
#[derive(Debug)]
struct SessionPost {
    path: &'static str,
    body: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for SessionPost {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/{}", session.unwrap_or(""), self.path))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}

impl Browser {
    /// Sends a DevTools Protocol command (Chromium only).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        assert_eq!(self.engine, Engine::Chromium, "CDP needs Chromium");
        self.client
            .issue_cmd(SessionPost {
                path: "goog/cdp/execute",
                body: json!({ "cmd": cmd, "params": params }),
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// Errors the page has shown since the last call: what the test
    /// server's probe recorded (every engine; see `server.rs`), and in
    /// Chromium also the browser log at level SEVERE.
    pub async fn console_errors(&self) -> Vec<String> {
        let mut errors: Vec<String> = self
            .run(crate::js!("take_errors"), &[])
            .await
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e.as_str().unwrap_or("").to_string())
            .collect();
        if self.engine == Engine::Chromium {
            let log = self
                .client
                .issue_cmd(SessionPost {
                    path: "se/log",
                    body: json!({ "type": "browser" }),
                })
                .await
                .expect("read the browser log");
            errors.extend(
                log.as_array()
                    .into_iter()
                    .flatten()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or("").to_string()),
            );
        }
        errors
    }

    /// Presses and releases `key` (a character, or a WebDriver key code
    /// such as `'\u{E004}'` for Tab) on whatever has focus, as a reader
    /// would, through the WebDriver actions API.
    pub async fn press(&self, key: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        self.client
            .perform_actions(
                KeyActions::new("keyboard".into())
                    .then(KeyAction::Down { value: key })
                    .then(KeyAction::Up { value: key }),
            )
            .await
            .unwrap_or_else(|e| panic!("{:?}: press {key:?}: {e}", self.engine));
    }

    /// Clicks the element `css` selects, as a reader would: WebDriver
    /// scrolls it into view and fails if something else would take the
    /// click.
    pub async fn click(&self, css: &str) {
        self.client
            .find(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{:?}: find {css}: {e}", self.engine))
            .click()
            .await
            .unwrap_or_else(|e| panic!("{:?}: click {css}: {e}", self.engine));
    }

    /// The elements `css` picks, found by WebDriver itself, which works
    /// with scripts turned off too.
    pub async fn elements(&self, css: &str) -> Vec<fantoccini::elements::Element> {
        self.client
            .find_all(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{:?}: find {css}: {e}", self.engine))
    }

    /// Ends the session and removes its profile.
    pub async fn close(self) {
        let _ = self.client.close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    /// A one-shot loopback server that reads a request and answers `reply`
    /// (and then keeps the connection open, as chromedriver does).
    fn serve_once(reply: &'static [u8]) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        std::thread::spawn(move || {
            if let Ok((mut s, _)) = listener.accept() {
                let mut buf = [0u8; 512];
                let _ = s.read(&mut buf);
                let _ = s.write_all(reply);
                std::thread::sleep(Duration::from_secs(3));
            }
        });
        port
    }

    #[test]
    fn a_webdriver_status_200_is_ready_at_once() {
        let port = serve_once(b"HTTP/1.1 200 OK\r\nContent-Length:2\r\n\r\n{}");
        let start = Instant::now();
        assert!(answers_status(port));
        // The status line is enough: no wait for the open connection.
        assert!(start.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn a_port_is_never_handed_out_twice() {
        let mut given = vec![];
        let mut offered = [5, 5, 7, 5, 7, 9].into_iter();
        let mut next = || first_not_given(&mut given, || offered.next().unwrap_or(0));
        assert_eq!([next(), next(), next()], [5, 7, 9]);
    }

    #[test]
    fn another_answer_or_none_is_not_ready() {
        assert!(!answers_status(serve_once(
            b"HTTP/1.1 404 Not Found\r\n\r\n"
        )));
        assert!(!answers_status(serve_once(b"")));
        assert!(!answers_status(free_port()));
    }
}
