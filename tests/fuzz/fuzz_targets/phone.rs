//! Phone normalization on arbitrary text: a verdict, never a panic; an E.164
//! result is always +84 and digits.
#![no_main]
use eid_form::rules::phone::{judge, PhoneVerdict};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let PhoneVerdict::VietnameseMobile(e164) = judge(text) {
        assert!(e164.starts_with("+84") && e164[1..].bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(judge(&e164), PhoneVerdict::VietnameseMobile(e164.clone()));
    }
});
