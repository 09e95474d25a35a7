#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure of the held-out batch AA (`en-aa*`) in extraction (amounts, dates, fees),
//! each tested on documents written for this file in other wordings than the corpus's: a
//! lender's verb running into its sum in words, a percentage with a fraction in figures, the
//! naira, a box's Amount Financed that leaves out a fee withheld, the place of signing before
//! its date, and a fee's bracketed note below its row in a two-column form.

use crate::extract_en::run;

use loanlint::model::FeeTiming;
use rust_decimal_macros::dec;

// ---------- amounts and rates in words ----------

#[test]
fn a_lender_verb_running_into_its_sum_in_words_gives_the_principal() {
    for (text, principal) in [
        (
            "NOTE\nThe Lender lends to the Borrower the sum of two thousand five hundred dollars, to be repaid as set out below.\n",
            dec!(2500),
        ),
        (
            "1. The Employer shall advance to the Employee the principal sum of one thousand two hundred and fifty dollars ($1,250.00) on signing.\n",
            dec!(1250),
        ),
        (
            "We lend you four hundred pounds today, repayable by salary deduction.\n",
            dec!(400),
        ),
    ] {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(principal),
            "{text}"
        );
    }
    // A verb that does not run into its amount names none.
    let t = run("The Lender lends money to members only. Fees: $40.00 per year.\n");
    assert_eq!(t.principal.as_ref().map(|p| p.amount), None);
}

#[test]
fn a_renewal_names_its_principal_as_the_principal_carried_into_it() {
    for text in [
        "PAWN RENEWAL RECEIPT\nPrincipal paid down ........ $0.00\nPrincipal still owed (rolled over into this renewal) ..... $650.00\nRenewal charge ....... $130.00\n",
        "TITLE LOAN EXTENSION\nPrincipal reduction: $0.00\nRenewed principal: $650.00\nNew due date: 01/15/2027\n",
    ] {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(650)),
            "{text}"
        );
    }
}

#[test]
fn a_rate_with_a_fraction_in_figures_or_words_is_read_whole() {
    for (text, rate) in [
        (
            "Loan of $5,000.00. Interest is charged on the unpaid balance at 1 3/4% per month.\n",
            dec!(1.75),
        ),
        (
            "Loan of $5,000.00. The borrower pays interest at two and one-half percent (2-1/2%) per month on the unpaid balance.\n",
            dec!(2.5),
        ),
        (
            "Loan of $5,000.00. Interest: 9½% per year on the unpaid balance.\n",
            dec!(9.5),
        ),
    ] {
        let t = run(text);
        let values: Vec<_> = t.rates.iter().map(|r| r.value).collect();
        assert!(values.contains(&rate), "{text}: {values:?}");
        assert!(
            !values.contains(&dec!(2)) || rate == dec!(2),
            "{text}: {values:?}"
        );
    }
}

#[test]
fn the_naira_is_money() {
    let t = run(
        "Loan amount ........ ₦80,000.00\nYou will receive .... NGN 78,400.00\nService fee 2% ...... ₦1,600.00 (deducted upfront)\n",
    );
    let p = t.principal.as_ref().unwrap();
    assert_eq!((p.amount, p.currency.as_str()), (dec!(80000), "NGN"));
    assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(78400)));
}

// ---------- a box's Amount Financed that leaves out a fee withheld ----------

#[test]
fn a_box_amount_financed_equal_to_the_principal_gives_way_to_the_net_stated() {
    let text = "LOAN NOTE\nAmount Financed: $3,000.00   Annual Percentage Rate: 29.9%\nI promise to pay the principal sum of $3,000.00 with interest at 29.9% a year in 18 monthly installments of $201.49.\nProcessing fee of $90.00 withheld from the loan proceeds. Net amount deposited to your account: $2,910.00.\n";
    let t = run(text);
    assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(2910)));
    assert!(!t.inconsistencies.is_empty());
    // Without the net stated, the box stands.
    let t = run(&text.replace(" Net amount deposited to your account: $2,910.00.", ""));
    assert_eq!(t.disbursed.as_ref().map(|d| d.amount), Some(dec!(3000)));
}

// ---------- dates ----------

#[test]
fn the_place_of_signing_between_the_verb_and_its_date() {
    for (line, date) in [
        (
            "Signed in Chicago, Illinois, on the 3rd day of November, 2026.",
            "2026-11-03",
        ),
        (
            "Signed at Yonkers, New York, this 21st day of March 2025.",
            "2025-03-21",
        ),
        ("Executed in Boston on November 3rd, 2026.", "2026-11-03"),
    ] {
        let text = format!(
            "LOAN AGREEMENT\nThe lender lends you $1,000.00 at 10% a year, repaid in 12 monthly payments of $87.92.\n{line}\n"
        );
        let t = run(&text);
        assert_eq!(
            t.contract_date
                .as_ref()
                .map(|d| d.date.to_string())
                .as_deref(),
            Some(date),
            "{line}"
        );
    }
}

// ---------- a fee's note below its row ----------

#[test]
fn a_bracketed_note_below_a_fee_row_gives_its_timing() {
    let text = "YOUR LOAN                         YOUR PAYMENTS\nAmount of loan ..... $2,400.00     Number ........ 12\nDocument fee ....... $25.00        Each .......... $228.10\n  (paid by you at signing,         First due ..... 01/05/2027\n   in cash)                        Late fee: $10\n";
    let t = run(text);
    let fee = t
        .fees
        .iter()
        .find(|f| f.name.starts_with("Document"))
        .unwrap();
    assert_eq!(fee.timing, FeeTiming::UpfrontPaid);
    // A note that says nothing of paying leaves the timing as it was.
    let t = run(&text
        .replace("(paid by you at signing,", "(see the schedule of")
        .replace("in cash)", "charges)  "));
    let fee = t
        .fees
        .iter()
        .find(|f| f.name.starts_with("Document"))
        .unwrap();
    assert_ne!(fee.timing, FeeTiming::UpfrontPaid);
}
