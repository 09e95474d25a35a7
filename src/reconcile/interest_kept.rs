//! Interest kept back at payout, told by the stated total.
//!
//! A contract states a rate, a principal and a smaller amount received, with nothing it says
//! is taken at payout (no deducted fee, no words that the interest is collected in advance),
//! and a total due (到期应还, the instalment, the total of payments). Two readings:
//! - the gap is unexplained and the whole interest is still paid in the instalments;
//! - the gap is the interest, kept back at payout (预收利息, 砍头息), and the instalments
//!   repay the principal and the other charges only.
//!
//! The stated figures decide: when only the second reading reproduces them, the gap is
//! priced as interest deducted, and `inferred` says so with the figures that decided. When
//! both do, or neither, or no figure is stated, nothing changes.

use rust_decimal::Decimal;

use super::{FIGURES_MISMATCH, Reading, figures};
use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Amount, FeeTiming, Inferred, Terms};

/// Price the gap between the principal and the amount received as interest kept back, when
/// only that reproduces the stated figures.
pub(super) fn settle(terms: &mut Terms, readings: Vec<Reading>, method: Method) -> Vec<Reading> {
    let Some(kept) = unexplained_gap(terms) else {
        return readings;
    };
    let Some((kept_back, decided_by)) = figures::only_altered_fits(terms, &readings, method, |t| {
        t.interest_deducted = Some(kept.clone());
    })
    .filter(|(priced, _)| !priced.is_empty()) else {
        return readings;
    };
    let figures_said: Vec<String> = figures::quoted(&decided_by);
    let principal = terms.principal.as_ref().map(|p| p.evidence.clone());
    terms.inferred.push(Inferred {
        field: "interest_deducted".into(),
        value: kept.amount.normalize().to_string(),
        reason: format!(
            "the amount received is {} less than the principal and nothing stated is taken at payout; the stated figures ({}) are reproduced only when the {} is interest kept back at payout and not paid again",
            kept.amount.normalize(),
            figures_said.join("; "),
            kept.amount.normalize()
        ),
        evidence: principal
            .into_iter()
            .chain(std::iter::once(kept.evidence.clone()))
            .chain(decided_by.iter().map(|m| m.evidence.clone()))
            .collect(),
    });
    terms.interest_deducted = Some(kept);
    terms.inconsistencies.retain(|i| i.kind != FIGURES_MISMATCH);
    kept_back
}

/// The principal less the stated amount received, when a rate is priced and nothing stated
/// (a deducted fee, interest deducted, a deposit, a fee of open timing) could be the gap.
fn unexplained_gap(terms: &Terms) -> Option<Amount> {
    let principal = terms.principal.as_ref().filter(|p| !p.derived)?;
    let received = terms.disbursed.as_ref().filter(|d| !d.derived)?;
    if terms.interest_deducted.is_some()
        || terms.deposit_returned.is_some()
        || cost::interest_rate(terms).is_none_or(|r| r.value <= Decimal::ZERO)
        || terms.fees.iter().any(|f| {
            !f.kind.on_default_or_prepayment()
                && matches!(
                    f.timing,
                    FeeTiming::UpfrontDeducted | FeeTiming::UpfrontPaid | FeeTiming::Other
                )
        })
    {
        return None;
    }
    let gap = principal.amount.checked_sub(received.amount)?;
    // A gap of a cent is rounding; one of half the loan or more is no interest kept back.
    if gap <= Decimal::new(1, 2) || gap * Decimal::TWO >= principal.amount {
        return None;
    }
    Some(Amount {
        amount: gap.normalize(),
        currency: principal.currency.clone(),
        evidence: received.evidence.clone(),
        derived: true,
    })
}
