use crate::format::{format_area, format_date, format_percent};
use crate::model::{Islands, Scenario, Timeline};
use crate::text::{scenario_description, scenario_label, split_summary};
use leptos::prelude::*;
use std::sync::Arc;

/// For readers without JavaScript: the facts in text and the whole
/// timeline as a list with its sources. Only the pre-render emits it.
#[component]
pub fn NoScript(islands: Arc<Islands>, timeline: Option<Arc<Timeline>>) -> impl IntoView {
    let total = islands.total_area_km2();
    let units = islands
        .iter()
        .map(|i| {
            view! {
                <li>{format!("{}: {} ({})", i.names.dual(), format_area(i.area_km2), format_percent(i.area_km2 / total))}</li>
            }
        })
        .collect_view();
    let scenarios = Scenario::ALL
        .into_iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{scenario_label(s)}</strong>
                    {format!(": {} {}", scenario_description(s), split_summary(&s.split(&islands)))}
                </li>
            }
        })
        .collect_view();
    let events = timeline.map(|t| {
        t.events()
            .iter()
            .map(|e| {
                let sources = e
                    .sources
                    .iter()
                    .map(|s| view! { <li><a href=s.url.clone()>{s.title.clone()}</a></li> })
                    .collect_view();
                view! {
                    <li data-event-text=e.id.clone()>
                        <time datetime=e.date.to_string()>{format_date(e.date)}</time>
                        ": "
                        <strong>{e.title.clone()}</strong>
                        ". "
                        {e.annotation.clone()}
                        <ul class="noscript__sources">{sources}</ul>
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <noscript>
            <section class="noscript">
                <h2>"The four islands in numbers"</h2>
                <ul>{units}</ul>
                <h2>"Scenarios"</h2>
                <ul>{scenarios}</ul>
                <h2>"Timeline, 1855 to today"</h2>
                <ol>{events}</ol>
            </section>
        </noscript>
    }
}
