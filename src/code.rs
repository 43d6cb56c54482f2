//! The stable issue codes of FORM.md. A code's text is also its Fluent message id,
//! so [`IssueCode::as_str`] is the one exhaustive match from code to message.

use serde::{Serialize, Serializer};
use std::fmt;

/// How much an issue matters: an error makes the report invalid, a warning does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

macro_rules! issue_codes {
    ($($variant:ident = $text:literal $(, $severity:ident)?;)*) => {
        /// Every issue the library, its batch checker or the reference server reports.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum IssueCode {
            $($variant,)*
        }

        impl IssueCode {
            /// All codes, in the order FORM.md lists them.
            pub const ALL: &'static [IssueCode] = &[$(IssueCode::$variant,)*];

            /// The stable wire text, which is also the Fluent message id.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(IssueCode::$variant => $text,)*
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(IssueCode::$variant => issue_codes!(@severity $($severity)?),)*
                }
            }

            /// The code with this wire text.
            pub fn from_name(text: &str) -> Option<IssueCode> {
                match text {
                    $($text => Some(IssueCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
    (@severity) => { Severity::Error };
    (@severity warning) => { Severity::Warning };
}

issue_codes! {
    Required = "required";
    InvalidType = "invalid-type";
    InvalidValue = "invalid-value";
    InvalidDate = "invalid-date";
    TooLong = "too-long";
    UnknownField = "unknown-field";
    InvalidJson = "invalid-json";
    PhoneAlreadyUsed = "phone-already-used";
    NameInvalid = "name-invalid";
    DateInFuture = "date-in-future";
    AgeImplausible = "age-implausible";
    NationalityUnknown = "nationality-unknown";
    NationalityVietnamese = "nationality-vietnamese";
    Level2NeedsAge6 = "level-2-needs-age-6";
    PassportNumberFormat = "passport-number-format";
    PassportNumberPattern = "passport-number-pattern", warning;
    DocumentExpired = "document-expired";
    IssuedInFuture = "issued-in-future";
    IssuedBeforeBirth = "issued-before-birth";
    ExpiryBeforeIssue = "expiry-before-issue";
    MrzFormat = "mrz-format";
    MrzCheckDigit = "mrz-check-digit";
    MrzMismatch = "mrz-mismatch";
    ResidenceCardNumberFormat = "residence-card-number-format";
    ResidenceSymbolUnknown = "residence-symbol-unknown";
    ResidenceValidityTooLong = "residence-validity-too-long";
    ResidenceOutlastsPassport = "residence-outlasts-passport", warning;
    ContactRequired = "contact-required";
    PhoneInvalid = "phone-invalid";
    PhoneNotVnMobile = "phone-not-vn-mobile";
    PhoneOwnerMustBeRepresentative = "phone-owner-must-be-representative";
    PhoneOwnerMustBeApplicant = "phone-owner-must-be-applicant";
    PhoneOwnershipUnconfirmed = "phone-ownership-unconfirmed";
    EmailInvalid = "email-invalid";
    RepresentativeRequired = "representative-required";
    RepresentativeNotApplicable = "representative-not-applicable";
    RepresentativeTooYoung = "representative-too-young";
    RepresentativeNeedsLevel2 = "representative-needs-level-2";
    PersonalIdFormat = "personal-id-format";
    PersonalIdMismatch = "personal-id-mismatch";
    PersonalIdProvinceUnknown = "personal-id-province-unknown", warning;
    RepresentativeIsApplicant = "representative-is-applicant";
}

impl fmt::Display for IssueCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for IssueCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &code in IssueCode::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert_eq!(IssueCode::from_name(code.as_str()), Some(code));
        }
        assert_eq!(IssueCode::ALL.len(), 42);
    }

    #[test]
    fn exactly_the_three_warnings_of_the_spec() {
        let warnings: Vec<_> = IssueCode::ALL
            .iter()
            .filter(|c| c.severity() == Severity::Warning)
            .map(|c| c.as_str())
            .collect();
        assert_eq!(
            warnings,
            [
                "passport-number-pattern",
                "residence-outlasts-passport",
                "personal-id-province-unknown"
            ]
        );
    }
}
