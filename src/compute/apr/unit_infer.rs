//! Appendix J (b)(4)(i): the unit-period of dated flows that state none, from the
//! intervals between their dates.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Flow, UnitPeriod, date_of, dates};

/// Classify the interval between two dates as a standard interval where it is one.
fn classify(a: NaiveDate, b: NaiveDate, anchor: Option<u32>) -> Option<UnitPeriod> {
    if b <= a {
        return None;
    }
    if let Some((m, back)) = dates::months_back(a, b, anchor) {
        if back == a && (1..=12).contains(&m) {
            return Some(UnitPeriod::Months(m));
        }
    }
    if dates::step(a, UnitPeriod::Semimonth, 1) == Some(b) || dates::half_month_back(b) == Some(a) {
        return Some(UnitPeriod::Semimonth);
    }
    let days = (b - a).num_days();
    if days % 7 == 0 && days / 7 <= 52 {
        return u32::try_from(days / 7).ok().map(UnitPeriod::Weeks);
    }
    u32::try_from(days).ok().map(UnitPeriod::Days)
}

/// Appendix J (b)(4)(i): the most frequent common period (at most a year), the smaller
/// on ties; with no common period, the average period rounded to the nearest standard
/// interval. True when the unit is a common period (the flows run in a series).
pub(super) fn infer_unit(
    start: NaiveDate,
    adv: &[Flow],
    pay: &[Flow],
) -> (UnitPeriod, String, bool) {
    let mut events: Vec<(NaiveDate, Option<u32>)> = Vec::with_capacity(adv.len() + pay.len() + 1);
    events.extend(
        adv.iter()
            .chain(pay)
            .filter_map(|f| date_of(f).map(|d| (d, f.anchor_day))),
    );
    events.push((start, None));
    events.sort();
    events.dedup_by(|b, a| a.0 == b.0);
    // Counts per period in the periods' order (a handful at most: no map needed).
    let mut counts: Vec<(UnitPeriod, u32)> = Vec::new();
    let mut lengths = Vec::with_capacity(events.len());
    for pair in events.windows(2) {
        if let [(a, _), (b, anchor)] = pair {
            if let Some(p) = classify(*a, *b, *anchor) {
                match counts.binary_search_by(|(q, _)| q.cmp(&p)) {
                    Ok(i) => {
                        if let Some((_, n)) = counts.get_mut(i) {
                            *n += 1;
                        }
                    }
                    Err(i) => counts.insert(i, (p, 1)),
                }
            }
            lengths.push((*b - *a).num_days());
        }
    }
    let year = Decimal::from(366);
    let best = counts
        .iter()
        .map(|(p, n)| (p, n))
        .filter(|(p, n)| **n > 1 && p.approx_days() <= year)
        .max_by(|(pa, na), (pb, nb)| na.cmp(nb).then(pb.approx_days().cmp(&pa.approx_days())));
    if let Some((p, n)) = best {
        return (
            *p,
            format!("unit-period {p}: the most frequent common period ({n} times)"),
            true,
        );
    }
    let total: i64 = lengths.iter().sum();
    let avg = Decimal::from(total) / Decimal::from(lengths.len().max(1));
    let mut candidates = vec![UnitPeriod::Days(1), UnitPeriod::Semimonth];
    candidates.extend((1..=52).map(UnitPeriod::Weeks));
    candidates.extend((1..=12).map(UnitPeriod::Months));
    candidates.sort_by_key(|c| c.approx_days());
    let mut pick = UnitPeriod::Months(1);
    let mut best_gap: Option<Decimal> = None;
    for c in candidates {
        let gap = (c.approx_days() - avg).abs();
        // Strictly closer only: on a tie the smaller (earlier) candidate stays.
        if best_gap.is_none_or(|g| gap < g) {
            best_gap = Some(gap);
            pick = c;
        }
    }
    (
        pick,
        format!(
            "unit-period {pick}: no common period, the average period rounded to a standard interval"
        ),
        false,
    )
}
