//! A yearly interest rate over a term counted in days, with no year length written: the
//! interest is the rate × days ÷ 365 or ÷ 360. Lenders use both. The stated figures (a total
//! repayable, the interest) decide: when they are reproduced on 360 days and not on 365, the
//! year is 360 days, and the report says which figures told.

use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Inferred, Per, Terms};

use super::figures;

/// The terms with the interest rate's year set to 360 days, when that is an open question:
/// a yearly interest rate with no year length and a term in days.
pub(super) fn on_360_days(terms: &Terms) -> Option<Terms> {
    let days = terms.term.as_ref()?.days?;
    if days == 0 || terms.term.as_ref()?.months.is_some() {
        return None;
    }
    let rate = cost::interest_rate(terms)?;
    if rate.per != Per::Year || rate.day_basis.is_some() {
        return None;
    }
    let mut t = terms.clone();
    cost::interest_rate_mut(&mut t)?.day_basis = Some(360);
    Some(t)
}

/// Does the single reading of `terms` reproduce every stated figure? `None` when nothing is
/// stated to test it or it cannot be priced.
pub(super) fn reproduces(terms: &Terms, method: Method) -> Option<bool> {
    if figures::stated(terms).is_empty() {
        return None;
    }
    let c = cost::assess(terms, method).ok()?;
    Some(figures::mismatches(terms, &c).is_empty())
}

/// Settle the year length by the stated figures: 360 days when only that reproduces them.
pub(super) fn settle(terms: &mut Terms, method: Method) {
    let Some(t360) = on_360_days(terms) else {
        return;
    };
    if reproduces(terms, method) != Some(false) || reproduces(&t360, method) != Some(true) {
        return;
    }
    let read = figures::stated(terms);
    let stated: Vec<String> = read
        .iter()
        .map(|(_, a)| format!("«{}»", a.evidence.text))
        .collect();
    let evidence = read.iter().map(|(_, a)| a.evidence.clone()).collect();
    *terms = t360;
    terms.inferred.push(Inferred {
        field: "day_basis".into(),
        value: "360".into(),
        reason: format!(
            "the yearly rate is counted over a year of 360 days: the contract does not say, and only on 360 days does the interest reproduce the stated figures ({})",
            stated.join(", ")
        ),
        evidence,
    });
}
