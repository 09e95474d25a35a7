#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! English classes from the fresh corpus's known gaps (session 26), each tested on documents
//! written for this file: a rate that only the principal, the level payment and the number of
//! payments state; a dollar figure with its ISO code before the sign ("CAD $3,000.00"); and a
//! principal label under a "PROMISSORY NOTE" / "LOAN NOTE" title.

use crate::extract_en::run;
use crate::extract_en_unseen_h::analyse;

use loanlint::model::{RateKind, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

pub(crate) fn interest_rates(t: &Terms) -> Vec<Decimal> {
    t.rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest)
        .map(|r| r.value)
        .collect()
}

#[test]
fn the_rate_the_principal_payment_and_count_imply_is_inferred_when_none_is_stated() {
    // Python Decimal, annuity P·r/(1−(1+r)^−n), r = yearly/periods: 5000 at 19.99%/12 over 24
    // is 254.4546 -> 254.45 (20% gives 254.48); 2000 at 14.9%/12 over 12 is 180.4223 -> 180.42
    // (15% gives 180.52); 1200 at 29%/26 over 26 is 53.4243 -> 53.42; 7500 at 11.25%/12 over
    // 36 is 246.4293 -> 246.43 (11.2% gives 246.25, 11.3% 246.61).
    for (text, rate) in [
        (
            "Hi Sam, you're approved! You borrow $5,000.00 and repay it in 24 monthly payments of $254.45, the first due on March 1, 2027.\n",
            dec!(19.99),
        ),
        (
            "Fixed sum loan agreement regulated by the Consumer Credit Act 1974\nAmount of credit: £2,000.00\nYou must repay the credit by 12 monthly instalments of £180.42.\nThere is no arrangement fee.\n",
            dec!(14.9),
        ),
        (
            "Loan amount $1,200.00. You will make 26 biweekly payments of $53.42 each.\n",
            dec!(29),
        ),
        (
            "Personal loan offer\nLoan amount: $7,500.00\nTerm: 36 months\nMonthly payment: $246.43\n",
            dec!(11.25),
        ),
    ] {
        let t = analyse(text).report.terms;
        assert_eq!(interest_rates(&t), vec![rate], "{text}");
        let why = t.inferred.iter().find(|i| i.field == "rate").unwrap();
        assert!(!why.evidence.is_empty(), "{text}: {why:?}");
        assert!(why.reason.contains("no rate is stated"), "{text}: {why:?}");
    }
}

#[test]
fn no_rate_is_inferred_when_the_payments_may_hold_more_than_interest() {
    for text in [
        // A fee charged: the payment may carry it.
        "You borrow $3,000.00 and repay it in 12 monthly payments of $287.91. An origination fee of $90.00 is added to your loan.\n",
        // A stated total the payments do not give (12 × 287.91 = 3,454.92).
        "Loan amount $3,000.00. 12 monthly payments of $287.91. Total of payments $3,600.00.\n",
        // The payments only repay the price: nothing to infer.
        "Purchase price $400.00, paid in 4 biweekly payments of $100.00.\n",
    ] {
        let t = analyse(text).report.terms;
        assert!(
            !t.inferred.iter().any(|i| i.field == "rate"),
            "{text}: {:?}",
            t.inferred
        );
        assert!(
            !t.rates
                .iter()
                .any(|r| r.label.is_empty() && r.kind == RateKind::Interest && r.value > dec!(20)),
            "{text}: {:?}",
            t.rates
        );
    }
}

#[test]
fn a_stated_rate_the_payment_contradicts_is_kept_and_none_is_inferred() {
    // At 20% the annuity of 3000 over 12 is 277.90 (Python Decimal), not 287.91.
    let text = "Loan amount $3,000.00 at 20% per year, repaid in 12 monthly payments of $287.91.\n";
    let t = analyse(text).report.terms;
    assert_eq!(interest_rates(&t), vec![dec!(20)], "{:?}", t.rates);
    assert!(!t.inferred.iter().any(|i| i.field == "rate"));
}

#[test]
fn an_iso_code_before_a_dollar_sign_names_the_dollar() {
    for (text, currency) in [
        (
            "Loan agreement\nAmount of loan: CAD $3,000.00\nInterest rate: 19.9% per year. 12 monthly payments of CAD $277.97.\n",
            "CAD",
        ),
        (
            "Loan amount AUD$4,500.00, repaid in 24 monthly payments of AUD$215.10 at 12% p.a.\n",
            "AUD",
        ),
        (
            "Principal amount: NZD $2,000.00\nRepayments: 10 monthly payments of NZD $210.00\n",
            "NZD",
        ),
        (
            "Loan amount: USD $6,000.00, 12% per year, 36 monthly payments of USD $199.29.\n",
            "USD",
        ),
        (
            "Loan amount: CA$2,500.00 at 9% per year. 12 monthly payments of CA$218.63.\n",
            "CAD",
        ),
    ] {
        let t = run(text);
        let principal = t.principal.as_ref().unwrap();
        assert_eq!(principal.currency, currency, "{text}");
        let payment = t.payment.as_ref().unwrap();
        assert_eq!(payment.currency, currency, "{text}");
        assert!(
            payment.amount > dec!(199) && payment.amount < dec!(278),
            "{text}: {payment:?}"
        );
    }
}

#[test]
fn a_principal_label_under_a_note_title_is_read() {
    for title in ["PROMISSORY NOTE", "LOAN NOTE", "Secured Promissory Note"] {
        for label in [
            "Amount of principal: $6,500.00",
            "Principal amount: $6,500.00",
            "Principal sum: $6,500.00",
            "Amount of loan: $6,500.00",
            "Amount of credit: $6,500.00",
            // A row with no colon: the label heads its line.
            "Amount of principal $6,500.00          Lender: Lakeshore Credit LLC",
        ] {
            let text = format!(
                "{title}\n{label}\nDate: March 2, 2026\nFor value received, the Borrower promises to pay the Lender the principal with interest at 8% per year in 36 monthly payments of $203.69.\n"
            );
            let t = run(&text);
            assert_eq!(
                t.principal.as_ref().map(|a| a.amount),
                Some(dec!(6500)),
                "{text}"
            );
        }
    }
}
