//! Browser glue: fetching, history, frames and messages. Everything here
//! talks to the DOM or the network and so only does real work in the browser.

use crate::error::MapError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The element the app mounts into: `#app`, if the page has one.
pub fn app_element() -> Option<web_sys::HtmlElement> {
    document()
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}

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
    let promise = window().fetch_with_str(url);
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

/// Calls `on_show` with each checked `kuril-map:show` message from the
/// parent window. Messages from any other window, and anything that is
/// not an object of that type, are ignored; a field that is not a string
/// is left out, and `Request::from_pairs` checks the rest as the URL
/// parameters are checked. The listener lives as long as the page.
pub fn on_show_messages(on_show: impl Fn(crate::url_state::Request) + 'static) {
    let handler = move |e: web_sys::MessageEvent| {
        let Ok(Some(parent)) = window().parent() else {
            return;
        };
        let from_parent = e
            .source()
            .is_some_and(|s| wasm_bindgen::JsValue::from(s) == wasm_bindgen::JsValue::from(parent));
        let data = e.data();
        if !from_parent || !data.is_object() {
            return;
        }
        let field = |k: &str| {
            js_sys::Reflect::get(&data, &k.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        if field("type").as_deref() != Some("kuril-map:show") {
            return;
        }
        let values: Vec<(&str, String)> = ["scenario", "event", "lang"]
            .into_iter()
            .filter_map(|k| Some((k, field(k)?)))
            .collect();
        on_show(crate::url_state::Request::from_pairs(
            values.iter().map(|(k, v)| (*k, v.as_str())),
        ));
    };
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(handler);
    let _ = window().add_event_listener_with_callback("message", callback.as_ref().unchecked_ref());
    callback.forget();
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
    let target = (li_left - (scroller.client_width() - el.offset_width()) / 2).max(0);
    if scroller.scroll_left() != target {
        scroller.set_scroll_left(target);
    }
}

/// Marks the app as running: removes the pre-rendered page and sets
/// `data-app="ready"` on the root element (which tests wait for).
pub fn take_over(lang: &str) {
    let doc = document();
    if let Some(pre) = doc.get_element_by_id("prerendered") {
        pre.remove();
    }
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// Whether the page runs inside a frame (an embed).
pub fn in_frame() -> bool {
    match window().parent() {
        Ok(Some(parent)) => {
            !wasm_bindgen::JsValue::from(parent).eq(&wasm_bindgen::JsValue::from(window()))
        }
        _ => false,
    }
}

/// Posts `{type, ...fields}` to the parent window. The messages carry
/// only public state, so any parent may read them.
pub fn post_to_parent(kind: &str, fields: &[(&str, wasm_bindgen::JsValue)]) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&msg, &(*k).into(), v);
    }
    let _ = parent.post_message(&msg, "*");
}

/// The height of the page's content, in CSS pixels.
pub fn content_height() -> f64 {
    // The root element's box holds the body with its margins and any
    // child margin that collapses through the body's edge; the body's own
    // box (used before) left those 11–12 px out, so an embed scrolled
    // inside itself. The body's scroll height covers content that
    // overflows it.
    let doc = document();
    let root = doc
        .document_element()
        .map_or(0.0, |r| r.get_bounding_client_rect().height());
    let body = doc.body().map_or(0.0, |b| f64::from(b.scroll_height()));
    root.max(body).ceil()
}

/// Posts `kuril-map:height` now and whenever the content's size changes.
pub fn report_height_to_parent() {
    let send = || {
        post_to_parent(
            "kuril-map:height",
            &[("height", wasm_bindgen::JsValue::from_f64(content_height()))],
        )
    };
    send();
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(send);
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
        // The observer lives as long as the page.
        callback.forget();
    }
}

/// Copies `text` to the clipboard. Resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// The page's full URL.
pub fn current_url() -> String {
    window().location().href().unwrap_or_default()
}

/// The `svg.map` element serialised as XML, with its size set, or `None`.
pub fn serialize_map(width: f64, height: f64) -> Option<String> {
    let svg = document().query_selector("svg.map").ok()??;
    let clone = svg.clone_node_with_deep(true).ok()?;
    let clone: web_sys::Element = clone.dyn_into().ok()?;
    let _ = clone.set_attribute("width", &width.to_string());
    let _ = clone.set_attribute("height", &height.to_string());
    web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&clone)
        .ok()
}

/// Offers `blob` for download as `filename`.
pub fn download(filename: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        }
    }
    // Revoke later: the download has to start first.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}

/// A Blob of `text` with `mime`.
pub fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()
}

/// Renders `svg` to a PNG at `scale` and offers it as `filename`. Uses a
/// data: URL, which the strict CSP's `img-src 'self' data:` allows.
pub fn download_png(svg: &str, width: f64, height: f64, scale: f64, filename: &str) {
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let encoded = String::from(js_sys::encode_uri_component(svg));
    let filename = filename.to_string();
    let img2 = img.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Ok(canvas) = document().create_element("canvas") else {
            return;
        };
        let Ok(canvas) = canvas.dyn_into::<web_sys::HtmlCanvasElement>() else {
            return;
        };
        canvas.set_width((width * scale).round() as u32);
        canvas.set_height((height * scale).round() as u32);
        let Ok(Some(ctx)) = canvas.get_context("2d") else {
            return;
        };
        let Ok(ctx) = ctx.dyn_into::<web_sys::CanvasRenderingContext2d>() else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img2,
            0.0,
            0.0,
            width * scale,
            height * scale,
        );
        let done =
            wasm_bindgen::closure::Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(blob) = blob {
                    download(&filename, &blob);
                }
            });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}

/// Tells the stylesheet the map's zoom (`--k` on `svg.map`), so labels
/// and strokes keep their size on screen. Set through the CSSOM, which a
/// strict CSP allows.
pub fn set_map_zoom(k: f64) {
    if let Ok(Some(svg)) = document().query_selector("svg.map") {
        if let Ok(svg) = svg.dyn_into::<web_sys::SvgElement>() {
            let _ = svg.style().set_property("--k", &format!("{k:.4}"));
        }
    }
}
