//! A charge billed each period under a bare name, with no "fee" word: "Membership $19.99 /
//! month while you have a balance", "Subscription: $9.99 per month", "Monthly membership —
//! $14.99", "Account maintenance ..... $5.00 a month". An app's or a credit line's plan
//! prices itself this way; the period (before the name or after the figure) makes it a
//! charge of each instalment, not a one-off.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::{Fee, FeeKind, FeeTiming, Terms};
use crate::pattern;

/// A row: an optional period word, the charge's name, a leader, the figure, and the period
/// after it. Groups: 1 period before, 2 name, 3 the figure, 4 period after.
static ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[r"(?im)^[ \t]*(?:(monthly|weekly|yearly|annual)[ \t]+)?((?:account[ \t]+)?(?:membership|subscription|maintenance)(?:[ \t]+(?:plan|tier))?)[ \t]*(?::|\.{2,}|…+|[-–—])?[ \t]*(", super::number::MARK_BEFORE, r"[ \t]?\d[\d,]*(?:\.\d{1,2})?)(?:[ \t]*(?:/|per|a|an|each|every)[ \t]*(month|mo|week|wk|statement|billing cycle|year|yr)(?-u:\b))?"].concat())
        .expect("static regex")
});

pub(super) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let text = cx.doc.text.clone();
    for c in ROW.captures_iter(&text) {
        let (Some(whole), Some(name), Some(figure)) = (c.get(0), c.get(2), c.get(3)) else {
            continue;
        };
        let period = c.get(1).or_else(|| c.get(4)).map(|m| m.as_str());
        // A charge once a year is no charge of each monthly instalment; one with no period
        // is not this (the fee reader names it, if anything does).
        let Some(period) = period else { continue };
        let period = period.to_ascii_lowercase();
        if period.starts_with("y") || period == "annual" {
            continue;
        }
        let Some(money) = number::find_money(figure.as_str()).into_iter().next() else {
            continue;
        };
        if money.amount.is_zero()
            || terms
                .fees
                .iter()
                .any(|f| f.amount == Some(money.amount) && f.timing != FeeTiming::OnDefault)
        {
            continue;
        }
        let lower = name.as_str().to_ascii_lowercase();
        let kind = if lower.contains("maintenance") {
            FeeKind::Service
        } else {
            FeeKind::Membership
        };
        cx.cover(figure.start());
        let line_end = text
            .get(whole.end()..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| whole.end() + i);
        terms.fees.push(Fee {
            name: format!("{} fee", name.as_str().trim().to_ascii_lowercase()),
            kind,
            amount: Some(money.amount),
            percent: None,
            basis: None,
            per: None,
            timing: FeeTiming::PerPeriod,
            payee: None,
            note: Some(format!("billed each {period}")),
            evidence: cx.evidence(name.start(), line_end),
            due_date: None,
            amount_blank: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        ROW.captures_iter(text)
            .filter(|c| c.get(1).is_some() || c.get(4).is_some())
            .filter_map(|c| Some(format!("{} {}", c.get(2)?.as_str(), c.get(3)?.as_str())))
            .collect()
    }

    #[test]
    fn a_plan_billed_each_period_is_read_with_its_period() {
        assert_eq!(
            names("Membership $19.99 / month while you have a balance"),
            ["Membership $19.99"]
        );
        assert_eq!(
            names("Subscription: $9.99 per month"),
            ["Subscription $9.99"]
        );
        assert_eq!(names("Monthly membership — $14.99"), ["membership $14.99"]);
        assert_eq!(
            names("  Account maintenance ..... $5.00 a month"),
            ["Account maintenance $5.00"]
        );
        // No period: not this reader's.
        assert!(names("Membership $19.99").is_empty());
        // In prose, not at the head of a row.
        assert!(names("Your membership $19.99 per month is optional").is_empty());
    }
}
