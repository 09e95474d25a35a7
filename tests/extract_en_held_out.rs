#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English contracts (fresh corpus batch D), each tested
//! on wordings written for this file (not the corpus's), with metamorphic rephrasings: the
//! same contract said another way must give the same terms. Expected APRs come from an
//! independent Python computation, given in the comments.

use crate::extract_en::{doc, run};

use loanlint::analysis::{Analysis, AnalysisOptions, analyse_document_full};
use loanlint::check::Checker;
use loanlint::extract::classify;
use loanlint::{DocumentKind, FeeKind, FeeTiming, LenderType, Per, RateKind, Severity};
use rust_decimal_macros::dec;

fn analyse(text: &str) -> Analysis {
    let checker = Checker::load(&[]).unwrap();
    analyse_document_full(&doc(text), &AnalysisOptions::default(), &checker)
}

fn kind_of(text: &str) -> DocumentKind {
    let d = doc(text);
    let t = loanlint::extract::extract(&d);
    classify(&d, d.language(), &t).kind
}

fn violations(a: &Analysis) -> Vec<String> {
    a.report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Violation)
        .map(|f| f.rule_id.clone())
        .collect()
}

// ---------- a fee kept back from the loan ----------

/// The same loan, its fee kept back from the money lent, in four wordings.
const HELD_BACK: [&str; 4] = [
    "PERSONAL LOAN AGREEMENT\nLender: Birchway Credit LLC\nYou borrow $2,500.00. We retain a $75.00 arrangement fee from it and send you the rest.\nYou repay in 12 monthly payments of $235.00.\nDate: March 3, 2025\n",
    "PERSONAL LOAN AGREEMENT\nLender: Birchway Credit LLC\nLoan amount | $2,500.00\nArrangement fee | $75.00, held back out of the loan amount\nRepayment | 12 monthly payments of $235.00\nDate | March 3, 2025\n",
    "PERSONAL LOAN AGREEMENT\nLender: Birchway Credit LLC\nThe loan amount is $2,500.00; what we pay you is that amount less the $75.00 arrangement fee. You repay in 12 monthly payments of $235.00.\nDate: March 3, 2025\n",
    "PERSONAL LOAN AGREEMENT\nLender: Birchway Credit LLC\nDate: March 3, 2025\nYou repay in 12 monthly payments of $235.00.\nThe arrangement fee of $75.00 is kept by the lender from the loan amount.\nYou borrow $2,500.00.\n",
];

#[test]
fn a_fee_kept_back_from_the_loan_is_deducted_in_every_wording() {
    for text in HELD_BACK {
        let t = run(text);
        let fee = t
            .fees
            .iter()
            .find(|f| f.kind == FeeKind::Origination)
            .unwrap_or_else(|| panic!("no arrangement fee in {text}: {:?}", t.fees));
        assert_eq!(
            (fee.amount, fee.timing),
            (Some(dec!(75.00)), FeeTiming::UpfrontDeducted),
            "{text}"
        );
        let a = analyse(text);
        let received = a.report.terms.disbursed.as_ref().unwrap().amount;
        assert_eq!(received, dec!(2425.00), "{text}");
        // Python: 2425 = Σ_{k=1..12} 235 / (1+i)^k → 12·i = 28.81918 % (Reg Z); with the fee
        // left in the amount received it would be 22.84182 %. (Within 0.01: the schedule's
        // last instalment takes the cents of rounding.)
        let apr = a.report.apr.as_ref().unwrap().nominal_percent;
        assert!((apr - dec!(28.81918)).abs() < dec!(0.01), "{apr} {text}");
    }
}

#[test]
fn the_amount_financed_does_not_make_a_withheld_fee_financed() {
    let t = run(
        "On May 2, 2025 Larkspur Lending LLC lends Dana Ortiz $3,000.00; the proceeds, minus a processing fee of $90.00 that the lender keeps, are paid to her, so that the amount financed is $2,910.00. She repays in 24 monthly installments of $150.00.\n",
    );
    let fee = t.fees.first().unwrap();
    assert_eq!(
        (fee.amount, fee.timing),
        (Some(dec!(90.00)), FeeTiming::UpfrontDeducted)
    );
    // A fee that really is financed stays so.
    let t = run(
        "Loan amount: $3,000.00\nProcessing fee: $90.00, added to the loan balance.\n24 monthly installments of $150.00.\n",
    );
    let fee = t.fees.first().unwrap();
    assert_ne!(fee.timing, FeeTiming::UpfrontDeducted);
}

// ---------- a default fee charged once ----------

/// A UK short-term loan whose default fee is £15 in all, in two wordings. Charges:
/// 3 × 153.00 − 300 = 159 ≤ 300 (the total cap), and £15 of default fees is at the cap.
fn uk_short_term(default_fee: &str) -> String {
    format!(
        "FIXED-SUM LOAN AGREEMENT (high-cost short-term credit)\nLender: Hollyfield Loans Ltd, FCA reference 700001\nAmount of credit: £300.00\nDuration: 3 months\nRepayments: 3 monthly repayments of £153.00, the first on 10 April 2025\nTotal amount payable: £459.00\nInterest rate: 0.58% a day, fixed\n{default_fee}\nDate of agreement: 10 March 2025\n"
    )
}

#[test]
fn a_default_fee_charged_once_is_not_multiplied_by_the_instalments() {
    for clause in [
        "If you miss a repayment we may add a one-off default charge of £15.00.",
        "Late payment: £15.00 default fee, charged only once.",
    ] {
        let text = uk_short_term(clause);
        let t = run(&text);
        let fee = t
            .fees
            .iter()
            .find(|f| f.amount == Some(dec!(15.00)))
            .unwrap();
        assert_eq!(fee.per, Some(Per::Once), "{clause}");
        let a = analyse(&text);
        let v = violations(&a);
        assert!(
            !v.contains(&"uk-hcstc-default-fee-cap".to_string()),
            "{clause}: {v:?}"
        );
    }
    // Charged for each missed repayment: 3 × £15 can reach £45, above the £15 cap.
    let text = uk_short_term("A default fee of £15.00 is charged for each missed repayment.");
    let a = analyse(&text);
    assert!(
        violations(&a).contains(&"uk-hcstc-default-fee-cap".to_string()),
        "{:?}",
        violations(&a)
    );
}

#[test]
fn a_daily_borrowing_rate_is_read_per_day() {
    for text in [
        uk_short_term("Missing payments: a default fee of £15.00 may be charged once."),
        uk_short_term("Missing payments: please see section 9.").replace(
            "Interest rate: 0.58% a day, fixed",
            "Borrowing rate (fixed): 0.58% per day on the outstanding balance",
        ),
    ] {
        let t = run(&text);
        let r = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .unwrap_or_else(|| panic!("no interest rate: {:?}\n{text}", t.rates));
        assert_eq!((r.value, r.per), (dec!(0.58), Per::Day), "{text}");
    }
}

// ---------- the lender of a promissory note ----------

#[test]
fn a_note_payable_to_an_individual_names_an_individual_lender() {
    let t = run(
        "PROMISSORY NOTE\n$5,000.00                  Oakland, California\n                           June 2, 2025\nFor value received, Sam Patel (\"Maker\") promises to pay to the order of Rosa Chen, an individual (\"Holder\"), the sum of $5,000.00 with interest at 11% per annum, in 10 equal monthly installments of $522.78.\n",
    );
    let lender = t.lender.unwrap();
    assert_eq!(lender.name.as_deref(), Some("Rosa Chen"));
    assert_eq!(lender.lender_type, LenderType::Individual);
}

// ---------- what the document is ----------

#[test]
fn a_pay_in_n_checkout_is_a_loan_contract() {
    for text in [
        "Pay in 3 with Plumleaf\nBasket total £90.00 at Moss & Fern Home\n£30.00 today, then £30.00 in 30 days and £30.00 in 60 days. Interest-free.\nMissed payment fee: £5.00\n",
        "Buy now, pay later - Plumleaf\nBasket total £90.00\nPay £30.00 today and 2 more payments of £30.00 a month apart.\n",
    ] {
        assert_eq!(kind_of(text), DocumentKind::LoanContract, "{text}");
    }
}

#[test]
fn a_statute_excerpt_is_other_even_under_a_lending_title() {
    // "Truth in Lending" alone would make the title a disclosure's; the law's sections and the
    // absence of any party make it a statute.
    let law = "TRUTH IN LENDING ACT, 15 U.S.C. 1601 ff. - SELECTED SECTIONS\n§ 1638. Transactions other than under an open end credit plan. (a) For each consumer credit transaction the creditor shall disclose the amount financed, the finance charge and the annual percentage rate of the loan.\n§ 1640. Civil liability. Any creditor who fails to comply with this part with respect to any person is liable to that person for twice the amount of any finance charge in connection with the loan.\n";
    assert_eq!(kind_of(law), DocumentKind::Other);
    // A contract that cites the same law has parties, and stays a contract.
    let contract = "LOAN AGREEMENT\nBorrower: Ana Silva\nLender: Ridge Credit LLC\nSection 1. You borrow $1,000.00 at 18% per year.\nSection 2. Disclosures are given under the Truth in Lending Act.\n";
    assert_eq!(kind_of(contract), DocumentKind::LoanContract);
}

#[test]
fn a_voucher_or_a_text_message_is_not_a_contract() {
    let voucher = "CASHBACK VOUCHER\nBorrower: Sam Cole\nThank you for repaying your loan with Fern Lending. This voucher takes £20.00 off the interest on your next loan of £500.00 or more.\n";
    assert_eq!(kind_of(voucher), DocumentKind::Other);
    let sms = "Fern Lending: your loan of $500.00 is approved at 29.9% APR, 6 monthly payments of $94.00. Reply YES to accept, STOP to opt out.";
    assert_eq!(kind_of(sms), DocumentKind::Other);
    // The same terms in an agreement are a contract.
    let agreement = "LOAN AGREEMENT\nLender: Fern Lending Ltd\nYour loan of $500.00 at 29.9% APR is repaid in 6 monthly payments of $94.00.\n";
    assert_eq!(kind_of(agreement), DocumentKind::LoanContract);
}

// ---------- principal, dates and term said other ways ----------

#[test]
fn a_promise_to_pay_a_company_named_with_inc_reads_the_principal() {
    for payee in [
        "Summit Ridge Lending, Inc. (\"Lender\")",
        "Summit Ridge Lending Co. (\"Lender\")",
        "Summit Ridge Lending LLC (\"Lender\")",
    ] {
        let text = format!(
            "INSTALLMENT NOTE\nOn April 10, 2025, the undersigned Borrower promises to pay to {payee} the sum of Three Thousand Five Hundred Dollars ($3,500.00), with interest at 19.5% per annum. An origination fee equal to five percent (5%) of the principal will be subtracted from the loan proceeds. Borrower will repay the loan in 18 monthly installments of $225.83.\n"
        );
        let a = analyse(&text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().unwrap().amount,
            dec!(3500.00),
            "{payee}"
        );
        // 5% of 3,500 = 175 kept back: 3,325 received.
        assert_eq!(
            t.disbursed.as_ref().unwrap().amount,
            dec!(3325.00),
            "{payee}"
        );
        // Python: 3325 = Σ_{k=1..18} 225.83 / (1+i)^k → 12·i = 26.47709 % (Reg Z).
        let apr = a.report.apr.as_ref().unwrap().nominal_percent;
        assert!((apr - dec!(26.47709)).abs() < dec!(0.01), "{apr} {payee}");
    }
}

#[test]
fn a_dotted_date_is_day_first() {
    for date in ["Date: 12.05.2025", "Date: 12 May 2025", "Date: 2025-05-12"] {
        let t = run(&format!(
            "LOAN AGREEMENT\nLender: Rheinbank Direkt AG, Cologne\nNet loan amount: $5,000.00\n{date}\n"
        ));
        assert_eq!(
            t.contract_date.unwrap().date,
            chrono::NaiveDate::from_ymd_opt(2025, 5, 12).unwrap(),
            "{date}"
        );
    }
}

#[test]
fn a_first_payment_a_month_after_signing_is_not_the_term() {
    for first in [
        "the first due one month after the date of this agreement",
        "starting one month after the date of this agreement",
    ] {
        let t = run(&format!(
            "LOAN AGREEMENT\nThe Lender lends the Borrower £2,000.00 at 12.9% a year. The Borrower repays it by 24 monthly instalments of £94.99, {first}.\n"
        ));
        let term = t.term.unwrap_or_else(|| panic!("no term: {first}"));
        assert_ne!(term.months, Some(1), "{first}");
    }
    // The due date of a single payment stated that way is the term.
    let t = run(
        "PROMISSORY NOTE\nBorrower promises to pay Lender $1,000.00 with interest at 8% per year, all due in one payment six (6) months after the date of this Note.\n",
    );
    assert_eq!(t.term.unwrap().months, Some(6));
}

#[test]
fn amounts_and_rates_written_only_in_words_are_read() {
    let words = "PERSONAL LOAN AGREEMENT\nLender: Maple Street Lending LLC\nAmount of loan: one thousand five hundred dollars\nInterest: eighteen percent per year\nRepayment: 12 monthly payments\n";
    let figures = "PERSONAL LOAN AGREEMENT\nLender: Maple Street Lending LLC\nAmount of loan: $1,500.00\nInterest: 18% per year\nRepayment: 12 monthly payments\n";
    for text in [words, figures] {
        let t = run(text);
        assert_eq!(t.principal.as_ref().unwrap().amount, dec!(1500), "{text}");
        let r = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .unwrap();
        assert_eq!((r.value, r.per), (dec!(18), Per::Year), "{text}");
    }
    // Cents in words; words followed by their figure leave the figure to be read.
    let t = run("The Lender lends the Borrower two hundred pounds and fifty pence today.\n");
    assert_eq!(t.principal.unwrap().amount, dec!(200.50));
    let t = run("The Lender lends the Borrower the sum of Two Hundred Dollars ($250.00) today.\n");
    assert_eq!(t.principal.unwrap().amount, dec!(250.00));
}
