//! The total interest stated as money: "Total interest over the life of the loan: USD
//! 1424.40", "total interest of $812.50", "Total interest payable  £96.20". With the principal
//! it gives the total repaid when no total of payments is stated, so a count left unsaid
//! follows from the payments (`reconcile::shape`).

use std::sync::LazyLock;

use regex::Regex;

use super::{Ctx, number};
use crate::model::{Amount, Terms};
use crate::pattern;

/// The label, up to where its figure begins: "Total interest (over the life of the loan):",
/// "total interest charges of", "Total interest payable ....". "Total interest percentage"
/// (a Loan Estimate's TIP, a percentage) has no money after it and is not read.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)total (?:amount of )?interest(?: (?:charges?|costs?|payable|due|paid|to be paid|amount))?(?:\s*\(?(?:over|for|during) (?:the )?(?:life|term|whole term|full term|duration) of (?:the|this|your) (?:loan|agreement|note|credit)\)?|\s*\(?(?:over|for) the (?:whole |full )?term\)?)?\s*(?:[:.…|]+\s*|\s+(?:is|of|will be|comes to|amounts to)\s+|[ \t]{2,})")
        .expect("static regex")
});

/// Read the first total interest stated as money right after its label.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    if terms.total_interest.is_some() {
        return;
    }
    let flat = cx.flat.clone();
    for m in LABEL.find_iter(&flat) {
        let window = flat
            .get(m.end()..super::floor(&flat, m.end() + 24))
            .unwrap_or("");
        let Some(money) = number::find_money(window).into_iter().next() else {
            continue;
        };
        // The figure is the label's own: nothing but blanks and dots before it.
        if !window
            .get(..money.start)
            .is_some_and(|g| g.chars().all(|c| c.is_whitespace() || c == '.' || c == '…'))
            || money.amount <= rust_decimal::Decimal::ZERO
        {
            continue;
        }
        let (s, e) = (m.start(), m.end() + money.end);
        cx.cover(m.end() + money.start);
        terms.total_interest = Some(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: cx.quote(s, e),
            derived: false,
        });
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_end(text: &str) -> Option<&str> {
        LABEL.find(text).map(|m| &text[m.end()..])
    }

    #[test]
    fn a_total_interest_label_runs_to_its_figure() {
        assert_eq!(
            label_end("Total interest (over the term of this note): $812.50"),
            Some("$812.50")
        );
        assert_eq!(
            label_end("you will pay total interest of £96.20 in all"),
            Some("£96.20 in all")
        );
        assert_eq!(
            label_end("Total interest payable   CAD 140.00"),
            Some("CAD 140.00")
        );
        // A percentage label ends at its figure too, but no money follows: `extract` skips it.
        assert_eq!(label_end("Total interest percentage (TIP): 69.5%"), None);
    }
}
