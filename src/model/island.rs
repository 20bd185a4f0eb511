//! The four disputed island units and their names.

use super::geojson_io::{read_features, string_property, RawFeature};
use crate::error::MapError;
use geo::MultiPolygon;
use geojson::JsonObject;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// One of the four disputed units, in order from north-east to south-west.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IslandId {
    Iturup,
    Kunashir,
    Shikotan,
    Habomai,
}

impl IslandId {
    pub const ALL: [IslandId; 4] = [
        IslandId::Iturup,
        IslandId::Kunashir,
        IslandId::Shikotan,
        IslandId::Habomai,
    ];

    /// The stable id used in GeoJSON, URLs and `data-island`.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::IslandId;
    /// assert_eq!(IslandId::Habomai.as_str(), "habomai");
    /// assert_eq!("kunashir".parse::<IslandId>(), Ok(IslandId::Kunashir));
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            IslandId::Iturup => "iturup",
            IslandId::Kunashir => "kunashir",
            IslandId::Shikotan => "shikotan",
            IslandId::Habomai => "habomai",
        }
    }
}

impl fmt::Display for IslandId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Returned when a string is not one of the four island ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownIslandId(pub String);

impl FromStr for IslandId {
    type Err = UnknownIslandId;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        IslandId::ALL
            .into_iter()
            .find(|id| id.as_str() == s)
            .ok_or_else(|| UnknownIslandId(s.to_string()))
    }
}

/// A place name in the three languages of the dispute.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
pub struct Names {
    /// English, as used in international reporting (Russian-derived).
    pub en: String,
    /// Japanese name in Hepburn romaji.
    pub ja_romaji: String,
    /// Japanese name in kanji.
    pub ja: String,
    /// Russian name in Cyrillic.
    pub ru: String,
}

impl Names {
    /// Reads `name_en`, `name_ja_romaji`, `name_ja` and `name_ru` from a
    /// feature's properties.
    pub(crate) fn from_feature(resource: &str, f: &RawFeature) -> Result<Self, MapError> {
        Self::from_object(resource, &f.id, &f.properties)
    }

    fn from_object(resource: &str, id: &str, o: &JsonObject) -> Result<Self, MapError> {
        let get = |key: &str| string_property(resource, id, o, key);
        Ok(Self {
            en: get("name_en")?,
            ja_romaji: get("name_ja_romaji")?,
            ja: get("name_ja")?,
            ru: get("name_ru")?,
        })
    }

    /// Both sides' names, e.g. "Iturup / Etorofu"; one name when they agree.
    pub fn dual(&self) -> String {
        if self.en == self.ja_romaji {
            self.en.clone()
        } else {
            format!("{} / {}", self.en, self.ja_romaji)
        }
    }
}

/// The `area_km2` property: the geodesic land area, computed at build time
/// by `tools/geoprep` (the browser need not carry geodesic code;
/// `tests/geodata.rs` recomputes it from the geometry).
fn area_property(
    resource: &str,
    id: &str,
    value: Option<&serde_json::Value>,
) -> Result<f64, MapError> {
    value
        .and_then(serde_json::Value::as_f64)
        .filter(|a| a.is_finite() && *a > 0.0)
        .ok_or_else(|| MapError::MissingProperty {
            resource: resource.into(),
            id: id.into(),
            property: "area_km2 (a positive number)".into(),
        })
}

/// Reads the optional `islets` property: objects with names and the
/// index of their polygon.
fn read_islets(
    resource: &str,
    f: &RawFeature,
    geometry: &MultiPolygon,
) -> Result<Vec<Islet>, MapError> {
    let Some(value) = f.properties.get("islets") else {
        return Ok(Vec::new());
    };
    let bad = |what: &str| MapError::MissingProperty {
        resource: resource.into(),
        id: f.id.clone(),
        property: format!("islets ({what})"),
    };
    let list = value.as_array().ok_or_else(|| bad("must be a list"))?;
    list.iter()
        .map(|item| {
            let o = item
                .as_object()
                .ok_or_else(|| bad("each must be an object"))?;
            let polygon = o
                .get("polygon")
                .and_then(|v| v.as_u64())
                .and_then(|i| usize::try_from(i).ok())
                .filter(|i| *i < geometry.0.len())
                .ok_or_else(|| bad("polygon must index the geometry"))?;
            Ok(Islet {
                names: Names::from_object(resource, &f.id, o)?,
                polygon,
                area_km2: area_property(resource, &f.id, o.get("area_km2"))?,
            })
        })
        .collect()
}

/// One disputed unit: its names, geometry and geodesic land area. The
/// form the browser gets (`state_data`) leaves the geometry out: the build
/// drew it.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Island {
    pub id: IslandId,
    pub names: Names,
    #[serde(skip, default = "no_geometry")]
    pub geometry: MultiPolygon,
    /// Land area on the WGS84 ellipsoid, in km², computed from `geometry`
    /// at build time (the file's `area_km2`).
    pub area_km2: f64,
    /// Named islets (Habomai): each names one polygon of `geometry`.
    pub islets: Vec<Islet>,
}

fn no_geometry() -> MultiPolygon {
    MultiPolygon::new(Vec::new())
}

/// A named islet within a unit.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Islet {
    pub names: Names,
    /// Index of the islet's polygon in its unit's MultiPolygon.
    pub polygon: usize,
    /// Land area in km², computed from that polygon.
    pub area_km2: f64,
}

/// The four units, always all present and in [`IslandId::ALL`] order.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(try_from = "Vec<Island>")]
pub struct Islands(Vec<Island>);

/// The four units as the browser reads them from the build's data: all
/// four, in order, each with a positive area.
impl TryFrom<Vec<Island>> for Islands {
    type Error = String;

    fn try_from(units: Vec<Island>) -> Result<Self, String> {
        let ids: Vec<IslandId> = units.iter().map(|i| i.id).collect();
        if ids != IslandId::ALL {
            return Err(format!(
                "the units must be {:?}, in that order",
                IslandId::ALL
            ));
        }
        match units
            .iter()
            .find(|i| !(i.area_km2.is_finite() && i.area_km2 > 0.0))
        {
            Some(i) => Err(format!("{} has no positive area", i.id)),
            None => Ok(Self(units)),
        }
    }
}

/// Resource name used in messages about the island file.
pub const ISLANDS_RESOURCE: &str = super::files::ISLANDS.resource;

impl Islands {
    /// Parses and checks the island GeoJSON.
    pub fn from_geojson(text: &str) -> Result<Self, MapError> {
        let r = ISLANDS_RESOURCE;
        let mut slots: [Option<Island>; 4] = Default::default();
        for f in read_features(r, text)? {
            let id: IslandId = f.id.parse().map_err(|_| MapError::UnknownFeature {
                resource: r.into(),
                id: f.id.clone(),
            })?;
            let slot = &mut slots[id as usize];
            if slot.is_some() {
                return Err(MapError::DuplicateFeature {
                    resource: r.into(),
                    id: f.id,
                });
            }
            let geometry = f.multi_polygon(r)?;
            let area_km2 = area_property(r, &f.id, f.properties.get("area_km2"))?;
            let islets = read_islets(r, &f, &geometry)?;
            *slot = Some(Island {
                id,
                names: Names::from_feature(r, &f)?,
                geometry,
                area_km2,
                islets,
            });
        }
        let mut out = Vec::with_capacity(4);
        for (id, slot) in IslandId::ALL.into_iter().zip(slots) {
            out.push(slot.ok_or_else(|| MapError::MissingFeature {
                resource: r.into(),
                id: id.as_str().into(),
            })?);
        }
        Ok(Self(out))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Island> {
        self.0.iter()
    }

    pub fn get(&self, id: IslandId) -> &Island {
        // Construction guarantees all four, in `IslandId::ALL` order.
        &self.0[id as usize]
    }

    /// Total land area of the four units, km².
    pub fn total_area_km2(&self) -> f64 {
        self.0.iter().map(|i| i.area_km2).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature(id: &str) -> String {
        feature_of(id, 46.4)
    }

    /// A unit whose file says it has `area_km2` (the build computes it).
    fn feature_of(id: &str, area_km2: f64) -> String {
        format!(
            r#"{{"type":"Feature","id":"{id}","properties":{{"name_en":"E","name_ja_romaji":"R","name_ja":"J","name_ru":"Р","area_km2":{area_km2}}},"geometry":{{"type":"Polygon","coordinates":[[[146,43],[146.1,43],[146.1,43.1],[146,43]]]}}}}"#
        )
    }

    fn collection(ids: &[&str]) -> String {
        let fs: Vec<String> = ids.iter().map(|id| feature(id)).collect();
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            fs.join(",")
        )
    }

    #[test]
    fn all_four_load_in_order_each_with_the_area_its_file_gives() {
        let areas = [
            ("habomai", 1.5),
            ("iturup", 3.5),
            ("shikotan", 2.5),
            ("kunashir", 4.5),
        ];
        let fs: Vec<String> = areas.iter().map(|(id, a)| feature_of(id, *a)).collect();
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            fs.join(",")
        );
        let islands = Islands::from_geojson(&text).expect("valid");
        let ids: Vec<_> = islands.iter().map(|i| i.id).collect();
        assert_eq!(ids, IslandId::ALL);
        for (id, area) in areas {
            let id: IslandId = id.parse().expect("id");
            assert_eq!(islands.get(id).area_km2, area, "{id}");
        }
    }

    #[test]
    fn unknown_island_is_named() {
        let err = Islands::from_geojson(&collection(&["iturup", "urup"])).expect_err("unknown");
        assert!(
            err.to_string().contains("unknown feature id \"urup\""),
            "{err}"
        );
    }

    #[test]
    fn missing_island_is_named() {
        let err = Islands::from_geojson(&collection(&["iturup", "kunashir", "shikotan"]))
            .expect_err("missing");
        assert!(err.to_string().contains("\"habomai\" is missing"), "{err}");
    }

    #[test]
    fn duplicate_island_is_rejected() {
        let err = Islands::from_geojson(&collection(&["iturup", "iturup"])).expect_err("dup");
        assert!(matches!(err, MapError::DuplicateFeature { .. }));
    }

    #[test]
    fn dual_name_shows_both_sides() {
        let n = Names {
            en: "Iturup".into(),
            ja_romaji: "Etorofu".into(),
            ja: "択捉島".into(),
            ru: "Итуруп".into(),
        };
        assert_eq!(n.dual(), "Iturup / Etorofu");
    }
}
