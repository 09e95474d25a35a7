//! Short-term credit receipts in everyday words (payday, cash-advance, earned-wage and pawn
//! receipts, app screens): the charge named by what it pays for ("Our fee for this advance:
//! $56.25", "Cost of this loan ..... $56.25", "Fee included in the check amount: $56.25"), and
//! the one repayment told as a sentence ("You must repay $431.25 on 03/20/2025", "you will owe
//! $575.00 by April 22, 2025").

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::{Amount, Terms};
use crate::pattern;

/// The charge for the credit named in plain words; group 1 is its name. Its figure follows
/// (a colon, a dot leader, or "is" / "of" between). A name starting "Total" is a sum, skipped
/// by the fee reader.
pub(super) static COST_OF_ADVANCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)((?:total )?(?:(?:our|my|the lender's|lender's|the lender’s|lender’s|the store's|the store’s|the company's|the company’s) (?:fee|charge)(?: for (?:this|the|your) (?:[a-z-]+ )?(?:loan|advance|transaction|service))?|(?:the )?(?:fee|charge|cost|price) (?:for|of) (?:this|the|your) (?:[a-z-]+ )?(?:loan|advance|transaction)|what (?:this|the|your) (?:[a-z-]+ )?(?:loan|advance) costs(?: you)?|(?:fee|charge) (?:included|contained|built|added) in(?:to)? (?:the |your )?(?:check|cheque|repayment|total|amount due)(?: amount)?|(?:(?:cash |payday |pay |wage )?advance|deferred (?:deposit|presentment)|instant (?:transfer|access|delivery)|express (?:transfer|delivery)) (?:fee|charge)))(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*(?::|\.{3,}|…+|[ \t](?:is|of|was|will be|comes to)[ \t]|[ \t]{2,})?[ \t.:…]*[$£€][ \t]?\d")
        .expect("static regex")
});

/// The borrower's promise or the receipt's line that one sum is repaid ("You must repay",
/// "you agree to pay us back", "you will owe"), right before the figure.
static REPAY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:you|I|we|the (?:borrower|customer|employee|member)|borrower|customer)(?:['’]ll)?\s+(?:(?:must|will|shall|agree to|promise to|need to|are to|have to|then|each|also)\s+)*(?:(?:re)?pays?(?:\s+(?:us|back|the lender|us back|it back))*|owes?(?:\s+us)?)|pay\s+(?:us\s+)?back|repay)(?:\s+(?:a total of|the sum of|the total of|the full|in full))?\s+$")
        .expect("static regex")
});

/// After the figure: when it is repaid ("on 03/20/2025", "by your next payday"), perhaps
/// after a note in brackets of what the sum is made of ("($500 + $75.00 fee)").
static WHEN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*,?\s*(?:\([^()\n]{1,60}\)\s*,?\s*)?(?:\(?(?:in full|in one payment|in a single payment|in one go|all at once)\)?\s*,?\s*)?(?:on or before|no later than|on|by|when)\s+(?:(?:your|the)\s+(?:next\s+)?(?:pay ?day|due date|payment date)(?-u:\b))?")
        .expect("static regex")
});

/// A condition or an example: no promise of this loan.
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:if|unless|example|e\.g\.|for each|for every|per)(?-u:\b)")
        .expect("static regex")
});

/// The charges named by what they pay for. "The cost of this loan" of a loan that states a
/// rate or a finance charge is that charge told again, not a fee on top of it.
pub(super) fn cost_names<'h>(flat: &'h str, terms: &Terms) -> Vec<regex::Captures<'h>> {
    // "a fee for the loan of $15.00 for each $50.00 advanced": a rate per sum lent, read as
    // such by the per-hundred reader, not an amount.
    static PER_SUM: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^\d[\d,]*(?:\.\d+)?\s+(?:for (?:each|every)|per)\s+[$£€]")
            .expect("static regex")
    });
    let priced = terms.finance_charge.is_some() || !terms.rates.is_empty();
    COST_OF_ADVANCE
        .captures_iter(flat)
        .filter(|c| {
            let name = c.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
            let figure = c
                .get(0)
                .map_or("", |m| flat.get(m.end() - 1..).unwrap_or(""));
            !(priced && (name.contains("cost") || name.contains("price")))
                && !PER_SUM.is_match(figure)
        })
        .collect()
}

/// "The fee for your cash advance:", "Interest on the loan amount:": a label that ends a charge's
/// name is what the charge is on, not a figure of its own.
pub(super) fn charge_on(before_label: &str) -> bool {
    static CHARGE_ON: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:fees?|charges?|costs?|price|interest|tax|premium)\s+(?:of|for|on)\s+(?:(?:the|this|your|each|a|an)\s+)?$")
            .expect("static regex")
    });
    CHARGE_ON.is_match(before_label)
}

/// "Your check for $575.00, which includes a service charge of": the fee named next is a
/// part of the one sum repaid, a cost of the credit (not a part of something already counted).
pub(super) fn in_the_repayment(before_name: &str) -> bool {
    static INCLUDED: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:check|cheque|total of payments|total (?:amount )?(?:due|repayable|to repay)|amount (?:due|to repay|you (?:will )?owe)|you (?:will |must )?(?:owe|repay))(?-u:\b)(?:[^.;]|\.\d){0,60}?(?-u:\b)includ(?:es|ing|ed)(?:\s+(?:the|a|an|your|our))?\s*$")
            .expect("static regex")
    });
    INCLUDED.is_match(before_name)
}

/// "You must repay $431.25 on 03/20/2025": the one sum repaid on a named day, the total of
/// payments, when no label names one.
pub(super) fn repaid_on_a_date(cx: &mut Ctx) -> Option<Amount> {
    let flat = cx.flat.clone();
    for money in number::find_money(&flat) {
        let before = cx.slice(money.start.saturating_sub(60), money.start);
        let Some(verb) = REPAY_VERB.find(before) else {
            continue;
        };
        // (Room for a breakdown in brackets before the date.)
        let after = cx.slice(money.end, money.end + 100);
        let Some(when) = WHEN.find(after) else {
            continue;
        };
        // The day itself, or the borrower's next payday.
        let rest = after.get(when.end()..).unwrap_or("");
        let dated = number::first_date(rest, cx.day_first).is_some_and(|d| d.start <= 4);
        let payday = when.as_str().to_ascii_lowercase().contains("day");
        if !(dated || payday) {
            continue;
        }
        let verb_start = money.start - before.len() + verb.start();
        let (when_start, when_end) = (when.start(), when.end());
        if CONDITION.is_match(cx.slice(cx.sentence_of(money.start).0, verb_start))
            || CONDITION.is_match(after.get(..when_start).unwrap_or(""))
        {
            continue;
        }
        cx.cover(money.start);
        return Some(Amount {
            amount: money.amount,
            currency: cx.dollar(money.currency).to_string(),
            evidence: cx.evidence(verb_start, money.end + when_end),
            derived: false,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<String> {
        COST_OF_ADVANCE
            .captures(text)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    }

    #[test]
    fn the_charge_named_by_what_it_pays_for() {
        for (text, want) in [
            (
                "Our fee for this advance: $56.25",
                "Our fee for this advance",
            ),
            ("Cost of this loan: $56.25", "Cost of this loan"),
            (
                "The fee for your cash advance is $40.00",
                "The fee for your cash advance",
            ),
            (
                "Fee included in the check amount: $56.25",
                "Fee included in the check amount",
            ),
            (
                "What this advance costs you ..... $12.00",
                "What this advance costs you",
            ),
            ("Instant transfer fee: $3.99", "Instant transfer fee"),
        ] {
            assert_eq!(name(text).as_deref(), Some(want), "{text}");
        }
        // A fee without its figure, or a rate, is not this.
        assert_eq!(name("Our fee for this advance is shown below."), None);
        assert_eq!(name("Cost of this loan: 391% APR"), None);
    }
}
