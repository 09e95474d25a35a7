//! The shape of the schedule: how often, how many times, and by which method.

use rust_decimal::Decimal;

use super::CostError;
use crate::compute::apr::UnitPeriod;
use crate::model::{Frequency, RepaymentMethod, Terms};

/// Spacing, number of instalments and repayment method.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Shape {
    pub every: UnitPeriod,
    /// Instalments; for a bullet, the number of `every` periods until the single payment.
    pub count: u32,
    pub method: RepaymentMethod,
}

/// The schedule spacing for a model frequency.
pub(crate) fn every_of(f: Frequency) -> Option<UnitPeriod> {
    Some(match f {
        Frequency::Daily => UnitPeriod::Days(1),
        Frequency::Weekly => UnitPeriod::Weeks(1),
        Frequency::Biweekly => UnitPeriod::Weeks(2),
        Frequency::Semimonthly => UnitPeriod::Semimonth,
        Frequency::Monthly => UnitPeriod::Months(1),
        Frequency::Quarterly => UnitPeriod::Months(3),
        Frequency::Annually => UnitPeriod::Months(12),
        Frequency::Single => return None,
    })
}

pub(super) fn of(terms: &Terms, notes: &mut Vec<String>) -> Result<Shape, CostError> {
    let stated_every = terms.frequency.as_ref().map(|f| f.frequency);
    let single = stated_every == Some(Frequency::Single)
        || terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet);
    let every_stated = stated_every.and_then(every_of).is_some();
    let every = match stated_every.and_then(every_of) {
        Some(e) => e,
        None => {
            if !single && terms.installments.as_ref().is_some_and(|c| c.count > 1) {
                notes.push("payments assumed monthly (no frequency stated)".into());
            }
            UnitPeriod::Months(1)
        }
    };
    let (every, count) = count_of(terms, single, every, notes)?;
    let method = method_of(terms, count, notes);
    let (every, count) = if method == RepaymentMethod::Bullet {
        let (every, count, from_words) = bullet_term(terms, every, count);
        // One payment, no term, no due date and no period named: how long the money is lent
        // is unknown, and a month assumed would make the cost up.
        if !from_words && !every_stated && count == 1 {
            return Err(CostError::Missing(
                "the term or the due date of the single payment".into(),
            ));
        }
        (every, count)
    } else {
        (every, count)
    };
    Ok(Shape {
        every,
        count,
        method,
    })
}

fn count_of(
    terms: &Terms,
    single: bool,
    every: UnitPeriod,
    notes: &mut Vec<String>,
) -> Result<(UnitPeriod, u32), CostError> {
    let term_months = terms.term.as_ref().and_then(|t| t.months);
    let term_days = terms.term.as_ref().and_then(|t| t.days);
    let count = match terms.installments.as_ref().map(|c| c.count) {
        Some(c) if c > 0 && !single => c,
        _ if single => 1,
        _ => match (term_months, term_days, every) {
            (Some(m), _, UnitPeriod::Months(k)) if k > 0 && m % k == 0 => m / k,
            (Some(m), _, UnitPeriod::Semimonth) => m * 2,
            (_, Some(d), UnitPeriod::Days(k)) if k > 0 => d / k,
            (_, Some(d), UnitPeriod::Weeks(k)) if k > 0 => d / (7 * k),
            (Some(m), _, _) if m > 0 => {
                notes.push(format!("{m} monthly payments assumed from the term"));
                return Ok((UnitPeriod::Months(1), m));
            }
            (_, Some(d), _) if d > 0 => 1,
            _ => {
                return Err(CostError::Missing(
                    "the number of instalments or the term".into(),
                ));
            }
        },
    };
    if count == 0 {
        return Err(CostError::Missing("the number of instalments".into()));
    }
    Ok((every, count))
}

fn method_of(terms: &Terms, count: u32, notes: &mut Vec<String>) -> RepaymentMethod {
    match terms.repayment.as_ref().map(|r| r.method) {
        Some(RepaymentMethod::Other) | None => {
            let (m, said) = if count > 1 {
                (
                    RepaymentMethod::EqualInstallment,
                    "equal instalments (等额本息)",
                )
            } else {
                (RepaymentMethod::Bullet, "a single payment at maturity")
            };
            notes.push(format!("repayment method not stated: assumed {said}"));
            m
        }
        Some(m) => m,
    }
}

/// A single payment runs over the whole term, counted in days or months; without a term, the
/// days between the payout and the due date; else `count` periods of `every`.
/// A single payment's term in periods, and whether the contract gave it (a term, or a start
/// and a due date).
fn bullet_term(terms: &Terms, every: UnitPeriod, count: u32) -> (UnitPeriod, u32, bool) {
    match (
        terms.term.as_ref().and_then(|t| t.days),
        terms.term.as_ref().and_then(|t| t.months),
    ) {
        (Some(d), _) if d > 0 => return (UnitPeriod::Days(1), d, true),
        (_, Some(m)) if m > 0 => return (UnitPeriod::Months(1), m, true),
        _ => {}
    }
    let end = terms
        .first_payment_date
        .as_ref()
        .or(terms.maturity_date.as_ref())
        .map(|d| d.date);
    match (super::start_of(terms), end) {
        (Some(s), Some(f)) if count == 1 => match u32::try_from((f - s).num_days()) {
            Ok(days) if days > 0 => (UnitPeriod::Days(1), days, true),
            _ => (every, count, false),
        },
        _ => (every, count, false),
    }
}

/// A per-`per` charge brought to one period of `every`.
pub(super) fn per_period_factor(per: Option<crate::model::Per>, every: UnitPeriod) -> Decimal {
    use crate::model::Per;
    let w = every.per_year();
    match per {
        None | Some(Per::Once) => Decimal::ONE,
        Some(Per::Day) => Decimal::from(365) / w,
        Some(Per::Week) => Decimal::from(52) / w,
        Some(Per::Month) => Decimal::from(12) / w,
        Some(Per::Year) => Decimal::ONE / w,
    }
}
