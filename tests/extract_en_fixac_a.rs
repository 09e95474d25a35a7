#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on English batch AC (fixer A), each tested on texts written for this
//! file in other wordings and layouts than the corpus's: the price paid straight to a school,
//! seller or clinic on the borrower's behalf is the principal; a private lender's letter with
//! its amounts in words (and its count split into the regular payments and an odd last one)
//! is read and is a loan contract; the dollars of the Caribbean and the Pacific are money; a
//! one-time fee stated only as a percentage of the loan gets its amount.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr};

use rust_decimal_macros::dec;

// ---------- a price paid to a third party on the borrower's behalf ----------

fn financed_purchase(row: &str) -> String {
    format!(
        "BrightPath Finance\n{row}\nInterest rate 19.9% per year\nTerm 10 months\nMonthly payment $327.10\nFirst payment Feb 1, 2027\nSigned Jan 1, 2027\n"
    )
}

#[test]
fn a_price_paid_to_a_third_party_is_the_principal() {
    for row in [
        "Course fees paid to Ridgeview Coding Academy: $3,000.00",
        "Amount paid to the dealer $3,000.00",
        "Paid to Harbor Family Dental on your behalf: $3,000.00",
        "Invoice paid directly to Northside Auto Repair   $3,000.00",
        "Purchase price paid to the seller: $3,000.00",
        "Tuition and fees paid to St. Jude Academy    $3,000.00",
    ] {
        let t = run(&financed_purchase(row));
        let p = t.principal.as_ref().unwrap_or_else(|| panic!("{row}"));
        assert_eq!(p.amount, dec!(3000), "{row}");
        assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(3000)), "{row}");
        // The price is what is lent, never a fee for the credit.
        assert!(
            t.fees.iter().all(|f| f.amount != Some(dec!(3000))),
            "{row}: {:?}",
            t.fees
        );
        // The schedule can be built: the cost is computed.
        assert!(apr(&analyse(&financed_purchase(row))) > dec!(19), "{row}");
    }
}

#[test]
fn the_lender_paid_or_a_bare_name_paid_is_no_principal() {
    // What was paid to the lender is repaid, not lent; a name paid with no word of the
    // borrower's behalf is not said to be a purchase.
    for row in [
        "Total paid to BrightPath Finance $3,271.00",
        "Amount paid to BrightPath Finance $3,271.00",
    ] {
        let t = run(&financed_purchase(row));
        assert!(t.principal.is_none(), "{row}: {:?}", t.principal);
    }
}
