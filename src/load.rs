//! The data, loaded and checked: the geodata with its layout, the
//! timeline, and the page's strings. Pure: the browser's fetching lives in
//! the app, the build-time reading in the pre-render; both end here.

use crate::error::MapError;
use crate::i18n::Strings;
use crate::layout::MapLayout;
use crate::model::{Context, Islands, Lines, Timeline};
use std::sync::Arc;

/// Everything the map needs to draw: the loaded data and its layout.
#[derive(Clone, Debug)]
pub struct MapData {
    pub islands: Arc<Islands>,
    pub context: Arc<Context>,
    pub layout: Arc<MapLayout>,
}

/// Everything loaded. The map needs the geodata; the timeline may fail
/// on its own, and the map then still works with the scenarios.
#[derive(Clone)]
pub struct Loaded {
    pub map: MapData,
    pub timeline: Result<Arc<Timeline>, MapError>,
    /// The page's language; English if its file failed (see below).
    pub strings: Arc<Strings>,
    /// Why the requested language could not be used, if it could not.
    pub strings_error: Option<MapError>,
}

impl Loaded {
    /// Builds everything from the four files' text. The map needs the
    /// geodata; a timeline that failed to load or parse is kept as its
    /// error, and the page then says so while the scenarios still work.
    pub fn from_texts(
        islands: &str,
        context: &str,
        lines: &str,
        timeline: Result<String, MapError>,
    ) -> Result<Self, MapError> {
        let islands = Islands::from_geojson(islands)?;
        let context = Context::from_geojson(context)?;
        let lines = Lines::from_geojson(lines)?;
        let timeline = timeline.and_then(|t| Timeline::from_json(&t)).map(Arc::new);
        let layout = MapLayout::new(&islands, &context, &lines);
        Ok(Loaded {
            map: MapData {
                islands: Arc::new(islands),
                context: Arc::new(context),
                layout: Arc::new(layout),
            },
            timeline,
            strings: Arc::new(Strings::english()),
            strings_error: None,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A committed geodata file's text, for the crate's tests.
    pub(crate) fn geodata(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("geodata")
            .join(name);
        std::fs::read_to_string(path).expect("committed geodata")
    }

    /// The committed timeline, checked.
    pub(crate) fn timeline() -> crate::model::Timeline {
        crate::model::Timeline::from_json(&geodata("timeline.json")).expect("committed timeline")
    }

    #[test]
    fn loads_the_committed_data_and_keeps_a_broken_timeline_as_its_error() {
        let (i, c, l) = (
            geodata("islands.geojson"),
            geodata("context.geojson"),
            geodata("lines.geojson"),
        );
        let ok = Loaded::from_texts(&i, &c, &l, Ok(geodata("timeline.json"))).expect("loads");
        assert_eq!(ok.map.islands.iter().count(), 4);
        assert!(ok.timeline.as_ref().is_ok_and(|t| t.len() > 20));
        assert!(ok.map.layout.width > 0.0);
        let broken = Loaded::from_texts(&i, &c, &l, Ok("{".into())).expect("the map still loads");
        assert!(matches!(broken.timeline, Err(MapError::Parse { .. })));
        assert!(Loaded::from_texts("{", &c, &l, Ok(geodata("timeline.json"))).is_err());
    }
}
