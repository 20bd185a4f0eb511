//! The timeline loader: any text gives a checked timeline or an error.
#![no_main]

use kuril_map::model::Timeline;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(t) = Timeline::from_json(text) {
        // What loads keeps the invariants the app relies on.
        assert!(!t.is_empty());
        for (i, e) in t.events().iter().enumerate() {
            assert_eq!(t.position(&e.id), Some(i));
            assert!(kuril_map::model::event::is_valid_event_id(&e.id));
            assert!(e.sources.iter().all(|s| kuril_map::model::event::is_safe_url(&s.url)));
        }
    }
});
