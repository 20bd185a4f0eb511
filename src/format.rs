//! Number formatting for the page (English conventions for now).

/// Groups thousands with commas: `1234567` → `"1,234,567"`.
///
/// # Examples
///
/// ```
/// use kuril_map::format::group_thousands;
/// assert_eq!(group_thousands(5003), "5,003");
/// assert_eq!(group_thousands(95), "95");
/// ```
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// An area in km², rounded to the nearest whole km²: `"3,147 km²"`.
pub fn format_area(km2: f64) -> String {
    let n = if km2.is_finite() && km2 > 0.0 {
        km2.round() as u64
    } else {
        0
    };
    format!("{} km²", group_thousands(n))
}

/// A share as a percentage with one decimal: `0.0691` → `"6.9%"`.
pub fn format_percent(share: f64) -> String {
    let p = if share.is_finite() {
        share * 100.0
    } else {
        0.0
    };
    // No "-0.0%": rounding a tiny negative (or a negative zero) gives zero.
    let p = if p.abs() < 0.05 { 0.0 } else { p };
    format!("{p:.1}%")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date in English news style: `"19 October 1956"`.
///
/// # Examples
///
/// ```
/// use kuril_map::format::format_date;
/// let d = "1855-02-07".parse().expect("date");
/// assert_eq!(format_date(d), "7 February 1855");
/// ```
pub fn format_date(date: crate::model::IsoDate) -> String {
    let month = MONTHS
        .get(usize::from(date.month()).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_rounds() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(1234567), "1,234,567");
        assert_eq!(format_area(3146.5), "3,147 km²");
        assert_eq!(format_area(f64::NAN), "0 km²");
        assert_eq!(format_percent(0.0691), "6.9%");
        assert_eq!(format_percent(-0.0), "0.0%");
    }
}
