//! A stepped rate (阶梯利率): the periodic rate of each later step, in proportion to the first
//! step's, for the schedule. A method the steps cannot be carried into is not priced at the
//! first step's rate as if it held throughout.

use rust_decimal::Decimal;

use super::CostError;
use super::pricing::{Priced, interest_rate};
use crate::model::{RepaymentMethod, Terms};

/// The later steps as (first instalment, periodic rate); empty without steps.
pub(super) fn periodic(
    terms: &Terms,
    priced: &mut Priced,
    notes: &mut Vec<String>,
) -> Result<Vec<(u32, Decimal)>, CostError> {
    if terms.rate_steps.is_empty() {
        return Ok(Vec::new());
    }
    let first = interest_rate(terms)
        .and_then(|r| r.annual_percent)
        .filter(|a| *a > Decimal::ZERO);
    let carried = matches!(
        priced.method,
        RepaymentMethod::EqualInstallment
            | RepaymentMethod::EqualPrincipal
            | RepaymentMethod::InterestOnly
    );
    let Some(first) = first.filter(|_| carried && priced.count > 1) else {
        return Err(CostError::NotComputed(
            "the rate steps (阶梯利率) cannot be carried into this schedule; the cost is not the first step's rate".into(),
        ));
    };
    let mut steps: Vec<(u32, Decimal)> = Vec::new();
    for s in &terms.rate_steps {
        if s.from_instalment < 2 || s.from_instalment > priced.count {
            continue;
        }
        let rate = priced
            .periodic
            .checked_mul(s.annual_percent)
            .and_then(|x| x.checked_div(first))
            .ok_or_else(|| CostError::NotComputed("a rate step out of range".into()))?;
        steps.push((s.from_instalment, rate));
        notes.push(format!(
            "stepped rate: {}% a year from instalment {} on («{}»)",
            s.annual_percent.normalize(),
            s.from_instalment,
            s.evidence.text
        ));
    }
    steps.sort_by_key(|s| s.0);
    if !steps.is_empty() && priced.payment.take().is_some() {
        notes.push(
            "the stated instalment is the first step's: the schedule follows the rate steps".into(),
        );
    }
    Ok(steps)
}
