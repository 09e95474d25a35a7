#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English documents (fresh corpus batch P, `en-u*`), each
//! tested on documents written for this file in other wordings and layouts than the corpus's,
//! with a rephrased twin that must give the same answer. Expected values come from an
//! independent Python `decimal` computation: `scripts/unseen_u_expected.py`.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::model::{DocumentKind, FeeTiming, RepaymentMethod};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

// ---------- the borrower's own address in a later column of its line ----------

// Python: $800 received, 10 biweekly payments of $150: periodic IRR x 26 = 349.2937%.
const TRIBAL_TO_ILLINOIS: [&str; 2] = [
    "RED CEDAR CREDIT, owned by the Makwa Band, a sovereign nation\nSHORT-TERM INSTALLMENT LOAN (tribal law governs)\nRef No. 4471    Customer: Dana Ruiz, 88 Lake Ave, Peoria, IL 61602    Date: 03/10/2025\nAmount Financed $800.00 | Total of Payments $1,500.00\nYou will repay in 10 payments of $150.00 every two weeks starting 03/24/2025.\nThe $800.00 is sent by ACH to your bank account on 03/10/2025. No fees.\nDisputes go to the Tribal Court of the Makwa Band.\n",
    // Said another way: columns set off by bars, the state in words, the clauses reordered.
    "Any dispute belongs to the tribal court. RED CEDAR CREDIT (a sovereign nation's lender)\nLoan Agreement\nAccount 4471 | Borrower: Dana Ruiz, 88 Lake Ave, Peoria, Illinois 61602 | Date: 03/10/2025\nAmount Financed $800.00 | Total of Payments $1,500.00\nRepayment: 10 payments of $150.00 every two weeks, the first on 03/24/2025.\nWe deposit $800.00 to your bank account on 03/10/2025. No fees are charged.\n",
];

#[test]
fn a_borrowers_address_in_a_later_column_brings_the_states_cap_whatever_law_the_lender_names() {
    for text in TRIBAL_TO_ILLINOIS {
        let t = run(text);
        assert_eq!(
            t.borrower_state.as_ref().map(|b| b.code.as_str()),
            Some("US-IL"),
            "{text}"
        );
        let a = analyse(text);
        near(apr(&a), dec!(349.2937), text);
        assert!(
            violations(&a).iter().any(|v| v == "us-il-pla-apr-above-36"),
            "{text}: {:?}",
            violations(&a)
        );
    }
    // A PDF's text closes the column gaps to one blank: the next label ends the cell.
    let collapsed = TRIBAL_TO_ILLINOIS[0].replace("    ", " ");
    assert_eq!(
        run(&collapsed).borrower_state.map(|b| b.code),
        Some("US-IL".to_string()),
        "{collapsed}"
    );
    // The place in the next column is the lender's, not the borrower's.
    let t = run(
        "LOAN AGREEMENT\nRef 12   Borrower: Dana Ruiz    Lender: Acme Loans, Peoria, IL\nAmount Financed $800.00\n",
    );
    assert!(t.borrower_state.is_none(), "{:?}", t.borrower_state);
}

// ---------- the lender's town and state closing the document's title line ----------

// Python: $1,000 lent, $100 withheld, $900 received, 12 monthly payments of $95.00:
// periodic IRR x 12 = 46.0609%.
const TITLE_PLACE: [&str; 2] = [
    "QUICKBUCK CASH - Installment Loan Agreement, Rockford, Illinois\nBorrower: Lee Park          Loan date: 04/01/2025\nLoan amount $1,000.00; processing fee $100.00 deducted; you receive $900.00\nPayments: 12 monthly payments of $95.00 beginning 05/01/2025\n",
    // Said another way: a dotted title line, a state code, the figures in another order.
    "Cash Barn · Consumer Loan · Joliet, IL\nLoan date: 04/01/2025     Borrower: Lee Park\nYou will make 12 monthly payments of $95.00, the first on 05/01/2025.\nLoan amount: $1,000.00. A processing fee of $100.00 is deducted, so $900.00 is paid to you.\n",
];

#[test]
fn a_title_line_ending_in_a_town_and_state_places_the_lender() {
    for text in TITLE_PLACE {
        let a = analyse(text);
        near(apr(&a), dec!(46.0609), text);
        assert!(
            violations(&a).iter().any(|v| v == "us-il-pla-apr-above-36"),
            "{text}: {:?}",
            violations(&a)
        );
    }
    // A title line with a label is a field, not the lender's place.
    let t = run("Customer: Lee Park, Joliet, Illinois\nLoan amount: $1,000.00\n");
    assert!(
        t.jurisdiction_hints.iter().all(|h| h.code != "US-IL") || t.borrower_state.is_some(),
        "{:?}",
        t.jurisdiction_hints
    );
}

// ---------- a fee labelled at the head of a sentence in mid-line ----------

// Python: $400 received, 10% a year for 14 days = 1.53 (400 x 0.10 x 14 / 365 = 1.534, cents half up),
// one payment of 400 + 1.53 + 105 = 506.53: (506.53 / 400 - 1) x 365 / 14 = 694.3473%.
const MID_LINE_FEE: [&str; 2] = [
    "FASTFUNDS OF TEXAS, LLC - Credit Access Business\nCustomer: Ana Cole, Waco, TX          Date: 06/02/2025\nAmount Financed $400.00. Your schedule: one payment of $506.53 due 06/16/2025.\nLender interest: 10% per year = $1.53. CAB fee payable to FastFunds: $105.00, due with your payment.\nThe $400.00 is handed to you in cash today.\n",
    // Said another way: the fee's payee in brackets, the clauses reordered.
    "FASTFUNDS OF TEXAS, LLC - Credit Access Business\nCustomer: Ana Cole, Waco, TX          Date: 06/02/2025\nThe $400.00 is handed to you in cash today. Lender's interest at 10% a year: $1.53. Broker charge (paid to FastFunds): $105.00, due with your payment.\nAmount Financed $400.00. One payment of $506.53 due 06/16/2025.\n",
];

#[test]
fn a_fee_labelled_mid_line_is_read_with_its_timing() {
    for text in MID_LINE_FEE {
        let t = run(text);
        let fee: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.amount == Some(dec!(105.00)))
            .collect();
        assert_eq!(fee.len(), 1, "{text}: {:?}", t.fees);
        assert_eq!(fee[0].timing, FeeTiming::AtMaturity, "{text}");
        near(apr(&analyse(text)), dec!(694.3473), text);
    }
}

// ---------- a fee "taken out" and "the remaining" amount paid on ----------

// Python: $1,200 lent, $24 taken out, $1,176 received, 12 monthly payments of $108.00:
// periodic IRR x 12 = 18.3292%.
const TAKEN_OUT: [&str; 2] = [
    "SAVINGS STARTER LOAN - Maple Ridge Credit Union, Dayton, Ohio\nHow much are you borrowing? $1,200.00. A one-off setup fee of $24.00 is taken out, and the remaining $1,176.00 goes into a locked savings account on May 5, 2025.\nHow do I repay? 12 monthly payments of $108.00, starting June 5, 2025.\n",
    // Said another way: the fee is charged and the rest named in brackets.
    "SAVINGS STARTER LOAN - Maple Ridge Credit Union, Dayton, Ohio\nLoan amount: $1,200.00. We charge a $24.00 setup fee, and the rest ($1,176.00) is placed in a locked savings account on May 5, 2025.\nRepayment: starting June 5, 2025, 12 monthly payments of $108.00.\n",
];

#[test]
fn a_fee_taken_out_leaves_the_remaining_amount_paid_out() {
    for text in TAKEN_OUT {
        let t = run(text);
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(1176.00)),
            "{text}"
        );
        let fee: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.amount == Some(dec!(24.00)))
            .collect();
        assert_eq!(fee.len(), 1, "{text}: {:?}", t.fees);
        assert_eq!(fee[0].timing, FeeTiming::UpfrontDeducted, "{text}");
        near(apr(&analyse(text)), dec!(18.3292), text);
    }
}

// ---------- a schedule of numbered rows ----------

// Python: $1,000 received, 6 monthly payments of $175.00: periodic IRR x 12 = 16.9449%.
fn numbered(row: impl Fn(usize, &str) -> String) -> String {
    let dates = [
        "04/15/2025",
        "05/15/2025",
        "06/15/2025",
        "07/15/2025",
        "08/15/2025",
        "09/15/2025",
    ];
    let rows: Vec<String> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| row(i + 1, d))
        .collect();
    format!(
        "INSTALLMENT LOAN AGREEMENT\nDate: 03/15/2025\nAmount paid to you: $1,000.00 on 03/15/2025. No fees.\nPayment schedule:\n{}\nTotal of payments: $1,050.00\n",
        rows.join("\n")
    )
}

#[test]
fn a_schedule_of_numbered_rows_is_read_whole() {
    let texts = [
        numbered(|i, d| format!("  {i}. {d}     $175.00")),
        // Said another way: the row's number set off by a dash.
        numbered(|i, d| format!("#{i} - {d} - $175.00")),
    ];
    for text in &texts {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(6), "{text}");
        assert_eq!(t.term.as_ref().and_then(|t| t.months), Some(6), "{text}");
        near(apr(&analyse(text)), dec!(16.9449), text);
    }
}

// ---------- an advance named as a product, repaid from money expected on an estimated date ----------

// Python: $900 paid out 2025-02-10, $900 repaid 2025-03-03: 21 days, APR 0.
const PRODUCT_ADVANCE: [&str; 2] = [
    "Subject: You're approved\nDate: February 10, 2025\n\nHi Sam,\nRiver Bank approved your Tax Refund Loan of $900.00, paid to your card today, February 10, 2025.\nANNUAL PERCENTAGE RATE: 0.00%. Finance charge: $0.00. There is no fee.\nWe take repayment out of your refund, expected around March 3, 2025.\n",
    // Said another way: another product's name, the repayment told before the amount.
    "Subject: Your advance\nDate: February 10, 2025\n\nHi Sam,\nThe loan is collected from your tax refund, which is expected to arrive on or about March 3, 2025.\nRiver Bank approved your Settlement Advance of $900.00 today, February 10, 2025. No fee; ANNUAL PERCENTAGE RATE: 0.00%; FINANCE CHARGE $0.00.\n",
];

#[test]
fn a_product_named_advance_repaid_on_an_estimated_date_is_one_payment() {
    for text in PRODUCT_ADVANCE {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(900.00)),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|t| t.days), Some(21), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
        assert!(
            t.assumptions.iter().any(|a| a.contains("estimate")),
            "{text}: {:?}",
            t.assumptions
        );
        near(apr(&analyse(text)), dec!(0), text);
    }
}

// ---------- a disclosure title qualified by a remark in brackets ----------

#[test]
fn a_disclosure_title_with_a_remark_in_brackets_is_a_disclosure() {
    for title in [
        "Initial Disclosure Statement (Cost of Borrowing Regulation, O. Reg. 17/05)",
        // Said another way: another province's form, its remark shorter.
        "DISCLOSURE STATEMENT - COST OF BORROWING (Business Practices and Consumer Protection Act)",
    ] {
        let text = format!(
            "MAPLEWAY LENDING - British Columbia\n{title}\nBorrower: Ravi Shah    Date: June 1, 2025\nPrincipal: $2,000.00 CAD\nTerm: 12 months    Interest rate: 19.99% per annum\n"
        );
        let a = analyse(&text);
        assert_eq!(
            a.report.document.as_ref().map(|d| d.kind),
            Some(DocumentKind::LoanDisclosure),
            "{text}"
        );
    }
}

// ---------- a purchase on a card's deferred-interest promotion ----------

// Python: 1,800 / 6 = 300.00 a month pays it off at 0%: APR 0; 6 months, 6 payments.
const DEFERRED_INTEREST: [&str; 2] = [
    "BRIGHTSMILE CARD - PROMOTIONAL PURCHASE RECEIPT\nMerchant: Oak Vet Clinic, Tulsa OK     Cardholder: R. Diaz     03/04/2025\nService: surgery          Charged to card: $1,800.00\nSpecial financing: no interest if the balance is paid in full in 6 months.\nSuggested monthly payment to pay off in time: $300.00\nMinimum payment due: $45.00\nIf the promotional balance is not paid in full within 6 months, interest is charged from the purchase date at the standard purchase APR of 29.99%.\n",
    // Said another way: the months in words, other labels, the rate told before the plan.
    "HealthPay card - deferred interest purchase, 03/04/2025\nStandard purchase APR 29.99% applies from the purchase date if the promotional balance is not paid in full in time.\nPurchase amount: $1,800.00 (veterinary surgery)\nNo interest if paid in full within six months. Recommended monthly payment: $300.00. Minimum payment due: $45.00.\n",
];

#[test]
fn a_deferred_interest_purchase_is_credit_paid_off_in_equal_parts_within_the_promotion() {
    for text in DEFERRED_INTEREST {
        let a = analyse(text);
        assert_eq!(
            a.report.document.as_ref().map(|d| d.kind),
            Some(DocumentKind::LoanContract),
            "{text}"
        );
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(1800.00)),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|t| t.months), Some(6), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(6), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(300.00)),
            "{text}"
        );
        // The account's standard rate applies only if the purchase is not paid off in time.
        assert!(
            t.assumptions.iter().any(|a| a.contains("29.99")),
            "{text}: {:?}",
            t.assumptions
        );
        near(apr(&a), dec!(0), text);
    }
}

// ---------- a simple-interest sales contract whose APR is its contract rate ----------

// Python: $8,000 financed at 9.99% a year, 36 monthly payments: 258.10 (cents half up),
// total 9,291.60; the APR of those flows is 9.99%.
const SIMPLE_INTEREST_SALE: [&str; 2] = [
    "SIMPLE INTEREST RETAIL INSTALLMENT CONTRACT (OHIO)\nSeller-Creditor: Lakeshore Boats, Sandusky OH    Buyer: Jo Kim    Date: 04/12/2025\nANNUAL PERCENTAGE RATE 9.99%   FINANCE CHARGE $1,291.60   Amount Financed $8,000.00\nTotal of Payments $9,291.60\nPayment schedule: 36 monthly payments of $258.10 beginning 05/12/2025.\nCash price $10,000.00; down payment $2,000.00; unpaid balance $8,000.00.\n",
    // Said another way: the simple-interest words in a clause, the boxes in another order.
    "RETAIL INSTALLMENT CONTRACT - Lakeshore Boats, Sandusky OH    Buyer: Jo Kim    Date: 04/12/2025\nAmount Financed $8,000.00 | Total of Payments $9,291.60 | FINANCE CHARGE $1,291.60 | ANNUAL PERCENTAGE RATE 9.99%\nYou will pay 36 monthly payments of $258.10, the first on 05/12/2025.\nThis is a simple-interest contract: finance charges accrue daily on the unpaid balance.\n",
];

#[test]
fn a_simple_interest_contract_financing_its_whole_principal_has_the_apr_as_its_rate() {
    for text in SIMPLE_INTEREST_SALE {
        let t = run(text);
        let rates: Vec<_> = t.rates.iter().map(|r| (r.value, r.per, r.kind)).collect();
        assert_eq!(
            rates,
            vec![(
                dec!(9.99),
                loanlint::model::Per::Year,
                loanlint::model::RateKind::Interest
            )],
            "{text}"
        );
        near(apr(&analyse(text)), dec!(9.99), text);
    }
}
