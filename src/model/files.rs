//! The data files the map loads: one table of their names, the paths the
//! browser requests (relative to the page, so any host path works) and
//! the names messages give them.

/// A data file in `geodata/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataFile {
    /// The file's name in `geodata/`.
    pub name: &'static str,
    /// The path the browser requests, relative to the page.
    pub url: &'static str,
    /// How messages name it.
    pub resource: &'static str,
}

/// The file `name` in `geodata/`, described as `what` in messages: its
/// path and its name in messages are made from the name given once, so
/// the three cannot disagree.
macro_rules! data_file {
    ($name:literal, $what:literal) => {
        DataFile {
            name: $name,
            url: concat!("geodata/", $name),
            resource: concat!($what, " (geodata/", $name, ")"),
        }
    };
}

pub const ISLANDS: DataFile = data_file!("islands.geojson", "island geodata");
pub const CONTEXT: DataFile = data_file!("context.geojson", "context geodata");
pub const LINES: DataFile = data_file!("lines.geojson", "line geodata");
pub const TIMELINE: DataFile = data_file!("timeline.json", "timeline data");

/// The list of sources, how they were chosen and checked, beside the
/// data (linked from every page).
pub const SOURCES_DOC: &str = "geodata/SOURCES.md";
/// The data's description and licences (OpenStreetMap: ODbL).
pub const DATA_README: &str = "geodata/README.md";
