//! Calendar dates of the wire format (`YYYY-MM-DD`, proleptic Gregorian) and the
//! arithmetic the rules need: completed years, anniversaries, day differences.

use std::fmt;

/// A real calendar day. Only constructed through [`Date::new`] or [`Date::parse`],
/// so every value is a day that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The day `year-month-day`, or `None` when it does not exist (2025-02-30).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            bytes[range].iter().try_fold(0u32, |acc, &b| {
                b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
            })
        };
        let year = i32::try_from(number(0..4)?).ok()?;
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Completed years on `reference` for a person born on `self` ("đủ X tuổi"):
    /// the count goes up on the birthday; a 29 February birthday is reached on
    /// 1 March in common years. Negative when `reference` is before `self`.
    pub fn age_on(self, reference: Date) -> i32 {
        let mut years = reference.year - self.year;
        if self.anniversary(years) > reference {
            years -= 1;
        }
        years
    }

    /// The `years`-th anniversary of this day. 29 February lands on 1 March when
    /// the target year is a common year.
    pub fn anniversary(self, years: i32) -> Date {
        let year = self.year + years;
        Date::new(year, self.month, self.day).unwrap_or(Date {
            year,
            month: 3,
            day: 1,
        })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The calendar day in Vietnam (UTC+7, no daylight saving) at the given
    /// instant, in seconds since the Unix epoch.
    pub fn in_vietnam_at(unix_seconds: i64) -> Date {
        const VIETNAM_OFFSET_SECONDS: i64 = 7 * 3600;
        Date::from_days_since_epoch((unix_seconds + VIETNAM_OFFSET_SECONDS).div_euclid(86_400))
    }

    /// Today in Vietnam by the system clock: the library's only clock, for
    /// native callers that give no reference date. (On wasm32 the binding
    /// reads the browser's clock and passes the day in.)
    pub fn today_in_vietnam() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::in_vietnam_at(seconds)
    }

    /// `YYMMDD`, as an MRZ writes dates.
    pub fn mrz_digits(self) -> String {
        format!(
            "{:02}{:02}{:02}",
            self.year.rem_euclid(100),
            self.month,
            self.day
        )
    }
}

/// `today` as options give it: `YYYY-MM-DD`, or null for today in Vietnam. A
/// string that is not a real day is misuse, with a message that says so.
pub(crate) fn optional_today<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<Date>, D::Error> {
    use serde::de::Error;
    let text: Option<String> = serde::Deserialize::deserialize(deserializer)
        .map_err(|_| D::Error::custom("`today` must be a string written YYYY-MM-DD"))?;
    text.map(|text| {
        Date::parse(&text).ok_or_else(|| {
            D::Error::custom(format!(
                "`today` must be a real date written YYYY-MM-DD, not {text:?}"
            ))
        })
    })
    .transpose()
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_only_real_days_in_the_wire_shape() {
        let cases = [
            ("2025-07-01", true),
            ("2024-02-29", true),
            ("2025-02-29", false),
            ("2025-02-30", false),
            ("1900-02-29", false),
            ("2000-02-29", true),
            ("2025-13-01", false),
            ("2025-00-10", false),
            ("2025-1-01", false),
            ("2025/01/01", false),
            ("20250101", false),
            ("+025-01-01", false),
            ("2025-01-01 ", false),
            ("２０２５-01-01", false),
        ];
        for (text, ok) in cases {
            assert_eq!(Date::parse(text).is_some(), ok, "{text}");
        }
        assert_eq!(d("0999-12-31").to_string(), "0999-12-31");
    }

    #[test]
    fn age_counts_completed_years() {
        let cases = [
            ("2011-07-01", "2025-07-01", 14),
            ("2011-07-02", "2025-07-01", 13),
            ("2008-02-29", "2025-02-28", 16),
            ("2008-02-29", "2025-03-01", 17),
            ("2008-02-29", "2024-02-28", 15),
            ("2008-02-29", "2024-02-29", 16),
            ("2025-07-02", "2025-07-01", -1),
            ("2025-07-01", "2025-07-01", 0),
        ];
        for (born, on, age) in cases {
            assert_eq!(d(born).age_on(d(on)), age, "{born} on {on}");
        }
    }

    #[test]
    fn anniversaries_of_29_february_fall_on_1_march_in_common_years() {
        assert_eq!(d("2024-02-29").anniversary(1), d("2025-03-01"));
        assert_eq!(d("2024-02-29").anniversary(4), d("2028-02-29"));
        assert_eq!(d("2025-01-10").anniversary(2), d("2027-01-10"));
    }

    #[test]
    fn epoch_days_round_trip() {
        for days in (-800_000..800_000).step_by(997) {
            let date = Date::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days);
            assert_eq!(Date::parse(&date.to_string()).map(|x| x == date), {
                if (0..=9999).contains(&date.year()) {
                    Some(true)
                } else {
                    None
                }
            });
        }
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2025-07-01").days_until(d("2025-07-31")), 30);
    }

    #[test]
    fn vietnam_day_turns_at_17_utc() {
        // 2025-06-30T16:59:59Z is 23:59:59 in Hanoi; one second later it is 1 July.
        assert_eq!(Date::in_vietnam_at(1_751_302_799), d("2025-06-30"));
        assert_eq!(Date::in_vietnam_at(1_751_302_800), d("2025-07-01"));
    }
}
