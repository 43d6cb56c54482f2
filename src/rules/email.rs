//! Email addresses (Decree 69/2024 Art. 11(2): optional): an RFC 5322
//! addr-spec, ASCII only, whose domain is a dot-atom with at least one dot; no
//! display name, no comments, no domain literal. Parsed with `email_address`.

use crate::check::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::Params;
use email_address::{EmailAddress, Options};

/// `email-invalid`.
pub fn check(check: &mut Check<'_, '_>) {
    let mut rule = check.rule(Field::ContactEmail);
    if let Some(email) = rule.text(Field::ContactEmail) {
        if !is_valid_email(email) {
            rule.report(IssueCode::EmailInvalid, Params::new());
        }
    }
}

/// Whether `text` is an address the form accepts.
pub fn is_valid_email(text: &str) -> bool {
    if !text.is_ascii() || text.contains('(') && !text.starts_with('"') {
        return false;
    }
    let options = Options {
        minimum_sub_domains: 2,
        allow_domain_literal: false,
        allow_display_text: false,
    };
    match EmailAddress::parse_with_options(text, options) {
        Ok(address) => {
            address.as_str() == text && address.domain().split('.').all(|label| !label.is_empty())
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let cases = [
            ("hanako.sato@example.jp", true),
            ("a+tag@sub.example.com", true),
            ("\"john doe\"@example.com", true),
            ("hanako at example", false),
            ("hanako@localhost", false),
            ("Hanako <hanako@example.jp>", false),
            ("hanako@[192.168.0.1]", false),
            ("hanako(comment)@example.jp", false),
            ("hanako@example..jp", false),
            ("花子@example.jp", false),
            ("hanako@例え.jp", false),
            ("@example.jp", false),
            ("hanako@", false),
            ("hanako@@example.jp", false),
            ("hanako@.example.jp", false),
        ];
        for (text, ok) in cases {
            assert_eq!(is_valid_email(text), ok, "{text}");
        }
    }
}
