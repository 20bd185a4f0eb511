//! Sentences built from the translated strings: scenario texts, land
//! split, holder summaries. Free of UI code, so they can be tested.

use crate::format::{format_area, format_percent};
use crate::i18n::Strings;
use crate::model::{
    Holder, IslandId, Islands, IsoDate, LandSplit, MapState, OfficialAreas, Scenario, State,
};

/// The scenario's button label.
pub fn scenario_label(tr: &Strings, s: Scenario) -> String {
    tr.t(&format!("scenario.{}.label", s.as_str())).to_string()
}

/// A neutral description of the scenario, giving both positions.
pub fn scenario_description(tr: &Strings, s: Scenario) -> String {
    tr.t(&format!("scenario.{}.description", s.as_str()))
        .to_string()
}

/// "Japan 342 km² (6.9%) · Russia 4,605 km² (93.1%)".
pub fn split_summary(tr: &Strings, split: &LandSplit) -> String {
    let share = split.japan_share();
    tr.f(
        "split",
        &[
            ("japan", &format_area(tr, split.japan_km2)),
            ("japan_share", &format_percent(tr, share)),
            ("russia", &format_area(tr, split.russia_km2)),
            ("russia_share", &format_percent(tr, 1.0 - share)),
        ],
    )
}

/// What the computed areas are and how far they differ from the official
/// ones: "…they differ from them by 0.7–2.6%…".
pub fn official_area_note(tr: &Strings, official: &OfficialAreas, islands: &Islands) -> String {
    let (low, high) = official.difference_range(islands);
    tr.f(
        "table.note",
        &[
            ("low", &format_percent(tr, low)),
            ("high", &format_percent(tr, high)),
        ],
    )
}

/// An island's accessible name: its name and area, who holds it in the
/// view shown (the legend's phrase), and Japan's claim or the 1956
/// handover where they apply: "Shikotan: 249 km². Held by Japan".
pub fn island_name(
    tr: &Strings,
    islands: &Islands,
    id: IslandId,
    state: &MapState,
    date: Option<IsoDate>,
) -> String {
    let island = islands.get(id);
    let sep = tr.t("map.sep");
    let mut name = format!(
        "{}: {}{sep}{}",
        tr.island(id, &island.names),
        format_area(tr, island.area_km2),
        holder_phrase(tr, state.holder(id), date, state)
    );
    if state.is_claimed(id) {
        name = format!("{name}{sep}{}", tr.t("legend.claimed"));
    }
    if state.is_promised(id) {
        name = format!("{name}{sep}{}", tr.t("legend.promised"));
    }
    name
}

/// The names of `ids`, joined as the language lists them.
pub fn join_names(tr: &Strings, islands: &Islands, ids: &[IslandId]) -> String {
    let names: Vec<String> = ids
        .iter()
        .map(|id| tr.island(*id, &islands.get(*id).names))
        .collect();
    tr.list(&names)
}

/// One sentence per holder: "Administered by the Soviet Union: Iturup /
/// Etorofu. Administered by Japan: …". `date` names the state of the day;
/// `None` means a hypothetical scenario.
pub fn holders_summary(
    tr: &Strings,
    state: &MapState,
    islands: &Islands,
    date: Option<IsoDate>,
) -> String {
    let mut parts = Vec::new();
    for holder in [Holder::Russia, Holder::Japan] {
        let ids: Vec<IslandId> = state.held_by(holder).collect();
        if ids.is_empty() {
            continue;
        }
        let who = holder_name(tr, holder, date);
        let key = match date {
            Some(d) if holder.occupies_on(d) => "summary.occupied",
            Some(_) => "summary.administered",
            None => "summary.would_hold",
        };
        let list = if ids.len() == 4 {
            tr.t("summary.all_four").to_string()
        } else {
            join_names(tr, islands, &ids)
        };
        parts.push(tr.f(key, &[("who", &who), ("list", &list)]));
    }
    let promised: Vec<IslandId> = IslandId::ALL
        .into_iter()
        .filter(|i| state.is_promised(*i))
        .collect();
    if !promised.is_empty() && date.is_some() {
        parts.push(tr.f(
            "summary.promised",
            &[("list", &join_names(tr, islands, &promised))],
        ));
    }
    parts.join(" ")
}

/// The holder's name on `date`, in the form the language's sentences use.
pub fn holder_name(tr: &Strings, holder: Holder, date: Option<IsoDate>) -> String {
    // Undated (a scenario): today's names.
    let state = match (date, holder) {
        (Some(d), _) => holder.state_on(d),
        (None, Holder::Japan) => State::Japan,
        (None, Holder::Russia) => State::Russia,
    };
    let key = state.key();
    tr.t(key).to_string()
}

/// The legend and accessible-name wording for who holds the islands:
/// "occupied by Soviet forces" between the landings of 1945 and the decree
/// of February 1946 ([`Holder::occupies_on`]); "administered by" for any
/// other dated moment and wherever sovereignty is disputed (the status quo:
/// Russia administers, Japan claims); "held by" only for the settled
/// outcomes the two hypothetical scenarios imagine.
pub fn holder_key(holder: Holder, date: Option<IsoDate>, state: &MapState) -> &'static str {
    match date {
        Some(d) if holder.occupies_on(d) => "legend.occupied",
        Some(_) => "legend.administered_by",
        None if state.any_claimed() => "legend.administered_by",
        None => "legend.held_by",
    }
}

/// The legend's phrase for `holder`: "Administered by Japan", "Occupied by
/// Soviet forces", "Held by Russia".
pub fn holder_phrase(
    tr: &Strings,
    holder: Holder,
    date: Option<IsoDate>,
    state: &MapState,
) -> String {
    let who = holder_name(tr, holder, date);
    tr.f(holder_key(holder, date, state), &[("who", &who)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn island_names_say_area_holder_claim_and_handover() {
        let tr = Strings::english();
        let islands = islands();
        let two = Scenario::TwoIsland.state();
        assert_eq!(
            island_name(&tr, &islands, IslandId::Shikotan, &two, None),
            "Shikotan: 249 km². Held by Japan"
        );
        let mut s = MapState::all(Holder::Russia);
        s.set_claimed(IslandId::Habomai, true);
        s.set_promised(IslandId::Habomai, true);
        let d = Some("1956-10-19".parse::<IsoDate>().expect("date"));
        let name = island_name(&tr, &islands, IslandId::Habomai, &s, d);
        assert!(name.starts_with("Habomai: 92 km². Administered by the Soviet Union. Claimed by Japan. To be handed over"), "{name}");
    }

    #[test]
    fn the_status_quo_is_administered_not_held() {
        use crate::model::Scenario;
        let s = Scenario::StatusQuo.state();
        let r = Holder::Russia;
        assert_eq!(holder_key(r, None, &s), "legend.administered_by");
        let two = Scenario::TwoIsland.state();
        assert_eq!(holder_key(r, None, &two), "legend.held_by");
        let d: IsoDate = "1855-02-07".parse().expect("date");
        assert_eq!(holder_key(r, Some(d), &two), "legend.administered_by");
    }

    #[test]
    fn soviet_forces_occupy_until_the_decree_then_administer() {
        let tr = Strings::english();
        let s = MapState::all(Holder::Russia);
        let on = |d: &str| Some(d.parse::<IsoDate>().expect("date"));
        let phrase = |h, d| holder_phrase(&tr, h, on(d), &s);
        assert_eq!(
            phrase(Holder::Russia, "1945-08-28"),
            "Occupied by Soviet forces"
        );
        assert_eq!(phrase(Holder::Japan, "1945-08-28"), "Administered by Japan");
        assert_eq!(
            phrase(Holder::Russia, "1946-02-02"),
            "Administered by the Soviet Union"
        );
        let summary = holders_summary(&tr, &s, &islands(), on("1945-09-05"));
        assert_eq!(summary, "Occupied by Soviet forces: all four.");
    }

    fn islands() -> Islands {
        Islands::from_geojson(include_str!("../geodata/islands.geojson")).expect("data")
    }

    #[test]
    fn summary_names_the_soviet_union_between_1945_and_1991() {
        let islands = islands();
        let tr = Strings::english();
        let mut state = MapState::all(Holder::Russia);
        state.set_holder(IslandId::Habomai, Holder::Japan);
        let d: IsoDate = "1950-09-01".parse().expect("date");
        let s = holders_summary(&tr, &state, &islands, Some(d));
        assert!(
            s.starts_with("Administered by the Soviet Union: Iturup / Etorofu, Kunashir / Kunashiri and Shikotan."),
            "{s}"
        );
        assert!(s.contains("Administered by Japan: Habomai."), "{s}");
    }

    #[test]
    fn two_island_split_reads_about_seven_percent() {
        let s = split_summary(&Strings::english(), &Scenario::TwoIsland.split(&islands()));
        assert!(s.starts_with("Japan 342 km² (6.9%)"), "{s}");
    }

    #[test]
    fn russian_summary_uses_russian_numbers() {
        let ru = Strings::from_json(
            crate::url_state::Lang::Ru,
            include_str!("../geodata/i18n/ru.json"),
        )
        .expect("ru");
        let s = split_summary(&ru, &Scenario::TwoIsland.split(&islands()));
        assert!(s.contains("342 км²") && s.contains("6,9"), "{s}");
    }
}
