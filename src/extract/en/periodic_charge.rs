//! A charge billed each period under a bare name, with no "fee" word: "Membership $19.99 /
//! month while you have a balance", "Subscription: $9.99 per month", "Monthly membership —
//! $14.99", "Account maintenance ..... $5.00 a month". An app's or a credit line's plan
//! prices itself this way; the period (before the name or after the figure) makes it a
//! charge of each instalment, not a one-off. A brand may name the plan ("KinderPay Plus
//! membership  $15.00 / month"); a plan the row or the line under it calls optional is no
//! cost of the credit and is left out, with an assumption that says so.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::{Fee, FeeKind, FeeTiming, Terms};
use crate::pattern;

/// A plan the borrower need not take: "optional", "not required", "not a condition of the loan".
/// A plan the loan requires: "required while your loan is open", "you must keep".
static REQUIRED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:required|mandatory|you must (?:keep|join|subscribe|hold|maintain)|a condition of (?:the|this|your) loan)(?-u:\b)")
        .expect("static regex")
});
static OPTIONAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:optional|not required|not a condition|you (?:do not|don't|need not) (?:need to |have to )?(?:join|subscribe|buy|keep))(?-u:\b)")
        .expect("static regex")
});

/// A row: an optional period word, the charge's name, a leader, the figure, and the period
/// after it. Groups: 1 period before, 2 name (with up to three capitalised brand words before
/// it), 3 the figure, 4 period after.
static ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[r"(?im)^[ \t]*(?:(monthly|weekly|yearly|annual)[ \t]+)?((?:(?-i:[A-Z])[A-Za-z0-9+&'’-]*[ \t]+){0,3}?(?:account[ \t]+)?(?:membership|subscription|maintenance)(?:[ \t]+(?:plan|tier|fees?|dues|charges?))?)[ \t]*(?::|\.{2,}|…+|[-–—])?[ \t]*(", super::number::MARK_BEFORE, r"[ \t]?\d[\d,]*(?:\.\d{1,2})?)(?:[ \t]*(?:/|per|a|an|each|every)[ \t]*(month|mo|week|wk|statement|billing cycle|year|yr)(?-u:\b))?"].concat())
        .expect("static regex")
});

/// A name that opens with a determiner ("Your membership $19.99 per month is optional") is
/// prose about a plan, not a row naming it.
fn in_prose(name: &str) -> bool {
    let first = name
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    [
        "your", "our", "my", "the", "a", "an", "this", "that", "each", "every", "any", "no",
    ]
    .contains(&first.as_str())
}

pub(super) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let text = cx.doc.text.clone();
    for c in ROW.captures_iter(&text) {
        let (Some(whole), Some(name), Some(figure)) = (c.get(0), c.get(2), c.get(3)) else {
            continue;
        };
        if in_prose(name.as_str()) {
            continue;
        }
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
        // The row and the line under it (a bracketed remark: "(required while your loan is
        // open; billed with each payment)").
        let below_end = text
            .get(line_end + 1..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| line_end + 1 + i);
        let remark = text.get(whole.start()..below_end).unwrap_or("");
        if OPTIONAL.is_match(remark) {
            terms.assumptions.push(format!(
                "not counted as a cost of the credit: an optional plan («{}»)",
                text.get(whole.start()..line_end).unwrap_or("").trim()
            ));
            continue;
        }
        let required = REQUIRED.is_match(remark);
        let lname = name.as_str().trim().to_ascii_lowercase();
        let named = if ["fee", "fees", "dues", "charge", "charges"]
            .iter()
            .any(|w| lname.ends_with(w))
        {
            lname
        } else {
            format!("{lname} fee")
        };
        let note = if required {
            format!("billed each {period}; required to have the loan: a finance charge")
        } else {
            format!("billed each {period}")
        };
        terms.fees.push(Fee {
            name: named,
            kind,
            amount: Some(money.amount),
            percent: None,
            basis: None,
            per: None,
            timing: FeeTiming::PerPeriod,
            payee: None,
            note: Some(note),
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
            .filter(|c| c.get(2).is_some_and(|n| !in_prose(n.as_str())))
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
        // A brand before the plan's name, a gap for a leader.
        assert_eq!(
            names(" SnapCredit Gold subscription      $12.50 per month"),
            ["SnapCredit Gold subscription $12.50"]
        );
        assert_eq!(
            names("Club membership dues: $8.00 a month"),
            ["Club membership dues $8.00"]
        );
    }

    fn fees_of(text: &str) -> Terms {
        super::super::read_text(text)
    }

    #[test]
    fn a_required_branded_plan_is_a_periodic_charge_and_an_optional_one_is_not() {
        let t = fees_of(
            "Amount financed   $1,800.00\nTerm   18 months\nTutorly Prime membership   $9.00 / month\n  (you must keep it until the loan is repaid)\nMonthly payment   $115.40\n",
        );
        let f = t
            .fees
            .iter()
            .find(|f| f.kind == FeeKind::Membership)
            .expect("the membership is read");
        assert_eq!(f.amount, Some(rust_decimal::Decimal::new(9, 0)));
        assert_eq!(f.timing, FeeTiming::PerPeriod);
        assert!(
            f.note
                .as_deref()
                .is_some_and(|n| n.contains("finance charge"))
        );
        let t = fees_of(
            "Amount financed   $1,800.00\nTerm   18 months\nTutorly Prime membership   $9.00 / month\n  (optional: cancel any time, your loan is not affected)\n",
        );
        assert!(!t.fees.iter().any(|f| f.kind == FeeKind::Membership));
        assert!(t.assumptions.iter().any(|a| a.contains("optional plan")));
    }
}
