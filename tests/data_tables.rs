//! The data tables under `data/` that come from upstream data are checked
//! against their source here, so a stale table fails the build. (The Unicode
//! tables are generated from their crates at build time and checked against
//! them by `tests/unicode_oracle.rs`.)

use eid_form::data;
use eid_form::rules::nationality;
use std::collections::BTreeMap;
use std::fs;

#[test]
fn nationalities_match_iso_codes_when_installed() {
    let source = "/usr/share/iso-codes/json/iso_3166-1.json";
    let Ok(text) = fs::read_to_string(source) else {
        eprintln!("{source} not installed: the ISO list is checked by its count only");
        return;
    };
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut iso: Vec<&str> = json["3166-1"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["alpha_3"].as_str().unwrap())
        .collect();
    iso.sort();
    let ours: Vec<&str> = nationality::all()
        .iter()
        .filter(|n| !n.icao_only)
        .map(|n| n.code)
        .collect();
    assert_eq!(ours, iso);
}

/// The states and patterns of `passport-number-pattern` in FORM.md's table.
fn form_md_passport_patterns() -> BTreeMap<String, String> {
    let form = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/FORM.md")).unwrap();
    let start = form
        .find("| state | patterns |")
        .expect("FORM.md has the table");
    let mut table = BTreeMap::new();
    for line in form[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.trim_start().starts_with('|'))
    {
        // `\|` separates alternatives inside a cell.
        let line = line.trim().replace("\\|", "\u{0}");
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        for pair in cells.chunks(2).filter(|pair| !pair[0].is_empty()) {
            let patterns: Vec<&str> = pair[1].split('`').skip(1).step_by(2).collect();
            // "DEU (and D)": both codes.
            for state in pair[0].split(|c: char| !c.is_ascii_uppercase()) {
                if !state.is_empty() {
                    table.insert(state.to_string(), patterns.join("|"));
                }
            }
        }
    }
    table
}

#[test]
fn passport_patterns_are_exactly_form_md_s_table() {
    let spec = form_md_passport_patterns();
    assert_eq!(spec.len(), 22, "21 states, DEU also as D: {spec:?}");
    let ours: BTreeMap<String, String> = data::PASSPORT_PATTERNS
        .iter()
        .map(|p| (p.state.to_string(), p.pattern.to_string()))
        .collect();
    assert_eq!(ours, spec);
}
