//! Age arithmetic checked against the `time` crate (a dev-dependency only) over
//! many random dates, 29 February births included.

mod support;

use eid_form::Date;
use support::Rng;
use time::{Date as TimeDate, Month};

fn ours(date: TimeDate) -> Date {
    Date::new(date.year(), date.month() as u8, date.day()).unwrap()
}

/// Completed years by the `time` crate: the birthday this year, or 1 March for
/// a 29 February birth in a common year.
fn oracle_age(born: TimeDate, on: TimeDate) -> i32 {
    let mut years = on.year() - born.year();
    let birthday = TimeDate::from_calendar_date(on.year(), born.month(), born.day())
        .unwrap_or_else(|_| TimeDate::from_calendar_date(on.year(), Month::March, 1).unwrap());
    if on < birthday {
        years -= 1;
    }
    years
}

fn random_date(rng: &mut Rng) -> TimeDate {
    let julian = rng.between(
        TimeDate::from_calendar_date(1890, Month::January, 1)
            .unwrap()
            .to_julian_day()
            .into(),
        TimeDate::from_calendar_date(2110, Month::December, 31)
            .unwrap()
            .to_julian_day()
            .into(),
    );
    TimeDate::from_julian_day(julian as i32).unwrap()
}

#[test]
fn ages_agree_with_the_time_crate() {
    let mut rng = Rng::new(0xA6E);
    let leap_births: Vec<TimeDate> = [1896, 1904, 1960, 1996, 2000, 2008, 2020, 2024]
        .iter()
        .map(|&y| TimeDate::from_calendar_date(y, Month::February, 29).unwrap())
        .collect();
    for round in 0..200_000 {
        let born = if round % 4 == 0 {
            *rng.pick(&leap_births)
        } else {
            random_date(&mut rng)
        };
        let on = random_date(&mut rng);
        assert_eq!(
            ours(born).age_on(ours(on)),
            oracle_age(born, on),
            "born {born} on {on}"
        );
    }
}

#[test]
fn anniversaries_around_29_february() {
    for year in 2001..=2030 {
        let born = TimeDate::from_calendar_date(2000, Month::February, 29).unwrap();
        for (month, day) in [(2, 28), (2, 29), (3, 1)] {
            if let Ok(on) = TimeDate::from_calendar_date(year, Month::try_from(month).unwrap(), day)
            {
                assert_eq!(ours(born).age_on(ours(on)), oracle_age(born, on), "{on}");
            }
        }
    }
}

#[test]
fn day_counts_agree_with_the_time_crate() {
    let mut rng = Rng::new(0xDA7);
    for _ in 0..50_000 {
        let (a, b) = (random_date(&mut rng), random_date(&mut rng));
        assert_eq!(
            ours(a).days_until(ours(b)),
            i64::from(b.to_julian_day() - a.to_julian_day())
        );
        assert_eq!(
            Date::from_days_since_epoch(ours(a).days_since_epoch()),
            ours(a)
        );
    }
}
