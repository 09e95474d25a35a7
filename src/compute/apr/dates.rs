//! Calendar arithmetic for unit-periods: stepping a series forward and counting
//! full unit-periods back from a later date (Regulation Z Appendix J (b)(3), (b)(5)).

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::UnitPeriod;

/// Days in the month of `year`/`month` (1-based; the proleptic Gregorian calendar), by
/// arithmetic: it runs for every flow of every solve.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 30,
    }
}

/// True for the last day of its month.
pub(crate) fn is_month_end(d: NaiveDate) -> bool {
    d.day() == days_in_month(d.year(), d.month())
}

/// The date `months` months away from the month of `d` (negative: back), on day `day`,
/// or the last day of that month when it is shorter ("use the last day of February").
pub(crate) fn shift_months(d: NaiveDate, months: i64, day: u32) -> Option<NaiveDate> {
    let (year, month, day) = shifted_ymd(d, months, day)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// [`shift_months`] as (year, month, day), not yet checked as a date: comparing these
/// tuples orders the dates, without building one per step of a search.
fn shifted_ymd(d: NaiveDate, months: i64, day: u32) -> Option<(i32, u32, u32)> {
    let index = i64::from(d.year()) * 12 + i64::from(d.month0()) + months;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    Some((year, month, day.min(days_in_month(year, month))))
}

/// The `k`-th date of a series that starts on `anchor` and repeats `every`.
/// Month series keep the anchor's day (clamped to the month's end); semimonthly series pair
/// the day with the day 15 later (1st/16th, 15th/month end).
pub(crate) fn step(anchor: NaiveDate, every: UnitPeriod, k: u32) -> Option<NaiveDate> {
    let k64 = i64::from(k);
    match every {
        UnitPeriod::Days(n) => {
            anchor.checked_add_signed(chrono::Duration::try_days(k64 * i64::from(n))?)
        }
        UnitPeriod::Weeks(n) => {
            anchor.checked_add_signed(chrono::Duration::try_days(k64 * 7 * i64::from(n))?)
        }
        // The anchor's day number, clamped to shorter months: a series on the 31st runs
        // month end to month end, one on the 30th uses the last day of February.
        UnitPeriod::Months(n) => shift_months(anchor, k64 * i64::from(n), anchor.day()),
        UnitPeriod::Semimonth => {
            let end = is_month_end(anchor);
            let base_day = if end { 31 } else { anchor.day() };
            let whole = shift_months(anchor, k64 / 2, base_day)?;
            if k % 2 == 0 {
                return Some(whole);
            }
            if anchor.day() <= 15 && !end {
                // 1st -> 16th, 15th -> month end.
                let day = if anchor.day() == 15 {
                    31
                } else {
                    anchor.day() + 15
                };
                shift_months(whole, 0, day)
            } else {
                // 16th -> 1st of next month, month end -> 15th of next month.
                let day = if end { 15 } else { anchor.day() - 15 };
                shift_months(whole, 1, day)
            }
        }
    }
}

/// The day of the month a date stands for: a month-end date in a series anchored on a
/// later day (the 29th-31st) stands for that day.
fn nominal_day(d: NaiveDate, anchor_day: Option<u32>, start: NaiveDate) -> u32 {
    if is_month_end(d) {
        d.day().max(anchor_day.unwrap_or(0)).max(start.day())
    } else {
        d.day()
    }
}

/// Full months from `start` to `later`, counted back from `later`, and the date reached.
pub(crate) fn months_back(
    start: NaiveDate,
    later: NaiveDate,
    anchor_day: Option<u32>,
) -> Option<(u32, NaiveDate)> {
    if later < start {
        return None;
    }
    let day = nominal_day(later, anchor_day, start);
    let diff = (i64::from(later.year()) - i64::from(start.year())) * 12 + i64::from(later.month())
        - i64::from(start.month());
    let mut m = diff.max(0);
    let first = (start.year(), start.month(), start.day());
    loop {
        let back = shifted_ymd(later, -m, day)?;
        if back >= first {
            let (y, mo, d) = back;
            return Some((u32::try_from(m).ok()?, NaiveDate::from_ymd_opt(y, mo, d)?));
        }
        if m == 0 {
            return Some((0, later));
        }
        m -= 1;
    }
}

/// One semimonth back from `d` (the inverse of [`step`]).
pub(crate) fn half_month_back(d: NaiveDate) -> Option<NaiveDate> {
    if d.day() > 15 {
        shift_months(d, 0, if is_month_end(d) { 15 } else { d.day() - 15 })
    } else {
        let day = if d.day() == 15 { 31 } else { d.day() + 15 };
        shift_months(d, -1, day)
    }
}

/// Full semimonths from `start` to `later`, counted back, and the date reached.
fn semimonths_back(
    start: NaiveDate,
    later: NaiveDate,
    anchor_day: Option<u32>,
) -> Option<(u32, NaiveDate)> {
    let (months, back) = months_back(start, later, anchor_day)?;
    let mut count = months.checked_mul(2)?;
    let mut at = back;
    // At most one more half month fits (two would be a full month).
    if let Some(h) = half_month_back(at) {
        if h >= start {
            count += 1;
            at = h;
        }
    }
    Some((count, at))
}

/// `num / den` (`den` > 0) as `Decimal`; no division for a zero `num` (exactly the zero a
/// division gives), and twelfths from a table (the same quotients): years are measured for
/// every flow of every solve, and a regular series' fractions are mostly zero or twelfths.
pub(crate) fn ratio(num: i64, den: i64) -> Decimal {
    static TWELFTHS: std::sync::LazyLock<[Decimal; 12]> =
        std::sync::LazyLock::new(|| std::array::from_fn(|k| Decimal::from(k) / Decimal::from(12)));
    if num == 0 {
        return Decimal::ZERO;
    }
    if den == 12 {
        if let Some(q) = usize::try_from(num).ok().and_then(|k| TWELFTHS.get(k)) {
            return *q;
        }
    }
    Decimal::from(num) / Decimal::from(den)
}

fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

/// Appendix J (b)(5): the number of full unit-periods `t` and the fraction `f` from
/// `start` to `later`, counting back from the later date.
pub(crate) fn count_units(
    start: NaiveDate,
    later: NaiveDate,
    unit: UnitPeriod,
    anchor_day: Option<u32>,
) -> Option<(u32, Decimal)> {
    if later < start {
        return None;
    }
    match unit {
        UnitPeriod::Days(n) | UnitPeriod::Weeks(n) => {
            let len = if let UnitPeriod::Weeks(_) = unit {
                7 * i64::from(n)
            } else {
                i64::from(n)
            };
            if len == 0 {
                return None;
            }
            let days = days_between(start, later);
            let t = u32::try_from(days / len).ok()?;
            Some((t, ratio(days % len, len)))
        }
        UnitPeriod::Semimonth => {
            let (s, back) = semimonths_back(start, later, anchor_day)?;
            Some((s, ratio(days_between(start, back), 15)))
        }
        UnitPeriod::Months(12) => {
            let (m, month_back) = months_back(start, later, anchor_day)?;
            let years = m / 12;
            let rest = m % 12;
            // (b)(5)(v): whole months over 12, otherwise days over 365.
            let f = if days_between(start, month_back) == 0 {
                ratio(i64::from(rest), 12)
            } else {
                let day = nominal_day(later, anchor_day, start);
                let year_back = shift_months(later, -i64::from(years) * 12, day)?;
                ratio(days_between(start, year_back), 365)
            };
            Some((years, f))
        }
        UnitPeriod::Months(k) => {
            if k == 0 {
                return None;
            }
            let (m, back) = months_back(start, later, anchor_day)?;
            let t = m / k;
            let rest = m % k;
            let days = days_between(start, back);
            let f = if rest == 0 && days == 0 {
                Decimal::ZERO
            } else {
                (Decimal::from(rest) * Decimal::from(30) + Decimal::from(days))
                    / (Decimal::from(30) * Decimal::from(k))
            };
            Some((t, f))
        }
    }
}

/// EU time in years from `start` to `later`: whole years counted back from the later date,
/// then the remaining days over the length (365 or 366) of the year counted back.
pub(crate) fn years_calendar(start: NaiveDate, later: NaiveDate) -> Option<(u32, Decimal)> {
    if later < start {
        return None;
    }
    let day = later.day();
    let mut y: i64 = i64::from(later.year() - start.year()).max(0);
    // y = 0 always fits (later >= start), so the loop ends.
    loop {
        let back = shift_months(later, -12 * y, day)?;
        if back >= start || y == 0 {
            let rest = days_between(start, back);
            let prior = shift_months(later, -12 * (y + 1), day)?;
            let year_len = days_between(prior, back).max(1);
            return Some((u32::try_from(y).ok()?, ratio(rest, year_len)));
        }
        y -= 1;
    }
}

/// EU time in years with 12 equal months: whole months counted back, then days / 365.
pub(crate) fn years_equal_months(
    start: NaiveDate,
    later: NaiveDate,
    anchor_day: Option<u32>,
) -> Option<(u32, Decimal)> {
    let (m, back) = months_back(start, later, anchor_day)?;
    let days = days_between(start, back);
    let total = ratio(i64::from(m % 12), 12) + ratio(days, 365);
    Some((m / 12, total))
}
