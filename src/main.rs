//! Entry point of the browser build: starts the app and nothing else.

fn main() {
    #[cfg(feature = "hydrate")]
    {
        console_error_panic_hook::set_once();
        wasm_bindgen_futures::spawn_local(kuril_map::app::start());
    }
}
