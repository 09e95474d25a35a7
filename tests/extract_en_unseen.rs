#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English contracts (fresh corpus batch C), each tested
//! on wordings written for this file (not the corpus's), and with metamorphic rephrasings
//! (the same contract laid out another way must give the same terms). Expected APRs come from
//! an independent Python computation, given in the comments.

// The same reading helpers as the English extractor's own tests.
use crate::extract_en::{doc, run};

use loanlint::analysis::{AnalysisOptions, analyse_document_full};
use loanlint::check::Checker;
use loanlint::{FeeTiming, Frequency, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The terms that must not change when only the layout changes.
fn key(t: &Terms) -> String {
    format!(
        "principal {:?} term {:?} payment {:?} rate {:?} fees {:?}",
        t.principal.as_ref().map(|a| (a.amount, a.currency.clone())),
        t.term.as_ref().map(|x| (x.months, x.days)),
        t.payment.as_ref().map(|a| a.amount),
        t.rates
            .iter()
            .map(|r| (r.kind, r.value, r.per))
            .collect::<Vec<_>>(),
        t.fees
            .iter()
            .map(|f| (f.amount, f.timing))
            .collect::<Vec<_>>(),
    )
}

const ROWS: [(&str, &str); 5] = [
    ("Loan amount", "$4,500.00"),
    ("Term", "18 months"),
    ("Interest rate", "21.5% p.a. fixed"),
    ("Monthly repayment", "$292.31"),
    ("Setup charge (taken from the loan)", "$45.00"),
];

fn laid_out(sep: &str) -> String {
    let mut s = String::from("PERSONAL LOAN AGREEMENT\nLender: Orchard Street Credit LLC\n");
    for (label, value) in ROWS {
        s.push_str(&format!("{label}{sep}{value}\n"));
    }
    s
}

#[test]
fn label_value_rows_read_alike_with_bars_gaps_or_colons() {
    let layouts = [" | ", "    ", "\t", ": ", "| "];
    let base = run(&laid_out(layouts[0]));
    assert_eq!(base.principal.as_ref().unwrap().amount, dec!(4500.00));
    assert_eq!(base.term.as_ref().unwrap().months, Some(18));
    assert_eq!(base.payment.as_ref().unwrap().amount, dec!(292.31));
    let rate = base
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest)
        .unwrap();
    // "p.a." before the next row's "Monthly": the rate is a year's.
    assert_eq!((rate.value, rate.per), (dec!(21.5), Per::Year));
    let fee = base.fees.first().expect("the setup charge");
    assert_eq!(
        (fee.amount, fee.timing),
        (Some(dec!(45.00)), FeeTiming::UpfrontDeducted)
    );
    for sep in &layouts[1..] {
        let t = run(&laid_out(sep));
        assert_eq!(key(&t), key(&base), "layout {sep:?}");
    }
}

#[test]
fn every_other_weekday_is_biweekly_and_every_weekday_weekly() {
    let t = run(
        "Borrower: Ana Ruiz\nAmount of the loan: $1,300.00\nRepayment: 20 payments of $74.10, every other Tuesday, first one on 03/04/2025.\n",
    );
    assert_eq!(t.frequency.unwrap().frequency, Frequency::Biweekly);
    let t = run(
        "Loan amount: $600.00\nYou repay 10 payments of $66.00 every Monday starting 03/03/2025.\n",
    );
    assert_eq!(t.frequency.unwrap().frequency, Frequency::Weekly);
}

#[test]
fn interest_paid_in_arrears_then_principal_in_full_is_interest_only() {
    let texts = [
        "Clause 1. The Lender shall advance $24,000.00 to the Borrower on June 2, 2025.\nClause 2. Interest accrues at 7.5% per annum and is paid monthly in arrears.\nClause 3. The whole principal is repayable in full on June 2, 2026, twelve months after the funding date.\n",
        // Reordered, with the term first and "payable" for "paid".
        "Clause 1. The whole principal is repayable in full on June 2, 2026, twelve months after the funding date.\nClause 2. The Lender shall advance $24,000.00 to the Borrower on June 2, 2025.\nClause 3. Interest accrues at 7.5% per annum and is payable monthly in arrears.\n",
    ];
    for text in texts {
        let t = run(text);
        let rate = t.rates.first().expect("a rate");
        // "in arrears" here is the timing of interest, not a default.
        assert_eq!(
            (rate.kind, rate.value),
            (RateKind::Interest, dec!(7.5)),
            "{text}"
        );
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::InterestOnly),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
    }
    // Default interest "on sums in arrears" is still default interest.
    let t = run(
        "Interest is 9% per annum. If you fall into arrears, interest on the sums in arrears is charged at 14% per annum.\n",
    );
    assert!(
        t.rates
            .iter()
            .any(|r| r.kind == RateKind::Overdue && r.value == dec!(14)),
        "{:?}",
        t.rates
    );
}

#[test]
fn a_fee_named_in_prose_or_with_an_aside_is_read_with_its_timing() {
    let t = run(
        "The Lender lends £8,000.00 to the Borrower. A completion fee of £95.00 is due together with the final repayment.\n",
    );
    let fee = t.fees.first().expect("the completion fee");
    assert_eq!(
        (fee.amount, fee.timing),
        (Some(dec!(95.00)), FeeTiming::AtMaturity)
    );
    let t = run(
        "Advance amount:  $900.00\nVerification charge (paid by the borrower at signing)  $30.00\nOther fees: none.\nA late charge of $15.00 applies after 10 days.\n",
    );
    let names: Vec<(&str, FeeTiming)> =
        t.fees.iter().map(|f| (f.name.as_str(), f.timing)).collect();
    assert!(
        names.contains(&("Verification charge", FeeTiming::UpfrontPaid)),
        "{names:?}"
    );
    // "Other fees: none." takes no figure from the next sentence.
    assert_eq!(t.fees.len(), 2, "{names:?}");
    assert_eq!(t.principal.unwrap().amount, dec!(900.00));
}

#[test]
fn amount_financed_net_of_a_fee_paid_in_cash_leaves_the_principal_received() {
    let t = run(
        "Principal amount: $1,200.00\nLoan fee: $40.00, paid by the borrower in cash at closing\nAmount Financed: $1,160.00\n12 monthly payments of $110.00\n",
    );
    assert_eq!(t.disbursed.as_ref().unwrap().amount, dec!(1200.00));
    assert!(t.inferred.iter().any(|i| i.field == "disbursed"));
    // A fee taken from the loan: the amount financed is what is received.
    let t = run(
        "Principal amount: $1,200.00\nLoan fee: $40.00, deducted from the loan proceeds\nAmount Financed: $1,160.00\n12 monthly payments of $110.00\n",
    );
    assert_eq!(t.disbursed.as_ref().unwrap().amount, dec!(1160.00));
}

#[test]
fn dollars_of_a_canadian_contract_are_canadian() {
    let t = run(
        "Lender: Northern Pine Credit Union, Winnipeg, Manitoba\nLoan amount: $2,000.00\nTerm: 12 months\n",
    );
    assert_eq!(t.principal.unwrap().currency, "CAD");
    let t = run("Lender: Pine Credit LLC, Denver, CO 80202\nLoan amount: $2,000.00\n");
    assert_eq!(t.principal.unwrap().currency, "USD");
}

#[test]
fn place_and_date_line_and_the_lenders_place() {
    let t = run("Loan amount: EUR 3,000\nPlace and date: Lyon, 3 March 2025\n");
    assert_eq!(
        t.contract_date.unwrap().date,
        chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap()
    );
    let t = run(
        "FAST FUNDS - SINGLE PAYMENT LOAN\nStore 12, 410 Oak Avenue, Dayton OH 45402\nAmount Financed: $300.00\nTotal of Payments: $345.00\n",
    );
    assert!(
        t.jurisdiction_hints.iter().any(|h| h.code == "US-OH"),
        "{:?}",
        t.jurisdiction_hints
    );
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("place of business"))
    );
    // A borrower's address is not the lender's place.
    let t = run("Borrower: Jo Park, 12 Elm Street, Tulsa OK\nLoan amount: $300.00\n");
    assert!(
        t.assumptions
            .iter()
            .all(|a| !a.contains("place of business"))
    );
}

fn apr_of(text: &str) -> Decimal {
    let checker = Checker::load(&[]).unwrap();
    let a = analyse_document_full(&doc(text), &AnalysisOptions::default(), &checker);
    a.report.apr.expect("an APR").nominal_percent
}

#[test]
fn a_single_payment_over_a_term_stated_in_days_is_priced_in_days() {
    // Python: 68 / 400 × 365 / 31 = 200.16129 % (31 days, 1 March to 1 April: a whole month,
    // but the contract states days, and Reg Z App. J (b)(5)(vi) allows 365/days).
    let apr = apr_of(
        "SINGLE PAYMENT LOAN AGREEMENT\nLoan date: March 1, 2025\nAmount Financed: $400.00\nFinance Charge: $68.00\nTotal of Payments: $468.00\nDue date: April 1, 2025\nTerm of the loan: 31 days\nGoverning law: Ohio.\n",
    );
    assert!((apr - dec!(200.16129)).abs() < dec!(0.001), "{apr}");
}

#[test]
fn a_uk_monthly_loan_is_measured_in_equal_months() {
    // Python: 2400 = Σ_{k=1..12} 220 (1+X)^(−k/12) → X = 19.52884 % (12 equal months).
    let text = "FIXED SUM LOAN AGREEMENT regulated by the Consumer Credit Act 1974\nAmount of credit: £2,400.00\nRepayments: 12 monthly repayments of £220.00\nTotal amount payable: £2,640.00\nDate of agreement: 30 January 2025\n";
    let checker = Checker::load(&[]).unwrap();
    let a = analyse_document_full(&doc(text), &AnalysisOptions::default(), &checker);
    let apr = a.report.apr.expect("an APRC");
    assert_eq!(apr.method, "eu-aprc");
    assert!(
        (apr.effective_percent - dec!(19.52884)).abs() < dec!(0.001),
        "{}",
        apr.effective_percent
    );
}
