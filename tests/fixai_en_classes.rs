#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure of the held-out batch AI (`en-ai*`), each tested on documents written
//! for this file in wordings unlike the corpus's: a short loan's length named in a heading or
//! a row and a single repayment "in one payment on <ordinal date>"; a borrower the contract
//! itself says is a covered borrower under the Military Lending Act; a sum the lender keeps
//! at payout for a purpose; a signed one-paragraph agreement that embeds its federal
//! disclosures; a title in capitals beside a field with two spaces between (a PDF's text).
//! Expected values by Python decimal arithmetic, shown in the comments.

use loanlint::model::{FeeTiming, Severity};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::document_kind_unseen::kind_of;
use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};
use loanlint::DocumentKind::{LoanContract as Contract, LoanDisclosure as Disclosure};

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

// ---------- a short loan's length and its single repayment ----------

// £300 credit, £9 deducted, 0.75% a day for 28 days (3 June to 1 July) = £63.00; charges
// 72.00 / 300 / 28 = 0.857% a day > 0.8% (CONC 5A). Received £291, repaid £363.00 after 28
// days: APRC (363 / 291)^(365/28) - 1 = 1684.87%.
const UK_SHORT: [&str; 2] = [
    "Tidewater Short Loans plc, Plymouth. Authorised and regulated by the Financial Conduct Authority.\nAgreement made 3rd June 2026 with Ms R. Penhallow\nAmount borrowed: £300.00\nArrangement fee (deducted before we send the money): £9.00\nSent to you: £291.00\nInterest at 0.75% per day: £63.00\nPay it back, in a single repayment on 1st July 2026: £363.00\n",
    "Tidewater Short Loans plc, Plymouth. Authorised and regulated by the Financial Conduct Authority.\nThis is your 28-day emergency loan, agreed 3rd June 2026.\nAmount borrowed: £300.00\nArrangement fee (deducted before we send the money): £9.00\nSent to you: £291.00\nInterest at 0.75% per day: £63.00\nTotal to pay back in one go: £363.00\n",
];

#[test]
fn a_single_repayment_on_an_ordinal_date_or_a_heading_s_length_gives_the_term() {
    for text in UK_SHORT {
        let t = run(text);
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28), "{text}");
        let a = analyse(text);
        near(apr(&a), dec!(1684.87), text);
        assert!(
            violations(&a)
                .iter()
                .any(|v| v == "uk-hcstc-daily-cost-cap"),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// A length that is not the loan's (an offer's validity, a cooling-off period) gives no term.
#[test]
fn a_length_that_is_not_the_loan_s_gives_no_term() {
    let text = "Offer letter, Harbour Credit Ltd. We can lend you £500.00 at 0.5% per day. This offer stays open for 21 days. You may withdraw within 14 days of signing.";
    assert_eq!(run(text).term, None, "{text}");
}

// ---------- the contract itself says the borrower is covered (MLA) ----------

// $1,000 at 40% a year, 12 monthly payments of $102.47: APR (periodic IRR x 12) 39.997%.
const MLA_BODY: &str = "Consumer Installment Loan Agreement\nLender: Cascade Ridge Finance LLC, Tacoma, Washington\nBorrower: D. Okafor\nDate: March 2, 2026\nAmount Financed: $1,000.00\nInterest rate: 40% per year\nRepayment: 12 monthly payments of $102.47 beginning April 2, 2026\nThe Borrower promises to repay the loan.\n";

fn mla_severity(text: &str) -> Option<Severity> {
    analyse(text)
        .report
        .findings
        .iter()
        .find(|f| f.rule_id == "us-mla-mapr-above-36")
        .map(|f| f.severity)
}

#[test]
fn a_borrower_the_contract_says_is_covered_makes_the_mla_cap_a_violation() {
    for statement in [
        "DMDC status check: the applicant was verified as an active-duty covered member on March 1, 2026.\n",
        "MLA: Borrower has been confirmed to be a covered borrower (spouse on active duty orders).\n",
    ] {
        let text = format!("{MLA_BODY}{statement}");
        near(apr(&analyse(&text)), dec!(39.997), &text);
        assert_eq!(mla_severity(&text), Some(Severity::Violation), "{text}");
        let t = run(&text);
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.contains("covered borrower") && a.contains("says so")),
            "{text}: {:?}",
            t.assumptions
        );
    }
    // A condition states nothing: the warning stays.
    for statement in [
        "If the borrower is identified as a covered borrower, the Military Lending Act applies.\n",
        "",
    ] {
        let text = format!("{MLA_BODY}{statement}");
        assert_eq!(mla_severity(&text), Some(Severity::Warning), "{text}");
    }
}

// ---------- a sum the lender keeps at payout ----------

// $3,000 at 8% a year, 12 monthly payments of $260.97; $15 kept at payout, $2,985 received:
// APR (periodic IRR x 12) 8.9475% (8.00% if the $15 were not withheld).
const KEPT: [&str; 3] = [
    "LOAN NOTE\nSpokane, Washington, May 4, 2026. Mrs. E. Lindqvist lends T. Marsh the principal sum of three thousand dollars ($3,000.00) at eight percent (8%) a year, repaid in twelve (12) monthly payments of $260.97 beginning June 4, 2026. Fifteen dollars ($15.00) of that is held back by the lender for the recording fee, and $2,985.00 reaches the borrower by cheque.\n",
    "LOAN NOTE\nSpokane, Washington, May 4, 2026. Mrs. E. Lindqvist lends T. Marsh the principal sum of three thousand dollars ($3,000.00) at eight percent (8%) a year, repaid in twelve (12) monthly payments of $260.97 beginning June 4, 2026. The lender retains $15.00 for filing the lien paperwork.\n",
    "LOAN NOTE\nSpokane, Washington, May 4, 2026. Mrs. E. Lindqvist lends T. Marsh the principal sum of three thousand dollars ($3,000.00) at eight percent (8%) a year, repaid in twelve (12) monthly payments of $260.97 beginning June 4, 2026. Of that, $15.00 is kept by the lender to cover the courier, and $2,985.00 is handed to the borrower.\n",
];

#[test]
fn a_sum_the_lender_keeps_for_a_purpose_is_withheld_at_payout() {
    for text in KEPT {
        let t = run(text);
        let withheld: Vec<Decimal> = t
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
            .filter_map(|f| f.amount)
            .collect();
        assert_eq!(withheld, [dec!(15.00)], "{text}: {:?}", t.fees);
        near(apr(&analyse(text)), dec!(8.9475), text);
    }
}

// A sum the lender holds until a condition, or a repayment taken from pay, is no charge.
#[test]
fn a_holdback_until_a_condition_is_no_charge() {
    let text = "LOAN NOTE\nDate: May 4, 2026. Principal: $3,000.00 at 8% a year, 12 monthly payments of $260.97. The lender holds back $500.00 until the roof inspection is passed.\n";
    let t = run(text);
    assert!(
        !t.fees
            .iter()
            .any(|f| f.timing == FeeTiming::UpfrontDeducted),
        "{:?}",
        t.fees
    );
}

// ---------- the kind: a signed agreement with its disclosures inside ----------

#[test]
fn a_signed_one_paragraph_agreement_with_its_disclosures_is_a_contract() {
    for text in [
        "On 2027-02-01 Brightwater Consumer Loans Inc., Peoria, Illinois, lends to Ama K. Boateng of Peoria the amount of $2,200.00 for a used chest freezer; interest 30% a year on the declining balance; 18 monthly payments of $153.27 from 2027-03-01; truth-in-lending figures: annual percentage rate 30.00%, finance charge $558.86, amount financed $2,200.00, total of payments $2,758.86; late charge $12.00; signed A. K. Boateng, borrower, and J. Pruitt on behalf of the lender.",
        "Mr. O. Varga lent Ms. L. Quist $900.00 on 5 January 2027, to be repaid in 6 monthly payments of $157.97 at 18% a year (APR 18.00%, Finance Charge $47.82, Amount Financed $900.00, Total of Payments $947.82); signed by L. Quist as debtor.",
    ] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, Contract, "{text}: {reason}");
    }
    // The figures alone, with no agreement and no signature, stay a disclosure.
    let text = "FEDERAL TRUTH IN LENDING DISCLOSURES\nANNUAL PERCENTAGE RATE 30.00%  FINANCE CHARGE $558.86  Amount Financed $2,200.00  Total of Payments $2,758.86\nYour payment schedule: 18 monthly payments of $153.27 from 2027-03-01. Late charge $12.00.\n";
    let (kind, reason) = kind_of(text);
    assert_eq!(kind, Disclosure, "{reason}");
}

#[test]
fn a_title_in_capitals_beside_a_field_with_two_spaces_names_the_document() {
    let text = "Keystone Ridge Lending Co., Erie, PA\nNOTE AND SECURITY AGREEMENT  Date of note 02/03/2026\nBorrower: P. Dlamini\nAmount Financed  $2,000.00\nANNUAL PERCENTAGE RATE  24.00%\nFINANCE CHARGE  $269.44\nTotal of Payments  $2,269.44\n12 monthly payments of $189.12\n";
    let (kind, reason) = kind_of(text);
    assert_eq!(kind, Contract, "{reason}");
    assert!(reason.contains("NOTE AND SECURITY AGREEMENT"), "{reason}");
}
