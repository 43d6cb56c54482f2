//! Every issue code and every field label has a message in every locale, and
//! every message renders without Fluent errors or leftover placeables.

use eid_form::localization::{self, has_message, label_id, locales};
use eid_form::{Field, IssueCode};
use fluent_bundle::FluentResource;
use std::fs;
use std::path::Path;

fn locale_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut sources = Vec::new();
    for entry in fs::read_dir(root).unwrap() {
        let dir = entry.unwrap().path();
        for file in fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            sources.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    sources
}

#[test]
fn every_ftl_file_parses_without_errors() {
    let sources = locale_sources();
    assert!(!sources.is_empty());
    for (path, source) in sources {
        if let Err((_, errors)) = FluentResource::try_new(source) {
            panic!("{path}: {errors:?}");
        }
    }
}

#[test]
fn every_code_and_label_exists_in_every_locale() {
    let mut missing = Vec::new();
    for tag in locales() {
        let ids = IssueCode::ALL
            .iter()
            .map(|c| c.as_str().to_string())
            .chain(Field::ALL.iter().map(|f| label_id(*f)))
            .chain(["date-format".to_string()])
            .chain((1..=12).map(|m| format!("month-{m}")));
        for id in ids {
            if !has_message(tag, &id) {
                missing.push(format!("{tag}: {id}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing messages:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_message_renders_with_its_params_and_no_leftover_placeables() {
    let params: eid_form::Params = serde_json::from_value(serde_json::json!({
        "max": 100, "age": 5, "date": "2025-06-30", "state": "KOR", "field": "composite",
        "mrz": "MUELLER JUERGEN", "part": "century", "symbol": "LĐ2", "years": 2, "days": 30,
        "min": 18, "province": "003"
    }))
    .unwrap();
    for tag in locales() {
        for &code in IssueCode::ALL {
            let text = localization::issue_message(
                tag,
                Default::default(),
                code,
                Some(Field::ApplicantFullName),
                "",
                &params,
            );
            assert!(!text.is_empty() && text != code.as_str(), "{tag} {code}");
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{tag} {code}: {text}"
            );
            assert!(!text.contains('$'), "{tag} {code}: {text}");
        }
    }
}

#[test]
fn dates_are_written_the_locale_way() {
    let date = eid_form::Date::parse("2025-07-01").unwrap();
    assert_eq!(localization::format_date("en", date), "1 July 2025");
    assert_eq!(localization::format_date("vi", date), "01/07/2025");
}

#[test]
fn negotiation_falls_back_and_never_fails() {
    let cases = [
        ("en", "en"),
        ("vi", "vi"),
        ("vi-VN", "vi"),
        ("EN-gb", "en"),
        ("en_US", "en"),
        ("xx", "en"),
        ("", "en"),
        ("not a tag!", "en"),
    ];
    for (requested, chosen) in cases {
        assert_eq!(localization::negotiate(requested), chosen, "{requested}");
    }
}
