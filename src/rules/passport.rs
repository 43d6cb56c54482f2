//! Passport numbers: the ICAO Doc 9303 shape (1 to 9 of A-Z 0-9 after
//! normalizing), and the known shapes of the issuing states in
//! `data/passport-patterns.tsv` (a warning only: states change formats).

use crate::check::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::{params, Params};
use crate::text;
use serde_json::Value;
use std::sync::OnceLock;

const PATTERNS: &str = include_str!("../data/passport-patterns.tsv");

/// The ICAO shape of a passport number: 1 to 9 characters of A-Z and 0-9.
pub fn has_passport_shape(number: &str) -> bool {
    (1..=9).contains(&number.len())
        && number
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// One state's known passport-number shape.
#[derive(Debug)]
pub struct StatePattern {
    pub state: &'static str,
    alternatives: Vec<Vec<Atom>>,
    /// An example of the shape, for messages.
    pub example: &'static str,
}

/// One position class with its count, as in `[A-Z]{2}`.
#[derive(Debug)]
struct Atom {
    ranges: Vec<(u8, u8)>,
    min: usize,
    max: usize,
}

impl StatePattern {
    /// Whether the whole `number` has one of the state's shapes.
    pub fn matches(&self, number: &str) -> bool {
        self.alternatives
            .iter()
            .any(|atoms| matches_atoms(atoms, number.as_bytes()))
    }
}

fn matches_atoms(atoms: &[Atom], input: &[u8]) -> bool {
    let Some((atom, rest)) = atoms.split_first() else {
        return input.is_empty();
    };
    let taken = input
        .iter()
        .take(atom.max)
        .take_while(|&&b| atom.ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&b)))
        .count();
    (atom.min..=taken)
        .rev()
        .any(|n| matches_atoms(rest, &input[n..]))
}

/// Parses the pattern subset of the data file: literals, `[...]` classes with
/// ranges, `{n}` / `{n,m}` counts, `|` between alternatives.
fn parse_pattern(pattern: &str) -> Option<Vec<Vec<Atom>>> {
    pattern.split('|').map(parse_alternative).collect()
}

fn parse_alternative(text: &str) -> Option<Vec<Atom>> {
    let bytes = text.as_bytes();
    let mut atoms = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let mut ranges = Vec::new();
        if bytes[at] == b'[' {
            let close = at + text[at..].find(']')?;
            let class = &bytes[at + 1..close];
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    ranges.push((class[i], class[i + 2]));
                    i += 3;
                } else {
                    ranges.push((class[i], class[i]));
                    i += 1;
                }
            }
            at = close + 1;
        } else {
            ranges.push((bytes[at], bytes[at]));
            at += 1;
        }
        let (mut min, mut max) = (1, 1);
        if bytes.get(at) == Some(&b'{') {
            let close = at + text[at..].find('}')?;
            let counts = &text[at + 1..close];
            let (low, high) = counts.split_once(',').unwrap_or((counts, counts));
            min = low.parse().ok()?;
            max = high.parse().ok()?;
            at = close + 1;
        }
        atoms.push(Atom { ranges, min, max });
    }
    Some(atoms)
}

/// The states with a known pattern, as the data file lists them.
pub fn state_patterns() -> &'static [StatePattern] {
    static TABLE: OnceLock<Vec<StatePattern>> = OnceLock::new();
    TABLE.get_or_init(|| {
        PATTERNS
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let state = columns.next()?;
                let alternatives = parse_pattern(columns.next()?)?;
                let example = columns.next()?;
                Some(StatePattern {
                    state,
                    alternatives,
                    example,
                })
            })
            .collect()
    })
}

/// The known pattern of a state, if any.
pub fn pattern_of(state: &str) -> Option<&'static StatePattern> {
    state_patterns().iter().find(|p| p.state == state)
}

/// `passport-number-format`, then the `passport-number-pattern` warning, for
/// the applicant's passport number.
pub fn check(check: &mut Check<'_>) {
    let mut rule = check.rule(Field::PassportNumber);
    let Some(raw) = rule.text(Field::PassportNumber) else {
        return;
    };
    let number = text::document_number(&raw);
    if !has_passport_shape(&number) {
        rule.report(IssueCode::PassportNumberFormat, Params::new());
        return;
    }
    rule.normalize(Value::String(number.clone()));
    if let Some(state) = rule.text(Field::PassportIssuingState) {
        if pattern_of(&state).is_some_and(|pattern| !pattern.matches(&number)) {
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
    fn every_listed_state_has_a_parsable_pattern_that_its_example_matches() {
        let states: Vec<_> = state_patterns().iter().map(|p| p.state).collect();
        assert_eq!(states, ["CHN", "KOR", "JPN", "DEU", "D", "USA"]);
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
            ("KOR", "M12345678", true),
            ("KOR", "M123A4567", true),
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
