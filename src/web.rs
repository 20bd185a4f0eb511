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
