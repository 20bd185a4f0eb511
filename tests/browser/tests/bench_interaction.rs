//! Benchmark, not a test: how long a scenario switch or an event step
//! takes to reach the screen in Chromium with the CPU slowed 4×.
//!
//! Run with `make bench-interaction`. It prints median and p95 over 50
//! of each and writes `bench/interaction.md`. It asserts nothing about
//! the timings (CI only builds it).

use browser_tests::{Engine, Page};
use serde_json::json;
use std::time::Duration;

/// Clicks `selectors` in turn, `n` times. Each click is made at the start
/// of a frame's rendering (in a requestAnimationFrame callback), so the
/// step must be drawn in that very frame; a task queued from the same
/// callback runs only after the frame's style, layout and paint. So:
/// - `painted`: click → Leptos's reactive updates (microtasks) → style →
///   layout → paint of the frame that shows the step, all on the main
///   thread; this is what must fit in a 16.7 ms frame;
/// - `script`: the click and its reactive updates alone (the time of the
///   last of 30 chained microtasks, so approximate).
///
/// Between clicks the page idles 150 ms, which lets the after-paint work
/// (accessible names, live region, links; see `Selection::settled`) run
/// outside the measured frame, as it does for a reader.
const MEASURE: &str = r#"
const [selectors, n, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
const frame = () => new Promise(r => requestAnimationFrame(r));
(async () => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const el = document.querySelector(selectors[i % selectors.length]);
    await new Promise(r => setTimeout(r, 150));
    await frame();
    out.push(await new Promise(resolve => requestAnimationFrame(() => {
      const t0 = performance.now();
      let script = 0;
      el.click();
      // Leptos's updates are microtasks: they all run before this one.
      let p = Promise.resolve();
      for (let k = 0; k < 30; k++) p = p.then(() => { script = performance.now() - t0; });
      setTimeout(() => resolve([performance.now() - t0, script]), 0);
    })));
  }
  done(out);
})();
"#;

fn stats(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| v[((v.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.95))
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "benchmark: run with make bench-interaction"]
async fn interaction_latency_at_4x_cpu_slowdown() {
    let page = Page::open(Engine::Chromium, "?scenario=status-quo").await;
    page.browser
        .cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await;
    if std::env::var_os("BENCH_REDUCED_MOTION").is_some() {
        page.browser
            .cdp(
                "Emulation.setEmulatedMedia",
                json!({ "features": [{ "name": "prefers-reduced-motion", "value": "reduce" }] }),
            )
            .await;
    }

    page.browser
        .client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(120)),
            None,
            None,
        ))
        .await
        .expect("script timeout");

    let run = |selectors: Vec<String>| {
        let b = &page.browser;
        async move {
            let v = b
                .client
                .execute_async(MEASURE, vec![json!(selectors), json!(50)])
                .await
                .expect("measure");
            let pairs: Vec<(f64, f64)> = v
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| Some((x[0].as_f64()?, x[1].as_f64()?)))
                .collect();
            pairs
        }
    };
    let scenarios: Vec<String> = ["two-island", "four-island", "status-quo"]
        .iter()
        .map(|s| format!("button[data-scenario=\"{s}\"]"))
        .collect();
    let events: Vec<String> = page
        .browser
        .eval("return [...document.querySelectorAll('[data-event]')].map(e => `[data-event=\"${e.dataset.event}\"]`)")
        .await
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(String::from))
        .collect();
    let scenario_times = run(scenarios).await;
    let event_times = run(events).await;
    assert_eq!(scenario_times.len(), 50);
    assert_eq!(event_times.len(), 50);
    let row = |name: &str, t: &[(f64, f64)]| {
        let (wm, wp) = stats(t.iter().map(|p| p.0).collect());
        let (pm, pp) = stats(t.iter().map(|p| p.1).collect());
        format!("| {name} | {wm:.1} ms | {wp:.1} ms | {pm:.1} ms | {pp:.1} ms |\n")
    };
    let version = page.browser.eval("return navigator.userAgent").await;

    let table = format!(
        "| Interaction (Chromium, CPU 4× slower) | click → painted, median | p95 | of which script, median | p95 |\n\
         |---|---|---|---|---|\n{}{}\n\
         *click → painted*: the click, Leptos's reactive DOM updates, style, layout and paint of the frame \
         that shows the step (main thread), the click made as that frame's rendering starts. \
         This is what must fit in one 16.7 ms frame.\n\
         *script*: the click and the reactive updates alone (approximate).\n\
         50 of each; browser: {}\n",
        row("scenario switch", &scenario_times),
        row("event step", &event_times),
        version.as_str().unwrap_or("?")
    );
    println!("\n{table}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench/interaction.md");
    let _ = std::fs::create_dir_all(out.parent().expect("bench dir"));
    std::fs::write(
        &out,
        format!("# Interaction latency\n\nWritten by `make bench-interaction`.\n\n{table}"),
    )
    .expect("write bench/interaction.md");
    page.close().await;
}
