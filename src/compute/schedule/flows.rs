//! When each row falls due, and the cash flows the APR engine solves.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Row, RowTime, ScheduleError, ScheduleSpec};
use crate::compute::apr::{self, FlowSpec, Flows, UnitPeriod, UnitTime};
use crate::model::RepaymentMethod;

/// A row's due time from its 1-based number.
pub(super) type Due = Box<dyn Fn(u32) -> Result<RowTime, ScheduleError>>;

/// The disbursement date (when known) and each row's due time.
pub(super) fn timing(spec: &ScheduleSpec) -> Result<(Option<NaiveDate>, Due), ScheduleError> {
    let invalid = |m: &str| ScheduleError::Invalid(m.to_string());
    let bullet = spec.method == RepaymentMethod::Bullet;
    let (n, every, first) = (spec.count, spec.every, spec.first_payment);
    if let Some(dates) = spec.listed_dates() {
        let start = spec
            .listed_start()
            .ok_or_else(|| invalid("the listed due dates start before the payout"))?;
        let dates = dates.to_vec();
        let due = move |k: u32| -> Result<RowTime, ScheduleError> {
            k.checked_sub(1)
                .and_then(|i| dates.get(i as usize))
                .map(|d| RowTime::Date(*d))
                .ok_or_else(|| ScheduleError::Invalid("instalment without a due date".into()))
        };
        return Ok((Some(start), Box::new(due)));
    }
    let start = match (spec.start, first) {
        (Some(s), _) => Some(s),
        (None, Some(f)) if bullet => Some(f),
        (None, Some(f)) => Some(
            apr::date_before(f, every).ok_or_else(|| invalid("first payment date out of range"))?,
        ),
        (None, None) => None,
    };
    let due = move |k: u32| -> Result<RowTime, ScheduleError> {
        let periods = if bullet { n } else { k };
        let dated = |anchor: NaiveDate, k: u32| {
            apr::series_date(anchor, every, k)
                .map(RowTime::Date)
                .ok_or_else(|| ScheduleError::Invalid("date out of range".into()))
        };
        match (start, first) {
            (_, Some(f)) if bullet => Ok(RowTime::Date(f)),
            (_, Some(f)) => dated(f, k - 1),
            (Some(s), None) => dated(s, periods),
            (None, None) => Ok(RowTime::Periods(periods)),
        }
    };
    // With a bullet and only a first (= maturity) date, the start is unknown.
    let start = if bullet && spec.start.is_none() {
        None
    } else {
        start
    };
    Ok((start, Box::new(due)))
}

/// The unit-period of a single payment `count` periods of `every` away, as Reg Z wants it
/// (the term, at most a year), and the payment's time in it.
fn term_unit(every: UnitPeriod, count: u32) -> (UnitPeriod, UnitTime) {
    let one = UnitTime {
        periods: 1,
        fraction: Decimal::ZERO,
    };
    let days = |d: u32| -> (UnitPeriod, UnitTime) {
        if d <= 365 {
            (UnitPeriod::Days(d), one)
        } else {
            (
                UnitPeriod::Months(12),
                UnitTime {
                    periods: d / 365,
                    fraction: Decimal::from(d % 365) / Decimal::from(365),
                },
            )
        }
    };
    match every {
        UnitPeriod::Months(m) => {
            let total = m.saturating_mul(count);
            if total <= 12 {
                (UnitPeriod::Months(total), one)
            } else {
                (
                    UnitPeriod::Months(12),
                    UnitTime {
                        periods: total / 12,
                        fraction: Decimal::from(total % 12) / Decimal::from(12),
                    },
                )
            }
        }
        UnitPeriod::Days(d) => days(d.saturating_mul(count)),
        UnitPeriod::Weeks(w) => days(w.saturating_mul(7).saturating_mul(count)),
        UnitPeriod::Semimonth if count % 2 == 0 => term_unit(UnitPeriod::Months(1), count / 2),
        UnitPeriod::Semimonth => days(count.saturating_mul(15)),
    }
}

/// The flows: the net disbursement as the advance; charges paid at signing, every instalment
/// and every charge on a stated date as payments.
pub(super) fn of(
    spec: &ScheduleSpec,
    net: Decimal,
    start: Option<NaiveDate>,
    rows: &[Row],
) -> Result<Flows, ScheduleError> {
    let mut payments = Vec::new();
    let mut unit_period = None;
    let advance = match start {
        Some(s) => FlowSpec::on(net, s),
        None => FlowSpec::at(net, 0, Decimal::ZERO),
    };
    if spec.upfront_paid > Decimal::ZERO {
        payments.push(match start {
            Some(s) => FlowSpec::on(spec.upfront_paid, s),
            None => FlowSpec::at(spec.upfront_paid, 0, Decimal::ZERO),
        });
    }
    let bullet = spec.method == RepaymentMethod::Bullet;
    for row in rows {
        if row.total.is_zero() {
            continue;
        }
        let flow = match (row.due, start) {
            (RowTime::Date(d), Some(_)) => {
                unit_period = spec.unit_period.or(unit_period);
                FlowSpec::on(row.total, d)
            }
            (RowTime::Date(_), None) | (RowTime::Periods(_), _)
                if bullet && spec.unit_period == Some(spec.every) =>
            {
                unit_period = Some(spec.every);
                FlowSpec::at(row.total, spec.count, Decimal::ZERO)
            }
            (RowTime::Date(_), None) | (RowTime::Periods(_), _)
                if bullet
                    && spec.unit_period.is_some()
                    && spec.unit_period == super::whole_term(spec.every, spec.count) =>
            {
                unit_period = spec.unit_period;
                FlowSpec::at(row.total, 1, Decimal::ZERO)
            }
            (RowTime::Date(_), None) | (RowTime::Periods(_), _) if bullet => {
                let (unit, at) = term_unit(spec.every, spec.count);
                unit_period = Some(unit);
                FlowSpec::at(row.total, at.periods, at.fraction)
            }
            (RowTime::Date(_), None) => {
                return Err(ScheduleError::Invalid("dated rows without a start".into()));
            }
            (RowTime::Periods(k), _) => {
                unit_period = Some(spec.every);
                FlowSpec::at(row.total, k, Decimal::ZERO)
            }
        };
        payments.push(flow);
    }
    let mut advances = vec![advance];
    if spec.returned_at_maturity > Decimal::ZERO
        && let Some(last) = payments.last()
    {
        advances.push(FlowSpec {
            amount: spec.returned_at_maturity,
            ..last.clone()
        });
    }
    for (date, amount) in &spec.dated_fees {
        match start {
            Some(_) if *amount > Decimal::ZERO => payments.push(FlowSpec::on(*amount, *date)),
            Some(_) => {}
            None => {
                return Err(ScheduleError::Invalid(
                    "a charge on a stated date needs a disbursement date".into(),
                ));
            }
        }
    }
    // Monthly instalments are a whole number of the EU's "12 equal months" from the payout
    // (Annex I remark (c)): measured so, not in calendar days.
    let eu_time_basis =
        matches!(spec.every, UnitPeriod::Months(_)).then_some(apr::EuTimeBasis::EqualMonths);
    Ok(Flows {
        unit_period,
        advances,
        payments,
        eu_time_basis,
    })
}
