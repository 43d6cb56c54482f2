//! Structure-aware: a valid application mutated field by field with arbitrary
//! values; the report must stay well-formed and its normalized form must
//! validate to the same verdict when no key was unknown.
#![no_main]
use arbitrary::Arbitrary;
use eid_form::{validate, Field, Options};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[derive(Arbitrary, Debug)]
enum Piece {
    Text(String),
    Number(i64),
    Float(f64),
    Flag(bool),
    Null,
    Empty,
}

#[derive(Arbitrary, Debug)]
struct Mutation {
    field: u8,
    value: Piece,
}

const BASE: &str = r#"{"level":2,"applicant":{"fullName":"KIM MINJUN","dateOfBirth":"2015-03-14","sex":"M","nationality":"KOR","passport":{"number":"M12345678","issuingState":"KOR","issueDate":"2023-01-05","expiryDate":"2028-01-05"},"residenceCard":{"kind":"temporary","number":"TT7654321","symbol":"TT","issueDate":"2025-02-01","expiryDate":"2027-10-01"}},"contact":{"phone":"+84 38 765 4321","phoneOwner":"representative","phoneOwnershipConfirmed":true},"representative":{"fullName":"KIM JIHOON","relationship":"parent","dateOfBirth":"1984-11-02","sex":"M","nationality":"VNM","idKind":"vn-personal-id","idNumber":"001084012345","hasLevel2Account":true}}"#;

fuzz_target!(|mutations: Vec<Mutation>| {
    let mut form: Value = serde_json::from_str(BASE).expect("the base parses");
    for mutation in mutations.iter().take(8) {
        let field = Field::ALL[1 + usize::from(mutation.field) % (Field::ALL.len() - 1)];
        let value = match &mutation.value {
            Piece::Text(text) => json!(text),
            Piece::Number(n) => json!(n),
            Piece::Float(f) => json!(f),
            Piece::Flag(b) => json!(b),
            Piece::Null => Value::Null,
            Piece::Empty => json!({}),
        };
        let mut target = &mut form;
        let keys: Vec<&str> = field.path().split('.').collect();
        for key in &keys[..keys.len() - 1] {
            if !target[*key].is_object() {
                target[*key] = json!({});
            }
            target = &mut target[*key];
        }
        target[keys[keys.len() - 1]] = value;
    }
    let options = Options::new(Some("2025-07-01"), "en").expect("a valid date");
    let report = validate(&form, &options);
    if !report.issues.iter().any(|i| i.code.as_str() == "unknown-field") {
        let again = validate(&report.normalized.to_value(), &options);
        let codes = |r: &eid_form::Report| -> Vec<(String, &'static str)> {
            r.issues.iter().map(|i| (i.path.to_wire(), i.code.as_str())).collect()
        };
        assert_eq!(codes(&again), codes(&report), "normalized {}", report.normalized.to_value());
    }
});
