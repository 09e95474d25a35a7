//! A fee's own figures in the words after its name: its amount, or its percentage with what
//! the percentage is of (principal, an instalment, the balance) and the period it is charged
//! for; a percentage that belongs to a rate named there is not the fee's.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::number;
use crate::model::{Basis, Per};
use crate::pattern;

static PCT_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:of\s+)?(?:(?:the|your|each|any)\s+)?(?:(loan amount|principal|amount financed|amount of (?:the )?(?:credit|loan)|original)|(unpaid|overdue|past due|late|delinquent|scheduled|monthly|regular)?\s*(?:principal and interest |p&i )?(instal?lment|payment)|(outstanding|unpaid|total) (?:balance|amount|debt)|amount (?:due|outstanding|owed))")
        .expect("static regex")
});

static PER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:per month|each month|a month|per annum|per year|a year|annually)(?-u:\b)",
    )
    .expect("static regex")
});

pub(super) type PctValue = (Decimal, Option<Basis>, Option<Per>);

/// Words of a rate: a percentage after them is that rate, not a fee's ("the APR, which
/// includes the processing fee, is 40.51%").
static RATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:annual percentage rate|M?APRC?|APY|interest rate|rate of interest|rate)(?-u:\b)",
    )
    .expect("static regex")
});
/// The fee is named as a part of another figure ("the APR, which includes the processing
/// fee, is ..."): the figures after its name are not its own.
pub(super) static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:includ(?:es|ing|ed)|inclusive of|covers|counts)(?:\s+(?:the|a|an|any|all|your|our))?\s*$")
        .expect("static regex")
});

/// Does `head` name a rate whose figure has not come yet (no percentage after the label)?
pub(super) fn rate_awaits_figure(head: &str) -> bool {
    RATE_LABEL
        .find_iter(head)
        .last()
        .is_some_and(|m| number::find_percents(head.get(m.end()..).unwrap_or("")).is_empty())
}

/// A layout that runs a table's rows into one line ("Set-up fee£40.00 Paid to the school£260.00
/// Interest0.8% per day"): a percentage after the fee's amount, past another term's figure or
/// the word "interest", is that other term's, not the fee's ("£40.00 (2% of the credit)" is).
fn another_terms_percent(w: &str, money: Option<&number::Money>, pct_start: usize) -> bool {
    let Some(m) = money.filter(|m| m.end <= pct_start) else {
        return false;
    };
    let between = w.get(m.end..pct_start).unwrap_or("");
    !number::find_money(between).is_empty() || INTEREST_WORD.is_match(between)
}

static INTEREST_WORD: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)interest").expect("static regex"));

pub(super) fn values(w: &str) -> (Option<number::Money>, Option<PctValue>) {
    let money = number::find_money(w).into_iter().next();
    let pct = number::find_percents(w).into_iter().next();
    // "a fee of 0% – 8% of the loan amount": a range the lender may charge within, not the fee.
    let pct = pct.filter(|p| {
        !RATE_LABEL.is_match(w.get(..p.start).unwrap_or(""))
            && !crate::extract::rate_range::is_range_end(w, p.start, p.end)
            && !another_terms_percent(w, money.as_ref(), p.start)
    });
    let pct = pct.map(|p| {
        let rest = w.get(p.end..).unwrap_or("");
        let per = number::PERCENT
            .find(rest)
            .map_or(rest, |m| rest.get(..m.start()).unwrap_or(""));
        let per = PER_UNIT.find(per).and_then(|m| {
            let t = m.as_str().to_ascii_lowercase();
            if t.contains("month") {
                Some(Per::Month)
            } else if t.contains("annum") || t.contains("year") || t.contains("annual") {
                Some(Per::Year)
            } else {
                None
            }
        });
        (p.value, basis_of(rest), per)
    });
    (money, pct)
}

pub(super) fn basis_of(rest: &str) -> Option<Basis> {
    let head = rest
        .get(..super::floor(rest, 60))
        .unwrap_or(rest)
        .to_ascii_lowercase();
    // "of the unpaid amount of the payment": the payment decides, not "unpaid amount".
    let near = head.get(..super::floor(&head, 45)).unwrap_or(&head);
    if near.trim_start().starts_with("of")
        && (near.contains("payment") || near.contains("instal"))
        && !near.contains("principal and interest")
    {
        return Some(if near.contains("overdue") || near.contains("past due") {
            Basis::OverdueAmount
        } else {
            Basis::Installment
        });
    }
    if head.contains("principal and interest") || head.contains("p&i") {
        return Some(if head.contains("overdue") || head.contains("past due") {
            Basis::OverdueAmount
        } else {
            Basis::Installment
        });
    }
    let c = PCT_BASIS.captures(rest)?;
    Some(if c.get(1).is_some() {
        Basis::Principal
    } else if c.get(3).is_some() {
        if c.get(2).is_some_and(|m| {
            let t = m.as_str().to_ascii_lowercase();
            t == "overdue" || t == "past due" || t == "late" || t == "delinquent"
        }) {
            Basis::OverdueAmount
        } else {
            Basis::Installment
        }
    } else {
        Basis::TotalOutstanding
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percentage_past_another_terms_figure_is_not_the_fees() {
        let w = " (withheld)$25.00 Sent to the garage$475.00 Interest1% per day";
        let (m, p) = values(w);
        assert_eq!(m.map(|m| m.amount), Some(Decimal::new(2500, 2)));
        assert!(p.is_none());
        let w = ": $25.00 Daily interest rate 0.9%";
        assert!(values(w).1.is_none());
        // The fee's own percentage after its amount stays.
        let w = " of $25.00 (5% of the amount of credit)";
        assert_eq!(values(w).1.map(|p| p.0), Some(Decimal::new(5, 0)));
    }
}
