//! The surrounding land drawn muted for orientation: Hokkaido's east
//! coast and the south-west end of Urup.

use super::geojson_io::read_features;
use super::island::Names;
use crate::error::MapError;
use geo::MultiPolygon;

/// Resource name used in messages about the context file.
pub const CONTEXT_RESOURCE: &str = super::files::CONTEXT.resource;

/// One piece of context land.
#[derive(Clone, Debug)]
pub struct ContextLand {
    pub id: String,
    pub names: Names,
    pub geometry: MultiPolygon,
}

/// All context land, in file order.
#[derive(Clone, Debug, Default)]
pub struct Context(Vec<ContextLand>);

impl Context {
    /// Parses and checks the context GeoJSON.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::Context;
    /// let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"urup",
    ///   "properties":{"name_en":"Urup","name_ja_romaji":"Uruppu","name_ja":"得撫島","name_ru":"Уруп"},
    ///   "geometry":{"type":"Polygon","coordinates":[[[149.4,45.6],[149.5,45.6],[149.5,45.7],[149.4,45.6]]]}}]}"#;
    /// let ctx = Context::from_geojson(text).expect("valid");
    /// assert_eq!(ctx.iter().next().map(|l| l.names.en.as_str()), Some("Urup"));
    /// ```
    pub fn from_geojson(text: &str) -> Result<Self, MapError> {
        let r = CONTEXT_RESOURCE;
        let mut out: Vec<ContextLand> = Vec::new();
        for f in read_features(r, text)? {
            if out.iter().any(|l| l.id == f.id) {
                return Err(MapError::DuplicateFeature {
                    resource: r.into(),
                    id: f.id,
                });
            }
            out.push(ContextLand {
                names: Names::from_feature(r, &f)?,
                geometry: f.multi_polygon(r)?,
                id: f.id,
            });
        }
        Ok(Self(out))
    }

    pub fn iter(&self) -> impl Iterator<Item = &ContextLand> {
        self.0.iter()
    }

    pub fn get(&self, id: &str) -> Option<&ContextLand> {
        self.0.iter().find(|l| l.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_geometry_is_rejected_with_its_id() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"hokkaido",
          "properties":{"name_en":"H","name_ja_romaji":"H","name_ja":"北","name_ru":"Х"},
          "geometry":{"type":"LineString","coordinates":[[145,43],[146,43]]}}]}"#;
        let err = Context::from_geojson(text).expect_err("line");
        assert!(err.to_string().contains("\"hokkaido\""), "{err}");
    }
}
