//! Interest taken at payout, and still charged in the instalments.
//!
//! A contract that withholds "the first period's interest" (首期利息在放款时预先扣除) is read
//! first as paying the schedule's earliest interest with it. When the stated figures say
//! otherwise (the stated instalment falls due from the first due date, every period's
//! interest is paid), the withheld interest is paid a second time: it is then priced as a
//! charge taken from the principal at payout, on top of a schedule that charges every
//! period's interest. The figures decide:
//! - only the second reading reproduces them: it is the cost, and `inferred` says so with
//!   the figures that decided;
//! - both do, or neither: the first reading stays (no figure speaks for the second).

use rust_decimal::Decimal;

/// The name of the charge that withheld interest becomes when it is paid twice: the
/// deduction finding tells it from a fee by it.
pub const INTEREST_TAKEN_AT_PAYOUT: &str = "interest taken at payout";

use super::{FIGURES_MISMATCH, Reading, figures};
use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Fee, FeeKind, FeeTiming, Inferred, Terms};

/// Price the withheld interest as charged again when only that reproduces the stated figures.
pub(super) fn settle(terms: &mut Terms, readings: Vec<Reading>, method: Method) -> Vec<Reading> {
    let Some(withheld) = terms.interest_deducted.clone() else {
        return readings;
    };
    if withheld.amount <= Decimal::ZERO || cost::interest_rate(terms).is_none() {
        return readings;
    }
    let charged_again = |t: &mut Terms| {
        t.interest_deducted = None;
        t.fees.push(Fee {
            name: INTEREST_TAKEN_AT_PAYOUT.into(),
            kind: FeeKind::Other,
            amount: Some(withheld.amount),
            percent: None,
            basis: None,
            per: None,
            timing: FeeTiming::UpfrontDeducted,
            payee: None,
            note: Some("withheld at payout and charged again in the instalments".into()),
            evidence: withheld.evidence.clone(),
            due_date: None,
            amount_blank: false,
        });
    };
    let Some((again, decided_by)) =
        figures::only_altered_fits(terms, &readings, method, charged_again)
    else {
        return readings;
    };
    let figures_said: Vec<String> = figures::quoted(&decided_by);
    terms.inferred.push(Inferred {
        field: "interest_deducted".into(),
        value: format!("{} charged again", withheld.amount.normalize()),
        reason: format!(
            "the {} of interest taken at payout does not pay the schedule's earliest interest: {} show every period's interest still charged, so it is paid twice and priced as a charge taken at payout",
            withheld.amount.normalize(),
            figures_said.join("; ")
        ),
        evidence: std::iter::once(withheld.evidence.clone())
            .chain(decided_by.iter().map(|m| m.evidence.clone()))
            .collect(),
    });
    terms.inconsistencies.retain(|i| i.kind != FIGURES_MISMATCH);
    again
}
