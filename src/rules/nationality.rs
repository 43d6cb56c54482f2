//! Nationality and issuing-state codes: the current ISO 3166-1 alpha-3 codes plus
//! the fourteen ICAO codes FORM.md names, kept as data in `data/nationalities.tsv`.

use crate::check::Check;
use crate::code::IssueCode;
use crate::data;
use crate::field::Field;
use crate::report::Params;

pub use crate::data::Nationality;

/// Every accepted code, sorted by code.
pub fn all() -> &'static [Nationality] {
    data::NATIONALITIES
}

/// Whether `code` is on the list (exact and case-sensitive).
pub fn is_known(code: &str) -> bool {
    data::nationality(code).is_some()
}

/// The state a code names, for comparing with an MRZ: `D` and `DEU` are one state.
pub fn same_state(a: &str, b: &str) -> bool {
    fn canonical(code: &str) -> &str {
        if code == "D" {
            "DEU"
        } else {
            code
        }
    }
    canonical(a) == canonical(b)
}

/// `nationality-unknown` for every nationality and issuing state, then
/// `nationality-vietnamese` for the applicant.
pub fn check(check: &mut Check<'_, '_>) {
    for field in [
        Field::ApplicantNationality,
        Field::PassportIssuingState,
        Field::RepresentativeNationality,
    ] {
        let mut rule = check.rule(field);
        let Some(code) = rule.text(field) else {
            continue;
        };
        if !is_known(code) {
            rule.report(IssueCode::NationalityUnknown, Params::new());
        } else if field == Field::ApplicantNationality && code == "VNM" {
            rule.report(IssueCode::NationalityVietnamese, Params::new());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_every_iso_code_and_the_fourteen_icao_codes() {
        assert_eq!(all().iter().filter(|n| !n.icao_only).count(), 249);
        let icao: Vec<_> = all()
            .iter()
            .filter(|n| n.icao_only)
            .map(|n| n.code)
            .collect();
        assert_eq!(
            icao,
            [
                "D", "EUE", "GBD", "GBN", "GBO", "GBP", "GBS", "UNA", "UNK", "UNO", "XXA", "XXB",
                "XXC", "XXX"
            ]
        );
        for (code, known) in [
            ("SWE", true),
            ("VNM", true),
            ("D", true),
            ("swe", false),
            ("UTO", false),
            ("ZZZ", false),
            ("", false),
        ] {
            assert_eq!(is_known(code), known, "{code}");
        }
        assert!(same_state("D", "DEU") && !same_state("D", "AUT"));
    }
}
