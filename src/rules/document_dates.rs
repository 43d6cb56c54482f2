//! Document dates (Decree 69/2024 Art. 15: an expired document locks the account):
//! expired, issued in the future, issued before the holder's birth, expiry not
//! after issue. Issue-date rules name the issue date; expiry rules the expiry date.

use crate::check::Check;
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

/// `document-expired`, `issued-in-future`, `issued-before-birth` and
/// `expiry-before-issue`, for the passport and the residence card.
pub fn check(check: &mut Check<'_, '_>) {
    for (_, expiry) in DOCUMENTS {
        let mut rule = check.rule(expiry);
        if let Some(date) = rule.date(expiry) {
            if date < rule.today() {
                rule.report(
                    IssueCode::DocumentExpired,
                    params([("date", date.to_string().into())]),
                );
            }
        }
    }
    for (issue, _) in DOCUMENTS {
        let mut rule = check.rule(issue);
        if let Some(date) = rule.date(issue) {
            if date > rule.today() {
                rule.report(
                    IssueCode::IssuedInFuture,
                    params([("date", date.to_string().into())]),
                );
            }
        }
    }
    for (issue, _) in DOCUMENTS {
        let mut rule = check.rule(issue);
        if let (Some(born), Some(date)) = (rule.date(Field::ApplicantDateOfBirth), rule.date(issue))
        {
            if date < born {
                rule.report(IssueCode::IssuedBeforeBirth, Params::new());
            }
        }
    }
    for (issue, expiry) in DOCUMENTS {
        let mut rule = check.rule(expiry);
        if let (Some(issued), Some(expires)) = (rule.date(issue), rule.date(expiry)) {
            if expires <= issued {
                rule.report(IssueCode::ExpiryBeforeIssue, Params::new());
            }
        }
    }
}
