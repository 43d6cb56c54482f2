//! The representative (Decree 69/2024 Art. 11(1)(d); Civil Code 2015): required
//! for an applicant under 14 or a ward and only then, an adult, with a level 2
//! account when the applicant asks for level 1, and identified by a Vietnamese
//! personal ID number or a passport number that is not the applicant's own.

use super::eligibility::REPRESENTATIVE_MIN_AGE;
use super::passport::has_passport_shape;
use crate::check::{Check, Rule};
use crate::code::IssueCode;
use crate::field::Field;
use crate::personal_id;
use crate::report::{params, Params};
use crate::text;

/// In FORM.md's order: `representative-required` or
/// `representative-not-applicable` at the block, `representative-too-young`,
/// `representative-needs-level-2` (or `required`), then the ID number:
/// `passport-number-format` or `personal-id-format`, `personal-id-mismatch`,
/// `personal-id-province-unknown`, `representative-is-applicant`.
pub fn check(check: &mut Check<'_, '_>) {
    check_presence(&mut check.rule_over(Field::Representative));
    check_age(&mut check.rule(Field::RepresentativeDateOfBirth));
    check_level_2(&mut check.rule(Field::RepresentativeHasLevel2Account));
    check_id_number(&mut check.rule(Field::RepresentativeIdNumber));
}

fn check_presence(rule: &mut Rule<'_, '_, '_>) {
    let required = rule.representative_required();
    match (required, rule.is_given(Field::Representative)) {
        (Some(true), false) => rule.report(IssueCode::RepresentativeRequired, Params::new()),
        (Some(false), true) => {
            // Reported once; the block's own fields are not judged.
            rule.clear_inside();
            rule.report(IssueCode::RepresentativeNotApplicable, Params::new());
        }
        _ => {}
    }
}

/// Whether the block's fields are judged: it is given, and has no error of its
/// own (`representative-not-applicable` included).
fn judged(rule: &mut Rule<'_, '_, '_>) -> bool {
    rule.is_given(Field::Representative) && !rule.has_error(Field::Representative)
}

fn check_age(rule: &mut Rule<'_, '_, '_>) {
    if !judged(rule) {
        return;
    }
    if let Some(born) = rule.date(Field::RepresentativeDateOfBirth) {
        let age = born.age_on(rule.today());
        if age < REPRESENTATIVE_MIN_AGE {
            rule.report(
                IssueCode::RepresentativeTooYoung,
                params([("age", age.into()), ("min", REPRESENTATIVE_MIN_AGE.into())]),
            );
        }
    }
}

fn check_level_2(rule: &mut Rule<'_, '_, '_>) {
    if !judged(rule) || rule.level() != Some(1) || rule.representative_required() != Some(true) {
        return;
    }
    match rule.flag(Field::RepresentativeHasLevel2Account) {
        Some(false) => rule.report(IssueCode::RepresentativeNeedsLevel2, Params::new()),
        None if !rule.is_given(Field::RepresentativeHasLevel2Account) => {
            rule.report(IssueCode::Required, Params::new());
        }
        _ => {}
    }
}

fn check_id_number(rule: &mut Rule<'_, '_, '_>) {
    let field = Field::RepresentativeIdNumber;
    if !judged(rule) {
        return;
    }
    let Some(raw) = rule.text(field) else {
        return;
    };
    let number = text::document_number(raw);
    match rule.text(Field::RepresentativeIdKind) {
        Some("passport") => {
            if !has_passport_shape(&number) {
                rule.report(IssueCode::PassportNumberFormat, Params::new());
                return;
            }
            rule.normalize(number.clone());
        }
        Some("vn-personal-id") => {
            if !personal_id::has_personal_id_shape(&number) {
                rule.report(IssueCode::PersonalIdFormat, Params::new());
                return;
            }
            rule.normalize(number.clone());
            let sex = rule.text(Field::RepresentativeSex);
            let born = rule.date(Field::RepresentativeDateOfBirth);
            if let Some(part) = personal_id::first_disagreement(&number, sex, born) {
                rule.report(
                    IssueCode::PersonalIdMismatch,
                    params([("part", part.as_str().into())]),
                );
            } else if !personal_id::is_known_province(&number) {
                let province = number[..3].to_string();
                rule.report(
                    IssueCode::PersonalIdProvinceUnknown,
                    params([("province", province.into())]),
                );
            }
        }
        _ => {}
    }
    if let Some(passport) = rule.text(Field::PassportNumber) {
        if text::document_number(passport) == number {
            rule.report(IssueCode::RepresentativeIsApplicant, Params::new());
        }
    }
}
