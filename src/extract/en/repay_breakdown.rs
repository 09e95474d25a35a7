//! "Repay $575.00 ($500 + $75.00 fee) on 12/16/2025", "you'll owe $348 (that's $300 borrowed
//! plus a $48 charge)": the one sum repaid, broken down in brackets right after it into the
//! amount lent and a charge. The charge is the cost of the credit, paid with that repayment;
//! the two parts must add up to the sum, or the brackets say something else.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::{Fee, FeeTiming, Terms};
use crate::pattern;

/// Brackets right after a figure.
static BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^\s*\(([^()\n]{3,80})\)").expect("static regex"));
/// Between the two parts: "+", "plus", "and".
static JOIN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:\+|(?-u:\b)plus(?-u:\b)|(?-u:\b)and(?-u:\b))\s*(?:(?:a|an|the|your|our)\s+)?([a-z-]+(?:\s+[a-z-]+)?\s+(?:fee|charge)\s*(?:of\s*)?)?$")
        .expect("static regex")
});
/// The charge's name after its figure ("fee", "finance charge", "service fee").
static NAME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*((?:[a-z-]+\s+){0,2}?(?:fee|charge))(?-u:\b)").expect("static regex")
});
/// A name before the figure needs the charge word ("advance fee of $75").
static NAME_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)(?-u:\b)(?:fee|charge)(?-u:\b)").expect("static regex"));

/// Read the charge of a bracketed breakdown of the total repaid, as a fee paid at maturity, or
/// of the level instalment ("6 monthly payments of $210.00 ($200.00 premium + $10.00
/// installment fee)"), as a fee paid with each instalment when the parts before the fee add
/// up, over the count, to the principal.
pub(super) fn charge(cx: &mut Ctx, terms: &mut Terms) {
    if let Some(total) = terms.total_of_payments.as_ref() {
        let total = total.amount;
        breakdown(cx, terms, total, FeeTiming::AtMaturity);
        return;
    }
    let (Some(payment), Some(count), Some(principal)) = (
        terms.payment.as_ref(),
        terms.installments.as_ref(),
        terms.principal.as_ref(),
    ) else {
        return;
    };
    let (payment, principal) = (payment.amount, principal.amount);
    let count = rust_decimal::Decimal::from(count.count);
    let fee = payment - principal / count;
    if fee > rust_decimal::Decimal::ZERO && (payment - fee) * count == principal {
        breakdown(cx, terms, payment, FeeTiming::PerPeriod);
    }
}

/// The fee of a bracketed breakdown ("lent + fee") right after a figure equal to `sum`.
fn breakdown(cx: &mut Ctx, terms: &mut Terms, total: rust_decimal::Decimal, timing: FeeTiming) {
    let flat = cx.flat.clone();
    for outer in number::find_money(&flat)
        .into_iter()
        .filter(|m| m.amount == total)
    {
        let after = flat
            .get(outer.end..super::floor(&flat, outer.end + 90))
            .unwrap_or("");
        let Some(b) = BRACKETS.captures(after) else {
            continue;
        };
        let Some(inside) = b.get(1) else { continue };
        let base = outer.end + inside.start();
        let inner = inside.as_str();
        let parts = number::find_money(inner);
        let [lent, fee] = parts.as_slice() else {
            continue;
        };
        if lent.amount + fee.amount != total || fee.amount.is_zero() {
            continue;
        }
        let Some(join) = JOIN.captures(inner.get(lent.end..fee.start).unwrap_or("")) else {
            continue;
        };
        let before = join.get(1).map(|m| m.as_str().trim());
        let after = NAME_AFTER
            .captures(inner.get(fee.end..).unwrap_or(""))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().trim());
        let Some(name) = before
            .filter(|n| NAME_BEFORE.is_match(n))
            .map(|n| n.trim_end_matches(" of").trim())
            .or(after)
        else {
            continue;
        };
        if terms.fees.iter().any(|f| f.amount == Some(fee.amount)) {
            return;
        }
        cx.cover(base + fee.start);
        terms.fees.push(Fee {
            name: name.to_string(),
            kind: super::fees::kind_of(name),
            amount: Some(fee.amount),
            percent: None,
            basis: None,
            per: None,
            timing,
            payee: None,
            note: None,
            evidence: cx.evidence(outer.start, base + inner.len() + 1),
            due_date: None,
            amount_blank: false,
        });
        return;
    }
}
