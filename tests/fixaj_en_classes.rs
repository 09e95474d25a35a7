#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure of the held-out batch AJ (`en-aj*`), each tested on documents written
//! for this file in wordings unlike the corpus's: dates written with ordinal words ("the ninth
//! of March 2026") and years in words ("two thousand and twenty-seven"); a parcel, APN or
//! account number in dashes is no date; a one-payment loan "repaid all in a single payment on
//! <date>"; a charge "none of it is kept back from the credit" is not deducted at payout; a
//! single repayment's date after its amount ("Your single repayment: £331.00 on ..."); a rate
//! "for the month" or "per calendar month" is monthly; an underwriting fee is an origination
//! fee; an agreement recorded as signed electronically is a contract. Expected values by Python
//! decimal arithmetic, shown in the comments.

use chrono::NaiveDate;
use loanlint::model::{FeeKind, FeeTiming, Per};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::document_kind_unseen::kind_of;
use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};
use loanlint::DocumentKind::LoanContract as Contract;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

// ---------- a one-payment loan dated in ordinal words (the missed violation) ----------

// $2,000 lent on 9 March 2026, due 8 July 2026: 121 days. Interest 30% simple: 2000 x 0.30 x
// 121 / 365 = 198.90; a $40.00 fee with the repayment; one payment 2,238.90. Reg Z single
// payment: (2238.90 / 2000 - 1) x 365 / 121 = 36.0324% > 36% (Illinois PLPA).
const IL_ONE_PAYMENT: &str = "PRAIRIE LANTERN LENDING LLC, 77 Main St, Peoria, Illinois 61602\nONE-PAYMENT LOAN NOTE\nThis note is entered into on the ninth of March 2026 by Prairie Lantern Lending LLC and Ms. Priya Quarles-Benn (account 11-04-25-3310).\nWe advance you $2,000.00 on the ninth of March 2026 for the roof over your garage.\nYou shall repay it all in a single payment on the eighth of July 2026.\nInterest is 30% a year, simple: $198.90.\nAn administration fee of $40.00 is payable with the repayment.\nTotal of the one payment: $2,238.90.\nThis note is governed by the laws of the State of Illinois.\nSigned: P. Quarles-Benn, borrower    K. Lindqvist, for the lender\n";

#[test]
fn an_ordinal_word_date_gives_the_due_date_the_term_and_the_violation() {
    let t = run(IL_ONE_PAYMENT);
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date),
        day(2026, 3, 9),
        "{IL_ONE_PAYMENT}"
    );
    assert_eq!(
        t.maturity_date.as_ref().map(|d| d.date),
        day(2026, 7, 8),
        "{IL_ONE_PAYMENT}"
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(121));
    let a = analyse(IL_ONE_PAYMENT);
    near(apr(&a), dec!(36.0324), IL_ONE_PAYMENT);
    assert!(!violations(&a).is_empty(), "{IL_ONE_PAYMENT}");
}

// ---------- dates with years in words; a parcel or account number is no date ----------

#[test]
fn a_year_in_words_is_read() {
    let a = "INSTALMENT NOTE\nExecuted at Fresno, California, on the third day of February, two thousand and twenty-seven.\nLender: R. Okonkwo. Borrower: T. Hale.\nThe Lender lends the Borrower $4,000.00 at 8% a year, repaid in 12 monthly payments of $347.95.\n";
    assert_eq!(run(a).contract_date.map(|d| d.date), day(2027, 2, 3), "{a}");
    let b = "Loan note dated March 4, two thousand twenty-six, between Lorne Vickers (lender) and Abel Mraz (borrower), for $1,500.00 at 6% a year, repaid in 6 monthly payments of $254.40.\n";
    assert_eq!(run(b).contract_date.map(|d| d.date), day(2026, 3, 4), "{b}");
}

#[test]
fn a_number_of_more_than_three_groups_or_labelled_as_an_id_is_no_date() {
    // Neither "14-02-27-118-006" (five groups) nor "APN 12-05-26" is a date; the text has none.
    let text = "Kitchen loan, the house at APN 12-05-26, county parcel 14-02-27-118-006.\nAmount of credit: $3,000.00 at 12% a year, 12 monthly payments of $266.55.\n";
    assert_eq!(run(text).contract_date, None, "{text}");
}

// ---------- a fee not taken off the credit; the date after a single repayment's amount ----------

// £250 paid out on 1 October 2026, due 20 November 2026: 50 days; 0.6% a day for 50 days = £75;
// a £6.00 service charge paid with the repayment: £331.00.
const UK_FIFTY_DAYS: &str = "Brightwater Short Credit Ltd, Leeds. Authorised by the Financial Conduct Authority.\nCredit: £250.00, sent to your account on 1 October 2026.\nInterest: 0.6% per day, fixed, £75.00 in all.\nService charge: £6.00 - none of it is kept back from the credit; we add it to what you repay.\nYour single repayment: £331.00 on 20 November 2026.\n";

#[test]
fn a_charge_none_of_which_is_kept_back_is_not_deducted_and_the_repayment_date_is_read() {
    let t = run(UK_FIFTY_DAYS);
    assert_eq!(
        t.disbursed.as_ref().map(|a| a.amount),
        Some(dec!(250)),
        "{UK_FIFTY_DAYS}"
    );
    assert!(
        t.fees
            .iter()
            .all(|f| f.timing != FeeTiming::UpfrontDeducted),
        "{:?}",
        t.fees
    );
    assert_eq!(
        t.maturity_date.as_ref().map(|d| d.date),
        day(2026, 11, 20),
        "{UK_FIFTY_DAYS}"
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(50));
}

// ---------- a rate for the month ----------

#[test]
fn a_rate_for_the_month_or_per_calendar_month_is_monthly() {
    for text in [
        "Cash advance of $500.00 today. Finance charge of 18% for one month on $500.00 = $90.00. Repay $590.00 in a single payment on June 30, 2026.",
        "Loan of $800.00. Interest: 5% per calendar month on the balance, repaid in 6 monthly payments of $157.61.",
    ] {
        let t = run(text);
        let r = t.rates.first().unwrap_or_else(|| panic!("{text}: no rate"));
        assert_eq!(r.per, Per::Month, "{text}: {r:?}");
    }
}

// ---------- kinds ----------

#[test]
fn an_underwriting_fee_is_an_origination_fee() {
    let text = "Loan amount: $5,000.00\nUnderwriting fee (retained from proceeds): $150.00\nAmount paid to you: $4,850.00\nInterest 14% a year, 24 monthly payments of $240.06.\n";
    let t = run(text);
    let f = t
        .fees
        .iter()
        .find(|f| f.name.to_ascii_lowercase().contains("underwriting"))
        .unwrap_or_else(|| panic!("{text}: {:?}", t.fees));
    assert_eq!(f.kind, FeeKind::Origination, "{f:?}");
    // Kept from the money lent, with no article: deducted at payout.
    assert_eq!(f.timing, FeeTiming::UpfrontDeducted, "{f:?}");
    assert_eq!(t.disbursed.map(|a| a.amount), Some(dec!(4850)), "{text}");
}

#[test]
fn a_loan_agreement_recorded_as_signed_electronically_is_a_contract() {
    let text = "Hi Tomas, your loan is approved.\nLoan: $600.00 sent to your card today.\nCharges: $90.00. Repay $690.00 on March 28, 2026.\nThe agreement was signed electronically by you at 09:14, ref QC-88213.\n";
    let (kind, why) = kind_of(text);
    assert_eq!(kind, Contract, "{text}: {why}");
}

// A mixed-case title that lists the document's parts after its head (longer than one name)
// beside a date; a Truth in Lending box further down does not make the signed agreement a
// disclosure.
#[test]
fn a_title_listing_agreement_and_disclosures_names_a_contract() {
    let text = "NORTHSHORE HARBOR CREDIT, LLC - Kenosha, Wisconsin\nYour 30-month car loan: agreement, federal disclosures and schedule          Dated 03/02/2026\nBorrower: L. Marsh, 12 Lake St, Kenosha\n\nTRUTH IN LENDING DISCLOSURES\n  Annual Percentage Rate ......... 24.00%\n  Amount Financed ................ $5,000.00\n  Number of payments ............. 30     Amount of each: $204.51\n\nBorrower: L. Marsh                For Northshore Harbor Credit: T. Ames\n";
    let (kind, why) = kind_of(text);
    assert_eq!(kind, Contract, "{text}: {why}");
}

// A statement fee charged with every payment is a per-period charge of the credit, listed.
#[test]
fn a_statement_fee_with_every_payment_is_a_per_period_fee() {
    let text = "Installment loan of $1,800.00 at 24% a year, 12 monthly payments of $173.71.\nEach monthly bill carries a $3.50 account statement fee, collected with every payment.\n";
    let t = run(text);
    let f = t
        .fees
        .iter()
        .find(|f| f.name.to_ascii_lowercase().contains("statement"))
        .unwrap_or_else(|| panic!("{text}: {:?}", t.fees));
    assert_eq!(f.timing, FeeTiming::PerPeriod, "{f:?}");
    assert_eq!(f.amount, Some(dec!(3.50)), "{f:?}");
}
