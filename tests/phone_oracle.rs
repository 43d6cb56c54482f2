//! The phone rule runs on digit automata generated from the `phonenumber`
//! crate's metadata (see build.rs). Two oracles check it on well over 100,000
//! numbers:
//! - the metadata itself, run by the `regex` crate with libphonenumber's
//!   reference semantics (a type's pattern must match the whole national number):
//!   the verdicts must be the same on every number;
//! - `phonenumber`'s own answers, which differ only where its `Descriptor::is_match`
//!   accepts a pattern matching a proper prefix of the number (`120112345` as an
//!   8-digit toll-free number): every difference must be of that kind.

mod support;

use eid_form::rules::phone::{
    judge, vietnamese_number_type, NumberType, PhoneVerdict, CALLING_CODES, VIETNAM,
};
use phonenumber::metadata::{Descriptor, DATABASE};
use phonenumber::{country, Type};
use support::Rng;

/// How a descriptor's pattern is applied to a national number.
#[derive(Clone, Copy, PartialEq)]
enum Matching {
    /// libphonenumber's reference implementation (`matchesEntirely`).
    Whole,
    /// The `phonenumber` crate: a match starting at the first digit.
    Prefix,
}

fn descriptor_matches(desc: Option<&Descriptor>, national: &str, matching: Matching) -> bool {
    let Some(desc) = desc else { return false };
    let lengths = desc.possible_length();
    if !lengths.is_empty() && !lengths.contains(&(national.len() as u16)) {
        return false;
    }
    let pattern: String = desc
        .national_number()
        .as_str()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let anchored = match matching {
        Matching::Whole => format!("^(?:{pattern})$"),
        Matching::Prefix => format!("^(?:{pattern})"),
    };
    thread_local! {
        static COMPILED: std::cell::RefCell<std::collections::HashMap<String, regex::Regex>> =
            Default::default();
    }
    COMPILED.with(|compiled| {
        compiled
            .borrow_mut()
            .entry(anchored)
            .or_insert_with_key(|anchored| {
                regex::Regex::new(anchored).expect("libphonenumber's patterns compile")
            })
            .is_match(national)
    })
}

/// libphonenumber's `getNumberType` for Vietnam, on the `phonenumber` crate's
/// metadata, run by the `regex` crate.
fn metadata_type(national: &str, matching: Matching) -> NumberType {
    let vietnam = DATABASE.by_id("VN").expect("Vietnam's metadata");
    let d = vietnam.descriptors();
    if !descriptor_matches(Some(d.general()), national, matching) {
        return NumberType::Invalid;
    }
    let special = [
        d.premium_rate(),
        d.toll_free(),
        d.shared_cost(),
        d.voip(),
        d.personal_number(),
        d.pager(),
        d.uan(),
        d.voicemail(),
    ];
    if special
        .into_iter()
        .any(|desc| descriptor_matches(desc, national, matching))
    {
        return NumberType::Other;
    }
    let mobile = descriptor_matches(d.mobile(), national, matching);
    if descriptor_matches(d.fixed_line(), national, matching) {
        let same = d.fixed_line().map(|f| f.national_number().as_str())
            == d.mobile().map(|m| m.national_number().as_str());
        return if same || mobile {
            NumberType::FixedLineOrMobile
        } else {
            NumberType::FixedLine
        };
    }
    if mobile {
        NumberType::Mobile
    } else {
        NumberType::Invalid
    }
}

/// What `phonenumber` itself says of a Vietnamese national significant number.
fn phonenumber_type(national: &str) -> NumberType {
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
fn number_types_agree_with_the_metadata_on_120000_numbers() {
    let numbers = national_numbers(120_000, 0x5EED_0001);
    let mut mobiles = 0;
    let mut disagreements = Vec::new();
    let mut crate_differences = 0;
    for national in &numbers {
        let ours = vietnamese_number_type(national);
        let reference = metadata_type(national, Matching::Whole);
        if ours != reference {
            disagreements.push(format!("{national}: ours {ours:?}, metadata {reference:?}"));
        }
        // phonenumber's own answer differs only by its prefix matching.
        let crate_answer = phonenumber_type(national);
        if crate_answer != reference {
            crate_differences += 1;
            assert_eq!(
                crate_answer,
                metadata_type(national, Matching::Prefix),
                "{national}: phonenumber differs from the metadata in another way"
            );
        }
        mobiles += usize::from(ours == NumberType::Mobile);
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements[..disagreements.len().min(20)].join("\n")
    );
    // The sample reaches the kinds the rules tell apart, and the crate's prefix
    // matching (so the comparison above is not vacuous).
    assert!(mobiles > 1000, "only {mobiles} mobiles in the sample");
    assert!(
        crate_differences > 0,
        "no number reached phonenumber's prefix matching"
    );
}

#[test]
fn every_pattern_automaton_equals_its_regex_on_every_short_digit_string() {
    // All digit strings of up to 7 digits, and 200,000 longer ones, through each
    // generated automaton and the regex it came from.
    let patterns = [
        &VIETNAM.general,
        &VIETNAM.premium_rate,
        &VIETNAM.toll_free,
        &VIETNAM.shared_cost,
        &VIETNAM.voip,
        &VIETNAM.personal_number,
        &VIETNAM.pager,
        &VIETNAM.uan,
        &VIETNAM.voicemail,
        &VIETNAM.fixed_line,
        &VIETNAM.mobile,
    ];
    let mut rng = Rng::new(0x5EED_0003);
    let mut inputs: Vec<String> = (0..=7u32)
        .flat_map(|len| (0..10u64.pow(len)).map(move |n| format!("{n:0len$}", len = len as usize)))
        .collect();
    inputs.extend((0..200_000).map(|_| {
        let length = rng.between(8, 13) as usize;
        rng.digits(length)
    }));
    for pattern in patterns.into_iter().flatten() {
        let regex = regex::Regex::new(&format!("^(?:{})$", pattern.regex)).expect("compiles");
        for input in &inputs {
            assert_eq!(
                pattern.automaton.matches(input),
                regex.is_match(input),
                "{:?} on {input}",
                pattern.regex
            );
        }
    }
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
            // phonenumber parses the written form; the metadata types the number.
            let theirs = match phonenumber::parse(Some(country::VN), &written) {
                Ok(n) if n.code().value() == 84 => {
                    let national = n.national().to_string();
                    match metadata_type(&national, Matching::Whole) {
                        NumberType::Mobile | NumberType::FixedLineOrMobile => {
                            PhoneVerdict::VietnameseMobile(format!("+84{national}"))
                        }
                        NumberType::Invalid => PhoneVerdict::Invalid,
                        _ => PhoneVerdict::VietnameseNotMobile,
                    }
                }
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
