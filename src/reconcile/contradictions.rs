//! A stated total that contradicts its parts: 还款总额 / 本息合计 / "total of payments", 利息合计
//! or a finance charge that no priced reading reproduces, when the parts it sums (principal,
//! rate, instalment, count, fees) reproduce every other stated figure. It is an inconsistency
//! of its own kind, quoting both sides and naming the reading that was priced: the parts, never
//! the contested total, so no verdict rests on the figure in dispute.
//!
//! What is not a contradiction (a misread, not the contract's): a "total" that is one period's
//! sum (每月合计应还), an interest total that is principal plus interest (本息共计 read as
//! interest), a total quoted from an illustration ("Representative example"), and two stated
//! totals that agree with each other but not with the reading (the reading is then the doubt).

use rust_decimal::Decimal;

use crate::compute::cost::LoanCost;
use crate::model::{Amount, Evidence, Inconsistency, InconsistencyKind, Terms};

use super::Reading;
use super::figures::{self, Mismatch};

/// Words that mark a figure as an illustration, not this loan's.
const ILLUSTRATION: [&str; 8] = [
    "example",
    "illustrat",
    "for instance",
    "e.g.",
    "示例",
    "举例",
    "例如",
    "比如",
];

/// The stated totals a schedule is checked against, as `figures::mismatches` names them.
const TOTALS: [&str; 3] = [
    "the total of payments",
    "the total interest",
    "the finance charge",
];

/// Record every stated total the priced readings contradict (see the module docs).
pub(super) fn find(terms: &mut Terms, readings: &mut [Reading]) {
    // Each priced reading with the stated figures it misses.
    let checked: Vec<(&LoanCost, Vec<Mismatch>)> = readings
        .iter()
        .filter_map(|r| r.cost.as_ref().ok())
        .map(|c| (c, figures::mismatches(terms, c)))
        .collect();
    // The first reading whose only misses are totals: its parts agree with every other figure.
    let Some((cost, misses)) = checked
        .iter()
        .find(|(_, m)| m.iter().all(|x| TOTALS.contains(&x.what)))
    else {
        return;
    };
    // The parts must be the contract's: a term or a count stated, and none quoted from an
    // illustration. A part left to a default proves no total wrong.
    let parts_stated = terms.term.is_some() || terms.installments.is_some();
    let parts_illustrative = [&terms.principal, &terms.payment]
        .into_iter()
        .flatten()
        .map(|a| &a.evidence)
        .chain(crate::compute::cost::interest_rate(terms).map(|r| &r.evidence))
        .any(illustrative);
    if !parts_stated || parts_illustrative || !interest_follows_rate(terms, cost) {
        return;
    }
    // Every priced reading misses the total, or it is no contradiction.
    let missed_by_all = |what: &str| {
        checked
            .iter()
            .all(|(_, m)| m.iter().any(|x| x.what == what))
    };
    let stated_totals = figures::stated(terms)
        .iter()
        .filter(|(w, _)| TOTALS.contains(w))
        .count();
    let mut found = Vec::new();
    for miss in misses {
        if !missed_by_all(miss.what)
            || explained(miss, cost)
            || within_principal(terms, miss)
            || illustrative(&miss.evidence)
            || (misses.len() > 1 && stated_totals > 1 && totals_agree(terms))
        {
            continue;
        }
        found.push(record(terms, miss, cost));
    }
    // Each reading is checked on its own terms: each carries the contradiction.
    for r in readings.iter_mut() {
        r.terms.inconsistencies.extend(found.iter().cloned());
    }
    terms.inconsistencies.extend(found);
}

/// The reading's interest is of the size its rate and term give: between a third of simple
/// interest on the whole principal for the whole term (a level schedule pays about half) and
/// one and a half times it. A reading far from it rests on a term or a rate misread, and then
/// proves no total wrong. (True when no rate or term is stated to measure it by.)
fn interest_follows_rate(terms: &Terms, cost: &LoanCost) -> bool {
    use crate::model::Per;
    let (Some(rate), Some(p), Some(term)) = (
        crate::compute::cost::interest_rate(terms),
        terms.principal.as_ref(),
        terms.term.as_ref(),
    ) else {
        return true;
    };
    let years = match (term.months, term.days) {
        (Some(m), _) => Decimal::from(m) / Decimal::from(12),
        (None, Some(d)) => Decimal::from(d) / Decimal::from(365),
        _ => return true,
    };
    let per_year = match rate.per {
        Per::Day => Decimal::from(365),
        Per::Week => Decimal::from(52),
        Per::Month => Decimal::from(12),
        Per::Year => Decimal::ONE,
        Per::Once => return true,
    };
    let simple = p.amount * rate.value / Decimal::ONE_HUNDRED * per_year * years;
    if simple.is_zero() {
        return true;
    }
    let i = cost.total_interest;
    i * Decimal::from(3) >= simple && i * Decimal::from(2) <= simple * Decimal::from(3)
}

/// The stated figure is one period's sum, or principal plus interest under an interest label:
/// a misread of what the figure is.
fn explained(miss: &Mismatch, cost: &LoanCost) -> bool {
    let rows = &cost.schedule.rows;
    let tolerance = Decimal::new(1, 2) * Decimal::from(rows.len().max(1) as u64);
    let near = |a: Decimal, b: Decimal| (a - b).abs() <= tolerance;
    let one_period = rows
        .iter()
        .any(|r| near(miss.stated, r.total) || near(miss.stated, r.principal + r.interest));
    let whole = near(miss.stated, cost.total_repayable)
        || near(miss.stated, rows.iter().map(|r| r.total).sum());
    one_period || (miss.what != TOTALS[0] && whole)
}

/// A total of payments below the principal is no loan's total (a period's or a bill's sum);
/// and a figure quoted in the very clause that states the principal describes the principal
/// ("6,000, the part of this bill's 10,362.57 put into instalments"), not the loan's total.
fn within_principal(terms: &Terms, miss: &Mismatch) -> bool {
    let Some(p) = terms.principal.as_ref() else {
        return false;
    };
    (miss.what == TOTALS[0] && miss.stated < p.amount)
        || clause(&p.evidence.text, p.amount) == clause(&miss.evidence.text, miss.stated)
}

fn illustrative(evidence: &Evidence) -> bool {
    let lower = evidence.text.to_lowercase();
    ILLUSTRATION.iter().any(|w| lower.contains(w))
}

/// The stated total of payments and finance charge agree with each other (total = amount
/// financed + finance charge): two of the lender's own figures against the reading.
fn totals_agree(terms: &Terms) -> bool {
    let (Some(t), Some(f)) = (&terms.total_of_payments, &terms.finance_charge) else {
        return false;
    };
    let base = terms.disbursed.as_ref().or(terms.principal.as_ref());
    base.is_some_and(|b| (t.amount - f.amount - b.amount).abs() <= Decimal::ONE)
}

fn record(terms: &Terms, miss: &Mismatch, cost: &LoanCost) -> Inconsistency {
    // A total of payments is set against everything the parts repay (fees included).
    let computed = if miss.what == TOTALS[0] {
        cost.total_repayable
    } else {
        miss.computed
    };
    let diff = miss.stated - computed;
    let side = if diff > Decimal::ZERO { "more" } else { "less" };
    let parts = parts_quote(terms, cost);
    Inconsistency {
        kind: InconsistencyKind::StatedTotalContradictsParts
            .as_str()
            .into(),
        message: format!(
            "{what} is stated as {stated} («{quote}»), but its parts give {computed} ({parts}): the stated figure is {abs} {side}. loanlint priced the loan from the parts (principal, rate, instalments and fees, which agree with every other figure the contract states), not from the stated {short}; ask the lender which figure is right before paying",
            what = miss.what,
            stated = miss.stated.normalize(),
            quote = clause(&miss.evidence.text, miss.stated),
            computed = computed.normalize(),
            abs = diff.abs().normalize(),
            short = miss.what.trim_start_matches("the "),
        ),
        evidence: miss.evidence.clone(),
    }
}

/// The parts the computed total sums, each quoted by its clause.
fn parts_quote(terms: &Terms, cost: &LoanCost) -> String {
    let quoted = |what: &str, a: &Amount| {
        format!(
            "{what} {} «{}»",
            a.amount.normalize(),
            clause(&a.evidence.text, a.amount)
        )
    };
    let mut parts = Vec::new();
    if let Some(p) = terms.principal.as_ref() {
        parts.push(quoted("principal", p));
    }
    if let Some(r) = crate::compute::cost::interest_rate(terms) {
        parts.push(format!("rate «{}»", clause(&r.evidence.text, r.value)));
    }
    let n = cost.schedule.rows.len();
    match terms.payment.as_ref() {
        Some(p) => parts.push(format!("{n} × {}", quoted("instalment", p))),
        None => parts.push(format!(
            "{n} payment(s), interest {}",
            cost.total_interest.normalize()
        )),
    }
    for f in terms.fees.iter().filter(|f| f.amount.is_some()) {
        let amount = f.amount.unwrap_or_default();
        parts.push(format!(
            "{} {} «{}»",
            f.name,
            amount.normalize(),
            clause(&f.evidence.text, amount)
        ));
    }
    parts.join(", ")
}

/// The clause of `text` that holds `figure` (as written, with or without thousands
/// separators); the text itself, shortened, when none does.
pub(crate) fn clause(text: &str, figure: Decimal) -> String {
    let digits = figure.normalize().to_string();
    let cut = |c: char| matches!(c, ',' | '，' | ';' | '；' | '。' | '\n');
    let mut start = 0;
    let mut pieces = Vec::new();
    for (i, c) in text.char_indices() {
        // A comma between digits is a thousands separator, not a clause break.
        let between_digits = c == ','
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_ascii_digit())
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(|n| n.is_ascii_digit());
        if cut(c) && !between_digits {
            pieces.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    pieces.push(&text[start..]);
    let found = pieces
        .iter()
        .find(|p| p.replace(',', "").contains(&digits))
        .map(|p| p.trim());
    match found {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => text.chars().take(80).collect(),
    }
}
