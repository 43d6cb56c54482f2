//! Phone numbers: a Vietnamese mobile number (Decree 69/2024 Art. 11: "số thuê
//! bao di động chính chủ") in national, `+84`, `84` or `0084` form.
//!
//! Vietnam's number patterns and the list of calling codes come from the
//! libphonenumber metadata of the `phonenumber` crate, extracted at build time
//! (`build.rs`), each pattern as a small digit automaton: nothing to load or
//! compile at run time, no regex engine in the binary. A pattern matches the
//! whole national number, as in libphonenumber's reference implementation.
//! `tests/phone_oracle.rs` checks the verdicts against the metadata itself, run
//! by the `regex` crate, and against `phonenumber`'s own answers.

use crate::check::Check;
use crate::code::IssueCode;
use crate::field::Field;
use crate::report::Params;
use crate::text;

/// A deterministic automaton over the digits 0-9, generated from a pattern.
pub type DigitAutomaton = crate::data::Automaton<10>;

/// A descriptor of libphonenumber: a national-number pattern and its lengths.
pub struct NumberPattern {
    /// The pattern as the metadata writes it (for reading and for the tests).
    pub regex: &'static str,
    pub lengths: &'static [u16],
    /// The same pattern, as an automaton.
    pub automaton: DigitAutomaton,
}

impl NumberPattern {
    /// libphonenumber's descriptor match: a possible length, and the pattern
    /// matching the whole national number.
    pub fn matches(&self, national: &str) -> bool {
        let length_ok = self.lengths.is_empty()
            || u16::try_from(national.len()).is_ok_and(|len| self.lengths.contains(&len));
        length_ok && self.automaton.matches(national)
    }
}

/// Vietnam's descriptors, in the order libphonenumber tries them.
pub struct VietnamPatterns {
    pub general: Option<NumberPattern>,
    pub premium_rate: Option<NumberPattern>,
    pub toll_free: Option<NumberPattern>,
    pub shared_cost: Option<NumberPattern>,
    pub voip: Option<NumberPattern>,
    pub personal_number: Option<NumberPattern>,
    pub pager: Option<NumberPattern>,
    pub uan: Option<NumberPattern>,
    pub voicemail: Option<NumberPattern>,
    pub fixed_line: Option<NumberPattern>,
    pub mobile: Option<NumberPattern>,
}

mod generated {
    use super::{NumberPattern, VietnamPatterns};
    use crate::data::Automaton;
    include!(concat!(env!("OUT_DIR"), "/phone_metadata.rs"));
}

pub use generated::{CALLING_CODES, PHONENUMBER_VERSION, VIETNAM};
use generated::{VIETNAM_CALLING_CODE, VIETNAM_NATIONAL_PREFIX};

/// What kind of number a Vietnamese national number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberType {
    Mobile,
    FixedLineOrMobile,
    FixedLine,
    /// Premium rate, toll free, VoIP and the other special kinds.
    Other,
    /// Not a valid Vietnamese number.
    Invalid,
}

/// The verdict on a phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneVerdict {
    /// A Vietnamese mobile number, in E.164.
    VietnameseMobile(String),
    /// A valid Vietnamese number that is not a mobile one.
    VietnameseNotMobile,
    /// A number with another country's calling code.
    OtherCountry(u16),
    /// Not a telephone number.
    Invalid,
}

fn matches(pattern: &Option<NumberPattern>, national: &str) -> bool {
    pattern.as_ref().is_some_and(|p| p.matches(national))
}

/// Premium rate .. voicemail: the valid numbers that are neither fixed nor mobile,
/// in the order libphonenumber tries them.
const SPECIAL: [&Option<NumberPattern>; 8] = [
    &VIETNAM.premium_rate,
    &VIETNAM.toll_free,
    &VIETNAM.shared_cost,
    &VIETNAM.voip,
    &VIETNAM.personal_number,
    &VIETNAM.pager,
    &VIETNAM.uan,
    &VIETNAM.voicemail,
];

/// The longest national number of any kind.
fn longest_national_number() -> usize {
    SPECIAL
        .into_iter()
        .chain([&VIETNAM.fixed_line, &VIETNAM.mobile])
        .filter_map(Option::as_ref)
        .flat_map(|p| p.lengths.iter())
        .max()
        .map_or(0, |&n| usize::from(n))
}

/// The type of a Vietnamese national significant number, as libphonenumber's
/// reference `getNumberType` decides it.
pub fn vietnamese_number_type(national: &str) -> NumberType {
    if !matches(&VIETNAM.general, national) {
        return NumberType::Invalid;
    }
    if SPECIAL.into_iter().any(|p| matches(p, national)) {
        return NumberType::Other;
    }
    let mobile = matches(&VIETNAM.mobile, national);
    if matches(&VIETNAM.fixed_line, national) {
        let same_patterns = match (&VIETNAM.fixed_line, &VIETNAM.mobile) {
            (Some(f), Some(m)) => f.regex == m.regex,
            _ => false,
        };
        if same_patterns || mobile {
            return NumberType::FixedLineOrMobile;
        }
        return NumberType::FixedLine;
    }
    if mobile {
        NumberType::Mobile
    } else {
        NumberType::Invalid
    }
}

/// The calling code that starts `digits` (calling codes are prefix-free).
fn calling_code_of(digits: &str) -> Option<u16> {
    if digits.starts_with('0') {
        return None;
    }
    (1..=3.min(digits.len()))
        .filter_map(|len| digits[..len].parse::<u16>().ok())
        .find(|code| CALLING_CODES.binary_search(code).is_ok())
}

/// Strips a trunk prefix `0` the way libphonenumber does for Vietnam.
fn without_trunk_prefix(national: &str) -> &str {
    national
        .strip_prefix(VIETNAM_NATIONAL_PREFIX)
        .filter(|_| !VIETNAM_NATIONAL_PREFIX.is_empty())
        .unwrap_or(national)
}

/// Judges a phone number as typed (FORM.md, Precise readings: Phone characters).
pub fn judge(input: &str) -> PhoneVerdict {
    let folded = text::fold_arabic_indic_digits(&text::nfkc_for_rules(input));
    let folded = folded.trim();
    let (international, rest) = match folded.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, folded),
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '(' | ')'))
    {
        return PhoneVerdict::Invalid;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let after_idd = if international {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("00")
    };
    let national = match after_idd {
        Some(number) => match calling_code_of(number) {
            None => return PhoneVerdict::Invalid,
            Some(code) if code != VIETNAM_CALLING_CODE => return PhoneVerdict::OtherCountry(code),
            Some(code) => without_trunk_prefix(&number[code.to_string().len()..]),
        },
        None => {
            let code = VIETNAM_CALLING_CODE.to_string();
            // The general pattern alone, without its lengths, as libphonenumber tests it here.
            let general = |n: &str| {
                VIETNAM
                    .general
                    .as_ref()
                    .is_some_and(|p| p.automaton.matches(n))
            };
            // 84 then a number: the country code written without + or 00, the
            // number after it read without its trunk 0 (libphonenumber's
            // maybeExtractCountryCode).
            match digits.strip_prefix(code.as_str()).map(without_trunk_prefix) {
                Some(rest)
                    if (!general(&digits) && general(rest))
                        || digits.len() > longest_national_number() =>
                {
                    rest
                }
                _ => without_trunk_prefix(&digits),
            }
        }
    };
    match vietnamese_number_type(national) {
        NumberType::Mobile | NumberType::FixedLineOrMobile => {
            PhoneVerdict::VietnameseMobile(format!("+{VIETNAM_CALLING_CODE}{national}"))
        }
        NumberType::FixedLine | NumberType::Other => PhoneVerdict::VietnameseNotMobile,
        NumberType::Invalid => PhoneVerdict::Invalid,
    }
}

/// `phone-invalid` or `phone-not-vn-mobile`; a Vietnamese mobile number is
/// normalized to E.164.
pub fn check(check: &mut Check<'_, '_>) {
    let mut rule = check.rule(Field::ContactPhone);
    let Some(phone) = rule.text(Field::ContactPhone) else {
        return;
    };
    match judge(phone) {
        PhoneVerdict::VietnameseMobile(e164) => rule.normalize(e164),
        PhoneVerdict::VietnameseNotMobile | PhoneVerdict::OtherCountry(_) => {
            rule.report(IssueCode::PhoneNotVnMobile, Params::new());
        }
        PhoneVerdict::Invalid => rule.report(IssueCode::PhoneInvalid, Params::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_mobile_numbers_in_every_written_form() {
        for input in [
            "0912345678",
            "091 234 5678",
            "091.234.5678",
            "091-234-5678",
            "(091) 234 5678",
            "+84 91 234 5678",
            "+84912345678",
            "84912345678",
            "0084 91 234 5678",
            "912345678",
            "+84 (0) 91 234 5678",
            "０９１２ ３４５ ６７８",
            "840912345678", // 84 then the number with its trunk 0
            "\u{0660}\u{0669}\u{0661}\u{0662}\u{0663}\u{0664}\u{0665}\u{0666}\u{0667}\u{0668}",
        ] {
            assert_eq!(
                judge(input),
                PhoneVerdict::VietnameseMobile("+84912345678".into()),
                "{input}"
            );
        }
        assert_eq!(
            judge("0387654321"),
            PhoneVerdict::VietnameseMobile("+84387654321".into())
        );
    }

    #[test]
    fn landlines_and_other_countries_are_not_vietnamese_mobiles() {
        assert_eq!(judge("024 3825 1234"), PhoneVerdict::VietnameseNotMobile);
        assert_eq!(judge("+81 90-1234-5678"), PhoneVerdict::OtherCountry(81));
        assert_eq!(judge("0081 90 1234 5678"), PhoneVerdict::OtherCountry(81));
        assert_eq!(judge("+81 12"), PhoneVerdict::OtherCountry(81));
        assert_eq!(judge("+1 202 555 0100"), PhoneVerdict::OtherCountry(1));
    }

    #[test]
    fn what_is_not_a_number_is_invalid() {
        for input in [
            "12345",
            "hello",
            "091234567a",
            "+",
            "",
            "+999 123",
            "++84912345678",
            "091 234 5678 ext 2",
            "01212345678", // an 11-digit number retired in 2018
            "091/234/5678",
            // No calling code starts with 0.
            "+01 202 555 0100",
            "0001 202 555 0100",
            // A pattern must match the whole number: these are one digit longer
            // than the toll-free 1201xxxx and the UAN 199xxxx numbers.
            "120112345",
            "19912345",
        ] {
            assert_eq!(judge(input), PhoneVerdict::Invalid, "{input}");
        }
    }

    #[test]
    fn the_calling_codes_come_from_the_metadata() {
        assert!(CALLING_CODES.len() > 200);
        assert!(CALLING_CODES.windows(2).all(|w| w[0] < w[1]));
        for code in [1, 7, 44, 81, 82, 84, 86, 886, 800] {
            assert!(CALLING_CODES.contains(&code), "{code}");
        }
        assert!(!CALLING_CODES.contains(&999));
    }
}
