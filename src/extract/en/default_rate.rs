//! Default interest: whether a rate's sentence speaks of default or lateness, a sentence that
//! continues a default sentence, and default interest "at the same rate" as the contract.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use super::rates::{INTEREST_WORD, push_rate};
use crate::model::{Per, Rate, RateKind, Terms};
use crate::pattern;

static DEFAULT_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:default|late|overdue|past due|after maturity|after the (?:deadline|due date)|post-maturity|arrears|delinquen[A-Za-z]*|judgment|miss(?:ed|es|ing)?\s+(?:a\s+|the\s+|any\s+|your\s+)?(?:re)?payments?|(?:do|does|did)\s+not\s+(?:make|pay)|fail(?:s|ure)?\s+to\s+(?:make|pay))(?-u:\b)")
        .expect("static regex")
});
/// Does the sentence speak of default or lateness? Interest "payable monthly in arrears" is
/// paid at the end of each period, not on a debt in arrears.
pub(super) fn on_default(sentence: &str) -> bool {
    static PAID_IN_ARREARS: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            r"(?i)(?:payable|paid|due|charged|monthly|weekly|quarterly|annually|yearly)\s+in\s+$",
        )
        .expect("static regex")
    });
    DEFAULT_CONTEXT.find_iter(sentence).any(|m| {
        !(m.as_str().eq_ignore_ascii_case("arrears")
            && PAID_IN_ARREARS.is_match(sentence.get(..m.start()).unwrap_or("")))
    })
}

/// A percentage labelled as a penalty or a charge for lateness or default ("Penalty: 40% per
/// month", "a late charge of 1.5% a month"): with a period after it, it is the default rate
/// for that period, not a one-off fee. A prepayment penalty is not one.
static PENALTY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(prepayment|early (?:re)?payment|early settlement|break|cancell?ation)\s+)?(?-u:\b)(penalty|penalties|penalty interest|(?:late|late payment|default|overdue|delinquency) (?:charges?|fees?|penalty|interest))(?-u:\b)[^%]{0,40}$")
        .expect("static regex")
});

/// The period a penalty's figure is stated for, later in its clause ("40% per month", "0.5% of
/// the overdue amount for each day").
static PENALTY_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[^.;%\n]{0,60}?(?-u:\b)((?:per|a|each|every|for each|for every) (?:day|week|fortnight|month|year|annum)|p\.\s?a|fortnightly)(?-u:\b)")
        .expect("static regex")
});

/// A default rate stated as a penalty or late charge: its label (from `near`, the text before
/// the figure in its sentence) and the period word after the figure (from `after`). None
/// without a period: "a late charge of 5% of the payment" is a one-off fee.
pub(super) fn penalty_rate(near: &str, after: &str) -> Option<(String, String)> {
    let c = PENALTY_LABEL.captures_iter(near).last()?;
    if c.get(1).is_some() {
        return None;
    }
    let label = c.get(2)?.as_str().to_ascii_lowercase();
    let period = PENALTY_PERIOD.captures(after)?.get(1)?.as_str().to_string();
    Some((label, period))
}

/// Interest that goes on after a missed payment: "We will also continue to charge interest
/// on the amount outstanding", "... until it is paid".
static CONTINUES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:continue|continues|keep)\s+(?:to\s+)?(?:charge|accrue|be charged|add|apply|run)|until (?:it is|they are|(?:the|that|such) [a-z ]{1,25}? (?:is|are|has been|have been)) (?:re)?paid|on the (?:amount|sum|balance)s? (?:outstanding|overdue|unpaid|in arrears|past due|not paid))")
        .expect("static regex")
});

/// Is the sentence at `sent_start` a continuation of a default sentence just before it in the
/// same paragraph ("If you miss the repayment we will charge £25. We will also continue to
/// charge interest on the amount outstanding at 0.9% a day.")?
pub(super) fn after_default(cx: &Ctx, sent_start: usize, sentence: &str) -> bool {
    if !CONTINUES.is_match(sentence) {
        return false;
    }
    let i = cx.sentences.partition_point(|&(_, e)| e <= sent_start);
    let Some(&(ps, pe)) = i.checked_sub(1).and_then(|j| cx.sentences.get(j)) else {
        return false;
    };
    cx.paragraph_end(ps, sent_start) == sent_start && on_default(cx.slice(ps, pe))
}

/// A reference to the contract rate instead of a figure: "at the same rate", "at the
/// contractual rate", "at the rate stated above".
static SAME_RATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:the\s+(?:same|contract(?:ual)?|note|agreement|loan|normal|ordinary|regular|agreed)\s+(?:(?:daily|weekly|monthly|annual|yearly|interest)\s+)?rate(?:\s+of\s+interest)?|the\s+(?:interest\s+)?rate\s+(?:stated|set out|shown|specified|given)\s+(?:above|in (?:this|the) (?:agreement|note|section \d+|clause \d+)))(?-u:\b)")
        .expect("static regex")
});

/// Default interest "at the same rate" (no figure of its own) is the contract rate.
pub(super) fn same_rate_on_default(cx: &mut Ctx, terms: &mut Terms) {
    if terms.rates.iter().any(|r| r.kind == RateKind::Overdue) {
        return;
    }
    let Some(base) = terms
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && r.per != Per::Once)
        .cloned()
    else {
        return;
    };
    let flat = cx.flat.clone();
    for m in SAME_RATE.find_iter(&flat) {
        let (s, e) = cx.sentence_of(m.start());
        let sentence = flat.get(s..e).unwrap_or("");
        // With a figure of its own the sentence was read above.
        if !number::find_percents(sentence).is_empty() {
            continue;
        }
        let default = on_default(sentence) || after_default(cx, s, sentence);
        if !default || !INTEREST_WORD.is_match(sentence) {
            continue;
        }
        cx.cover(m.start());
        terms.assumptions.push(format!(
            "default interest \"{}\" read as the contract rate of {}% per {}",
            m.as_str(),
            base.value,
            match base.per {
                Per::Day => "day",
                Per::Week => "week",
                Per::Month => "month",
                Per::Year | Per::Once => "year",
            }
        ));
        push_rate(
            terms,
            Rate {
                kind: RateKind::Overdue,
                label: "default interest at the contract rate".to_string(),
                evidence: cx.evidence(m.start(), m.end()),
                ..base
            },
        );
        return;
    }
}
