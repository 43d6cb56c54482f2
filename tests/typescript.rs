//! The string-literal unions of `crates/eid-form-wasm/js/index.d.ts` are written from the Rust
//! sources, so the package's types cannot drift from the codes, paths and
//! locales. `EID_FORM_REGENERATE=1` rewrites them.

use eid_form::localization::locales;
use eid_form::{Field, IssueCode};
use std::fs;

fn union(name: &str, items: impl Iterator<Item = String>) -> String {
    let items: Vec<String> = items.map(|item| format!("  | {item:?}")).collect();
    format!("export type {name} =\n{};\n", items.join("\n"))
}

fn generated() -> String {
    let mut out = String::new();
    out.push_str(&union(
        "IssueCode",
        IssueCode::ALL.iter().map(|c| c.as_str().to_string()),
    ));
    out.push_str(&union(
        "FieldPath",
        Field::ALL[1..].iter().map(|f| f.path().to_string()),
    ));
    out.push_str(&union("Locale", locales().into_iter().map(String::from)));
    out
}

#[test]
fn typescript_unions_are_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/eid-form-wasm/js/index.d.ts"
    );
    let text = fs::read_to_string(path).unwrap();
    let (head, rest) = text.split_once("// @generated:begin\n").unwrap();
    let (current, tail) = rest.split_once("// @generated:end\n").unwrap();
    let expected = generated();
    if std::env::var_os("EID_FORM_REGENERATE").is_some() && current != expected {
        fs::write(
            path,
            format!("{head}// @generated:begin\n{expected}// @generated:end\n{tail}"),
        )
        .unwrap();
        return;
    }
    assert!(
        current == expected,
        "crates/eid-form-wasm/js/index.d.ts is stale: run EID_FORM_REGENERATE=1 cargo test --test typescript"
    );
}
