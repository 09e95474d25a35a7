//! A Truth in Lending box whose "Amount Financed" contradicts the box's own other figures: the
//! Total of Payments less the Finance Charge is the amount financed (Reg Z § 1026.18(b)-(e)).
//! When that difference is also what a second statement gives (the itemization's "paid to
//! you", or the principal less the fees withheld), the one figure against two is the
//! misprint: the loan is priced from the two that agree, and the contradiction is reported
//! quoting both sides. With no second statement nothing is decided, and the box stands.

use rust_decimal::Decimal;

use super::Ctx;
use super::amounts::{DISBURSED, principal_and_stated_amount_financed};
use super::number;
use crate::model::{Amount, FeeTiming, Inconsistency, InconsistencyKind, Terms};

/// How far before a figure its "paid to you" label may stand, in bytes.
const LABEL_WINDOW: usize = 60;

pub(super) fn reconcile(cx: &mut Ctx, terms: &mut Terms) {
    box_leaves_out_withheld_fees(cx, terms);
    let Some((principal, financed)) = principal_and_stated_amount_financed(terms) else {
        return;
    };
    let (Some(charge), Some(total)) = (&terms.finance_charge, &terms.total_of_payments) else {
        return;
    };
    let implied = total.amount - charge.amount;
    let cent = Decimal::new(1, 2);
    if (implied - financed.amount).abs() <= cent || implied <= Decimal::ZERO {
        return;
    }
    let stated = paid_to_you(cx, implied);
    let withheld: Decimal = terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
        .filter_map(|f| f.amount)
        .sum();
    let by_fees = (!withheld.is_zero() && principal.amount - withheld == implied)
        .then(|| principal.evidence.clone());
    let (witness, how) = match (stated, by_fees) {
        (Some(e), _) => (e, "the amount paid to you"),
        (None, Some(e)) => (e, "the principal less the fees withheld"),
        (None, None) => return,
    };
    let message = format!(
        "the Amount Financed is stated as {}, but the total of payments {} less the finance charge {} is {}, as {} also gives («{}»): the figure of {} is one against two; loanlint priced the loan from {}",
        financed.amount.normalize(),
        total.amount.normalize(),
        charge.amount.normalize(),
        implied.normalize(),
        how,
        witness.text.trim().lines().last().unwrap_or("").trim(),
        financed.amount.normalize(),
        implied.normalize()
    );
    priced_from(
        terms,
        InconsistencyKind::StatedTotalContradictsParts,
        message,
        &financed,
        implied,
        witness,
    );
}

/// A box whose "Amount Financed" is the whole principal though fees are withheld from it, and
/// the document itself states the net paid out ("Origination fee: $150.00, deducted from the
/// loan proceeds. Net amount sent to my bank account: $1,850.00"): the amount financed is the
/// principal less the prepaid finance charges (Reg Z § 1026.18(b)), so the box's figure is one
/// against two (the deduction and the net stated) and the loan is priced from what is paid out.
fn box_leaves_out_withheld_fees(cx: &mut Ctx, terms: &mut Terms) {
    let Some((principal, financed)) = principal_and_stated_amount_financed(terms) else {
        return;
    };
    let deducted: Vec<_> = terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
        .collect();
    if financed.amount != principal.amount || deducted.iter().any(|f| f.amount.is_none()) {
        return;
    }
    let withheld: Decimal = deducted.iter().filter_map(|f| f.amount).sum();
    let net = principal.amount - withheld;
    if withheld.is_zero() || net <= Decimal::ZERO {
        return;
    }
    let Some(witness) = paid_to_you(cx, net) else {
        return;
    };
    let message = format!(
        "the Amount Financed is stated as {}, the whole principal, but {} is withheld from it and the document states {} paid out («{}»): the amount financed is the principal less the charges withheld; loanlint priced the loan from {}",
        financed.amount.normalize(),
        withheld.normalize(),
        net.normalize(),
        witness
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        net.normalize()
    );
    priced_from(
        terms,
        InconsistencyKind::StatedFiguresMismatch,
        message,
        &financed,
        net,
        witness,
    );
}

/// The box's Amount Financed is one figure against two: say so (an inconsistency on the box's
/// figure, and an assumption), and price the loan from `paid_out`, quoting its witness.
fn priced_from(
    terms: &mut Terms,
    kind: InconsistencyKind,
    message: String,
    financed: &Amount,
    paid_out: Decimal,
    witness: crate::model::Evidence,
) {
    terms.inconsistencies.push(Inconsistency {
        kind: kind.as_str().to_string(),
        message: message.clone(),
        evidence: financed.evidence.clone(),
    });
    terms.assumptions.push(message);
    terms.disbursed = Some(Amount {
        amount: paid_out,
        currency: financed.currency.clone(),
        evidence: witness,
        derived: false,
    });
}

/// A figure equal to `amount` with a "paid to you" label just before it (not the words
/// "Amount Financed", the label of the figure in dispute).
fn paid_to_you(cx: &mut Ctx, amount: Decimal) -> Option<crate::model::Evidence> {
    let flat = cx.flat.clone();
    for m in number::find_money(&flat) {
        if m.amount != amount {
            continue;
        }
        let from = super::floor(&flat, m.start.saturating_sub(LABEL_WINDOW));
        let before = flat.get(from..m.start).unwrap_or("");
        let Some(label) = DISBURSED.find_iter(before).last() else {
            continue;
        };
        if label.as_str().eq_ignore_ascii_case("amount financed") {
            continue;
        }
        cx.cover(m.start);
        return Some(cx.evidence(from + label.start(), m.end));
    }
    None
}
