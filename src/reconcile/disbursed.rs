//! The amount received: stated, or the principal less what is taken from it at payout
//! (fees deducted, interest deducted), each with its evidence. An extractor's own derivation
//! (`derived: true`) is set aside and redone here, the same way for every language.

use rust_decimal::Decimal;

use crate::model::{Amount, Basis, FeeTiming, Inferred, Terms};

/// Fill `terms.disbursed` when the contract does not state it. A deducted fee whose amount is
/// blank leaves it unknown.
pub(super) fn derive(terms: &mut Terms) {
    if terms.disbursed.as_ref().is_some_and(|d| !d.derived) {
        return;
    }
    terms.disbursed = None;
    let Some(principal) = terms.principal.clone() else {
        return;
    };
    let mut parts = Vec::new();
    let mut evidence = Vec::new();
    let mut taken = Decimal::ZERO;
    for fee in terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
    {
        let of_principal = matches!(fee.basis, None | Some(Basis::Principal));
        let amount = fee.amount.or_else(|| {
            fee.percent
                .filter(|_| of_principal)
                .map(|p| principal.amount * p / Decimal::ONE_HUNDRED)
        });
        let Some(amount) = amount else {
            // A blank or unpriceable deduction: what is received is not known.
            return;
        };
        taken += amount;
        parts.push(format!("{} {amount}", fee.name));
        evidence.push(fee.evidence.clone());
    }
    if let Some(i) = terms.interest_deducted.as_ref() {
        taken += i.amount;
        parts.push(format!("interest deducted {}", i.amount));
        evidence.push(i.evidence.clone());
    }
    let received = principal.amount - taken;
    if received <= Decimal::ZERO {
        return;
    }
    if !parts.is_empty() {
        evidence.insert(0, principal.evidence.clone());
        terms.inferred.push(Inferred {
            field: "disbursed".into(),
            value: received.to_string(),
            reason: format!(
                "the amount received is not stated: principal {} less {} = {received}",
                principal.amount,
                parts.join(", ")
            ),
            evidence,
        });
    }
    terms.disbursed = Some(Amount {
        amount: received,
        currency: principal.currency,
        evidence: principal.evidence,
        derived: true,
    });
}
