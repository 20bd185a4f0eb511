//! The three settlement scenarios and the land split each implies.

use super::{Holder, IslandId, Islands, MapState};
use std::str::FromStr;

/// A claim scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scenario {
    /// All four administered by Russia, as today.
    StatusQuo,
    /// Shikotan and Habomai to Japan, as the 1956 Joint Declaration
    /// provides after a peace treaty.
    TwoIsland,
    /// All four to Japan, as Japan claims.
    FourIsland,
}

impl Scenario {
    pub const ALL: [Scenario; 3] = [
        Scenario::StatusQuo,
        Scenario::TwoIsland,
        Scenario::FourIsland,
    ];

    /// The URL and `data-scenario` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Scenario::StatusQuo => "status-quo",
            Scenario::TwoIsland => "two-island",
            Scenario::FourIsland => "four-island",
        }
    }

    /// Who would hold `id` under this scenario.
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::{Holder, IslandId, Scenario};
    /// assert_eq!(Scenario::TwoIsland.holder(IslandId::Shikotan), Holder::Japan);
    /// assert_eq!(Scenario::TwoIsland.holder(IslandId::Kunashir), Holder::Russia);
    /// ```
    pub fn holder(self, id: IslandId) -> Holder {
        match (self, id) {
            (Scenario::StatusQuo, _) => Holder::Russia,
            (Scenario::TwoIsland, IslandId::Shikotan | IslandId::Habomai) => Holder::Japan,
            (Scenario::TwoIsland, _) => Holder::Russia,
            (Scenario::FourIsland, _) => Holder::Japan,
        }
    }

    /// The map under this scenario. The de facto line is shown for the
    /// status quo; the settlements would replace it with a new border.
    pub fn state(self) -> MapState {
        let mut s = MapState::all(Holder::Russia);
        for id in IslandId::ALL {
            s.set_holder(id, self.holder(id));
        }
        s.de_facto_line = self == Scenario::StatusQuo;
        s.border_1855 = self == Scenario::FourIsland;
        // Today Japan claims all four. The two settlements are imagined
        // as concluded by a peace treaty that fixes the border, so they
        // show no outstanding claim.
        if self == Scenario::StatusQuo {
            for id in IslandId::ALL {
                s.set_claimed(id, true);
            }
        }
        s
    }

    /// Land under each holder, computed from the geometry.
    pub fn split(self, islands: &Islands) -> LandSplit {
        LandSplit::of(&self.state(), islands)
    }
}

impl FromStr for Scenario {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Scenario::ALL
            .into_iter()
            .find(|sc| sc.as_str() == s)
            .ok_or_else(|| format!("unknown scenario \"{}\"", crate::error::clip(s)))
    }
}

/// Land area by holder for one map state.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LandSplit {
    pub japan_km2: f64,
    pub russia_km2: f64,
}

impl LandSplit {
    /// Sums the computed unit areas by holder.
    pub fn of(state: &MapState, islands: &Islands) -> Self {
        let sum = |h| {
            state
                .held_by(h)
                .map(|id| islands.get(id).area_km2)
                .fold(0.0, |a, b| a + b)
        };
        Self {
            japan_km2: sum(Holder::Japan),
            russia_km2: sum(Holder::Russia),
        }
    }

    pub fn total_km2(&self) -> f64 {
        self.japan_km2 + self.russia_km2
    }

    /// Japan's share of the four, 0–1.
    pub fn japan_share(&self) -> f64 {
        let t = self.total_km2();
        if t > 0.0 {
            self.japan_km2 / t
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_quo_is_all_russia() {
        for id in IslandId::ALL {
            assert_eq!(Scenario::StatusQuo.holder(id), Holder::Russia);
            assert_eq!(Scenario::FourIsland.holder(id), Holder::Japan);
        }
    }

    #[test]
    fn two_island_moves_exactly_shikotan_and_habomai() {
        let japan: Vec<_> = Scenario::TwoIsland.state().held_by(Holder::Japan).collect();
        assert_eq!(japan, [IslandId::Shikotan, IslandId::Habomai]);
    }

    #[test]
    fn only_the_status_quo_shows_japans_claim() {
        for id in IslandId::ALL {
            assert!(Scenario::StatusQuo.state().is_claimed(id));
            assert!(!Scenario::TwoIsland.state().is_claimed(id));
            assert!(!Scenario::FourIsland.state().is_claimed(id));
        }
    }

    #[test]
    fn ids_round_trip_and_unknown_is_an_error() {
        for s in Scenario::ALL {
            assert_eq!(s.as_str().parse::<Scenario>(), Ok(s));
        }
        assert!("three-island".parse::<Scenario>().is_err());
    }

    #[test]
    fn split_of_two_islands_is_about_seven_percent_on_the_real_data() {
        let islands =
            Islands::from_geojson(include_str!("../../geodata/islands.geojson")).expect("data");
        let split = Scenario::TwoIsland.split(&islands);
        assert!(
            (0.065..0.075).contains(&split.japan_share()),
            "{}",
            split.japan_share()
        );
        assert!((split.total_km2() - islands.total_area_km2()).abs() < 1e-9);
        assert_eq!(Scenario::StatusQuo.split(&islands).japan_km2, 0.0);
        assert_eq!(Scenario::FourIsland.split(&islands).japan_share(), 1.0);
    }
}
