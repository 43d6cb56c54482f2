//! `validate_field` against the property that defines it (FORM.md 1.1,
//! "Checking one field"): take a form A, put a value x at a field F (or take F
//! away); every issue of `validate(A with F = x)` that `validate(A)` does not
//! have lies at a path `validate_field(F, A with F = x)` judged, and is among its
//! issues. Forms are the golden vectors; values are every vector's and every
//! generated application's value at F (`tests/vectors/generated.jsonl`, written
//! by `eid-form generate`), and F absent. And the answer stays small: pairs of
//! fields that no rule links are never judged together.

use eid_form::{validate, validate_field, Field, Issue, IssuePath, Options};
use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every golden vector as (id, today, form).
fn vectors() -> Vec<(String, String, Value)> {
    let mut cases = Vec::new();
    for name in ["public.json", "project.json"] {
        let text = fs::read_to_string(root().join("tests/vectors").join(name)).unwrap();
        let list: Vec<Value> = serde_json::from_str(&text).unwrap();
        for case in list {
            cases.push((
                case["id"].as_str().unwrap().to_string(),
                case["today"].as_str().unwrap().to_string(),
                case["form"].clone(),
            ));
        }
    }
    cases
}

fn generated_forms() -> Vec<Value> {
    let text = fs::read_to_string(root().join("tests/vectors/generated.jsonl")).unwrap();
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// The value at a field's path, when every block on the way is an object.
fn get(form: &Value, field: Field) -> Option<&Value> {
    if field == Field::Root {
        return Some(form);
    }
    get(form, field.parent())?.as_object()?.get(field.key())
}

/// `form` with `value` at `field` (`None`: the key taken away); missing or
/// non-object blocks on the way become `{}`.
fn with_value(form: &Value, field: Field, value: Option<&Value>) -> Value {
    let mut form = form.clone();
    if !form.is_object() {
        form = Value::Object(Map::new());
    }
    let mut blocks = Vec::new();
    let mut block = field.parent();
    while block != Field::Root {
        blocks.push(block);
        block = block.parent();
    }
    let mut at = &mut form;
    for block in blocks.into_iter().rev() {
        let map = at.as_object_mut().unwrap();
        let entry = map
            .entry(block.key().to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        at = entry;
    }
    let map = at.as_object_mut().unwrap();
    match value {
        Some(value) => {
            map.insert(field.key().to_string(), value.clone());
        }
        None => {
            map.shift_remove(field.key());
        }
    }
    form
}

/// An issue as the property compares them: path, code, severity and params.
fn key(issue: &Issue) -> String {
    format!(
        "{}|{}|{}|{}",
        issue.path.to_wire(),
        issue.code.as_str(),
        issue.severity.as_str(),
        serde_json::to_string(&issue.params).unwrap()
    )
}

/// The distinct values each field takes in the vectors and generated forms.
fn values_by_field(forms: &[Value]) -> Vec<Vec<Value>> {
    Field::ALL
        .iter()
        .map(|&field| {
            let mut seen = BTreeSet::new();
            forms
                .iter()
                .filter_map(|form| get(form, field))
                .filter(|value| seen.insert(value.to_string()))
                .cloned()
                .collect()
        })
        .collect()
}

/// Pairs (F, G): G's issues never depend on F, whatever the form.
const INDEPENDENT: &[(&str, &str)] = &[
    ("contact.email", "applicant.passport"),
    ("contact.email", "applicant.passport.number"),
    ("contact.email", "applicant.passport.expiryDate"),
    ("contact.email", "applicant.residenceCard.expiryDate"),
    ("contact.email", "representative"),
    ("contact.email", "level"),
    ("contact.email", "contact.phone"),
    ("contact.email", "contact.phoneOwner"),
    ("contact.email", "contact.phoneOwnershipConfirmed"),
    ("contact.phone", "contact.email"),
    ("contact.phone", "applicant.passport.number"),
    ("contact.phone", "applicant.dateOfBirth"),
    ("contact.phone", "representative.idNumber"),
    ("applicant.residenceCard.kind", "contact"),
    ("applicant.residenceCard.kind", "contact.phone"),
    ("applicant.residenceCard.kind", "contact.phoneOwner"),
    (
        "applicant.residenceCard.symbol",
        "applicant.passport.number",
    ),
    (
        "applicant.residenceCard.number",
        "applicant.residenceCard.expiryDate",
    ),
    ("applicant.residenceCard.expiryDate", "contact.phone"),
    (
        "applicant.passport.placeOfIssue",
        "applicant.passport.number",
    ),
    ("applicant.passport.placeOfIssue", "applicant.passport.mrz"),
    ("applicant.passport.number", "contact.phone"),
    ("applicant.passport.number", "level"),
    (
        "applicant.passport.number",
        "applicant.residenceCard.symbol",
    ),
    ("applicant.fullName", "representative.fullName"),
    ("applicant.fullName", "contact.phoneOwner"),
    ("representative.fullName", "applicant.fullName"),
    ("representative.idNumber", "applicant.passport.number"),
    ("representative.dateOfBirth", "applicant.dateOfBirth"),
    ("representative.dateOfBirth", "contact.phoneOwner"),
    ("level", "applicant.passport.number"),
    ("level", "applicant.residenceCard.symbol"),
    ("applicant.ward", "applicant.passport.number"),
];

/// Whether every block above `field` (the top level included) holds a value
/// besides the branch that leads to `field`, so `field` cannot decide whether
/// that block is given at all (when it can, the whole block is judged).
fn every_block_above_holds_more(form: &Value, field: Field) -> bool {
    let mut child = field;
    loop {
        let block = child.parent();
        let Some(Value::Object(map)) = get(form, block) else {
            return false;
        };
        let holds_more = map.iter().any(|(key, value)| {
            key != child.key()
                && match value {
                    Value::Null => false,
                    Value::String(text) => !text.trim().is_empty(),
                    Value::Object(inner) => !inner.is_empty(),
                    _ => true,
                }
        });
        if !holds_more {
            return false;
        }
        if block == Field::Root {
            return true;
        }
        child = block;
    }
}

fn field(path: &str) -> Field {
    Field::from_path(path).unwrap_or_else(|| panic!("{path} is not a field"))
}

#[test]
fn validate_field_judges_every_issue_the_field_changes() {
    let cases = vectors();
    let generated = generated_forms();
    assert!(generated.len() >= 100, "{}", generated.len());
    let mut forms: Vec<Value> = cases.iter().map(|(_, _, form)| form.clone()).collect();
    forms.extend(generated);
    let values = values_by_field(&forms);
    let independent: Vec<(Field, Field)> = INDEPENDENT
        .iter()
        .filter(|(f, _)| Field::from_path(f).is_some())
        .map(|(f, g)| (field(f), field(g)))
        .collect();
    let mut checked = 0usize;
    let mut misses = BTreeSet::new();
    let mut grown = BTreeSet::new();
    for (id, today, form) in &cases {
        let options = Options::new(Some(today), "en").unwrap();
        let before: BTreeSet<String> = validate(form, &options).issues.iter().map(key).collect();
        for &f in &Field::ALL[1..] {
            let absent = std::iter::once(None);
            for value in absent.chain(values[f.index()].iter().map(Some)) {
                let changed = with_value(form, f, value);
                let after = validate(&changed, &options);
                let answer = validate_field(f.path(), &changed, &options).unwrap();
                checked += 1;
                for issue in &after.issues {
                    if before.contains(&key(issue)) {
                        continue;
                    }
                    if !answer.fields.contains(&issue.path) || !answer.issues.contains(issue) {
                        misses.insert(format!(
                            "{} -> {} {} (vector {id}, value {})",
                            f.path(),
                            issue.path.to_wire(),
                            issue.code.as_str(),
                            value.map_or("absent".to_string(), Value::to_string)
                        ));
                    }
                }
                let mut previous = None;
                for path in &answer.fields {
                    let position = path.to_wire();
                    assert!(
                        answer.fields.iter().filter(|p| *p == path).count() == 1,
                        "{position} twice"
                    );
                    if let IssuePath::Field(g) = path {
                        assert!(previous.is_none_or(|p| p < *g), "fields out of wire order");
                        previous = Some(*g);
                    }
                }
                for &(from, to) in &independent {
                    if from == f
                        && every_block_above_holds_more(&changed, f)
                        && answer.fields.contains(&IssuePath::Field(to))
                    {
                        grown.insert(format!("{} judged {}", f.path(), to.path()));
                    }
                }
            }
        }
    }
    assert!(checked > 50_000, "only {checked} cases");
    let examples: Vec<_> = misses.iter().take(40).cloned().collect();
    assert!(
        misses.is_empty(),
        "{} misses in {checked} cases, for example:\n{}",
        misses.len(),
        examples.join("\n")
    );
    assert!(
        grown.is_empty(),
        "independent pairs judged together: {grown:?}"
    );
    eprintln!("{checked} (form, field, value) cases, no miss");
}

/// The two examples of the issue that found the hand-kept table wanting.
#[test]
fn the_examples_that_a_hand_kept_table_missed() {
    let options = Options::new(Some("2025-07-01"), "en").unwrap();
    let adult = serde_json::json!({
        "level": 2,
        "applicant": {
            "dateOfBirth": "1990-05-20",
            "passport": { "issueDate": "2021-05-21", "expiryDate": "2031-05-20" },
            "residenceCard": { "kind": "temporary", "symbol": "LĐ2",
                "issueDate": "2025-01-10", "expiryDate": "2027-01-09" }
        }
    });
    let answer = validate_field("applicant.passport.issueDate", &adult, &options).unwrap();
    assert!(answer
        .fields
        .contains(&IssuePath::Field(Field::ResidenceCardExpiryDate)));
    let child = serde_json::json!({
        "level": 1,
        "applicant": { "dateOfBirth": "2015-03-14" },
        "representative": { "hasLevel2Account": false }
    });
    let answer = validate_field("applicant.dateOfBirth", &child, &options).unwrap();
    assert!(answer
        .fields
        .contains(&IssuePath::Field(Field::RepresentativeHasLevel2Account)));
    assert!(answer
        .issues
        .iter()
        .any(|i| i.code.as_str() == "representative-needs-level-2"));
}
