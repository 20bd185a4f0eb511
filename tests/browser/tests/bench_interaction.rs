//! Benchmark, not a test: how long a scenario switch or an event step
//! takes to reach the screen in Chromium with the CPU slowed 4×.
//!
//! Run with `make bench-interaction`. It prints median and p95 over 50
//! of each and writes `bench/interaction.md`. It asserts nothing about
//! the timings (CI only builds it).

use browser_tests::bench::{stats, MEASURE};
use browser_tests::{Engine, Page};
use serde_json::json;
use std::time::Duration;

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
            let rows: Vec<[f64; 4]> = v
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|x| {
                    Some([
                        x[0].as_f64()?,
                        x[1].as_f64()?,
                        x[2].as_f64()?,
                        x[3].as_f64()?,
                    ])
                })
                .collect();
            rows
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
    let row = |name: &str, t: &[[f64; 4]]| {
        let col = |k: usize| stats(t.iter().map(|p| p[k]).collect());
        let ((fm, fp), (sm, _), (gm, gp), (tm, _)) = (col(0), col(1), col(2), col(3));
        format!(
            "| {name} | {fm:.1} ms | {fp:.1} ms | {sm:.1} ms | {gm:.1} ms | {gp:.1} ms | {tm:.1} ms |\n"
        )
    };
    let version = page.browser.eval("return navigator.userAgent").await;

    let table = format!(
        "| Interaction (Chromium, CPU 4× slower) | map frame, median | p95 | of which script, median | text frame, median | p95 | click → both painted, median |\n\
         |---|---|---|---|---|---|---|\n{}{}\n\
         *map frame*: main-thread work for the first frame after the click, which shows the new map \
         and the pressed control: the click, Leptos's reactive updates, then that frame's style, \
         layout and paint (the idle wait for the frame left out). This is what must fit in 16.7 ms.\n\
         *text frame*: the same for the frame after, which shows the annotation, legend and land \
         split and updates what is read out.\n\
         *click → both painted*: wall time, including the waits for the two frames.\n\
         50 of each, clicked from an ordinary task as a reader's click arrives; browser: {}\n",
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
