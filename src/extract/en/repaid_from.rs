//! A single repayment taken from money the borrower expects, on a date the lender estimates:
//! "repaid from your federal refund when the IRS deposits it, which we estimate for February
//! 24, 2025", "we take repayment out of your refund, expected around 03/03/2025", "repaid when
//! your settlement is paid (estimated 24 Feb 2025)". The estimate is the due date; the
//! assumption says it is an estimate.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// The repayment's source, then the estimate's words right before its date.
pub(super) static ESTIMATED_REPAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:repaid|repayment|paid back|recovered|collected|deducted)\s+(?:automatically\s+)?(?:from|out of|with|when|once|by deduction from)(?-u:\b)[^.;]{0,120}?(?:(?:which|that)\s+(?:we\s+|is\s+|are\s+|it\s+is\s+)?(?:estimated?|expect(?:s|ed)?|anticipated?)(?:\s+to\s+(?:be|arrive|come|land)(?:\s+(?:issued|paid|deposited|made))?|\s+it)?\s+(?:for|on|by|around|on or about)|\(?(?:estimated|expected|anticipated)(?:\s+(?:for|on|by|around|on or about))?:?|on or about)(?-u:\b)")
        .expect("static regex")
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_estimated_repayment_date_follows_its_source() {
        for s in [
            "The advance will be repaid from your federal refund when the IRS deposits it, which we estimate for February 24, 2025.",
            "We take repayment out of your refund, expected around 03/03/2025.",
            "It is repaid when your settlement is paid (estimated 24 Feb 2025).",
            "The loan is collected from your state refund, which is expected to arrive on or about March 1, 2025.",
        ] {
            let m = ESTIMATED_REPAYMENT.find(s).expect(s);
            let rest = &s[m.end()..];
            assert!(
                rest.trim_start()
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric()),
                "{s}: {rest}"
            );
        }
        assert!(
            ESTIMATED_REPAYMENT
                .find("Your refund is expected on March 1, 2025.")
                .is_none()
        );
    }
}
