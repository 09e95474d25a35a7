//! No rate stated at all, but the loan's figures are ("You borrow $3,000.00 and repay it in 12
//! monthly payments of $287.91"): the level payment is the annuity of the principal at one
//! periodic rate, so the contract rate is inferred from them and written down with the figures
//! it came from. The periodic rate is solved exactly (the annuity equation, in decimals); the
//! yearly rate shown is the shortest rounding of it whose level payment is still the stated one
//! to the cent, the rate the lender priced at. Any charge besides interest, a payment that is
//! not level, or a stated total, finance charge or interest that the payments do not give
//! means the payments hold more than interest: then no rate is inferred.

use rust_decimal::Decimal;

use super::rate_from_apr::periods_a_year;
use crate::compute::cost::{every_of, implied_rate};
use crate::compute::schedule::annuity_payment;
use crate::model::{FeeTiming, Inferred, Per, Rate, RateKind, RepaymentMethod, Terms};

const CENT: Decimal = Decimal::from_parts(1, 0, 0, false, 2);
/// The most decimals the shown rate is given with.
const MOST_DECIMALS: u32 = 4;

/// Infer the contract rate from principal, level payment and number of payments.
pub(super) fn infer(terms: &mut Terms) {
    let Some(found) = implied(terms) else {
        return;
    };
    let (Some(pay), Some(count), Some(principal)) = (
        terms.payment.as_ref(),
        terms.installments.as_ref(),
        terms.principal.as_ref(),
    ) else {
        return;
    };
    let shown = found.yearly_percent.normalize();
    let mut evidence = Vec::new();
    for e in [&principal.evidence, &pay.evidence, &count.evidence] {
        if !evidence.contains(e) {
            evidence.push(e.clone());
        }
    }
    terms.inferred.push(Inferred {
        field: "rate".into(),
        value: format!("{shown}% per year"),
        reason: format!(
            "no rate is stated and nothing but interest is charged: {} payments of {} repay {} at {}% a period ({}% a year), and at {shown}% a year the level payment is {}, the stated {} to the cent",
            count.count,
            pay.amount,
            principal.amount,
            (found.periodic * Decimal::ONE_HUNDRED).round_dp(8).normalize(),
            found.exact_yearly_percent.round_dp(6).normalize(),
            found.level.round_dp(4),
            pay.amount,
        ),
        evidence,
    });
    terms.rates.push(Rate {
        kind: RateKind::Interest,
        value: found.yearly_percent,
        per: Per::Year,
        annual_percent: Some(found.yearly_percent),
        day_basis: None,
        day_basis_assumed: false,
        // No words of the document name it: the inference says where it comes from.
        label: String::new(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence: pay.evidence.clone(),
    });
}

/// The rate the figures imply.
struct Implied {
    /// The solved periodic rate (a fraction).
    periodic: Decimal,
    /// `periodic` × periods a year, in percent.
    exact_yearly_percent: Decimal,
    /// The yearly percent as shown: the shortest rounding that gives the stated payment.
    yearly_percent: Decimal,
    /// The level payment at the shown rate, unrounded.
    level: Decimal,
}

fn implied(terms: &Terms) -> Option<Implied> {
    if terms.rates.iter().any(|r| r.kind == RateKind::Interest)
        || terms.disclosed_apr.is_some()
        || !terms.rate_steps.is_empty()
        || !terms.stated_schedule.is_empty()
        || terms.voluntary_insurance.is_some()
        || terms.interest_deducted.is_some()
        // A rate the document states that the reader could not use as this loan's (a range of
        // APRs, a blank) is a stated rate all the same.
        || terms.unparsed.iter().any(|u| u.reason == "rate")
    {
        return None;
    }
    // Any charge but one for default or prepayment could be inside the payment.
    if terms
        .fees
        .iter()
        .any(|f| f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment())
    {
        return None;
    }
    if terms.repayment.as_ref().is_some_and(|r| {
        !matches!(
            r.method,
            RepaymentMethod::EqualInstallment | RepaymentMethod::Other
        )
    }) {
        return None;
    }
    let pay = terms.payment.as_ref()?.amount;
    let count = terms.installments.as_ref()?.count;
    let frequency = terms.frequency.as_ref()?.frequency;
    let per_year = periods_a_year(frequency)?;
    let principal = terms.principal.as_ref()?.amount;
    if count < 2 || principal <= Decimal::ZERO || pay <= Decimal::ZERO {
        return None;
    }
    // A stated amount received apart from the principal is a charge withheld.
    if terms
        .disbursed
        .as_ref()
        .is_some_and(|d| d.amount != principal)
    {
        return None;
    }
    // Level payments: a last one apart from them is only the rounding left over.
    let last = terms.last_payment.as_ref().map_or(pay, |l| l.amount);
    let slack = CENT * Decimal::from(count);
    if (last - pay).abs() > slack {
        return None;
    }
    let total = pay * Decimal::from(count - 1) + last;
    if total <= principal || !stated_totals_fit(terms, principal, total, slack) {
        return None;
    }
    let periodic = implied_rate(principal, pay, count, every_of(frequency)?).ok()?;
    if periodic <= Decimal::ZERO {
        return None;
    }
    let exact_yearly_percent = periodic * Decimal::from(per_year) * Decimal::ONE_HUNDRED;
    (0..=MOST_DECIMALS).find_map(|dp| {
        let yearly_percent = exact_yearly_percent.round_dp(dp);
        let rate = yearly_percent / Decimal::ONE_HUNDRED / Decimal::from(per_year);
        let level = annuity_payment(principal, rate, count)?;
        (level.round_dp(2) == pay).then_some(Implied {
            periodic,
            exact_yearly_percent,
            yearly_percent,
            level,
        })
    })
}

/// A stated total of payments, finance charge or total interest must be what the payments
/// give; else they hold something the rate would not (a charge, another schedule).
fn stated_totals_fit(terms: &Terms, principal: Decimal, total: Decimal, slack: Decimal) -> bool {
    let near = |stated: Option<&crate::model::Amount>, want: Decimal| {
        stated.is_none_or(|a| (a.amount - want).abs() <= slack)
    };
    near(terms.total_of_payments.as_ref(), total)
        && near(terms.finance_charge.as_ref(), total - principal)
        && near(terms.total_interest.as_ref(), total - principal)
}
