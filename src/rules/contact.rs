//! Contact: a phone (required at level 2), the phone's owner and the declaration
//! that the subscription is registered in the owner's own name, and an optional
//! email. Level 1 needs a phone or an email (Decree 69/2024 Art. 11).

use super::email::is_valid_email;
use super::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::Params;

pub(super) fn check(check: &mut Check<'_>) {
    let level = check.level();
    if !check.is_given(Field::Contact) {
        match level {
            Some(1) => check.add(Field::Contact, IssueCode::ContactRequired, Params::new()),
            Some(_) => check.add(Field::Contact, IssueCode::Required, Params::new()),
            None => {}
        }
        return;
    }
    if check.has_error(Field::Contact) {
        return;
    }
    let phone_given = check.is_given(Field::ContactPhone);
    if !phone_given {
        match level {
            Some(2) => check.add(Field::ContactPhone, IssueCode::Required, Params::new()),
            Some(1) if !check.is_given(Field::ContactEmail) => {
                check.add(Field::Contact, IssueCode::ContactRequired, Params::new());
            }
            _ => {}
        }
    }
    super::phone::check(check);
    if phone_given {
        check_owner(check);
    }
    if let Some(email) = check.text(Field::ContactEmail) {
        if !is_valid_email(&email) {
            check.add(Field::ContactEmail, IssueCode::EmailInvalid, Params::new());
        }
    }
}

fn check_owner(check: &mut Check<'_>) {
    if !check.is_given(Field::ContactPhoneOwner) {
        check.add(Field::ContactPhoneOwner, IssueCode::Required, Params::new());
    }
    if let (Some(owner), Some(represented)) = (
        check.text(Field::ContactPhoneOwner),
        check.representative_required(),
    ) {
        match (represented, owner.as_str()) {
            (true, "applicant") => check.add(
                Field::ContactPhoneOwner,
                IssueCode::PhoneOwnerMustBeRepresentative,
                Params::new(),
            ),
            (false, "representative") => check.add(
                Field::ContactPhoneOwner,
                IssueCode::PhoneOwnerMustBeApplicant,
                Params::new(),
            ),
            _ => {}
        }
    }
    let confirmed = check.flag(Field::ContactPhoneOwnershipConfirmed);
    if !check.has_error(Field::ContactPhoneOwnershipConfirmed) && confirmed != Some(true) {
        check.add(
            Field::ContactPhoneOwnershipConfirmed,
            IssueCode::PhoneOwnershipUnconfirmed,
            Params::new(),
        );
    }
}
