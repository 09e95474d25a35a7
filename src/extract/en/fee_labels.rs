//! A fee labelled at the head of a sentence in mid-line, its figure after a colon: "Interest:
//! $1.92. CSO fee payable to QuikCash: $115.00", "… today. Broker fee (paid to LoanFinder):
//! $45.00", "Credit access charge owed to us: $90.00". The vocabulary's names are found
//! anywhere; this finds a name the vocabulary lacks (an acronym, a trade's own word) where the
//! layout says it is a fee's label.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// After a sentence's end on the same line: one to three words ending in fee or charge, an
/// optional bracketed aside or payee, then a colon and a figure.
pub(super) static SENTENCE_LABEL_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[.;!?][ \t]+((?:[A-Z]{2,5}|[A-Z][a-z'’-]+)(?:[ \t-][A-Za-z][a-z'’-]*){0,2}[ \t](?:fees?|charges?))[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?(?:(?:payable|paid|due|owed|owing) to [^$£€\d\n|:.]{1,60}?[ \t]*)?:[ \t]*[$£€][ \t]?\d")
        .expect("static regex")
});

/// A fee's name that says it comes on top of one already named: "further arrears fee",
/// "second late charge", "additional default fee", "subsequent returned payment fee": a
/// charge of its own even when its sum and kind are those of an earlier fee.
pub(super) fn names_another(name: &str) -> bool {
    name.split(|c: char| !c.is_ascii_alphabetic())
        .map(str::to_ascii_lowercase)
        .any(|w| {
            [
                "further",
                "second",
                "third",
                "additional",
                "another",
                "subsequent",
                "repeat",
                "extra",
            ]
            .contains(&w.as_str())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_or_further_charge_is_another_fee() {
        assert!(names_another("Second late charge"));
        assert!(names_another("additional default fee"));
        assert!(!names_another("Late payment fee"));
        assert!(!names_another("Missed payment charge"));
    }

    fn name(text: &str) -> Option<String> {
        SENTENCE_LABEL_FEE
            .captures(text)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    }

    #[test]
    fn a_label_after_a_sentence_names_its_fee() {
        assert_eq!(
            name("Interest: $1.92. CSO fee payable to QuikCash: $115.00, due with your payment.")
                .as_deref(),
            Some("CSO fee")
        );
        assert_eq!(
            name("Paid out today. Broker fee (paid to LoanFinder): $45.00.").as_deref(),
            Some("Broker fee")
        );
        assert_eq!(
            name("Interest 10% a year; Credit access charge owed to us: $90.00").as_deref(),
            Some("Credit access charge")
        );
        // A label at the head of its line, or words without a colon and figure, are not this.
        assert_eq!(name("CSO fee: $115.00"), None);
        assert_eq!(
            name("Paid today. The fee is charged later: see below"),
            None
        );
    }

    /// The fees' amounts read from `text`, sorted (and the fees, to show on failure).
    fn amounts_of(text: &str) -> (Vec<String>, Vec<crate::model::Fee>) {
        let t = super::super::read_text(text);
        let mut amounts: Vec<String> = t
            .fees
            .iter()
            .filter_map(|f| f.amount.map(|a| a.normalize().to_string()))
            .collect();
        amounts.sort();
        (amounts, t.fees)
    }

    /// A deferred-presentment (payday) transaction names its charges by what they pay for:
    /// the presentment itself and the state database's verification. Both are charges of the
    /// one payment, whatever the stated APR counts.
    #[test]
    fn a_deferred_presentment_transaction_lists_its_fees() {
        let (amounts, fees) = amounts_of(
            "DEFERRED DEPOSIT AGREEMENT\nAmount advanced: $300.00. Total of payments: $350.00. One payment due 12/15/2026.\nCharges: deferred deposit fee $45.00; database verification fee $5.00.\n",
        );
        assert_eq!(amounts, ["45", "5"], "{fees:?}");
        assert!(
            fees.iter()
                .all(|f| f.timing == crate::model::FeeTiming::AtMaturity),
            "{fees:?}"
        );
        let (amounts, fees) = amounts_of(
            "Check cashed today: $200.00. The charge for the deferred presentment is $20.00 and a state database fee of $1.00 is also payable. You repay $221.00 in one payment on 01/04/2027.\n",
        );
        assert_eq!(amounts, ["1", "20"], "{fees:?}");
    }
}
