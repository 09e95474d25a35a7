#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on English batch AA, round 2, each tested on texts written for this
//! file in other wordings and layouts than the corpus's. Expected values come from an
//! independent Python `decimal` computation (level payment rounded half up, interest on the
//! balance rounded half up each month, the remainder in the last payment, IRR by bisection).

use crate::extract_en::run;
use crate::extract_en_gaps_s26::interest_rates as interest;
use crate::extract_en_unseen_h::{analyse, apr};

use loanlint::Frequency;
use rust_decimal_macros::dec;

// ---------- a summary in two columns, the payments in the right one, dot leaders ----------

/// $2,400.00 at 24% a year, 12 monthly payments of $226.94 (last $226.97), total $2,723.31.
/// Python: IRR x 12 = 24.00%.
const TWO_COLUMNS: [&str; 3] = [
    // A text page: the right column keeps its place; a wrapped left entry is indented.
    "HARBOR STREET CREDIT UNION\nMEMBER LOAN SUMMARY\n\nTHE LOAN                              THE REPAYMENTS\nAmount borrowed ..... $2,400.00       How many payments ... 12\nInterest rate ....... 24% a year      How often ........... monthly\nSent to:                              Each payment ........ $226.94\n  Lakeside Dental Group               Last payment ........ $226.97\nTotal of payments ... $2,723.31       First due ........... 03/15/2027\n\nSigned at Duluth, Minnesota on February 15, 2027.\n",
    // The same summary as a PDF's text prints it: no indent, two blanks between the columns.
    "HARBOR STREET CREDIT UNION\nMEMBER LOAN SUMMARY\n\nTHE LOAN  THE REPAYMENTS\nAmount borrowed ..... $2,400.00  How many payments ... 12\nInterest rate ....... 24% a year  How often ........... monthly\nSent to:  Each payment ........ $226.94\nLakeside Dental Group  Last payment ........ $226.97\nTotal of payments ... $2,723.31  First due ........... 03/15/2027\n\nSigned at Duluth, Minnesota on February 15, 2027.\n",
    // Other labels: a number of payments and a frequency, the leaders of an ellipsis sign.
    "HARBOR STREET CREDIT UNION\n\nYOUR LOAN                             PAYMENT PLAN\nAmount borrowed … $2,400.00           Number of payments … 12\nInterest rate … 24% a year            Payment frequency … monthly\nSent to:                              Each payment … $226.94\n  Lakeside Dental Group               Final payment … $226.97\nTotal of payments … $2,723.31         Starts … 03/15/2027\n\nSigned at Duluth, Minnesota on February 15, 2027.\n",
];

#[test]
fn a_payments_column_beside_the_loan_column_is_read() {
    for text in TWO_COLUMNS {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly),
            "{text}"
        );
        assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(2400)));
        assert_eq!(interest(&t), vec![dec!(24)], "{text}");
        let got = apr(&analyse(text));
        assert!((got - dec!(24.00)).abs() <= dec!(0.05), "{got} {text}");
    }
}

#[test]
fn a_question_without_a_leader_is_no_count() {
    // Prose asking how many payments are left is no count of payments.
    let t = run("Loan amount: $900.00. Ask us how many payments 12 months would take.\n");
    assert_eq!(t.installments.as_ref().map(|c| c.count), None);
}

// ---------- a loan agreed in an e-mail chain, the terms in the quoted replies ----------

/// $6,000.00 at 8% a year over 30 months (the counter-offer, accepted): 30 monthly payments of
/// $221.33 (last $221.34), total $6,639.91. Python: IRR x 12 = 8.00%. The first offer's 10%
/// and 24 months were changed by the later message.
const CHAIN: [&str; 2] = [
    "From: Tomas Reyes <tomas@example.org>\nTo: Lucia Reyes <lucia@example.org>\nDate: March 2, 2027\nSubject: Re: Re: the van\n\nFine by me. I'll send the $6,000.00 on Friday; sign the printout when you come by.\nTomas\n\nOn March 1, 2027, Lucia Reyes wrote:\n> Thanks Uncle Tomas! About the loan: could we make it 8% a year over 30 months instead?\n> That works out to $221.33 a month, the last one $221.34.\n>\n> On February 27, 2027, Tomas Reyes wrote:\n>> I can lend you $6,000.00 for the van at 10% a year, repaid monthly over 24\n>> months. We both live in Austin, Texas.\n",
    // Said another way: quote marks spaced ("> >"), the acceptance below the quotes.
    "From: Tomas Reyes <tomas@example.org>\nTo: Lucia Reyes <lucia@example.org>\nSubject: Re: the van\n\nOn Mar 1, 2027 at 9:12 AM Lucia Reyes wrote:\n> For the loan I'd rather pay 8% a year over 30 months: I'll repay you $221.33 a month\n> (the last payment $221.34).\n> > On Feb 27, 2027 at 6:03 PM Tomas Reyes wrote:\n> > You can have $6,000.00 at 10% a year over 24 months.\n\nAgreed. The $6,000.00 goes to your account on Friday.\n",
];

#[test]
fn the_quoted_replies_hold_the_agreed_terms_the_latest_wins() {
    for text in CHAIN {
        let t = run(text);
        let a = analyse(text);
        // No label names the principal: the analysis finds it among the figures.
        let principal = a.report.terms.principal.as_ref().map(|p| p.amount);
        assert_eq!(principal, Some(dec!(6000)), "{text}");
        assert_eq!(interest(&t), vec![dec!(8)], "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(30), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(30), "{text}");
        // The older offer's figures are named as not read.
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.contains("earlier message") && a.contains("10%")),
            "{:?}",
            t.assumptions
        );
        let got = apr(&a);
        assert!((got - dec!(8.00)).abs() <= dec!(0.05), "{got} {text}");
    }
}

#[test]
fn a_latest_message_with_terms_of_its_own_keeps_its_quotes_out() {
    let text = "Here is the note as agreed: you borrow $5,000.00 at 6% a year, repaid in 12 monthly payments of $430.33.\n\nOn May 2, 2027, Kim wrote:\n> Could we do 24 months at 5% instead?\n";
    let t = run(text);
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(interest(&t), vec![dec!(6)]);
}
