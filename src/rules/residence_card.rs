//! Residence cards (Decree 69/2024 Art. 7(2): no card, no account): the card
//! number, the temporary card's symbol with the Đ/D spelling, the longest
//! validity of each symbol (Law 47/2014 Art. 38 as amended), and the 30-day gap
//! before the passport's expiry. Symbols and spans are data in
//! `data/residence-symbols.tsv`.

use crate::check::{Check, Rule};
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::{params, Params};
use crate::{data, text};

pub use crate::data::ResidenceSymbol;

/// A card must end at least this many days before the passport does.
pub const DAYS_BEFORE_PASSPORT_EXPIRY: i64 = 30;

/// Every symbol, in the order of the law.
pub fn symbols() -> &'static [ResidenceSymbol] {
    data::RESIDENCE_SYMBOLS
}

/// The symbol as the law writes it: only the ASCII spellings LD1 LD2 DT1 DT2 DT3
/// map to their Đ forms; anything else is looked up exactly.
pub fn symbol_of(text: &str) -> Option<&'static ResidenceSymbol> {
    let spelled = match text {
        "LD1" => "LĐ1",
        "LD2" => "LĐ2",
        "DT1" => "ĐT1",
        "DT2" => "ĐT2",
        "DT3" => "ĐT3",
        other => other,
    };
    data::residence_symbol(spelled)
}

/// A residence card number: 6 to 20 of A-Z 0-9 (see [`text::document_number`]).
pub fn has_card_number_shape(number: &str) -> bool {
    (6..=20).contains(&number.len())
        && number
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// `residence-card-number-format`; a temporary card's symbol and expiry date
/// (`required`, `residence-symbol-unknown`, `residence-validity-too-long`,
/// `residence-outlasts-passport`); no symbol on a permanent card.
pub fn check(check: &mut Check<'_, '_>) {
    let mut rule = check.rule(Field::ResidenceCardNumber);
    if let Some(raw) = rule.text(Field::ResidenceCardNumber) {
        let number = text::document_number(raw);
        if has_card_number_shape(&number) {
            rule.normalize(number);
        } else {
            rule.report(IssueCode::ResidenceCardNumberFormat, Params::new());
        }
    }
    drop(rule);
    check_symbol(&mut check.rule(Field::ResidenceCardSymbol));
    check_expiry(&mut check.rule(Field::ResidenceCardExpiryDate));
}

fn check_symbol(rule: &mut Rule<'_, '_, '_>) {
    match rule.text(Field::ResidenceCardKind) {
        Some("temporary") => {
            if !rule.is_given(Field::ResidenceCardSymbol) {
                rule.report(IssueCode::Required, Params::new());
            } else if let Some(text) = rule.text(Field::ResidenceCardSymbol) {
                match symbol_of(text) {
                    Some(symbol) => rule.normalize(symbol.symbol),
                    None => rule.report(IssueCode::ResidenceSymbolUnknown, Params::new()),
                }
            }
        }
        Some("permanent") if rule.is_given(Field::ResidenceCardSymbol) => {
            rule.report(IssueCode::InvalidValue, Params::new());
        }
        _ => {}
    }
}

fn check_expiry(rule: &mut Rule<'_, '_, '_>) {
    if rule.text(Field::ResidenceCardKind) != Some("temporary") {
        return;
    }
    if !rule.is_given(Field::ResidenceCardExpiryDate) {
        rule.report(IssueCode::Required, Params::new());
    }
    let symbol = rule
        .text(Field::ResidenceCardSymbol)
        .and_then(|text| symbol_of(text));
    if let Some(symbol) = symbol {
        if let (Some(issued), Some(expires)) = (
            rule.date(Field::ResidenceCardIssueDate),
            rule.date(Field::ResidenceCardExpiryDate),
        ) {
            if expires > issued.anniversary(symbol.max_years) {
                rule.report(
                    IssueCode::ResidenceValidityTooLong,
                    params([
                        ("symbol", symbol.symbol.into()),
                        ("years", symbol.max_years.into()),
                    ]),
                );
            }
        }
    }
    if let (Some(card), Some(passport)) = (
        rule.date(Field::ResidenceCardExpiryDate),
        rule.date(Field::PassportExpiryDate),
    ) {
        if card.days_until(passport) < DAYS_BEFORE_PASSPORT_EXPIRY {
            rule.report(
                IssueCode::ResidenceOutlastsPassport,
                params([("days", DAYS_BEFORE_PASSPORT_EXPIRY.into())]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fourteen_symbols_with_their_spans() {
        let spans: Vec<_> = symbols().iter().map(|s| (s.symbol, s.max_years)).collect();
        assert_eq!(
            spans,
            [
                ("NG3", 5),
                ("LV1", 5),
                ("LV2", 5),
                ("LS", 5),
                ("ĐT1", 10),
                ("ĐT2", 5),
                ("ĐT3", 3),
                ("NN1", 3),
                ("NN2", 3),
                ("DH", 5),
                ("PV1", 2),
                ("LĐ1", 2),
                ("LĐ2", 2),
                ("TT", 3),
            ]
        );
    }

    #[test]
    fn only_the_ascii_d_spellings_map_to_đ() {
        let cases = [
            ("LD2", Some("LĐ2")),
            ("DT1", Some("ĐT1")),
            ("LĐ2", Some("LĐ2")),
            ("ld2", None),
            ("DH", Some("DH")),
            ("ĐH", None),
            ("LV3", None),
        ];
        for (text, expected) in cases {
            assert_eq!(symbol_of(text).map(|s| s.symbol), expected, "{text}");
        }
    }
}
