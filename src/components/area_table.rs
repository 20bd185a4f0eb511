use super::use_strings;
use crate::format::{format_area, format_percent};
use crate::i18n::Strings;
use crate::model::{Holder, Islands, OfficialAreas, Scenario};
use crate::text::{official_area_note, scenario_label};
use leptos::prelude::*;
use std::sync::Arc;

const SETTLEMENTS: [Scenario; 2] = [Scenario::TwoIsland, Scenario::FourIsland];

/// A holder's name as it stands alone in a cell: the nominative form.
fn who(tr: &Strings, h: Holder) -> String {
    match h {
        Holder::Japan => tr.t("holder.japan_alone").to_string(),
        Holder::Russia => tr.t("holder.russia_alone").to_string(),
    }
}

/// The data table alternative to the map: each unit's area and share of
/// the four (computed from the geometry) beside the official figure where
/// the timeline file gives one, who administers it now, and who would hold
/// it under each settlement scenario.
#[component]
pub fn AreaTable(islands: Arc<Islands>, official: Option<OfficialAreas>) -> impl IntoView {
    let tr = use_strings();
    // Below the table, what the computed figures are and how far they
    // differ from the official ones, with the official source.
    let note = official.as_ref().map(|o| {
        view! {
            <p class="area-table__note">
                {official_area_note(&tr, o, &islands)}" "
                <a href=o.source.url.clone()>{tr.t("table.official_source").to_string()}</a>
            </p>
        }
    });
    let (t, isl) = (tr.clone(), islands.clone());
    let table = super::written(move || {
        let (tr, islands) = (t, isl);
        let total = islands.total_area_km2();
        let heads = SETTLEMENTS
            .iter()
            .map(|s| view! { <th scope="col" class="area-table__scenario">{tr.f("table.under", &[("scenario", &scenario_label(&tr, *s))])}</th> })
            .collect_view();
        let totals = SETTLEMENTS
            .iter()
            .map(|s| {
                let share = format_percent(&tr, s.split(&islands).japan_share());
                view! { <td class="holder">{format!("{} {share}", who(&tr, Holder::Japan))}</td> }
            })
            .collect_view();
        let official_head = official
            .as_ref()
            .map(|_| view! { <th scope="col">{tr.t("table.official").to_string()}</th> });
        let official_total = official
            .as_ref()
            .map(|o| view! { <td data-official="">{format_area(&tr, o.total_km2)}</td> });
        view! {
            <table class="area-table">
                // The caption's text sits in a block as wide as the visible
                // part of the scroller (CSS), so it wraps there instead of
                // running off the screen with the table's hidden columns.
                <caption><span class="area-table__caption">{tr.t("table.caption").to_string()}</span></caption>
                <thead>
                    <tr>
                        <th scope="col">{tr.t("table.unit").to_string()}</th>
                        <th scope="col">{tr.t("table.area").to_string()}</th>
                        {official_head}
                        <th scope="col">{tr.t("table.share").to_string()}</th>
                        <th scope="col">{tr.t("table.holder_now").to_string()}</th>
                        {heads}
                    </tr>
                </thead>
                <tbody>{rows(&islands, official.as_ref())}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{tr.t("table.all").to_string()}</th>
                        <td>{format_area(&tr, total)}</td>
                        {official_total}
                        <td>{format_percent(&tr, 1.0)}</td>
                        <td class="holder">{who(&tr, Holder::Russia)}</td>
                        {totals}
                    </tr>
                </tfoot>
            </table>
        }
    });
    view! {
        <div class="table-wrap" inner_html=table></div>
        {note}
    }
}

/// One row per unit.
fn rows(islands: &Islands, official: Option<&OfficialAreas>) -> impl IntoView {
    let tr = use_strings();
    let total = islands.total_area_km2();
    islands
        .iter()
        .map(|i| {
            let cells = SETTLEMENTS
                .iter()
                .map(|s| view! { <td class="holder">{who(&tr, s.holder(i.id))}</td> })
                .collect_view();
            let official_cell = official
                .map(|o| view! { <td data-official="">{format_area(&tr, o.get(i.id))}</td> });
            view! {
                <tr data-area-island=i.id.as_str()>
                    // A narrow column breaks "Kunashir / Kunashiri" after the
                    // slash, not before it (a lone "/" on a line).
                    <th scope="row">{tr.island(i.id, &i.names).replace(" / ", "\u{a0}/ ")}</th>
                    <td>{format_area(&tr, i.area_km2)}</td>
                    {official_cell}
                    <td>{format_percent(&tr, i.area_km2 / total)}</td>
                    <td class="holder">{who(&tr, Scenario::StatusQuo.holder(i.id))}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view()
}
