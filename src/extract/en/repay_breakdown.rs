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

/// Brackets right after a figure, or after its due date ("Repay £251.80 on 3 December 2026
/// (£200.00 + ...)").
static BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:(?:on|by)\s+[A-Za-z0-9 ,/.-]{4,24}?\s*)?\(([^()\n]{3,80})\)")
        .expect("static regex")
});
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

/// The interest part of a breakdown, named after its figure ("+ £46.80 interest +").
static INTEREST_AFTER: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)^\s*interest(?-u:\b)").expect("static regex"));

/// The fees of a bracketed breakdown ("lent + fee", "lent + interest + fee") right after a
/// figure equal to `sum`: the first part is the amount lent, a part named interest is the
/// interest, every other part must be named a fee or charge, and the parts add up to the sum.
fn breakdown(cx: &mut Ctx, terms: &mut Terms, total: rust_decimal::Decimal, timing: FeeTiming) {
    let flat = cx.flat.clone();
    for outer in cx.money_in(&flat).into_iter().filter(|m| m.amount == total) {
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
        if parts.len() < 2
            || parts
                .iter()
                .map(|p| p.amount)
                .sum::<rust_decimal::Decimal>()
                != total
        {
            continue;
        }
        let Some(fees) = named_fees(inner, &parts) else {
            continue;
        };
        if fees.is_empty() {
            continue;
        }
        for (name, fee) in fees {
            // A fee already read with no time of payment is paid with this repayment.
            if let Some(known) = terms.fees.iter_mut().find(|f| f.amount == Some(fee.amount)) {
                if known.timing == FeeTiming::Other {
                    known.timing = timing;
                }
                continue;
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
        }
        return;
    }
}

/// The named fee parts of a breakdown after its first part (the amount lent): `None` when a
/// part is neither a named charge nor the interest, or when the parts are not joined by
/// "+", "plus" or "and".
fn named_fees<'t>(
    inner: &'t str,
    parts: &'t [number::Money],
) -> Option<Vec<(&'t str, &'t number::Money)>> {
    let mut fees = Vec::new();
    for (prev, part) in parts.iter().zip(parts.iter().skip(1)) {
        let join = JOIN.captures(inner.get(prev.end..part.start)?)?;
        let before = join.get(1).map(|m| m.as_str().trim());
        let rest = inner.get(part.end..).unwrap_or("");
        let after = NAME_AFTER
            .captures(rest)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().trim());
        let name = before
            .filter(|n| NAME_BEFORE.is_match(n))
            .map(|n| n.trim_end_matches(" of").trim())
            .or(after);
        match name {
            Some(name) => fees.push((name, part)),
            None if INTEREST_AFTER.is_match(rest) => {}
            None => return None,
        }
    }
    Some(fees)
}
