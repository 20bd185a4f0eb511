//! What the build hands the browser: for one language, everything the
//! app needs to change the page's state in place and nothing the build
//! already drew. The four units' names and areas (no geometry), the
//! layout as the build computed it, the timeline with its texts in the
//! language, and the language's strings with English filled in. The
//! browser reads this one file and never parses GeoJSON, projects, lays
//! out or computes an area; the same code made the page it attaches to.

use crate::error::MapError;
use crate::i18n::{Strings, Table};
use crate::layout::MapLayout;
use crate::load::{Loaded, MapData};
use crate::model::{Context, Islands, RawTimeline, Timeline};
use crate::url_state::Lang;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Largest state data file the browser accepts.
pub const MAX_STATE_DATA_BYTES: usize = 1024 * 1024;

/// One language's state data, as written to [`file`].
#[derive(Deserialize, Serialize)]
pub struct StateData {
    lang: Lang,
    strings: Table,
    islands: Islands,
    layout: MapLayout,
    timeline: RawTimeline,
}

/// Decimals of the layout's numbers in the file: 0.01 user units, far
/// below a pixel (the page prints them to 0.1). Short numbers also read
/// back exactly, where 17 digits could come back one bit off.
const DECIMALS: i32 = 2;

/// `value` with every fractional number in it rounded to [`DECIMALS`].
fn rounded<T: Serialize + serde::de::DeserializeOwned>(value: &T) -> Result<T, serde_json::Error> {
    fn round(v: &mut serde_json::Value) {
        use serde_json::Value;
        let scale = 10f64.powi(DECIMALS);
        match v {
            Value::Number(n) if n.is_f64() => {
                let x = n.as_f64().map(|x| (x * scale).round() / scale);
                if let Some(r) = x.and_then(serde_json::Number::from_f64) {
                    *n = r;
                }
            }
            Value::Array(items) => items.iter_mut().for_each(round),
            Value::Object(fields) => fields.values_mut().for_each(round),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(value)?;
    round(&mut v);
    serde_json::from_value(v)
}

/// The state data file for `lang`, relative to the pages.
pub fn file(lang: Lang) -> String {
    format!("state-data.{}.json", lang.as_str())
}

/// How messages name the state data file for `lang`.
pub fn resource(lang: Lang) -> String {
    format!("map data ({})", file(lang))
}

impl StateData {
    /// `lang`'s state data from the loaded data, its strings and the
    /// timeline file's text (whose events take `strings`' texts).
    pub fn new(loaded: &Loaded, strings: &Strings, timeline: &str) -> Result<Self, MapError> {
        let mut timeline = RawTimeline::parse(timeline)?;
        timeline.retitle(|id| strings.event_text(id));
        let layout = rounded(&*loaded.map.layout).map_err(|e| MapError::Parse {
            resource: resource(strings.lang()),
            detail: e.to_string(),
        })?;
        Ok(Self {
            lang: strings.lang(),
            strings: strings.table(),
            islands: (*loaded.map.islands).clone(),
            layout,
            timeline,
        })
    }

    /// The file's text.
    pub fn to_json(&self) -> Result<String, MapError> {
        serde_json::to_string(self).map_err(|e| MapError::Parse {
            resource: resource(self.lang),
            detail: e.to_string(),
        })
    }
}

impl Loaded {
    /// What the browser app runs on, from `lang`'s state data file. A file
    /// in another language, or one that does not read or check, is an
    /// error naming the file; a timeline that does not check is kept as
    /// its error (the map still works).
    pub fn from_state_data(lang: Lang, text: &str) -> Result<Self, MapError> {
        let r = resource(lang);
        let data: StateData = crate::error::read_json(&r, text, MAX_STATE_DATA_BYTES)?;
        if data.lang != lang {
            return Err(MapError::Invalid {
                resource: r,
                detail: format!("it is in {}", data.lang.as_str()),
            });
        }
        Ok(Loaded {
            map: MapData {
                islands: Arc::new(data.islands),
                context: Arc::new(Context::default()),
                layout: Arc::new(data.layout),
            },
            timeline: Timeline::check(data.timeline)
                .map(Arc::new)
                .map_err(|e| MapError::Invalid {
                    resource: r,
                    detail: e.to_string(),
                }),
            strings: Arc::new(Strings::from_table(lang, data.strings)),
            strings_error: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tests::geodata;
    use crate::model::IslandId;

    fn loaded() -> Loaded {
        Loaded::from_texts(
            &geodata("islands.geojson"),
            &geodata("context.geojson"),
            &geodata("lines.geojson"),
            Ok(geodata("timeline.json")),
        )
        .expect("the committed data loads")
    }

    fn strings(lang: Lang) -> Strings {
        match lang {
            Lang::En => Strings::english(),
            _ => Strings::from_json(lang, &geodata(&crate::i18n::file(lang)))
                .expect("committed translations"),
        }
    }

    /// The browser's data is the build's: the same layout, units and
    /// events, and every text the page shows the same in each language.
    #[test]
    fn the_browser_reads_what_the_build_computed_in_each_language() {
        let built = loaded();
        let timeline = geodata("timeline.json");
        for lang in Lang::ALL {
            let tr = strings(lang);
            let text = StateData::new(&built, &tr, &timeline)
                .and_then(|d| d.to_json())
                .expect("writes");
            let read = Loaded::from_state_data(lang, &text).expect("reads");
            assert_layout_within_rounding(&read.map.layout, &built.map.layout);
            for id in IslandId::ALL {
                let (a, b) = (read.map.islands.get(id), built.map.islands.get(id));
                assert_eq!(
                    (&a.names, a.area_km2, &a.islets),
                    (&b.names, b.area_km2, &b.islets)
                );
                assert_eq!(read.strings.island(id, &a.names), tr.island(id, &b.names));
                assert_eq!(
                    read.strings.island_lines(id, &a.names),
                    tr.island_lines(id, &b.names)
                );
            }
            let (r, b) = (
                read.timeline.expect("checks"),
                built.timeline.clone().expect("checks"),
            );
            assert_eq!(r.len(), b.len());
            assert_eq!(r.official_areas(), b.official_areas());
            for (x, y) in r.events().iter().zip(b.events()) {
                assert_eq!(
                    (&x.id, x.date, &x.state, &x.islands),
                    (&y.id, y.date, &y.state, &y.islands)
                );
                assert_eq!(x.sources, y.sources);
                assert_eq!(read.strings.event_title(x), tr.event_title(y));
                assert_eq!(read.strings.event_annotation(x), tr.event_annotation(y));
                assert_eq!(read.strings.date(x.date), tr.date(y.date));
            }
            let en = Strings::english();
            for key in en.keys() {
                assert_eq!(
                    read.strings.lookup(key),
                    tr.lookup(key),
                    "{key} in {lang:?}"
                );
            }
        }
    }

    /// `read` is `built` but for what the browser is not given (the
    /// context land), each number within the file's rounding.
    fn assert_layout_within_rounding(read: &MapLayout, built: &MapLayout) {
        fn walk(a: &serde_json::Value, b: &serde_json::Value, at: &str) {
            use serde_json::Value;
            match (a, b) {
                (Value::Number(x), Value::Number(y)) => {
                    let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(0.0));
                    assert!(
                        (x - y).abs() <= 0.5 * 10f64.powi(-DECIMALS) + 1e-9,
                        "{at}: {x} {y}"
                    );
                }
                (Value::Array(x), Value::Array(y)) => {
                    assert_eq!(x.len(), y.len(), "{at}");
                    for (i, (x, y)) in x.iter().zip(y).enumerate() {
                        walk(x, y, &format!("{at}/{i}"));
                    }
                }
                (Value::Object(x), Value::Object(y)) => {
                    assert_eq!(
                        x.keys().collect::<Vec<_>>(),
                        y.keys().collect::<Vec<_>>(),
                        "{at}"
                    );
                    for (k, x) in x {
                        walk(x, &y[k], &format!("{at}/{k}"));
                    }
                }
                _ => assert_eq!(a, b, "{at}"),
            }
        }
        let value = |l: &MapLayout| serde_json::to_value(l).expect("serialises");
        walk(&value(read), &value(built), "layout");
        assert!(read.context.is_empty() && read.inset.context_d.is_empty());
    }

    #[test]
    fn a_japanese_file_carries_no_english_event_text() {
        let built = loaded();
        let ja = strings(Lang::Ja);
        let text = StateData::new(&built, &ja, &geodata("timeline.json"))
            .and_then(|d| d.to_json())
            .expect("writes");
        let timeline = built.timeline.expect("checks");
        for e in timeline.events() {
            assert!(!text.contains(&e.annotation), "{} in English", e.id);
        }
    }

    #[test]
    fn a_bad_file_is_an_error_that_names_it() {
        let built = loaded();
        let text = StateData::new(&built, &strings(Lang::Ru), &geodata("timeline.json"))
            .and_then(|d| d.to_json())
            .expect("writes");
        for (lang, bad) in [
            (Lang::Ru, "{"),
            (Lang::Ru, "[]"),
            (Lang::Ja, text.as_str()),
            (
                Lang::Ru,
                &text.replacen(
                    "\"id\":\"iturup\",\"names\"",
                    "\"id\":\"kunashir\",\"names\"",
                    1,
                ),
            ),
        ] {
            let Err(e) = Loaded::from_state_data(lang, bad) else {
                panic!("{lang:?}: read")
            };
            assert!(e.to_string().contains(&file(lang)), "{e}");
        }
        // A timeline that does not check is kept as its error.
        let hostile = text.replacen("\"https://", "\"javascript:alert(1)//", 1);
        let read = Loaded::from_state_data(Lang::Ru, &hostile).expect("the map reads");
        let Err(e) = read.timeline else {
            panic!("the timeline checks")
        };
        assert!(
            e.to_string().contains(&file(Lang::Ru)) && e.to_string().contains("http(s)"),
            "{e}"
        );
    }
}
