//! Browser glue: mounting and fetching. Everything here talks to the
//! DOM or the network and so only does real work in the browser.

use crate::error::MapError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Mounts the app into `#app`, or the body if the page lacks one.
pub fn mount() {
    console_error_panic_hook::set_once();
    let target = document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => leptos::mount::mount_to(el, crate::App).forget(),
        None => leptos::mount::mount_to_body(crate::App),
    }
}

/// Fetches `url` (relative to the page) as text. `resource` names the
/// file in error messages.
pub async fn fetch_text(url: &str, resource: &str) -> Result<String, MapError> {
    let fail = |detail: String| MapError::Fetch {
        resource: resource.to_string(),
        detail,
    };
    let promise = window().fetch_with_str(url);
    let response = JsFuture::from(promise)
        .await
        .map_err(|e| fail(js_message(&e)))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| fail("the browser returned no response".into()))?;
    if !response.ok() {
        return Err(fail(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response.text().map_err(|e| fail(js_message(&e)))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| fail(js_message(&e)))?;
    text.as_string()
        .ok_or_else(|| fail("the response body is not text".into()))
}

fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "network error".into())
}

/// The page's query string, with its `?`, or empty.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// Adds a history entry for `query` on the current path.
pub fn push_query(query: &str) {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
    }
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

/// Centres `el` in its parent's parent (the timeline's horizontal
/// scroller) without scrolling the page itself.
pub fn reveal(el: &web_sys::Element) {
    let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let Some(scroller) = el.parent_element().and_then(|li| li.parent_element()) else {
        return;
    };
    let li_left = el
        .parent_element()
        .and_then(|li| li.dyn_into::<web_sys::HtmlElement>().ok())
        .map_or(0, |li| li.offset_left());
    let target = li_left - (scroller.client_width() - el.offset_width()) / 2;
    scroller.set_scroll_left(target.max(0));
}
