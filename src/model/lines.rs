//! The dashed lines the timeline draws: the 1855 border in the Vries
//! Strait and today's de facto line between Hokkaido and the islands.

use super::geojson_io::read_features;
use crate::error::MapError;
use geo::LineString;

/// Resource name used in messages about the lines file.
pub const LINES_RESOURCE: &str = super::files::LINES.resource;

/// Which line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub enum LineId {
    Border1855,
    DeFacto,
}

impl LineId {
    pub const ALL: [LineId; 2] = [LineId::Border1855, LineId::DeFacto];

    /// The line whose id is `s`, as in `lines.geojson` and `timeline.json`.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LineId::Border1855 => "border-1855",
            LineId::DeFacto => "de-facto-line",
        }
    }
}

/// Both lines, as loaded.
#[derive(Clone, Debug, Default)]
pub struct Lines {
    pub border_1855: Vec<LineString>,
    pub de_facto: Vec<LineString>,
}

impl Lines {
    /// Parses and checks the lines GeoJSON: both lines must be present,
    /// and nothing else (an unknown id is an error, as in the islands).
    pub fn from_geojson(text: &str) -> Result<Self, MapError> {
        let r = LINES_RESOURCE;
        let mut border_1855 = None;
        let mut de_facto = None;
        for f in read_features(r, text)? {
            let slot = match LineId::parse(&f.id) {
                Some(LineId::Border1855) => &mut border_1855,
                Some(LineId::DeFacto) => &mut de_facto,
                None => {
                    return Err(MapError::UnknownFeature {
                        resource: r.into(),
                        id: f.id.clone(),
                    })
                }
            };
            if slot.is_some() {
                return Err(MapError::DuplicateFeature {
                    resource: r.into(),
                    id: f.id.clone(),
                });
            }
            *slot = Some(f.lines(r)?);
        }
        let missing = |id: LineId| MapError::MissingFeature {
            resource: r.into(),
            id: id.as_str().into(),
        };
        Ok(Self {
            border_1855: border_1855.ok_or_else(|| missing(LineId::Border1855))?,
            de_facto: de_facto.ok_or_else(|| missing(LineId::DeFacto))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_lines_are_required() {
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"border-1855","properties":{},
            "geometry":{"type":"LineString","coordinates":[[149,45.4],[149.1,45.5]]}}]}"#;
        let err = Lines::from_geojson(text).expect_err("missing");
        assert!(
            matches!(&err, MapError::MissingFeature { id, .. } if id == "de-facto-line"),
            "{err}"
        );
    }

    #[test]
    fn an_unknown_line_is_named() {
        let line = |id: &str| {
            format!(
                r#"{{"type":"Feature","id":"{id}","properties":{{}},"geometry":{{"type":"LineString","coordinates":[[149,45.4],[149.1,45.5]]}}}}"#
            )
        };
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{},{},{}]}}"#,
            line("border-1855"),
            line("de-facto-line"),
            line("border-1875")
        );
        let err = Lines::from_geojson(&text).expect_err("unknown");
        assert!(
            err.to_string()
                .contains("unknown feature id \"border-1875\""),
            "{err}"
        );
    }
}
