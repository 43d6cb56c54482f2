//! No input makes the library panic: random JSON of every shape, hostile
//! strings and values put into every field of a valid application.

mod support;

use eid_form::{validate, validate_json, Date, Field, Options};
use serde_json::{json, Map, Value};
use support::Rng;

fn options() -> Options {
    Options {
        today: Date::parse("2025-07-01"),
        ..Options::default()
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    let strings = [
        "",
        " ",
        "2025-02-29",
        "+84 91 234 5678",
        "\u{0}",
        "\u{202E}evil",
        "ＳＡＴＯ",
        "LĐ2",
        "ĐT1",
        "P<",
        "0000-00-00",
        "9999-12-31",
        "١٢٣",
        "𝒜",
        "\u{FEFF}",
        "__proto__",
        "null",
        "１２３４５６７８９０１２",
    ];
    match rng.between(0, if depth > 4 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.next_u64() % 2 == 0),
        2 => json!(rng.between(-3, 200)),
        3 => json!(f64::from_bits(rng.next_u64()).clamp(-1e300, 1e300)),
        4 | 5 => Value::String(rng.pick(&strings).repeat(rng.between(1, 3) as usize)),
        6 => Value::Array(
            (0..rng.between(0, 3))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.between(0, 6) {
                let field = rng.pick(Field::ALL);
                map.insert(field.key().to_string(), random_value(rng, depth + 1));
            }
            Value::Object(map)
        }
    }
}

#[test]
fn random_documents_never_panic_and_always_report() {
    let mut rng = Rng::new(0xBAD);
    for _ in 0..20_000 {
        let value = random_value(&mut rng, 0);
        let report = validate(&value, &options());
        assert_eq!(report.valid, report.errors().next().is_none());
    }
}

#[test]
fn hostile_values_in_every_field_of_a_valid_application() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/public.json"
    ))
    .unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let base = cases
        .iter()
        .find(|c| c["id"] == "child-10-level2-with-parent")
        .unwrap()["form"]
        .clone();
    let mega = "A".repeat(1 << 20);
    let hostile = [
        json!(mega),
        json!("Ü".repeat(100_000)),
        json!("<".repeat(100_000)),
        json!(format!("{}\n{}", "P".repeat(44), "<".repeat(100_000))),
        json!("9".repeat(100_000)),
        json!("+".repeat(10_000)),
        json!(1e308),
        json!(-0.0),
        json!(u64::MAX),
        json!(i64::MIN),
        json!({ "__proto__": { "polluted": true } }),
        json!([[[[[[[[[[[]]]]]]]]]]]),
    ];
    for field in &Field::ALL[1..] {
        for value in &hostile {
            let mut form = base.clone();
            let mut target = &mut form;
            let mut path: Vec<&str> = field.path().split('.').collect();
            let last = path.pop().unwrap();
            for key in path {
                if !target[key].is_object() {
                    target[key] = json!({});
                }
                target = &mut target[key];
            }
            target[last] = value.clone();
            let report = validate(&form, &options());
            assert!(!report.to_json().is_empty());
        }
    }
}

#[test]
fn deep_nesting_from_text_is_a_report() {
    // JSON however deep is judged (the reader skips what it does not keep
    // without recursion); only text that is not JSON is `invalid-json`.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let report = validate_json(&deep, &options());
    assert_eq!(report.issues[0].code.as_str(), "invalid-type");
    let deep_unknown = format!("{{\"x\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    let report = validate_json(&deep_unknown, &options());
    assert!(report
        .issues
        .iter()
        .any(|i| i.path.to_wire() == "x" && i.code.as_str() == "unknown-field"));
    let deep_level = format!(
        "{{\"level\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let report = validate_json(&deep_level, &options());
    assert!(report
        .issues
        .iter()
        .any(|i| i.path.to_wire() == "level" && i.code.as_str() == "invalid-type"));
    let broken = format!("{}{}", "[".repeat(10_000), "]".repeat(9_999));
    let report = validate_json(&broken, &options());
    assert_eq!(report.issues[0].code.as_str(), "invalid-json");
    let nested = format!("{{\"level\": {}1{}}}", "[".repeat(100), "]".repeat(100));
    let report = validate_json(&nested, &options());
    assert!(report
        .issues
        .iter()
        .any(|i| i.path.to_wire() == "level" && i.code.as_str() == "invalid-type"));
}
