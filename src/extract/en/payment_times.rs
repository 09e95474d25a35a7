//! A payment row that prints the figure times its count, as device-payment and checkout
//! agreements do: "Monthly device payment $30.00 x 36 months", "Weekly instalment £12.50 × 26
//! weeks", "Payment amount: $84.10 x 24 payments". The count is the number of payments; a
//! span in months or weeks also gives their frequency.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use super::schedule::frequency_of;
use crate::model::{Amount, Count, Frequency, FrequencyTerm, Terms};
use crate::pattern;

/// The payment's label, perhaps with a word or two naming what is paid for ("Monthly device
/// payment", "Weekly plan instalment"), up to where its figure starts.
static PAYMENT_ROW_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(weekly|bi-?weekly|fortnightly|semi-?monthly|monthly|quarterly)\s+)?(?:[a-z]+\s+){0,2}?(?:payment|instal?lment|repayment)(?:\s+amount)?[ \t]*[:|]?[ \t]*")
        .expect("static regex")
});
/// Right after the figure: times the count, and what is counted.
static TIMES_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[ \t]*(?:x|×)[ \t]*(\d{1,3})[ \t]*(months?|weeks?|fortnights?|payments?|instal?lments?|repayments?)(?-u:\b)")
        .expect("static regex")
});

/// Read "<payment label> <figure> x <count> <months|payments>" as the count, the payment and,
/// where the label or the unit says it, the frequency.
pub(super) fn figure_times_count(cx: &mut Ctx, terms: &mut Terms, flat: &str) -> bool {
    for c in PAYMENT_ROW_LABEL.captures_iter(flat) {
        let Some(label) = c.get(0) else { continue };
        // Only the figure right after the label and its times-count are read: a window keeps
        // the work per label bounded.
        let rest = flat
            .get(label.end()..super::floor(flat, label.end() + 64))
            .unwrap_or("");
        let Some(money) = number::money_at_start(rest) else {
            continue;
        };
        let Some(t) = TIMES_COUNT.captures(rest.get(money.end..).unwrap_or("")) else {
            continue;
        };
        let (Some(times), Some(count), Some(unit)) = (t.get(0), t.get(1), t.get(2)) else {
            continue;
        };
        let Ok(n) = count.as_str().parse::<u32>() else {
            continue;
        };
        if n == 0 || n > 600 {
            continue;
        }
        let end = label.end() + money.end + times.end();
        cx.cover(label.end() + money.start);
        cx.cover(label.end() + money.end + count.start());
        // The unit counted (months, weeks) says the frequency; a count of payments leaves it
        // to the label's word.
        let freq = if n == 1 {
            Some(Frequency::Single)
        } else {
            frequency_word(unit.as_str())
                .or_else(|| c.get(1).and_then(|f| frequency_of(f.as_str())))
        };
        record_row(cx, terms, (n, freq, &money), (label.start(), end));
        return true;
    }
    false
}

/// Record a payment row's count, frequency (if known) and payment, each quoting the row
/// `span`.
pub(super) fn record_row(
    cx: &Ctx,
    terms: &mut Terms,
    (n, freq, money): (u32, Option<Frequency>, &number::Money),
    (start, end): (usize, usize),
) {
    terms.installments = Some(Count {
        count: n,
        evidence: cx.evidence(start, end),
    });
    if let Some(f) = freq {
        terms.frequency = Some(FrequencyTerm {
            frequency: f,
            evidence: cx.evidence(start, end),
        });
    }
    terms.payment = Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(start, end),
        derived: false,
    });
}

/// The count before the figure, joined by a times sign or an "@": "18 monthly x $216.52",
/// "18 x $216.52 monthly", "18 monthly payments @ $216.52", "24 payments at $99.10 each
/// month". The frequency is the word before the sign or the one right after the figure.
static COUNT_TIMES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)(?-u:\b)(\d{{1,3}})[ \t]*(?:({FREQ})[ \t]+)?(?:({NOUN})[ \t]+)?(x|×|@|at)[ \t]*"
    ))
    .expect("static regex")
});
/// The frequency written after the figure: "x $216.52 monthly", "@ $50.00 per week".
static FREQ_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)^[ \t]*,?[ \t]*(?:each[ \t]+)?({FREQ}|(?:per|a|each|every)[ \t]+(?:month|week|fortnight|two weeks|quarter))(?-u:\b)"
    ))
    .expect("static regex")
});
pub(super) const FREQ: &str = r"weekly|bi-?weekly|fortnightly|semi-?monthly|monthly|quarterly";
const NOUN: &str = r"payments?|instal?lments?|repayments?|EMIs?";
/// Words before a figure times a count that make it a charge, not the loan's payment
/// ("Insurance premium $12.00 x 24 months").
static CHARGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:fees?|charges?|premiums?|insurance|subscriptions?|membership|rent)(?-u:\b)[^.;\n]{0,40}$")
        .expect("static regex")
});

/// Read "<count> [frequency] [payments] x|@ <figure> [frequency]" and, without a payment
/// label, "<figure> x <count> <months|weeks|payments>" as the count, the payment and the
/// frequency the words give.
pub(super) fn count_times_figure(cx: &mut Ctx, terms: &mut Terms, flat: &str) -> bool {
    for c in COUNT_TIMES.captures_iter(flat) {
        let (Some(whole), Some(count), Some(sign)) = (c.get(0), c.get(1), c.get(4)) else {
            continue;
        };
        // "at" joins a count to a figure only after a payment word ("24 payments at $99.10"),
        // and a count is no figure, time or date part ("$1,018 x", "14:22 @").
        if (sign.as_str().eq_ignore_ascii_case("at") && c.get(3).is_none())
            || number::is_money_figure(flat, count.start(), count.end())
            || flat
                .get(..count.start())
                .and_then(|b| b.chars().next_back())
                .is_some_and(|p| p.is_ascii_digit() || matches!(p, '.' | ',' | ':' | '/' | '-'))
        {
            continue;
        }
        let rest = flat
            .get(whole.end()..super::floor(flat, whole.end() + 64))
            .unwrap_or("");
        let Some(money) = number::money_at_start(rest) else {
            continue;
        };
        let Ok(n) = count.as_str().parse::<u32>() else {
            continue;
        };
        if !(2..=600).contains(&n) || charge_before(flat, whole.start()) {
            continue;
        }
        let after = FREQ_AFTER.captures(rest.get(money.end..).unwrap_or(""));
        let freq = c
            .get(2)
            .or_else(|| after.as_ref().and_then(|a| a.get(1)))
            .and_then(|f| frequency_word(f.as_str()));
        let end = whole.end() + money.end + after.and_then(|a| a.get(0)).map_or(0, |a| a.end());
        cx.cover(count.start());
        cx.cover(whole.end() + money.start);
        record_row(cx, terms, (n, freq, &money), (whole.start(), end));
        return true;
    }
    figure_times_unlabelled(cx, terms, flat)
}

/// "$216.52 x 18 months" with no payment label before it.
fn figure_times_unlabelled(cx: &mut Ctx, terms: &mut Terms, flat: &str) -> bool {
    for money in cx.money_in(flat) {
        let Some(t) = TIMES_COUNT.captures(flat.get(money.end..).unwrap_or("")) else {
            continue;
        };
        let (Some(times), Some(count), Some(unit)) = (t.get(0), t.get(1), t.get(2)) else {
            continue;
        };
        let Ok(n) = count.as_str().parse::<u32>() else {
            continue;
        };
        if !(2..=600).contains(&n) || charge_before(flat, money.start) {
            continue;
        }
        cx.cover(money.start);
        cx.cover(money.end + count.start());
        let freq = frequency_word(unit.as_str());
        record_row(
            cx,
            terms,
            (n, freq, &money),
            (money.start, money.end + times.end()),
        );
        return true;
    }
    false
}

/// Does the text just before `at` (`flat` has no line breaks: 48 bytes at most) name a charge?
fn charge_before(flat: &str, at: usize) -> bool {
    let from = super::floor(flat, at.saturating_sub(48));
    CHARGE_BEFORE.is_match(flat.get(from..at).unwrap_or(""))
}

/// A frequency word or unit: "monthly", "per week", "months", "fortnights".
fn frequency_word(word: &str) -> Option<Frequency> {
    let w = word.to_ascii_lowercase();
    let unit = w.rsplit([' ', '\t']).next().unwrap_or("");
    if unit.starts_with("month") && !w.contains("semi") {
        Some(Frequency::Monthly)
    } else if unit.starts_with("week") && w.contains("two") {
        Some(Frequency::Biweekly)
    } else if unit.starts_with("week") {
        Some(Frequency::Weekly)
    } else if unit.starts_with("fortnight") {
        Some(Frequency::Biweekly)
    } else if unit.starts_with("quarter") {
        Some(Frequency::Quarterly)
    } else if matches!(
        unit,
        "payment"
            | "payments"
            | "instalment"
            | "installment"
            | "instalments"
            | "installments"
            | "repayment"
            | "repayments"
    ) {
        None
    } else {
        frequency_of(&w)
    }
}
