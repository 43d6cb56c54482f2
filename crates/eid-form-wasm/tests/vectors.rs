//! The golden vectors, judged by the core compiled to WebAssembly, under
//! wasm-bindgen-test (`tests/run.sh` runs it with wasm-bindgen-test-runner in
//! Node): the same verdicts as natively (`tests/vectors.rs` at the top).
//! Natively this file runs the same cases as plain tests.

use eid_form::{validate, Options, Severity};
use serde_json::Value;
use std::collections::BTreeSet;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

const VECTOR_FILES: [&str; 2] = [
    include_str!("../../../tests/vectors/public.json"),
    include_str!("../../../tests/vectors/project.json"),
];

fn pairs(list: &Value) -> BTreeSet<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().unwrap().into(),
                pair[1].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[test]
fn every_golden_vector_gives_its_verdict() {
    let mut count = 0;
    for file in VECTOR_FILES {
        let cases: Vec<Value> = serde_json::from_str(file).unwrap();
        for case in cases {
            let options = Options::new(case["today"].as_str(), "en").unwrap();
            let report = validate(&case["form"], &options);
            let got = |severity| {
                report
                    .issues
                    .iter()
                    .filter(|i| i.severity == severity)
                    .map(|i| (i.path.to_wire(), i.code.as_str().to_string()))
                    .collect::<BTreeSet<_>>()
            };
            let id = &case["id"];
            assert_eq!(report.valid, case["expect"]["valid"], "{id}");
            assert_eq!(
                got(Severity::Error),
                pairs(&case["expect"]["errors"]),
                "{id}"
            );
            assert_eq!(
                got(Severity::Warning),
                pairs(&case["expect"]["warnings"]),
                "{id}"
            );
            count += 1;
        }
    }
    assert!(count >= 100, "{count}");
}
