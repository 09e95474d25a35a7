//! The interest per period: from the stated rate, or, without one, from the stated payment or
//! finance charge; and how a stated instalment is squared with the rate.

use rust_decimal::Decimal;

use super::balloon;
use super::fees::Charges;
use super::shape::Shape;
use super::{CostError, cent, pct};
use crate::compute::apr::{self, Method, UnitPeriod};
use crate::compute::schedule;
use crate::model::{Per, Rate, RateKind, RepaymentMethod, Terms};

/// What the schedule is priced at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Priced {
    pub every: UnitPeriod,
    pub count: u32,
    pub method: RepaymentMethod,
    pub periodic: Decimal,
    /// The stated instalment the schedule follows, when it does.
    pub payment: Option<Decimal>,
    /// The interest comes from a stated rate, not from the stated payments or totals (which,
    /// with no rate, may already hold a charge of unstated timing).
    pub rate_based: bool,
}

/// A stated rate as a simple annual fraction, per its `per` and day basis.
fn annual_of(rate: &Rate, notes: &mut Vec<String>) -> Option<Decimal> {
    if let Some(a) = rate.annual_percent {
        if rate.per != Per::Once {
            return Some(pct(a));
        }
    }
    let v = pct(rate.value);
    Some(match rate.per {
        Per::Day => {
            let basis = rate.day_basis.unwrap_or_else(|| {
                notes.push("daily rate annualised over 365 days (no day basis stated)".into());
                365
            });
            v * Decimal::from(basis)
        }
        Per::Week => v * Decimal::from(52),
        Per::Month => v * Decimal::from(12),
        Per::Year => v,
        Per::Once => return None,
    })
}

/// The interest per schedule period: a rate stated per the schedule's own period is used
/// as is; otherwise the simple annual rate over the periods per year (annual/12 monthly).
fn periodic_of(rate: &Rate, every: UnitPeriod, notes: &mut Vec<String>) -> Option<Decimal> {
    let v = pct(rate.value);
    match (rate.per, every) {
        (Per::Day, UnitPeriod::Days(n))
        | (Per::Week, UnitPeriod::Weeks(n))
        | (Per::Month, UnitPeriod::Months(n)) => Some(v * Decimal::from(n)),
        (Per::Year, UnitPeriod::Months(12)) => Some(v),
        // A yearly rate counted by the day over a stated year length (年利率/360).
        (Per::Year, UnitPeriod::Days(n)) if rate.day_basis.is_some() => {
            Some(v * Decimal::from(n) / Decimal::from(rate.day_basis.unwrap_or(365)))
        }
        (Per::Day, UnitPeriod::Months(n))
            if rate.day_basis.is_none() && rate.annual_percent.is_none() =>
        {
            // 日利率 on a monthly schedule: annualise over 365 days, then /12 per month.
            let annual = annual_of(rate, notes)?;
            Some(annual / Decimal::from(12) * Decimal::from(n))
        }
        _ => annual_of(rate, notes).map(|a| a / every.per_year()),
    }
}

/// The contract's interest rate during the term (not an all-in figure).
pub fn interest_rate(terms: &Terms) -> Option<&Rate> {
    terms
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && !r.comprehensive)
}

/// [`interest_rate`], to change (a year length the stated figures decide).
pub fn interest_rate_mut(terms: &mut Terms) -> Option<&mut Rate> {
    terms
        .rates
        .iter_mut()
        .find(|r| r.kind == RateKind::Interest && !r.comprehensive)
}

pub(super) fn price(
    terms: &Terms,
    principal: Decimal,
    shape: &Shape,
    charges: &Charges,
    notes: &mut Vec<String>,
) -> Result<Priced, CostError> {
    let mut priced = Priced {
        every: shape.every,
        count: shape.count,
        method: shape.method,
        periodic: Decimal::ZERO,
        payment: terms
            .payment
            .as_ref()
            .map(|p| p.amount)
            .filter(|p| *p > Decimal::ZERO),
        rate_based: false,
    };
    match interest_rate(terms) {
        Some(r) => {
            priced.rate_based = true;
            priced.periodic = periodic_of(r, shape.every, notes).ok_or_else(|| {
                CostError::Missing("an interest rate per period (a one-off rate was stated)".into())
            })?;
            let last = stated_last(terms);
            square_payment_with_rate(&mut priced, principal, charges, last, notes);
            if r.per == Per::Day
                && r.day_basis_assumed
                && matches!(shape.every, UnitPeriod::Months(_))
            {
                notes.push(format!(
                    "the daily rate {}% is converted to a monthly one over 365/12 days a month (the contract states no month length or day basis)",
                    r.value
                ));
            }
        }
        None => without_rate(terms, principal, charges, &mut priced, notes)?,
    }
    Ok(priced)
}

/// No interest rate: the stated payment, else the finance charge, sets the interest.
fn without_rate(
    terms: &Terms,
    principal: Decimal,
    charges: &Charges,
    priced: &mut Priced,
    notes: &mut Vec<String>,
) -> Result<(), CostError> {
    let count = Decimal::from(priced.count);
    let fee_each = charges.level_per_period(principal).unwrap_or(Decimal::ZERO);
    // The total of payments holds the charges paid with the payments (with the last one, on
    // a date, each period): what is left over the principal is the interest.
    let in_payments =
        charges.at_maturity + charges.dated.iter().map(|d| d.1).sum::<Decimal>() + fee_each * count;
    // A stated finance charge is all the cost of the credit: the charges paid with the
    // payments are part of it, the rest is the interest (else they would count twice).
    let finance_charge = terms
        .finance_charge
        .as_ref()
        .map(|a| {
            if in_payments.is_zero() || in_payments > a.amount {
                return a.amount;
            }
            notes.push(format!(
                "the finance charge {} holds {in_payments} of charges paid with the payments: the interest is {}",
                a.amount,
                a.amount - in_payments
            ));
            a.amount - in_payments
        })
        .or_else(|| {
            terms.total_of_payments.as_ref().map(|t| {
                if !in_payments.is_zero() {
                    notes.push(format!(
                        "the total of payments {} holds {in_payments} of charges paid with the payments: the interest is {}",
                        t.amount,
                        t.amount - principal - in_payments
                    ));
                }
                t.amount - principal - in_payments
            })
        })
        .filter(|f| *f >= Decimal::ZERO)
        .or_else(|| {
            // No interest agreed where the law says none is then owed: a charge of nothing.
            let none = terms
                .inferred
                .iter()
                .any(|i| i.field == "interest" && i.value == "0");
            none.then_some(Decimal::ZERO)
        });
    let balloon_rate = stated_last(terms)
        .filter(|_| fee_each.is_zero())
        .zip(priced.payment)
        .and_then(|(last, p)| Some((last, balloon::rate(principal, p, priced.count, last)?)));
    match (priced.payment, priced.method) {
        (Some(p), RepaymentMethod::InterestOnly) => {
            // Interest-only: each stated payment is the interest, the principal comes with
            // the last one.
            notes.push(
                "no interest rate stated: the stated payment is the interest of each period, the principal is repaid with the last".into(),
            );
            priced.periodic = (p - fee_each).max(Decimal::ZERO) / principal;
            priced.payment = Some((p - fee_each).max(Decimal::ZERO));
        }
        // A single payment at maturity is not a level series: the finance-charge branch
        // below prices it (received now, one payment at the end).
        (Some(p), RepaymentMethod::EqualInstallment | RepaymentMethod::Other)
            if let Some((last, r)) = balloon_rate =>
        {
            notes.push(format!(
                "no interest rate stated: {} payments of {p} and the stated last payment {last} (a balloon) repay {principal} at {}% a period",
                priced.count - 1,
                (r * Decimal::ONE_HUNDRED).round_dp(6)
            ));
            priced.method = RepaymentMethod::EqualInstallment;
            priced.periodic = r;
        }
        (Some(p), m) if m != RepaymentMethod::Bullet => {
            let level = payment_less_charges(p, fee_each, principal, count, notes);
            notes.push("no interest rate stated: the flows follow the stated payment".into());
            priced.method = RepaymentMethod::EqualInstallment;
            priced.payment = Some(level);
            priced.periodic = implied_rate(principal, level, priced.count, priced.every)?;
        }
        _ => match finance_charge {
            Some(fc) => {
                notes.push(
                    "no interest rate stated: the finance charge is spread as interest".into(),
                );
                if priced.method == RepaymentMethod::Bullet || priced.count == 1 {
                    // The stated payment is compared with the schedule afterwards.
                    priced.payment = None;
                    priced.method = RepaymentMethod::Bullet;
                    priced.periodic = fc / principal / count;
                } else {
                    let level = cent((principal + fc) / count);
                    priced.method = RepaymentMethod::EqualInstallment;
                    priced.payment = Some(level);
                    priced.periodic = implied_rate(principal, level, priced.count, priced.every)?;
                }
            }
            None if terms.rates.iter().any(|r| r.comprehensive) => {
                return Err(CostError::NotComputed(
                    "only a comprehensive annualised rate is stated, no interest rate: not guessed"
                        .into(),
                ));
            }
            None => {
                return Err(CostError::Missing(
                    "an interest rate, a payment or a finance charge".into(),
                ));
            }
        },
    }
    Ok(())
}

/// A stated payment with per-period charges and no rate: the payment is what is paid each
/// period, charges included, when that leaves at least the principal's share (545 = 6000/12
/// + 45 a period of 分期手续费); else the charges come on top of it.
fn payment_less_charges(
    payment: Decimal,
    fee_each: Decimal,
    principal: Decimal,
    count: Decimal,
    notes: &mut Vec<String>,
) -> Decimal {
    if fee_each.is_zero() {
        return payment;
    }
    let level = payment - fee_each;
    let share = principal / count;
    if level >= share - Decimal::new(1, 2) {
        notes.push(format!(
            "the stated payment {payment} includes the per-period charges of {fee_each}: {level} a period repays principal and interest"
        ));
        level.max(share)
    } else {
        notes.push(format!(
            "the stated payment {payment} cannot include the per-period charges of {fee_each}: they are added to it"
        ));
        payment
    }
}

/// The contract's own instalment governs; a rate that does not give it (a daily rate
/// converted with an assumed month length) yields to the rate it implies.
fn square_payment_with_rate(
    priced: &mut Priced,
    principal: Decimal,
    charges: &Charges,
    last: Option<Decimal>,
    notes: &mut Vec<String>,
) {
    let Some(pay) = priced.payment else {
        return;
    };
    let fee_each = charges.level_per_period(principal);
    match priced.method {
        RepaymentMethod::EqualInstallment => {
            let computed =
                schedule::annuity_payment(principal, priced.periodic, priced.count).map(cent);
            if computed == Some(pay) {
                return;
            }
            if let (Some(c), Some(f)) = (computed, fee_each) {
                // Within a cent: the lender may round the instalment as a whole.
                if !f.is_zero() && (c + f - pay).abs() <= Decimal::new(1, 2) {
                    notes.push(format!(
                        "the stated instalment {pay} is the rate's {c} plus {f} of per-period charges"
                    ));
                    priced.payment = None;
                    return;
                }
            }
            // A balloon: the level payments leave a balance that the stated last payment pays.
            if let Some(last) = last
                && fee_each.is_none_or(|f| f.is_zero())
                && balloon::fits(principal, priced.periodic, pay, priced.count, last)
            {
                notes.push(format!(
                    "the stated instalment {pay} does not repay the loan by itself: at the rate it leaves the balance that the stated last payment {last} (a balloon) pays"
                ));
                return;
            }
            let shown = computed.map_or_else(|| "none".to_string(), |c| c.to_string());
            match implied_rate(principal, pay, priced.count, priced.every) {
                Ok(implied) => {
                    notes.push(format!(
                        "the stated instalment {pay} does not follow from the rate ({shown}): the schedule uses the stated instalment and the periodic rate it implies ({}%)",
                        (implied * Decimal::ONE_HUNDRED).round_dp(6)
                    ));
                    priced.periodic = implied;
                }
                Err(_) => {
                    // The stated instalment cannot repay the loan: it is not what the
                    // schedule rests on.
                    notes.push(format!(
                        "the stated instalment {pay} cannot repay the principal: the schedule uses the rate's instalment ({shown})"
                    ));
                    priced.payment = None;
                }
            }
        }
        RepaymentMethod::InterestOnly => {
            // Interest-only: the stated periodic payment is the interest.
            let computed = cent(principal * priced.periodic);
            if fee_each.is_some_and(|f| !f.is_zero() && computed + f == pay) {
                priced.payment = None;
            } else if computed != pay {
                notes.push(format!(
                    "the stated interest payment {pay} differs from the rate's {computed}: the schedule uses the stated payment"
                ));
            }
        }
        // 等额本金/等本等息/one payment: the method sets the instalments; the stated one is
        // compared with the schedule afterwards.
        _ => priced.payment = None,
    }
}

/// A last payment stated apart from the level ones (a balloon), when there are level ones.
fn stated_last(terms: &Terms) -> Option<Decimal> {
    let last = terms.last_payment.as_ref()?.amount;
    let pay = terms.payment.as_ref()?.amount;
    (last > pay && terms.installments.as_ref().is_some_and(|c| c.count >= 2)).then_some(last)
}

/// The periodic rate at which `count` payments of `payment` repay `principal` (zero when they
/// repay exactly the principal).
pub fn implied_rate(
    principal: Decimal,
    payment: Decimal,
    count: u32,
    every: UnitPeriod,
) -> Result<Decimal, CostError> {
    if payment * Decimal::from(count) == principal {
        return Ok(Decimal::ZERO);
    }
    let q = apr::QuickForm {
        amount: principal,
        deducted: Decimal::ZERO,
        payment,
        count,
        every,
        first: None,
        start: None,
    };
    let flows = q.flows().map_err(|e| CostError::Apr(e.to_string()))?;
    let r = apr::compute(&flows, Method::CnIrr).map_err(|e| CostError::Apr(e.to_string()))?;
    Ok(r.periodic_rate)
}
