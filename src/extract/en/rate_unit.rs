//! Whether a unit word after a rate ("monthly", "weekly") is the rate's period or belongs to
//! something else: the payments ("29.5% simple, monthly payments") or the label of the next
//! row ("17.99% fixed" over "Monthly payment: $433.77").

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
