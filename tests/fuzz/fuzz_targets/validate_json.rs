//! The whole validation from arbitrary bytes read as JSON text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let options = eid_form::Options::new(Some("2025-07-01"), "ar").expect("a valid date");
    let report = eid_form::validate_json(&text, &options);
    assert_eq!(report.valid, report.errors().next().is_none());
    let _ = report.to_json();
});
