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
        let Some(money) = number::find_money(rest)
            .into_iter()
            .next()
            .filter(|m| m.start == 0)
        else {
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
        let unit = unit.as_str().to_ascii_lowercase();
        let freq = if n == 1 {
            Some(Frequency::Single)
        } else if unit.starts_with("month") {
            Some(Frequency::Monthly)
        } else if unit.starts_with("week") {
            Some(Frequency::Weekly)
        } else if unit.starts_with("fortnight") {
            Some(Frequency::Biweekly)
        } else {
            c.get(1).and_then(|f| frequency_of(f.as_str()))
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
