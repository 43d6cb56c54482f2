//! Ages and eligibility (Decree 69/2024 Art. 7(2)): completed years at the
//! reference date, level 2 from 6 years, plausible dates of birth.

use super::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::params;

/// The oldest age the form accepts, in completed years.
pub const MAX_AGE: i32 = 130;
/// Level 2 accounts from this age ("từ đủ 06 tuổi").
pub const LEVEL_2_MIN_AGE: i32 = 6;
/// Under this age a representative registers for the applicant.
pub const REPRESENTED_UNDER: i32 = 14;
/// The youngest a representative may be.
pub const REPRESENTATIVE_MIN_AGE: i32 = 18;

/// `date-in-future` and `age-implausible`, for the applicant and the representative.
pub(super) fn check_dates_of_birth(check: &mut Check<'_>) {
    for field in [
        Field::ApplicantDateOfBirth,
        Field::RepresentativeDateOfBirth,
    ] {
        let Some(born) = check.date(field) else {
            continue;
        };
        if born > check.today {
            let date = born.to_string();
            check.add(
                field,
                IssueCode::DateInFuture,
                params([("date", date.into())]),
            );
        } else if born.age_on(check.today) > MAX_AGE {
            check.add(
                field,
                IssueCode::AgeImplausible,
                params([("max", MAX_AGE.into())]),
            );
        }
    }
}

/// `level-2-needs-age-6`.
pub(super) fn check_level(check: &mut Check<'_>) {
    if check.level() != Some(2) {
        return;
    }
    if let Some(age) = check.applicant_age() {
        if age < LEVEL_2_MIN_AGE {
            check.add(
                Field::Level,
                IssueCode::Level2NeedsAge6,
                params([("age", age.into())]),
            );
        }
    }
}
