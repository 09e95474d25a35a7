#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! English extraction by class of schedule wording: dated payment lists (pay-in-4, printed
//! amortisation tables), glued app screens, frequencies in a payment table's "when due"
//! column, single payments due a span after the loan's date, fees at maturity or paid at
//! closing. Each wording here is written for the test, not taken from a corpus file.

mod common;

use std::path::Path;

use chrono::NaiveDate;
use loanlint::extract::en::extract;
use loanlint::read::{Document, SourceKind};
use loanlint::{FeeTiming, Frequency, RepaymentMethod, Terms};
use rust_decimal_macros::dec;

fn run(text: &str) -> Terms {
    let d = Document::from_text(Path::new("contract.txt"), SourceKind::Text, text);
    let t = extract(&d);
    common::evidence::assert_quotes(&d.text, &t);
    t
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn a_dated_list_after_a_deposit_is_a_weekly_schedule() {
    let t = run(
        "Split-it plan for your sofa\nAgreement date: 2 June 2025\nPurchase price: £480.00\nDeposit at checkout: £120.00\nThe rest in weekly parts:\n  Instalment 1 - £90.00 due 9 June 2025\n  Instalment 2 - £90.00 due 16 June 2025\n  Instalment 3 - £90.00 due 23 June 2025\n  Instalment 4 - £90.00 due 30 June 2025\nNo interest is charged.\n",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(4));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(90.00)));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Weekly)
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
    assert_eq!(t.maturity_date.as_ref().map(|d| d.date), date(2025, 6, 30));
    // The price less the deposit is the credit.
    let principal = t.principal.as_ref().unwrap();
    assert_eq!(principal.amount, dec!(360.00));
    assert!(principal.derived);
    assert_eq!(t.stated_schedule.len(), 4);
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::EqualInstallment)
    );
}

#[test]
fn a_printed_amortisation_table_gives_count_and_columns() {
    let t = run(
        "INSTALMENT NOTE\nLender: Prairie Lending Co.\nAmount of the loan: $1,000.00, repayable monthly as below.\n\n#   Date          Interest   Principal   Payment\n1   03/15/2025      10.00      330.02     340.02\n2   04/15/2025       6.70      333.32     340.02\n3   05/15/2025       3.37      336.66     340.03\n",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(3));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(340.02)));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
    let rows = &t.stated_schedule;
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0].interest, Some(dec!(10.00)));
    assert_eq!(rows[0].principal, Some(dec!(330.02)));
    assert_eq!(rows[2].total, Some(dec!(340.03)));
    assert_eq!(
        t.first_payment_date.as_ref().map(|d| d.date),
        date(2025, 3, 15)
    );
}

#[test]
fn a_glued_app_screen_reads_count_and_fortnightly_frequency() {
    let t = run(
        "QuickFund\nBorrow$900.00Instalment Amount$61.20No. of Instalments16Repayment FrequencyEvery two weeksFirst Due12/05/2025\n",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(16));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Biweekly)
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(224));
}

#[test]
fn a_payment_table_when_due_column_names_the_frequency() {
    let t = run(
        "Payment Schedule\n  No. of Payments    Amount of Each     Payments Are Due\n  23                 $88.10             Weekly starting 04/07/2025\n  1                  $87.95             09/15/2025\n",
    );
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Weekly)
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(168));
}

#[test]
fn a_single_payment_due_a_span_after_the_loan_is_a_bullet() {
    let t = run(
        "Cash Now Agreement\nDate: 3 March 2025\nYou borrow $250.00. The loan must be repaid in full 21 days after today.\nTotal due: $287.50\n",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(21));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::Bullet)
    );
}

#[test]
fn a_term_counted_from_the_note_date() {
    let t = run(
        "NOTE\nDated: June 1, 2025\nI promise to pay to Ana Lee the principal sum of $6,000.00 with simple interest at 5% per year. Principal and interest are payable in one payment of $6,450.00 on March 1, 2027, twenty-one (21) months after the date of this note.\n",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(21));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
}

#[test]
fn fees_at_maturity_and_paid_at_closing() {
    let t = run(
        "Loan summary\nLoan amount: $2,000.00\nInstant transfer fee: $12.00, added to your final repayment.\nRecording fee: $18.00 paid in cash at closing (not financed).\n",
    );
    let timing = |name: &str| {
        t.fees
            .iter()
            .find(|f| f.name.to_ascii_lowercase().contains(name))
            .map(|f| (f.amount, f.timing))
    };
    assert_eq!(
        timing("transfer"),
        Some((Some(dec!(12.00)), FeeTiming::AtMaturity))
    );
    assert_eq!(
        timing("recording"),
        Some((Some(dec!(18.00)), FeeTiming::UpfrontPaid))
    );
}

#[test]
fn the_borrowers_state_comes_from_the_borrowers_address() {
    let t = run(
        "PERSONAL LOAN AGREEMENT\nLender: Lakeshore Credit LLC, 10 Pier Rd, Chicago, Illinois\nBorrower: Nora Quinn, 88 Elm Street, Boise, ID 83702        Date: 05/01/2025\nLoan amount: $2,500.00\n",
    );
    let state = t.borrower_state.as_ref().unwrap();
    assert_eq!(state.code, "US-ID");
    assert!(state.evidence.text.starts_with("Borrower: Nora Quinn"));
    let t = run("Customer address: 4 Oak Lane, Salem, Oregon\nAmount: $300.00\n");
    assert_eq!(t.borrower_state.map(|s| s.code).as_deref(), Some("US-OR"));
    // A city with no state, or the lender's line, names no borrower state.
    let t = run("Borrower: Nora Quinn, Springfield\nLender: Acme Loans, Austin, TX\n");
    assert!(t.borrower_state.is_none());
}

#[test]
fn a_held_check_and_an_amount_due_are_the_total_repaid() {
    let t = run(
        "CHECK ADVANCE\nDate of advance: 04/02/2025\nWe will hold your cheque #2231 in the amount of $230.00 and will not present it before 04/18/2025.\nCash to you: $200.00\n",
    );
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(230.00))
    );
    let t = run(
        "Single Payment Loan\nLoan date: 04/02/2025\nAmount due on the maturity date: $1,150.00\nPrincipal: $1,000.00\n",
    );
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(1150.00))
    );
}

#[test]
fn a_place_of_making_or_the_borrowers_home_names_the_state_when_no_law_does() {
    let t = run(
        "INSTALLMENT NOTE\n$3,000.00                         Reno, Nevada\nMarch 2, 2025\nThe undersigned promises to pay $3,000.00 to Al Park in 10 monthly payments of $310.00.\n",
    );
    let codes: Vec<&str> = t
        .jurisdiction_hints
        .iter()
        .map(|h| h.code.as_str())
        .collect();
    assert!(codes.contains(&"US-NV"), "{codes:?}");
    let t = run(
        "Borrower: Eve Stone, 2 Hill Rd, Boise, ID 83702\nThis note is governed by the laws of the State of Oregon.\nLoan amount: $900.00\n",
    );
    let codes: Vec<&str> = t
        .jurisdiction_hints
        .iter()
        .map(|h| h.code.as_str())
        .collect();
    // The governing law decides; the borrower's state is kept apart for the rules.
    assert!(
        codes.contains(&"US-OR") && !codes.contains(&"US-ID"),
        "{codes:?}"
    );
    assert_eq!(t.borrower_state.map(|s| s.code).as_deref(), Some("US-ID"));
}
