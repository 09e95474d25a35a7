#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English contracts (fresh corpus batch N), each tested on
//! contracts written for this file in other wordings and layouts than the corpus's, with a
//! rephrased twin that must give the same answer. Expected values come from an independent
//! Python `decimal` computation, given in the comments.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr};

use rust_decimal_macros::dec;

// ---------- a balloon inside the last payment: the row's figure, not the balloon's ----------

// Python decimal: 18,000 at 7.5%/12 a month, 48 payments, 7,250 balloon inside the last:
// payment 305.24 (cents half up), 47 of them, the last 7,554.99 (interest each month rounded,
// the remainder); total 21,901.27, finance charge 3,901.27; IRR x 12 = 7.49998%.
// The balloon's own figure misleads: 48 x 305.24 + 7,250 = 21,901.52 is within a cent a payment
// of the total, as if there were 49 payments; 47 x 305.24 + 7,554.99 makes it exactly.
const BALLOON_IN_ROW: [&str; 2] = [
    "MOTOR VEHICLE RETAIL INSTALLMENT SALE CONTRACT\nDealer: Prairie Auto Sales Inc., 400 Elm Ave, Springfield, IL 62701\nPurchaser: Dana K. Whitfield   Date of sale: 02/03/2026\n\nANNUAL PERCENTAGE RATE: 7.50%\nFINANCE CHARGE: $3,901.27\nAMOUNT FINANCED: $18,000.00\nTOTAL OF PAYMENTS: $21,901.27\n\nNo. of Payments    Payment Amount    Due\n47                 $305.24           monthly from 03/03/2026\n1                  $7,554.99         02/03/2030, this payment contains a balloon of $7,250.00\n",
    // Said another way: prose above, the schedule as lines, the balloon named first.
    "Buyer Dana K. Whitfield buys a used pickup from Prairie Auto Sales Inc. of Springfield, Illinois, on credit, on February 3, 2026.\nThe Amount Financed is $18,000.00; the Finance Charge is $3,901.27; the Total of Payments is $21,901.27; the Annual Percentage Rate is 7.50%.\nSchedule of payments:\n  Forty-seven payments of $305.24 each, due monthly starting March 3, 2026\n  One payment of $7,554.99 due February 3, 2030 (balloon $7,250.00 plus that month's installment)\n",
];

/// 47 payments of 305.24 and a last one of 7,554.99 over 48 months: APR 7.50%.
fn assert_the_48_payment_loan(text: &str) {
    let t = run(text);
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(48), "{text}");
    assert_eq!(
        t.last_payment.as_ref().map(|p| p.amount),
        Some(dec!(7554.99)),
        "{text}"
    );
    assert_eq!(t.term.as_ref().and_then(|t| t.months), Some(48), "{text}");
    let a = analyse(text);
    assert!(
        (apr(&a) - dec!(7.50)).abs() < dec!(0.01),
        "{text}: {}",
        apr(&a)
    );
}

#[test]
fn a_balloon_inside_the_last_row_is_not_one_more_payment() {
    for text in BALLOON_IN_ROW {
        assert_the_48_payment_loan(text);
    }
}

// ---------- a last payment no words name: the total of payments implies it ----------

// The same loan, its last row carrying no word the reader knows ("balloon", "final"): the stated
// total less 47 x 305.24 is 7,554.99, and that very figure is stated, so it is the last payment.
const UNNAMED_LAST_ROW: [&str; 2] = [
    "INSTALLMENT NOTE AND DISCLOSURE\nCreditor: Prairie Auto Sales Inc., Springfield, IL   Date: 02/03/2026\nAmount Financed $18,000.00     Finance Charge $3,901.27     Total of Payments $21,901.27     Annual Percentage Rate 7.50%\nNumber of payments   Payment amount   When due\n47                   $305.24          Monthly from 03/03/2026\n1                    $7,554.99        02/03/2030\n",
    // Said another way: the rows first, the box after, the last row split over two lines.
    "Prairie Auto Sales Inc., Springfield, Illinois. Note dated February 3, 2026.\nPayments: 47 monthly payments of $305.24 starting March 3, 2026, and 1 payment\nof $7,554.99 on February 3, 2030.\nTotal of Payments: $21,901.27. Amount Financed: $18,000.00. Finance Charge: $3,901.27. ANNUAL PERCENTAGE RATE: 7.50%.\n",
];

#[test]
fn a_last_payment_stated_without_a_name_is_found_through_the_total() {
    for text in UNNAMED_LAST_ROW {
        assert_the_48_payment_loan(text);
    }
    // Not a guess: without the figure stated, no last payment is made up from the total.
    let t = run(&UNNAMED_LAST_ROW[0].replace("$7,554.99", "$7,555.99"));
    assert_ne!(
        t.last_payment.as_ref().map(|p| p.amount),
        Some(dec!(7554.99))
    );
}

// ---------- a final payment inside the stated count: its date says so ----------

// 24 monthly payments from 5 March 2026 end on 5 February 2028 (23 months later): the last
// repayment named apart is the 24th, not a 25th. 36 from 1 July 2026 end on 1 June 2029.
const FINAL_WITHIN_COUNT: [(&str, u32); 3] = [
    (
        "Credit agreement. You will make 24 monthly repayments: the first of $210.00 due 5 March 2026, then 22 of $180.00, and a last repayment of $195.50 due 5 February 2028.\n",
        24,
    ),
    (
        "Repayment: 36 monthly instalments beginning 1 July 2026, followed by a final instalment of £88.10 on 1 June 2029.\n",
        36,
    ),
    // The guard: 35 payments from April 3, 2025 and a final one on March 3, 2028 (35 months
    // later) are 36 payments.
    (
        "You agree to pay 35 monthly payments of $161.34 beginning April 3, 2025 and one final payment of $161.18 on March 3, 2028.\n",
        36,
    ),
];

#[test]
fn a_final_payment_dated_within_the_count_is_not_one_more() {
    for (text, count) in FINAL_WITHIN_COUNT {
        let t = run(text);
        assert_eq!(
            t.installments.as_ref().map(|c| c.count),
            Some(count),
            "{text}"
        );
    }
}
