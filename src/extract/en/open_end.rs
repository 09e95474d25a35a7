//! Open-end credit: a draw on a line of credit ("Credit limit $2,500 ... This draw $1,000",
//! "Available credit", "your line of credit", "revolving"), which states its rate as the
//! line's APR rather than a closed-end loan's all-in APR.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// Words of a credit line and of drawing on it.
static LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:credit limit|credit line|line of credit|available credit|revolving (?:credit|account|line))(?-u:\b)")
        .expect("static regex")
});
static DRAW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:draws?|drew|drawdowns?|drawn|advance from your line|cash advance)(?-u:\b)",
    )
    .expect("static regex")
});

/// Does the text speak of a credit line and a draw on it?
pub(super) fn draw_on_a_line(text: &str) -> bool {
    LINE.is_match(text) && DRAW.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draw_on_a_credit_line_is_open_end() {
        assert!(draw_on_a_line(
            "Credit limit $2,500.00\nThis draw $1,000.00"
        ));
        assert!(draw_on_a_line(
            "You drew $800 from your line of credit on May 2."
        ));
        assert!(draw_on_a_line("Available credit: $1,200. Drawdown: $300."));
        assert!(!draw_on_a_line(
            "Loan amount $1,000. Interest rate 24% APR."
        ));
        assert!(!draw_on_a_line(
            "Your credit limit is not affected by this loan."
        ));
    }
}
