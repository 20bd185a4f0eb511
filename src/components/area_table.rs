use crate::format::{format_area, format_percent};
use crate::model::Islands;
use leptos::prelude::*;
use std::sync::Arc;

/// Each unit's land area and share of the four, computed from the
/// geometry.
#[component]
pub fn AreaTable(islands: Arc<Islands>) -> impl IntoView {
    let total = islands.total_area_km2();
    let rows = islands
        .iter()
        .map(|i| {
            view! {
                <tr data-area-island=i.id.as_str()>
                    <th scope="row">{i.names.dual()}</th>
                    <td>{format_area(i.area_km2)}</td>
                    <td>{format_percent(i.area_km2 / total)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="area-table">
            <caption>"Land area, computed from the map's coastlines"</caption>
            <thead>
                <tr>
                    <th scope="col">"Island unit"</th>
                    <th scope="col">"Area"</th>
                    <th scope="col">"Share"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">"All four"</th>
                    <td>{format_area(total)}</td>
                    <td>{format_percent(1.0)}</td>
                </tr>
            </tfoot>
        </table>
    }
}
