//! Whether a unit word after a rate ("monthly", "weekly") is the rate's period or belongs to
//! something else: the payments ("29.5% simple, monthly payments") or the label of the next
//! row ("17.99% fixed" over "Monthly payment: $433.77"); and the period a unit word names.

use rust_decimal::Decimal;

use crate::model::Per;

/// Does the text after a unit word ("monthly") make it the frequency of payments
/// ("monthly payments", "weekly instalments") rather than the unit of a rate?
pub(super) fn names_payments(rest: &str) -> bool {
    let rest = rest.trim_start();
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    // "Repayment: ..." on the next row is a label, not the noun of "monthly".
    if rest.get(word.len()..).is_some_and(|r| r.starts_with(':')) {
        return false;
    }
    let next = word.to_ascii_lowercase();
    [
        "payment",
        "payments",
        "installment",
        "installments",
        "instalment",
        "instalments",
        "repayment",
        "repayments",
        "billing",
        "statement",
        "statements",
    ]
    .contains(&next.as_str())
}

/// Does the unit word at byte `word_at` begin a row of its own after the rate's row (a line
/// break between them) that is a label with its value ("17.99% fixed" over "Monthly payment:
/// $433.77", "Weekly instalment  $52.10", "Daily late charge: $5")? Then it names that row, not
/// the rate's period; a sentence wrapped before its unit ("1.5%" over "per month on ...") is
/// no such row.
pub(super) fn labels_next_row(text: &str, rate_end: usize, word_at: usize) -> bool {
    let Some(gap) = text.get(rate_end..word_at) else {
        return false;
    };
    if !gap.contains('\n') || !gap.rsplit('\n').next().is_some_and(|l| l.trim().is_empty()) {
        return false;
    }
    let line = text
        .get(word_at..)
        .and_then(|t| t.split('\n').next())
        .unwrap_or("");
    let label_len = line
        .find(|c: char| c == ':' || c == '$' || c.is_ascii_digit())
        .unwrap_or(line.len());
    let label = line.get(..label_len).unwrap_or("");
    label.split_whitespace().count() >= 2
        && label.split_whitespace().count() <= 5
        && label_len < line.len()
        && line.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The period a unit word names ("per annum", "monthly", "/wk"); a fortnight is two weeks, read
/// by [`per_of`].
pub(super) fn per_from(word: &str) -> Option<Per> {
    let w = word.to_ascii_lowercase();
    Some(
        if w.contains("annum")
            || w.contains("year")
            || w.starts_with("annual")
            || w.starts_with("p.")
            || w.ends_with("/yr")
            || w.ends_with("/ yr")
        {
            Per::Year
        } else if w.contains("month") || w.ends_with("mo") || w.ends_with("mth") {
            Per::Month
        } else if w.contains("day") || w == "daily" {
            Per::Day
        } else if w.contains("week") || w.ends_with("wk") {
            Per::Week
        } else {
            return None;
        },
    )
}

/// Whether a unit word names two weeks: "per fortnight", "fortnightly", "bi-weekly", "every
/// two weeks".
fn names_a_fortnight(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    w.contains("fortnight")
        || w.contains("two weeks")
        || w.contains("2 weeks")
        || (w.starts_with("bi") && w.contains("week"))
}

/// The period of a rate's unit word; a rate per fortnight ("50% per fortnight") is read as
/// half of `value` per week, and the reading is noted in `assumptions`.
pub(super) fn per_of(
    word: &str,
    value: &mut Decimal,
    assumptions: &mut Vec<String>,
) -> Option<Per> {
    if !names_a_fortnight(word) {
        return per_from(word);
    }
    let stated = *value;
    *value = stated / Decimal::TWO;
    assumptions.push(format!(
        "rate of {stated}% per fortnight ({}) read as {}% per week",
        word.trim(),
        value.normalize()
    ));
    Some(Per::Week)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_word_heading_the_next_row_is_that_rows_label() {
        for text in [
            "Interest rate: 17.99% fixed\n  Monthly payment: $433.77",
            "Rate 9.5%\nWeekly instalment  $52.10",
            "Interest 12.25% simple\n  Monthly Payment Amount: 310.00",
        ] {
            let end = text.find('%').unwrap_or(0) + 1;
            let word = text.find(['M', 'W']).filter(|&i| i > end).unwrap_or(0);
            assert!(labels_next_row(text, end, word), "{text}");
        }
        // A sentence wrapped before its unit keeps it.
        let wrapped = "interest at 1.5%\nmonthly on the unpaid balance";
        let end = wrapped.find('%').unwrap_or(0) + 1;
        assert!(!labels_next_row(
            wrapped,
            end,
            wrapped.find("monthly").unwrap_or(0)
        ));
        let same_line = "Interest rate: 2% monthly Payment: $40";
        let end = same_line.find('%').unwrap_or(0) + 1;
        assert!(!labels_next_row(
            same_line,
            end,
            same_line.find("monthly").unwrap_or(0)
        ));
    }
}
