//! The domain: islands, who holds them, scenarios and the timeline.
//! Plain types with methods; no UI code.

pub mod context;
pub mod date;
pub mod event;
pub mod files;
pub mod geojson_io;
pub mod holder;
pub mod island;
pub mod lines;
pub mod official_area;
pub mod scenario;
pub mod state;
pub mod timeline;

pub use context::{Context, ContextLand};
pub use date::IsoDate;
pub use holder::{Holder, State};
pub use island::{Island, IslandId, Islands, Islet, Names};
pub use lines::{LineId, Lines};
pub use official_area::OfficialAreas;
pub use scenario::{LandSplit, Scenario};
pub use state::MapState;
pub use timeline::{Event, EventId, RawTimeline, Source, Timeline};
