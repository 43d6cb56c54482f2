//! The representative (Decree 69/2024 Art. 11(1)(d); Civil Code 2015): required
//! for an applicant under 14 or a ward, an adult, with a level 2 account when
//! the applicant asks for level 1, and not the applicant themself.

use super::eligibility::REPRESENTATIVE_MIN_AGE;
use super::personal_id;
use super::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::{params, Params};
use crate::text;
use serde_json::Value;

pub(super) fn check(check: &mut Check<'_>) {
    let required = check.representative_required();
    let given = check.is_given(Field::Representative);
    match (required, given) {
        (Some(true), false) => {
            check.add(
                Field::Representative,
                IssueCode::RepresentativeRequired,
                Params::new(),
            );
            return;
        }
        (Some(false), true) => {
            // Reported once; the block's own fields are not judged.
            check.findings.clear_within(Field::Representative);
            check.add(
                Field::Representative,
                IssueCode::RepresentativeNotApplicable,
                Params::new(),
            );
            return;
        }
        (_, false) => return,
        _ => {}
    }
    if check.has_error(Field::Representative) {
        return;
    }
    if let Some(born) = check.date(Field::RepresentativeDateOfBirth) {
        let age = born.age_on(check.today);
        if age < REPRESENTATIVE_MIN_AGE {
            check.add(
                Field::RepresentativeDateOfBirth,
                IssueCode::RepresentativeTooYoung,
                params([("age", age.into()), ("min", REPRESENTATIVE_MIN_AGE.into())]),
            );
        }
    }
    if check.level() == Some(1) && required == Some(true) {
        match check.flag(Field::RepresentativeHasLevel2Account) {
            Some(false) => check.add(
                Field::RepresentativeHasLevel2Account,
                IssueCode::RepresentativeNeedsLevel2,
                Params::new(),
            ),
            None if !check.is_given(Field::RepresentativeHasLevel2Account) => check.add(
                Field::RepresentativeHasLevel2Account,
                IssueCode::Required,
                Params::new(),
            ),
            _ => {}
        }
    }
    check_id_number(check);
}

fn check_id_number(check: &mut Check<'_>) {
    let field = Field::RepresentativeIdNumber;
    let Some(raw) = check.text(field) else {
        return;
    };
    let number = text::document_number(&raw);
    if check.text(Field::RepresentativeIdKind).as_deref() == Some("vn-personal-id") {
        if !personal_id::has_personal_id_shape(&number) {
            check.add(field, IssueCode::PersonalIdFormat, Params::new());
            return;
        }
        check
            .form
            .set_normalized(field, Value::String(number.clone()));
        let sex = check.text(Field::RepresentativeSex);
        let born = check.date(Field::RepresentativeDateOfBirth);
        if let Some(part) = personal_id::first_disagreement(&number, sex.as_deref(), born) {
            check.add(
                field,
                IssueCode::PersonalIdMismatch,
                params([("part", part.as_str().into())]),
            );
        } else if !personal_id::is_known_province(&number) {
            let province = number[..3].to_string();
            check.add(
                field,
                IssueCode::PersonalIdProvinceUnknown,
                params([("province", province.into())]),
            );
        }
    }
    if let Some(passport) = check.text(Field::PassportNumber) {
        if text::document_number(&passport) == number {
            check.add(field, IssueCode::RepresentativeIsApplicant, Params::new());
        }
    }
}
