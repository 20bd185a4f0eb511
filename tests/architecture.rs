//! The house rules a newcomer can rely on, checked on the source:
//! dependencies run one way (core ← load ← selection, chrome ← components ← app
//! ← main.rs and the pre-render), the core has no UI or browser import,
//! and the browser glue names no component.

mod common;

use common::files;

/// The lines of `text` that are code, not comments.
fn code(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l))
}

/// Where `needle` appears in the code of files `select` picks.
fn uses(select: impl Fn(&str) -> bool, needle: &str) -> Vec<String> {
    files()
        .iter()
        .filter(|(p, _)| select(p))
        .flat_map(|(p, t)| {
            code(t)
                .filter(|(_, l)| l.contains(needle))
                .map(|(n, l)| format!("{p}:{n}: {}", l.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

const CORE: [&str; 15] = [
    "projection/",
    "path/",
    "model/",
    "layout.rs",
    "lang.rs",
    "url_state.rs",
    "i18n/",
    "state_data.rs",
    "text.rs",
    "format.rs",
    "export.rs",
    "zoom.rs",
    "error.rs",
    "load.rs",
    "layout/",
];

fn is_core(p: &str) -> bool {
    CORE.iter()
        .any(|c| p == *c || (c.ends_with('/') && p.starts_with(c)))
}

#[test]
fn only_the_app_main_and_the_pre_render_use_the_app() {
    // The build's pages (site/) draw the page as the app does.
    let allowed = [
        "app/mod.rs",
        "app/start.rs",
        "main.rs",
        "bin/prerender.rs",
        "lib.rs",
        "site/mod.rs",
    ];
    for needle in ["crate::app", "kuril_map::app"] {
        let found = uses(|p| !allowed.contains(&p), needle);
        assert!(found.is_empty(), "{}", found.join("\n"));
    }
}

#[test]
fn the_core_has_no_ui_or_browser_import() {
    for needle in [
        "leptos",
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "crate::web",
        "crate::components",
        "crate::selection",
        "crate::chrome",
    ] {
        let found = uses(is_core, needle);
        assert!(
            found.is_empty(),
            "{needle} in the core:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_shared_state_and_the_browser_glue_name_no_component() {
    let found = uses(
        |p| p == "selection.rs" || p == "chrome.rs" || p == "web.rs" || p.starts_with("web/"),
        "crate::components",
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    let found = uses(|p| p == "web.rs" || p.starts_with("web/"), "crate::App");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_checks_see_the_tree() {
    let all = files();
    assert!(all.len() > 30, "{} files", all.len());
    assert!(all.iter().filter(|(p, _)| is_core(p)).count() > 15);
    // A use put back is found: the check is not vacuous.
    assert!(!uses(|p| p == "app/mod.rs", "crate::components").is_empty());
}

/// Each function's (file, first line, length in lines): from its `fn`
/// line to the closing brace at the same indentation.
fn functions() -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for (p, text) in files() {
        let lines: Vec<&str> = text.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            let t = l.trim_start();
            let indent = l.len() - t.len();
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "async fn ",
                "pub async fn ",
                "const fn ",
                "pub const fn ",
            ]
            .iter()
            .any(|k| t.starts_with(k));
            if !is_fn || t.ends_with(';') {
                continue;
            }
            let close = format!("{}}}", " ".repeat(indent));
            if let Some(end) = lines[i..]
                .iter()
                .position(|x| x.starts_with(&close) && x.trim() == "}")
            {
                out.push((p.clone(), i + 1, end + 1));
            }
        }
    }
    out
}

/// Lines before a file's `#[cfg(test)]` module.
fn code_lines(text: &str) -> usize {
    text.lines()
        .take_while(|l| !l.starts_with("#[cfg(test)]"))
        .count()
}

fn long_files() -> Vec<(String, usize)> {
    files()
        .iter()
        .map(|(p, t)| (p.clone(), code_lines(t)))
        .filter(|(_, n)| *n > 300)
        .collect()
}

#[test]
fn no_function_over_80_lines() {
    let fns = functions();
    let long: Vec<String> = fns
        .iter()
        .filter(|f| f.2 > 80)
        .map(|(p, line, n)| format!("{p}:{line}: {n} lines"))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
    // The measure sees real functions.
    assert!(fns.iter().any(|f| f.2 > 20));
}

#[test]
fn no_source_file_over_300_lines_before_its_tests() {
    let long: Vec<String> = long_files()
        .into_iter()
        .map(|(p, n)| format!("{p}: {n} lines"))
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}
