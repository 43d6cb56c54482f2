//! Contact: a phone (required at level 2), whose it is and the declaration that
//! the subscription is registered in the owner's own name; level 1 needs a phone
//! or an email (Decree 69/2024 Art. 11). The number itself is judged by
//! [`super::phone`], the address by [`super::email`].

use crate::check::{Check, Rule};
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::Params;

/// `required` or `contact-required` at the block and the phone, then the
/// owner's rules: `required`, `phone-owner-must-be-*`,
/// `phone-ownership-unconfirmed`.
pub fn check(check: &mut Check<'_, '_>) {
    let mut rule = check.rule(Field::Contact);
    let level = rule.level();
    if !rule.is_given(Field::Contact) {
        match level {
            Some(1) => rule.report(IssueCode::ContactRequired, Params::new()),
            Some(_) => rule.report(IssueCode::Required, Params::new()),
            None => {}
        }
    } else if level == Some(1)
        && !rule.has_error(Field::Contact)
        && !rule.is_given(Field::ContactPhone)
        && !rule.is_given(Field::ContactEmail)
    {
        rule.report(IssueCode::ContactRequired, Params::new());
    }
    drop(rule);

    let mut rule = check.rule(Field::ContactPhone);
    if rule.is_block(Field::Contact)
        && !rule.is_given(Field::ContactPhone)
        && rule.level() == Some(2)
    {
        rule.report(IssueCode::Required, Params::new());
    }
    drop(rule);

    check_owner(&mut check.rule(Field::ContactPhoneOwner));
    check_ownership(&mut check.rule(Field::ContactPhoneOwnershipConfirmed));
}

/// Whose number it is matters only when a number is given (valid or not).
fn phone_given(rule: &mut Rule<'_, '_, '_>) -> bool {
    rule.is_given(Field::ContactPhone)
}

fn check_owner(rule: &mut Rule<'_, '_, '_>) {
    if !phone_given(rule) {
        return;
    }
    if !rule.is_given(Field::ContactPhoneOwner) {
        rule.report(IssueCode::Required, Params::new());
        return;
    }
    let (Some(owner), Some(represented)) = (
        rule.text(Field::ContactPhoneOwner),
        rule.representative_required(),
    ) else {
        return;
    };
    match (represented, owner) {
        (true, "applicant") => {
            rule.report(IssueCode::PhoneOwnerMustBeRepresentative, Params::new())
        }
        (false, "representative") => {
            rule.report(IssueCode::PhoneOwnerMustBeApplicant, Params::new())
        }
        _ => {}
    }
}

fn check_ownership(rule: &mut Rule<'_, '_, '_>) {
    if !phone_given(rule) || rule.has_error(Field::ContactPhoneOwnershipConfirmed) {
        return;
    }
    if rule.flag(Field::ContactPhoneOwnershipConfirmed) != Some(true) {
        rule.report(IssueCode::PhoneOwnershipUnconfirmed, Params::new());
    }
}
