//! The scale bar: a round distance that fits.

/// A scale bar: its length in km and in user units.
#[derive(Clone, Copy, Debug, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct ScaleBar {
    pub km: f64,
    pub length: f64,
}

/// The longest round distance whose bar fits in `max_length` user units.
///
/// # Examples
///
/// ```
/// use kuril_map::layout::scale_bar;
/// let bar = scale_bar(2.0, 250.0); // 2 units per km, at most 250 units
/// assert_eq!(bar.km, 100.0);
/// assert_eq!(bar.length, 200.0);
/// ```
pub fn scale_bar(units_per_km: f64, max_length: f64) -> ScaleBar {
    const NICE: [f64; 12] = [
        1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0, 1000.0,
    ];
    let km = NICE
        .iter()
        .copied()
        .rev()
        .find(|km| km * units_per_km <= max_length)
        .unwrap_or(1.0);
    ScaleBar {
        km,
        length: km * units_per_km,
    }
}
