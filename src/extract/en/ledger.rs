//! An account statement's transaction list: rows that open with a posting date and end with
//! the amount posted ("08/22 | CASH ADVANCE FEE (5%, min $10) | $20.00", "03/14  LATE FEE
//! $29.00"). A fee posted there is a past charge on an account, not a term of a loan, however
//! the cells are set apart (bars in a text export, blanks or tabs from an HTML table).

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

/// A posting row: a day and month (a year optional), a cell break, the description, and an
/// amount (a credit may be negative) closing the line.
static POSTING_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*[|│\t]\s*| {2,}).+?(?:\s*[|│\t]\s*| {2,}|\s)[-−–]?\s?[$£€]\s?-?\d[\d,]*(?:\.\d{2})?\s*[|│]?\s*$")
        .expect("static regex")
});

fn line_at(text: &str, at: usize) -> (usize, usize) {
    let start = text
        .get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| at + i);
    (start, end)
}

/// Is the line holding `at` a posting row with another posting row right above or below it?
pub(super) fn in_posting_list(text: &str, at: usize) -> bool {
    let at = super::floor(text, at);
    let (start, end) = line_at(text, at);
    let is_row = |s: usize, e: usize| text.get(s..e).is_some_and(|l| POSTING_ROW.is_match(l));
    if !is_row(start, end) {
        return false;
    }
    let above = start
        .checked_sub(1)
        .map(|nl| line_at(text, nl))
        .is_some_and(|(s, e)| is_row(s, e));
    let below = (end < text.len()) && {
        let (s, e) = line_at(text, end + 1);
        is_row(s, e)
    };
    above || below
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_fee(text: &str) -> bool {
        in_posting_list(text, text.to_ascii_lowercase().find("fee").unwrap())
    }

    #[test]
    fn posting_rows_in_any_cell_layout_are_a_list() {
        for text in [
            "03/02 | GROCERY MART #12 | $54.10\n03/14 | LATE FEE | $29.00\n",
            "03/02  GROCERY MART #12  $54.10\n03/14  LATE FEE  $29.00\n",
            "03/14\tLATE FEE\t$29.00\n03/20\tPAYMENT RECEIVED\t-$100.00\n",
            "14/03/2026   OVERLIMIT FEE   £12.00\n15/03/2026   INTEREST   £3.20\n",
        ] {
            assert!(at_fee(text), "{text}");
        }
    }

    #[test]
    fn a_fee_term_or_a_lone_dated_line_is_no_list() {
        for text in [
            "Late fee: $29.00 if a payment is 10 days late.\nOrigination fee  $150.00\n",
            "03/14  LATE FEE  $29.00\nThe lender may charge other fees.\n",
            "Fee schedule\n12/31 is the date the annual FEE of $95.00 is charged\n",
        ] {
            assert!(!at_fee(text), "{text}");
        }
    }
}
