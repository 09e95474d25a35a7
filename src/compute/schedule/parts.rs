//! How each repayment method splits the instalments into principal and interest.

use rust_decimal::Decimal;

use super::{ScheduleError, ScheduleSpec, annuity_payment, cent};
use crate::compute::apr::UnitPeriod;
use crate::model::RepaymentMethod;

/// (principal, interest) of each instalment, before charges.
pub(super) type Parts = Vec<(Decimal, Decimal)>;

/// The instalments of `spec.method` and how they were rounded.
pub(super) fn of(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    match spec.method {
        RepaymentMethod::EqualInstallment => equal_installment(spec),
        RepaymentMethod::EqualPrincipal => equal_principal(spec),
        RepaymentMethod::InterestOnly => interest_only(spec),
        RepaymentMethod::Bullet => bullet(spec),
        RepaymentMethod::FlatRate => flat_rate(spec),
        RepaymentMethod::Other => Err(ScheduleError::Unsupported(spec.method)),
    }
}

fn times(a: Decimal, b: Decimal) -> Result<Decimal, ScheduleError> {
    a.checked_mul(b).ok_or(ScheduleError::Overflow)
}

/// Interest on the balance each period; the principal of each instalment from `principal_of`
/// (the balance and the interest), the last instalment repaying what is left.
fn amortise(
    spec: &ScheduleSpec,
    principal_of: impl Fn(Decimal, Decimal) -> Result<Decimal, ScheduleError>,
) -> Result<Parts, ScheduleError> {
    let mut parts = Vec::with_capacity(spec.count as usize);
    let mut bal = spec.principal;
    let rates = period_rates(spec)?;
    for k in 1..=spec.count {
        let rate = rates
            .get((k - 1) as usize)
            .copied()
            .unwrap_or(spec.periodic_rate);
        let interest = cent(times(bal, rate)?);
        let principal = if k == spec.count {
            bal
        } else {
            principal_of(bal, interest)?.min(bal)
        };
        bal -= principal;
        parts.push((principal, interest));
    }
    Ok(parts)
}

/// Days in a regular period of `every`: weeks and days exactly, months on average.
fn regular_days(every: UnitPeriod) -> Decimal {
    match every {
        UnitPeriod::Days(n) => Decimal::from(n.max(1)),
        UnitPeriod::Weeks(n) => Decimal::from(7 * n.max(1)),
        UnitPeriod::Months(_) | UnitPeriod::Semimonth => every.approx_days(),
    }
}

/// The interest rate of each period: the regular periodic rate, scaled to each period's
/// actual days when the instalments fall on listed dates off the regular series.
pub(super) fn period_rates(spec: &ScheduleSpec) -> Result<Vec<Decimal>, ScheduleError> {
    let mut rates = listed_period_rates(spec)?;
    // A stepped rate: each period's rate in the ratio of its step to the first.
    if !spec.rate_steps.is_empty() && spec.periodic_rate > Decimal::ZERO {
        for (k, rate) in (1..).zip(rates.iter_mut()) {
            let step = stepped_rate(spec, k);
            if step != spec.periodic_rate {
                *rate = times(*rate, step)?
                    .checked_div(spec.periodic_rate)
                    .ok_or(ScheduleError::Overflow)?;
            }
        }
    }
    Ok(rates)
}

/// The regular periodic rate of instalment `k` under the stepped rate (the first step's
/// rate before any later step starts).
fn stepped_rate(spec: &ScheduleSpec, k: u32) -> Decimal {
    spec.rate_steps
        .iter()
        .rfind(|(from, _)| *from <= k)
        .map_or(spec.periodic_rate, |(_, r)| *r)
}

fn listed_period_rates(spec: &ScheduleSpec) -> Result<Vec<Decimal>, ScheduleError> {
    let regular = vec![spec.periodic_rate; spec.count as usize];
    let (Some(dates), Some(start)) = (spec.listed_dates(), spec.listed_start()) else {
        return Ok(regular);
    };
    // Dates that keep the regular spacing are regular periods (a month is a month).
    let on_series = (1..)
        .zip(dates)
        .all(|(k, d)| crate::compute::apr::series_date(start, spec.every, k) == Some(*d));
    if on_series {
        return Ok(regular);
    }
    let per_day = spec
        .periodic_rate
        .checked_div(regular_days(spec.every))
        .ok_or(ScheduleError::Overflow)?;
    let mut before = start;
    let mut rates = Vec::with_capacity(dates.len());
    for &due in dates {
        rates.push(times(per_day, Decimal::from((due - before).num_days()))?);
        before = due;
    }
    Ok(rates)
}

fn equal_installment(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    if !spec.rate_steps.is_empty() && spec.payment.is_none() {
        return stepped_equal_installment(spec);
    }
    let level = match spec.payment {
        Some(pay) if pay > Decimal::ZERO => pay,
        _ => cent(
            annuity_payment(spec.principal, spec.periodic_rate, spec.count)
                .ok_or(ScheduleError::Overflow)?,
        ),
    };
    let parts = amortise(spec, |_, interest| {
        level.checked_sub(interest).ok_or(ScheduleError::Overflow)
    })?;
    let how = if spec.payment.is_some() {
        " (as stated)"
    } else {
        " (annuity formula rounded half up to 0.01)"
    };
    Ok((
        parts,
        format!(
            "level instalment {level}{how}; interest on the balance each period rounded half up to 0.01; the last instalment takes the remainder"
        ),
    ))
}

/// Level instalments under a stepped rate: at each step the instalment is worked out again
/// on the balance left, over the instalments left, at the step's rate.
fn stepped_equal_installment(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    let rates = period_rates(spec)?;
    let mut parts = Vec::with_capacity(spec.count as usize);
    let mut bal = spec.principal;
    let mut level = Decimal::ZERO;
    let mut current: Option<Decimal> = None;
    for k in 1..=spec.count {
        let step = stepped_rate(spec, k);
        if current != Some(step) {
            current = Some(step);
            level = cent(
                annuity_payment(bal, step, spec.count - k + 1).ok_or(ScheduleError::Overflow)?,
            );
        }
        let rate = rates.get((k - 1) as usize).copied().unwrap_or(step);
        let interest = cent(times(bal, rate)?);
        let principal = if k == spec.count {
            bal
        } else {
            level
                .checked_sub(interest)
                .ok_or(ScheduleError::Overflow)?
                .min(bal)
        };
        bal -= principal;
        parts.push((principal, interest));
    }
    Ok((
        parts,
        "stepped rate: the level instalment is worked out again at each step on the balance left (annuity formula rounded half up to 0.01); interest on the balance each period rounded half up to 0.01; the last instalment takes the remainder".into(),
    ))
}

fn equal_principal(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    let each = cent(spec.principal / Decimal::from(spec.count));
    let parts = amortise(spec, |_, _| Ok(each))?;
    Ok((
        parts,
        format!(
            "principal {each} per instalment (rounded half up to 0.01), the last takes the remainder; interest on the remaining balance rounded half up to 0.01"
        ),
    ))
}

fn interest_only(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    let (p, n) = (spec.principal, spec.count);
    let (interest, last_interest) = match spec.payment {
        Some(pay) if pay > Decimal::ZERO => (pay, pay),
        _ if spec.listed_dates().is_some() || !spec.rate_steps.is_empty() => {
            // Listed dates: each period's interest for its own days.
            let rates = period_rates(spec)?;
            let parts = rates
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let principal = if k + 1 == n as usize {
                        p
                    } else {
                        Decimal::ZERO
                    };
                    Ok((principal, cent(times(p, *r)?)))
                })
                .collect::<Result<Parts, ScheduleError>>()?;
            return Ok((
                parts,
                "interest each period on the principal for the period's actual days, rounded half up to 0.01; the principal in full with the last payment".into(),
            ));
        }
        _ => {
            let each = cent(times(p, spec.periodic_rate)?);
            // The interest of the whole term, rounded once; the last payment takes what the
            // rounded periods leave (5000 × 23.9% × 6/12 = 597.50 = 5 × 99.58 + 99.60).
            let whole = cent(times(times(p, spec.periodic_rate)?, Decimal::from(n))?);
            let earlier = times(each, Decimal::from(n - 1))?;
            (each, (whole - earlier).max(Decimal::ZERO))
        }
    };
    let parts = (1..=n)
        .map(|k| {
            if k == n {
                (p, last_interest)
            } else {
                (Decimal::ZERO, interest)
            }
        })
        .collect();
    let how = if spec.payment.is_some() {
        format!(
            "interest {interest} each period (as stated); the principal in full with the last payment"
        )
    } else {
        "interest each period on the principal rounded half up to 0.01, the last payment takes the remainder of the whole term's interest and the principal in full".into()
    };
    Ok((parts, how))
}

fn bullet(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    let interest = cent(times(
        times(spec.principal, spec.periodic_rate)?,
        Decimal::from(spec.count),
    )?);
    Ok((
        vec![(spec.principal, interest)],
        "one payment of principal and simple interest for the whole term, rounded half up to 0.01"
            .into(),
    ))
}

fn flat_rate(spec: &ScheduleSpec) -> Result<(Parts, String), ScheduleError> {
    let each = cent(spec.principal / Decimal::from(spec.count));
    let interest = cent(times(spec.principal, spec.periodic_rate)?);
    let mut parts = amortise(spec, |_, _| Ok(each))?;
    for part in &mut parts {
        part.1 = interest;
    }
    Ok((
        parts,
        format!(
            "flat interest {interest} per period on the original principal; principal {each} per instalment, the last takes the remainder (rounded half up to 0.01)"
        ),
    ))
}

/// A stated last instalment replaces the computed remainder: the principal part stays (it
/// repays the loan), the interest part is what the contract says is left.
pub(super) fn apply_stated_last(spec: &ScheduleSpec, parts: &mut Parts, rounding: &mut String) {
    if let (Some(last), Some((principal, interest))) = (spec.last_payment, parts.last_mut()) {
        if last >= *principal {
            *interest = last - *principal;
            rounding.push_str(&format!("; the last instalment {last} as stated"));
        }
    }
}

/// Interest deducted at disbursement pays the earliest interest.
pub(super) fn apply_prepaid_interest(
    spec: &ScheduleSpec,
    parts: &mut Parts,
    rounding: &mut String,
) {
    if spec.prepaid_interest <= Decimal::ZERO {
        return;
    }
    let mut left = spec.prepaid_interest;
    for (_, interest) in parts.iter_mut() {
        let take = left.min(*interest);
        *interest -= take;
        left -= take;
        if left.is_zero() {
            break;
        }
    }
    rounding.push_str(&format!(
        "; interest of {} deducted at disbursement is not charged again",
        spec.prepaid_interest
    ));
}
