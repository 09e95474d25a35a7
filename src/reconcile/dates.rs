//! A term from two dates: a payday disclosure that gives only the transaction date and the due
//! date has a term in days.

use crate::model::{Frequency, Inferred, LoanTerm, RepaymentMethod, Terms};

/// Set `terms.term` in days from the payout (or signing) date to the single due date, when no
/// term is stated and the loan has at most one instalment.
pub(super) fn term_from_dates(terms: &mut Terms) {
    if terms.term.is_some() || terms.installments.as_ref().is_some_and(|c| c.count > 1) {
        return;
    }
    let start = terms.start_date();
    // One payment: the due date is the maturity date (or the only payment date). A schedule
    // of several payments is not read as one.
    let single = terms.installments.as_ref().is_some_and(|c| c.count == 1)
        || terms.frequency.as_ref().map(|f| f.frequency) == Some(Frequency::Single)
        || terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet);
    let (first, maturity) = (
        terms.first_payment_date.as_ref(),
        terms.maturity_date.as_ref(),
    );
    let end = match (first, maturity) {
        (Some(f), Some(m)) if f.date == m.date => Some(m),
        (None, Some(m)) if single || terms.frequency.is_none() => Some(m),
        (Some(f), None) if single => Some(f),
        _ => None,
    };
    let (Some(start), Some(end)) = (start, end) else {
        return;
    };
    let Ok(days) = u32::try_from((end.date - start.date).num_days()) else {
        return;
    };
    if days == 0 {
        return;
    }
    terms.inferred.push(Inferred {
        field: "term".into(),
        value: format!("{days} days"),
        reason: format!(
            "no term is stated: {days} days from {} to {}",
            start.date, end.date
        ),
        evidence: vec![start.evidence.clone(), end.evidence.clone()],
    });
    terms.term = Some(LoanTerm {
        months: None,
        days: Some(days),
        evidence: end.evidence.clone(),
    });
}
