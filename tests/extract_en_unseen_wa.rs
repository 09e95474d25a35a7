#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English documents (fresh corpus batch W, `en-a*`, and
//! batch M's `en-r04`), each tested on documents written for this file in other wordings and
//! layouts than the corpus's, with a rephrased twin that must give the same answer. Expected
//! values come from independent Python `decimal` arithmetic, quoted above each case.
//! (`extract_en_unseen_w.rs` is batch R's `en-w*`; this file is batch W's.)

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

fn has_state(text: &str, code: &str) -> bool {
    run(text).jurisdiction_hints.iter().any(|h| h.code == code)
}

// ---------- the state named only where the document is signed or sent from ----------

// Python: $2,000.00 in 6 monthly payments of $363.10: APR 30.0001% (bisection on the present
// value), above New York's 25% criminal usury line.
const SIGNED_IN_NEW_YORK: [&str; 2] = [
    "Subject: your personal loan offer is approved\n\nHello Dana,\n\nYou can borrow $2,000.00 today and pay it back in 6 monthly payments of $363.10, the first due one month from funding.\nNo fees of any kind.\n\nRegards,\nLakeside Quick Loans, Inc., Rochester, NY 14604\n",
    // Said another way: a note whose only place is where it was signed.
    "PROMISSORY NOTE\nI, Dana Ortiz, owe Lakeside Quick Loans the sum of $2,000.00, which I will repay in six (6) monthly payments of $363.10 each.\nNothing else is charged.\nSigned at Syracuse, New York on this date, with the first payment due one month later.\n",
];

#[test]
fn the_place_of_signing_or_the_lenders_sign_off_names_the_state_when_nothing_else_does() {
    for text in SIGNED_IN_NEW_YORK {
        let t = run(text);
        assert!(
            t.jurisdiction_hints.iter().any(|h| h.code == "US-NY"),
            "{text}: {:?}",
            t.jurisdiction_hints
        );
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.contains("state NY taken from")),
            "{text}: {:?}",
            t.assumptions
        );
        let a = analyse(text);
        near(apr(&a), dec!(30.0001), text);
        assert!(
            violations(&a).iter().any(|v| v == "us-ny-criminal-usury"),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

#[test]
fn a_stated_governing_law_outranks_the_place_of_signing() {
    for text in SIGNED_IN_NEW_YORK {
        let governed =
            format!("{text}This note is governed by the laws of the State of Delaware.\n");
        assert!(has_state(&governed, "US-DE"), "{governed}");
        assert!(!has_state(&governed, "US-NY"), "{governed}");
    }
}

// ---------- a whole contract in one long sentence ----------

// Python: $4,000.00 at 29.9% over 18 months: 17 x 278.48 + 278.47 = 5,012.63; the $200.00 fee
// kept out of the proceeds leaves 3,800.00 paid out; APR on 3,800.00: 37.1209%, above
// Illinois' 36% cap.
const ONE_SENTENCE: [&str; 2] = [
    "On June 2, 2026, at Springfield, Illinois, Marcus Lee (the borrower) borrowed $4,000.00 from Prairie Lantern Loans, LLC (the lender), and promised to repay it with interest at 29.9% per year in 18 monthly payments of $278.48 (final payment $278.47) beginning July 2, 2026, and agreed that the lender would hold back a processing fee of $200.00 out of the loan proceeds so that he received $3,800.00, and agreed that any payment more than fifteen days late would cost a late fee of $15.00, all of which he accepted by signing below.\n",
    // Said another way: clauses set off by semicolons, the borrower named after the verb.
    "This one paragraph is the whole agreement, made June 2, 2026 at Peoria, Illinois: the borrower borrows $4,000.00 from Prairie Lantern Loans, LLC; the loan bears interest at 29.9% per year and is repaid in 18 monthly payments of $278.48 (final payment $278.47) starting July 2, 2026; a processing fee of $200.00 is deducted from the loan proceeds, so the borrower receives $3,800.00; a late fee of $15.00 applies to any payment more than fifteen days late; the borrower may prepay at any time without penalty.\n",
];

#[test]
fn in_one_long_sentence_each_term_is_read_by_its_own_clause() {
    use loanlint::model::{FeeTiming, RateKind};
    for text in ONE_SENTENCE {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(4000.00)),
            "{text}"
        );
        assert!(
            t.rates
                .iter()
                .any(|r| r.kind == RateKind::Interest && r.value == dec!(29.9)),
            "{text}: {:?}",
            t.rates
        );
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(200.00)));
        assert_eq!(
            fee.map(|f| f.timing),
            Some(FeeTiming::UpfrontDeducted),
            "{text}: {:?}",
            t.fees
        );
        let a = analyse(text);
        near(apr(&a), dec!(37.1209), text);
        assert!(
            violations(&a).iter().any(|v| v == "us-il-pla-apr-above-36"),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// ---------- amounts written only in words, the cents as a fraction of 100 ----------

// Python: $7,500.00 at 9% over 36 months: 35 x 238.50 + 238.41 = 8,585.91; APR 8.9999%.
const IN_WORDS: [&str; 2] = [
    "LOAN NOTE\nMade on the third day of March, 2026. The Lender lends the Borrower the principal sum of Seven Thousand Five Hundred and 00/100 Dollars, to be repaid with interest at nine percent per year in thirty-six equal monthly payments of Two Hundred Thirty-Eight and 50/100 Dollars, the first on the third day of April, 2026.\nNo fees are charged.\n",
    // Said another way: a promise to pay, the cents written "no/100".
    "PROMISSORY NOTE\nFor value received, I promise to pay to my cousin the sum of Seven Thousand Five Hundred and no/100 Dollars, with interest at nine percent per year, in thirty-six monthly installments of Two Hundred Thirty-Eight and 50/100 Dollars beginning April 3, 2026.\nThere are no other charges.\n",
];

#[test]
fn a_principal_written_only_in_words_with_its_cents_over_100_is_read() {
    for text in IN_WORDS {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(7500)),
            "{text}"
        );
        assert_eq!(
            t.payment.as_ref().map(|a| a.amount),
            Some(dec!(238.50)),
            "{text}"
        );
        near(apr(&analyse(text)), dec!(8.9999), text);
    }
}

// ---------- a table flattened to single blanks; a number in a lender's name ----------

// Python: $1,800.00 at 29.99% over 24 months: 23 x 100.63 + 100.78 = 2,415.27; APR 29.9909%.
const FLATTENED: [&str; 2] = [
    "Account Number Customer Creditor Loan Date\nAC-5512 Dana Whitfield Highway 40 Installment Lending LLC 03/02/2026\nLoan Amount Annual Percentage Rate Payment Amount Total of Payments First Payment Date\n$1,800.00 29.99% $100.63 (final payment $100.78) $2,415.27 04/02/2026\nPayments are due monthly.\n",
    // Said another way: prose, the number of the lender's name before the count.
    "Lender: Highway 40 Installment Loans LLC\nDate: 03/02/2026\nYou borrow $1,800.00 at 29.99% per year and repay it in 24 monthly payments of $100.63 (final payment $100.78), the first on 04/02/2026.\n",
];

#[test]
fn a_flattened_tables_labels_pair_with_their_values_and_a_number_in_a_name_is_no_count() {
    for text in FLATTENED {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(1800.00)),
            "{text}"
        );
        assert_eq!(
            t.contract_date
                .as_ref()
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2026-03-02"),
            "{text}"
        );
        // The count: stated, or (in the table) (2,415.27 - 100.78) / 100.63 + 1 = 24.
        let a = analyse(text);
        assert_eq!(
            a.report.terms.installments.as_ref().map(|c| c.count),
            Some(24),
            "{text}"
        );
        near(apr(&a), dec!(29.9909), text);
    }
}

// ---------- a schedule row whose first cell is blank under a row heading ----------

// Python: $5,000.00 at 12.5% over 36 months: 35 x 167.27 + 167.19 = 6,021.64; APR 12.5000%.
const BLANK_FIRST_CELL: [&str; 2] = [
    "HOME SOLAR FINANCE - DISCLOSURE\nAmount Financed | Total of Payments\n$5,000.00 | $6,021.64\nYour payment schedule | Number of payments | Amount of payments | When payments are due\n | 36 | $167.27 (last one $167.19) | monthly from 02/01/2027\nInterest rate: 12.5% per year.\n",
    // Said another way: cells set apart by tabs, other column names.
    "HOME SOLAR FINANCE - DISCLOSURE\nAmount Financed\tTotal of Payments\n$5,000.00\t$6,021.64\nRepayment plan\tNo. of payments\tEach payment\tDue\n\t36\t$167.27 (last one $167.19)\tmonthly from 02/01/2027\nInterest rate: 12.5% per year.\n",
];

#[test]
fn a_count_under_its_column_in_a_row_with_a_blank_first_cell_is_read() {
    for text in BLANK_FIRST_CELL {
        let a = analyse(text);
        assert_eq!(
            a.report.terms.installments.as_ref().map(|c| c.count),
            Some(36),
            "{text}"
        );
        near(apr(&a), dec!(12.5000), text);
    }
}

// ---------- a shortened schedule: rows 1 to 3, "...", the last row ----------

// Python: $3,000.00 at 14% over 24 months: 23 x 144.04 + 144.00 = 3,456.92; APR 13.9999%.
const SHORTENED: [&str; 2] = [
    "Bike shop financing\nAmount financed: $3,000.00\nInterest rate: 14% per year\n#  Date  Amount\n1  03/15/2027  $144.04\n2  04/15/2027  $144.04\n3  05/15/2027  $144.04\n…\n24  02/15/2029  $144.00\n",
    // Said another way: labelled rows, the gap written with spaced dots.
    "Bike shop financing\nAmount financed: $3,000.00\nInterest rate: 14% per year\nPayment 1: March 15, 2027 $144.04\nPayment 2: April 15, 2027 $144.04\n. . .\nPayment 24: February 15, 2029 $144.00\n",
];

#[test]
fn a_shortened_schedules_last_row_number_is_the_count() {
    for text in SHORTENED {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(144.04)),
            "{text}"
        );
        near(apr(&analyse(text)), dec!(13.9999), text);
    }
}

// ---------- a one-off fee collected in parts with each repayment ----------

// Python: 6 x 144.00 = 864.00 = 600.00 + 120.00 + 6 x 24.00: the set-up fee is in the
// repayments at 120.00 / 6 = 20.00 each; 20% of the credit over 6 periods is 3.333333% each.
const SPREAD_FEE: [&str; 2] = [
    "CREDIT CONTRACT\nLoan amount: $600.00\nInterest: none (0% p.a.)\nSet-up fee: $120.00 (20% of the loan amount)\nMonthly service fee: $24.00 each month\nRepayments: 6 monthly repayments of $144.00\nThe set-up fee and the monthly service fee are included in each repayment.\n",
    // Said another way: the fee spread over the repayments.
    "CREDIT CONTRACT\nLoan amount: $600.00\nInterest: none (0% p.a.)\nSet-up fee: $120.00 (20% of the loan amount)\nMonthly service fee: $24.00 each month\nRepayments: 6 monthly repayments of $144.00\nYour set-up fee is spread evenly over your 6 repayments.\n",
];

#[test]
fn a_one_off_fee_inside_each_repayment_is_charged_per_period_at_its_share() {
    use loanlint::model::FeeTiming;
    for text in SPREAD_FEE {
        let t = run(text);
        let fee = t
            .fees
            .iter()
            .find(|f| f.name.to_ascii_lowercase().contains("set-up"));
        assert_eq!(
            fee.map(|f| (f.timing, f.amount, f.percent)),
            Some((
                FeeTiming::PerPeriod,
                Some(dec!(20.00)),
                Some(dec!(3.333333))
            )),
            "{text}: {:?}",
            t.fees
        );
        // Repayments that could not hold the fee: it is not spread.
        let other = text.replace("$144.00", "$150.00");
        let t = run(&other);
        assert!(
            t.fees
                .iter()
                .filter(|f| f.name.to_ascii_lowercase().contains("set-up"))
                .all(|f| f.amount == Some(dec!(120.00))),
            "{other}: {:?}",
            t.fees
        );
    }
}

// ---------- a Kenyan mobile-money loan message ----------

// Python: KES 2,000 sent on 5 March 2026 (day first), KES 2,150 due 4 April 2026: one
// repayment after (date(2026,4,4) - date(2026,3,5)).days = 30 days; the fee 150 = 2,150 - 2,000
// is paid with it.
const MOBILE_MONEY: [&str; 2] = [
    "PESA CHAP: Confirmed. KES 2,000.00 has been sent to your M-PESA account on 05/03/26. Facility fee KES 150.00. Total amount due KES 2,150.00 by 04/04/26. Dial *456# to repay.\n",
    // Said another way: the shilling written "Ksh", the sum owed labelled "Amount due".
    "Loan confirmed! Ksh 2,000 has been sent to your M-Pesa wallet on 05/03/26. Facility fee Ksh 150. Amount due: Ksh 2,150 on 04/04/26. To repay, dial *456#.\n",
];

#[test]
fn a_mobile_money_loan_message_reads_day_first_in_shillings_as_one_repayment() {
    use loanlint::DocumentKind;
    use loanlint::model::FeeTiming;
    for text in MOBILE_MONEY {
        let t = run(text);
        let p = t.principal.as_ref();
        assert_eq!(
            p.map(|p| (p.amount, p.currency.as_str())),
            Some((dec!(2000), "KES")),
            "{text}"
        );
        assert_eq!(
            t.contract_date
                .as_ref()
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2026-03-05"),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        let a = analyse(text);
        assert_eq!(
            a.report.terms.term.as_ref().and_then(|l| l.days),
            Some(30),
            "{text}"
        );
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(150)));
        assert_eq!(
            fee.map(|f| f.timing),
            Some(FeeTiming::AtMaturity),
            "{text}: {:?}",
            t.fees
        );
        let (kind, why) = crate::document_kind_unseen::kind_of(text);
        assert_eq!(kind, DocumentKind::LoanDisclosure, "{text}: {why}");
    }
}
