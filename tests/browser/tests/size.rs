//! Size budget (a CI check, not a timing): the shipped WebAssembly module
//! may not grow more than 5% past its size when the budget was last set.
//! Measured as `make dist` prints it, with `gzip -9`.

use browser_tests::{dist_dir, gzip9, shipped_wasm};

/// `gzip -9` bytes of the module when the budget was set (bench/NOTES.md):
/// the build that attaches to the written pages, leaves their static
/// parts to them and reads the state data the build wrote instead of the
/// GeoJSON (issue 25; 211,181 when the app drew its own page).
const WASM_GZIP_BUDGET: u64 = 195_191;

#[test]
fn the_webassembly_module_stays_within_its_budget() {
    let wasm = shipped_wasm();
    assert_eq!(wasm.len(), 1, "one module in dist/: {wasm:?}");
    let size = gzip9(&wasm[0]);
    let limit = WASM_GZIP_BUDGET + WASM_GZIP_BUDGET / 20;
    assert!(
        size <= limit,
        "{} is {size} B gzip -9, over the budget of {WASM_GZIP_BUDGET} B + 5% ({limit} B)",
        wasm[0].display()
    );
}

/// `gzip -9` bytes the app may load as data, per language: the state data
/// is all it fetches (no GeoJSON); with the geometry or the context land
/// in it (left to the written page), it would be about twice this.
const STATE_DATA_GZIP_BUDGET: u64 = 26 * 1024;

#[test]
fn each_languages_state_data_stays_within_its_budget() {
    for lang in ["en", "ja", "ru"] {
        let file = dist_dir().join(format!("state-data.{lang}.json"));
        assert!(file.exists(), "{} is missing", file.display());
        let size = gzip9(&file);
        assert!(
            size <= STATE_DATA_GZIP_BUDGET,
            "{} is {size} B gzip -9, over {STATE_DATA_GZIP_BUDGET} B",
            file.display()
        );
    }
}

#[test]
fn every_text_file_ships_with_gzip_and_brotli_siblings() {
    let dist = dist_dir();
    for name in [
        "index.html",
        "embed.js",
        "geodata/islands.geojson",
        "state-data.en.json",
    ] {
        for ext in ["gz", "br"] {
            let p = dist.join(format!("{name}.{ext}"));
            assert!(p.exists(), "{} is missing", p.display());
        }
    }
}
