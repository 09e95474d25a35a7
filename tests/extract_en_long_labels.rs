#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The sum repaid of a one-payment loan under a long label with a dot leader ("Amount due at
//! the end of this loan period ........ $575.00", "Amount due on your maturity date"), in
//! wordings written for this test: it is the total of payments, so the cost is computed.

use std::path::Path;

use loanlint::read::{Document, SourceKind};
use rust_decimal_macros::dec;

fn total_of_payments(text: &str) -> Option<rust_decimal::Decimal> {
    let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
    let terms = loanlint::extract::extract(&doc);
    terms.total_of_payments.map(|t| t.amount)
}

#[test]
fn a_long_label_with_a_dot_leader_names_the_sum_repaid() {
    let text = "PELICAN PAWN & LOAN\nLoan date: 05/04/2026      Due date: 05/18/2026\nAmount lent to you ................................. $500.00\nStore fee (15% of amount lent) ...................... $75.00\nAmount due at the end of this loan period ........................ $575.00\nSigned: T. Rook";
    assert_eq!(total_of_payments(text), Some(dec!(575.00)));
    let text = "Advance: $400.00\nTerm: 21 days\nAmount due on your maturity date ............................................ $472.00";
    assert_eq!(total_of_payments(text), Some(dec!(472.00)));
}
