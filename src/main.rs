//! Entry point of the browser build: mounts the app and nothing else.

fn main() {
    kuril_map::web::mount();
}
