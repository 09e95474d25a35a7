//! A payday charge told per $100 borrowed ("$15 for every $100 borrowed"): a share of the
//! amount borrowed, and, where its row carries it ("Total cost of borrowing ($15 per $100
//! borrowed) ..... $75.00"), its amount.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::model::{Basis, Fee, FeeKind, FeeTiming, Terms};
use crate::pattern;

/// "$15 for every $100 borrowed", "$15.00 per $100.00 advanced": the words between the two
/// figures end in "for every", "for each" or "per".
static PER_HUNDRED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:for|per)(?:\s+(?:every|each))?\s*$").expect("static regex")
});
static BORROWED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:borrowed|advanced|loaned|lent|of (?:the )?(?:loan|principal|amount borrowed|credit))(?-u:\b)")
        .expect("static regex")
});
/// A statement of the law's limit ("the maximum total cost of borrowing under federal law is
/// $14 for every $100 borrowed"), not this loan's charge.
static LIMIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:maximum|limit|capped|law|legislation|regulations?|permitted|allowed)(?-u:\b)")
        .expect("static regex")
});
static ADDRESSES_BORROWER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:you|your|this (?:loan|agreement|advance))(?-u:\b)")
        .expect("static regex")
});
/// The end of a bracket, then a leader or a gap, then the row's own figure.
static ROW_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^\s*(?:borrowed|advanced|loaned|lent)?\s*\)[ \t]*(?:[:|]|\.{2,}|…+|[ \t]{2,})?[ \t.:…]*$",
    )
    .expect("static regex")
});
/// A fee's name in the label: a named reader reads that row.
static FEE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:fees?|charges?)(?-u:\b)").expect("static regex")
});

pub(super) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    let money = cx.money_in_flat();
    for (i, pair) in money.windows(2).enumerate() {
        let [fee, base] = pair else { continue };
        let between = flat.get(fee.end..base.start).unwrap_or("");
        let after = flat.get(base.end..).unwrap_or("");
        if between.len() > 20
            || !PER_HUNDRED.is_match(between)
            || !BORROWED.is_match(after)
            || base.amount.is_zero()
        {
            continue;
        }
        let percent = fee.amount * Decimal::from(100) / base.amount;
        cx.cover(fee.start);
        cx.cover(base.start);
        let (s, e) = cx.sentence_of(fee.start);
        let sentence = flat.get(s..e).unwrap_or("");
        let head = flat.get(s..fee.start).unwrap_or("");
        // "The maximum ... under federal law is $14 for every $100 borrowed": the law's line.
        if LIMIT.is_match(head) && !ADDRESSES_BORROWER.is_match(sentence) {
            continue;
        }
        // "The Finance Charge of $90.00 is a fee of $15.00 for each $50.00 advanced": how the
        // stated finance charge is worked out, not a charge on top of it.
        if terms.finance_charge.is_some()
            && sentence.to_ascii_lowercase().contains("finance charge")
        {
            terms.assumptions.push(format!(
                "the finance charge is {} {} per {} {} borrowed ({}% of the amount borrowed): the finance charge itself, not a charge on top of it",
                fee.currency,
                fee.amount.normalize(),
                base.currency,
                base.amount.normalize(),
                percent.round_dp(4).normalize()
            ));
            flat_finance_charge(cx, terms, percent, (s, e));
            continue;
        }
        let row = row_value(cx, fee.start, base.end, money.get(i + 2))
            .or_else(|| {
                i.checked_sub(1)
                    .and_then(|k| money.get(k))
                    .and_then(|prev| value_before(cx, prev, fee.start))
            })
            .or_else(|| labelled_total(cx, fee.start, base.end, money.get(i + 2)));
        if let Some((_, value_at, _, _)) = &row {
            cx.cover(*value_at);
        }
        let end = row.as_ref().map_or(base.end, |r| r.3.max(base.end));
        let start = row.as_ref().map_or(fee.start, |r| r.1.min(fee.start));
        let (name, amount) = match row {
            Some((label, _, amount, _)) => (label, Some(amount)),
            None => (
                format!("charge per {} borrowed", base.amount.normalize()),
                None,
            ),
        };
        let timing = repaid_with_principal(terms, amount, percent, &name);
        terms.fees.push(Fee {
            name,
            kind: FeeKind::Other,
            amount,
            percent: Some(percent.normalize()),
            basis: Some(Basis::Principal),
            per: None,
            timing,
            payee: None,
            // The figures as written: "$" is not yet known to be US or Canadian dollars.
            note: Some(format!(
                "{} per {} borrowed",
                flat.get(fee.start..fee.end).unwrap_or("").trim(),
                flat.get(base.start..base.end).unwrap_or("").trim()
            )),
            evidence: cx.evidence(start, end),
            due_date: None,
            amount_blank: false,
        });
    }
}

/// "Cost of borrowing: $15 for every $100 borrowed = $60.00", "Total cost of borrowing - $17
/// per $100 advanced, that is $85.00", "Borrowing cost $14 per $100 lent: $42.00": the row's
/// label (naming no fee) before the share, its amount after it. The label, the figure's start,
/// amount and end.
fn labelled_total(
    cx: &Ctx,
    fee_start: usize,
    base_end: usize,
    next: Option<&number::Money>,
) -> Option<(String, usize, Decimal, usize)> {
    static TOTAL_GAP: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^[ \t]*(?:borrowed|advanced|loaned|lent)?[ \t]*(?:=|:|,?[ \t]*(?:that is|i\.e\.|which is|for a total of|totall?ing|in total|making)[ \t]*,?)[ \t]*$")
            .expect("static regex")
    });
    let next = next?;
    let text = &cx.doc.text;
    let line_start = text.get(..fee_start)?.rfind('\n').map_or(0, |i| i + 1);
    let label = text
        .get(line_start..fee_start)?
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '.' | '|')
        })
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let gap = text.get(base_end..next.start)?;
    if label.is_empty()
        || label.len() > 60
        || FEE_WORD.is_match(label)
        || label.chars().any(|c| c.is_ascii_digit())
        || !TOTAL_GAP.is_match(gap)
    {
        return None;
    }
    Some((label.to_string(), next.start, next.amount, next.end))
}

/// A finance charge priced per $100 borrowed, with no interest rate, on a loan repaid in one
/// payment of the principal plus that charge ("Finance charge: $71.25 ($18.75 per $100
/// borrowed) ... Total of payments: $451.25") is a flat fee paid at maturity: the fee the cost
/// counts (once: the finance charge holds it).
fn flat_finance_charge(
    cx: &Ctx,
    terms: &mut Terms,
    percent: Decimal,
    (start, end): (usize, usize),
) {
    let Some(fc) = terms.finance_charge.as_ref().map(|a| a.amount) else {
        return;
    };
    let rate_stated = terms.rates.iter().any(|r| !r.comprehensive);
    if rate_stated || terms.fees.iter().any(|f| f.amount == Some(fc)) {
        return;
    }
    // The amount financed stands for the principal here: nothing is prepaid.
    let lent = terms.principal.as_ref().or(terms.disbursed.as_ref());
    let (Some(lent), Some(total)) = (lent, &terms.total_of_payments) else {
        return;
    };
    let one_payment = terms.installments.as_ref().is_none_or(|c| c.count == 1);
    if !one_payment || lent.amount + fc != total.amount {
        return;
    }
    terms.assumptions.push(format!(
        "the finance charge {} is a flat fee paid at maturity: the total of payments {} is the amount lent {} plus it, and no interest rate is stated",
        fc.normalize(),
        total.amount.normalize(),
        lent.amount.normalize()
    ));
    terms.fees.push(Fee {
        name: "finance charge".to_string(),
        kind: FeeKind::Other,
        amount: Some(fc),
        percent: Some(percent.normalize()),
        basis: Some(Basis::Principal),
        per: None,
        timing: FeeTiming::AtMaturity,
        payee: None,
        note: Some(
            "a flat charge per amount borrowed, with no interest rate: the whole finance charge"
                .into(),
        ),
        evidence: cx.evidence(start, end),
        due_date: None,
        amount_blank: false,
    });
}

/// The charge is paid with the loan when the stated total to repay is the principal plus the
/// charge, in one payment ("Amount of loan $400 ... Cost of borrowing $60 ... Total amount to
/// repay $460 on September 26"): at maturity. Otherwise its timing is left open.
fn repaid_with_principal(
    terms: &mut Terms,
    amount: Option<Decimal>,
    percent: Decimal,
    name: &str,
) -> FeeTiming {
    let (Some(principal), Some(total)) = (&terms.principal, &terms.total_of_payments) else {
        return FeeTiming::Other;
    };
    let charge =
        amount.unwrap_or_else(|| (principal.amount * percent / Decimal::from(100)).round_dp(2));
    let one_payment = terms.installments.as_ref().is_none_or(|c| c.count == 1);
    if !one_payment || principal.amount + charge != total.amount || charge.is_zero() {
        return FeeTiming::Other;
    }
    terms.assumptions.push(format!(
        "{name} paid at maturity: the total to repay {} is the principal {} plus the charge {}",
        total.amount.normalize(),
        principal.amount.normalize(),
        charge.normalize()
    ));
    FeeTiming::AtMaturity
}

/// The figure before the bracket: "Cost of borrowing ....... $75.00 ($15 for every $100
/// borrowed)", "Total cost of borrowing: $75.00 (that is, $15 per $100 borrowed)". The label
/// (naming no fee), the figure's start, amount and end.
fn value_before(
    cx: &Ctx,
    prev: &number::Money,
    fee_start: usize,
) -> Option<(String, usize, Decimal, usize)> {
    static OPEN: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            r"(?i)^[ \t]*\([ \t]*(?:(?:that is|i\.e\.|being|which is|or)[ \t]*,?[ \t]*)?$",
        )
        .expect("static regex")
    });
    let text = &cx.doc.text;
    let line_start = text.get(..prev.start)?.rfind('\n').map_or(0, |i| i + 1);
    let label = text
        .get(line_start..prev.start)?
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '…' | ':' | '_' | '|'))
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let gap = text.get(prev.end..fee_start)?;
    if label.is_empty()
        || label.len() > 60
        || FEE_WORD.is_match(label)
        || label.chars().any(|c| c.is_ascii_digit())
        || !OPEN.is_match(gap)
    {
        return None;
    }
    Some((label.to_string(), prev.start, prev.amount, prev.end))
}

/// A row whose label names no fee, the share in brackets after it and the row's figure after
/// the bracket ("Total cost of borrowing ($15 per $100 borrowed) ..... $75.00"): the label,
/// the figure's start, amount and end.
fn row_value(
    cx: &Ctx,
    fee_start: usize,
    base_end: usize,
    next: Option<&number::Money>,
) -> Option<(String, usize, Decimal, usize)> {
    let next = next?;
    let text = &cx.doc.text;
    let line_start = text.get(..fee_start)?.rfind('\n').map_or(0, |i| i + 1);
    let label = text.get(line_start..fee_start)?.trim_end();
    let label = label.strip_suffix('(')?.trim();
    let gap = text.get(base_end..next.start)?;
    if label.is_empty()
        || label.len() > 60
        || FEE_WORD.is_match(label)
        || gap.contains('\n')
        || !ROW_VALUE.is_match(gap)
    {
        return None;
    }
    let label = label.trim_start_matches(|c: char| !c.is_alphanumeric());
    Some((label.to_string(), next.start, next.amount, next.end))
}

/// "The total cost of borrowing over the term, interest and broker fee, is CAD 516.65", "Your
/// cost of borrowing for this loan will be $96.40": the loan's cost of credit said in a
/// sentence (its parts perhaps named between commas), the figure after "is", "will be",
/// "comes to" or "amounts to".
static COST_OF_BORROWING_IS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:total )?cost of borrowing(?:\s+(?:over|for|during|of|under)\s+(?:the|this|your)\s+(?:term|loan|agreement|life of the loan))?(?:\s*,[^,.;$£€\d]{1,60},)?\s+(?:is|will be|comes to|amounts to|totals)\s+(?:a total of\s+)?$")
        .expect("static regex")
});

/// The loan's cost of borrowing stated in a sentence, as its finance charge, when no label
/// named one. Not a statement of the law's limit ("the maximum total cost of borrowing ... is
/// $14 per $100") nor a charge per sum lent.
pub(super) fn stated_cost(cx: &mut Ctx, terms: &mut Terms) {
    if terms.finance_charge.is_some() {
        return;
    }
    let flat = cx.flat.clone();
    for money in number::find_money(&flat) {
        let from = super::ceil(&flat, money.start.saturating_sub(160));
        let before = flat.get(from..money.start).unwrap_or("");
        let Some(label) = COST_OF_BORROWING_IS.find(before) else {
            continue;
        };
        let label_start = from + label.start();
        let (sentence_start, _) = cx.sentence_of(label_start);
        let lead = cx.slice(sentence_start.min(label_start), money.end);
        let after = cx.slice(money.end, money.end + 40);
        let per_sum = PER_HUNDRED.is_match(
            after
                .split(['$', '£', '€'])
                .next()
                .unwrap_or("")
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ','),
        ) || after.trim_start().to_ascii_lowercase().starts_with("per ");
        if LIMIT.is_match(lead) || per_sum {
            continue;
        }
        let evidence = cx.evidence(label_start, money.end);
        cx.cover(money.start);
        terms.finance_charge = Some(crate::model::Amount {
            amount: money.amount,
            currency: cx.dollar(money.currency).to_string(),
            evidence,
            derived: false,
        });
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Document, SourceKind};

    /// The figures of the whole flat text are read once and kept: what is kept must be what
    /// a fresh read gives, for every held-out English text, and again after `flat` changes
    /// (a reader blanks labels in it for a while).
    #[test]
    fn the_kept_figures_of_the_flat_text_are_a_fresh_read() {
        let mut with_money = 0;
        for path in &crate::test_texts::txt_files("tests/fresh/en") {
            let text = std::fs::read_to_string(path).unwrap();
            let doc = Document::from_text(path, SourceKind::Text, &text);
            let mut cx = Ctx::new(&doc, true);
            let fresh = number::find_money(&cx.flat);
            assert_eq!(cx.money_in_flat(), fresh, "{}", path.display());
            assert_eq!(cx.money_in_flat(), fresh, "{}", path.display());
            let Some(first) = fresh.first() else { continue };
            with_money += 1;
            // The first figure blanked, as a reader blanks a label: read afresh.
            let saved = cx.flat.clone();
            cx.flat
                .replace_range(first.start..first.end, &" ".repeat(first.end - first.start));
            assert_eq!(cx.money_in_flat(), number::find_money(&cx.flat));
            assert_ne!(cx.money_in_flat(), fresh, "{}", path.display());
            cx.flat = saved;
            assert_eq!(cx.money_in_flat(), fresh, "{}", path.display());
            // Another text asked for in between is read for itself, then the flat text again.
            let head = cx.flat[..first.end].to_string();
            assert_eq!(cx.money_in(&head), number::find_money(&head));
            assert_eq!(cx.money_in_flat(), fresh, "{}", path.display());
        }
        assert!(with_money > 100, "the texts were read: {with_money}");
    }
}
