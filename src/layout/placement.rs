//! Cartographic placement: every hand-tuned label position, offset and
//! leader anchor, in one place, each with the reason for it. The rest of
//! the layout computes; this file is what a cartographer edits.

use crate::model::{IslandId, LineId};

/// Text anchor of a label, as SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where a label goes, in user space.
#[derive(Clone, Copy, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct LabelPos {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
}

/// Label positions for the units, placed by hand in open sea as a
/// cartographer would: longitude, latitude, anchor.
pub const ISLAND_LABELS: [(IslandId, f64, f64, Anchor); 4] = [
    (IslandId::Iturup, 147.78, 44.74, Anchor::Start),
    // East of the north-east tip, so the card's leader to Shikotan
    // passes west of the label rather than through it.
    (IslandId::Kunashir, 146.8, 44.25, Anchor::Start),
    (IslandId::Shikotan, 147.02, 43.77, Anchor::Start),
    // East of the box the inset magnifies, below Shikotan's label.
    (IslandId::Habomai, 146.48, 43.31, Anchor::Start),
];

/// Context labels: id, longitude, latitude, anchor.
pub const CONTEXT_LABELS: [(&str, f64, f64, Anchor); 2] = [
    ("hokkaido", 144.75, 43.25, Anchor::Start),
    ("urup", 150.45, 45.42, Anchor::End),
];

/// The area the Habomai inset magnifies: west, south, east, north.
pub const INSET_AREA: [f64; 4] = [145.76, 43.3, 146.42, 43.68];

/// Islet label offsets in inset units (dx, dy) and anchors, by the
/// islet's Japanese romaji name; islets not listed get a default.
pub const ISLET_LABELS: [(&str, f64, f64, Anchor); 6] = [
    ("Shibotsu", 0.0, -34.0, Anchor::Middle),
    ("Suishō", 0.0, -22.0, Anchor::Middle),
    ("Taraku", -24.0, 4.0, Anchor::End),
    ("Yuri", -14.0, 4.0, Anchor::End),
    ("Akiyuri", -4.0, 24.0, Anchor::Start),
    ("Harukarimoshiri", 4.0, 24.0, Anchor::Middle),
];

/// Islets the table does not list: centred below their centroid.
pub const ISLET_DEFAULT: (f64, f64, Anchor) = (0.0, 18.0, Anchor::Middle);

/// A line's label, relative to the line's southern end.
pub fn line_label_offset(id: LineId) -> (f64, f64, Anchor) {
    match id {
        LineId::Border1855 => (0.0, 18.0, Anchor::Middle),
        // Below the line's end, clear of Habomai's label above it.
        LineId::DeFacto => (6.0, 30.0, Anchor::Start),
    }
}

/// Where the annotation card's leader line starts, in user units: just
/// right of the card, which wide layouts place over the map's top-left
/// (open sea).
pub const LEADER_ANCHOR: (f64, f64) = (372.0, 60.0);

/// The Habomai inset's box: its width in user units, and its margin from
/// the view's lower-right corner (open Pacific, clear of every island).
pub const INSET_WIDTH: f64 = 330.0;
pub const INSET_MARGIN: f64 = 16.0;

/// The scale bar is at most a fifth of the view's width.
pub const SCALE_BAR_SHARE: f64 = 0.2;

/// The scale bar's origin, in user units from the view's lower-left
/// corner (x from the left, y up from the bottom): the corner opposite
/// the inset, with room above the bar for its label.
pub const SCALE_BAR_AT: (f64, f64) = (24.0, 28.0);

/// The attribution's right end, in user units from the view's top-right
/// corner (x in from the right, y down from the top): one line of text
/// set in from the corner, where no label is placed.
pub const ATTRIBUTION_AT: (f64, f64) = (8.0, 18.0);

/// The inset title's start, in user units from the inset box's top-left
/// corner: one line of text set in from the frame, over the open sea at
/// the box's top left, clear of every islet and islet label.
pub const INSET_TITLE_AT: (f64, f64) = (8.0, 18.0);
