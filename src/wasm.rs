//! The WebAssembly binding: the only module that names wasm-bindgen and js-sys.

/// Seconds since the Unix epoch, from the JavaScript clock.
pub fn unix_seconds_now() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}
