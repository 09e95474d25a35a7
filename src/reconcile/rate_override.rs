//! A reading that reproduces the stated instalment only by letting it override a stated rate
//! far from what the instalment implies (2,769.52 a month read as the interest on 120,000 at
//! 6.5%, which gives 650): the figures contradict that reading rather than confirm it.

use rust_decimal::Decimal;

use crate::compute::apr::Method;
use crate::compute::cost::{self, LoanCost};
use crate::model::{Inconsistency, Terms};

/// The factor beyond which the interest a reading charges is "far" from the rate's.
const FAR: Decimal = Decimal::TWO;

/// The interest `reading` charges against what the same reading charges at the stated rate
/// (the instalment left to the rate), when they are further apart than [`FAR`] either way:
/// (reading's interest, rate's interest).
pub(super) fn far_from_rate(
    reading_terms: &Terms,
    reading: &LoanCost,
    method: Method,
) -> Option<(Decimal, Decimal)> {
    cost::interest_rate(reading_terms).filter(|r| !r.value.is_zero())?;
    reading_terms.payment.as_ref()?;
    let mut at_rate = reading_terms.clone();
    at_rate.payment = None;
    at_rate.last_payment = None;
    let by_rate = cost::assess(&at_rate, method).ok()?.total_interest;
    let stated = reading.total_interest;
    if by_rate <= Decimal::ZERO || stated <= Decimal::ZERO {
        return None;
    }
    (stated > by_rate * FAR || stated * FAR < by_rate).then_some((stated, by_rate))
}

/// The inconsistency a far reading leaves: the instalment and the rate disagree.
pub(super) fn record(terms: &mut Terms, label: &str, stated: Decimal, by_rate: Decimal) {
    let (Some(pay), Some(rate)) = (terms.payment.as_ref(), cost::interest_rate(terms)) else {
        return;
    };
    let message = format!(
        "the stated instalment {} («{}») implies interest of {} over the term{}, far from the {} the rate «{}» gives: no reading squares them",
        pay.amount,
        pay.evidence.text,
        stated.round_dp(2),
        if label.is_empty() {
            String::new()
        } else {
            format!(" read as {label}")
        },
        by_rate.round_dp(2),
        rate.evidence.text
    );
    let evidence = pay.evidence.clone();
    terms.inconsistencies.push(Inconsistency {
        kind: super::FIGURES_MISMATCH.into(),
        message,
        evidence,
    });
}
