#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! English extraction by class of layout and wording: value-first offer cards, signing dates
//! in their many places, bare labels, ticked boxes, drawn payment tables, promissory-note
//! single payments, template blanks. Each wording here is written for the test, not taken
//! from a corpus file.

use crate::common;

use std::path::Path;

use chrono::NaiveDate;
use loanlint::extract::en::extract;
use loanlint::read::{Document, SourceKind};
use loanlint::{FeeKind, FeeTiming, Frequency, Per, RepaymentMethod, Terms};
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
fn value_first_offer_card() {
    let t = run(
        "Pre-approved offer\nNorthgate Credit\n\n£8,400.00 Amount to borrow\n£262.18 Monthly repayment\n36 months\n7.4% Interest rate (fixed)\n8.1% APR\n£150 Arrangement Fee (taken from the amount borrowed)\n£8,250.00 Paid into your bank account\n",
    );
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(8400.00)));
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(8250.00)));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(262.18)));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(36));
    // 36 months of a stated monthly repayment: 36 payments, level.
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(36));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::EqualInstallment)
    );
    // The interest rate is not the APR on the next line.
    assert_eq!(t.rates.first().map(|r| r.value), Some(dec!(7.4)));
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(8.1)));
    let fee = t.fees.iter().find(|f| f.kind == FeeKind::Origination);
    assert_eq!(fee.and_then(|f| f.amount), Some(dec!(150)));
    assert_eq!(fee.map(|f| f.timing), Some(FeeTiming::UpfrontDeducted));
}

#[test]
fn signing_date_in_its_usual_places() {
    let cases = [
        // A "Date:" row after a name on the line before.
        (
            "LOAN AGREEMENT\nBorrower: Ann Lee\nDate: 04/09/2024\nLoan amount: $900.00\n",
            date(2024, 4, 9),
        ),
        // Accepted / signed at the foot.
        (
            "Loan amount: $900.00 repayable in 9 monthly payments of $105.00.\n\nThe borrower signed on 2 May 2024 in Leeds.\n",
            date(2024, 5, 2),
        ),
        (
            "Loan amount: $900.00.\nApproved and accepted on 07/01/2024 by the Borrower.\n",
            date(2024, 7, 1),
        ),
        // SECCI: date of the offer.
        (
            "Total amount of credit: £1,000.00\nOffer date: 3rd of June 2024\n",
            date(2024, 6, 3),
        ),
        // A heading line with a place and a date.
        (
            "PROMISSORY NOTE\n\n$4,000.00            Boise, Idaho, October 2, 2023\n\nI promise to pay $4,000.00.\n",
            date(2023, 10, 2),
        ),
    ];
    for (text, want) in cases {
        let t = run(text);
        assert_eq!(t.contract_date.as_ref().map(|d| d.date), want, "{text}");
    }
    // A due date in the heading is not the signing date.
    let t = run("CASH ADVANCE\nPayment due 05/30/2024\nAmount financed $200.00\n");
    assert_ne!(t.contract_date.as_ref().map(|d| d.date), date(2024, 5, 30));
}

#[test]
fn funding_date_stands_in_for_an_unwritten_signing_date() {
    let t = run(
        "SHORT-TERM LOAN\nStore 12\n\nAmount financed: $250.00\nFinance charge: $37.50\nDate funded: 11/04/2024\nPayment due date: 11/22/2024\n",
    );
    assert_eq!(t.contract_date.as_ref().map(|d| d.date), date(2024, 11, 4));
    assert!(
        t.assumptions.iter().any(|a| a.contains("no signing date")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn loan_verb_with_a_party_between_and_initials_in_names() {
    let t = run(
        "On this day Harbor Bank agreed to lend Jo M. Park (the Borrower) $6,250.00 for 18 months at 9% per annum, the Borrower receives $6,250.00.",
    );
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(6250.00)));
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(6250.00)));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
    let t = run(
        "FOR VALUE RECEIVED, the maker promises to pay to the order of T. R. Olsen the sum of SIX THOUSAND DOLLARS ($6,000.00) with interest.",
    );
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(6000.00)));
    // A grace period is not a term.
    let t = run("A fee of $20 applies if a payment is late for 10 days.");
    assert!(t.term.is_none(), "{:?}", t.term);
}

#[test]
fn bare_principal_label_and_duration_label() {
    let t = run("SCHEDULE\nPrincipal $2,400.00 at 12% simple interest\nDuration: 6 months\n");
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(2400.00)));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6));
}

#[test]
fn rate_with_adjectives_before_its_period() {
    let t = run(
        "Total amount of credit: £2,000.00\nInstalments: 12, monthly\nBorrowing rate: 11.2% fixed nominal per annum\n",
    );
    let r = t.rates.first().unwrap();
    assert_eq!((r.value, r.per), (dec!(11.2), Per::Year));
}

#[test]
fn ticked_box_decides_the_frequency() {
    let t = run(
        "Repayment: ☐ Weekly ☐ Fortnightly ☑ Monthly\nLoan amount: $3,000.00\n24 payments of $140.00\n",
    );
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
    let t = run("How often: ( ) weekly payments (X) monthly payments\nLoan amount: $3,000.00\n");
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
}

#[test]
fn drawn_payment_table_counts_its_runs() {
    let t = run(
        "Payment schedule:\n| No. of Payments | Payment | Due |\n|---|---|---|\n| 11 | $90.12 | Monthly from June 1, 2024 |\n| 1 | $90.20 | May 1, 2025 |\n",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
}

#[test]
fn whole_debt_due_at_once_is_one_payment() {
    let t = run(
        "Dated March 3, 2024.\nI promise to pay $1,500.00 with interest at 10% per year. All of the principal together with accrued interest shall be due and payable on March 3, 2025.\n",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::Bullet)
    );
    // From the 3rd of March to the 3rd of March a year on: twelve whole months.
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    // A due date off the month's day is a term in days.
    let t = run(
        "Dated March 3, 2024.\nThe entire principal with interest is payable in full on April 20, 2024.\nLoan amount: $800.00\n",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(48));
}

#[test]
fn fee_with_a_template_blank_is_listed_without_amount() {
    let t = run(
        "LOAN AGREEMENT\nAmount: {{amount}}\nSet-up fee: [____], deducted from the loan proceeds.\n",
    );
    let fee = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Origination)
        .unwrap();
    assert!(fee.amount_blank && fee.amount.is_none() && fee.percent.is_none());
    assert_eq!(fee.timing, FeeTiming::UpfrontDeducted);
}

#[test]
fn a_state_statute_names_the_state() {
    let t = run(
        "CASH LOAN\nAmount financed: $500.00\nThis loan is made and licensed under the Ohio Short-Term Loan Act.\n",
    );
    assert!(
        t.jurisdiction_hints.iter().any(|h| h.code == "US-OH"),
        "{:?}",
        t.jurisdiction_hints
    );
    // A note payable on demand has no count of payments.
    let t = run("I promise to pay $2,000.00 with interest at 6% per year, payable on demand.\n");
    assert!(t.installments.is_none(), "{:?}", t.installments);
}

#[test]
fn two_cell_table_rows_read_as_label_and_value() {
    let t = run(
        "SUMMARY OF YOUR LOAN\n| Amount of credit | £2,250.00 |\n| Duration | 18 months |\n| Monthly instalment | £149.02 |\n| Borrowing rate | 19.9% p.a. |\n",
    );
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(2250.00)));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(149.02)));
    assert_eq!(
        t.rates.first().map(|r| (r.value, r.per)),
        Some((dec!(19.9), Per::Year))
    );
}

#[test]
fn space_aligned_payment_table_counts_its_runs() {
    let t = run(
        "Payment schedule\n   No. of Payments     Amount     Due\n   23                  $88.10     Monthly from 02/01/2025\n   1                   $88.35     01/01/2027\n",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24));
}

#[test]
fn ticked_term_and_form_payment_row() {
    let t = run(
        "Loan amount: $2,000.00\nRepayment term: [ ] 6 months [x] 9 months [ ] 12 months\nPayment: $238.60 each month\n",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(9));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(238.60)));
}

#[test]
fn short_loan_wordings_of_amount_funding_and_due_day() {
    let t = run(
        "QUICK CASH\nWe lend you $350.00 today.\nThe loan is repayable in full 21 days from today.\n",
    );
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(350.00)));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(21));
    let t = run(
        "You are borrowing £200.00, paid into your bank account on 2 March 2025.\nRepay in full on 16 March 2025.\n",
    );
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(200.00)));
    assert_eq!(
        t.disbursement_date.as_ref().map(|d| d.date),
        date(2025, 3, 2)
    );
    assert_eq!(t.maturity_date.as_ref().map(|d| d.date), date(2025, 3, 16));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
}

#[test]
fn a_governing_law_clause_with_several_law_words_names_its_state() {
    // "Governing Law." and "governed by" both stand before "the laws of the State of": the
    // whole clause is searched, not a window cut between them.
    let t = run(
        "LOAN AGREEMENT\nThe Lender lends you $1,000.00.\n12. Governing Law. This Note shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict-of-laws rules.\n",
    );
    assert!(
        t.jurisdiction_hints.iter().any(|h| h.code == "US-NY"),
        "{:?}",
        t.jurisdiction_hints
    );
}

// Schedules: dated payment lists, glued app screens, "when due" columns, single payments
// due a span after the loan's date, fees at maturity or paid at closing, the borrower's state.

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
    let codes = hint_codes(&t);
    assert!(codes.contains(&"US-NV"), "{codes:?}");
    let t = run(
        "Borrower: Eve Stone, 2 Hill Rd, Boise, ID 83702\nThis note is governed by the laws of the State of Oregon.\nLoan amount: $900.00\n",
    );
    let codes = hint_codes(&t);
    // The governing law decides; the borrower's state is kept apart for the rules.
    assert!(
        codes.contains(&"US-OR") && !codes.contains(&"US-ID"),
        "{codes:?}"
    );
    assert_eq!(t.borrower_state.map(|s| s.code).as_deref(), Some("US-ID"));
}

fn hint_codes(t: &Terms) -> Vec<&str> {
    t.jurisdiction_hints
        .iter()
        .map(|h| h.code.as_str())
        .collect()
}
