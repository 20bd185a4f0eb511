//! The house rules a newcomer can rely on, checked on the source:
//! dependencies run one way (core ← load ← selection, chrome ← components ← app
//! ← main.rs and the pre-render), the core has no UI or browser import,
//! and the browser glue names no component.

mod common;

use common::files;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// Every path a file names, with its line: `use` trees flattened (`use
/// crate::{a::b, c}` gives `crate::a::b` and `crate::c`), paths in code,
/// types and attributes, and paths written inside macro calls (`view!`).
/// Comments are not code, so a path in a comment is not counted.
fn paths(text: &str) -> Result<Vec<(usize, String)>, syn::Error> {
    struct Names(Vec<(usize, String)>);
    fn flatten(tree: &syn::UseTree, prefix: &str, line: usize, out: &mut Vec<(usize, String)>) {
        let join = |s: &dyn std::fmt::Display| {
            if prefix.is_empty() {
                s.to_string()
            } else {
                format!("{prefix}::{s}")
            }
        };
        match tree {
            syn::UseTree::Path(p) => flatten(&p.tree, &join(&p.ident), line, out),
            syn::UseTree::Name(n) => out.push((line, join(&n.ident))),
            syn::UseTree::Rename(r) => out.push((line, join(&r.ident))),
            syn::UseTree::Glob(_) => out.push((line, join(&"*"))),
            syn::UseTree::Group(g) => g.items.iter().for_each(|t| flatten(t, prefix, line, out)),
        }
    }
    /// `a :: b :: c` runs in a macro's tokens, in every nested group, and
    /// a single name called there (`document()` in a `view!` closure).
    fn tokens(stream: TokenStream, out: &mut Vec<(usize, String)>) {
        let mut run: Vec<String> = Vec::new();
        let (mut line, mut colons) = (0, 0);
        let flush = |run: &mut Vec<String>, line: usize, out: &mut Vec<(usize, String)>| {
            if run.len() > 1 {
                out.push((line, run.join("::")));
            }
            run.clear();
        };
        for t in stream {
            match t {
                TokenTree::Ident(i) if !run.is_empty() && colons == 2 => run.push(i.to_string()),
                TokenTree::Ident(i) => {
                    flush(&mut run, line, out);
                    line = i.span().start().line;
                    run.push(i.to_string());
                }
                TokenTree::Punct(p) if p.as_char() == ':' && !run.is_empty() && colons < 2 => {
                    colons += 1;
                    continue;
                }
                TokenTree::Group(g) => {
                    let called = g.delimiter() == proc_macro2::Delimiter::Parenthesis;
                    if called && run.len() == 1 {
                        out.push((line, run.join("::")));
                    }
                    flush(&mut run, line, out);
                    tokens(g.stream(), out);
                }
                _ => flush(&mut run, line, out),
            }
            colons = 0;
        }
        flush(&mut run, line, out);
    }
    impl<'a> Visit<'a> for Names {
        fn visit_item_use(&mut self, u: &'a syn::ItemUse) {
            let line = u.use_token.span.start().line;
            flatten(&u.tree, "", line, &mut self.0);
        }
        fn visit_path(&mut self, p: &'a syn::Path) {
            let line = p
                .segments
                .first()
                .map_or(0, |s| s.ident.span().start().line);
            let name: Vec<String> = p.segments.iter().map(|s| s.ident.to_string()).collect();
            self.0.push((line, name.join("::")));
            syn::visit::visit_path(self, p);
        }
        fn visit_macro(&mut self, m: &'a syn::Macro) {
            tokens(m.tokens.clone(), &mut self.0);
            syn::visit::visit_macro(self, m);
        }
    }
    let file = syn::parse_file(text)?;
    let mut names = Names(Vec::new());
    names.visit_file(&file);
    Ok(names.0)
}

/// Whether `path` is `prefix` or inside it (`crate::web` names
/// `crate::web::document`, not `crate::website`).
fn under(path: &str, prefix: &str) -> bool {
    path == prefix || path.starts_with(&format!("{prefix}::"))
}

/// Where a path `matches` picks is named in the files `select` picks.
fn named(select: impl Fn(&str) -> bool, matches: impl Fn(&str) -> bool) -> Vec<String> {
    files()
        .iter()
        .filter(|(p, _)| select(p))
        .flat_map(|(p, t)| {
            let found = paths(t).unwrap_or_else(|e| panic!("{p} does not parse: {e}"));
            found
                .into_iter()
                .filter(|(_, name)| matches(name))
                .map(|(n, name)| format!("{p}:{n}: {name}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Where a path under `prefix` is named in the files `select` picks.
fn uses(select: impl Fn(&str) -> bool, prefix: &str) -> Vec<String> {
    named(select, |name| under(name, prefix))
}

/// The core: pure types and functions, shared by the build and the
/// browser, with no UI or browser import.
const CORE: [&str; 14] = [
    "projection/",
    "path/",
    "model/",
    "layout/",
    "lang.rs",
    "url_state/",
    "i18n/",
    "state_data.rs",
    "text.rs",
    "format.rs",
    "export.rs",
    "zoom.rs",
    "error.rs",
    "load.rs",
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
        |p| p == "selection.rs" || p == "chrome.rs" || p.starts_with("web/"),
        "crate::components",
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    let found = uses(|p| p.starts_with("web/"), "crate::App");
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Where a path naming the browser is written in the files `select` picks:
/// the browser crates (also as leptos re-exports them), and leptos's own
/// `document()` and `window()`, however they are reached.
fn browser_uses(select: impl Fn(&str) -> bool) -> Vec<String> {
    let crates = [
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "leptos::web_sys",
        "leptos::wasm_bindgen",
        "leptos::tachys::dom",
    ];
    let browser = |n: &str| {
        crates.iter().any(|c| under(n, c))
            || ["document", "window"]
                .iter()
                .any(|f| n == *f || n.ends_with(&format!("::{f}")))
    };
    named(select, browser)
}

#[test]
fn components_reach_the_browser_only_through_web() {
    let found = browser_uses(|p| p.starts_with("components/"));
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The check sees the browser glue itself.
    assert!(!browser_uses(|p| p == "web/dom.rs").is_empty());
}

/// Each concept of the core depends one way: the path's walk on no
/// projection, layout or model; an event on no timeline (the timeline
/// is made of events).
#[test]
fn the_core_keeps_its_directions() {
    for (files, prefixes) in [
        (
            "path/",
            &["crate::projection", "crate::layout", "crate::model"][..],
        ),
        (
            "model/event.rs",
            &["crate::model::timeline", "super::timeline"][..],
        ),
    ] {
        for prefix in prefixes {
            let found = uses(|p| p.starts_with(files), prefix);
            assert!(found.is_empty(), "{}", found.join("\n"));
        }
    }
}

#[test]
fn grouped_imports_paths_without_use_and_macro_bodies_are_seen() {
    let text = "use crate::{components::{Legend, map::MapView}, model};\n\
                fn f() { let _ = crate::web::current_url(); }\n\
                fn g() -> impl IntoView { view! { <p>{crate::chrome::use_chrome()}</p> } }\n\
                fn h() -> impl IntoView { view! { <b on:click=move |_| { document(); }></b> } }\n\
                // crate::selection in a comment is not code\n";
    let names: Vec<String> = paths(text)
        .expect("parses")
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    for expected in [
        "crate::components::Legend",
        "crate::components::map::MapView",
        "crate::model",
        "crate::web::current_url",
        "crate::chrome::use_chrome",
        "document",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} not in {names:?}"
        );
    }
    assert!(!names.iter().any(|n| under(n, "crate::selection")));
    // What a substring search missed: the grouped import names no
    // `crate::components` as such.
    assert!(!text.contains("crate::components"));
}

#[test]
fn the_core_list_names_only_what_exists() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for c in CORE {
        let p = src.join(c.trim_end_matches('/'));
        assert_eq!(
            p.is_dir(),
            c.ends_with('/'),
            "CORE names {c}: {}",
            p.display()
        );
        assert!(p.exists(), "CORE names {c}, which is not in src/");
    }
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
