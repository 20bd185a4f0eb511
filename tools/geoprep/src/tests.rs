//! End-to-end checks of the pipeline on a small synthetic source.

use crate::prepare::prepare;
use crate::units::{Layer, UNITS};
use crate::write::layer_file;

/// A closed square ring of `size` degrees centred on `(lon, lat)`, in the
/// clockwise order the real source uses.
fn square(lon: f64, lat: f64, size: f64) -> String {
    let h = size / 2.0;
    format!(
        "[[{},{}],[{},{}],[{},{}],[{},{}],[{},{}]]",
        lon - h,
        lat - h,
        lon - h,
        lat + h,
        lon + h,
        lat + h,
        lon + h,
        lat - h,
        lon - h,
        lat - h
    )
}

/// A figure-eight ring (self-intersecting), as the source has for Iturup.
fn bow_tie(lon: f64, lat: f64) -> String {
    format!(
        "[[{},{}],[{},{}],[{},{}],[{},{}],[{},{}]]",
        lon - 0.1,
        lat - 0.05,
        lon + 0.1,
        lat + 0.05,
        lon + 0.1,
        lat - 0.05,
        lon - 0.1,
        lat + 0.05,
        lon - 0.1,
        lat - 0.05
    )
}

fn synthetic_source(reverse: bool) -> String {
    let mut russia: Vec<String> = vec![
        format!("[{}]", bow_tie(147.8, 45.0)),
        format!("[{}]", square(146.0, 44.1, 0.2)),
        format!("[{}]", square(146.8, 43.8, 0.1)),
        format!("[{}]", square(149.9, 45.9, 0.3)),
        // Sticks out of the frame's east edge: must be clipped.
        format!("[{}]", square(150.5, 46.0, 0.2)),
    ];
    for unit in UNITS {
        for (_, lon, lat) in unit.islets {
            russia.push(format!("[{}]", square(*lon, *lat, 0.02)));
        }
    }
    let japan = [format!("[{}]", square(145.3, 43.3, 0.4))];
    if reverse {
        russia.reverse();
    }
    let feature = |code: &str, polys: &[String]| {
        format!(
            r#"{{"type":"Feature","properties":{{"A3":"{code}"}},"geometry":{{"type":"MultiPolygon","coordinates":[{}]}}}}"#,
            polys.join(",")
        )
    };
    let mut features = [feature("RUS", &russia), feature("JPN", &japan)];
    if reverse {
        features.reverse();
    }
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

fn run(reverse: bool) -> (String, String) {
    let fc: geojson::FeatureCollection = synthetic_source(reverse)
        .parse::<geojson::GeoJson>()
        .expect("geojson")
        .try_into()
        .expect("collection");
    let prepared = prepare(&fc).expect("prepare");
    (
        layer_file(&prepared, Layer::Disputed).1,
        layer_file(&prepared, Layer::Context).1,
    )
}

#[test]
fn output_is_byte_identical_across_runs_and_input_order() {
    let first = run(false);
    assert_eq!(first, run(false));
    assert_eq!(first, run(true));
}

#[test]
fn output_is_clipped_to_the_frame_and_wound_counter_clockwise() {
    use geo::{Validation, Winding};
    let (islands, context) = run(false);
    for text in [&islands, &context] {
        let fc: geojson::FeatureCollection = text
            .parse::<geojson::GeoJson>()
            .expect("json")
            .try_into()
            .expect("fc");
        for f in fc.features {
            let g = f.geometry.expect("geometry");
            let mp: geo::MultiPolygon = (&g.value).try_into().expect("multipolygon");
            assert!(mp.is_valid());
            for p in &mp.0 {
                assert!(p.exterior().is_ccw());
                for c in &p.exterior().0 {
                    assert!(c.x <= 150.5 && c.x >= 144.5 && c.y >= 42.8 && c.y <= 46.4);
                }
            }
        }
    }
}

#[test]
fn habomai_islets_are_named_in_the_output() {
    let (islands, _) = run(false);
    for name in [
        "Shibotsu",
        "Suishō",
        "Taraku",
        "Yuri",
        "Akiyuri",
        "Harukarimoshiri",
    ] {
        assert!(
            islands.contains(&format!("\"name_ja_romaji\":\"{name}\"")),
            "{name}"
        );
    }
}
