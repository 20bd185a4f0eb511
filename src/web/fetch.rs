//! Fetching the data files.

use crate::error::MapError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches `url` (relative to the page) as text. `resource` names the
/// file in error messages.
///
/// The request starts when this is called, not when the future is first
/// polled: it is a plain function that calls `fetch` and returns the
/// waiting part as a future. Why: an `async fn` does nothing until it is
/// awaited, so five of them awaited in turn made five round trips one
/// after another.
pub fn fetch_text(
    url: &str,
    resource: &str,
) -> impl std::future::Future<Output = Result<String, MapError>> {
    // As the page's `<link rel="preload" as="fetch">` (no `crossorigin`)
    // asks, so that every engine hands over the preloaded response instead
    // of fetching again (WebKit does not match a CORS-mode fetch to it).
    // Same-origin, so the response is still readable.
    let init = web_sys::RequestInit::new();
    init.set_mode(web_sys::RequestMode::NoCors);
    init.set_credentials(web_sys::RequestCredentials::Include);
    let promise = window().fetch_with_str_and_init(url, &init);
    let resource = resource.to_string();
    async move { read_text(promise, resource).await }
}

async fn read_text(promise: js_sys::Promise, resource: String) -> Result<String, MapError> {
    let fail = |detail: String| MapError::Fetch {
        resource: resource.clone(),
        detail,
    };
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
