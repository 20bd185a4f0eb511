//! Calendar dates as the timeline writes them: `YYYY-MM-DD`, checked to
//! exist in the proleptic Gregorian calendar.

use std::fmt;
use std::str::FromStr;

/// A date that exists. Orders chronologically.
///
/// # Examples
///
/// ```
/// use kuril_map::model::IsoDate;
/// let d: IsoDate = "1956-10-19".parse().expect("a real date");
/// assert_eq!(d.year(), 1956);
/// assert!("2019-02-29".parse::<IsoDate>().is_err()); // not a leap year
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a string is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDate(pub String);

impl fmt::Display for BadDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a real date in the form YYYY-MM-DD",
            self.0
        )
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl IsoDate {
    /// A date, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Self { year, month, day })
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> u8 {
        self.month
    }

    pub fn day(&self) -> u8 {
        self.day
    }
}

impl FromStr for IsoDate {
    type Err = BadDate;

    fn from_str(s: &str) -> Result<Self, BadDate> {
        let bad = || BadDate(crate::error::clip(s));
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
            return Err(bad());
        };
        let (Ok(y), Ok(m), Ok(d)) = (i32::try_from(y), u8::try_from(m), u8::try_from(d)) else {
            return Err(bad());
        };
        IsoDate::new(y, m, d).ok_or_else(bad)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        for s in ["1855-02-07", "1945-09-05", "2000-02-29", "2022-03-21"] {
            assert_eq!(
                s.parse::<IsoDate>().map(|d| d.to_string()),
                Ok(s.to_string())
            );
        }
    }

    #[test]
    fn rejects_dates_that_do_not_exist() {
        for s in [
            "1900-02-29",
            "2019-02-29",
            "1956-04-31",
            "1956-13-01",
            "1956-00-10",
            "1956-10-00",
            "1956-10-32",
            "0000-01-01",
        ] {
            assert!(s.parse::<IsoDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn rejects_other_shapes() {
        for s in [
            "",
            "1956-1-19",
            "19561019",
            "1956/10/19",
            "+956-10-19",
            "1956-10-19T00",
            "１９５６-10-19",
        ] {
            assert!(s.parse::<IsoDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn orders_chronologically() {
        let a: IsoDate = "1945-08-28".parse().expect("date");
        let b: IsoDate = "1945-09-01".parse().expect("date");
        assert!(a < b);
    }
}
