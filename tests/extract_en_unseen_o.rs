#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English contracts (fresh corpus batches M and N, their
//! accepted gaps), each tested on contracts written for this file in other wordings and
//! layouts than the corpus's, with a rephrased twin that must give the same answer. Expected
//! values come from an independent Python `decimal`/`fractions` computation, given in the
//! comments.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr};

use rust_decimal_macros::dec;

// ---------- a disclosure box flattened into columns: bars, tabs, blank runs ----------

// Python decimal: 2,500 at 24.9%/12 a month over 18 months, payment rounded half up 167.86,
// interest rounded each month, the last 167.78; total 17 x 167.86 + 167.78 = 3,021.40,
// finance charge 521.40. Fractions IRR of (2,500; 17 x 167.86, 167.78) x 12 = 24.8995%.
const SCHEDULE: &str = "Repayment: 18 monthly payments of $167.86, the final one $167.78, starting March 15, 2026.\nInterest at 24.9% a year on the declining balance. No other charges.\n";

fn flattened_boxes() -> [String; 4] {
    [
        // Bars between the cells, no bar at the ends.
        "NORTHSHORE CONSUMER CREDIT CO. - NOTE AND DISCLOSURE\nBorrower: P. Okafor   Date: February 15, 2026\n\n  ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments\n  24.90%                 | $521.40        | $2,500.00       | $3,021.40\n\n",
        // Tabs, the headings wrapped over two rows, the columns in another order.
        "Northshore Consumer Credit Co.\tLoan No. 55-2031\nDate: 02/15/2026\n\nAmount\tTotal of\tFinance\tAnnual Percentage\nFinanced\tPayments\tCharge\tRate\n$2,500.00\t$3,021.40\t$521.40\t24.90 %\n\n",
        // Box-drawing bars from a word processor.
        "Northshore Consumer Credit Co. Promissory note of 15 February 2026.\n Amount Financed │ Finance Charge │ Total of Payments │ Annual Percentage Rate\n $2,500.00       │ $521.40        │ $3,021.40         │ 24.90%\n",
        // Runs of blanks only, as a PDF converted to text prints a box.
        "NORTHSHORE CONSUMER CREDIT CO.\nLoan date: Feb. 15, 2026\n    FINANCE CHARGE      AMOUNT FINANCED      TOTAL OF PAYMENTS      ANNUAL PERCENTAGE RATE\n    $521.40             $2,500.00            $3,021.40              24.90%\n\n",
    ]
    .map(|head| format!("{head}{SCHEDULE}"))
}

#[test]
fn a_flattened_disclosure_box_reads_like_its_key_value_form() {
    for text in flattened_boxes() {
        let t = run(&text);
        assert_eq!(
            t.disbursed.as_ref().map(|a| a.amount),
            Some(dec!(2500.00)),
            "{text}"
        );
        assert_eq!(
            t.total_of_payments.as_ref().map(|a| a.amount),
            Some(dec!(3021.40)),
            "{text}"
        );
        assert_eq!(
            t.finance_charge.as_ref().map(|a| a.amount),
            Some(dec!(521.40)),
            "{text}"
        );
        assert!(
            t.inconsistencies.is_empty(),
            "{text}: {:?}",
            t.inconsistencies
        );
        // Every quote is the document's own text.
        let ev = &t.total_of_payments.as_ref().unwrap().evidence;
        assert!(text.contains(&ev.text), "{text}: {}", ev.text);
        let a = analyse(&text);
        assert!(
            (apr(&a) - dec!(24.8995)).abs() < dec!(0.01),
            "{text}: {}",
            apr(&a)
        );
    }
}

#[test]
fn a_flattened_box_whose_total_contradicts_the_payments_is_an_inconsistency() {
    // 90.00 more than the 18 payments add up to (3,021.40): the stated total is contradicted.
    for text in flattened_boxes() {
        let text = text.replace("$3,021.40", "$3,111.40");
        let t = run(&text);
        assert_eq!(
            t.disbursed.as_ref().map(|a| a.amount),
            Some(dec!(2500.00)),
            "{text}"
        );
        let a = analyse(&text);
        assert!(!a.report.terms.inconsistencies.is_empty(), "{text}");
    }
}
