//! English wording for scenarios and summaries. Kept in one place, and
//! free of UI code, so it can be tested and later translated.

use crate::format::{format_area, format_percent};
use crate::model::{Holder, IslandId, Islands, IsoDate, LandSplit, MapState, Scenario};

/// The scenario's button label.
pub fn scenario_label(s: Scenario) -> &'static str {
    match s {
        Scenario::StatusQuo => "Status quo",
        Scenario::TwoIsland => "Two islands (1956)",
        Scenario::FourIsland => "Four islands (Japan's claim)",
    }
}

/// A neutral description of the scenario, giving both positions.
pub fn scenario_description(s: Scenario) -> &'static str {
    match s {
        Scenario::StatusQuo => {
            "All four units are administered by Russia, which regards them as part of its Kuril Islands. \
             Japan claims them as its Northern Territories and seeks their return under a peace treaty."
        }
        Scenario::TwoIsland => {
            "The 1956 Joint Declaration says the Soviet Union will hand Shikotan and the Habomai islets to Japan \
             once a peace treaty is concluded. The Abe–Putin talks of 2018–19 took it as their basis; \
             Japan has not given up its claim to the other two islands, and Russia has not agreed to transfer any."
        }
        Scenario::FourIsland => {
            "All four units pass to Japan, as Japan claims. Russia rejects the claim and holds that the \
             islands became its territory as a result of the Second World War."
        }
    }
}

/// "Japan 342 km² (6.9%) · Russia 4,605 km² (93.1%)".
pub fn split_summary(split: &LandSplit) -> String {
    let share = split.japan_share();
    format!(
        "Japan {} ({}) · Russia {} ({})",
        format_area(split.japan_km2),
        format_percent(share),
        format_area(split.russia_km2),
        format_percent(1.0 - share)
    )
}

/// The names of `ids`, joined as "A, B and C".
pub fn join_names(islands: &Islands, ids: &[IslandId]) -> String {
    let names: Vec<String> = ids.iter().map(|id| islands.get(*id).names.dual()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// One sentence per holder: "Administered by the Soviet Union: Iturup /
/// Etorofu. Administered by Japan: …". `date` names the state of the day;
/// `None` means a hypothetical scenario.
pub fn holders_summary(state: &MapState, islands: &Islands, date: Option<IsoDate>) -> String {
    let mut parts = Vec::new();
    for holder in [Holder::Russia, Holder::Japan] {
        let ids: Vec<IslandId> = state.held_by(holder).collect();
        if ids.is_empty() {
            continue;
        }
        let who = holder_name(holder, date);
        let verb = if date.is_some() {
            "Administered by"
        } else {
            "Would be held by"
        };
        let all = if ids.len() == 4 {
            "all four".to_string()
        } else {
            join_names(islands, &ids)
        };
        parts.push(format!("{verb} {who}: {all}."));
    }
    let promised: Vec<IslandId> = IslandId::ALL
        .into_iter()
        .filter(|i| state.is_promised(*i))
        .collect();
    if !promised.is_empty() && date.is_some() {
        parts.push(format!(
            "Promised to Japan after a peace treaty (1956): {}.",
            join_names(islands, &promised)
        ));
    }
    parts.join(" ")
}

/// The holder's name on `date`, with "the" where English needs it.
pub fn holder_name(holder: Holder, date: Option<IsoDate>) -> &'static str {
    match (holder, date.map(|d| holder.name_on(d))) {
        (Holder::Japan, _) => "Japan",
        (Holder::Russia, Some("Soviet Union")) => "the Soviet Union",
        (Holder::Russia, Some("Russian Empire")) => "the Russian Empire",
        (Holder::Russia, _) => "Russia",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn islands() -> Islands {
        Islands::from_geojson(include_str!("../geodata/islands.geojson")).expect("data")
    }

    #[test]
    fn summary_names_the_soviet_union_between_1945_and_1991() {
        let islands = islands();
        let mut state = MapState::all(Holder::Russia);
        state.set_holder(IslandId::Habomai, Holder::Japan);
        let d: IsoDate = "1945-09-01".parse().expect("date");
        let s = holders_summary(&state, &islands, Some(d));
        assert!(s.starts_with("Administered by the Soviet Union: Iturup / Etorofu, Kunashir / Kunashiri and Shikotan."), "{s}");
        assert!(s.contains("Administered by Japan: Habomai."), "{s}");
    }

    #[test]
    fn two_island_split_reads_about_seven_percent() {
        let s = split_summary(&Scenario::TwoIsland.split(&islands()));
        assert!(s.starts_with("Japan 342 km² (6.9%)"), "{s}");
    }
}
