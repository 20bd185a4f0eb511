//! The clipboard and downloads (the share bar's exports).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Copies `text` to the clipboard. Resolves to whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// The map's `svg` element serialised as XML, with its size set, or `None`.
pub fn serialize_map(svg: &web_sys::Element, width: f64, height: f64) -> Option<String> {
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
