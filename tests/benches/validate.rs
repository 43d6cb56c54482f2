//! In-process speed of the core, natively: `cargo bench --bench validate`.
//! The forms are those of the JavaScript benchmark (tests/js/bench.mjs): two
//! golden vectors (a valid adult, a child with a parent) and a form with several
//! errors (tests/benches/several-errors.json). Figures go to README "Size and
//! speed"; nothing here asserts a time.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use eid_form::{validate, validate_field, validate_json, Options};
use serde_json::Value;
use std::hint::black_box;

fn forms() -> Vec<(String, Value)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |path: &str| -> Value {
        let text = std::fs::read_to_string(format!("{root}/{path}")).expect("bench input");
        serde_json::from_str(&text).expect("JSON")
    };
    let vectors = read("tests/vectors/public.json");
    let vector = |id: &str| -> (String, Value) {
        let case = vectors
            .as_array()
            .and_then(|cases| cases.iter().find(|c| c["id"] == id))
            .unwrap_or_else(|| panic!("vector {id}"));
        (id.to_string(), case["form"].clone())
    };
    let several = read("tests/benches/several-errors.json");
    vec![
        vector("adult-level2-complete"),
        vector("child-10-level2-with-parent"),
        ("several-errors".to_string(), several["form"].clone()),
    ]
}

fn options() -> Options {
    Options::new(Some("2025-07-01"), "en").expect("a real date")
}

fn bench(c: &mut Criterion) {
    let options = options();
    let forms = forms();
    let mut group = c.benchmark_group("validate");
    for (id, form) in &forms {
        group.bench_with_input(BenchmarkId::from_parameter(id), form, |b, form| {
            b.iter(|| validate(black_box(form), &options))
        });
    }
    group.finish();

    // What the batch checker does per line: JSON text in, report text out.
    let mut group = c.benchmark_group("validate_json+to_json");
    for (id, form) in &forms {
        let text = form.to_string();
        group.throughput(Throughput::Elements(1));
        group.bench_with_input(BenchmarkId::from_parameter(id), &text, |b, text| {
            b.iter(|| validate_json(black_box(text), &options).to_json())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("validate_field contact.phone");
    for (id, form) in &forms {
        group.bench_with_input(BenchmarkId::from_parameter(id), form, |b, form| {
            b.iter(|| validate_field("contact.phone", black_box(form), &options))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
