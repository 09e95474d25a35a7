//! Counts a layout numbers: an account screen's "Payments left 10 of 10", and a schedule table
//! that numbers its payments in runs: "Months 1 to 23 | 16 December 2026 |
//! £135.55 each" (a row spanning the run), then "Month 24 (last) | 16 November 2028 |
//! £135.43". A table read row by row puts each cell on a line of its own ("Months 1 to 23",
//! "Payday: 16 December 2026", "Amount: £135.55 each", the first under its column's name,
//! "Deductions: Months 1 to 23"): the row runs over the next two lines.
//! The run gives the count of regular payments and their figure, a next numbered
//! row with another figure the last payment.

use std::sync::LazyLock;

use regex::Regex;

use super::{Ctx, number};
use crate::model::{Amount, Count, Frequency, FrequencyTerm, Terms};
use crate::pattern;

/// A row opening with a numbered run of payments: "Months 1 to 23", "Payments 1-11",
/// "Instalments 1 through 35", "Weeks 1–7".
static RUN_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|]*(?:[a-z][a-z ]{0,30}:[ \t]*)?(months|weeks|fortnights|payments|instal?lments|repayments|deductions)[ \t]+1[ \t]*(?:to|through|thru|-|–|—)[ \t]*(\d{1,3})(?-u:\b)([^\n]*(?:\n[^\n]*){0,2})")
        .expect("static regex")
});
/// The numbered row right after the run: "Month 24 (last)", "Payment 12 (final)".
static NEXT_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|]*(?:[a-z][a-z ]{0,30}:[ \t]*)?(?:month|week|fortnight|payment|instal?lment|repayment|deduction)[ \t]+(\d{1,3})(?-u:\b)([^\n]*(?:\n[^\n]*){0,2})")
        .expect("static regex")
});
/// The run's figure is each payment's: "£135.55 each", "$90.00 per month", "£40 a week".
static EACH: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:each|per (?:month|week|payment|instal?ment)|a (?:month|week)|every (?:month|week))(?-u:\b)")
        .expect("static regex")
});

/// A loan account's progress through its schedule, "Payments left 10 of 10", "Instalments
/// remaining: 7 of 12": the second figure is the count of payments. (A bare "Payment 1 of 4"
/// is a pay-in-4 plan's row, whose first payment may be the down payment.)
static PAYMENTS_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:payments?|instal?lments?|repayments?)\s+(?:left|remaining|to go)[ \t]*:?[ \t]*(\d{1,3})[ \t]+of[ \t]+(\d{1,3})(?-u:\b)")
        .expect("static regex")
});
/// The count an account screen shows as its progress through the schedule. True when read.
pub(super) fn payments_left(cx: &mut Ctx, terms: &mut Terms, flat: &str) -> bool {
    if let Some(c) = PAYMENTS_OF.captures(flat)
        && let (Some(w), Some(done), Some(n)) = (c.get(0), c.get(1), c.get(2))
        && !number::is_money_figure(flat, n.start(), n.end())
        && let (Ok(done), Ok(count)) = (done.as_str().parse::<u32>(), n.as_str().parse::<u32>())
        && count > 1
        && done <= count
    {
        cx.cover(n.start());
        terms.installments = Some(Count {
            count,
            evidence: cx.evidence(w.start(), w.end()),
        });
        return true;
    }
    false
}

/// Read a numbered run of payments and the last row after it. True when read.
pub(super) fn extract(cx: &mut Ctx, terms: &mut Terms) -> bool {
    let text = cx.doc.text.clone();
    let Some(c) = RUN_ROW.captures(&text) else {
        return false;
    };
    let (Some(row), Some(unit), Some(to), Some(rest)) = (c.get(0), c.get(1), c.get(2), c.get(3))
    else {
        return false;
    };
    let Ok(regular) = to.as_str().parse::<u32>() else {
        return false;
    };
    let unit = unit.as_str().to_ascii_lowercase();
    let named_payments = !["months", "weeks", "fortnights"].contains(&unit.as_str());
    // The next numbered row, from the line after the run's, with a figure of its own.
    let after = text
        .get(to.end()..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| to.end() + i);
    let last = NEXT_ROW
        .captures_iter(text.get(after..).unwrap_or(""))
        .find_map(|n| {
            let (k, tail) = (n.get(1)?, n.get(2)?);
            (k.as_str().parse::<u32>().ok()? == regular + 1).then_some(())?;
            let figure = number::find_money(tail.as_str()).into_iter().next()?;
            Some((
                figure.shifted(after + tail.start()),
                after + n.get(0)?.start(),
            ))
        });
    // The run's own lines end where the next numbered row starts.
    let rest_end = last
        .as_ref()
        .map_or(rest.end(), |(_, at)| rest.end().min(*at));
    let rest_text = text
        .get(rest.start()..rest_end.max(rest.start()))
        .unwrap_or("");
    let Some(money) = number::find_money(rest_text)
        .into_iter()
        .find(|m| named_payments || EACH.is_match(rest_text.get(m.end..).unwrap_or("")))
    else {
        return false;
    };
    if regular < 2 || rest_text.to_ascii_lowercase().contains("interest only") {
        return false;
    }
    let money = money.shifted(rest.start());
    let row_end = rest_end.max(row.start());
    let count = regular + u32::from(last.is_some());
    cx.cover(money.start);
    let evidence = cx.quote(row.start(), row_end);
    terms.installments = Some(Count {
        count,
        evidence: evidence.clone(),
    });
    terms.payment = Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: evidence.clone(),
        derived: false,
    });
    let frequency = match unit.as_str() {
        "months" => Some(Frequency::Monthly),
        "weeks" => Some(Frequency::Weekly),
        "fortnights" => Some(Frequency::Biweekly),
        _ => None,
    };
    if let (None, Some(frequency)) = (&terms.frequency, frequency) {
        terms.frequency = Some(FrequencyTerm {
            frequency,
            evidence,
        });
    }
    if let Some((figure, at)) = last
        && figure.amount != money.amount
    {
        cx.cover(figure.start);
        super::last_payment::record(cx, terms, figure.amount, at);
    }
    true
}
