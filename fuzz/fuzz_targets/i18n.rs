//! The translation loader, and formatting with what it loaded.
#![no_main]

use kuril_map::i18n::Strings;
use kuril_map::url_state::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(s) = Strings::from_json(Lang::Ja, text) {
        let _ = s.f("live.scenario", &[("label", "x"), ("split", "y")]);
        let _ = s.t("legend.claimed");
    }
});
