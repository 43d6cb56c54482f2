//! The Vietnamese 12-digit personal identification number, the format the
//! representative's rules judge (`rules::representative`) (Law on
//! Identification 2023 Art. 12; Decree 137/2015; Circular 07/2016): PPP
//! province, G century and sex, YY birth year, RRRRRR random. Province codes are
//! data in `data/vn-provinces.tsv`.

use crate::data;
use crate::date::Date;

/// A part of the number that disagrees with the holder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disagreement {
    Sex,
    Century,
    Year,
}

impl Disagreement {
    pub fn as_str(self) -> &'static str {
        match self {
            Disagreement::Sex => "sex",
            Disagreement::Century => "century",
            Disagreement::Year => "year",
        }
    }
}

/// Twelve ASCII digits.
pub fn has_personal_id_shape(number: &str) -> bool {
    number.len() == 12 && number.bytes().all(|b| b.is_ascii_digit())
}

/// The first part (sex, century, year) that disagrees with the holder's sex
/// (`M`, `F`; `X` skips the sex part) and date of birth, for a 12-digit number.
/// The G digit: 0/1 for men/women born 1900-1999, 2/3 for 2000-2099, and so on
/// every century (4/5, 6/7, 8/9).
pub fn first_disagreement(
    number: &str,
    sex: Option<&str>,
    born: Option<Date>,
) -> Option<Disagreement> {
    let digits = number.as_bytes();
    let g = i32::from(digits[3] - b'0');
    let yy = i32::from(digits[4] - b'0') * 10 + i32::from(digits[5] - b'0');
    let female = g % 2 == 1;
    match sex {
        Some("M") if female => return Some(Disagreement::Sex),
        Some("F") if !female => return Some(Disagreement::Sex),
        _ => {}
    }
    let born = born?;
    if 1900 + (g / 2) * 100 != born.year() - born.year().rem_euclid(100) {
        return Some(Disagreement::Century);
    }
    (yy != born.year().rem_euclid(100)).then_some(Disagreement::Year)
}

/// Whether the first three digits are a province code of Circular 07/2016.
pub fn is_known_province(number: &str) -> bool {
    number
        .get(..3)
        .is_some_and(|code| data::province(code).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn born(text: &str) -> Option<Date> {
        Date::parse(text)
    }

    #[test]
    fn century_and_sex_digit() {
        let cases = [
            ("001084012345", "M", "1984-11-02", None),
            ("001184012345", "M", "1984-11-02", Some(Disagreement::Sex)),
            ("001184012345", "F", "1984-11-02", None),
            ("001184012345", "X", "1984-11-02", None),
            ("001205012345", "M", "2005-01-01", None),
            ("001305012345", "F", "2005-01-01", None),
            (
                "001005012345",
                "M",
                "2005-01-01",
                Some(Disagreement::Century),
            ),
            ("001085012345", "M", "1984-11-02", Some(Disagreement::Year)),
            (
                "001284012345",
                "M",
                "1984-11-02",
                Some(Disagreement::Century),
            ),
        ];
        for (number, sex, date, expected) in cases {
            assert_eq!(
                first_disagreement(number, Some(sex), born(date)),
                expected,
                "{number} {sex} {date}"
            );
        }
        assert_eq!(first_disagreement("001184012345", None, None), None);
    }

    #[test]
    fn shapes_and_provinces() {
        assert!(has_personal_id_shape("001084012345"));
        assert!(!has_personal_id_shape("00108401234"));
        assert!(!has_personal_id_shape("00108401234a"));
        assert!(is_known_province("079084012345"));
        assert!(!is_known_province("003084012345"));
        assert!(!is_known_province("097084012345"));
    }
}
