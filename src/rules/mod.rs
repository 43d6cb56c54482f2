//! The rules of FORM.md, one module per family, run in the order the spec lists
//! them. A rule asks [`Check`] for the values it needs; a value whose field
//! already carries an error is not handed out, so one mistake yields one issue.

mod contact;
mod document_dates;
pub mod eligibility;
pub mod email;
pub mod mrz;
pub mod names;
pub mod nationality;
pub mod passport;
pub mod personal_id;
pub mod phone;
mod representative;
pub mod residence_card;

use crate::code::IssueCode;
use crate::date::Date;
use crate::field::Field;
use crate::form::{Form, Read};
use crate::report::{Findings, Params};

/// What the rules share while they judge one application.
pub struct Check<'a> {
    pub form: &'a mut Form,
    pub findings: &'a mut Findings,
    pub today: Date,
}

impl Check<'_> {
    /// Records an issue (subject to one issue per field).
    pub fn add(&mut self, field: Field, code: IssueCode, params: Params) {
        self.findings.add(field, code, params);
    }

    pub fn has_error(&self, field: Field) -> bool {
        self.findings.has_error(field)
    }

    /// Whether the field was given at all (with or without an error).
    pub fn is_given(&self, field: Field) -> bool {
        self.form.is_given(field)
    }

    fn usable(&self, field: Field) -> Option<&Read> {
        if self.has_error(field) {
            return None;
        }
        self.form.read_of(field)
    }

    /// The trimmed text of a field that has no error.
    pub fn text(&self, field: Field) -> Option<String> {
        match self.usable(field)? {
            Read::Text(text) => Some(text.clone()),
            _ => None,
        }
    }

    /// The date of a field that has no error.
    pub fn date(&self, field: Field) -> Option<Date> {
        match self.usable(field)? {
            Read::Date(date) => Some(*date),
            _ => None,
        }
    }

    /// The flag of a field that has no error.
    pub fn flag(&self, field: Field) -> Option<bool> {
        match self.usable(field)? {
            Read::Flag(flag) => Some(*flag),
            _ => None,
        }
    }

    pub fn level(&self) -> Option<u8> {
        match self.usable(Field::Level)? {
            Read::Level(level) => Some(*level),
            _ => None,
        }
    }

    /// The applicant's completed years, from a date of birth with no error.
    pub fn applicant_age(&self) -> Option<i32> {
        self.date(Field::ApplicantDateOfBirth)
            .map(|born| born.age_on(self.today))
    }

    /// Whether the applicant needs a representative (a ward, or under 14);
    /// `None` when that cannot be known.
    pub fn representative_required(&self) -> Option<bool> {
        if self.flag(Field::ApplicantWard) == Some(true) {
            return Some(true);
        }
        self.applicant_age().map(|age| age < 14)
    }
}

/// Runs every rule family in the order FORM.md lists them.
pub fn run(check: &mut Check<'_>) {
    names::check(check);
    eligibility::check_dates_of_birth(check);
    nationality::check(check);
    eligibility::check_level(check);
    passport::check(check);
    document_dates::check(check);
    mrz::check(check);
    residence_card::check(check);
    contact::check(check);
    representative::check(check);
}

/// The fields whose issues can change when `field` changes, besides the field
/// itself and what lies inside it: the fields whose rules read it.
pub fn affected_by(field: Field) -> &'static [Field] {
    use Field::*;
    match field {
        Level => &[Contact, ContactPhone, RepresentativeHasLevel2Account][..],
        ApplicantFullName | ApplicantSex | ApplicantNationality => &[PassportMrz],
        ApplicantDateOfBirth => &[
            Level,
            PassportIssueDate,
            ResidenceCardIssueDate,
            PassportMrz,
            ContactPhoneOwner,
            Representative,
        ],
        ApplicantWard => &[ContactPhoneOwner, Representative],
        Passport => &[Representative],
        PassportNumber => &[PassportMrz, RepresentativeIdNumber],
        PassportIssuingState => &[PassportNumber, PassportMrz],
        PassportIssueDate => &[PassportExpiryDate],
        PassportExpiryDate => &[PassportIssueDate, PassportMrz, ResidenceCardExpiryDate],
        PassportMrz => &[
            ApplicantFullName,
            ApplicantDateOfBirth,
            ApplicantSex,
            ApplicantNationality,
            PassportNumber,
            PassportIssuingState,
            PassportExpiryDate,
            Level,
            ContactPhoneOwner,
            Representative,
        ],
        ResidenceCardKind => &[ResidenceCardSymbol, ResidenceCardExpiryDate],
        ResidenceCardSymbol | ResidenceCardIssueDate => &[ResidenceCardExpiryDate],
        ResidenceCardExpiryDate => &[ResidenceCardIssueDate],
        ContactPhone => &[Contact, ContactPhoneOwner, ContactPhoneOwnershipConfirmed],
        ContactEmail => &[Contact],
        RepresentativeDateOfBirth | RepresentativeSex | RepresentativeIdKind => {
            &[RepresentativeIdNumber]
        }
        _ => &[],
    }
}
