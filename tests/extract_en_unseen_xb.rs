#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure on held-out English batch X, each tested on documents written for this
//! file in other wordings than the corpus's, with a rephrased twin that must give the same
//! answer. Expected values by hand arithmetic in the comments (checked with Python's Decimal).

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::model::{Per, RateKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Each rate read: its kind, value and unit.
fn rates_of(text: &str) -> Vec<(RateKind, Decimal, Per)> {
    run(text)
        .rates
        .iter()
        .map(|r| (r.kind, r.value, r.per))
        .collect()
}

// ---------- a single-payment loan given only as borrowed, repaid and days ----------

fn total_repaid(text: &str) -> Option<Decimal> {
    run(text).total_of_payments.map(|t| t.amount)
}

fn daily_rate(text: &str) -> Option<Decimal> {
    run(text)
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && r.per == Per::Day)
        .map(|r| r.value)
}

// £300 borrowed, £378 repaid after 28 days, no rate and no fee: charge 78;
// 78 / 300 / 28 = 0.928571…% a day -> 0.9286 (4 places), above the UK cap of 0.8% a day.
// APRC: (378 / 300)^(365 / 28) - 1 = 1934.24% (Python).
const OVER_CAP: [&str; 2] = [
    "SwiftPenny Loans - your loan at a glance\nAmount borrowed:        £300.00\nLoan term:              28 days\nTotal amount repayable: £378.00\nSwiftPenny Ltd is authorised and regulated by the Financial Conduct Authority.\n",
    // Said another way: prose, dates instead of a length (1 March to 29 March 2027 is 28 days).
    "Your PennyNow short-term loan\nWe lent you £300.00 on 1 March 2027. Amount to be repaid: £378.00, due on 29 March 2027 in a single payment. PennyNow Ltd, authorised and regulated by the Financial Conduct Authority.\n",
];

#[test]
fn a_sum_repaid_after_days_is_the_total_and_its_daily_rate_is_inferred() {
    for text in OVER_CAP {
        assert_eq!(total_repaid(text), Some(dec!(378)), "{text}");
        assert_eq!(daily_rate(text), Some(dec!(0.9286)), "{text}");
        let a = analyse(text);
        assert!(
            (apr(&a) - dec!(1934.24)).abs() < dec!(0.05),
            "{text}: {}",
            apr(&a)
        );
        assert!(
            violations(&a).contains(&"uk-hcstc-daily-cost-cap".to_string()),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// £200 borrowed, £248 repaid after 30 days: 48 / 200 / 30 = 0.8% a day, at the cap, not above.
#[test]
fn a_sum_repaid_at_the_daily_cap_breaks_no_cap() {
    let text = "Your loan summary\nAmount of credit: £200.00\nLoan term: 30 days\nYou pay back £248.00\nAuthorised and regulated by the Financial Conduct Authority.\n";
    assert_eq!(total_repaid(text), Some(dec!(248)));
    assert_eq!(daily_rate(text), Some(dec!(0.8)));
    assert!(
        !violations(&analyse(text)).contains(&"uk-hcstc-daily-cost-cap".to_string()),
        "{:?}",
        violations(&analyse(text))
    );
}

// A stated fee: the difference is not all interest, so no rate is inferred (the total still is).
#[test]
fn with_a_fee_stated_no_daily_rate_is_inferred() {
    let text = "Your loan summary\nAmount of credit: £200.00\nLoan term: 30 days\nArrangement fee £10.00\nYou pay back £248.00\nAuthorised and regulated by the Financial Conduct Authority.\n";
    assert_eq!(daily_rate(text), None);
}

// ---------- a Malaysian document: ringgit figures, day-first dates ----------

// 05/10/2026 can be read either way; a Malaysian lender's document writes the day first, so it
// is 5 October 2026. "RM2,500.00" and "2,500 ringgit" are 2,500 Malaysian ringgit.
const MALAYSIAN: [&str; 2] = [
    "PERJANJIAN PINJAMAN / LOAN AGREEMENT\nLender: Duit Pantas Sdn Bhd, Jalan Ampang, Kuala Lumpur\nLoan amount: RM2,500.00\nAgreement date: 05/10/2026\nThe borrower repays the loan in one payment.\n",
    // Said another way: the currency after the figure, the place in the governing-law line.
    "Loan agreement dated 05/10/2026.\nThe lender advances a principal of 2,500 ringgit to the borrower, repayable in one payment.\nThis agreement is governed by the laws of Malaysia.\n",
];

#[test]
fn a_malaysian_document_is_read_in_ringgit_with_its_dates_day_first() {
    for text in MALAYSIAN {
        let t = run(text);
        let p = t.principal.as_ref().expect("a principal");
        assert_eq!(
            (p.amount, p.currency.as_str()),
            (dec!(2500), "MYR"),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2026-10-05".to_string()),
            "{text}"
        );
        // Malaysian law is outside the bundled rulesets: no US or UK verdict.
        assert!(violations(&analyse(text)).is_empty(), "{text}");
    }
}

// ---------- one long paragraph: a rate, then an absolute phrase about late payment ----------

// The interest rate of 19.9% a year is followed, after a bare comma, by a phrase about late
// payment ("any payment … overdue incurring a late fee"): that phrase is a clause of its own,
// so its "overdue" does not make the contract rate a default rate. (The level payment of 3,000
// at 19.9% / 12 over 12 months is 277.76, Python.)
const ONE_PARAGRAPH: [&str; 2] = [
    "This note is signed on March 3, 2027 in Albany, New York, between Empire Couch Finance Inc. (the lender) and Dana Okafor (the borrower), who is buying a recliner from Mohawk Sofas, and under it the lender pays $3,000.00 to Mohawk Sofas for the borrower, and the borrower agrees to pay back that sum with interest at 19.9% per year in 12 monthly payments of $277.76 starting April 3, 2027, any payment more than ten days overdue incurring a late fee of $15.00, and the borrower may prepay at any time without penalty.\n",
    // Said another way: "a year", the late phrase with "paid late" and "attracting".
    "By this agreement, made in Buffalo, New York on March 3, 2027 between Lakeshore Retail Credit LLC, the lender, and Dana Okafor, the borrower, the lender pays $3,000.00 to Erie Appliances toward a refrigerator for the borrower, and the borrower undertakes to repay it with interest at 19.9% a year over 12 monthly installments of $277.76 from April 3, 2027, each installment paid late attracting a charge of $15.00, and nothing else being charged for the credit.\n",
];

#[test]
fn in_a_long_paragraph_a_late_phrase_after_a_comma_does_not_make_the_rate_a_default_rate() {
    for text in ONE_PARAGRAPH {
        assert_eq!(
            rates_of(text),
            vec![(RateKind::Interest, dec!(19.9), Per::Year)],
            "{text}"
        );
    }
}

// ---------- a rate in words with a fraction ----------

// "seven and a half percent" is 7 + 1/2 = 7.5; "seven and one-half per cent" the same.
const RATE_IN_WORDS: [&str; 2] = [
    "LOAN NOTE\nOn the tenth day of April, 2027, I, Sam Reyes, promise to pay my uncle, Luis Reyes, the sum of Eight Thousand and 00/100 Dollars, with interest at seven and a half percent per annum on the unpaid balance, in twenty-four equal monthly payments.\n",
    // Said another way: "one-half", "per cent", "a year".
    "Promissory note. Borrower Sam Reyes owes lender Luis Reyes Eight Thousand Dollars ($8,000.00), repayable in 24 monthly instalments with interest at seven and one-half per cent a year.\n",
];

#[test]
fn a_rate_in_words_with_a_fraction_is_read() {
    for text in RATE_IN_WORDS {
        assert_eq!(
            rates_of(text),
            vec![(RateKind::Interest, dec!(7.5), Per::Year)],
            "{text}"
        );
    }
}

// ---------- the one due date in the clause that makes the whole debt due at once ----------

// Lent 03/02/2027 (3 February, day-first in Malaysia), the principal due with the interest on
// 05/03/2027: that is the maturity date, 5 March 2027.
const DUE_WITH_THE_PRINCIPAL: [&str; 2] = [
    "LOAN AGREEMENT - Kuala Lumpur\nPrincipal sum: RM2,000.00    Date of loan: 03/02/2027\nInterest: RM40.00, payable with the principal on 05/03/2027\nTotal repayable: RM2,040.00\n",
    // Said another way: the date first, the interest "together with" the principal.
    "Pinjaman Peribadi / Personal loan, Selangor, Malaysia\nDate of loan: 03/02/2027. Loan amount: RM2,000.00.\nThe interest of RM40.00 is payable together with the principal on 05/03/2027.\n",
];

#[test]
fn the_date_the_whole_debt_is_due_on_is_the_maturity_date() {
    for text in DUE_WITH_THE_PRINCIPAL {
        let t = run(text);
        assert_eq!(
            t.maturity_date.as_ref().map(|d| d.date.to_string()),
            Some("2027-03-05".to_string()),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}
