//! The phone rule runs on tables generated from the `phonenumber` crate's
//! metadata (see build.rs). Here `phonenumber` itself, with its full metadata,
//! is the oracle: on well over 100,000 numbers the verdicts the rules use must be
//! the same.

mod support;

use eid_form::rules::phone::{
    judge, vietnamese_number_type, NumberType, PhoneVerdict, CALLING_CODES,
};
use phonenumber::metadata::DATABASE;
use phonenumber::{country, Type};
use support::Rng;

/// What `phonenumber` says of a Vietnamese national significant number.
fn oracle_type(national: &str) -> NumberType {
    let Ok(number) = phonenumber::parse(None, format!("+84{national}")) else {
        return NumberType::Invalid;
    };
    if number.national().to_string() != national || !number.is_valid() {
        return NumberType::Invalid;
    }
    match number.number_type(&DATABASE) {
        Type::Mobile => NumberType::Mobile,
        Type::FixedLineOrMobile => NumberType::FixedLineOrMobile,
        Type::FixedLine => NumberType::FixedLine,
        Type::Unknown => NumberType::Invalid,
        _ => NumberType::Other,
    }
}

/// National significant numbers spread over Vietnam's numbering plan: every
/// leading two digits, every length from 5 to 12.
fn national_numbers(count: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|_| {
            let first = char::from(b'1' + (rng.next_u64() % 9) as u8);
            let length = rng.between(5, 12) as usize;
            format!("{first}{}", rng.digits(length - 1))
        })
        .collect()
}

#[test]
fn number_types_agree_with_phonenumber_on_120000_numbers() {
    let numbers = national_numbers(120_000, 0x5EED_0001);
    let mut mobiles = 0;
    let mut disagreements = Vec::new();
    for national in &numbers {
        let ours = vietnamese_number_type(national);
        let theirs = oracle_type(national);
        if ours != theirs {
            disagreements.push(format!("{national}: ours {ours:?}, phonenumber {theirs:?}"));
        }
        mobiles += usize::from(ours == NumberType::Mobile);
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements[..disagreements.len().min(20)].join("\n")
    );
    // The sample reaches the kinds the rules tell apart.
    assert!(mobiles > 1000, "only {mobiles} mobiles in the sample");
}

#[test]
fn written_forms_agree_with_phonenumber_parsing_for_vietnam() {
    // Valid-looking numbers, so the forms are exercised on mobiles and landlines.
    let mut rng = Rng::new(0x5EED_0002);
    let mut checked = 0;
    let mut disagreements = Vec::new();
    let prefixes = [
        "3", "5", "7", "8", "9", "24", "28", "20", "1800", "1900", "672",
    ];
    for _ in 0..25_000 {
        let prefix = *rng.pick(&prefixes);
        let length = rng.between(7, 10) as usize;
        let national = format!(
            "{prefix}{}",
            rng.digits(length.saturating_sub(prefix.len()))
        );
        for written in [
            format!("0{national}"),
            format!("+84 {national}"),
            format!("0084 {national}"),
            format!("+84 (0) {national}"),
        ] {
            let theirs = match phonenumber::parse(Some(country::VN), &written) {
                Ok(n) if n.code().value() == 84 && n.is_valid() => match n.number_type(&DATABASE) {
                    Type::Mobile | Type::FixedLineOrMobile => {
                        PhoneVerdict::VietnameseMobile(format!("+84{}", n.national()))
                    }
                    _ => PhoneVerdict::VietnameseNotMobile,
                },
                _ => PhoneVerdict::Invalid,
            };
            let ours = judge(&written);
            if ours != theirs {
                disagreements.push(format!(
                    "{written:?}: ours {ours:?}, phonenumber {theirs:?}"
                ));
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 100_000);
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements[..disagreements.len().min(20)].join("\n")
    );
}

#[test]
fn calling_codes_are_exactly_those_of_the_metadata() {
    for code in 1..=999u16 {
        assert_eq!(
            CALLING_CODES.contains(&code),
            DATABASE.by_code(&code).is_some(),
            "calling code {code}"
        );
    }
}
