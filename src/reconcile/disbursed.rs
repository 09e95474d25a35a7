//! The amount received: stated, or the principal less what is taken from it at payout
//! (fees deducted, interest deducted), each with its evidence. An extractor's own derivation
//! (`derived: true`) is set aside and redone here, the same way for every language.

use rust_decimal::Decimal;

use crate::model::{Amount, Basis, FeeTiming, Inferred, Terms};

/// A fee withheld from the principal can never take most of it when the contract states what
/// the borrower receives: a lone deducted fee read with the amount received as its figure
/// ("the $20 fee is taken out, so $980 goes to you") is the principal less that amount.
fn fee_from_received(terms: &mut Terms) {
    let (Some(p), Some(d)) = (&terms.principal, &terms.disbursed) else {
        return;
    };
    if d.derived || p.derived || d.amount >= p.amount || d.amount <= Decimal::ZERO {
        return;
    }
    let (p_amount, d_amount) = (p.amount, d.amount);
    let mut deducted = terms
        .fees
        .iter_mut()
        .filter(|f| f.timing == FeeTiming::UpfrontDeducted);
    let (Some(fee), None) = (deducted.next(), deducted.next()) else {
        return;
    };
    if fee.amount != Some(d_amount) || d_amount * Decimal::TWO <= p_amount {
        return;
    }
    let amount = p_amount - d_amount;
    fee.amount = Some(amount);
    let name = fee.name.clone();
    let evidence = vec![fee.evidence.clone(), p.evidence.clone(), d.evidence.clone()];
    terms.inferred.push(Inferred {
        field: "fee".into(),
        value: amount.to_string(),
        reason: format!(
            "the {name} was read as {d_amount}, the amount received: principal {p_amount} less the amount received {d_amount} = {amount} withheld"
        ),
        evidence,
    });
}

/// Fill `terms.disbursed` when the contract does not state it. A deducted fee whose amount is
/// blank leaves it unknown.
pub(super) fn derive(terms: &mut Terms) {
    fee_from_received(terms);
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
    if let Some(d) = terms.deposit_returned.as_ref() {
        taken += d.amount;
        parts.push(format!("a deposit held back {}", d.amount));
        evidence.push(d.evidence.clone());
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
