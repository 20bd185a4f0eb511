//! Diagnostic, not a test: CPU profile of 30 scenario switches at 4×
//! slowdown, printed as the top functions by self time. Run with
//! `cargo test -p browser-tests --test profile_interaction -- --ignored --nocapture`.

use browser_tests::{Engine, Page};
use serde_json::json;
use std::collections::HashMap;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "diagnostic"]
async fn profile_scenario_switches() {
    let page = Page::open(Engine::Chromium, "?scenario=status-quo").await;
    let b = &page.browser;
    b.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await;
    b.cdp("Profiler.enable", json!({})).await;
    b.cdp("Profiler.setSamplingInterval", json!({ "interval": 100 }))
        .await;
    b.cdp("Profiler.start", json!({})).await;
    b.eval_async(
        "const done = arguments[arguments.length - 1];
         (async () => {
           const s = ['two-island', 'four-island', 'status-quo'];
           for (let i = 0; i < 30; i++) {
             document.querySelector(`button[data-scenario=${s[i % 3]}]`).click();
             await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
           }
           done(true);
         })();",
    )
    .await;
    let profile = b.cdp("Profiler.stop", json!({})).await;
    let nodes = profile["profile"]["nodes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let samples = profile["profile"]["samples"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut name_of = HashMap::new();
    for n in &nodes {
        let f = &n["callFrame"];
        name_of.insert(
            n["id"].as_i64().unwrap_or(0),
            format!(
                "{} ({})",
                f["functionName"].as_str().unwrap_or(""),
                f["url"]
                    .as_str()
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
            ),
        );
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for s in &samples {
        let name = name_of
            .get(&s.as_i64().unwrap_or(0))
            .cloned()
            .unwrap_or_default();
        *counts.entry(name).or_default() += 1;
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1));
    let total: usize = v.iter().map(|x| x.1).sum();
    for (name, c) in v.iter().take(40) {
        println!("{:6.1}%  {name}", *c as f64 * 100.0 / total as f64);
    }
    page.close().await;
}
