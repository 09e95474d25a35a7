#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Short-term credit receipts (payday, cash-advance, earned-wage) in everyday words: the cash
//! handed over, the charge named by what it pays for, the one sum repaid and its day, in
//! key/value lines, dot leaders, spaced columns (an OCR'd screen), table rows, sentences,
//! wrapped lines and full-width digits. Each receipt has a rephrased twin that must give the
//! same terms. Expected values come from `scripts/receipts_w_expected.py` (Reg Z App. J
//! single payment: fee / amount financed x 365 / days x 100):
//!   A: $375 on 2025-03-06, $431.25 on 2025-03-20: 14 days, 391.0714%
//!   B: $500 on 2025-04-01, $575.00 on 2025-04-22: 21 days, 260.7143%
//!   C: $240 on 2025-05-02, $270.00 on 2025-05-16: 14 days, 325.8929%

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr};

use chrono::NaiveDate;
use loanlint::DocumentKind;
use loanlint::model::FeeTiming;
use loanlint::read;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

struct Want {
    received: Decimal,
    fee: Decimal,
    total: Decimal,
    start: (i32, u32, u32),
    days: u32,
    apr: Decimal,
}

const A: Want = Want {
    received: dec!(375),
    fee: dec!(56.25),
    total: dec!(431.25),
    start: (2025, 3, 6),
    days: 14,
    apr: dec!(391.0714),
};
const B: Want = Want {
    received: dec!(500),
    fee: dec!(75),
    total: dec!(575),
    start: (2025, 4, 1),
    days: 21,
    apr: dec!(260.7143),
};
const C: Want = Want {
    received: dec!(240),
    fee: dec!(30),
    total: dec!(270),
    start: (2025, 5, 2),
    days: 14,
    apr: dec!(325.8929),
};

/// The terms every reading of a receipt must give: the money received (and so the principal),
/// the total repaid, its cost (a fee paid with the repayment, or the finance charge), the
/// contract date (the transaction date, not the due date), the term in days and the APR.
/// The text is normalised as the reader normalises a text file (full-width digits too).
fn check(raw: &str, want: &Want) {
    let text = read::normalize_text(raw);
    let text = text.as_str();
    let t = run(text);
    assert_eq!(
        t.disbursed.as_ref().map(|a| a.amount),
        Some(want.received),
        "received: {text}"
    );
    assert_eq!(
        t.principal.as_ref().map(|a| a.amount),
        Some(want.received),
        "principal: {text}"
    );
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(want.total),
        "total: {text}"
    );
    let fee_at_maturity = t
        .fees
        .iter()
        .any(|f| f.amount == Some(want.fee) && f.timing == FeeTiming::AtMaturity);
    let finance_charge = t.finance_charge.as_ref().map(|a| a.amount) == Some(want.fee);
    assert!(
        fee_at_maturity || finance_charge,
        "cost {}: {:?} {:?}: {text}",
        want.fee,
        t.fees,
        t.finance_charge
    );
    let (y, m, d) = want.start;
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date),
        NaiveDate::from_ymd_opt(y, m, d),
        "contract date: {text}"
    );
    assert_eq!(
        t.term.as_ref().and_then(|x| x.days),
        Some(want.days),
        "{text}"
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    let a = analyse(text);
    let got = apr(&a);
    assert!((got - want.apr).abs() < dec!(0.05), "APR {got}: {text}");
    assert_eq!(
        a.report.document.as_ref().map(|d| d.kind),
        Some(DocumentKind::LoanContract),
        "{text}"
    );
}

#[test]
fn a_receipt_in_key_value_lines_and_its_twin() {
    for text in [
        "ACORN CASH STORE #112\nDeferred Deposit Receipt\nTransaction date: 03/06/2025\nCash you receive today: $375.00\nOur fee for this advance: $56.25\nYou must repay $431.25 on 03/20/2025\n",
        // Twin: other labels, reordered, the repayment first.
        "Acorn Cash - payday loan receipt\nYou will owe: $431.25\nRepay by: March 20, 2025\nAmount handed to you: $375.00\nThe fee for your cash advance: $56.25\nTransaction date: March 6, 2025\n",
    ] {
        check(text, &A);
    }
}

#[test]
fn a_receipt_with_dot_leaders_and_its_twin() {
    for text in [
        "SUNRISE CHECK CASHING - PAYDAY ADVANCE\nTransaction Date: April 1, 2025\nAmount handed to you ............ $500.00\nOur charge for this loan ........ $75.00\nCheck amount .................... $575.00\nDate we will deposit your check . April 22, 2025\n",
        // Twin: the principal advanced to the customer, the fee inside the check amount.
        "SUNRISE CHECK CASHING\nDeferred deposit receipt\nDate .................................. 04/01/2025\nPrincipal advanced to the customer .... $500.00\nFee included in the check amount ...... $75.00\nCheck amount .......................... $575.00\nDate your check will be deposited ..... 04/22/2025\n",
    ] {
        check(text, &B);
    }
}

#[test]
fn an_app_screen_in_two_spaced_columns_and_its_twin() {
    for text in [
        "Instant Pay Advance\nTransaction date     04/01/2025\nCash paid out        $500.00\nAdvance fee          $75.00\nYou will owe         $575.00\nRepay by             04/22/2025\n",
        // Twin: two pairs a line, as an OCR'd screen prints them.
        "Cash Advance          Store 12          04/01/2025\nCash to customer  $500.00     Fee for this loan  $75.00\nYou will owe  $575.00         Repay by  04/22/2025\n",
    ] {
        check(text, &B);
    }
}

#[test]
fn a_receipt_told_in_sentences_and_its_twin() {
    for text in [
        "Deferred deposit transaction\nOn April 1, 2025 we advanced you $500.00 in cash. Our fee for the advance is $75.00.\nYou agree to pay us back $575.00 by April 22, 2025.\n",
        // Twin: the fee inside the check, which is deposited on the due date.
        "PAYDAY LOAN RECEIPT\nLoan date: April 1, 2025\nYou borrowed $500.00. Your personal check for $575.00, which includes a service charge of $75.00, will be deposited on April 22, 2025.\n",
    ] {
        check(text, &B);
    }
}

#[test]
fn a_receipt_in_table_rows_wrapped_lines_and_full_width_digits() {
    for text in [
        "PAYDAY LOAN RECEIPT\n| Transaction date | 03/06/2025 |\n| Amount handed to you | $375.00 |\n| Our fee for this advance | $56.25 |\n| Amount due on your next payday | $431.25 |\n| Date your check will be deposited | 03/20/2025 |\n",
        // Twin: the sentence broken over lines before its figure and before its date.
        "QUICK LOANS\nTransaction date: 03/06/2025\nCash you receive today: $375.00\nOur fee for this\nadvance: $56.25\nYou must repay $431.25\non 03/20/2025.\n",
        // Twin: full-width digits.
        "Transaction date: ０３/０６/２０２５\nCash you receive today: $３７５.００\nOur fee for this advance: $５６.２５\nYou must repay $４３１.２５ on ０３/２０/２０２５\n",
    ] {
        check(text, &A);
    }
}

#[test]
fn the_due_date_told_with_the_total_reaches_the_term() {
    for text in [
        "MONEY STOP - PAYDAY LOAN RECEIPT\nDate of loan: March 6, 2025\nAmount handed to you: $375.00\nFinance charge (our fee): $56.25\nTotal of payments $431.25 (one payment, due 03/20/2025)\n",
        // Twin: the due date inside the label of the amount due.
        "MONEY STOP - PAYDAY LOAN RECEIPT\nTransaction Date: 03/06/2025\nCheck amount: $431.25\nAmount you receive: $375.00\nFee included in the check amount: $56.25\nAmount due on your next payday (03/20/2025): $431.25\n",
    ] {
        check(text, &A);
    }
}

#[test]
fn an_earned_wage_advance_repaid_from_the_next_pay() {
    for text in [
        "Earned wage advance confirmation\nRequest date: 05/02/2025\nAmount you get: $240.00\nInstant transfer fee: $30.00\nRepaid from your next paycheck on 05/16/2025: $270.00\n",
        // Twin: told in a sentence, the date spelled out.
        "Pay advance summary\nTransaction date: May 2, 2025\nCash you receive today: $240.00\nExpress delivery fee: $30.00\nYou will repay $270.00 on May 16, 2025, from your next pay.\n",
    ] {
        check(text, &C);
    }
}

#[test]
fn a_fee_inside_the_total_is_not_the_total() {
    // The fee's label ends in "check amount": it names a part, not the whole.
    for text in [
        "Deferred deposit receipt\nTransaction date: 03/06/2025\nCash you receive today: $375.00\nFee included in the check amount: $56.25\nDue date: 03/20/2025\n",
        "Deferred deposit receipt\nTransaction date: 03/06/2025\nAmount handed to you: $375.00\nCharge contained in your check amount ..... $56.25\nDue date: 03/20/2025\n",
    ] {
        let t = run(text);
        assert_ne!(
            t.total_of_payments.as_ref().map(|a| a.amount),
            Some(dec!(56.25)),
            "{text}"
        );
        assert!(
            t.fees.iter().any(|f| f.amount == Some(dec!(56.25))),
            "{text}"
        );
    }
}

#[test]
fn what_a_loan_costs_is_no_principal_and_no_second_charge() {
    // "Cost of this loan: $56.25" is the charge, not the amount lent.
    let t = run(
        "Transaction date 03/06/2025\nCost of this loan             $56.25\nRepay by                      03/20/2025\n",
    );
    assert_ne!(t.principal.as_ref().map(|a| a.amount), Some(dec!(56.25)));
    // An interest-bearing loan's "cost" is its interest told again, not a fee on top.
    let t = run(
        "PERSONAL LOAN AGREEMENT\nLoan amount: $3,000.00\nInterest rate: 24.00% per year\nTerm: 12 months, 12 monthly payments of $283.68\nThe cost of this loan is $404.16 in interest.\nDate: 04/01/2025\n",
    );
    assert!(t.fees.is_empty(), "{:?}", t.fees);
    // A charge on a returned check is not the sum repaid.
    let t = run(
        "PAYDAY LOAN RECEIPT\nTransaction date: 04/01/2025\nCash you receive today: $500.00\nYou will pay $25.00 if your check is returned, due on 04/22/2025.\nDue date: 04/22/2025\n",
    );
    assert_eq!(t.total_of_payments, None);
}

// ---------- a title run into the line before it ----------

#[test]
fn a_title_in_capitals_after_the_lenders_name_names_the_agreement() {
    for text in [
        // A PDF's text joins the lender's line and the title.
        "RIVER CITY FINANCE, INC. - Licensed lender No. 4471 CONSUMER LOAN AGREEMENT AND DISCLOSURE\nBorrower: Jo Park, 12 Elm St, Dayton, OH\nANNUAL PERCENTAGE RATE: 30.00%\nFINANCE CHARGE: $500.00\nAmount Financed: $2,000.00\nTotal of Payments: $2,500.00\n",
        // Twin: a renewal's title with its count in brackets, a disclosure heading below it.
        "BLUE DOOR CASH, LLC, Store 9 - LOAN EXTENSION AGREEMENT (Extension 2 of 4)\nExtension date: 05/01/2025\nEXTENDED LOAN - TRUTH IN LENDING DISCLOSURES\nAmount financed: $300.00\nFinance charge: $45.00\nTotal of payments: $345.00\nANNUAL PERCENTAGE RATE: 391.07%\nDue date: 05/15/2025 (one payment)\n",
    ] {
        let a = analyse(text);
        assert_eq!(
            a.report.document.as_ref().map(|d| d.kind),
            Some(DocumentKind::LoanContract),
            "{text}"
        );
    }
}
