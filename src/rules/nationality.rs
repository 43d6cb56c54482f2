//! Nationality and issuing-state codes: the current ISO 3166-1 alpha-3 codes plus
//! the fourteen ICAO codes FORM.md names, kept as data in `data/nationalities.tsv`.

use crate::check::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::Params;
use std::sync::OnceLock;

const NATIONALITIES: &str = include_str!("../data/nationalities.tsv");

/// A code of the list with its English name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nationality {
    pub code: &'static str,
    pub name: &'static str,
    /// `true` for the ICAO-only codes (D, XXA, UNO, ...).
    pub icao_only: bool,
}

/// Every accepted code, sorted by code.
pub fn all() -> &'static [Nationality] {
    static TABLE: OnceLock<Vec<Nationality>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<Nationality> = NATIONALITIES
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let code = columns.next()?;
                let origin = columns.next()?;
                let name = columns.next()?;
                Some(Nationality {
                    code,
                    name,
                    icao_only: origin == "icao",
                })
            })
            .collect();
        table.sort_by_key(|n| n.code);
        table
    })
}

/// Whether `code` is on the list (exact and case-sensitive).
pub fn is_known(code: &str) -> bool {
    all().binary_search_by_key(&code, |n| n.code).is_ok()
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
pub fn check(check: &mut Check<'_>) {
    for field in [
        Field::ApplicantNationality,
        Field::PassportIssuingState,
        Field::RepresentativeNationality,
    ] {
        let mut rule = check.rule(field);
        let Some(code) = rule.text(field) else {
            continue;
        };
        if !is_known(&code) {
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
