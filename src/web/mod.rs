//! Browser glue: fetching, the page and its history, frames and messages,
//! the clipboard and downloads. Everything here talks to the DOM or the
//! network and so only does real work in the browser. It names no
//! component: the app and the components call it.

mod dom;
mod fetch;
mod files;
mod frame;
mod page;

pub use dom::{centre_in_scroller, set_style_property, target_box};
pub use fetch::fetch_text;
pub use files::{copy_text, download, download_png, serialize_map, text_blob};
pub use frame::{
    content_height, in_frame, on_show_messages, post_to_parent, report_height_to_parent,
};
pub use page::{
    app_element, current_query, current_url, focus_selector, mark, mark_ready, page_meta,
    prerendered, push_query, reload_with, replace_query, sibling_url, today_iso,
};
