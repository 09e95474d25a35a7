#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! English classes from the fresh corpus's known gaps (session 25), each tested on documents
//! written for this file: a flattened heading row over its figure row with labels the old
//! vocabulary lacked, UK short-term labels with no colon ("Amount borrowed £300.00", "Loan
//! length 30 days"), and a "£" at any distance before a one-sum due phrase.

use crate::extract_en::run;
use crate::extract_en_unseen_h::analyse;

use rust_decimal_macros::dec;

#[test]
fn a_flattened_heading_row_with_any_fee_name_and_a_payee_is_read_by_label() {
    for text in [
        "Loan Amount Origination Fee (deducted) Net Proceeds to Borrower Interest Rate Monthly Payment Total of Payments\n$4,000.00 $160.00 $3,840.00 19.5% per annum $147.64 $5,315.04\nGoverned by the laws of New York.\n",
        // Bars, in another order, the count stated nowhere.
        "Net Proceeds to Borrower | Loan Amount | Monthly Payment | Origination Fee | Total of Payments | Interest Rate\n$3,840.00 | $4,000.00 | $147.64 | $160.00 | $5,315.04 | 19.5% per annum\nGoverned by the laws of New York.\n",
    ] {
        let t = analyse(text).report.terms;
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(4000)),
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|a| a.amount),
            Some(dec!(3840)),
            "{text}"
        );
        assert_eq!(
            t.payment.as_ref().map(|a| a.amount),
            Some(dec!(147.64)),
            "{text}"
        );
        // Python Decimal: the annuity of 4000 at 19.5%/12 over 36 is 147.6372 -> 147.64, and
        // 5315.04 / 147.64 = 36 exactly.
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(36), "{text}");
        assert!(
            t.fees.iter().any(|f| f.amount == Some(dec!(160))),
            "{text}: {:?}",
            t.fees
        );
        assert!(t.rates.iter().any(|r| r.value == dec!(19.5)), "{text}");
    }
}

#[test]
fn uk_short_term_labels_without_a_colon_give_the_principal_and_a_term_in_days() {
    for text in [
        "Your loan summary\nAmount borrowed £250.00\nLoan length 28 days\nTotal to repay £306.00\n",
        "Amount borrowed £250.00\nLength of loan: 28 days\nYou repay £306.00 in one payment.\n",
    ] {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(250)),
            "{text}"
        );
        let term = t.term.as_ref().unwrap();
        assert_eq!((term.months, term.days), (None, Some(28)), "{text}");
    }
}

#[test]
fn a_pound_sign_just_before_the_look_back_window_does_not_hide_the_due_label() {
    // The label's window reaches 24 bytes back from the sum; padding moves a "£" (two bytes)
    // across its first byte, so one of these lines starts the window inside it.
    for pad in 8..12 {
        let text = format!("£{} Amount due: £300.00 by 12/03/2027\n", ".".repeat(pad));
        let t = run(&text);
        assert_eq!(
            t.total_of_payments.as_ref().map(|a| a.amount),
            Some(dec!(300)),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}
