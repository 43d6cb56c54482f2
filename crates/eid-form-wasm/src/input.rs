//! JavaScript values as the JSON text the core reads. The glue hands a form
//! over as `JSON.stringify` text when that text means what the object means
//! (see `js/api.js`); otherwise the object is walked here, one value at a time,
//! and written as text.

use eid_form::Params;
use js_sys::{Array, Object};
use serde_json::{Number, Value};
use wasm_bindgen::JsValue;

/// Nesting deeper than the wire format ever goes is cut here, so a hostile
/// 10,000-deep array cannot exhaust the stack.
const MAX_DEPTH: usize = 32;

/// The form as JSON text, in the order to try: the glue's `JSON.stringify`
/// text, then the object walked here and written as text (for what the text
/// could not say faithfully, or serde_json could not read: a lone surrogate,
/// which `JSON.stringify` escapes). The core reads either straight into the
/// form, the same reader as natively, and the only one in the module.
pub fn form_texts(value: &JsValue, text: Option<String>) -> impl Iterator<Item = String> + '_ {
    text.into_iter().chain(std::iter::once_with(move || {
        let mut out = String::new();
        write(value, 0, &mut out);
        out
    }))
}

/// A JavaScript value written as JSON text, with no `serde_json::Value` on the
/// way. `undefined` is left
/// out of objects (as `JSON.stringify` would); NaN, Infinity, BigInt, symbols
/// and functions become an empty array, which every field of the wire format
/// refuses as `invalid-type`. A string comes over as wasm-bindgen hands it
/// (a lone surrogate already replaced by U+FFFD).
pub fn write(value: &JsValue, depth: usize, out: &mut String) {
    const REFUSED: &str = "[]";
    if depth > MAX_DEPTH {
        return out.push_str(REFUSED);
    }
    if value.is_null() || value.is_undefined() {
        return out.push_str("null");
    }
    if let Some(flag) = value.as_bool() {
        return out.push_str(if flag { "true" } else { "false" });
    }
    if let Some(number) = value.as_f64() {
        if number.fract() == 0.0 && number.abs() <= 9_007_199_254_740_992.0 {
            return out.push_str(&(number as i64).to_string());
        }
        return match Number::from_f64(number) {
            Some(number) => out.push_str(&number.to_string()),
            None => out.push_str(REFUSED),
        };
    }
    if let Some(text) = value.as_string() {
        return write_string(&text, out);
    }
    if Array::is_array(value) {
        out.push('[');
        for (index, item) in Array::from(value).iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            write(&item, depth + 1, out);
        }
        return out.push(']');
    }
    if value.is_object() {
        out.push('{');
        let mut first = true;
        for entry in Object::entries(&Object::from(value.clone())).iter() {
            let entry = Array::from(&entry);
            let item = entry.get(1);
            if item.is_undefined() {
                continue;
            }
            if let Some(key) = entry.get(0).as_string() {
                if !first {
                    out.push(',');
                }
                first = false;
                write_string(&key, out);
                out.push(':');
                write(&item, depth + 1, out);
            }
        }
        return out.push('}');
    }
    out.push_str(REFUSED)
}

/// A string as JSON, escaped as serde_json escapes it: `"`, `\` and the
/// control characters, whole runs of other characters copied at once.
pub fn write_string(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(text.len() + 2);
    out.push('"');
    let mut start = 0;
    for (index, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0x00..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[start..index]);
        start = index + 1;
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xf)] as char);
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&text[start..]);
    out.push('"');
}

/// `text()`'s arguments: the string and finite number values of an object's own
/// keys, the only ones Fluent reads (`localization::text_from_params`); anything
/// else, or arguments that are not an object, give none.
pub fn text_args(value: &JsValue) -> Params {
    let mut args = Params::new();
    if !value.is_object() || Array::is_array(value) {
        return args;
    }
    for entry in Object::entries(&Object::from(value.clone())).iter() {
        let entry = Array::from(&entry);
        let (Some(key), item) = (entry.get(0).as_string(), entry.get(1)) else {
            continue;
        };
        if let Some(text) = item.as_string() {
            args.insert(key, Value::String(text));
        } else if let Some(number) = item.as_f64().and_then(Number::from_f64) {
            args.insert(key, Value::Number(number));
        }
    }
    args
}
