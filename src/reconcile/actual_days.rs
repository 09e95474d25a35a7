//! A whole-month loan whose lender counts interest on actual days: from 1 March to 1 June is
//! three months, but a stated interest of 10,000 × 12% × 92/365 = 302.47 counts the 92 days
//! between the dates, not a quarter of a year (300.00). When the stated interest is the
//! actual-day figure (on a 365- or 360-day year, or a daily rate times the days) and not the
//! whole-month one, the term is the days between the dates, said as an inferred term: the
//! lender's own figure, reproduced, is no contradiction.

use rust_decimal::Decimal;

use crate::compute::cost::{interest_rate, interest_rate_mut};
use crate::model::{Amount, Frequency, Inferred, LoanTerm, Per, RepaymentMethod, Terms};

/// Set the term in actual days when the stated interest says the lender counts them (see the
/// module docs).
pub(super) fn settle(terms: &mut Terms) {
    let Some((days, basis, stated)) = actual_day_reading(terms) else {
        return;
    };
    let (Some(term), Some(start), Some(end)) = (
        terms.term.clone(),
        terms.start_date().cloned(),
        terms.maturity_date.clone(),
    ) else {
        return;
    };
    let year = match basis {
        Some(b) => format!(", a {b}-day year"),
        None => String::new(),
    };
    terms.inferred.push(Inferred {
        field: "term".into(),
        value: format!("{days} days"),
        reason: format!(
            "interest counted on actual days, per the stated total: {days} days from {} to {}{year} reproduce the stated interest {}",
            start.date,
            end.date,
            stated.amount.normalize()
        ),
        evidence: vec![term.evidence.clone(), stated.evidence.clone()],
    });
    if let (Some(b), Some(rate)) = (basis, interest_rate_mut(terms)) {
        rate.day_basis = Some(b);
    }
    terms.term = Some(LoanTerm {
        months: None,
        days: Some(days),
        evidence: term.evidence,
    });
}

/// The days between the dates, the year length (None for a daily rate) and the stated figure,
/// when a single payment over whole months states the actual-day interest, not the whole-month.
fn actual_day_reading(terms: &Terms) -> Option<(u32, Option<u32>, Amount)> {
    let months = terms.term.as_ref().filter(|t| t.days.is_none())?.months?;
    let single = terms.installments.as_ref().is_none_or(|c| c.count == 1)
        && (terms.installments.is_some()
            || terms.frequency.as_ref().map(|f| f.frequency) == Some(Frequency::Single)
            || terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet));
    let (start, end) = (terms.start_date()?.date, terms.maturity_date.as_ref()?.date);
    let whole_months = start.checked_add_months(chrono::Months::new(months)) == Some(end);
    if !single || !whole_months {
        return None;
    }
    let days = u32::try_from((end - start).num_days()).ok()?;
    let principal = terms.principal.as_ref()?.amount;
    let rate = interest_rate(terms)?;
    let value = rate.value / Decimal::ONE_HUNDRED;
    let stated = stated_interest(terms, principal)?;
    let near = |computed: Decimal| {
        let diff = (stated.amount - computed.round_dp(2)).abs();
        // A lender that rounds its total to the yuan is within a yuan.
        diff <= Decimal::new(1, 2) || (stated.amount.fract().is_zero() && diff < Decimal::ONE)
    };
    let (whole, actual): (Decimal, Vec<(Option<u32>, Decimal)>) = match rate.per {
        Per::Year => (
            principal * value * Decimal::from(months) / Decimal::from(12),
            [365u32, 360]
                .into_iter()
                .map(|b| {
                    let b = rate
                        .day_basis
                        .filter(|_| !rate.day_basis_assumed)
                        .unwrap_or(b);
                    (
                        Some(b),
                        principal * value * Decimal::from(days) / Decimal::from(b),
                    )
                })
                .collect(),
        ),
        Per::Day => (
            principal * value * Decimal::from(rate.day_basis.unwrap_or(365)) / Decimal::from(12)
                * Decimal::from(months),
            vec![(None, principal * value * Decimal::from(days))],
        ),
        _ => return None,
    };
    if near(whole) {
        return None;
    }
    let (basis, _) = actual.into_iter().find(|(_, i)| near(*i))?;
    Some((days, basis, stated))
}

/// The stated interest over the term: the total interest or finance charge, else the total
/// of payments less the principal when no fee is part of it.
fn stated_interest(terms: &Terms, principal: Decimal) -> Option<Amount> {
    if let Some(a) = terms
        .total_interest
        .as_ref()
        .or(terms.finance_charge.as_ref())
    {
        return Some(a.clone());
    }
    let total = terms.total_of_payments.as_ref()?;
    if terms.fees.iter().any(|f| f.amount.is_some()) || total.amount <= principal {
        return None;
    }
    Some(Amount {
        amount: total.amount - principal,
        ..total.clone()
    })
}
