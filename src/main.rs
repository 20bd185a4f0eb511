//! Entry point of the browser build: mounts the app and nothing else.

fn main() {
    console_error_panic_hook::set_once();
    match kuril_map::web::app_element() {
        Some(el) => leptos::mount::mount_to(el, kuril_map::App).forget(),
        None => leptos::mount::mount_to_body(kuril_map::App),
    }
}
