//! Open-end credit: a draw on a line of credit ("Credit limit $2,500 ... This draw $1,000",
//! "Available credit", "your line of credit", "revolving"), which states its rate as the
//! line's APR rather than a closed-end loan's all-in APR.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::Amount;
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

/// A row that heads its line with the draw ("This draw $1,000.00", "Your draw: $500",
/// "Today's draw amount  $250"); "Available after this draw: $3,500" is the line's balance.
static DRAW_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|]*(?:(?:this|your|today's|today’s) )?draw(?: amount)?(?: is| of)?[ \t]*[:|]?[ \t]*")
        .expect("static regex")
});

/// The amount of a draw on a credit line, at the head of its row: the amount lent.
pub(super) fn draw_amount(cx: &mut Ctx) -> Option<Amount> {
    let text = cx.doc.text.clone();
    let m = DRAW_ROW.find(&text)?;
    let line = text.get(m.end()..)?.split('\n').next().unwrap_or("");
    let money = number::find_money(line).into_iter().next()?;
    if money.start != 0 {
        return None;
    }
    let at = m.end() + money.start;
    cx.cover(at);
    Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(m.start(), m.end() + money.end),
        derived: false,
    })
}

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
