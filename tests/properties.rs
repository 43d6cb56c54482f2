//! Properties of the validation, checked by proptest on generated applications:
//! valid bases mutated field by field with values good and bad.

use eid_form::{validate, Date, Field, Options, Report};
use proptest::prelude::*;
use serde_json::{json, Value};

fn options(today: &str) -> Options {
    Options {
        today: Date::parse(today),
        ..Options::default()
    }
}

fn bases() -> Vec<Value> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/public.json"
    ))
    .unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    cases
        .into_iter()
        .filter(|c| c["expect"]["valid"] == true && c["today"] == "2025-07-01")
        .map(|c| c["form"].clone())
        .collect()
}

/// Values a field may be set to: good ones, bad ones, odd ones.
fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!("")),
        Just(json!("   ")),
        Just(json!(2)),
        Just(json!(1.0)),
        Just(json!(true)),
        Just(json!([])),
        Just(json!({})),
        Just(json!("2019-07-02")),
        Just(json!("2025-02-29")),
        Just(json!("1890-01-01")),
        Just(json!("2030-01-01")),
        Just(json!("  sato hanako ")),
        Just(json!("Ｍüller–Jürgen")),
        Just(json!("SАTO")),
        Just(json!("ＴＫ１２３４５６７")),
        Just(json!("tk 123 4567")),
        Just(json!("0912 345 678")),
        Just(json!("+81 90 1234 5678")),
        Just(json!("LD2")),
        Just(json!("ĐT1")),
        Just(json!("KOR")),
        Just(json!("D")),
        Just(json!("representative")),
        Just(json!("vn-personal-id")),
        Just(json!("001184012345")),
        Just(json!("a@b.co")),
        Just(json!("P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTK12345671JPN9005204F3105205<<<<<<<<<<<<<<<8")),
        "[ -~]{0,12}".prop_map(Value::String),
        any::<i32>().prop_map(|n| json!(n)),
    ]
}

fn set(form: &mut Value, path: &str, value: Value) {
    let mut target = form;
    let keys: Vec<&str> = path.split('.').collect();
    for key in &keys[..keys.len() - 1] {
        if !target[*key].is_object() {
            target[*key] = json!({});
        }
        target = &mut target[*key];
    }
    target[keys[keys.len() - 1]] = value;
}

/// A generated application: a valid base with up to four fields changed.
fn application() -> impl Strategy<Value = Value> {
    let bases = bases();
    let paths: Vec<&'static str> = Field::ALL[1..].iter().map(|f| f.path()).collect();
    (
        0..bases.len(),
        prop::collection::vec((prop::sample::select(paths), value()), 0..5),
    )
        .prop_map(move |(base, changes)| {
            let mut form = bases[base].clone();
            for (path, value) in changes {
                set(&mut form, path, value);
            }
            form
        })
}

fn verdict(report: &Report) -> (bool, Vec<(String, &'static str)>) {
    (
        report.valid,
        report
            .issues
            .iter()
            .map(|i| (i.path.to_wire(), i.code.as_str()))
            .collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn the_normalized_application_validates_to_the_same_verdict(form in application()) {
        let report = validate(&form, &options("2025-07-01"));
        prop_assume!(!report.issues.iter().any(|i| i.code.as_str() == "unknown-field"));
        let again = validate(&report.normalized.to_value(), &options("2025-07-01"));
        prop_assert_eq!(verdict(&again), verdict(&report));
    }

    #[test]
    fn normalizing_twice_equals_normalizing_once(form in application()) {
        let once = validate(&form, &options("2025-07-01")).normalized.to_value();
        let twice = validate(&once, &options("2025-07-01")).normalized.to_value();
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn an_unrelated_valid_field_changes_no_other_issue(form in application()) {
        let report = validate(&form, &options("2025-07-01"));
        // The passport block is there (not missing, not of another type).
        prop_assume!(!report.issues.iter().any(|i| ["applicant", "applicant.passport"].contains(&i.path.to_wire().as_str())));
        let mut more = form.clone();
        prop_assume!(more["applicant"]["passport"].is_object());
        prop_assume!(more["applicant"]["passport"].get("placeOfIssue").is_none());
        more["applicant"]["passport"]["placeOfIssue"] = json!("HANOI");
        let with_place = validate(&more, &options("2025-07-01"));
        prop_assert_eq!(verdict(&with_place), verdict(&report));
    }

    #[test]
    fn age_grows_by_one_exactly_on_the_anniversary(days in 0i64..60_000, years in 1i32..100) {
        let born = Date::from_days_since_epoch(days - 30_000);
        let anniversary = born.anniversary(years);
        let eve = Date::from_days_since_epoch(anniversary.days_since_epoch() - 1);
        prop_assert_eq!(born.age_on(anniversary), years);
        prop_assert_eq!(born.age_on(eve), years - 1);
    }

    #[test]
    fn validation_never_panics_on_any_json(text in "[\\[\\]{}\",:0-9a-z.eE+\\- ]{0,80}") {
        let _ = eid_form::validate_json(&text, &options("2025-07-01"));
    }
}
