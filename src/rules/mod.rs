//! The rules of FORM.md, one module per family, each with one entry point,
//! `check`, run in the order the spec lists them. A rule reads and reports
//! through [`crate::check::Rule`], which records what it reads.

pub mod contact;
pub mod document_dates;
pub mod eligibility;
pub mod email;
pub mod mrz;
pub mod names;
pub mod nationality;
pub mod passport;
pub mod phone;
pub mod representative;
pub mod residence_card;

use crate::check::Check;

/// Every rule family, in the order FORM.md lists the rules: an earlier rule's
/// error at a field keeps later rules from judging with it.
pub const ORDER: [fn(&mut Check<'_, '_>); 11] = [
    names::check,
    eligibility::check,
    nationality::check,
    passport::check,
    document_dates::check,
    mrz::check,
    residence_card::check,
    contact::check,
    phone::check,
    email::check,
    representative::check,
];
