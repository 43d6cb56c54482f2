//! The package's TypeScript declarations (`js/index.d.ts`, between its
//! `@generated` markers) are written from the Rust types: the interfaces of the
//! core's reports, schema, MRZ and options by `ts-rs`, the application's
//! interfaces from the wire-format table (`eid_form::Field`), and the unions of
//! codes, paths and locales from the core's own lists. The test fails when the
//! committed file is stale; `EID_FORM_REGENERATE=1` rewrites it.

use eid_form::field::{Kind, Presence};
use eid_form::localization::{locales, Style};
use eid_form::report::{Derived, Issue, Report};
use eid_form::rules::mrz::{CheckDigit, CheckedField, Td3};
use eid_form::schema::{kind_name, Choice, DatePart, FieldSchema, Schema, Section};
use eid_form::{Field, FieldCheck, IssueCode, Options, Severity};
use std::fmt::Write as _;
use std::fs;
use ts_rs::{Config, TS};

fn union(name: &str, items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items
        .into_iter()
        .map(|item| format!("  | {item:?}"))
        .collect();
    format!("export type {name} =\n{};\n", items.join("\n"))
}

/// The interface name of a block: `applicant.residenceCard` is `ResidenceCard`.
fn interface_name(block: Field) -> String {
    if block == Field::Root {
        return "Application".to_string();
    }
    let key = block.key();
    key[..1].to_uppercase() + &key[1..]
}

fn wire_type(field: Field) -> String {
    match field.kind() {
        Kind::Block => interface_name(field),
        Kind::Level => "1 | 2".to_string(),
        Kind::Flag => "boolean".to_string(),
        Kind::Choice(values) => values
            .iter()
            .map(|v| format!("{v:?}"))
            .collect::<Vec<_>>()
            .join(" | "),
        _ => "string".to_string(),
    }
}

/// One interface per block of the wire format, fields in wire order, optional
/// unless always required.
fn application() -> String {
    let mut out = String::new();
    for &block in Field::ALL.iter().filter(|f| f.kind() == Kind::Block) {
        writeln!(out, "export interface {} {{", interface_name(block)).unwrap();
        for field in block.children() {
            let optional = if field.presence() == Presence::Required {
                ""
            } else {
                "?"
            };
            writeln!(out, "  {}{optional}: {};", field.key(), wire_type(field)).unwrap();
        }
        out.push_str("}\n");
    }
    out
}

fn declaration<T: TS>(cfg: &Config) -> String {
    format!("export {}\n", T::decl(cfg))
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
    out.push_str(&union(
        "Severity",
        [Severity::Error, Severity::Warning].map(|s| s.as_str().to_string()),
    ));
    let mut kinds: Vec<String> = Vec::new();
    for field in &Field::ALL[1..] {
        let name = kind_name(field.kind()).to_string();
        if !kinds.contains(&name) {
            kinds.push(name);
        }
    }
    out.push_str(&union("FieldKind", kinds));
    out.push_str(&application());
    let cfg = Config::default();
    for decl in [
        declaration::<Issue>(&cfg),
        declaration::<Derived>(&cfg),
        declaration::<Report>(&cfg),
        declaration::<FieldCheck>(&cfg),
        declaration::<Options>(&cfg),
        declaration::<Style>(&cfg),
        declaration::<Choice>(&cfg),
        declaration::<FieldSchema>(&cfg),
        declaration::<Section>(&cfg),
        declaration::<DatePart>(&cfg),
        declaration::<Schema>(&cfg),
        declaration::<CheckedField>(&cfg),
        declaration::<CheckDigit>(&cfg),
        declaration::<Td3>(&cfg),
    ] {
        out.push_str(&decl);
    }
    out
}

#[test]
fn typescript_declarations_are_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/js/index.d.ts");
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
        "crates/eid-form-wasm/js/index.d.ts is stale: run EID_FORM_REGENERATE=1 cargo test -p eid-form-wasm --test typescript"
    );
}
