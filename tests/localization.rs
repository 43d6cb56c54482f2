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

/// A value for every param any message uses.
fn sample_params() -> eid_form::Params {
    serde_json::from_value(serde_json::json!({
        "max": 100, "age": 5, "date": "2025-06-30", "state": "KOR", "field": "composite",
        "mrz": "MUELLER JUERGEN", "part": "century", "symbol": "LĐ2", "years": 2, "days": 30,
        "min": 18, "province": "003", "seconds": 10
    }))
    .unwrap()
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
    let params = sample_params();
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
        ("zh", "zh-CN"),
        ("zh-SG", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh-Hans-HK", "zh-CN"),
        ("zh-TW", "zh-TW"),
        ("zh-HK", "zh-TW"),
        ("zh-MO", "zh-TW"),
        ("zh-Hant", "zh-TW"),
        ("ja-JP", "ja"),
        ("ko-KR", "ko"),
        ("ar-EG", "ar"),
        ("pt-BR", "en"),
        ("ja-u-ca-japanese", "ja"),
        ("zh-Hant-TW-u-nu-hanidec", "zh-TW"),
        ("ko-KR-x-kiosk", "ko"),
        ("x-private", "en"),
    ];
    for (requested, chosen) in cases {
        assert_eq!(localization::negotiate(requested), chosen, "{requested}");
    }
}

/// Message ids of a locale's files, in file order.
fn ids_of(tag: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(tag);
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .flat_map(|path| {
            fs::read_to_string(path)
                .unwrap()
                .lines()
                .filter_map(|line| {
                    let (id, _) = line.split_once(" =")?;
                    (!id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .then(|| id.to_string())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_twelve_locales_exist_with_exactly_the_english_ids() {
    let expected = [
        "ar", "de", "en", "es", "fr", "ja", "ko", "ru", "th", "vi", "zh-CN", "zh-TW",
    ];
    assert_eq!(locales(), expected);
    let english = ids_of("en");
    assert!(english.len() > 150);
    for tag in locales() {
        assert_eq!(
            ids_of(tag),
            english,
            "{tag} differs from en in its message ids"
        );
    }
}

/// Texts allowed to equal the English: codes and names that are the same in every language.
/// German writes four month names as English does; Spanish says "No" too.
const SAME_AS_ENGLISH: &[&str] = &[
    "MRZ",
    "Email",
    "E-mail",
    "OK",
    "April",
    "August",
    "September",
    "November",
    "No",
];

/// A text in every locale: every message id, with the sample params.
fn every_text(tag: &str) -> Vec<(String, String)> {
    let params = sample_params();
    ids_of("en")
        .into_iter()
        .map(|id| {
            let text = match IssueCode::from_name(&id) {
                Some(code) => localization::issue_message(
                    tag,
                    Default::default(),
                    code,
                    Some(Field::ApplicantFullName),
                    "",
                    &params,
                ),
                None => {
                    let mut args = fluent_bundle::FluentArgs::new();
                    for (name, value) in &params {
                        match value {
                            serde_json::Value::Number(n) => {
                                args.set(name.clone(), n.as_f64().unwrap())
                            }
                            other => {
                                args.set(name.clone(), other.as_str().unwrap_or("").to_string())
                            }
                        }
                    }
                    localization::format(tag, &id, Some(&args)).unwrap()
                }
            };
            (id, text)
        })
        .collect()
}

#[test]
fn no_locale_repeats_the_english_text() {
    let english: std::collections::HashMap<String, String> = every_text("en").into_iter().collect();
    let mut same = Vec::new();
    for tag in locales().into_iter().filter(|t| *t != "en") {
        for (id, text) in every_text(tag) {
            if text == english[&id]
                && !SAME_AS_ENGLISH.contains(&text.as_str())
                && !id.starts_with("date-format")
            {
                same.push(format!("{tag} {id}: {text}"));
            }
        }
    }
    assert!(
        same.is_empty(),
        "messages left in English:\n{}",
        same.join("\n")
    );
}

/// Whether a character belongs to the script a locale is written in.
fn in_script(tag: &str, c: char) -> bool {
    let c = c as u32;
    let han = (0x4E00..=0x9FFF).contains(&c) || (0x3400..=0x4DBF).contains(&c);
    match tag {
        "ja" => han || (0x3040..=0x30FF).contains(&c),
        "ko" => (0xAC00..=0xD7AF).contains(&c) || (0x1100..=0x11FF).contains(&c),
        "zh-CN" | "zh-TW" => han,
        "ru" => (0x0400..=0x04FF).contains(&c),
        "th" => (0x0E00..=0x0E7F).contains(&c),
        "ar" => (0x0600..=0x06FF).contains(&c),
        _ => true,
    }
}

#[test]
fn each_locale_writes_in_its_own_script() {
    let mut wrong = Vec::new();
    for tag in ["ja", "ko", "zh-CN", "zh-TW", "ru", "th", "ar"] {
        for (id, text) in every_text(tag)
            .into_iter()
            .filter(|(id, _)| id != "date-format")
        {
            let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
            let native = letters.iter().filter(|c| in_script(tag, **c)).count();
            // Codes (JPN, LĐ2, MRZ) and examples stay Latin: most letters must be the locale's.
            if letters.len() >= 4 && native * 2 < letters.len() {
                wrong.push(format!("{tag} {id}: {text}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "texts not in the locale's script:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn reviewed_snapshot_of_every_message_in_every_locale() {
    let mut snapshot = String::from(
        "# Every message and label in every locale, with sample params.\n# Reviewed by hand; EID_FORM_REGENERATE=1 cargo test --test localization rewrites it.\n",
    );
    for tag in locales() {
        for (id, text) in every_text(tag) {
            snapshot.push_str(&format!("{tag}\t{id}\t{}\n", text.replace('\n', "\\n")));
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/messages.tsv");
    if std::env::var_os("EID_FORM_REGENERATE").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &snapshot).unwrap();
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == snapshot, "tests/snapshots/messages.tsv differs: review the change, then EID_FORM_REGENERATE=1 cargo test --test localization");
}

fn landline_form() -> serde_json::Value {
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/public.json"
    ))
    .unwrap();
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    cases
        .into_iter()
        .find(|c| c["id"] == "adult-phone-landline")
        .unwrap()["form"]
        .clone()
}

#[test]
fn bilingual_mode_puts_vietnamese_first() {
    let options = eid_form::Options {
        today: eid_form::Date::parse("2025-07-01"),
        locale: "ja".into(),
        bilingual: true,
        ..Default::default()
    };
    let report = eid_form::validate(&landline_form(), &options);
    assert_eq!(report.locale, "ja");
    let vi = localization::issue_message(
        "vi",
        Default::default(),
        IssueCode::PhoneNotVnMobile,
        Some(Field::ContactPhone),
        "",
        &Default::default(),
    );
    let ja = localization::issue_message(
        "ja",
        Default::default(),
        IssueCode::PhoneNotVnMobile,
        Some(Field::ContactPhone),
        "",
        &Default::default(),
    );
    assert_eq!(report.issues[0].message, format!("{vi} / {ja}"));
}

#[test]
fn isolation_marks_wrap_placeables_only_when_asked() {
    let params: eid_form::Params =
        serde_json::from_value(serde_json::json!({ "symbol": "LĐ2", "years": 2 })).unwrap();
    let style = localization::Style {
        bilingual: false,
        isolating: true,
    };
    let isolated = localization::issue_message(
        "ar",
        style,
        IssueCode::ResidenceValidityTooLong,
        Some(Field::ResidenceCardExpiryDate),
        "",
        &params,
    );
    assert!(isolated.contains("\u{2068}LĐ2\u{2069}"), "{isolated}");
    let plain = localization::issue_message(
        "ar",
        Default::default(),
        IssueCode::ResidenceValidityTooLong,
        Some(Field::ResidenceCardExpiryDate),
        "",
        &params,
    );
    assert!(!plain.contains('\u{2068}') && plain.contains("LĐ2"));
}

#[test]
fn bundles_are_shared_across_threads() {
    let form = landline_form();
    let expected: Vec<String> = locales()
        .iter()
        .map(|tag| {
            eid_form::validate(
                &form,
                &eid_form::Options::new(Some("2025-07-01"), tag).unwrap(),
            )
            .to_json()
        })
        .collect();
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for (tag, want) in locales().iter().zip(&expected) {
                    let options = eid_form::Options::new(Some("2025-07-01"), tag).unwrap();
                    assert_eq!(&eid_form::validate(&form, &options).to_json(), want);
                }
            });
        }
    });
}
