//! A charge of each period as large as the whole stated instalment (月手续费 424 beside 每期还款
//! 424.00 in a table flattened to one line): the instalment must also repay the principal, so
//! a fee of its size contradicts it. The figure is the instalment misread as a fee; the fee is
//! left out of the cost (a misread figure may never drive a verdict) and the contradiction is
//! recorded, quoting both.

use crate::model::{FeeTiming, Inconsistency, Terms};

/// Drop every per-period fee whose amount is the stated instalment and record why.
pub(super) fn settle(terms: &mut Terms) {
    let Some(pay) = terms.payment.clone() else {
        return;
    };
    let principal_due = terms
        .principal
        .as_ref()
        .is_some_and(|p| p.amount > pay.amount)
        || terms.installments.as_ref().is_some_and(|c| c.count > 1);
    if !principal_due || pay.amount.is_zero() {
        return;
    }
    let mut found = Vec::new();
    terms.fees.retain(|f| {
        let instalment_sized = f.timing == FeeTiming::PerPeriod
            && f.percent.is_none()
            && f.amount.is_some_and(|a| a == pay.amount);
        if instalment_sized {
            found.push(f.clone());
        }
        !instalment_sized
    });
    for fee in found {
        let message = format!(
            "a per-period charge of {} («{}») is as large as the stated instalment {} («{}»), which must also repay the principal: the figure is read as the instalment, not as a charge",
            pay.amount,
            fee.evidence.text.trim(),
            pay.amount,
            pay.evidence.text.trim()
        );
        terms.inconsistencies.push(Inconsistency {
            kind: super::FIGURES_MISMATCH.into(),
            message,
            evidence: fee.evidence,
        });
    }
}
