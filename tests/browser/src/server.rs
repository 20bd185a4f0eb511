//! A small static file server for the tests: serves a directory under a
//! path prefix on a free loopback port, with optional per-path overrides
//! to simulate broken data.
//!
//! Every HTML document gets one extra `<script src="/__probe.js">` first
//! in its `<head>`: it records uncaught errors, failed loads, CSP
//! violations and `console.error` calls in `window.__kurilErrors`, which
//! [`crate::Browser::console_errors`] reads in every engine (WebDriver
//! has no standard console log). It is same-origin, so the strict CSP
//! allows it. The benchmark's server leaves it out and gzips instead.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

pub struct StaticServer {
    addr: SocketAddr,
    prefix: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    requested: Arc<Mutex<Vec<String>>>,
}

#[derive(Clone)]
struct Site {
    root: PathBuf,
    prefix: String,
    overrides: HashMap<String, Vec<u8>>,
    /// Extra response headers for HTML documents (e.g. a CSP).
    html_headers: Vec<(String, String)>,
    /// Inject the error probe into HTML documents.
    probe: bool,
    /// Gzip responses when the client accepts it.
    gzip: bool,
    /// Inject the written-nodes recorder after the written page.
    record_written: bool,
    /// Every path requested, in order.
    requested: Arc<Mutex<Vec<String>>>,
}

/// Records what a console would show as errors (see the module docs).
const PROBE_JS: &str = r#"(function () {
  var errs = window.__kurilErrors = [];
  function push(m) { errs.push(String(m)); }
  window.addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && (t.src || t.href)) push('failed to load ' + (t.src || t.href));
    else push((e.message || 'error') + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    push('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline'));
  });
  var original = console.error;
  console.error = function () {
    push(Array.prototype.slice.call(arguments).join(' '));
    return original.apply(console, arguments);
  };
})();
"#;

/// Served as a classic script right after the page the build wrote (see
/// [`StaticServer::start_recording_written`]): keeps the written map
/// paths, timeline entries and scenario controls, to be found again (the
/// very same nodes) once the app runs (`js/same_nodes.js`).
const RECORD_WRITTEN_JS: &str = r#"window.__written = Array.prototype.slice.call(document.querySelectorAll(
  '#prerendered svg.map path[data-island], #prerendered [data-event], #prerendered [data-scenario]'));
"#;

impl StaticServer {
    /// Serves `root` at `/`.
    pub fn start(root: PathBuf) -> Self {
        Self::start_with(root, "/", HashMap::new())
    }

    /// Serves `root` under `prefix` (e.g. `/maps/kurils/`); requests for
    /// paths in `overrides` (relative to the prefix) get those bytes.
    pub fn start_with(root: PathBuf, prefix: &str, overrides: HashMap<String, Vec<u8>>) -> Self {
        Self::start_full(root, prefix, overrides, Vec::new())
    }

    /// As [`StaticServer::start_with`], also sending `html_headers` with
    /// every HTML document.
    pub fn start_full(
        root: PathBuf,
        prefix: &str,
        overrides: HashMap<String, Vec<u8>>,
        html_headers: Vec<(String, String)>,
    ) -> Self {
        Self::start_site(Site {
            root,
            prefix: prefix.to_string(),
            overrides,
            html_headers,
            probe: true,
            gzip: false,
            record_written: false,
            requested: Arc::default(),
        })
    }

    /// Serves `root` at `/` with, in every HTML document right after the
    /// page the build wrote (`<!--/prerendered-->`), a script that keeps
    /// its map paths, timeline entries and scenario controls in
    /// `window.__written`. A classic script there runs while the page is
    /// parsed, so before any module script, and so before the app.
    pub fn start_recording_written(root: PathBuf) -> Self {
        Self::start_site(Site {
            root,
            prefix: "/".into(),
            overrides: HashMap::new(),
            html_headers: Vec::new(),
            probe: true,
            gzip: false,
            record_written: true,
            requested: Arc::default(),
        })
    }

    /// Serves `root` at `/` as a production host would for the benchmark:
    /// gzip for clients that accept it, and no error probe.
    pub fn start_gzip(root: PathBuf) -> Self {
        Self::start_site(Site {
            root,
            prefix: "/".into(),
            overrides: HashMap::new(),
            html_headers: Vec::new(),
            probe: false,
            gzip: true,
            record_written: false,
            requested: Arc::default(),
        })
    }

    fn start_site(site: Site) -> Self {
        let prefix = site.prefix.clone();
        let requested = site.requested.clone();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let addr = listener.local_addr().expect("local address");
        let stop = Arc::new(AtomicBool::new(false));
        let stop_flag = stop.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let site = site.clone();
                std::thread::spawn(move || {
                    let _ = serve(stream, &site);
                });
            }
        });
        Self {
            addr,
            prefix,
            stop,
            thread: Some(thread),
            requested,
        }
    }

    /// Every path the server was asked for so far, in order, relative to
    /// its prefix (the server tells browsers to store nothing).
    pub fn requested(&self) -> Vec<String> {
        self.requested.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Absolute URL of `path` (relative to the prefix, may carry a query).
    pub fn url(&self, path: &str) -> String {
        format!(
            "http://{}{}{}",
            self.addr,
            self.prefix,
            path.trim_start_matches('/')
        )
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "geojson" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn serve(mut stream: TcpStream, site: &Site) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read the headers; only Accept-Encoding matters here.
    let mut accepts_gzip = false;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("accept-encoding:") && lower.contains("gzip") {
            accepts_gzip = true;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if let Ok(mut log) = site.requested.lock() {
        log.push(
            path.strip_prefix(site.prefix.as_str())
                .unwrap_or(path)
                .to_string(),
        );
    }
    let (status, ctype, mut body) = match resolve(site, path) {
        _ if method != "GET" && method != "HEAD" => {
            ("405 Method Not Allowed", "text/plain", b"method".to_vec())
        }
        _ if site.probe && path == "/__probe.js" => (
            "200 OK",
            "text/javascript; charset=utf-8",
            PROBE_JS.as_bytes().to_vec(),
        ),
        _ if site.record_written && path == "/__written.js" => (
            "200 OK",
            "text/javascript; charset=utf-8",
            RECORD_WRITTEN_JS.as_bytes().to_vec(),
        ),
        Some((rel, file)) => match site.overrides.get(&rel) {
            Some(bytes) => ("200 OK", content_type(&file), bytes.clone()),
            None => match std::fs::read(&file) {
                Ok(bytes) => ("200 OK", content_type(&file), bytes),
                Err(_) => ("404 Not Found", "text/plain", b"not found".to_vec()),
            },
        },
        None => ("404 Not Found", "text/plain", b"not found".to_vec()),
    };
    let html = ctype.starts_with("text/html");
    if html && site.probe {
        body = inject_probe(&body);
    }
    if html && site.record_written {
        body = inject_after_written(&body);
    }
    let mut extra: String = if html {
        site.html_headers
            .iter()
            .map(|(k, v)| format!("{k}: {v}\r\n"))
            .collect()
    } else {
        String::new()
    };
    if site.gzip && accepts_gzip && status.starts_with("200") {
        use std::io::Write as _;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
        enc.write_all(&body)?;
        body = enc.finish()?;
        extra.push_str("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n");
    }
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{extra}Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// `html` with the error probe's script tag first in its `<head>`.
fn inject_probe(html: &[u8]) -> Vec<u8> {
    const TAG: &[u8] = b"<script src=\"/__probe.js\"></script>";
    match html.windows(6).position(|w| w == b"<head>") {
        Some(i) => [&html[..i + 6], TAG, &html[i + 6..]].concat(),
        None => [TAG, html].concat(),
    }
}

/// `html` with the written-nodes recorder right after the written page.
fn inject_after_written(html: &[u8]) -> Vec<u8> {
    const END: &[u8] = b"<!--/prerendered-->";
    const TAG: &[u8] = b"<script src=\"/__written.js\"></script>";
    match html.windows(END.len()).position(|w| w == END) {
        Some(i) => [&html[..i + END.len()], TAG, &html[i + END.len()..]].concat(),
        None => html.to_vec(),
    }
}

/// Maps a request path to (path relative to the prefix, file on disk).
fn resolve(site: &Site, path: &str) -> Option<(String, PathBuf)> {
    let rel = path.strip_prefix(&site.prefix).or_else(|| {
        // "/maps/kurils" without the trailing slash: serve the index.
        (path == site.prefix.trim_end_matches('/')).then_some("")
    })?;
    let rel = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    let candidate = Path::new(&rel);
    if candidate
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    Some((rel.clone(), site.root.join(candidate)))
}
