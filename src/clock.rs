//! The only clock of the library: today in Vietnam, used when the caller gives
//! no reference date.

use crate::date::Date;

#[cfg(not(target_arch = "wasm32"))]
pub fn today_in_vietnam() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::in_vietnam_at(seconds)
}

#[cfg(target_arch = "wasm32")]
pub fn today_in_vietnam() -> Date {
    Date::in_vietnam_at(crate::wasm::unix_seconds_now())
}
