use super::use_strings;
use crate::format::{format_area, format_percent};
use crate::model::{Islands, Scenario, Timeline};
use crate::text::{scenario_description, scenario_label, split_summary};
use leptos::prelude::*;
use std::sync::Arc;

/// For readers without JavaScript: the facts in text and the whole
/// timeline as a list with its sources. Only the pre-render emits it.
#[component]
pub fn NoScript(islands: Arc<Islands>, timeline: Option<Arc<Timeline>>) -> impl IntoView {
    let tr = use_strings();
    let total = islands.total_area_km2();
    let units = islands
        .iter()
        .map(|i| {
            view! {
                <li>{format!("{}: {} ({})", tr.island(i.id, &i.names), format_area(&tr, i.area_km2), format_percent(&tr, i.area_km2 / total))}</li>
            }
        })
        .collect_view();
    let scenarios = Scenario::ALL
        .into_iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{scenario_label(&tr, s)}</strong>
                    {format!(": {} {}", scenario_description(&tr, s), split_summary(&tr, &s.split(&islands)))}
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
                    <li data-event-text=e.id.to_string()>
                        <time datetime=e.date.to_string()>{tr.date(e.date)}</time>
                        ": "
                        <strong>{tr.event_title(e)}</strong>
                        ". "
                        {tr.event_annotation(e)}
                        <ul class="noscript__sources">{sources}</ul>
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <noscript>
            <section class="noscript">
                <h2>{tr.t("table.caption").to_string()}</h2>
                <ul>{units}</ul>
                <h2>{tr.t("scenarios_group").to_string()}</h2>
                <ul>{scenarios}</ul>
                <h2>{tr.t("timeline.aria").to_string()}</h2>
                <ol>{events}</ol>
            </section>
        </noscript>
    }
}
