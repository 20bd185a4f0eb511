//! The domain: islands, who holds them, scenarios and the timeline.
//! Plain types with methods; no UI code.

pub mod geojson_io;
pub mod island;

pub use island::{Island, IslandId, Islands, Islet, Names};
