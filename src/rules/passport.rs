//! Passport numbers: the ICAO Doc 9303 shape (1 to 9 of A-Z 0-9 after
//! normalizing), and the known shapes of the issuing states in
//! `data/passport-patterns.tsv` (a warning only: states change formats).

use crate::check::Check;
use crate::code::IssueCode;
use crate::data;
use crate::field::Field;
use crate::report::{params, Params};
use crate::text;

/// One state's known passport-number shapes, as an automaton built from
/// `data/passport-patterns.tsv` at build time.
pub use crate::data::PassportPattern as StatePattern;

/// The known pattern of a state, if any.
pub use crate::data::passport_pattern as pattern_of;

/// The ICAO shape of a passport number: 1 to 9 characters of A-Z and 0-9.
pub fn has_passport_shape(number: &str) -> bool {
    (1..=9).contains(&number.len())
        && number
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// The states with a known pattern, as the data file lists them.
pub fn state_patterns() -> &'static [StatePattern] {
    data::PASSPORT_PATTERNS
}

/// `passport-number-format`, then the `passport-number-pattern` warning, for
/// the applicant's passport number.
pub fn check(check: &mut Check<'_, '_>) {
    let mut rule = check.rule(Field::PassportNumber);
    let Some(raw) = rule.text(Field::PassportNumber) else {
        return;
    };
    let number = text::document_number(raw);
    if !has_passport_shape(&number) {
        rule.report(IssueCode::PassportNumberFormat, Params::new());
        return;
    }
    rule.normalize(number.clone());
    if let Some(state) = rule.text(Field::PassportIssuingState) {
        if pattern_of(state).is_some_and(|pattern| !pattern.matches(&number)) {
            rule.report(
                IssueCode::PassportNumberPattern,
                params([("state", state.into())]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icao_shape() {
        for (number, ok) in [
            ("L898902C3", true),
            ("A", true),
            ("TK-12345#", false),
            ("TK12345678901", false),
            ("", false),
            ("tk1", false),
        ] {
            assert_eq!(has_passport_shape(number), ok, "{number}");
        }
    }

    #[test]
    fn the_21_states_of_form_1_1_each_with_an_example_of_its_pattern() {
        let states: Vec<_> = state_patterns().iter().map(|p| p.state).collect();
        assert_eq!(
            states,
            [
                "CHN", "KOR", "JPN", "DEU", "D", "USA", "TWN", "RUS", "IND", "THA", "FRA", "GBR",
                "AUS", "CAN", "SGP", "MYS", "PHL", "IDN", "NZL", "ITA", "ESP", "NLD"
            ]
        );
        for pattern in state_patterns() {
            assert!(pattern.matches(pattern.example), "{}", pattern.state);
        }
    }

    #[test]
    fn state_patterns_match_as_the_spec_writes_them() {
        let cases = [
            ("CHN", "E12345678", true),
            ("CHN", "G12345678", true),
            ("CHN", "EA1234567", true),
            ("CHN", "EI1234567", false),
            ("CHN", "EO1234567", false),
            ("CHN", "E1234567", false),
            // Hong Kong and Macao SAR passports also carry CHN: unwarned.
            ("CHN", "H12345678", true),
            ("CHN", "K12345678", true),
            ("CHN", "MA1234567", true),
            ("CHN", "KJ0123456", true),
            ("CHN", "H1234567", false),
            ("CHN", "A12345678", false),
            ("KOR", "M12345678", true),
            ("KOR", "M123A4567", true),
            ("KOR", "O12345678", true),
            ("KOR", "O123B4567", true),
            ("KOR", "X12345678", false),
            ("KOR", "M1234A567", false),
            ("JPN", "TK1234567", true),
            ("JPN", "T12345678", false),
            ("DEU", "C01X00T47", true),
            ("D", "C01X00T47", true),
            ("DEU", "C01X00T4A", false),
            ("DEU", "A01X00T47", false),
            ("USA", "123456789", true),
            ("USA", "A12345678", true),
            ("USA", "AB1234567", false),
            ("TWN", "312345678", true),
            ("TWN", "A12345678", false),
            ("RUS", "751234567", true),
            ("RUS", "7512345678", false),
            ("IND", "J1234567", true),
            ("IND", "J12345678", false),
            ("THA", "A123456", true),
            ("THA", "AA1234567", true),
            ("THA", "AAA123456", false),
            ("FRA", "18AB12345", true),
            ("FRA", "18A123456", false),
            ("GBR", "123456789", true),
            ("GBR", "A12345678", false),
            ("AUS", "N1234567", true),
            ("AUS", "PA1234567", true),
            ("AUS", "PA123456", false),
            ("CAN", "AB123456", true),
            ("CAN", "A123456BC", true),
            ("CAN", "A1234567B", false),
            ("SGP", "E1234567A", true),
            ("SGP", "E12345678", false),
            ("MYS", "A12345678", true),
            ("MYS", "B12345678", false),
            ("PHL", "P1234567A", true),
            ("PHL", "P1234567", false),
            ("IDN", "C1234567", true),
            ("IDN", "C12345678", false),
            ("NZL", "LA123456", true),
            ("NZL", "N123456", true),
            ("NZL", "LA1234567", false),
            ("ITA", "YA1234567", true),
            ("ITA", "121234567", true),
            ("ITA", "YAB123456", false),
            ("ESP", "PAA123456", true),
            ("ESP", "AB123456", true),
            ("ESP", "PAAA12345", false),
            ("NLD", "XN1234567", true),
            ("NLD", "SPECI2014", true),
            ("NLD", "XO1234567", false),
            ("NLD", "XN123456A", false),
        ];
        for (state, number, ok) in cases {
            assert_eq!(
                pattern_of(state).unwrap().matches(number),
                ok,
                "{state} {number}"
            );
        }
        assert!(pattern_of("SWE").is_none());
    }
}
