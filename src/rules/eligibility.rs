//! Ages and eligibility (Decree 69/2024 Art. 7(2), Art. 11(1)(d)): completed
//! years at the reference date, plausible dates of birth, level 2 from 6 years,
//! a representative under 14 or for a ward; and the report's `derived` values.

use crate::check::Check;
use crate::code::IssueCode;
use crate::date::Date;
use crate::field::Field;
use crate::form::{Form, Read};
use crate::report::{params, Derived, Findings};

/// The oldest age the form accepts, in completed years.
pub const MAX_AGE: i32 = 130;
/// Level 2 accounts from this age ("từ đủ 06 tuổi").
pub const LEVEL_2_MIN_AGE: i32 = 6;
/// Under this age a representative registers for the applicant.
pub const REPRESENTED_UNDER: i32 = 14;
/// The youngest a representative may be.
pub const REPRESENTATIVE_MIN_AGE: i32 = 18;

/// `date-in-future` and `age-implausible` for the applicant and the
/// representative, then `level-2-needs-age-6`.
pub fn check(check: &mut Check<'_, '_>) {
    for field in [
        Field::ApplicantDateOfBirth,
        Field::RepresentativeDateOfBirth,
    ] {
        let mut rule = check.rule(field);
        let Some(born) = rule.date(field) else {
            continue;
        };
        let today = rule.today();
        if born > today {
            let date = born.to_string();
            rule.report(IssueCode::DateInFuture, params([("date", date.into())]));
        } else if born.age_on(today) > MAX_AGE {
            rule.report(IssueCode::AgeImplausible, params([("max", MAX_AGE.into())]));
        }
    }
    let mut rule = check.rule(Field::Level);
    if rule.level() == Some(2) {
        if let Some(age) = rule.applicant_age() {
            if age < LEVEL_2_MIN_AGE {
                rule.report(IssueCode::Level2NeedsAge6, params([("age", age.into())]));
            }
        }
    }
}

/// Whether an applicant needs a representative: a ward does, and so does anyone
/// under 14; `None` when that cannot be known.
pub fn representative_required(ward: Option<bool>, age: Option<i32>) -> Option<bool> {
    if ward == Some(true) {
        return Some(true);
    }
    age.map(|age| age < REPRESENTED_UNDER)
}

/// The highest level an applicant of this age may ask for.
pub fn max_level(age: i32) -> u8 {
    if age >= LEVEL_2_MIN_AGE {
        2
    } else {
        1
    }
}

/// `derived`: the age from a real, not-future date of birth; whether a
/// representative is needed and the highest level, null when the date of birth
/// has any error (FORM.md, Precise readings).
pub fn derive(form: &Form, findings: &Findings, today: Date) -> Derived {
    let born = match form.read_of(Field::ApplicantDateOfBirth) {
        Some(Read::Date(date)) if date <= today => Some(date),
        _ => None,
    };
    let age = born.map(|b| b.age_on(today));
    let usable_age = age.filter(|_| !findings.has_error(Field::ApplicantDateOfBirth));
    let ward = match form.read_of(Field::ApplicantWard) {
        Some(Read::Flag(flag)) if !findings.has_error(Field::ApplicantWard) => Some(flag),
        _ => None,
    };
    Derived {
        age,
        // Null for a ward whose date of birth has an error (the literal reading).
        representative_required: usable_age.and(representative_required(ward, usable_age)),
        max_level: usable_age.map(max_level),
    }
}
