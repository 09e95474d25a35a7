#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure of the held-out batch AA (`en-aa*`) on counts, each tested on documents
//! written for this file in other wordings and layouts than the corpus's. Expected values by
//! hand arithmetic in the comments.

use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::model::Frequency;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

// ---------- a TIL statement that states no count: the count from the figures ----------

// $5,000 at 12% a year over 24 months: 5000 × 0.01 / (1 − 1.01^-24) = 235.367; 23 payments of
// $235.37 and a last of $235.30 (the remainder): total 23 × 235.37 + 235.30 = 5,648.81,
// finance charge 648.81. (5,648.81 − 235.30) / 235.37 + 1 = 24. APR 12.00%.
const NO_COUNT_STATED: [&str; 3] = [
    "RIVERSIDE COMMUNITY BANK\nTruth-in-Lending Disclosure\nDate of loan: March 2, 2026\n\nANNUAL PERCENTAGE RATE    12.00%\nFINANCE CHARGE            $648.81\nAmount Financed           $5,000.00\nTotal of Payments         $5,648.81\n\nYour payments: $235.37 per month (the last payment $235.30), the first due on April 2, 2026 and the others on the same day of every following month until paid in full.\nAmount given to you directly: $5,000.00\n",
    "Loan disclosure, dated 2 March 2026 (New Jersey)\nAmount Financed: $5,000.00 | Finance Charge: $648.81 | Total of Payments: $5,648.81 | Annual Percentage Rate: 12.00%\nPayment: $235.37 monthly, beginning April 2, 2026; final payment $235.30.\n",
    // The total left out: the finance charge and the amount financed add up to it.
    "MAPLE SAVINGS - TRUTH IN LENDING STATEMENT\nLoan date: March 2, 2026\nANNUAL PERCENTAGE RATE ..... 12.00%\nFINANCE CHARGE ..... $648.81\nAmount Financed ..... $5,000.00\nPayments: $235.37 per month (final payment $235.30), the first on April 2, 2026, then on the same day of each following month.\n",
];

#[test]
fn a_monthly_payment_without_a_count_is_counted_from_the_total() {
    for text in NO_COUNT_STATED {
        let a = analyse(text);
        let t = &a.report.terms;
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        // Said to be inferred, with the figures it rests on.
        let inferred = t
            .inferred
            .iter()
            .find(|i| i.field == "installments")
            .unwrap_or_else(|| panic!("{text}: {:?}", t.inferred));
        assert!(
            inferred.reason.contains("235.37") && inferred.reason.contains("235.3 "),
            "{}",
            inferred.reason
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24), "{text}");
        near(apr(&a), dec!(12.00), text);
        assert!(violations(&a).is_empty(), "{text}: {:?}", violations(&a));
    }
}

// A stated total several times the payment, a loan date and the first payment's date a month
// apart: never one payment (which would make the APR hundreds of percent).
#[test]
fn a_monthly_payment_is_never_one_payment_when_the_total_holds_several() {
    let text = "Personal loan statement\nLoan date: June 1, 2026\nTotal of Payments: $1,413.00\nAmount Financed: $1,200.00\nMonthly payment: $117.75, first payment due on July 1, 2026\n";
    let a = analyse(text);
    let t = &a.report.terms;
    assert_ne!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    assert_ne!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single),
        "{text}"
    );
    // 1,413.00 = 12 × 117.75: twelve payments.
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
}

// ---------- counts from layouts ----------

// A schedule table numbering its payments in a run, then the last row: 11 + 1 = 12 payments.
// The second is the same table read cell by cell, each cell under its column's name.
const NUMBERED_RUNS: [&str; 2] = [
    "Your repayment plan\nRepayments | Due | Amount\nPayments 1-11 | 1st of each month from 1 February 2027 | £88.20 per payment\nPayment 12 (final) | 1 January 2028 | £88.09\nAmount of credit: £1,000.00\n",
    "Loan schedule\nPeriod: Weeks 1 through 9\nDue: every Monday from 5 January 2026\nAmount: $61.10 each\nPeriod: Week 10 (last)\nDue: 9 March 2026\nAmount: $61.04\nLoan amount: $550.00\n",
];

#[test]
fn a_numbered_run_of_payments_and_its_last_row_give_the_count() {
    let want = [(12, "88.2", "88.09"), (10, "61.1", "61.04")];
    for (text, (n, pay, last)) in NUMBERED_RUNS.iter().zip(want) {
        let t = crate::extract_en::run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(n), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount.normalize().to_string()),
            Some(pay.to_string()),
            "{text}"
        );
        assert_eq!(
            t.last_payment
                .as_ref()
                .map(|p| p.amount.normalize().to_string()),
            Some(last.to_string()),
            "{text}"
        );
    }
}

// An account screen's progress through the schedule: the second figure is the count; a
// pay-in-4 plan's "Payment 1 of 4" row is not read that way.
#[test]
fn payments_left_on_an_account_screen_are_the_count() {
    for text in [
        "Auto loan ****1182\nBalance $4,512.00\nMonthly payment $205.10\nInstalments remaining: 24 of 24\nNext due 03/01/2027\n",
        "My loan\nAmount borrowed: £2,000.00\nRepayments left  7 of 12\nNext repayment: £180.00 on 1 June 2026\n",
    ] {
        let t = crate::extract_en::run(text);
        let want = if text.contains("24 of 24") { 24 } else { 12 };
        assert_eq!(
            t.installments.as_ref().map(|c| c.count),
            Some(want),
            "{text}"
        );
    }
}

// A lender's text told in the imperative: the payment and the principal.
#[test]
fn a_text_message_offer_names_its_payment_and_its_sum() {
    let text = "QuickQuid Loans: Good news Sam, your loan application has been approved! Borrow £300.00 over 6 weeks. Repay £58.40 every week, first on 3 Mar. Total to repay £350.40. Reply YES to accept.\n";
    let t = crate::extract_en::run(text);
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(300.00)));
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(58.40)));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Weekly)
    );
}
