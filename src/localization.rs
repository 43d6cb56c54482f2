//! Messages and labels through Fluent. Each locale's `.ftl` files under
//! `locales/` become one Fluent resource at build time (comments left out; see
//! `build.rs`). With the default feature `all-locales` every locale is built in;
//! without it only `en` and `vi` are (the default and the officers' language,
//! the fallback chain), and the others are added at run time with
//! [`add_locale`] (the npm package's `loadLocale`). A locale is parsed on first
//! use and then shared, across threads on a server. Formatting never fails
//! hard: a missing message falls back along the chain (the locale, `en`, `vi`),
//! and Fluent's own errors still yield the best-effort text. A right-to-left
//! page gets its left-to-right runs isolated (`direction`, FORM.md 1.1).

use crate::code::IssueCode;
use crate::date::Date;
use crate::field::Field;
use crate::report::Params;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde_json::Value;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};
use unic_langid::LanguageIdentifier;

mod direction;

mod generated {
    use super::LocaleFile;
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

use generated::LOCALE_FILES;

/// The locale used when negotiation finds nothing closer.
pub const DEFAULT_LOCALE: &str = "en";
/// The officers' language, last in every fallback chain.
pub const OFFICIAL_LOCALE: &str = "vi";
/// The locales written right to left.
const RIGHT_TO_LEFT: &[&str] = &["ar"];

type Bundle = FluentBundle<FluentResource>;

/// One locale of the library, as `build.rs` lists it.
struct LocaleFile {
    tag: &'static str,
    /// Its Fluent text, when built in.
    built_in: Option<&'static str>,
    /// The [`fingerprint`] of its text, built in or not: [`add_locale`] takes
    /// only this very text, so a report in a locale added at run time is the
    /// same, byte for byte, as one from a build that has it built in.
    fingerprint: u64,
}

impl LocaleFile {
    const fn built_in(tag: &'static str, source: &'static str) -> LocaleFile {
        LocaleFile {
            tag,
            built_in: Some(source),
            fingerprint: fingerprint(source.as_bytes()),
        }
    }

    /// A locale this build leaves out: its text is read at compile time only,
    /// for its fingerprint, and does not reach the binary.
    #[cfg_attr(feature = "all-locales", allow(dead_code))]
    const fn left_out(tag: &'static str, source: &[u8]) -> LocaleFile {
        LocaleFile {
            tag,
            built_in: None,
            fingerprint: fingerprint(source),
        }
    }
}

// The fallback chain is always built in (`build.rs`, `ALWAYS_BUILT_IN`).
const _: () = assert!(built_in_at_compile_time(DEFAULT_LOCALE));
const _: () = assert!(built_in_at_compile_time(OFFICIAL_LOCALE));

const fn built_in_at_compile_time(tag: &str) -> bool {
    let mut i = 0;
    while i < LOCALE_FILES.len() {
        if same(LOCALE_FILES[i].tag, tag) {
            return LOCALE_FILES[i].built_in.is_some();
        }
        i += 1;
    }
    false
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// FNV-1a over 64-bit words (eight bytes a step, so checking a text added at
/// run time costs little), with the length: enough to tell the library's own
/// text of a locale from another version's (not a defence against forgery:
/// the text is the caller's own asset).
const fn fingerprint(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut i = 0;
    while i < bytes.len() {
        let mut word = [0u8; 8];
        let mut j = 0;
        while j < 8 && i + j < bytes.len() {
            word[j] = bytes[i + j];
            j += 1;
        }
        hash = (hash ^ u64::from_le_bytes(word)).wrapping_mul(PRIME);
        i += 8;
    }
    hash
}

/// The locales the library has, as BCP 47 tags, loaded or not.
pub fn locales() -> Vec<&'static str> {
    LOCALE_FILES.iter().map(|file| file.tag).collect()
}

/// The locales whose messages are here: built in, or added with
/// [`add_locale`]. With the `all-locales` feature, all of them.
pub fn loaded_locales() -> Vec<&'static str> {
    LOCALE_FILES
        .iter()
        .zip(slots())
        .filter(|(_, slot)| slot.loaded.load(Ordering::Acquire))
        .map(|(file, _)| file.tag)
        .collect()
}

/// Whether locale `tag` (one of [`locales`], as negotiated) has its messages
/// here.
pub fn is_loaded(tag: &str) -> bool {
    slot(tag).is_some_and(|(_, slot)| slot.loaded.load(Ordering::Acquire))
}

/// The Fluent text of a built-in locale as the library ships it (one resource,
/// comments left out); `None` for a locale that is not built in.
pub fn built_in_source(tag: &str) -> Option<&'static str> {
    LOCALE_FILES
        .iter()
        .find(|file| file.tag == tag)
        .and_then(|file| file.built_in)
}

/// Why [`add_locale`] refused a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocaleError {
    /// The library has no locale with this tag.
    Unknown(String),
    /// The text is not this version's text of the locale (another version's
    /// file, or an edited one).
    NotTheLibrarys(&'static str),
}

impl std::fmt::Display for LocaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LocaleError::Unknown(tag) => write!(
                f,
                "there is no locale {tag:?}; the locales are {}",
                locales().join(", ")
            ),
            LocaleError::NotTheLibrarys(tag) => write!(
                f,
                "the text given for locale {tag:?} is not this version's (eid-form {}): \
                 load the locale file that came with it",
                env!("CARGO_PKG_VERSION")
            ),
        }
    }
}

impl std::error::Error for LocaleError {}

/// Adds the Fluent text of locale `tag` (one of [`locales`], any letter case),
/// as the library ships it (`OUT_DIR/locales/<tag>.ftl`, the npm package's
/// `locales/<tag>.js`): checked against the text the library was built with,
/// kept, and parsed on first use, once. Adding a locale that is already here
/// changes nothing. Returns the locale's tag as [`locales`] writes it.
/// Safe to call from several threads.
pub fn add_locale(tag: &str, source: String) -> Result<&'static str, LocaleError> {
    let (file, slot) = LOCALE_FILES
        .iter()
        .zip(slots())
        .find(|(file, _)| file.tag.eq_ignore_ascii_case(tag))
        .ok_or_else(|| LocaleError::Unknown(tag.to_string()))?;
    if fingerprint(source.as_bytes()) != file.fingerprint {
        return Err(LocaleError::NotTheLibrarys(file.tag));
    }
    if !slot.loaded.load(Ordering::Acquire) {
        let mut pending = slot.pending.lock().unwrap_or_else(PoisonError::into_inner);
        if !slot.loaded.load(Ordering::Acquire) {
            *pending = Some(source);
            slot.loaded.store(true, Ordering::Release);
        }
    }
    Ok(file.tag)
}

/// A requested locale whose messages are not here (see [`require_loaded`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotLoaded {
    /// The locale to add, as negotiated.
    pub tag: &'static str,
    /// Whether it is needed as the Vietnamese half of a bilingual text.
    pub bilingual: bool,
}

impl std::fmt::Display for NotLoaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let role = if self.bilingual {
            " (bilingual mode)"
        } else {
            ""
        };
        write!(f, "locale {:?}{role} is not loaded", self.tag)
    }
}

impl std::error::Error for NotLoaded {}

/// The locale `requested` negotiates to, when its messages are here, and so
/// are `vi`'s in bilingual mode: a caller that cannot have every locale built
/// in asks this before rendering, because rendering itself never fails and a
/// locale that is not here would silently fall back along the chain.
pub fn require_loaded(requested: &str, bilingual: bool) -> Result<&'static str, NotLoaded> {
    let tag = negotiate(requested);
    if !is_loaded(tag) {
        return Err(NotLoaded {
            tag,
            bilingual: false,
        });
    }
    if bilingual && !is_loaded(OFFICIAL_LOCALE) {
        return Err(NotLoaded {
            tag: OFFICIAL_LOCALE,
            bilingual: true,
        });
    }
    Ok(tag)
}

/// The available locale closest to a BCP 47 request: the tag itself, the
/// Chinese script and region readings of FORM.md, the bare language, then `en`.
/// Never fails: an unknown or malformed tag gives `en`. Every locale of the
/// library counts, loaded or not.
pub fn negotiate(requested: &str) -> &'static str {
    let available = |tag: &str| {
        LOCALE_FILES
            .iter()
            .map(|file| file.tag)
            .find(|t| t.eq_ignore_ascii_case(tag))
    };
    let requested = requested.trim().replace('_', "-");
    // Extensions and private use (`ja-u-ca-japanese`, `zh-Hant-TW-u-nu-hanidec`,
    // `en-x-kiosk`) say nothing about the language: everything from the first
    // one-letter subtag on is left out.
    let requested = requested
        .split('-')
        .take_while(|subtag| subtag.len() != 1)
        .collect::<Vec<_>>()
        .join("-");
    if let Some(tag) = available(&requested) {
        return tag;
    }
    let Ok(id) = requested.parse::<LanguageIdentifier>() else {
        return DEFAULT_LOCALE;
    };
    let language = id.language.as_str();
    if language == "zh" {
        let script = id.script.map(|s| s.as_str().to_ascii_lowercase());
        let region = id.region.map(|r| r.as_str().to_ascii_uppercase());
        let traditional = script.as_deref() == Some("hant")
            || (script.is_none() && matches!(region.as_deref(), Some("TW" | "HK" | "MO")));
        let tag = if traditional { "zh-TW" } else { "zh-CN" };
        if let Some(tag) = available(tag) {
            return tag;
        }
    }
    if let Some(region) = id.region {
        if let Some(tag) = available(&format!("{language}-{}", region.as_str())) {
            return tag;
        }
    }
    available(language).unwrap_or(DEFAULT_LOCALE)
}

/// Whether locale `tag` is written right to left (a page sets `dir="rtl"`).
pub fn is_right_to_left(tag: &str) -> bool {
    RIGHT_TO_LEFT.contains(&tag)
}

/// What the library holds of one locale.
struct Slot {
    /// Built in, or added.
    loaded: AtomicBool,
    /// A text added at run time, until its first use parses it.
    pending: Mutex<Option<String>>,
    bundle: OnceLock<Bundle>,
}

/// One slot per locale, in the order of `LOCALE_FILES`.
fn slots() -> &'static [Slot] {
    static SLOTS: OnceLock<Box<[Slot]>> = OnceLock::new();
    SLOTS.get_or_init(|| {
        LOCALE_FILES
            .iter()
            .map(|file| Slot {
                loaded: AtomicBool::new(file.built_in.is_some()),
                pending: Mutex::new(None),
                bundle: OnceLock::new(),
            })
            .collect()
    })
}

fn slot(tag: &str) -> Option<(&'static LocaleFile, &'static Slot)> {
    LOCALE_FILES
        .iter()
        .zip(slots())
        .find(|(file, _)| file.tag == tag)
}

/// The bundle of a locale, parsed on its first use; `None` when the locale is
/// not here.
fn bundle(tag: &str) -> Option<&'static Bundle> {
    let (file, slot) = slot(tag)?;
    if let Some(bundle) = slot.bundle.get() {
        return Some(bundle);
    }
    if let Some(source) = file.built_in {
        return Some(
            slot.bundle
                .get_or_init(|| build_bundle(file.tag, source.to_string())),
        );
    }
    let mut pending = slot.pending.lock().unwrap_or_else(PoisonError::into_inner);
    // Another thread may have parsed it while this one waited.
    if let Some(bundle) = slot.bundle.get() {
        return Some(bundle);
    }
    let source = pending.take()?;
    Some(slot.bundle.get_or_init(|| build_bundle(file.tag, source)))
}

fn build_bundle(tag: &str, source: String) -> Bundle {
    let id: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Plain text: no Unicode isolation marks around placeables (see README, Localization).
    bundle.set_use_isolating(false);
    // A resource with syntax errors still yields its valid entries.
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The chain of locales a message is looked up in.
fn chain(tag: &str) -> impl Iterator<Item = &'static Bundle> + '_ {
    [tag, DEFAULT_LOCALE, OFFICIAL_LOCALE]
        .into_iter()
        .filter_map(bundle)
}

/// Formats message `id` with `args` in the first locale of the chain that has
/// it; `None` when no locale has it.
pub fn format(tag: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    chain(tag).find_map(|bundle| {
        let message = bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    })
}

/// [`text`] for callers outside Rust (the package): in the locale closest to
/// `requested`, with string and number arguments given as JSON (others are left
/// out).
pub fn text_from_params(requested: &str, style: Style, id: &str, args: &Params) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Value::Number(n) => {
                if let Some(number) = n.as_f64() {
                    fluent_args.set(name.clone(), number);
                }
            }
            Value::String(s) => fluent_args.set(name.clone(), s.clone()),
            _ => {}
        }
    }
    text(negotiate(requested), style, id, Some(&fluent_args))
}

/// Whether locale `tag` itself (no fallback) has message `id`.
pub fn has_message(tag: &str, id: &str) -> bool {
    bundle(tag).is_some_and(|b| b.has_message(id))
}

/// The Fluent id of a field's label: `field-applicant-passport-number`.
pub fn label_id(field: Field) -> String {
    if field == Field::Root {
        return "field-application".to_string();
    }
    format!("field-{}", field.path().replace('.', "-"))
}

/// The Fluent id of a field's own `required` message, the one that says what
/// to do (`required-applicant-passport-number`): a block's is its first box's
/// ([`Field::first_box`]).
pub fn required_id(field: Field) -> String {
    label_id(field.first_box()).replacen("field-", "required-", 1)
}

/// A field's label in a locale.
pub fn label(tag: &str, field: Field) -> String {
    format(tag, &label_id(field), None).unwrap_or_else(|| field.path().to_string())
}

/// A date as the locale writes it (fluent-rs has no DATETIME): the locale's
/// `date-format` message with `year`, `month`, `day` (zero-padded `mm`, `dd`) and
/// `monthName`.
pub fn format_date(tag: &str, date: Date) -> String {
    let mut args = FluentArgs::new();
    args.set("year", date.year().to_string());
    args.set("month", date.month().to_string());
    args.set("day", date.day().to_string());
    args.set("mm", format!("{:02}", date.month()));
    args.set("dd", format!("{:02}", date.day()));
    let month_name = format(tag, &format!("month-{}", date.month()), None).unwrap_or_default();
    args.set("monthName", month_name);
    format(tag, "date-format", Some(&args)).unwrap_or_else(|| date.to_string())
}

/// A locale tag as options give it (misuse when it is not a string).
pub(crate) fn requested_tag<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    use serde::de::Error;
    let tag: Option<String> = serde::Deserialize::deserialize(deserializer)
        .map_err(|_| D::Error::custom("`locale` must be a string such as \"en\" or \"ja\""))?;
    Ok(tag.unwrap_or_else(|| DEFAULT_LOCALE.to_string()))
}

/// `bilingual` or `isolating` as options give them (misuse when not a boolean).
pub(crate) fn style_flag<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<bool, D::Error> {
    use serde::de::Error;
    let flag: Option<bool> = serde::Deserialize::deserialize(deserializer)
        .map_err(|_| D::Error::custom("`bilingual` and `isolating` must be true or false"))?;
    Ok(flag.unwrap_or(false))
}

/// How a text is put together for its reader. The package's `schema` options
/// deserialize into this very struct.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(rename = "StyleOptions"))]
pub struct Style {
    /// Vietnamese first, then the chosen language: "vi / chosen".
    #[serde(deserialize_with = "style_flag")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub bilingual: bool,
    /// Unicode isolation marks (FSI … PDI) for the page's direction: in a
    /// right-to-left locale around every left-to-right run, elsewhere around
    /// the placeables (see [`Style::isolate`]).
    #[serde(deserialize_with = "style_flag")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub isolating: bool,
}

/// What `isolating` adds to the texts of one locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Isolation {
    None,
    /// Each placeable as it is filled in (left-to-right locales).
    Placeables,
    /// Each left-to-right run of the finished text (FORM.md 1.1, Text direction).
    LtrRuns,
}

impl Style {
    fn isolation(self, tag: &str) -> Isolation {
        match (self.isolating, is_right_to_left(tag)) {
            (false, _) => Isolation::None,
            (true, false) => Isolation::Placeables,
            (true, true) => Isolation::LtrRuns,
        }
    }

    /// The text in `tag`, bilingual and isolated as the style asks: `render`
    /// gives the plain text of one locale.
    pub fn join(self, tag: &str, render: impl Fn(&str) -> String) -> String {
        self.isolate(tag, self.compose(tag, render))
    }

    /// Vietnamese and the chosen text joined in bilingual mode, not isolated.
    pub fn compose(self, tag: &str, render: impl Fn(&str) -> String) -> String {
        let chosen = render(tag);
        if !self.bilingual || tag == OFFICIAL_LOCALE {
            return chosen;
        }
        format!("{} / {chosen}", render(OFFICIAL_LOCALE))
    }

    /// A finished text of locale `tag` as its page shows it: in a right-to-left
    /// locale with `isolating`, every left-to-right run wrapped in FSI … PDI
    /// (FORM.md 1.1, Text direction); otherwise unchanged (a left-to-right
    /// locale's placeables are wrapped as they are filled in, never twice).
    pub fn isolate(self, tag: &str, text: String) -> String {
        match self.isolation(tag) {
            Isolation::LtrRuns => direction::isolate_ltr_runs(&text),
            Isolation::None | Isolation::Placeables => text,
        }
    }
}

/// A placeable's value, wrapped in FSI … PDI when `placeables` says so.
fn placeable(placeables: bool, text: String) -> String {
    if placeables {
        format!("{}{text}{}", direction::FSI, direction::PDI)
    } else {
        text
    }
}

/// Any text of the locale files (`ui-idle-warning` with `{ seconds }`, ...) with
/// `args`, bilingual and isolated as `style` asks (string arguments count as
/// placeables); the id itself when no locale has it.
pub fn text(tag: &str, style: Style, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let wrapped: Option<FluentArgs<'_>> = match (style.isolation(tag), args) {
        (Isolation::Placeables, Some(args)) => Some(
            args.iter()
                .map(|(name, value)| match value {
                    FluentValue::String(s) => {
                        (name, FluentValue::from(placeable(true, s.to_string())))
                    }
                    other => (name, other.clone()),
                })
                .collect(),
        ),
        _ => None,
    };
    let args = wrapped.as_ref().or(args);
    style.join(tag, |tag| {
        format(tag, id, args).unwrap_or_else(|| id.to_string())
    })
}

/// The message of an issue, in the style asked for.
pub fn issue_message(
    tag: &str,
    style: Style,
    code: IssueCode,
    path: Option<Field>,
    key: &str,
    params: &Params,
) -> String {
    let placeables = style.isolation(tag) == Isolation::Placeables;
    style.join(tag, |tag| {
        issue_text(tag, placeables, code, path, key, params)
    })
}

/// The message of an issue in one locale: its code's text with the issue's
/// params, the field's label as `label`, dates written the locale's way, each
/// placeable isolated when `placeables` says so.
fn issue_text(
    tag: &str,
    placeables: bool,
    code: IssueCode,
    path: Option<Field>,
    key: &str,
    params: &Params,
) -> String {
    let wrap = |text: String| placeable(placeables, text);
    let mut args = FluentArgs::new();
    let label = match path {
        Some(field) => label(tag, field),
        None => key.to_string(),
    };
    args.set("label", wrap(label));
    for (name, value) in params {
        let argument: FluentValue<'_> = match value {
            Value::Number(n) => n
                .as_f64()
                .map_or_else(|| n.to_string().into(), FluentValue::from),
            Value::String(s) => match Date::parse(s) {
                Some(date) if name == "date" => wrap(format_date(tag, date)).into(),
                _ => wrap(s.clone()).into(),
            },
            other => wrap(other.to_string()).into(),
        };
        args.set(name.clone(), argument);
    }
    if code == IssueCode::PassportNumberPattern {
        if let Some(pattern) = params
            .get("state")
            .and_then(Value::as_str)
            .and_then(crate::data::passport_pattern)
        {
            args.set("example", wrap(pattern.example.to_string()));
        }
    }
    // A missing field's own words ("Enter your passport number"); the generic
    // text only for a field that has none.
    let own = match (code, path) {
        (IssueCode::Required, Some(field)) => format(tag, &required_id(field), Some(&args)),
        _ => None,
    };
    own.or_else(|| format(tag, code.as_str(), Some(&args)))
        .unwrap_or_else(|| code.as_str().to_string())
}
