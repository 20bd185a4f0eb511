//! Laid-out elements, found by the selectors their components give: the
//! box an event's target occupies, centring an item in its scroller, and
//! style properties set through the CSSOM (which a strict CSP allows).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn html_element(selector: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(selector)
        .ok()??
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Scrolls the element `scroller` finds so that the one `item` finds
/// sits in its middle, along both axes, without scrolling the page
/// itself; nothing if either is missing. Measured from both boxes on
/// screen, so it holds whatever the item's offset parent is.
pub fn centre_in_scroller(item: &str, scroller: &str) {
    let (Some(item), Some(scroller)) = (html_element(item), html_element(scroller)) else {
        return;
    };
    let (i, s) = (
        item.get_bounding_client_rect(),
        scroller.get_bounding_client_rect(),
    );
    // Where the item's box starts inside the scroller's content, less
    // half the room around it.
    let centred = |start: f64, room: i32, size: f64, at: i32| -> i32 {
        let to = f64::from(at) + start - (f64::from(room) - size) / 2.0;
        to.round().max(0.0) as i32
    };
    let x = centred(
        i.left() - s.left() - f64::from(scroller.client_left()),
        scroller.client_width(),
        i.width(),
        scroller.scroll_left(),
    );
    let y = centred(
        i.top() - s.top() - f64::from(scroller.client_top()),
        scroller.client_height(),
        i.height(),
        scroller.scroll_top(),
    );
    if scroller.scroll_left() != x {
        scroller.set_scroll_left(x);
    }
    if scroller.scroll_top() != y {
        scroller.set_scroll_top(y);
    }
}

/// The box of the element an event is handled on, in client pixels:
/// `[left, top, width, height]`.
pub fn target_box(ev: &web_sys::Event) -> Option<[f64; 4]> {
    let el: web_sys::Element = ev.current_target()?.dyn_into().ok()?;
    let r = el.get_bounding_client_rect();
    Some([r.left(), r.top(), r.width(), r.height()])
}

/// Sets the custom or style property `name` on the element `selector`
/// finds (an HTML or SVG element).
pub fn set_style_property(selector: &str, name: &str, value: &str) {
    let Ok(Some(el)) = document().query_selector(selector) else {
        return;
    };
    let style = match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => html.style(),
        Err(el) => match el.dyn_into::<web_sys::SvgElement>() {
            Ok(svg) => svg.style(),
            Err(_) => return,
        },
    };
    let _ = style.set_property(name, value);
}
