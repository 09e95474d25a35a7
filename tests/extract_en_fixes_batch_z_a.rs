#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure of the held-out batch Z (`en-d*`) on cost and verdicts, each tested on
//! documents written for this file in other wordings than the corpus's. Expected values by
//! hand arithmetic in the comments.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::model::{Frequency, RepaymentMethod};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

fn count(text: &str) -> Option<u32> {
    run(text).installments.map(|c| c.count)
}

// ---------- the count from the first and the last payment dates ----------

// Every other Friday, January 16 to June 19, 2026: 154 days = 11 fortnights, 12 payments of
// $90.00 on $1,000: 90 x a(12, i) = 1000 gives i = 1.20435% a fortnight, APR 26 i = 31.31%.
const FORTNIGHTLY_FIRST_LAST: [&str; 2] = [
    "Swift Cash Online - Loan Confirmation\nJanuary 2, 2026\nLoan amount deposited to your account: $1,000.00\nYour payment: $90.00 every other Friday\nFirst payment date: January 16, 2026\nFinal payment date: June 19, 2026\n",
    "CASH LOAN - SUMMARY\nLoan date: January 2, 2026\nAmount of loan: $1,000.00\nBi-weekly payment: $90.00\nThe first payment is due January 16, 2026 and the last payment is due June 19, 2026.\n",
];

#[test]
fn a_fortnightly_count_comes_from_the_first_and_last_payment_dates() {
    for text in FORTNIGHTLY_FIRST_LAST {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Biweekly),
            "{text}"
        );
        // Said to be inferred, with the two dates it rests on.
        let inferred = t
            .inferred
            .iter()
            .find(|i| i.field == "installments")
            .unwrap_or_else(|| panic!("{text}: {:?}", t.inferred));
        assert!(
            inferred.reason.contains("2026-01-16") && inferred.reason.contains("2026-06-19"),
            "{}",
            inferred.reason
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(168), "{text}");
        near(apr(&analyse(text)), dec!(31.31), text);
    }
}

// Weekly, "pmt" for payment, numeric dates: 02/06/2026 to 05/29/2026 is 112 days = 16 weeks,
// 17 payments of $65.00 on $1,000, a term of 17 weeks. (A chat like this one is read as a
// message, not the agreement, so only its terms are checked here.)
#[test]
fn a_weekly_count_from_abbreviated_first_and_last_payments() {
    let text = "[01/30/2026 10:02 AM] FastLoan: Hi Sam, your loan is approved! Loan amount: $1,000.00, paid weekly.\n[10:03 AM] FastLoan: Weekly pmt $65.00. First pmt 02/06/2026, last pmt 05/29/2026. Reply YES to accept & e-sign.\n[10:05 AM] Me: YES\n[10:06 AM] FastLoan: Accepted. $1,000.00 is on its way to your debit card.\n";
    let t = run(text);
    assert_eq!(
        t.principal.as_ref().map(|p| p.amount),
        Some(dec!(1000.00)),
        "{text}"
    );
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(65.00)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(17));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(119));
}

#[test]
fn dates_that_are_no_whole_number_of_periods_apart_give_no_count() {
    // 02/06/2026 to 05/27/2026 is 110 days: no whole number of weeks.
    let text = "Loan amount: $1,000.00\nWeekly payment: $65.00\nFirst payment date: 02/06/2026\nLast payment date: 05/27/2026\n";
    assert_eq!(count(text), None, "{text}");
    // Monthly on the 15th, March 2026 to February 2027: 12 payments.
    let monthly = "Loan amount: $1,000.00\nMonthly payment: $93.00\nFirst payment date: March 15, 2026\nLast payment date: February 15, 2027\n";
    assert_eq!(count(monthly), Some(12), "{monthly}");
}

#[test]
fn a_message_saying_the_loan_is_ready_names_its_amount() {
    for (text, want) in [
        (
            "Hi Ana, your loan is ready. Amount $750.00, interest 20% per yr, paid monthly.",
            dec!(750.00),
        ),
        (
            "Good news: your cash advance has been approved! Amount: $400.00. Reply YES to accept.",
            dec!(400.00),
        ),
    ] {
        assert_eq!(run(text).principal.map(|p| p.amount), Some(want), "{text}");
    }
}

// ---------- equal principal ----------

// $3,000 at 12% a year, $250.00 of principal a month plus interest at 1% on the balance:
// 3000 / 250 = 12 payments, 280.00 down to 252.50; the APR is the note rate, 12.00%.
const EQUAL_PRINCIPAL: [&str; 3] = [
    "LOAN AGREEMENT - New York\nDate: March 1, 2026\nWe lend you $3,000.00 at 12% per year. You will pay principal of $250.00 each month plus interest on the unpaid balance, so each payment is smaller than the one before.\n",
    "LOAN AGREEMENT - New York\nDate: March 1, 2026\nPrincipal: $3,000.00. Interest: 12% per annum on the declining balance. Repayment: twelve equal monthly principal payments, each together with the interest accrued.\n",
    "LOAN AGREEMENT - New York\nDate: March 1, 2026\nLoan amount: $3,000.00. Interest rate: 12% a year. The principal is repaid in equal monthly instalments of principal of $250.00, with interest on the balance then owed.\n",
];

#[test]
fn equal_shares_of_principal_with_interest_on_the_balance_are_equal_principal() {
    for text in EQUAL_PRINCIPAL {
        let t = run(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualPrincipal),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
        near(apr(&analyse(text)), dec!(12.00), text);
    }
}

#[test]
fn equal_monthly_payments_stay_level() {
    let text = "Loan amount: $3,000.00. Interest rate: 12% a year. You will repay in 12 equal monthly payments of $266.55.";
    assert_eq!(
        run(text).repayment.map(|r| r.method),
        Some(RepaymentMethod::EqualInstallment),
        "{text}"
    );
}

// ---------- a debt cancellation fee in the Military APR ----------

// Illinois, amount financed $5,000 of which $600 is an optional debt cancellation fee paid to
// the lender: 24 payments of $279.56 at 30% (2.5% a month on 5,000). Reg Z APR 30.00%; the
// MAPR counts the fee, so 4,400 against the same payments: about 44.3% > 36%.
const DEBT_CANCELLATION: [&str; 2] = [
    "LAKESHORE AUTO FINANCE, INC. - LOAN NOTE AND DISCLOSURE\nBorrower: Pat Quinn, 12 Elm St, Joliet, IL 60431   Date: 03/02/2026\nANNUAL PERCENTAGE RATE 30.00%   Amount Financed $5,000.00\nPayment schedule: 24 monthly payments of $279.56, the first due 04/02/2026.\nInterest rate: 30% per year on the unpaid balance.\nITEMIZATION OF AMOUNT FINANCED\n  Paid to the dealer, Joliet Motors                           $4,400.00\n  Paid to us for the debt cancellation agreement              $600.00\n  Amount Financed                                             $5,000.00\nDEBT CANCELLATION. Debt cancellation coverage is optional and not required to get this loan. I want debt cancellation; the fee is $600.00. Signature: P. Quinn\n",
    "LAKESHORE AUTO FINANCE, INC. - LOAN NOTE AND DISCLOSURE\nBorrower: Pat Quinn, 12 Elm St, Joliet, IL 60431   Date: 03/02/2026\nANNUAL PERCENTAGE RATE 30.00%   Amount Financed $5,000.00\nPayment schedule: 24 monthly payments of $279.56, the first due 04/02/2026.\nInterest rate: 30% per year on the unpaid balance.\nITEMIZATION OF AMOUNT FINANCED\n  Paid to the dealer, Joliet Motors                           $4,400.00\n  Guaranteed asset protection (GAP) waiver                    $600.00\n  Amount Financed                                             $5,000.00\nGAP is voluntary. You do not have to buy it. By signing below you ask for GAP. Signature: P. Quinn\n",
];

#[test]
fn an_optional_debt_cancellation_fee_counts_in_the_illinois_mapr() {
    for text in DEBT_CANCELLATION {
        let t = run(text);
        assert_eq!(
            t.voluntary_insurance.as_ref().map(|v| v.amount),
            Some(dec!(600.00)),
            "{text}"
        );
        let a = analyse(text);
        // The Reg Z APR leaves the optional fee out.
        near(apr(&a), dec!(30.00), text);
        assert!(
            violations(&a).contains(&"us-il-pla-apr-above-36".to_string()),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// ---------- a private note in California ----------

// $3,000 from a neighbour at 11% a year, 12 payments of $265.14: above the 10% of Cal. Const.
// art. XV for a non-exempt (private) lender; the state is read from the note's place-and-date
// line, the lender's type from "my neighbour" / "my colleague".
#[test]
fn a_californian_note_between_neighbours_above_ten_percent() {
    for who in ["neighbor", "colleague"] {
        let text = format!(
            "PROMISSORY NOTE\n\nSan Jose, California, May 4, 2026\n\nI, Lee Park, borrowed from my {who} Dana Cruz, the sum of three thousand dollars ($3,000.00). I will repay it with interest at 11% per year in twelve equal monthly payments of $265.14, beginning June 4, 2026.\n\nLee Park, Borrower        Dana Cruz, Lender\n"
        );
        let t = run(&text);
        assert_eq!(
            t.lender.as_ref().map(|l| l.lender_type),
            Some(loanlint::model::LenderType::Individual),
            "{text}"
        );
        let a = analyse(&text);
        assert!(
            violations(&a).contains(&"us-ca-civil-usury".to_string()),
            "{text}: {:?}",
            violations(&a)
        );
    }
}
