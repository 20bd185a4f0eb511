//! The page itself: its query and history, focus and scrolling, and the
//! page the build wrote, which the app attaches to.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element the app mounts into: `#app`, if the page has one.
pub fn app_element() -> Option<web_sys::HtmlElement> {
    html_element_by_id("app")
}

/// The HTML element with `id`, if the page has one.
fn html_element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The page's query string, with its `?`, or empty.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The content of the page's `<meta name="kuril-map:{name}">`, which
/// each state page carries (`page`: the state it was written at, as a
/// query; `unavailable`: what it says if the app cannot start), or empty
/// on a page without one.
pub fn page_meta(name: &str) -> String {
    document()
        .query_selector(&format!("meta[name=\"kuril-map:{name}\"]"))
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default()
}

/// Adds a history entry for `query` on the current path.
pub fn push_query(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
    }
}

/// Replaces the current history entry's query with `query`: in a frame,
/// a step changes the frame's URL (a reload keeps it) without adding an
/// entry to the host page's history.
pub fn replace_query(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
    }
}

/// Loads `query` in place of the page, without a history entry.
pub fn reload_with(query: &str) {
    let _ = window().location().replace(query);
}

/// Moves keyboard focus to the first element matching `selector`
/// without scrolling the page.
pub fn focus_selector(selector: &str) {
    let Ok(Some(el)) = document().query_selector(selector) else {
        return;
    };
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

/// The page the build wrote, `#prerendered`, if it is there.
pub fn prerendered() -> Option<web_sys::HtmlElement> {
    html_element_by_id("prerendered")
}

/// Marks the app as running: the page's language, and
/// `data-app="ready"` on the root element (which tests wait for).
pub fn mark_ready(lang: &str) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// Today's date in the reader's clock, `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.chars().take(10).collect()
}

/// Marks `name` on the page's performance timeline, for the benchmark
/// (`kuril-map:hydrate-start`, `kuril-map:hydrate-end`).
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// The absolute URL of `file`, a page beside this one.
pub fn sibling_url(file: &str) -> String {
    let here = current_url();
    web_sys::Url::new_with_base(file, &here).map_or(here, |u| u.href())
}

/// The page's full URL.
pub fn current_url() -> String {
    window().location().href().unwrap_or_default()
}
