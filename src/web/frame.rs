//! Running in a frame: talking to the embedding page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    // child margin that collapses through the body's edge, which the
    // body's own box leaves out (an embed would scroll inside itself).
    // The body's scroll height covers content that overflows it.
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
