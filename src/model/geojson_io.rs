//! Reading GeoJSON from outside into checked `geo` geometries.
//!
//! Every check that the rest of the code relies on happens here, once:
//! the text is a FeatureCollection of a sane size, each feature has a
//! string id, and every coordinate is a finite longitude/latitude pair.

use crate::error::MapError;
use geo::{Coord, LineString, MultiPolygon, Polygon};
use geojson::{Feature, GeoJson, GeometryValue, JsonObject, Position};

/// Largest GeoJSON text the app accepts. The committed data is a few
/// hundred kilobytes; anything far beyond is a mistake or an attack.
pub const MAX_GEOJSON_BYTES: usize = 4 * 1024 * 1024;

/// A feature after the generic checks: its id, properties and geometry.
#[derive(Clone, Debug)]
pub struct RawFeature {
    pub id: String,
    pub properties: JsonObject,
    pub geometry: GeometryValue,
}

/// Parses `text` as a non-empty FeatureCollection whose features all have
/// a string id and a geometry.
pub fn read_features(resource: &str, text: &str) -> Result<Vec<RawFeature>, MapError> {
    if text.len() > MAX_GEOJSON_BYTES {
        return Err(MapError::TooLarge {
            resource: resource.into(),
            bytes: text.len(),
            limit: MAX_GEOJSON_BYTES,
        });
    }
    let parsed: GeoJson = text.parse().map_err(|e: geojson::Error| MapError::Parse {
        resource: resource.into(),
        detail: e.to_string(),
    })?;
    let GeoJson::FeatureCollection(fc) = parsed else {
        return Err(MapError::NotAFeatureCollection {
            resource: resource.into(),
        });
    };
    if fc.features.is_empty() {
        return Err(MapError::EmptyCollection {
            resource: resource.into(),
        });
    }
    fc.features
        .into_iter()
        .map(|f| raw_feature(resource, f))
        .collect()
}

fn raw_feature(resource: &str, f: Feature) -> Result<RawFeature, MapError> {
    let id = match &f.id {
        Some(geojson::feature::Id::String(s)) if !s.is_empty() => s.clone(),
        _ => {
            return Err(MapError::MissingId {
                resource: resource.into(),
            })
        }
    };
    let Some(geometry) = f.geometry else {
        return Err(MapError::MissingGeometry {
            resource: resource.into(),
            id,
        });
    };
    Ok(RawFeature {
        id,
        properties: f.properties.unwrap_or_default(),
        geometry: geometry.value,
    })
}

/// The non-blank string property `key` of the object `o` (a feature's
/// properties, or an object inside them), or an error naming it and the
/// feature `id`.
pub fn string_property(
    resource: &str,
    id: &str,
    o: &JsonObject,
    key: &str,
) -> Result<String, MapError> {
    match o.get(key).and_then(|v| v.as_str()) {
        Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
        _ => Err(MapError::MissingProperty {
            resource: resource.into(),
            id: id.into(),
            property: key.into(),
        }),
    }
}

impl RawFeature {
    /// The geometry as a MultiPolygon; a Polygon is promoted.
    pub fn multi_polygon(&self, resource: &str) -> Result<MultiPolygon, MapError> {
        let polygons = match &self.geometry {
            GeometryValue::Polygon { coordinates } => vec![coordinates],
            GeometryValue::MultiPolygon { coordinates } => coordinates.iter().collect(),
            _ => return Err(self.wrong_geometry(resource, "Polygon or MultiPolygon")),
        };
        let mut out = Vec::with_capacity(polygons.len());
        for rings in polygons {
            let mut rings = rings.iter().map(|r| self.ring(resource, r));
            let Some(exterior) = rings.next() else {
                return Err(self.bad_ring(resource));
            };
            let exterior = exterior?;
            let interiors = rings.collect::<Result<Vec<_>, _>>()?;
            out.push(Polygon::new(exterior, interiors));
        }
        if out.is_empty() {
            return Err(self.bad_ring(resource));
        }
        Ok(MultiPolygon::new(out))
    }

    /// The geometry as a list of lines; a LineString is promoted.
    pub fn lines(&self, resource: &str) -> Result<Vec<LineString>, MapError> {
        let lines = match &self.geometry {
            GeometryValue::LineString { coordinates } => vec![coordinates],
            GeometryValue::MultiLineString { coordinates } => coordinates.iter().collect(),
            _ => return Err(self.wrong_geometry(resource, "LineString or MultiLineString")),
        };
        lines
            .into_iter()
            .map(|l| {
                let coords = self.coords(resource, l)?;
                if coords.len() < 2 {
                    return Err(MapError::BadCoordinate {
                        resource: resource.into(),
                        id: self.id.clone(),
                        detail: "a line needs at least two positions".into(),
                    });
                }
                Ok(LineString::new(coords))
            })
            .collect()
    }

    fn ring(&self, resource: &str, positions: &[Position]) -> Result<LineString, MapError> {
        let coords = self.coords(resource, positions)?;
        if coords.len() < 4 || coords.first() != coords.last() {
            return Err(self.bad_ring(resource));
        }
        Ok(LineString::new(coords))
    }

    fn coords(&self, resource: &str, positions: &[Position]) -> Result<Vec<Coord>, MapError> {
        positions
            .iter()
            .map(|p| match p.as_slice() {
                [lon, lat, ..] if valid_lon_lat(*lon, *lat) => Ok(Coord { x: *lon, y: *lat }),
                [lon, lat, ..] => Err(MapError::BadCoordinate {
                    resource: resource.into(),
                    id: self.id.clone(),
                    detail: format!("[{lon}, {lat}] is not a longitude/latitude pair"),
                }),
                _ => Err(MapError::BadCoordinate {
                    resource: resource.into(),
                    id: self.id.clone(),
                    detail: "a position needs two numbers".into(),
                }),
            })
            .collect()
    }

    /// The error for a geometry of another type than `expected`.
    fn wrong_geometry(&self, resource: &str, expected: &str) -> MapError {
        MapError::WrongGeometry {
            resource: resource.into(),
            id: self.id.clone(),
            expected: expected.into(),
            found: self.geometry.type_name().into(),
        }
    }

    fn bad_ring(&self, resource: &str) -> MapError {
        MapError::BadRing {
            resource: resource.into(),
            id: self.id.clone(),
        }
    }
}

fn valid_lon_lat(lon: f64, lat: f64) -> bool {
    lon.is_finite()
        && lat.is_finite()
        && (-180.0..=180.0).contains(&lon)
        && (-90.0..=90.0).contains(&lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: &str = "test data";

    fn fc(features: &str) -> String {
        format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#)
    }

    const SQUARE: &str =
        r#"{"type":"Polygon","coordinates":[[[146,43],[147,43],[147,44],[146,43]]]}"#;

    #[test]
    fn reads_a_polygon_feature() {
        let text = fc(&format!(
            r#"{{"type":"Feature","id":"a","properties":{{"name":"A"}},"geometry":{SQUARE}}}"#
        ));
        let f = read_features(R, &text).expect("valid");
        assert_eq!(f.len(), 1);
        assert_eq!(
            string_property(R, &f[0].id, &f[0].properties, "name"),
            Ok("A".into())
        );
        assert_eq!(f[0].multi_polygon(R).expect("polygon").0.len(), 1);
    }

    #[test]
    fn truncated_json_is_a_parse_error() {
        let err = read_features(R, r#"{"type":"FeatureColl"#).expect_err("truncated");
        assert!(matches!(err, MapError::Parse { .. }), "{err:?}");
        assert!(err.to_string().starts_with("test data is not valid JSON"));
    }

    #[test]
    fn empty_collection_is_rejected() {
        let err = read_features(R, &fc("")).expect_err("empty");
        assert_eq!(err, MapError::EmptyCollection { resource: R.into() });
    }

    #[test]
    fn a_bare_geometry_is_not_a_collection() {
        let err = read_features(R, SQUARE).expect_err("geometry");
        assert!(matches!(err, MapError::NotAFeatureCollection { .. }));
    }

    /// The error from the geometry of a feature that otherwise reads.
    fn geometry_error(geometry: &str) -> MapError {
        let text = fc(&format!(
            r#"{{"type":"Feature","id":"a","properties":{{}},"geometry":{geometry}}}"#
        ));
        let f = read_features(R, &text).expect("parses");
        f[0].multi_polygon(R).expect_err("bad geometry")
    }

    /// The error from a polygon of one ring, `ring` (its positions).
    fn ring_error(ring: &str) -> MapError {
        geometry_error(&format!(r#"{{"type":"Polygon","coordinates":[[{ring}]]}}"#))
    }

    #[test]
    fn a_geometry_that_is_not_a_polygon_with_closed_valid_rings_is_rejected() {
        let point = geometry_error(r#"{"type":"Point","coordinates":[146,43]}"#);
        assert!(point.to_string().contains("not a Point"), "{point}");
        let out_of_range = ring_error("[146,43],[147,95],[147,44],[146,43]");
        assert!(
            matches!(out_of_range, MapError::BadCoordinate { .. }),
            "{out_of_range:?}"
        );
        let unclosed = ring_error("[146,43],[147,43],[147,44],[146,44]");
        assert!(matches!(unclosed, MapError::BadRing { .. }), "{unclosed:?}");
    }

    #[test]
    fn feature_without_id_is_rejected() {
        let text = fc(&format!(
            r#"{{"type":"Feature","properties":{{}},"geometry":{SQUARE}}}"#
        ));
        assert!(matches!(
            read_features(R, &text),
            Err(MapError::MissingId { .. })
        ));
    }

    #[test]
    fn oversized_input_is_rejected_before_parsing() {
        let text = " ".repeat(MAX_GEOJSON_BYTES + 1);
        assert!(matches!(
            read_features(R, &text),
            Err(MapError::TooLarge { .. })
        ));
    }
}
