//! The WebAssembly binding: the only module that names wasm-bindgen and js-sys.
//! A thin layer: JavaScript values in, the core's own types through, plain
//! JavaScript objects out. Misuse of the API (an unknown option, a locale that
//! is not a string, a `today` that is not a date) throws; a form never does.

use eid_form::localization::{self, Style};
use eid_form::rules::{mrz, phone};
use eid_form::{schema, validate_field, Date, Options};
use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use serde_json::{Map, Number, Value};
use wasm_bindgen::prelude::*;

/// Records a panic's message where the JavaScript glue finds it after the trap
/// (`globalThis.__eidFormPanic`), and logs it: the glue then restarts the module.
#[wasm_bindgen(start)]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        let _ = Reflect::set(
            &js_sys::global(),
            &JsValue::from_str("__eidFormPanic"),
            &JsValue::from_str(&message),
        );
    }));
}

/// A panic on purpose, compiled only into the test build that proves recovery.
#[cfg(feature = "panic-test")]
#[wasm_bindgen(js_name = panicForTest)]
pub fn panic_for_test() {
    panic!("deliberate panic for the recovery test");
}

/// Seconds since the Unix epoch, from the JavaScript clock.
pub fn unix_seconds_now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Nesting deeper than the wire format ever goes is cut here, so a hostile
/// 10,000-deep array cannot exhaust the stack.
const MAX_DEPTH: usize = 32;

/// A JavaScript value as the JSON the core reads. `undefined` is left out (as
/// `JSON.stringify` would); NaN, Infinity, BigInt, symbols and functions become
/// an empty array, which every field of the wire format refuses as `invalid-type`.
fn to_json(value: &JsValue, depth: usize) -> Value {
    let refused = || Value::Array(Vec::new());
    if depth > MAX_DEPTH {
        return refused();
    }
    if value.is_null() || value.is_undefined() {
        return Value::Null;
    }
    if let Some(flag) = value.as_bool() {
        return Value::Bool(flag);
    }
    if let Some(number) = value.as_f64() {
        if number.fract() == 0.0 && number.abs() <= 9_007_199_254_740_992.0 {
            return Value::from(number as i64);
        }
        return Number::from_f64(number).map_or_else(refused, Value::Number);
    }
    if let Some(text) = value.as_string() {
        return Value::String(text);
    }
    if Array::is_array(value) {
        let array = Array::from(value);
        return Value::Array(array.iter().map(|item| to_json(&item, depth + 1)).collect());
    }
    if value.is_object() {
        let mut map = Map::new();
        for entry in Object::entries(&Object::from(value.clone())).iter() {
            let entry = Array::from(&entry);
            let item = entry.get(1);
            if item.is_undefined() {
                continue;
            }
            if let Some(key) = entry.get(0).as_string() {
                map.insert(key, to_json(&item, depth + 1));
            }
        }
        return Value::Object(map);
    }
    refused()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The known keys of an options object, each checked; anything else throws.
fn options_from(value: &JsValue, allowed: &[&str]) -> Result<Options, JsError> {
    options_from_json(&to_json(value, 0), allowed)
}

/// The options as JSON (walked from the object, or written by the glue as text).
fn options_from_json(value: &Value, allowed: &[&str]) -> Result<Options, JsError> {
    let mut options = Options::default();
    let map = match value {
        Value::Null => Map::new(),
        Value::Object(map) => map.clone(),
        _ => return Err(JsError::new("options must be an object")),
    };
    for (key, item) in &map {
        if !allowed.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "unknown option {key:?}: the options are {}",
                allowed.join(", ")
            )));
        }
        match key.as_str() {
            "today" => {
                let text = item
                    .as_str()
                    .ok_or_else(|| JsError::new("`today` must be a string written YYYY-MM-DD"))?;
                options.today = Some(Date::parse(text).ok_or_else(|| {
                    JsError::new(&format!(
                        "`today` must be a real date written YYYY-MM-DD, not {text:?}"
                    ))
                })?);
            }
            "locale" => {
                options.locale = item
                    .as_str()
                    .ok_or_else(|| {
                        JsError::new("`locale` must be a string such as \"en\" or \"ja\"")
                    })?
                    .to_string();
            }
            "bilingual" | "isolating" => {
                let flag = item
                    .as_bool()
                    .ok_or_else(|| JsError::new(&format!("`{key}` must be true or false")))?;
                if key == "bilingual" {
                    options.bilingual = flag;
                } else {
                    options.isolating = flag;
                }
            }
            _ => {}
        }
    }
    // The core reads no clock here: the browser's today in Vietnam is passed in.
    if options.today.is_none() {
        options.today = Some(Date::in_vietnam_at(unix_seconds_now()));
    }
    Ok(options)
}

/// Options the glue wrote as JSON text (as faithful as a form's text).
fn options_from_text(text: &str, allowed: &[&str]) -> Result<Options, JsError> {
    let value: Value =
        serde_json::from_str(text).map_err(|_| JsError::new("options must be an object"))?;
    options_from_json(&value, allowed)
}

const VALIDATE_OPTIONS: &[&str] = &["today", "locale", "bilingual", "isolating"];

/// `validate(form, { today?, locale?, bilingual?, isolating? })`: the report as
/// JSON text, which the JavaScript glue parses. The text comes from the same
/// serializer as the native side, and measured faster than building the
/// objects through serde-wasm-bindgen (README, Size and speed).
#[wasm_bindgen(js_name = validate)]
pub fn validate_js(form: JsValue, options: JsValue) -> Result<String, JsError> {
    let options = options_from(&options, VALIDATE_OPTIONS)?;
    Ok(eid_form::validate(&to_json(&form, 0), &options).to_json())
}

/// `validateText(json, optionsJson)`: `validate` for a form the glue has written as
/// JSON text (`JSON.stringify` is native and far cheaper than walking the object
/// from here, one boundary crossing per value). The glue writes only forms whose
/// text means what the object walk above reads (README, Decisions); `undefined`
/// when the text is not JSON serde_json takes (a lone surrogate), and the glue
/// then walks the object instead.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text_js(text: &str, options: &str) -> Result<Option<String>, JsError> {
    let options = options_from_text(options, VALIDATE_OPTIONS)?;
    Ok(form_from_text(text).map(|form| eid_form::validate(&form, &options).to_json()))
}

/// `validateFieldText(path, json, optionsJson)`: `validateField` for a form
/// written as JSON text, as `validateText`.
#[wasm_bindgen(js_name = validateFieldText)]
pub fn validate_field_text_js(
    path: JsValue,
    text: &str,
    options: &str,
) -> Result<Option<String>, JsError> {
    let path = path
        .as_string()
        .ok_or_else(|| JsError::new("the path must be a string such as \"contact.phone\""))?;
    let options = options_from_text(options, VALIDATE_OPTIONS)?;
    let Some(form) = form_from_text(text) else {
        return Ok(None);
    };
    let issues =
        validate_field(&path, &form, &options).map_err(|e| JsError::new(&e.to_string()))?;
    serde_json::to_string(&issues)
        .map(Some)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The form from the glue's JSON text (numbers in it are safe integers only, so
/// they read as the object walk reads them).
fn form_from_text(text: &str) -> Option<Value> {
    serde_json::from_str(text).ok()
}

/// `validateField(path, form, options)`: the issues of that field and of the
/// fields whose rules read it.
#[wasm_bindgen(js_name = validateField)]
pub fn validate_field_js(
    path: JsValue,
    form: JsValue,
    options: JsValue,
) -> Result<String, JsError> {
    let path = path
        .as_string()
        .ok_or_else(|| JsError::new("the path must be a string such as \"contact.phone\""))?;
    let options = options_from(&options, VALIDATE_OPTIONS)?;
    let issues = validate_field(&path, &to_json(&form, 0), &options)
        .map_err(|e| JsError::new(&e.to_string()))?;
    serde_json::to_string(&issues).map_err(|e| JsError::new(&e.to_string()))
}

/// `schema(locale?, { bilingual?, isolating? })`: the form for a page.
#[wasm_bindgen(js_name = schema)]
pub fn schema_js(locale: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let locale = if locale.is_undefined() || locale.is_null() {
        localization::DEFAULT_LOCALE.to_string()
    } else {
        locale
            .as_string()
            .ok_or_else(|| JsError::new("`locale` must be a string such as \"en\" or \"ja\""))?
    };
    let options = options_from(&options, &["bilingual", "isolating"])?;
    let style = Style {
        bilingual: options.bilingual,
        isolating: options.isolating,
    };
    to_js(&schema::schema(&locale, style))
}

/// `parseMrz(text)`: the fields of two TD3 lines and the state of each check
/// digit, or `null` when the text is not two TD3 lines.
#[wasm_bindgen(js_name = parseMrz)]
pub fn parse_mrz_js(text: JsValue) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("parseMrz takes the scanned text as a string"))?;
    match mrz::parse_td3(&text) {
        Some(parsed) => to_js(&parsed),
        None => Ok(JsValue::NULL),
    }
}

/// `normalizePhone(text)`: the E.164 form of a Vietnamese mobile number, or
/// `null` when it is not one.
#[wasm_bindgen(js_name = normalizePhone)]
pub fn normalize_phone_js(text: JsValue) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new("normalizePhone takes the number as a string"))?;
    Ok(match phone::judge(&text) {
        phone::PhoneVerdict::VietnameseMobile(e164) => JsValue::from_str(&e164),
        _ => JsValue::NULL,
    })
}

/// `text(locale, id, args?, { bilingual?, isolating? })`: any text of the
/// locale files (`ui-idle-warning` with `{ seconds }`, ...), formatted by Fluent
/// with its plural rules, in the style `schema` and `validate` use; the id itself
/// when no locale has it.
#[wasm_bindgen(js_name = text)]
pub fn text_js(
    locale: JsValue,
    id: JsValue,
    args: JsValue,
    options: JsValue,
) -> Result<String, JsError> {
    let locale = locale
        .as_string()
        .ok_or_else(|| JsError::new("`locale` must be a string such as \"en\" or \"ja\""))?;
    let id = id
        .as_string()
        .ok_or_else(|| JsError::new("the text id must be a string such as \"ui-title\""))?;
    let mut fluent_args = fluent_bundle::FluentArgs::new();
    if args.is_object() {
        for entry in Object::entries(&Object::from(args)).iter() {
            let entry = Array::from(&entry);
            let (Some(name), value) = (entry.get(0).as_string(), entry.get(1)) else {
                continue;
            };
            match (value.as_f64(), value.as_string()) {
                (Some(number), _) => fluent_args.set(name, number),
                (_, Some(text)) => fluent_args.set(name, text),
                _ => {}
            }
        }
    }
    let options = options_from(&options, &["bilingual", "isolating"])?;
    let style = Style {
        bilingual: options.bilingual,
        isolating: options.isolating,
    };
    let tag = localization::negotiate(&locale);
    Ok(localization::text(tag, style, &id, Some(&fluent_args)))
}

/// `locales()`: the BCP 47 tags the messages exist in.
#[wasm_bindgen(js_name = locales)]
pub fn locales_js() -> Array {
    localization::locales()
        .into_iter()
        .map(JsValue::from_str)
        .collect()
}
