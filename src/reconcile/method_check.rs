//! A stated repayment method that the stated figures contradict. `每月等额还本息` misread as
//! 等额本金, or a method word that does not match the instalment the contract prints: when the
//! stated method's schedule misses a stated figure (instalment, totals, interest) and exactly
//! one other method reproduces every figure from the rate alone, that method is the loan's.
//! The contradiction is an inconsistency quoting both sides, and the choice an inference
//! naming the figures. A method the figures contradict is never priced as the loan's.

use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Inconsistency, Inferred, RepaymentMethod, Terms};

use super::{FIGURES_MISMATCH, figures, method_words};

/// The methods a stated one may be confused with.
const METHODS: [RepaymentMethod; 5] = [
    RepaymentMethod::EqualInstallment,
    RepaymentMethod::EqualPrincipal,
    RepaymentMethod::InterestOnly,
    RepaymentMethod::FlatRate,
    RepaymentMethod::Bullet,
];

/// Replace a stated method the figures contradict by the only method they fit, recording
/// both; leave the terms alone otherwise.
pub(super) fn settle(terms: &mut Terms, method: Method) {
    let Some(stated) = terms.repayment.clone() else {
        return;
    };
    if stated.method == RepaymentMethod::Other
        || figures::stated(terms).is_empty()
        || cost::interest_rate(terms).is_none()
    {
        return;
    }
    let misses = match cost::assess(terms, method) {
        Ok(c) => figures::mismatches(terms, &c),
        Err(_) => return,
    };
    if misses.is_empty() {
        return;
    }
    // Another method fits when its schedule, priced from the rate alone (the stated
    // instalment set aside), reproduces every stated figure.
    let fitting: Vec<RepaymentMethod> = METHODS
        .into_iter()
        .filter(|m| *m != stated.method)
        .filter(|m| {
            let mut t = terms.clone();
            if let Some(r) = t.repayment.as_mut() {
                r.method = *m;
            }
            t.payment = None;
            cost::assess(&t, method).is_ok_and(|c| figures::mismatches(terms, &c).is_empty())
        })
        .collect();
    let [m] = fitting.as_slice() else {
        return;
    };
    let named: Vec<String> = misses
        .iter()
        .map(|x| format!("{} {} («{}»)", x.what, x.stated, x.evidence.text))
        .collect();
    terms.inconsistencies.push(Inconsistency {
        kind: FIGURES_MISMATCH.into(),
        message: format!(
            "the method read as {} («{}») does not give {}: under it they would be {}; {} gives them all",
            method_words(stated.method),
            stated.evidence.text,
            named.join(", "),
            misses
                .iter()
                .map(|x| x.computed.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            method_words(*m)
        ),
        evidence: stated.evidence.clone(),
    });
    let mut evidence = vec![stated.evidence.clone()];
    evidence.extend(misses.iter().map(|x| x.evidence.clone()));
    terms.inferred.push(Inferred {
        field: "repayment".into(),
        value: serde_json::to_value(m)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        reason: format!(
            "the stated figures contradict {}; only {} reproduces {}",
            method_words(stated.method),
            method_words(*m),
            named.join(", ")
        ),
        evidence,
    });
    if let Some(r) = terms.repayment.as_mut() {
        r.method = *m;
    }
}
