//! Checks on the committed timeline: the required events with the right
//! dates, sources on every event, short neutral annotations, and the map
//! state at key moments.

use kuril_map::model::{Holder, IslandId, State, Timeline};

const TIMELINE: &str = include_str!("../geodata/timeline.json");

fn timeline() -> Timeline {
    Timeline::from_json(TIMELINE).expect("committed timeline.json loads")
}

fn holders(t: &Timeline, id: &str) -> Vec<Holder> {
    let e = &t.events()[t.position(id).unwrap_or_else(|| panic!("no event {id}"))];
    IslandId::ALL.iter().map(|i| e.state.holder(*i)).collect()
}

#[test]
fn has_at_least_fifteen_events_from_1855_to_2022() {
    let t = timeline();
    assert!(t.len() >= 15, "{}", t.len());
    let first = &t.events()[0];
    let last = &t.events()[t.len() - 1];
    assert_eq!(first.date.to_string(), "1855-02-07");
    assert_eq!(last.date.year(), 2022);
}

#[test]
fn the_required_events_carry_the_right_dates() {
    let t = timeline();
    // id, date, and a word or phrase the title must contain.
    let required = "
        shimoda-1855                   1855-02-07  Shimoda
        st-petersburg-1875             1875-05-07  Saint Petersburg
        yalta-1945                     1945-02-11  Yalta
        soviet-iturup-1945             1945-08-28  Iturup
        soviet-kunashir-shikotan-1945  1945-09-01  Kunashir and Shikotan
        soviet-habomai-1945            1945-09-05  Habomai
        san-francisco-1951             1951-09-08  San Francisco
        joint-declaration-1956         1956-10-19  Joint Declaration
        tokyo-declaration-1993         1993-10-13  Tokyo Declaration
        irkutsk-2001                   2001-03-25  Irkutsk
        singapore-2018                 2018-11-14  Singapore
        moscow-talks-2019              2019-01-22  Moscow
        constitution-2020              2020-07-04  constitution
        russia-suspends-talks-2022     2022-03-21  peace treaty talks";
    let rows: Vec<Vec<&str>> = required
        .lines()
        .map(|row| row.split_whitespace().collect::<Vec<_>>())
        .filter(|row| !row.is_empty())
        .collect();
    assert_eq!(rows.len(), 14);
    for row in rows {
        let (id, date, title) = (row[0], row[1], row[2..].join(" "));
        let e = t
            .get(t.position(id).unwrap_or_else(|| panic!("missing {id}")))
            .expect("event");
        assert_eq!(e.date.to_string(), date, "{id}");
        assert!(
            e.title.to_lowercase().contains(&title.to_lowercase()),
            "{id}: title {:?} should mention {title:?}",
            e.title
        );
    }
}

#[test]
fn map_state_at_key_moments() {
    use Holder::{Japan, Russia};
    let t = timeline();
    // Holders of Iturup, Kunashir, Shikotan and Habomai (IslandId::ALL).
    for (id, expected) in [
        ("shimoda-1855", [Japan; 4]),
        ("soviet-iturup-1945", [Russia, Japan, Japan, Japan]),
        (
            "soviet-kunashir-shikotan-1945",
            [Russia, Russia, Russia, Japan],
        ),
        ("soviet-habomai-1945", [Russia; 4]),
        ("joint-declaration-1956", [Russia; 4]),
        ("russia-suspends-talks-2022", [Russia; 4]),
    ] {
        assert_eq!(holders(&t, id), expected, "{id}");
    }
    let e = t
        .get(t.position("joint-declaration-1956").expect("1956"))
        .expect("event");
    let promised: Vec<_> = IslandId::ALL
        .into_iter()
        .filter(|i| e.state.is_promised(*i))
        .collect();
    assert_eq!(promised, [IslandId::Shikotan, IslandId::Habomai]);
    // Japan's claim is drawn from the Soviet occupation on, on every
    // island the Soviet Union or Russia administers, and never before.
    for e in t.events() {
        for id in IslandId::ALL {
            let expected = e.state.holder(id) == Russia;
            assert_eq!(e.state.is_claimed(id), expected, "{} {id}", e.id);
        }
    }
    let shimoda = t.get(0).expect("first");
    assert!(shimoda.state.border_1855 && !shimoda.state.de_facto_line);
}

#[test]
fn holder_names_follow_the_date() {
    let t = timeline();
    let name = |id: &str| {
        let e = t.get(t.position(id).expect("event")).expect("event");
        Holder::Russia.state_on(e.date)
    };
    assert_eq!(name("shimoda-1855"), State::RussianEmpire);
    assert_eq!(name("joint-declaration-1956"), State::SovietUnion);
    assert_eq!(name("tokyo-declaration-1993"), State::Russia);
}

#[test]
fn japans_official_areas_stand_beside_the_computed_ones() {
    use kuril_map::model::Islands;
    let t = timeline();
    let o = t.official_areas().expect("official_areas in timeline.json");
    assert!(
        o.source.url.starts_with("https://www.mofa.go.jp/"),
        "{}",
        o.source.url
    );
    assert_eq!(o.get(IslandId::Kunashir), 1490.0);
    let islands =
        Islands::from_geojson(include_str!("../geodata/islands.geojson")).expect("islands");
    // The note under the table states this range; it must stay small. It
    // is not nil: the figures are the survey's, not the map's own.
    let (lo, hi) = o.difference_range(&islands);
    assert!(lo > 0.005 && hi < 0.03, "{lo}–{hi}");
}
