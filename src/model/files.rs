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

pub const ISLANDS: DataFile = DataFile {
    name: "islands.geojson",
    url: "geodata/islands.geojson",
    resource: "island geodata (geodata/islands.geojson)",
};
pub const CONTEXT: DataFile = DataFile {
    name: "context.geojson",
    url: "geodata/context.geojson",
    resource: "context geodata (geodata/context.geojson)",
};
pub const LINES: DataFile = DataFile {
    name: "lines.geojson",
    url: "geodata/lines.geojson",
    resource: "line geodata (geodata/lines.geojson)",
};
pub const TIMELINE: DataFile = DataFile {
    name: "timeline.json",
    url: "geodata/timeline.json",
    resource: "timeline data (geodata/timeline.json)",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_file_is_named_the_same_way_three_times() {
        for f in [ISLANDS, CONTEXT, LINES, TIMELINE] {
            assert_eq!(f.url, format!("geodata/{}", f.name));
            assert!(
                f.resource.ends_with(&format!("({})", f.url)),
                "{}",
                f.resource
            );
        }
    }
}
