//! Small helpers shared by the kinds: percent formatting, picking rates and amounts.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::{Evidence, Fee, Per, Rate, RateKind, Terms};

/// `12.3456789` -> `"12.35"` (2 dp, half away from zero, trailing zeros dropped).
pub fn pct(d: Decimal) -> String {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string()
}

/// Is `actual` above `limit` (both percent) as the report shows it, to the hundredth of a
/// point? A schedule's cents are rounded, and a rate at the limit whose cents round up comes
/// out a few thousandths above it: "36% is above the limit of 36%" is no finding.
pub fn above_as_shown(actual: Decimal, limit: Decimal) -> bool {
    actual.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero) > limit
}

/// A figure for `Finding.figures`: up to 6 dp, normalised.
pub fn fig(d: Decimal) -> String {
    d.round_dp_with_strategy(6, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string()
}

/// An amount with its currency: `CNY 10000`.
pub fn money(d: Decimal, currency: &str) -> String {
    let d = d
        .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    if currency.is_empty() {
        d.to_string()
    } else {
        format!("{currency} {d}")
    }
}

/// The simple annual percentage of a rate: `annual_percent` when the extractor gave it,
/// else derived from `value` and `per` (a day at the stated basis or 365 days).
pub fn annual(rate: &Rate) -> Option<Decimal> {
    if let Some(a) = rate.annual_percent {
        return Some(a);
    }
    let factor = match rate.per {
        Per::Day => Decimal::from(rate.day_basis.unwrap_or(365)),
        Per::Week => Decimal::from(52),
        Per::Month => Decimal::from(12),
        Per::Year => Decimal::ONE,
        Per::Once => return None,
    };
    rate.value.checked_mul(factor)
}

/// The agreed interest rates (not all-in cost figures), highest first.
pub fn interest_rates(terms: &Terms) -> Vec<(&Rate, Decimal)> {
    let mut v: Vec<(&Rate, Decimal)> = terms
        .rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .filter_map(|r| annual(r).map(|a| (r, a)))
        .collect();
    v.sort_by_key(|b| std::cmp::Reverse(b.1));
    v
}

/// The highest agreed interest rate, simple annual percent.
pub fn contract_rate(terms: &Terms) -> Option<(&Rate, Decimal)> {
    interest_rates(terms).into_iter().next()
}

/// Overdue (default) interest rates, simple annual percent. A rate stated as a mark-up over
/// the contract rate (上浮50%) is converted with the highest contract rate.
pub fn overdue_rates(terms: &Terms) -> Vec<(&Rate, Decimal)> {
    let base = contract_rate(terms).map(|(_, a)| a);
    let mut v: Vec<(&Rate, Decimal)> = terms
        .rates
        .iter()
        .filter(|r| r.kind == RateKind::Overdue)
        .filter_map(|r| {
            // A rate stated only as a mark-up has no value of its own.
            let marked_up = match (r.annual_percent, r.markup_percent, base) {
                (None, Some(m), Some(b)) => m
                    .checked_div(Decimal::ONE_HUNDRED)
                    .and_then(|x| x.checked_add(Decimal::ONE))
                    .and_then(|x| b.checked_mul(x)),
                _ => None,
            };
            Some((r, marked_up.or_else(|| annual(r))?))
        })
        .collect();
    v.sort_by_key(|b| std::cmp::Reverse(b.1));
    v
}

/// The principal amount and its currency.
pub fn principal(terms: &Terms) -> Option<(Decimal, &str)> {
    terms
        .principal
        .as_ref()
        .map(|a| (a.amount, a.currency.as_str()))
}

/// The currency of the contract, or "".
pub fn currency(terms: &Terms) -> &str {
    terms
        .principal
        .as_ref()
        .or(terms.disbursed.as_ref())
        .map(|a| a.currency.as_str())
        .unwrap_or("")
}

/// The loan term in days: stated days, else months × 365/12, else maturity − contract date.
pub fn term_days(terms: &Terms) -> Option<Decimal> {
    if let Some(t) = &terms.term {
        if let Some(d) = t.days.filter(|d| *d > 0) {
            return Some(Decimal::from(d));
        }
        if let Some(m) = t.months.filter(|m| *m > 0) {
            return Some(Decimal::from(m) * Decimal::from(365) / Decimal::from(12));
        }
    }
    let start = terms.contract_date.as_ref()?.date;
    let end = terms.maturity_date.as_ref()?.date;
    let days = (end - start).num_days();
    (days > 0).then(|| Decimal::from(days))
}

/// The amount one missed payment puts in arrears: the stated instalment, else
/// principal ÷ number of instalments, else the principal (a single payment).
pub fn overdue_amount(terms: &Terms) -> Option<Decimal> {
    if let Some(p) = terms.payment.as_ref().filter(|p| p.amount > Decimal::ZERO) {
        return Some(p.amount);
    }
    let (principal, _) = principal(terms)?;
    match terms.installments.as_ref().map(|c| c.count) {
        Some(n) if n > 1 => principal.checked_div(Decimal::from(n)),
        _ => Some(principal),
    }
}

/// Push evidence unless the same sentence is already there.
pub fn push_evidence(v: &mut Vec<Evidence>, e: &Evidence) {
    if !v
        .iter()
        .any(|x| x.start == e.start && x.end == e.end && x.text == e.text)
    {
        v.push(e.clone());
    }
}

/// Evidence of every fee in `fees`.
pub fn fee_evidence<'a>(v: &mut Vec<Evidence>, fees: impl IntoIterator<Item = &'a Fee>) {
    for f in fees {
        push_evidence(v, &f.evidence);
    }
}

/// True when the text contains CJK ideographs.
pub fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}
