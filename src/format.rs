//! Number formatting for the page: the separators come from each
//! language's translations (`number.group`).

/// Groups thousands with `sep`: `1234567` → `"1,234,567"`.
///
/// # Examples
///
/// ```
/// use kuril_map::format::group_thousands;
/// assert_eq!(group_thousands(5003, ","), "5,003");
/// assert_eq!(group_thousands(95, ","), "95");
/// ```
pub fn group_thousands(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * sep.len());
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// An area in km², rounded to the nearest whole km², in the language's
/// number style: `"3,147 km²"`, `"3\u{a0}147 км²"`.
pub fn format_area(tr: &crate::i18n::Strings, km2: f64) -> String {
    let n = if km2.is_finite() && km2 > 0.0 {
        km2.round() as u64
    } else {
        0
    };
    format!(
        "{} {}",
        group_thousands(n, tr.t("number.group")),
        tr.t("number.unit_km2")
    )
}

/// A share as a percentage with one decimal: `0.0691` → `"6.9%"`
/// (`"6,9 %"` in Russian).
pub fn format_percent(tr: &crate::i18n::Strings, share: f64) -> String {
    let p = if share.is_finite() {
        share * 100.0
    } else {
        0.0
    };
    // No "-0.0%": rounding a tiny negative (or a negative zero) gives zero.
    let p = if p.abs() < 0.05 { 0.0 } else { p };
    let n = format!("{p:.1}").replace('.', tr.t("number.decimal"));
    tr.f("number.percent", &[("n", &n)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Strings;

    #[test]
    fn groups_and_rounds() {
        let en = Strings::english();
        assert_eq!(group_thousands(0, ","), "0");
        assert_eq!(group_thousands(1000, ","), "1,000");
        assert_eq!(group_thousands(1234567, ","), "1,234,567");
        assert_eq!(format_area(&en, 3146.5), "3,147 km²");
        assert_eq!(format_area(&en, f64::NAN), "0 km²");
        assert_eq!(format_percent(&en, 0.0691), "6.9%");
        assert_eq!(format_percent(&en, -0.0), "0.0%");
    }
}
