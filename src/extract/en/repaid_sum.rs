//! A single-payment loan that states only what is borrowed, what is repaid and how long for
//! ("You borrowed £250.00 … Loan length 40 days … You repay £335.00"): the sum repaid is the
//! total of payments, so the cost follows from the figures. With no rate and no fee stated,
//! the whole difference is the charge, and its daily rate is inferred (and said so) because
//! that is the figure a daily cap (UK CONC 5A) is judged by.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::model::{Amount, Count, Per, Rate, RateKind, Terms};
use crate::pattern;

/// The label of the sum repaid, right before its figure (a screen's column gap allowed).
static REPAID_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:(?:you|to) (?:will )?(?:re)?pay(?: back)?|you(?:'ll| will) (?:re)?pay(?: back)?|amount (?:to be )?repaid|(?:total )?amount (?:to )?repay(?:able)?|total (?:to )?repay(?:able|ment)?|total (?:amount )?(?:due|owed)|amount due(?: (?:at (?:the )?end of (?:the |this |your )?(?:[a-z-]+ )?(?:term|loan|period)|on (?:the |your )?(?:due|maturity|renewal due) date|at maturity|by the due date))?|repayment amount)\s*[:.…]*\s*$",
    )
    .expect("static regex")
});

/// Longest single-payment loan read this way (a payday or short-term loan).
const MAX_DAYS: u32 = 400;

/// Read the sum repaid of a one-payment loan whose term is in days, then infer its daily rate.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    if terms.finance_charge.is_some() {
        return;
    }
    // The term in days as stated, or between the date paid out and the one due date.
    let between_dates = match (terms.start_date(), &terms.maturity_date) {
        (Some(start), Some(due)) => u32::try_from((due.date - start.date).num_days()).ok(),
        _ => None,
    };
    let Some(days) = terms.term.as_ref().and_then(|t| t.days).or(between_dates) else {
        return;
    };
    let one = match &terms.installments {
        Some(c) => c.count == 1,
        None => terms.frequency.is_none() && terms.payment.is_none(),
    };
    if !one || !(1..=MAX_DAYS).contains(&days) {
        return;
    }
    let Some(borrowed) = terms
        .principal
        .as_ref()
        .or(terms.disbursed.as_ref())
        .map(|p| p.amount)
    else {
        return;
    };
    if let Some(total) = terms.total_of_payments.as_ref().map(|t| t.amount) {
        infer_daily_rate(terms, borrowed, total, days);
        return;
    }
    let text = cx.flat.clone();
    for money in number::find_money(&text) {
        // Up to 80 bytes back (a long label and its dot leader), from a character boundary
        // (a "£" is two bytes).
        let from = super::ceil(&text, money.start.saturating_sub(80));
        let before = text.get(from..money.start).unwrap_or("");
        let Some(label) = REPAID_LABEL.find(before) else {
            continue;
        };
        if money.amount <= borrowed {
            continue;
        }
        let evidence = cx.evidence(money.start - before.len() + label.start(), money.end);
        cx.cover(money.start);
        terms.total_of_payments = Some(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: evidence.clone(),
            derived: false,
        });
        if terms.installments.is_none() && !terms.total_holds_several_payments() {
            terms.installments = Some(Count {
                count: 1,
                evidence: evidence.clone(),
            });
            terms.assumptions.push(format!(
                "one payment inferred: a sum repaid ({}) and a term of {days} days, with no count of payments or frequency stated",
                money.amount.normalize()
            ));
        }
        terms.assumptions.push(format!(
            "the sum repaid {} is the total repaid («{}»)",
            money.amount.normalize(),
            evidence.text.trim()
        ));
        infer_daily_rate(terms, borrowed, money.amount, days);
        return;
    }
}

/// No rate and no fee stated: the whole charge is interest, (repaid − borrowed) / borrowed
/// / days a day, kept to 4 decimal places of a percent.
fn infer_daily_rate(terms: &mut Terms, borrowed: Decimal, repaid: Decimal, days: u32) {
    if !terms.rates.is_empty() || !terms.fees.is_empty() || borrowed <= Decimal::ZERO {
        return;
    }
    let Some(evidence) = terms.total_of_payments.as_ref().map(|t| t.evidence.clone()) else {
        return;
    };
    let charge = repaid - borrowed;
    let daily = (charge * Decimal::ONE_HUNDRED / borrowed / Decimal::from(days)).round_dp(4);
    terms.assumptions.push(format!(
        "no rate stated: daily rate inferred from the figures, ({} − {}) / {} / {days} days = {}% a day",
        repaid.normalize(),
        borrowed.normalize(),
        borrowed.normalize(),
        daily.normalize()
    ));
    terms.rates.push(Rate {
        kind: RateKind::Interest,
        value: daily.normalize(),
        per: Per::Day,
        annual_percent: Some((daily * Decimal::from(365)).normalize()),
        day_basis: Some(365),
        day_basis_assumed: true,
        label: "inferred from the sum repaid".to_string(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence,
    });
}
