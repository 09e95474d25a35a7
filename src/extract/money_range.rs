//! A range of amounts ("Loan Amount Range $500 – $15,000", "loans from $500 to $15,000",
//! "between $500 and $15,000"): what a lender offers, not the sum of this loan. Neither end is
//! read as the principal or another labelled amount (the same rule as `rate_range` for rates).

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// Two amounts joined as a range: a dash, "to", or "between … and". One of them carries a
/// currency mark, so "2026-2027" or "pages 3 to 5" are no range of money.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    const MARK: &str = r"(?:[$£€¥]|(?:USD|GBP|EUR|CAD|AUD|NZD)\s?)";
    const FIGURE: &str = r"\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?\s?[kK]?";
    pattern::regex(&format!(
        r"(?i)(?:(?:between\s+|from\s+)?{MARK}{FIGURE}\s*(?:-|–|—|~|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b))\s*{MARK}?{FIGURE}|(?:between\s+|from\s+)?{FIGURE}\s*(?:-|–|—|~|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b))\s*{MARK}{FIGURE})"
    ))
    .expect("static regex")
});

/// "and" joins a range only after "between": "$500 and $15,000" alone is two amounts.
fn joins_a_range(m: &str) -> bool {
    let lower = m.to_ascii_lowercase();
    !lower.contains("and") || lower.trim_start().starts_with("between")
}

/// Whether the amount at `start..end` of `text` is one end of a range of amounts.
pub(crate) fn is_range_end(text: &str, start: usize, end: usize) -> bool {
    // A range is short: look at the figure's own neighbourhood only.
    let lo = super::en::floor(text, start.saturating_sub(40));
    let hi = super::en::floor(text, end.saturating_add(40).min(text.len()));
    let Some(window) = text.get(lo..hi) else {
        return false;
    };
    RANGE.find_iter(window).any(|m| {
        joins_a_range(m.as_str())
            && lo + m.start() <= start.saturating_add(1)
            && end <= lo + m.end() + 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each figure (with its currency mark) of `text`: is it a range end?
    fn ends(text: &str, figures: &[&str]) -> Vec<bool> {
        figures
            .iter()
            .map(|f| {
                let start = text.find(f).expect("figure in text");
                is_range_end(text, start, start + f.len())
            })
            .collect()
    }

    #[test]
    fn both_ends_of_a_range_of_money_are_range_ends_and_a_lone_amount_is_not() {
        let t = "Loan Amount Range $500 – $15,000 by state";
        assert_eq!(ends(t, &["$500", "$15,000"]), [true, true]);
        let t = "personal loans from £1,000 to £25,000.";
        assert_eq!(ends(t, &["£1,000", "£25,000"]), [true, true]);
        let t = "Borrow between $500 and $15,000 today.";
        assert_eq!(ends(t, &["$500", "$15,000"]), [true, true]);
        let t = "Amounts: USD 2,000-10,000.";
        assert_eq!(ends(t, &["USD 2,000", "10,000"]), [true, true]);
        let t = "Loan amount: $2,400.00, a fee of $95.00 and interest.";
        assert_eq!(ends(t, &["$2,400.00", "$95.00"]), [false, false]);
        let t = "You borrow $500 and repay $650 on 11/19/26.";
        assert_eq!(ends(t, &["$500", "$650"]), [false, false]);
        let t = "Term 2026-2027, amount $3,000.";
        assert_eq!(ends(t, &["$3,000"]), [false]);
    }
}
