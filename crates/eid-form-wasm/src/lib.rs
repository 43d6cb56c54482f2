//! The WebAssembly binding of eid-form: the only crate that names wasm-bindgen
//! and js-sys. A thin layer, one export per operation: JavaScript values in,
//! the core's own types through (options deserialize into the core's
//! `Options`), JSON or plain objects out. Misuse of the API (an unknown option,
//! a locale that is not a string, a `today` that is not a date, a locale whose
//! messages are not loaded) throws, through one conversion ([`misuse`]); a form
//! never does.
//!
//! The core is built without `all-locales`: `en` and `vi` are in the module,
//! every other locale is added by the glue with [`add_locale`] (`loadLocale` in
//! a browser, all of them at import in Node).

mod input;

use eid_form::localization::{self, Style};
use eid_form::rules::{mrz, phone};
use eid_form::{schema, Date, Options};
use js_sys::Reflect;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Records a panic's message where the JavaScript glue finds it after the trap
/// (`globalThis.__eidFormPanic`): the glue then restarts the module.
#[wasm_bindgen(start)]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let _ = Reflect::set(
            &js_sys::global(),
            &JsValue::from_str("__eidFormPanic"),
            &JsValue::from_str(&info.to_string()),
        );
    }));
}

/// A panic on purpose, compiled only into the test build that proves recovery.
#[cfg(feature = "panic-test")]
#[wasm_bindgen(js_name = panicForTest)]
pub fn panic_for_test() {
    panic!("deliberate panic for the recovery test");
}

/// The one conversion of misuse into a JavaScript error.
fn misuse(error: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("eid-form: {error}"))
}

/// Options of a call: `undefined` or `null` for the defaults, else an object
/// that deserializes into the core's own struct, straight from JSON text (no
/// `serde_json::Value` on the way), so serde sees every key and refuses the
/// ones the struct does not have. The text is the glue's `JSON.stringify` of
/// the options when faithful (`formText` in api.js), else the object written
/// as text here.
fn options_of<T: DeserializeOwned + Default>(
    value: &JsValue,
    text: Option<String>,
) -> Result<T, JsError> {
    let text = match text {
        Some(text) => text,
        None if value.is_null() || value.is_undefined() => return Ok(T::default()),
        None if js_sys::Array::is_array(value) || !value.is_object() => {
            return Err(misuse("options must be an object"))
        }
        None => {
            let mut text = String::new();
            input::write(value, 0, &mut text);
            text
        }
    };
    match text.as_bytes().first() {
        Some(b'{') => {}
        _ if text == "null" => return Ok(T::default()),
        _ => return Err(misuse("options must be an object")),
    }
    serde_json::from_str(&text).map_err(|error| {
        // The text is ours: where in it serde stopped says nothing to the caller.
        let message = error.to_string();
        misuse(
            message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(m, _)| m),
        )
    })
}

/// The locale a call asks for, negotiated, when its messages (and `vi`'s in
/// bilingual mode) are loaded: never a silent fallback to another locale.
fn loaded_locale(requested: &str, bilingual: bool) -> Result<&'static str, JsError> {
    localization::require_loaded(requested, bilingual).map_err(|missing| {
        misuse(format!(
            "{missing}: await loadLocale({:?}) first",
            missing.tag
        ))
    })
}

/// The options of `validate` and `validateField`, with the browser's today in
/// Vietnam when none is given: the core reads no clock here.
fn validate_options(value: &JsValue, text: Option<String>) -> Result<Options, JsError> {
    let mut options: Options = options_of(value, text)?;
    loaded_locale(&options.locale, options.bilingual)?;
    if options.today.is_none() {
        let seconds = (js_sys::Date::now() / 1000.0) as i64;
        options.today = Some(Date::in_vietnam_at(seconds));
    }
    Ok(options)
}

fn string_of(value: JsValue, what: &str) -> Result<String, JsError> {
    value
        .as_string()
        .ok_or_else(|| misuse(format!("{what} must be a string")))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(misuse)
}

/// `validate(form, formText, options, optionsText)`: the report as JSON text,
/// which the glue parses. `formText` and `optionsText` are the form and the
/// options as `JSON.stringify` wrote them, when that text is faithful (far
/// cheaper than walking the object from here); the report comes from the same
/// serializer as the native side.
#[wasm_bindgen]
pub fn validate(
    form: JsValue,
    form_text: Option<String>,
    options: JsValue,
    options_text: Option<String>,
) -> Result<String, JsError> {
    let options = validate_options(&options, options_text)?;
    let report = input::form_texts(&form, form_text)
        .find_map(|text| eid_form::validate_text(&text, &options))
        .unwrap_or_else(|| eid_form::invalid_json_report(&options));
    Ok(report.to_json())
}

/// `validateField(path, form, formText, options, optionsText)`: `{ fields,
/// issues }` as JSON text (FORM.md 1.1, "Checking one field").
#[wasm_bindgen(js_name = validateField)]
pub fn validate_field(
    path: JsValue,
    form: JsValue,
    form_text: Option<String>,
    options: JsValue,
    options_text: Option<String>,
) -> Result<String, JsError> {
    let path = string_of(path, "the path (such as \"contact.phone\")")?;
    let options = validate_options(&options, options_text)?;
    let mut answer = None;
    for text in input::form_texts(&form, form_text) {
        answer = eid_form::validate_field_json(&path, &text, &options).map_err(misuse)?;
        if answer.is_some() {
            break;
        }
    }
    let answer = answer.ok_or_else(|| misuse("the form could not be read"))?;
    serde_json::to_string(&answer).map_err(misuse)
}

/// `schema(locale?, { bilingual?, isolating? })`: the form for a page.
#[wasm_bindgen]
pub fn schema(locale: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let locale = match locale.is_undefined() || locale.is_null() {
        true => localization::DEFAULT_LOCALE.to_string(),
        false => string_of(locale, "`locale` (such as \"en\" or \"ja\")")?,
    };
    let style: Style = options_of(&options, None)?;
    loaded_locale(&locale, style.bilingual)?;
    to_js(&schema::schema(&locale, style))
}

/// `parseMrz(text)`: the fields of two TD3 lines and the state of each check
/// digit, or `null` when the text is not two TD3 lines with each character in
/// its field's alphabet (`mrz-format`).
#[wasm_bindgen(js_name = parseMrz)]
pub fn parse_mrz(text: JsValue) -> Result<JsValue, JsError> {
    let text = string_of(text, "parseMrz's scanned text")?;
    match mrz::parse_td3(&text) {
        Some(parsed) => to_js(&parsed),
        None => Ok(JsValue::NULL),
    }
}

/// `normalizePhone(text)`: the E.164 form of a Vietnamese mobile number, or
/// `null` when it is not one.
#[wasm_bindgen(js_name = normalizePhone)]
pub fn normalize_phone(text: JsValue) -> Result<JsValue, JsError> {
    let text = string_of(text, "normalizePhone's number")?;
    Ok(match phone::judge(&text) {
        phone::PhoneVerdict::VietnameseMobile(e164) => JsValue::from_str(&e164),
        _ => JsValue::NULL,
    })
}

/// `text(locale, id, args?, { bilingual?, isolating? })`: any text of the
/// locale files (`ui-idle-warning` with `{ seconds }`, ...), formatted by Fluent
/// with its plural rules, in the style `schema` and `validate` use; the id itself
/// when no locale has it.
#[wasm_bindgen]
pub fn text(
    locale: JsValue,
    id: JsValue,
    args: JsValue,
    options: JsValue,
) -> Result<String, JsError> {
    let locale = string_of(locale, "`locale` (such as \"en\" or \"ja\")")?;
    let id = string_of(id, "the text id (such as \"ui-title\")")?;
    let args = input::text_args(&args);
    let style: Style = options_of(&options, None)?;
    loaded_locale(&locale, style.bilingual)?;
    Ok(localization::text_from_params(&locale, style, &id, &args))
}

/// `locales()`: the BCP 47 tags the messages exist in, loaded or not.
#[wasm_bindgen]
pub fn locales() -> Vec<String> {
    localization::locales()
        .into_iter()
        .map(String::from)
        .collect()
}

/// `loadedLocales()`: the locales whose messages are loaded.
#[wasm_bindgen(js_name = loadedLocales)]
pub fn loaded_locales() -> Vec<String> {
    localization::loaded_locales()
        .into_iter()
        .map(String::from)
        .collect()
}

/// The glue's: the locale a request negotiates to (`ja-JP` gives `ja`, an
/// unknown tag `en`), loaded or not, so it knows which file to load.
#[wasm_bindgen(js_name = negotiateLocale)]
pub fn negotiate_locale(requested: JsValue) -> Result<String, JsError> {
    let requested = string_of(requested, "`locale` (such as \"en\" or \"ja\")")?;
    Ok(localization::negotiate(&requested).to_string())
}

/// The glue's: adds a locale's text from the package's `locales/<tag>.js`,
/// refused unless it is this version's own text of that locale.
#[wasm_bindgen(js_name = addLocale)]
pub fn add_locale(tag: JsValue, source: JsValue) -> Result<String, JsError> {
    let tag = string_of(tag, "`locale` (such as \"en\" or \"ja\")")?;
    let source = string_of(source, "a locale's text")?;
    localization::add_locale(&tag, source)
        .map(String::from)
        .map_err(misuse)
}
