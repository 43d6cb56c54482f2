//! Document dates (Decree 69/2024 Art. 15: an expired document locks the account):
//! expired, issued in the future, issued before the holder's birth, expiry not
//! after issue. Issue-date rules name the issue date; expiry rules the expiry date.

use super::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::{params, Params};

const DOCUMENTS: [(Field, Field); 2] = [
    (Field::PassportIssueDate, Field::PassportExpiryDate),
    (
        Field::ResidenceCardIssueDate,
        Field::ResidenceCardExpiryDate,
    ),
];

pub(super) fn check(check: &mut Check<'_>) {
    for (_, expiry) in DOCUMENTS {
        if let Some(date) = check.date(expiry) {
            if date < check.today {
                check.add(
                    expiry,
                    IssueCode::DocumentExpired,
                    params([("date", date.to_string().into())]),
                );
            }
        }
    }
    for (issue, _) in DOCUMENTS {
        if let Some(date) = check.date(issue) {
            if date > check.today {
                check.add(
                    issue,
                    IssueCode::IssuedInFuture,
                    params([("date", date.to_string().into())]),
                );
            }
        }
    }
    if let Some(born) = check.date(Field::ApplicantDateOfBirth) {
        for (issue, _) in DOCUMENTS {
            if check.date(issue).is_some_and(|date| date < born) {
                check.add(issue, IssueCode::IssuedBeforeBirth, Params::new());
            }
        }
    }
    for (issue, expiry) in DOCUMENTS {
        if let (Some(issued), Some(expires)) = (check.date(issue), check.date(expiry)) {
            if expires <= issued {
                check.add(expiry, IssueCode::ExpiryBeforeIssue, Params::new());
            }
        }
    }
}
