#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on English batch AC (fixer A), each tested on texts written for this
//! file in other wordings and layouts than the corpus's: the price paid straight to a school,
//! seller or clinic on the borrower's behalf is the principal; a private lender's letter with
//! its amounts in words (and its count split into the regular payments and an odd last one)
//! is read and is a loan contract; the dollars of the Caribbean and the Pacific are money; a
//! one-time fee stated only as a percentage of the loan gets its amount.

use std::path::Path;

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr};

use loanlint::extract::{classify, extract};
use loanlint::read::{Document, SourceKind};
use loanlint::{DocumentKind, FeeTiming, Frequency};
use rust_decimal_macros::dec;

// ---------- a price paid to a third party on the borrower's behalf ----------

fn financed_purchase(row: &str) -> String {
    format!(
        "BrightPath Finance\n{row}\nInterest rate 19.9% per year\nTerm 10 months\nMonthly payment $327.10\nFirst payment Feb 1, 2027\nSigned Jan 1, 2027\n"
    )
}

#[test]
fn a_price_paid_to_a_third_party_is_the_principal() {
    for row in [
        "Course fees paid to Ridgeview Coding Academy: $3,000.00",
        "Amount paid to the dealer $3,000.00",
        "Paid to Harbor Family Dental on your behalf: $3,000.00",
        "Invoice paid directly to Northside Auto Repair   $3,000.00",
        "Purchase price paid to the seller: $3,000.00",
        "Tuition and fees paid to St. Jude Academy    $3,000.00",
    ] {
        let t = run(&financed_purchase(row));
        let p = t.principal.as_ref().unwrap_or_else(|| panic!("{row}"));
        assert_eq!(p.amount, dec!(3000), "{row}");
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(3000)),
            "{row}"
        );
        // The price is what is lent, never a fee for the credit.
        assert!(
            t.fees.iter().all(|f| f.amount != Some(dec!(3000))),
            "{row}: {:?}",
            t.fees
        );
        // The schedule can be built: the cost is computed.
        assert!(apr(&analyse(&financed_purchase(row))) > dec!(19), "{row}");
    }
}

#[test]
fn the_lender_paid_or_a_bare_name_paid_is_no_principal() {
    // What was paid to the lender is repaid, not lent; a name paid with no word of the
    // borrower's behalf is not said to be a purchase.
    for row in [
        "Total paid to BrightPath Finance $3,271.00",
        "Amount paid to BrightPath Finance $3,271.00",
    ] {
        let t = run(&financed_purchase(row));
        assert!(t.principal.is_none(), "{row}: {:?}", t.principal);
    }
}

// ---------- a private lender's letter in words ----------

const LETTER: &str = "June 2, 2027\nDear Priya,\nAs promised, I would like to lend you and Arjun three thousand dollars ($3,000.00) for the move. The money goes to your account today, June 2, 2027; there is no fee.\nYou will pay me back with interest at eight and a half per cent a year on what is still owed, in twelve monthly payments, eleven of two hundred sixty-one and 66/100 dollars ($261.66) each and a final one of two hundred sixty-one and 62/100 dollars, beginning July 2, 2027.\nWith love,\nAunt Meera, 40 Oak Lane, Columbus, Ohio\nRead and agreed: Priya Nair    Arjun Nair\n";

#[test]
fn a_letter_with_amounts_in_words_is_read() {
    let t = run(LETTER);
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(3000)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(261.66)));
    assert_eq!(
        t.last_payment.as_ref().map(|p| p.amount),
        Some(dec!(261.62))
    );
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
    assert_eq!(t.rates.first().map(|r| r.value), Some(dec!(8.5)));
    let a = analyse(LETTER);
    assert!((apr(&a) - dec!(8.5)).abs() < dec!(0.05), "{}", apr(&a));
}

#[test]
fn a_signed_acceptance_under_a_letter_makes_it_an_agreement() {
    let doc = Document::from_text(Path::new("letter.txt"), SourceKind::Text, LETTER);
    let terms = extract(&doc);
    let info = classify(&doc, doc.language(), &terms);
    assert_eq!(info.kind, DocumentKind::LoanContract, "{}", info.reason);
    assert!(
        info.reason.contains("accepted over a signature"),
        "{}",
        info.reason
    );
}

#[test]
fn payments_in_words_with_their_figure_in_brackets() {
    for (line, payment) in [
        (
            "Tom will repay me in twelve (12) monthly instalments of One Hundred Seventy-Five Dollars ($175.00).",
            dec!(175),
        ),
        (
            "The borrower repays it in 10 monthly payments of two hundred and five dollars (US$205.00) each.",
            dec!(205),
        ),
    ] {
        let text = format!(
            "Memo of our loan, May 1, 2027\nI agree to lend my nephew Tom the sum of Two Thousand Dollars (US$2,000).\n{line}\nAccepted by: Tom Reyes\n"
        );
        let t = run(&text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(2000)),
            "{line}"
        );
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(payment),
            "{line}"
        );
    }
}

#[test]
fn a_count_split_into_regular_payments_and_an_odd_last_one() {
    for (line, n, pay, last) in [
        (
            "Repayment: 36 payments (35 at £120.00 and a final one of £118.52).",
            36,
            dec!(120),
            dec!(118.52),
        ),
        (
            "You repay in 6 monthly instalments: 5 of $170.00 each, and the last payment of $169.90.",
            6,
            dec!(170),
            dec!(169.90),
        ),
        (
            "to be repaid in 24 monthly payments, 23 of $276.18 and one of $276.14.",
            24,
            dec!(276.18),
            dec!(276.14),
        ),
    ] {
        let t = run(&format!("Loan amount: $6,000.00\n{line}\n"));
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(n), "{line}");
        assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(pay), "{line}");
        assert_eq!(
            t.last_payment.as_ref().map(|p| p.amount),
            Some(last),
            "{line}"
        );
    }
    // A regular count that is not one less than the whole is no such split.
    let t = run(
        "Loan amount: $6,000.00\n24 monthly payments: 12 of $276.18 and a last one of $276.14.\n",
    );
    assert_ne!(t.installments.as_ref().map(|c| c.count), Some(24));
}

// ---------- the dollars of the Caribbean and the Pacific ----------

#[test]
fn dollar_prefixes_name_their_currency() {
    for (mark, code) in [
        ("J$", "JMD"),
        ("TT$", "TTD"),
        ("EC$", "XCD"),
        ("BZ$", "BZD"),
        ("Bds$", "BBD"),
        ("NZ$", "NZD"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("HK$", "HKD"),
        ("S$", "SGD"),
        ("FJ$", "FJD"),
    ] {
        let t = run(&format!(
            "MICRO LOAN AGREEMENT\nLoan amount: {mark}80,000.00\nRepayment: 8 monthly instalments of {mark}11,250.00\n"
        ));
        let p = t.principal.as_ref().unwrap_or_else(|| panic!("{mark}"));
        assert_eq!(
            (p.amount, p.currency.as_str()),
            (dec!(80000), code),
            "{mark}"
        );
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(11250)),
            "{mark}"
        );
    }
    // A word glued to a dollar sign is no prefix.
    let t = run("Loan amount: $500.00\nREF NOTJ$12\n");
    assert_eq!(
        t.principal.as_ref().map(|p| p.currency.as_str()),
        Some("USD")
    );
}

// ---------- a percentage fee of a known principal ----------

#[test]
fn a_one_time_percentage_fee_gets_its_amount() {
    for (line, amount) in [
        (
            "Administration fee: 2.5% of the loan amount, deducted from the loan on disbursement.",
            dec!(500),
        ),
        ("Origination fee 4% paid at closing.", dec!(800)),
        (
            "A processing fee of 1.25% is withheld from the loan proceeds.",
            dec!(250),
        ),
    ] {
        let t = run(&format!(
            "LOAN AGREEMENT\nLoan amount: TT$20,000.00\n{line}\nInterest: 1% per month. 12 monthly instalments of TT$1,776.98.\n"
        ));
        let fee = t.fees.first().unwrap_or_else(|| panic!("{line}"));
        assert_eq!(fee.amount, Some(amount), "{line}");
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.contains("% of the principal 20000")),
            "{line}: {:?}",
            t.assumptions
        );
    }
    // A fee charged each month keeps its percentage only.
    let t = run(
        "LOAN AGREEMENT\nLoan amount: $20,000.00\nService fee: 0.5% per month of the outstanding balance.\n12 monthly payments of $1,776.98.\n",
    );
    let fee = t.fees.first().unwrap();
    assert_eq!(fee.amount, None, "{fee:?}");
    assert_ne!(fee.timing, FeeTiming::UpfrontDeducted, "{fee:?}");
}
