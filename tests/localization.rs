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
    let message = |tag: &str, isolating: bool| {
        localization::issue_message(
            tag,
            localization::Style {
                bilingual: false,
                isolating,
            },
            IssueCode::ResidenceValidityTooLong,
            Some(Field::ResidenceCardExpiryDate),
            "",
            &params,
        )
    };
    // A left-to-right locale: the placeables (the label, the symbol), nothing else.
    let en = message("en", true);
    assert!(en.contains("\u{2068}LĐ2\u{2069}"), "{en}");
    assert_eq!(without_marks(&en), message("en", false));
    let label = localization::label("en", Field::ResidenceCardExpiryDate);
    let invalid_date = localization::issue_message(
        "en",
        localization::Style {
            bilingual: false,
            isolating: true,
        },
        IssueCode::InvalidDate,
        Some(Field::ResidenceCardExpiryDate),
        "",
        &params,
    );
    assert!(
        invalid_date.starts_with(&format!("\u{2068}{label}\u{2069}")),
        "{invalid_date}"
    );
    for tag in ["ar", "en"] {
        let plain = message(tag, false);
        assert!(
            !plain.contains([FSI, PDI]) && plain.contains("LĐ2"),
            "{plain}"
        );
    }
    assert!(message("ar", true).contains("\u{2068}LĐ2\u{2069}"));
}

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn without_marks(text: &str) -> String {
    text.replace([FSI, PDI], "")
}

/// The left-to-right runs of FORM.md 1.1 (as byte ranges), found with
/// unicode-bidi's classes: from a character of class L or EN to the last such
/// character before a character of class R or AL.
fn ltr_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    use unicode_bidi::{bidi_class, BidiClass::*};
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut open = false;
    for (at, c) in text.char_indices() {
        match bidi_class(c) {
            L | EN if open => runs.last_mut().unwrap().end = at + c.len_utf8(),
            L | EN => {
                runs.push(at..at + c.len_utf8());
                open = true;
            }
            R | AL => open = false,
            _ => {}
        }
    }
    runs
}

/// Checks an isolated text against its plain twin: the marks removed, the
/// same text; every left-to-right run of it between FSI and PDI; no other mark
/// and no isolate inside another.
fn assert_runs_isolated(isolated: &str, plain: &str, what: &str) {
    assert_eq!(without_marks(isolated), plain, "{what}");
    let mut expected = String::new();
    let mut copied = 0;
    for run in ltr_runs(plain) {
        expected.push_str(&plain[copied..run.start]);
        expected.push(FSI);
        expected.push_str(&plain[run.clone()]);
        expected.push(PDI);
        copied = run.end;
    }
    expected.push_str(&plain[copied..]);
    assert_eq!(isolated, expected, "{what}");
    let mut depth = 0;
    for c in isolated.chars() {
        match c {
            FSI => depth += 1,
            PDI => depth -= 1,
            _ => {}
        }
        assert!(
            (0..=1).contains(&depth),
            "{what}: nested or unbalanced marks"
        );
    }
}

/// Every string of two serialized schemas, side by side, with its place.
fn strings_side_by_side(
    isolated: &serde_json::Value,
    plain: &serde_json::Value,
    at: &str,
    out: &mut Vec<(String, String, String)>,
) {
    use serde_json::Value;
    match (isolated, plain) {
        (Value::String(a), Value::String(b)) => out.push((at.to_string(), a.clone(), b.clone())),
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}");
            for (i, (a, b)) in a.iter().zip(b).enumerate() {
                strings_side_by_side(a, b, &format!("{at}/{i}"), out);
            }
        }
        (Value::Object(a), Value::Object(b)) => {
            assert!(a.keys().eq(b.keys()), "{at}");
            for (key, a) in a {
                strings_side_by_side(a, &b[key], &format!("{at}/{key}"), out);
            }
        }
        (a, b) => assert_eq!(a, b, "{at}"),
    }
}

/// The schema's texts: labels, hints, option labels, section titles, page words.
fn is_text(at: &str) -> bool {
    at.starts_with("/text/")
        || ["/label", "/hint", "/title"]
            .iter()
            .any(|end| at.ends_with(end))
}

#[test]
fn arabic_isolating_schema_isolates_every_left_to_right_run_of_every_text() {
    use localization::Style;
    for bilingual in [false, true] {
        let schema = |isolating| {
            serde_json::to_value(eid_form::schema::schema(
                "ar",
                Style {
                    bilingual,
                    isolating,
                },
            ))
            .unwrap()
        };
        let (isolated, plain) = (schema(true), schema(false));
        let mut strings = Vec::new();
        strings_side_by_side(&isolated, &plain, "", &mut strings);
        let texts = strings.iter().filter(|(at, ..)| is_text(at)).count();
        assert!(texts > 400, "{texts} texts");
        let mut runs = 0;
        for (at, isolated, plain) in &strings {
            if is_text(at) {
                assert_runs_isolated(isolated, plain, at);
                runs += ltr_runs(plain).len();
            } else {
                assert_eq!(isolated, plain, "{at}: not a text, left as it is");
            }
        }
        assert!(runs > 300, "{runs} runs");
        let text = |at: &str| {
            strings
                .iter()
                .find(|(place, ..)| place == at)
                .map(|(_, isolated, _)| isolated.clone())
                .unwrap()
        };
        // FORM.md's examples: the decree number in the header, the phone example.
        assert!(text("/text/ui-subtitle").contains("\u{2068}69/2024/NĐ-CP\u{2069}"));
        let phone = isolated["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == "contact.phone")
            .unwrap();
        assert!(phone["hint"]
            .as_str()
            .unwrap()
            .contains("\u{2068}091 234 5678\u{2069}"));
        let symbol = isolated["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == "applicant.residenceCard.symbol")
            .unwrap();
        let ld2 = symbol["options"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["value"] == "LĐ2")
            .unwrap();
        assert!(ld2["label"].as_str().unwrap().starts_with("\u{2068}LĐ2"));
        if bilingual {
            // The Vietnamese half is itself left to right: one run up to the " / ".
            let title = text("/sections/1/title");
            assert!(title.starts_with(FSI), "{title}");
            assert!(title.contains("\u{2069} / "), "{title}");
        }
    }
}

#[test]
fn arabic_isolating_messages_isolate_every_left_to_right_run() {
    use localization::Style;
    let params = sample_params();
    let mut runs = 0;
    for bilingual in [false, true] {
        let style = |isolating| Style {
            bilingual,
            isolating,
        };
        for &code in IssueCode::ALL {
            for (field, key) in [
                (Some(Field::ContactPhone), ""),
                (Some(Field::ResidenceCardSymbol), ""),
                (None, "nickname"),
            ] {
                let message = |isolating| {
                    localization::issue_message("ar", style(isolating), code, field, key, &params)
                };
                let plain = message(false);
                assert_runs_isolated(&message(true), &plain, code.as_str());
                runs += ltr_runs(&plain).len();
            }
        }
        // The package's `text()`: any text of the files, with its arguments.
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", 10);
        for id in ids_of("ar") {
            let text = |isolating| localization::text("ar", style(isolating), &id, Some(&args));
            assert_runs_isolated(&text(true), &text(false), &id);
        }
    }
    assert!(runs > 200, "{runs} runs");
    let ar = Style {
        bilingual: false,
        isolating: true,
    };
    let phone = localization::issue_message(
        "ar",
        ar,
        IssueCode::PhoneInvalid,
        Some(Field::ContactPhone),
        "",
        &Default::default(),
    );
    assert!(phone.contains("\u{2068}091 234 5678\u{2069}"), "{phone}");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("seconds", 10);
    let idle = localization::text("ar", ar, "ui-idle-warning", Some(&args));
    assert!(idle.contains("\u{2068}10\u{2069}"), "{idle}");
}

#[test]
fn arabic_isolating_reports_isolate_every_left_to_right_run() {
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/vectors/public.json"
    ))
    .unwrap();
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let mut messages = 0;
    for case in &cases {
        for bilingual in [false, true] {
            let options = |isolating| eid_form::Options {
                today: eid_form::Date::parse("2025-07-01"),
                locale: "ar".into(),
                bilingual,
                isolating,
            };
            let isolated = eid_form::validate(&case["form"], &options(true));
            let plain = eid_form::validate(&case["form"], &options(false));
            assert_eq!(isolated.issues.len(), plain.issues.len());
            for (a, b) in isolated.issues.iter().zip(&plain.issues) {
                assert_runs_isolated(
                    &a.message,
                    &b.message,
                    &format!("{} {}", case["id"], a.code),
                );
                messages += 1;
            }
        }
    }
    assert!(messages > 50, "{messages} messages");
}

#[test]
fn no_marks_without_isolating_in_any_locale() {
    use localization::Style;
    let params = sample_params();
    for tag in locales() {
        for bilingual in [false, true] {
            let style = Style {
                bilingual,
                isolating: false,
            };
            let schema = serde_json::to_string(&eid_form::schema::schema(tag, style)).unwrap();
            assert!(!schema.contains([FSI, PDI]), "{tag}");
            for &code in IssueCode::ALL {
                let message = localization::issue_message(
                    tag,
                    style,
                    code,
                    Some(Field::ResidenceCardSymbol),
                    "",
                    &params,
                );
                assert!(!message.contains([FSI, PDI]), "{tag} {code}");
            }
            for id in ids_of(tag) {
                assert!(!localization::text(tag, style, &id, None).contains([FSI, PDI]));
            }
        }
    }
}

#[test]
fn left_to_right_locales_isolate_placeables_only() {
    use localization::Style;
    for tag in locales().into_iter().filter(|tag| *tag != "ar") {
        let style = |isolating| Style {
            bilingual: true,
            isolating,
        };
        // The schema's texts have no placeables: nothing added.
        assert_eq!(
            eid_form::schema::schema(tag, style(true)),
            eid_form::schema::schema(tag, style(false)),
            "{tag}"
        );
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("seconds", 10);
        args.set("label", "X");
        let idle = localization::text(tag, style(true), "ui-idle-warning", Some(&args));
        assert_eq!(
            idle,
            localization::text(tag, style(false), "ui-idle-warning", Some(&args)),
            "{tag}: numbers stay plain"
        );
        let label = localization::text(tag, style(true), "required", Some(&args));
        assert!(label.contains("\u{2068}X\u{2069}"), "{tag}: {label}");
    }
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

/// Every valid form of the golden vectors (public and project).
fn valid_forms() -> Vec<(serde_json::Value, String)> {
    ["tests/vectors/public.json", "tests/vectors/project.json"]
        .iter()
        .flat_map(|file| {
            let text =
                fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
            serde_json::from_str::<Vec<serde_json::Value>>(&text).unwrap()
        })
        .filter(|case| case["expect"]["valid"] == true)
        .map(|case| {
            (
                case["form"].clone(),
                case["today"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn without(form: &serde_json::Value, path: &str) -> serde_json::Value {
    let mut form = form.clone();
    let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
    let block = if parent.is_empty() {
        Some(&mut form)
    } else {
        form.pointer_mut(&format!("/{}", parent.replace('.', "/")))
    };
    if let Some(serde_json::Value::Object(block)) = block {
        block.remove(key);
    }
    form
}

/// Every (form, path) a `required` issue can name, found by taking each field
/// away, in turn, from every valid form of the golden vectors (and from `{}`).
fn missing_field_cases() -> Vec<(serde_json::Value, String, Field)> {
    let mut cases = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut forms: Vec<(serde_json::Value, String)> =
        vec![(serde_json::json!({}), "2025-07-01".to_string())];
    for (form, today) in valid_forms() {
        for field in &Field::ALL[1..] {
            forms.push((without(&form, field.path()), today.clone()));
        }
    }
    for (form, today) in forms {
        let options = eid_form::Options::new(Some(&today), "en").unwrap();
        for issue in eid_form::validate(&form, &options).issues {
            let path = issue.path.to_wire();
            if issue.code == IssueCode::Required && seen.insert(path.clone()) {
                let field = Field::from_path(&path).unwrap();
                cases.push((form.clone(), today.clone(), field));
            }
        }
    }
    cases
}

#[test]
fn every_missing_field_has_its_own_words_in_every_locale() {
    let cases = missing_field_cases();
    // The blocks and the conditional fields are among them, not only the plain ones.
    for path in [
        "applicant.passport",
        "applicant.residenceCard",
        "contact",
        "contact.phoneOwner",
        "applicant.residenceCard.symbol",
        "representative.hasLevel2Account",
    ] {
        assert!(
            cases.iter().any(|(_, _, f)| f.path() == path),
            "{path} never missing"
        );
    }
    // Exactly the boxes that can be missing have a `required-*` message: none unused.
    let boxes: std::collections::BTreeSet<String> = cases
        .iter()
        .map(|(_, _, f)| localization::required_id(*f))
        .collect();
    let ids: std::collections::BTreeSet<String> = ids_of("en")
        .into_iter()
        .filter(|id| id.starts_with("required-"))
        .collect();
    assert_eq!(boxes, ids);
    for tag in locales() {
        let generic = |field: Field| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("label", localization::label(tag, field));
            localization::format(tag, "required", Some(&args)).unwrap()
        };
        let mut words = std::collections::HashMap::new();
        for (form, today, field) in &cases {
            // What the library, and so the pages, the CLI and the server, say.
            let options = eid_form::Options::new(Some(today), tag).unwrap();
            let report = eid_form::validate(form, &options);
            let issue = report
                .issues
                .iter()
                .find(|i| i.code == IssueCode::Required && i.path.to_wire() == field.path())
                .unwrap();
            let own = localization::format(tag, &localization::required_id(*field), None);
            assert_eq!(Some(&issue.message), own.as_ref(), "{tag} {}", field.path());
            assert_ne!(issue.message, generic(*field), "{tag} {}", field.path());
            // A block says what its first box says; different boxes say different things.
            if let Some(other) = words.insert(issue.message.clone(), field.first_box()) {
                assert_eq!(other, field.first_box(), "{tag}: {}", issue.message);
            }
        }
    }
}

/// Locales whose orthography capitalizes nouns inside a sentence.
const CAPITALIZES_NOUNS: &[&str] = &["de"];

#[test]
fn no_message_puts_a_capitalized_label_mid_sentence() {
    let params = sample_params();
    let required: Vec<Field> = missing_field_cases()
        .into_iter()
        .map(|(_, _, f)| f)
        .collect();
    let mut wrong = Vec::new();
    for tag in locales()
        .into_iter()
        .filter(|t| !CAPITALIZES_NOUNS.contains(t))
    {
        let labels: Vec<String> = Field::ALL
            .iter()
            .map(|f| localization::label(tag, *f))
            .filter(|l| l.chars().next().is_some_and(char::is_uppercase))
            .collect();
        for &code in IssueCode::ALL {
            for &field in &Field::ALL[1..] {
                // `required` is said only of the fields that can be missing.
                if code == IssueCode::Required && !required.contains(&field) {
                    continue;
                }
                let message = localization::issue_message(
                    tag,
                    Default::default(),
                    code,
                    Some(field),
                    "",
                    &params,
                );
                for label in &labels {
                    for (at, _) in message.match_indices(label.as_str()) {
                        let before = message[..at].trim_end();
                        let starts_sentence = before.is_empty()
                            || before.ends_with(['.', '!', '?', ':'])
                            || before.ends_with(['“', '«', '„', '"', '‘', '「']);
                        if !starts_sentence {
                            wrong.push(format!("{tag} {code} {}: {message}", field.path()));
                        }
                    }
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "capitalized labels mid-sentence:\n{}",
        wrong.join("\n")
    );
}
