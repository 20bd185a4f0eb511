//! What the benchmarks share: the click-to-painted-frame measurement and
//! the statistics of its samples.

use crate::Script;

/// How many frames a step takes to reach the screen (see `Selection` in
/// src/app.rs), and what each shows.
pub const STAGES: usize = 4;
pub const STAGE_NAMES: [&str; STAGES] = ["map", "card", "sources and legend", "read-out"];

/// Clicks `selectors` in turn, `n` times, each from an ordinary task
/// shortly after a frame, as a reader's click arrives. It returns, per
/// click, `[first, script, second, third, fourth, total]` in ms:
/// - `first`: main-thread work to paint the first frame after the click
///   (the map): the click and Leptos's reactive updates (microtasks), then
///   that frame's animation callbacks, style, layout and paint. The idle
///   wait for the frame is left out. This is what must fit in 16.7 ms.
/// - `script`: the click and its reactive updates alone (approximate: the
///   last of 30 chained microtasks).
/// - `second`, `third`, `fourth`: the same for each following stage: the
///   app's task that applies the stage, then that frame's rendering.
/// - `total`: wall time from the click to the end of the last frame.
///
/// A frame's rendering is timed from a requestAnimationFrame callback
/// registered before the app's, to a task queued from it, which runs
/// once the frame is painted and before the app's own after-paint task.
/// Between clicks the page idles 150 ms.
pub const MEASURE: Script = crate::js!("frame_timing", "measure_clicks");

/// Reference frames, measured as MEASURE measures a stage, for the floor
/// under any step on this machine: `n` times, from an ordinary task after
/// a frame, a change and the frame that paints it. Returns per sample
/// `[nothing, text]` in ms: a frame with nothing changed, and one where
/// the headline's text changed by two characters (style, layout and
/// paint of one line of text). The headline is restored at the end.
pub const FLOOR: Script = crate::js!("frame_timing", "floor");

/// The rows a page script returned (an array of arrays of numbers), each
/// with exactly `len` numbers; anything else is dropped.
pub fn rows(v: &serde_json::Value, len: usize) -> Vec<Vec<f64>> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_array()?.iter().map(|t| t.as_f64()).collect())
        .filter(|r: &Vec<f64>| r.len() == len)
        .collect()
}

/// Median and 95th percentile of `v` (nearest rank).
pub fn stats(mut v: Vec<f64>) -> (f64, f64) {
    if v.is_empty() {
        return (f64::NAN, f64::NAN);
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}
