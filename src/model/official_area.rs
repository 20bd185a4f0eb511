//! Official land areas of the four units as one government publishes them,
//! shown beside the areas the map computes from its coastlines, so that a
//! reader who knows the official figure sees it and sees how far the
//! computed one differs.

use super::{IslandId, Islands, Source};

/// One government's figures, with the page they come from.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficialAreas {
    /// Who publishes them, e.g. "MOFA (Japan)".
    pub publisher: String,
    pub source: Source,
    km2: [f64; 4],
    /// The publisher's own total, which need not be the sum of its rounded
    /// figures.
    pub total_km2: f64,
}

impl OfficialAreas {
    /// Figures for the four units, in `IslandId::ALL` order; `None` if any
    /// is not a positive finite number.
    pub fn new(publisher: String, source: Source, km2: [f64; 4], total_km2: f64) -> Option<Self> {
        let ok = |x: f64| x.is_finite() && x > 0.0;
        (km2.iter().all(|x| ok(*x)) && ok(total_km2)).then_some(Self {
            publisher,
            source,
            km2,
            total_km2,
        })
    }

    pub fn get(&self, id: IslandId) -> f64 {
        self.km2[id as usize]
    }

    /// The least and the greatest relative difference between the computed
    /// and the official area over the four units, as fractions of the
    /// official figure (0.02 is 2%).
    ///
    /// # Examples
    ///
    /// ```
    /// use kuril_map::model::{Islands, OfficialAreas, Source};
    /// let islands = Islands::from_geojson(include_str!("../../geodata/islands.geojson")).expect("data");
    /// let src = Source { title: "t".into(), url: "https://example.org/".into() };
    /// let same: Vec<f64> = islands.iter().map(|i| i.area_km2).collect();
    /// let o = OfficialAreas::new("x".into(), src, [same[0], same[1], same[2], same[3]], 1.0).expect("valid");
    /// let (lo, hi) = o.difference_range(&islands);
    /// assert!(lo.abs() < 1e-12 && hi.abs() < 1e-12);
    /// ```
    pub fn difference_range(&self, islands: &Islands) -> (f64, f64) {
        IslandId::ALL
            .into_iter()
            .map(|id| (self.get(id) - islands.get(id).area_km2).abs() / self.get(id))
            .fold((f64::INFINITY, 0.0), |(lo, hi), d| (lo.min(d), hi.max(d)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src() -> Source {
        Source {
            title: "t".into(),
            url: "https://example.org/".into(),
        }
    }

    #[test]
    fn rejects_figures_that_are_not_positive_numbers() {
        assert!(OfficialAreas::new("x".into(), src(), [1.0, 2.0, 3.0, 0.0], 6.0).is_none());
        assert!(OfficialAreas::new("x".into(), src(), [1.0, f64::NAN, 3.0, 4.0], 6.0).is_none());
        assert!(OfficialAreas::new("x".into(), src(), [1.0, 2.0, 3.0, 4.0], 10.0).is_some());
    }
}
