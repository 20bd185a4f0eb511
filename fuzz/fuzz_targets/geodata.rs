//! The geodata loaders: any text gives the islands, context land or lines,
//! or an error; never a panic. What loads is also laid out and measured,
//! as the app would.
#![no_main]

use kuril_map::layout::MapLayout;
use kuril_map::model::{Context, Islands, LandSplit, Lines, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let islands = Islands::from_geojson(text);
    let context = Context::from_geojson(text);
    let lines = Lines::from_geojson(text);
    if let Ok(islands) = &islands {
        for s in Scenario::ALL {
            let split = LandSplit::of(&s.state(), islands);
            let share = split.japan_share();
            assert!((0.0..=1.0).contains(&share) || share.is_nan());
        }
        let _ = MapLayout::new(
            islands,
            &context.unwrap_or_default(),
            &lines.unwrap_or_default(),
        );
    }
});
