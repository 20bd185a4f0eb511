//! Every way loading or interpreting outside input can fail.
//!
//! Messages are written for the page: each names the resource that failed
//! and what was wrong with it, so a reader or editor knows what to fix.

use thiserror::Error;

/// Errors from loading geodata, timeline and translation files, and from
/// reading the URL, in the order a loader meets them: the fetch, the size
/// and the syntax, the collection, each feature and its geometry, the set
/// of features, then the timeline's events.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum MapError {
    #[error("Could not load {resource}: {detail}")]
    Fetch { resource: String, detail: String },

    #[error("{resource} is larger than {limit} bytes ({bytes} bytes)")]
    TooLarge {
        resource: String,
        bytes: usize,
        limit: usize,
    },

    #[error("{resource} is not valid JSON: {detail}")]
    Parse { resource: String, detail: String },

    /// A file that reads but whose content does not check, where the part
    /// that failed names its own source (the browser's state data carries
    /// the timeline).
    #[error("{resource}: {detail}")]
    Invalid { resource: String, detail: String },

    #[error("{resource} must be a GeoJSON FeatureCollection")]
    NotAFeatureCollection { resource: String },

    #[error("{resource} has no features")]
    EmptyCollection { resource: String },

    #[error("{resource}: a feature has no string \"id\"")]
    MissingId { resource: String },

    #[error("{resource}: feature \"{id}\" has no geometry")]
    MissingGeometry { resource: String, id: String },

    /// A feature whose id the file may not hold (the loaders know every
    /// id their file has).
    #[error("{resource}: unknown feature id \"{id}\"")]
    UnknownFeature { resource: String, id: String },

    #[error("{resource}: feature \"{id}\" appears more than once")]
    DuplicateFeature { resource: String, id: String },

    #[error("{resource}: feature \"{id}\" must be a {expected}, not a {found}")]
    WrongGeometry {
        resource: String,
        id: String,
        expected: String,
        found: String,
    },

    #[error("{resource}: feature \"{id}\" has an invalid coordinate ({detail})")]
    BadCoordinate {
        resource: String,
        id: String,
        detail: String,
    },

    #[error(
        "{resource}: feature \"{id}\" has a ring that is not closed or has fewer than 4 positions"
    )]
    BadRing { resource: String, id: String },

    #[error("{resource}: feature \"{id}\" lacks the property \"{property}\"")]
    MissingProperty {
        resource: String,
        id: String,
        property: String,
    },

    #[error("{resource}: feature \"{id}\" is missing")]
    MissingFeature { resource: String, id: String },

    #[error("{resource} has no events")]
    EmptyTimeline { resource: String },

    #[error("{resource}: event \"{id}\": {detail}")]
    InvalidEvent {
        resource: String,
        id: String,
        detail: String,
    },

    #[error("{resource}: event id \"{id}\" appears more than once")]
    DuplicateEvent { resource: String, id: String },
}

/// The first 40 characters of a value quoted in a message, so that a
/// hostile or huge value cannot flood the page.
///
/// # Examples
///
/// ```
/// assert_eq!(kuril_map::error::clip(&"x".repeat(100)).len(), 40);
/// ```
pub fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

/// `text` read as JSON into `T`: larger than `limit` bytes is
/// [`MapError::TooLarge`], and text that does not read is
/// [`MapError::Parse`], each naming `resource`.
///
/// # Examples
///
/// ```
/// use kuril_map::error::{read_json, MapError};
/// let v: Vec<u8> = read_json("numbers", "[1, 2]", 100).expect("reads");
/// assert_eq!(v, [1, 2]);
/// let big = read_json::<Vec<u8>>("numbers", "[1, 2]", 3);
/// assert!(matches!(big, Err(MapError::TooLarge { bytes: 6, .. })));
/// ```
pub fn read_json<T: serde::de::DeserializeOwned>(
    resource: &str,
    text: &str,
    limit: usize,
) -> Result<T, MapError> {
    if text.len() > limit {
        return Err(MapError::TooLarge {
            resource: resource.into(),
            bytes: text.len(),
            limit,
        });
    }
    serde_json::from_str(text).map_err(|e| MapError::Parse {
        resource: resource.into(),
        detail: e.to_string(),
    })
}
