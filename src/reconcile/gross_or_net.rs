//! No principal is read, only an amount paid out (放款金额, "amount disbursed"), and a fee is
//! taken from the loan at payout. The amount read is then either the loan before the fee (the
//! principal, of which the borrower receives less) or what reaches the borrower (the principal
//! is that amount plus the fee). The stated figures decide: the reading whose schedule
//! reproduces every stated figure, when the other does not. When both or neither do, the
//! principal stays unknown and the report says what the cost depends on.

use rust_decimal::Decimal;

use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Amount, FeeTiming, Inferred, Terms};

use super::figures;

/// Settle the principal from the amount paid out, when the stated figures tell which it is.
pub(super) fn settle(terms: &mut Terms, method: Method, depends_on: &mut Vec<String>) {
    let Some(read) = terms.disbursed.clone() else {
        return;
    };
    if terms.principal.is_some() || read.derived || read.amount <= Decimal::ZERO {
        return;
    }
    let Some(taken) = taken_at_payout(terms) else {
        nothing_taken(terms, read, method);
        return;
    };
    let gross = with_principal(terms, read.clone(), None);
    let net_principal = Amount {
        amount: read.amount + taken,
        derived: true,
        ..read.clone()
    };
    let net = with_principal(terms, net_principal, Some(read.clone()));
    let (gross_fits, net_fits) = (fits(&gross, method), fits(&net, method));
    let label = &read.evidence.text;
    match (gross_fits, net_fits) {
        (Some(true), Some(false)) => {
            *terms = gross;
            terms.inferred.push(Inferred {
                field: "principal".into(),
                value: read.amount.normalize().to_string(),
                reason: format!(
                    "no label names the principal; the amount paid out read, {} («{label}»), is the loan before the {} taken at payout: only as the principal does it reproduce the stated figures",
                    read.amount.normalize(),
                    taken.normalize()
                ),
                evidence: vec![read.evidence.clone()],
            });
        }
        (Some(false), Some(true)) => {
            *terms = net;
            terms.inferred.push(Inferred {
                field: "principal".into(),
                value: (read.amount + taken).normalize().to_string(),
                reason: format!(
                    "no label names the principal; the amount paid out read, {} («{label}»), is what the borrower receives: the stated figures are reproduced by a principal of that amount plus the {} taken at payout",
                    read.amount.normalize(),
                    taken.normalize()
                ),
                evidence: vec![read.evidence.clone()],
            });
        }
        _ => {
            let open = format!(
                "whether the amount paid out, {} («{label}»), is the loan before the {} taken at payout or what the borrower receives after it",
                read.amount.normalize(),
                taken.normalize()
            );
            terms.assumptions.push(format!(
                "the principal is left open: no stated figure tells {open}"
            ));
            depends_on.push(open);
        }
    }
}

/// No fee is said to be taken at payout: the amount paid out is the principal when, as the
/// principal, it reproduces the stated figures (a total, an instalment). Interest taken in
/// advance (砍头息) that the text names without a figure would make them disagree, so it is
/// not read this way.
fn nothing_taken(terms: &mut Terms, read: Amount, method: Method) {
    if terms
        .fees
        .iter()
        .any(|f| f.timing == FeeTiming::UpfrontDeducted)
        || terms.interest_deducted.is_some()
    {
        return;
    }
    let label = read.evidence.text.clone();
    let amount = read.amount;
    let gross = with_principal(terms, read.clone(), None);
    // The year length of a yearly rate over days is itself open; `year_length` says so.
    let fitting = match fits(&gross, method) {
        Some(true) => gross,
        _ => match super::year_length::on_360_days(&gross) {
            Some(t360) if fits(&t360, method) == Some(true) => gross,
            _ => return,
        },
    };
    *terms = fitting;
    terms.inferred.push(Inferred {
        field: "principal".into(),
        value: amount.normalize().to_string(),
        reason: format!(
            "no label names the principal; the amount paid out read, {} («{label}»), is the principal: no fee is taken at payout, and as the principal it reproduces the stated figures",
            amount.normalize()
        ),
        evidence: vec![read.evidence],
    });
}

/// What the fees taken at payout come to, every one priced (a percentage of an amount that is
/// itself in question is not); `None` when there is none or one is blank.
fn taken_at_payout(terms: &Terms) -> Option<Decimal> {
    let mut taken = Decimal::ZERO;
    let mut any = false;
    for fee in terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
    {
        taken += fee.amount?;
        any = true;
    }
    (any && taken > Decimal::ZERO).then_some(taken)
}

/// The terms with `principal`, and the amount received stated (`Some`) or left to be derived.
fn with_principal(terms: &Terms, principal: Amount, received: Option<Amount>) -> Terms {
    let mut t = terms.clone();
    t.principal = Some(principal);
    t.disbursed = received;
    super::disbursed::derive(&mut t);
    t
}

/// Does some plausible schedule of `terms` reproduce every stated figure? `None` when no
/// figure is stated to test it or no schedule can be built.
fn fits(terms: &Terms, method: Method) -> Option<bool> {
    if figures::stated(terms).is_empty() && terms.stated_schedule.is_empty() {
        return None;
    }
    let mut priced = false;
    let quote = terms.disbursed.as_ref().map(|d| &d.evidence);
    for mut t in super::candidates::readings(terms, quote) {
        // With a rate stated, the instalment is an outcome to reproduce, not an input.
        if cost::interest_rate(&t).is_some() {
            t.payment = None;
        }
        if let Ok(c) = cost::assess(&t, method) {
            priced = true;
            if figures::mismatches(terms, &c).is_empty() {
                return Some(true);
            }
        }
    }
    priced.then_some(false)
}
