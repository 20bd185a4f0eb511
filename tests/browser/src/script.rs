//! Page scripts, and typed questions about the page.
//!
//! Every script a test runs in a browser is a file in `js/`, named by what
//! it does and read in at compile time with [`js!`]; tests hold no
//! JavaScript in strings. Simple questions ("the text of `.legend`", "the
//! `data-holder` of each island") go through one script, `js/query.js`,
//! behind the typed methods of [`Scope`], so a test reads as what it
//! checks and the logic of its checks stays in Rust.

use crate::Browser;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// A script from `js/`: the body of a function whose `arguments` are the
/// values passed with it. Made by [`js!`].
#[derive(Clone, Copy, Debug)]
pub struct Script {
    name: &'static str,
    body: &'static str,
}

impl Script {
    /// For [`js!`] only: tests name a file, never write a body.
    #[doc(hidden)]
    pub const fn from_file(name: &'static str, body: &'static str) -> Self {
        Self { name, body }
    }

    /// Its text, for a DevTools script that runs on each new document
    /// (`Page.addScriptToEvaluateOnNewDocument`).
    pub fn source(&self) -> &'static str {
        self.body
    }
}

/// The script in `js/<name>.js`; with several names, the files joined in
/// that order (a file of helpers first, then the one that uses them).
#[macro_export]
macro_rules! js {
    ($($name:literal),+) => {
        $crate::Script::from_file(
            concat!($($name, ".js "),+),
            concat!($(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/js/", $name, ".js")), "\n"),+),
        )
    };
}

impl Browser {
    /// Runs `script` with `args` and returns its result.
    pub async fn run(&self, script: Script, args: &[Value]) -> Value {
        self.client
            .execute(script.body, args.to_vec())
            .await
            .unwrap_or_else(|e| panic!("{:?}: {} failed: {e}", self.engine, script.name))
    }

    /// Runs an asynchronous `script`, whose last argument is the callback
    /// that ends it.
    pub async fn run_async(&self, script: Script, args: &[Value]) -> Value {
        self.client
            .execute_async(script.body, args.to_vec())
            .await
            .unwrap_or_else(|e| panic!("{:?}: {} failed: {e}", self.engine, script.name))
    }

    /// Runs a published library's own file (`source`: axe-core from npm,
    /// read at run time) in the page, so that it defines its globals there.
    pub async fn load_library(&self, name: &str, source: &str) {
        self.client
            .execute(&format!("{source}\nreturn true;"), vec![])
            .await
            .unwrap_or_else(|e| panic!("{:?}: {name} failed: {e}", self.engine));
    }

    /// Moves focus to the element `css` picks, as a reader's Tab would
    /// (no click; the browser scrolls it into view).
    pub async fn focus(&self, css: &str) {
        let moved = self.run(crate::js!("focus"), &[json!(css)]).await;
        assert_eq!(
            moved,
            json!(true),
            "{:?}: {css} did not take focus",
            self.engine
        );
    }

    /// Starts keeping the `kuril-map:state` events that `embed.js` fires
    /// on the host page's map frame (`#map`); see [`Browser::states`].
    pub async fn record_states(&self) {
        self.run(crate::js!("record_states"), &[]).await;
    }

    /// The `kuril-map:state` details heard since [`Browser::record_states`].
    pub async fn states(&self) -> Vec<Value> {
        let v = self.run(crate::js!("global"), &[json!("__states")]).await;
        v.as_array().cloned().unwrap_or_default()
    }

    /// Polls `script` until it returns `true`, or panics after `limit`.
    pub async fn wait_for(&self, script: Script, args: &[Value], limit: Duration) {
        let came = try_until(limit, async || self.run(script, args).await == json!(true)).await;
        assert!(
            came,
            "{:?}: {} not true after {limit:?}",
            self.engine, script.name
        );
    }

    /// Questions about the page's own document.
    pub fn doc(&self) -> Scope<'_> {
        Scope {
            browser: self,
            frame: None,
        }
    }

    /// Questions about the document in the same-origin frame `css` picks.
    pub fn frame<'a>(&'a self, css: &'a str) -> Scope<'a> {
        Scope {
            browser: self,
            frame: Some(css),
        }
    }
}

/// Polls `cond` until it holds; whether it did within `limit`.
pub async fn try_until(limit: Duration, cond: impl AsyncFn() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if cond().await {
            return true;
        }
        if start.elapsed() > limit {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Polls `cond` until it holds, or panics after `limit` saying `what` was
/// awaited.
pub async fn until(limit: Duration, what: &str, cond: impl AsyncFn() -> bool) {
    assert!(
        try_until(limit, cond).await,
        "timed out after {limit:?} waiting for {what}"
    );
}

/// A box on screen, in CSS pixels of the top-level viewport's frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// Typed questions about one document: the page's ([`Browser::doc`]) or a
/// same-origin frame's ([`Browser::frame`]). Each asks `js/query.js`
/// about every element a CSS selector picks, in document order.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    browser: &'a Browser,
    frame: Option<&'a str>,
}

impl Scope<'_> {
    /// One answer per element; `None` if the frame's document cannot be
    /// read (not loaded yet, or on another origin).
    async fn ask(&self, what: &str, css: &str, name: &str) -> Option<Vec<Value>> {
        let v = self
            .browser
            .run(
                crate::js!("query"),
                &[json!(what), json!(css), json!(name), json!(self.frame)],
            )
            .await;
        v.as_array().cloned()
    }

    async fn strings(&self, what: &str, css: &str, name: &str) -> Vec<String> {
        let answers = self.ask(what, css, name).await.unwrap_or_default();
        answers
            .iter()
            .map(|v| v.as_str().unwrap_or("").to_string())
            .collect()
    }

    /// How many elements `css` picks (0 in an unreadable frame).
    pub async fn count(&self, css: &str) -> usize {
        self.ask("text", css, "").await.map_or(0, |v| v.len())
    }

    /// The text content of each element.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        self.strings("text", css, "").await
    }

    /// The text content of the first element, or `""` if there is none.
    pub async fn text(&self, css: &str) -> String {
        self.texts(css).await.into_iter().next().unwrap_or_default()
    }

    /// `data-*` value `key` (in camelCase, as `dataset` names it) of each
    /// element; `""` where it is missing.
    pub async fn data(&self, css: &str, key: &str) -> Vec<String> {
        self.strings("data", css, key).await
    }

    /// Attribute `name` of each element, `None` where it is missing.
    pub async fn attrs(&self, css: &str, name: &str) -> Vec<Option<String>> {
        let answers = self.ask("attr", css, name).await.unwrap_or_default();
        answers
            .iter()
            .map(|v| v.as_str().map(String::from))
            .collect()
    }

    /// Attribute `name` of the first element.
    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.attrs(css, name).await.into_iter().next().flatten()
    }

    /// The DOM property at `path` (dotted, such as `style.height` or
    /// `contentWindow.location.href`) of each element.
    pub async fn props(&self, css: &str, path: &str) -> Vec<Value> {
        self.ask("prop", css, path).await.unwrap_or_default()
    }

    /// The DOM property at `path` of the first element (`null` if none).
    pub async fn prop(&self, css: &str, path: &str) -> Value {
        self.props(css, path)
            .await
            .into_iter()
            .next()
            .unwrap_or(Value::Null)
    }

    /// The computed value of CSS property `name` (such as `display` or
    /// `--sea`) of the first element, trimmed; `""` if there is none.
    pub async fn style(&self, css: &str, name: &str) -> String {
        let all = self.strings("style", css, name).await;
        all.into_iter().next().unwrap_or_default()
    }

    /// The box of each element.
    pub async fn rects(&self, css: &str) -> Vec<Rect> {
        let answers = self.ask("rect", css, "").await.unwrap_or_default();
        let at = |v: &Value, i: usize| v[i].as_f64().unwrap_or(f64::NAN);
        answers
            .iter()
            .map(|v| Rect {
                left: at(v, 0),
                top: at(v, 1),
                right: at(v, 2),
                bottom: at(v, 3),
            })
            .collect()
    }

    /// The box of the first element, which must exist.
    pub async fn rect(&self, css: &str) -> Rect {
        let first = self.rects(css).await.into_iter().next();
        first.unwrap_or_else(|| panic!("{:?}: nothing matches {css}", self.browser.engine))
    }

    /// Whether the first element is rendered: it has a box (`false` if
    /// there is none, or it or an ancestor is `display: none`).
    pub async fn shown(&self, css: &str) -> bool {
        self.ask("shown", css, "").await.unwrap_or_default().first() == Some(&json!(true))
    }

    /// Calls `click()` on the one element `css` picks: a script's click,
    /// for frames that WebDriver would have to enter first. A reader's
    /// click is [`Browser::click`].
    pub async fn click(&self, css: &str) {
        let n = self.ask("click", css, "").await.map_or(0, |v| v.len());
        assert_eq!(
            n, 1,
            "{:?}: {n} elements to click for {css}",
            self.browser.engine
        );
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    /// Every Rust file under `dir`, with its code before any test module.
    fn rust_code(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_code(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read");
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
                out.push((path, code));
            }
        }
    }

    /// The names inside every `js!(...)` in `code`, comments left out.
    fn named_scripts(code: &str) -> Vec<String> {
        let code: String = code
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let mut names = Vec::new();
        for call in code.split("js!(").skip(1) {
            let args = call.split(')').next().unwrap_or("");
            names.extend(
                args.split(',')
                    .map(|a| a.trim().trim_matches('"').to_string()),
            );
        }
        names
    }

    /// Whether `line` holds markup with a script in it: a `<script>` tag
    /// without `src`, or an `on…=` handler attribute.
    fn inline_script(line: &str) -> bool {
        let tags = line.split("<script").skip(1);
        let inline_tag = tags
            .map(|t| t.split('>').next().unwrap_or(""))
            .any(|t| !t.contains("src="));
        let handler = line.contains('<')
            && line.split(" on").skip(1).any(|rest| {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase())
                    .collect();
                !name.is_empty() && rest[name.len()..].starts_with('=')
            });
        inline_tag || handler
    }

    /// Ways to run JavaScript other than `Browser::run` and its kin.
    const OTHER_WAYS: [&str; 7] = [
        ".execute(",
        ".execute_async(",
        "from_file(",
        "Runtime.evaluate",
        "Runtime.callFunctionOn",
        "ExecuteScript",
        "execute/",
    ];

    #[test]
    fn page_scripts_are_files_and_only_this_module_runs_them() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_code(&root.join("src"), &mut files);
        rust_code(&root.join("tests"), &mut files);
        let mut named = BTreeSet::new();
        for (path, code) in &files {
            let at = path.display();
            if !path.ends_with("src/script.rs") {
                for way in OTHER_WAYS {
                    assert!(
                        !code.contains(way),
                        "{at}: {way}: run page scripts with js!"
                    );
                }
            }
            for line in code.lines() {
                // Hostile payloads are markup that must never run.
                let payload = line.contains("__pwned");
                assert!(
                    payload || !inline_script(line),
                    "{at}: inline script: {line}"
                );
                // A DevTools script for every new document is a file too.
                let cdp_source = line.contains("\"source\":");
                assert!(!cdp_source || line.contains(".source()"), "{at}: {line}");
            }
            named.extend(named_scripts(code));
        }
        for entry in std::fs::read_dir(root.join("js")).expect("js/").flatten() {
            let name = entry.path();
            let stem = name.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            assert!(named.contains(stem), "js/{stem}.js is used nowhere");
        }
    }

    #[test]
    fn script_names_are_read_from_each_js_call_outside_comments() {
        let code = "let a = js!(\"query\"); b.run(js!(\"frame_timing\", \"replay\"), &[])\n\
                    // js!(\"commented\")";
        assert_eq!(named_scripts(code), ["query", "frame_timing", "replay"]);
    }

    #[test]
    fn inline_scripts_in_markup_are_found() {
        assert!(inline_script("<body><script>alert(1)</script>"));
        assert!(inline_script("<script type=\"module\">x()</script>"));
        assert!(inline_script("<img src=x onerror=\"f()\">"));
        assert!(!inline_script("<script src=\"./embed.js\"></script>"));
        assert!(!inline_script("let on = 1; a.on=2; x == y"));
        assert!(!inline_script("<p>Switch it on=off</p>"));
    }
}
