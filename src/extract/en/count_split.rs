//! A count of payments split into the regular ones and an odd last one in the same breath:
//! "in 24 monthly payments: 23 of $276.18 each and a last one of $276.14", "36 payments (35
//! at £120.00 and a final one of £118.52)", "twelve instalments, eleven of two hundred and
//! fifty dollars and the last of two hundred and forty-one and 60/100 dollars". The count is
//! the whole count, the payment the regular figure, the last payment the odd figure; the
//! regular count must be one less than the whole (anything else is not this split).

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use super::payment_times::FREQ;
use super::schedule::{COUNT, PAYMENT_NOUN, frequency_of, parse_count};
use crate::model::{Amount, Count, FrequencyTerm, Terms};
use crate::pattern;

/// "<count> [monthly] payments: <count> [payments] of": the whole count, its frequency, the
/// regular count, up to the regular figure.
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b){COUNT}\s+(?:(?:equal|consecutive|successive|regular|scheduled)\s+)*(?:({FREQ})\s+)?(?:{PAYMENT_NOUN})\s*(?:[:;,(\-–—]\s*)?(?:(?:that is|namely|i\.e\.|being),?\s+)?{COUNT}\s+(?:(?:regular|equal|level)\s+)?(?:(?:payments?|instal?lments?|repayments?)\s+)?(?:of|at)\s+"))
        .expect("static regex")
});
/// After the regular figure: the odd last payment's words, up to its figure ("each and a
/// last one of", ", and the final payment of", "plus a final one at", "and one of").
static LAST_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*\)?\s*(?:each\s*)?(?:,\s*)?(?:and|plus|then|followed by|with|\+)\s+(?:(?:(?:a|an|the|one|1)\s+)?(?:final|last|closing|concluding)(?:\s+(?:one|payment|instal?lment|repayment))?|one(?:\s+(?:more|other))?)\s+(?:of|at|for)\s+")
        .expect("static regex")
});

/// Read the split count. True when read.
pub(super) fn read(cx: &mut Ctx, terms: &mut Terms, flat: &str) -> bool {
    for c in SPLIT.captures_iter(flat) {
        let (Some(whole), Some(all), Some(regular)) = (c.get(0), c.get(1), c.get(3)) else {
            continue;
        };
        if number::is_money_figure(flat, all.start(), all.end()) {
            continue;
        }
        let (Some(n), Some(m)) = (parse_count(all.as_str()), parse_count(regular.as_str())) else {
            continue;
        };
        if !(2..=600).contains(&n) || m + 1 != n {
            continue;
        }
        let rest = flat
            .get(whole.end()..super::floor(flat, whole.end() + 200))
            .unwrap_or("");
        let Some(pay) = super::amount_words::amount_opening(rest) else {
            continue;
        };
        let after = rest.get(pay.end..).unwrap_or("");
        let Some(words) = LAST_AFTER.find(after) else {
            continue;
        };
        let Some(last) =
            super::amount_words::amount_opening(after.get(words.end()..).unwrap_or(""))
        else {
            continue;
        };
        let pay_at = whole.end() + pay.start;
        let last_at = whole.end() + pay.end + words.start();
        let end = whole.end() + pay.end + words.end() + last.end;
        cx.cover(all.start());
        cx.cover(pay_at);
        cx.cover(whole.end() + pay.end + words.end());
        terms.installments = Some(Count {
            count: n,
            evidence: cx.evidence(whole.start(), end),
        });
        if let Some(f) = c.get(2).and_then(|f| frequency_of(f.as_str())) {
            terms.frequency = Some(FrequencyTerm {
                frequency: f,
                evidence: cx.evidence(whole.start(), whole.end()),
            });
        }
        terms.payment = Some(Amount {
            amount: pay.amount,
            currency: pay.currency.to_string(),
            evidence: cx.evidence(whole.start(), pay_at + pay.end - pay.start),
            derived: false,
        });
        terms.assumptions.push(format!(
            "{n} payments: {m} of {} and a last one of {} as stated",
            pay.amount, last.amount
        ));
        super::last_payment::record(cx, terms, last.amount, last_at);
        return true;
    }
    false
}
