//! The golden vectors: every case of `tests/vectors/*.json` (`id`, `today`,
//! `form`, `expect` with `valid` and the exact sets of `[path, code]` errors and
//! warnings) must give exactly that verdict natively.

use eid_form::{validate, Date, Options, Report, Severity};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn load(name: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vectors")
        .join(name);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

fn pairs(report: &Report, severity: Severity) -> BTreeSet<(String, String)> {
    report
        .issues
        .iter()
        .filter(|i| i.severity == severity)
        .map(|i| (i.path.to_wire(), i.code.as_str().to_string()))
        .collect()
}

fn expected(case: &Value, key: &str) -> BTreeSet<(String, String)> {
    case["expect"][key]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().unwrap().to_string(),
                pair[1].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn run(name: &str) -> usize {
    let cases = load(name);
    let mut failures = Vec::new();
    for case in &cases {
        let id = case["id"].as_str().unwrap();
        let options = Options {
            today: Some(Date::parse(case["today"].as_str().unwrap()).unwrap()),
            locale: "en".into(),
            ..Options::default()
        };
        let report = validate(&case["form"], &options);
        let got = (
            report.valid,
            pairs(&report, Severity::Error),
            pairs(&report, Severity::Warning),
        );
        let want = (
            case["expect"]["valid"].as_bool().unwrap(),
            expected(case, "errors"),
            expected(case, "warnings"),
        );
        if got != want {
            failures.push(format!("{id}:\n  got  {got:?}\n  want {want:?}"));
        }
        for issue in &report.issues {
            assert!(
                !issue.message.is_empty() && !issue.message.contains('{'),
                "{id}: {issue:?}"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vectors in {name} fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    cases.len()
}

#[test]
fn public_vectors_pass() {
    assert!(run("public.json") >= 55);
}

#[test]
fn project_vectors_pass() {
    assert!(run("project.json") > 0);
}

#[test]
fn public_vectors_are_the_shared_ones() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/vectors/public.json");
    match fs::read_to_string(&shared) {
        Ok(text) => {
            let ours = fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors/public.json"),
            )
            .unwrap();
            assert!(text == ours, "tests/vectors/public.json differs from ../shared/vectors/public.json: copy it again");
        }
        Err(_) => eprintln!(
            "{} not present: the committed copy is used",
            shared.display()
        ),
    }
}

/// The repository's copy of the contract is the shared one, so a user who
/// clones the repository reads what the library implements.
#[test]
fn the_contract_is_the_shared_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ours = fs::read_to_string(root.join("docs/FORM.md")).unwrap();
    assert!(ours.contains(&format!("Version {}", eid_form::SPEC_VERSION)));
    match fs::read_to_string(root.join("../shared/spec/FORM.md")) {
        Ok(shared) => assert!(
            ours == shared,
            "docs/FORM.md differs from ../shared/spec/FORM.md: copy it again"
        ),
        Err(_) => eprintln!("../shared/spec/FORM.md not present: the committed copy is used"),
    }
}

/// `validate_field` answers with the full report's issues at the paths it
/// judged, messages included, on every vector and every field; the field itself
/// is always among them.
#[test]
fn validate_field_gives_the_reports_issues_at_its_fields() {
    use eid_form::{validate_field, Field, IssuePath};
    let mut compared = 0;
    for name in ["public.json", "project.json"] {
        for case in load(name) {
            let options = Options::new(case["today"].as_str(), "ja").unwrap();
            let report = validate(&case["form"], &options);
            for &field in &Field::ALL[1..] {
                let got = validate_field(field.path(), &case["form"], &options).unwrap();
                assert!(got.fields.contains(&IssuePath::Field(field)));
                let want: Vec<_> = report
                    .issues
                    .iter()
                    .filter(|issue| got.fields.contains(&issue.path))
                    .cloned()
                    .collect();
                assert_eq!(got.issues, want, "{} {}", case["id"], field.path());
                compared += 1;
            }
        }
    }
    assert!(compared > 3000, "{compared}");
    assert!(validate_field("applicant.nickname", &Value::Null, &Options::default()).is_err());
    assert!(validate_field("", &Value::Null, &Options::default()).is_err());
}
