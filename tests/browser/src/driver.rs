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
    /// Chromium through chromedriver.
    Chromium,
}

impl FromStr for Engine {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "chromium" | "chrome" => Ok(Engine::Chromium),
            other => Err(format!("unknown engine {other:?} (known: chromium)")),
        }
    }
}

impl Engine {
    fn driver_command(self, port: u16) -> Command {
        match self {
            Engine::Chromium => {
                let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
                let mut c = Command::new(bin);
                c.arg(format!("--port={port}"));
                c
            }
        }
    }

    fn capabilities(self, profile: &std::path::Path, extra_args: &[&str]) -> Capabilities {
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
                    "--window-size=1280,900",
                ]
                .iter()
                .map(|a| a.to_string())
                .collect();
                args.push(format!("--user-data-dir={}", profile.display()));
                args.extend(extra_args.iter().map(|a| a.to_string()));
                json!({
                    "browserName": "chrome",
                    "goog:loggingPrefs": { "browser": "ALL" },

                    "goog:chromeOptions": {
                        "binary": binary,

                        "args": args,
                    }
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
    pub fn start(engine: Engine) -> Self {
        let port = free_port();
        let child = engine
            .driver_command(port)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the WebDriver for {engine:?}: {e}"));
        let driver = Self {
            child,
            port,
            engine,
        };
        driver.wait_ready(Duration::from_secs(20));
        driver
    }

    fn wait_ready(&self, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "{:?} WebDriver did not listen on port {}",
            self.engine, self.port
        );
    }

    /// Opens a browser session. Session creation has a timeout, as some
    /// drivers hang instead of failing.
    pub async fn session(&self) -> Browser {
        self.session_with_args(&[]).await
    }

    /// Opens a browser session with extra browser arguments.
    pub async fn session_with_args(&self, extra_args: &[&str]) -> Browser {
        let profile = std::env::temp_dir().join(format!(
            "kuril-profile-{}-{}",
            std::process::id(),
            self.port
        ));
        let _ = std::fs::remove_dir_all(&profile);
        let mut builder =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
        builder.capabilities(self.engine.capabilities(&profile, extra_args));
        let url = format!("http://127.0.0.1:{}", self.port);
        let client = tokio::time::timeout(Duration::from_secs(60), builder.connect(&url))
            .await
            .unwrap_or_else(|_| panic!("{:?}: session creation timed out", self.engine))
            .unwrap_or_else(|e| panic!("{:?}: cannot create a session: {e}", self.engine));
        Browser {
            client,
            engine: self.engine,
            profile,
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A browser session plus what the tests need around it.
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    profile: std::path::PathBuf,
}

#[derive(Debug)]
struct BrowserLog(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or("")))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(format!(r#"{{"type":"{}"}}"#, self.0)),
        )
    }
}

/// A Chrome DevTools Protocol command, through chromedriver.
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or("")
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Sends a DevTools Protocol command (Chromium only).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        assert_eq!(self.engine, Engine::Chromium, "CDP needs Chromium");
        self.client
            .issue_cmd(Cdp {
                cmd: cmd.into(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
    }

    /// Runs an async `script` whose last argument is the callback.
    pub async fn eval_async(&self, script: &str) -> Value {
        self.client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Console messages at level SEVERE (errors) since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        match self.engine {
            Engine::Chromium => {
                let log = self
                    .client
                    .issue_cmd(BrowserLog("browser"))
                    .await
                    .expect("read the browser log");
                log.as_array()
                    .into_iter()
                    .flatten()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or("").to_string())
                    .collect()
            }
        }
    }

    /// Runs `script` (a function body) and returns its result.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Polls `script` until it returns `true`, or panics after `limit`.
    pub async fn wait_for(&self, script: &str, limit: Duration) {
        let start = Instant::now();
        loop {
            if self.eval(script).await == Value::Bool(true) {
                return;
            }
            if start.elapsed() > limit {
                panic!("timed out after {limit:?} waiting for: {script}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Ends the session and removes its profile.
    pub async fn close(self) {
        let _ = self.client.close().await;
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
