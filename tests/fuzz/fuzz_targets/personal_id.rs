//! The Vietnamese personal ID rules on arbitrary numbers, sexes and dates.
#![no_main]
use eid_form::personal_id::{first_disagreement, has_personal_id_shape, is_known_province};
use eid_form::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (&str, u8, i64)| {
    let (number, sex, days) = data;
    let _ = is_known_province(number);
    if has_personal_id_shape(number) {
        let sex = ["M", "F", "X"].get(usize::from(sex % 4)).copied();
        let born = Date::from_days_since_epoch(days % 200_000);
        let _ = first_disagreement(number, sex, Some(born));
        let _ = first_disagreement(number, sex, None);
    }
});
