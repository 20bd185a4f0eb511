//! Bad input, each through the public loaders the app uses: every case
//! gives an error whose message names the file and the fault, and none
//! panics. (The fuzz targets in `fuzz/` push the same loaders further.)

use kuril_map::error::MapError;
use kuril_map::i18n::Strings;
use kuril_map::model::{Context, Islands, Lines, Timeline};
use kuril_map::url_state::{Lang, UrlState};

const ISLANDS: &str = include_str!("../geodata/islands.geojson");
const TIMELINE: &str = include_str!("../geodata/timeline.json");
const JA: &str = include_str!("../geodata/i18n/ja.json");

/// The message of `result`'s error, which must mention every word of `wanted`.
fn message<T: std::fmt::Debug>(result: Result<T, MapError>, wanted: &[&str]) -> String {
    let err = result.expect_err("bad input must be an error");
    let text = err.to_string();
    for w in wanted {
        assert!(text.contains(w), "{text:?} does not mention {w:?}");
    }
    text
}

/// A one-feature collection with `geometry` for the island `id`.
fn feature(id: &str, geometry: &str) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","id":"{id}","properties":{{}},"geometry":{geometry}}}]}}"#
    )
}

/// A one-feature collection with a polygon of one ring, `ring` (positions
/// without the outer brackets), for the feature `id`.
fn polygon(id: &str, ring: &str) -> String {
    feature(
        id,
        &format!(r#"{{"type":"Polygon","coordinates":[[{ring}]]}}"#),
    )
}

#[test]
fn truncated_json() {
    for cut in [1, ISLANDS.len() / 3, ISLANDS.len() - 2] {
        message(Islands::from_geojson(&ISLANDS[..cut]), &["islands", "JSON"]);
    }
    message(
        Timeline::from_json(&TIMELINE[..TIMELINE.len() / 2]),
        &["timeline", "JSON"],
    );
    let half = JA
        .char_indices()
        .map(|(i, _)| i)
        .take_while(|i| *i <= JA.len() / 2)
        .last()
        .unwrap_or(0);
    message(
        Strings::from_json(Lang::Ja, &JA[..half]),
        &["ja.json", "JSON"],
    );
}

#[test]
fn wrong_geometry_types() {
    let point = feature("iturup", r#"{"type":"Point","coordinates":[147.5,45.0]}"#);
    message(Islands::from_geojson(&point), &["iturup", "Point"]);
    let line = feature(
        "hokkaido",
        r#"{"type":"LineString","coordinates":[[145,43],[146,44]]}"#,
    )
    .replace(
        r#""properties":{}"#,
        r#""properties":{"name_en":"Hokkaido","name_ja_romaji":"Hokkaidō","name_ja":"北海道","name_ru":"Хоккайдо"}"#,
    );
    message(Context::from_geojson(&line), &["hokkaido", "LineString"]);
    let area = polygon("border-1855", "[145,43],[146,44],[146,43],[145,43]");
    message(Lines::from_geojson(&area), &["border-1855", "Polygon"]);
}

#[test]
fn an_empty_feature_collection() {
    let empty = r#"{"type":"FeatureCollection","features":[]}"#;
    message(Islands::from_geojson(empty), &["islands", "no features"]);
    message(Context::from_geojson(empty), &["no features"]);
    message(Lines::from_geojson(empty), &["no features"]);
}

#[test]
fn nan_and_out_of_range_coordinates() {
    // JSON has no NaN: the token, and a number too large for a float, are
    // parse errors; a latitude past the pole is a coordinate error.
    for (lat, wanted) in [
        ("NaN", &["islands"][..]),
        ("1e999", &["islands"]),
        ("91.0", &["shikotan", "coordinate"]),
    ] {
        let ring = format!("[146.6,{lat}],[146.8,43.8],[146.9,43.9],[146.6,{lat}]");
        message(Islands::from_geojson(&polygon("shikotan", &ring)), wanted);
    }
}

#[test]
fn unknown_island_ids() {
    let text = ISLANDS.replacen("\"habomai\"", "\"atlantis\"", 1);
    message(Islands::from_geojson(&text), &["atlantis"]);
    let text = TIMELINE.replacen("\"iturup\"", "\"atlantis\"", 1);
    message(Timeline::from_json(&text), &["atlantis"]);
}

#[test]
fn duplicate_event_ids() {
    let text = TIMELINE.replacen("st-petersburg-1875", "shimoda-1855", 1);
    message(Timeline::from_json(&text), &["shimoda-1855"]);
}

#[test]
fn dates_that_do_not_exist() {
    for bad in ["1855-02-30", "2019-02-29", "1956-13-01", "1945-9-1"] {
        let text = TIMELINE.replacen("1855-02-07", bad, 1);
        message(Timeline::from_json(&text), &[bad]);
    }
}

#[test]
fn a_ten_megabyte_input() {
    let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(10 * 1024 * 1024));
    message(Islands::from_geojson(&huge), &["larger than"]);
    message(Context::from_geojson(&huge), &["larger than"]);
    message(Lines::from_geojson(&huge), &["larger than"]);
    message(Timeline::from_json(&huge), &["larger than"]);
    message(Strings::from_json(Lang::Ru, &huge), &["larger than"]);
    // The URL parser never fails: it falls back, reporting the problem.
    let (state, problems) = UrlState::parse(&format!("?scenario={}", "x".repeat(10 << 20)));
    assert_eq!(state, UrlState::default());
    assert!(!problems.is_empty());
}

#[test]
fn a_bad_official_areas_block_is_left_out_and_the_events_still_load() {
    let at = TIMELINE.find("\"official_areas\"").expect("block");
    let (events, areas) = TIMELINE.split_at(at);
    for bad in [
        areas.replacen("\"iturup\"", "\"atlantis\"", 1),
        areas.replacen("3168", "-3168", 1),
        areas.replacen("https://www.mofa.go.jp/", "javascript:alert(1)//", 1),
    ] {
        let t = Timeline::from_json(&format!("{events}{bad}")).expect("events load");
        assert!(t.official_areas().is_none());
        assert!(t.len() > 20);
    }
    assert!(Timeline::from_json(TIMELINE)
        .expect("committed")
        .official_areas()
        .is_some());
}
