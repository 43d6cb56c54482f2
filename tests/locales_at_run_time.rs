//! Locales as they ship and as they are added at run time
//! (`localization::add_locale`, the npm package's `loadLocale`). Meaningful in
//! both builds: with the default `all-locales` (every locale built in, adding
//! one changes nothing) and without it (`en` and `vi` built in; `tests/run.sh`
//! runs this file with `--no-default-features` too), where the other locales
//! start out missing and are added here, from several threads at once.

use eid_form::localization::{
    self, add_locale, built_in_source, is_loaded, loaded_locales, locales, require_loaded,
    LocaleError, NotLoaded, Style, DEFAULT_LOCALE, OFFICIAL_LOCALE,
};
use eid_form::{validate, Options};
use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use std::fs;
use std::path::Path;

/// A locale's text as the build ships it: `OUT_DIR/built-in/<tag>.ftl` when
/// built in, else `OUT_DIR/locales/<tag>.ftl` (the npm package's asset).
fn shipped_text(tag: &str) -> String {
    let out = Path::new(env!("OUT_DIR"));
    let built_in = out.join("built-in").join(format!("{tag}.ftl"));
    let left_out = out.join("locales").join(format!("{tag}.ftl"));
    fs::read_to_string(&built_in)
        .or_else(|_| fs::read_to_string(&left_out))
        .unwrap_or_else(|_| panic!("no shipped text for {tag}"))
}

/// The entries of a Fluent text without its comments (standalone comments
/// dropped, those attached to a message or term cleared).
fn entries_without_comments(source: &str) -> Vec<Entry<String>> {
    let resource = parser::parse(source.to_string()).unwrap_or_else(|(_, errors)| {
        panic!("syntax errors: {errors:?}");
    });
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(mut message) => {
                message.comment = None;
                Some(Entry::Message(message))
            }
            Entry::Term(mut term) => {
                term.comment = None;
                Some(Entry::Term(term))
            }
            Entry::Comment(_) | Entry::GroupComment(_) | Entry::ResourceComment(_) => None,
            junk @ Entry::Junk { .. } => Some(junk),
        })
        .collect()
}

#[test]
fn the_shipped_text_is_the_locale_files_without_their_comments() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for tag in locales() {
        let mut files: Vec<_> = fs::read_dir(root.join(tag))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        let original: String = files
            .iter()
            .map(|path| fs::read_to_string(path).unwrap())
            .collect::<Vec<_>>()
            .join("\n");
        let shipped = shipped_text(tag);
        assert!(!shipped.lines().any(|line| line.starts_with('#')), "{tag}");
        assert!(shipped.len() < original.len(), "{tag}");
        assert_eq!(
            entries_without_comments(&shipped),
            entries_without_comments(&original),
            "{tag}"
        );
        if let Some(built_in) = built_in_source(tag) {
            assert_eq!(built_in, shipped, "{tag}");
        }
    }
}

#[test]
fn the_fallback_chain_is_always_built_in() {
    for tag in [DEFAULT_LOCALE, OFFICIAL_LOCALE] {
        assert!(built_in_source(tag).is_some(), "{tag}");
        assert!(is_loaded(tag), "{tag}");
        assert_eq!(require_loaded(tag, true), Ok(tag));
    }
    assert!(loaded_locales().contains(&DEFAULT_LOCALE));
    assert_eq!(locales().len(), 12);
}

#[test]
fn only_the_librarys_own_text_of_a_known_locale_is_added() {
    assert_eq!(
        add_locale("xx", shipped_text("ja")),
        Err(LocaleError::Unknown("xx".to_string()))
    );
    // Negotiation is the caller's: only a tag the library has is taken.
    assert!(matches!(
        add_locale("ja-JP", shipped_text("ja")),
        Err(LocaleError::Unknown(_))
    ));
    let edited = shipped_text("ja").replacen('。', ".", 1);
    assert_eq!(
        add_locale("ja", edited),
        Err(LocaleError::NotTheLibrarys("ja"))
    );
    assert_eq!(
        add_locale("ko", shipped_text("ja")),
        Err(LocaleError::NotTheLibrarys("ko"))
    );
    let message = LocaleError::NotTheLibrarys("ko").to_string();
    assert!(message.contains("\"ko\"") && message.contains(env!("CARGO_PKG_VERSION")));
    let message = LocaleError::Unknown("xx".into()).to_string();
    assert!(message.contains("ar, de, en"), "{message}");
    // The built-in locales take their own text again, and nothing changes.
    assert_eq!(add_locale("en", shipped_text("en")), Ok("en"));
    assert_eq!(add_locale("VI", shipped_text("vi")), Ok("vi"));
    assert_eq!(
        add_locale("vi", shipped_text("en")),
        Err(LocaleError::NotTheLibrarys("vi"))
    );
}

#[test]
fn a_locale_added_from_several_threads_renders_as_built_in() {
    let built_in = cfg!(feature = "all-locales");
    let tags = ["ja", "ar", "zh-TW"];
    for tag in tags {
        assert_eq!(is_loaded(tag), built_in, "{tag}");
        let required = require_loaded(&format!("{tag}-u-nu-latn"), false);
        if built_in {
            assert_eq!(required, Ok(tag));
        } else {
            assert_eq!(
                required,
                Err(NotLoaded {
                    tag,
                    bilingual: false
                })
            );
            assert_eq!(
                required.unwrap_err().to_string(),
                format!("locale {tag:?} is not loaded")
            );
        }
    }
    // Eight threads add the same locales and render in them at once: each is
    // parsed once, and every thread reads the same words.
    let rendered: Vec<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                scope.spawn(move || {
                    tags.iter()
                        .map(|tag| {
                            assert_eq!(add_locale(tag, shipped_text(tag)), Ok(*tag));
                            let title = localization::text(tag, Style::default(), "ui-title", None);
                            let options = Options::new(Some("2025-07-01"), tag).unwrap();
                            let report = validate(&serde_json::json!({}), &options);
                            format!("{title}\n{}", report.to_json())
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(rendered.windows(2).all(|pair| pair[0] == pair[1]));
    for tag in tags {
        assert!(is_loaded(tag), "{tag}");
        assert!(loaded_locales().contains(&tag));
        assert_eq!(require_loaded(tag, true), Ok(tag));
    }
    // The words are the locale's own, not the fallback's.
    let [ja, ar, zh_tw] = &rendered[0][..] else {
        unreachable!()
    };
    assert!(ja.starts_with("電子識別アカウント申請書\n"), "{ja}");
    assert!(
        ja.contains("アカウントのレベルを選択してください") && !ja.contains("Select "),
        "{ja}"
    );
    assert!(
        ar.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "{ar}"
    );
    assert!(zh_tw.contains("\"locale\":\"zh-TW\""), "{zh_tw}");
}
