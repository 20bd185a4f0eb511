//! Parts of the page that never change once written. The build draws
//! them into their element's inner HTML; the browser attaches to that
//! element and never walks into it (Leptos's hydration neither walks an
//! element whose view has no children nor sets `inner_html`), so their
//! drawing code is not in the browser module.

use leptos::prelude::*;

/// The markup `draw` gives, at build time; empty in the browser, where
/// `draw` is never called.
pub fn written<V: IntoView>(draw: impl FnOnce() -> V) -> String {
    #[cfg(feature = "ssr")]
    {
        draw().to_html()
    }
    #[cfg(not(feature = "ssr"))]
    {
        drop(draw);
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use leptos::prelude::*;

    #[test]
    fn the_build_writes_the_part_and_the_browser_leaves_it_to_the_page() {
        let html = super::written(|| view! { <b>"x"</b> });
        if cfg!(feature = "ssr") {
            // Leptos's hydration markers (`<!>`) may sit inside; the
            // browser never walks in, so they do no harm there.
            assert_eq!(html.replace("<!>", ""), "<b>x</b>");
        } else {
            assert_eq!(html, "");
        }
    }
}
