use crate::format::{format_area, format_percent};
use crate::model::{Islands, Scenario};
use crate::text::{holder_name, scenario_label};
use leptos::prelude::*;
use std::sync::Arc;

/// The data table alternative to the map: each unit's area and share of
/// the four (computed from the geometry), who administers it now, and who
/// would hold it under each settlement scenario.
#[component]
pub fn AreaTable(islands: Arc<Islands>) -> impl IntoView {
    let total = islands.total_area_km2();
    let settlements = [Scenario::TwoIsland, Scenario::FourIsland];
    let heads = settlements
        .iter()
        .map(|s| view! { <th scope="col">{format!("Under “{}”", scenario_label(*s))}</th> })
        .collect_view();
    let rows = islands
        .iter()
        .map(|i| {
            let cells = settlements
                .iter()
                .map(|s| view! { <td class="holder">{holder_name(s.holder(i.id), None)}</td> })
                .collect_view();
            view! {
                <tr data-area-island=i.id.as_str()>
                    <th scope="row">{i.names.dual()}</th>
                    <td>{format_area(i.area_km2)}</td>
                    <td>{format_percent(i.area_km2 / total)}</td>
                    <td class="holder">{holder_name(Scenario::StatusQuo.holder(i.id), None)}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let totals = settlements
        .iter()
        .map(|s| view! { <td class="holder">{format!("Japan {}", format_percent(s.split(&islands).japan_share()))}</td> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="area-table">
                <caption>"The four units: land area computed from the map's coastlines, and who holds them"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Island unit"</th>
                        <th scope="col">"Area"</th>
                        <th scope="col">"Share"</th>
                        <th scope="col">"Administered now"</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"All four"</th>
                        <td>{format_area(total)}</td>
                        <td>{format_percent(1.0)}</td>
                        <td class="holder">"Russia"</td>
                        {totals}
                    </tr>
                </tfoot>
            </table>
        </div>
    }
}
