//! The clause that makes the whole debt due at once often names the day it falls due
//! ("Interest: RM45.00, payable with the principal on 09/12/2026"): that date is the maturity
//! date, from which the term follows.

use super::Ctx;
use super::number;
use crate::model::{DateTerm, Evidence, Terms};

/// Read the date right after the clause `s..e` (or within it) as the maturity date, when none
/// is read yet and it falls after the start of the loan.
pub(super) fn maturity_in_clause(
    cx: &Ctx,
    terms: &mut Terms,
    s: usize,
    e: usize,
    evidence: &Evidence,
) {
    if terms.maturity_date.is_some() {
        return;
    }
    let after = cx.flat.get(e..).unwrap_or("");
    let window_end = e + super::floor(after, 24);
    let due_on = number::first_date(cx.slice(s, window_end), cx.day_first)
        .filter(|d| terms.start_date().is_some_and(|c| c.date < d.date));
    if let Some(d) = due_on {
        terms.maturity_date = Some(DateTerm {
            date: d.date,
            evidence: evidence.clone(),
        });
    }
}
