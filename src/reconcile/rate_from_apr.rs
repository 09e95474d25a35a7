//! An APR the only rate a document states ("ANNUAL PERCENTAGE RATE 21.99%", "APR 29.99%"),
//! no contract rate beside it: when nothing is charged but interest (no prepaid finance
//! charge, no fee, the whole principal financed) and the stated level payment is the annuity
//! of the amount financed at APR / periods a year, the APR is that schedule's interest rate,
//! so the contract rate is inferred equal to it and written down with the figures it came
//! from. With a prepaid charge, a fee, or payments that do not reconcile, no rate is read: the
//! APR then measures more than interest.

use rust_decimal::Decimal;

use crate::compute::schedule::annuity_payment;
use crate::model::{FeeTiming, Frequency, Inferred, Per, RateKind, Terms};

/// How far the stated payment may be from the unrounded annuity: it is rounded to the cent.
const CENT: Decimal = Decimal::from_parts(1, 0, 0, false, 2);

/// How many periods of `f` make a year (`None` for one payment or a daily series).
pub(super) fn periods_a_year(f: Frequency) -> Option<u32> {
    match f {
        Frequency::Monthly => Some(12),
        Frequency::Biweekly => Some(26),
        Frequency::Weekly => Some(52),
        Frequency::Semimonthly => Some(24),
        Frequency::Quarterly => Some(4),
        _ => None,
    }
}

/// Infer the contract rate from the disclosed APR when the schedule reconciles at it.
pub(super) fn infer(terms: &mut Terms) {
    if terms.rates.iter().any(|r| r.kind == RateKind::Interest) {
        return;
    }
    // Any charge but a default charge makes the APR more than the interest rate.
    if terms.fees.iter().any(|f| f.timing != FeeTiming::OnDefault) {
        return;
    }
    let (Some(apr), Some(pay), Some(count), Some(freq), Some(principal)) = (
        terms.disclosed_apr.as_ref(),
        terms.payment.as_ref(),
        terms.installments.as_ref(),
        terms.frequency.as_ref(),
        terms.principal.as_ref(),
    ) else {
        return;
    };
    if apr.per != Per::Year || count.count < 2 {
        return;
    }
    // A stated amount financed below the principal is a prepaid finance charge withheld.
    if terms
        .disbursed
        .as_ref()
        .is_some_and(|d| d.amount != principal.amount)
    {
        return;
    }
    let Some(per_year) = periods_a_year(freq.frequency) else {
        return;
    };
    let period_rate = apr.value / Decimal::ONE_HUNDRED / Decimal::from(per_year);
    let Some(level) = annuity_payment(principal.amount, period_rate, count.count) else {
        return;
    };
    if (level - pay.amount).abs() >= CENT {
        return;
    }
    let mut rate = apr.clone();
    rate.kind = RateKind::Interest;
    rate.comprehensive = false;
    rate.label = "APR (the only rate stated: inferred as the contract rate)".to_string();
    terms.inferred.push(Inferred {
        field: "rate".into(),
        value: format!("{}% per year", apr.value.normalize()),
        reason: format!(
            "the APR {}% is the only rate stated and nothing but interest is charged: the level payment of {} over {} payments at {}% / {} a period is {}, the stated payment {}",
            apr.value.normalize(),
            principal.amount,
            count.count,
            apr.value.normalize(),
            per_year,
            level.round_dp(4),
            pay.amount
        ),
        evidence: vec![
            apr.evidence.clone(),
            pay.evidence.clone(),
            principal.evidence.clone(),
        ],
    });
    terms.rates.push(rate);
}
