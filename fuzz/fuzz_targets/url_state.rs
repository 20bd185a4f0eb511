//! The URL-state parser: any query gives a state (falling back to the
//! default) and never panics; the state's own query reads back the same.
#![no_main]

use kuril_map::url_state::UrlState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let (state, _problems) = UrlState::parse(query);
    let (again, problems) = UrlState::parse(&state.to_query());
    assert_eq!(again, state);
    assert!(problems.is_empty());
});
