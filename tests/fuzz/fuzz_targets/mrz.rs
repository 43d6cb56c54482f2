//! The MRZ parser and the name comparison on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (&str, &str, bool)| {
    let (text, name, truncated) = data;
    if let Some(mrz) = eid_form::rules::mrz::parse_td3(text) {
        assert_eq!(mrz.lines[0].len(), 44);
        let _ = eid_form::rules::mrz::name_matches(name, &mrz.name, mrz.name_truncated);
    }
    let _ = eid_form::rules::mrz::name_matches(name, text, truncated);
    let _ = eid_form::rules::mrz::check_digit(text);
});
