//! JavaScript values as the JSON text the core reads. The glue hands a form
//! over as `JSON.stringify` text when that text means what the object means
//! (see `js/api.js`); otherwise the object is walked here, one value at a time,
//! and written as text.

use js_sys::{Array, Object};
use serde_json::{Map, Number, Value};
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
    text.into_iter()
        .chain(std::iter::once_with(move || walk(value, 0).to_string()))
}

/// A JavaScript value as JSON. `undefined` is left out (as `JSON.stringify`
/// would); NaN, Infinity, BigInt, symbols and functions become an empty array,
/// which every field of the wire format refuses as `invalid-type`.
pub fn walk(value: &JsValue, depth: usize) -> Value {
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
        return Value::Array(array.iter().map(|item| walk(&item, depth + 1)).collect());
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
                map.insert(key, walk(&item, depth + 1));
            }
        }
        return Value::Object(map);
    }
    refused()
}
