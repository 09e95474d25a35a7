#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on English batch AB (fixer B), each tested on texts written for this
//! file in other wordings and layouts than the corpus's: a late fee charged once is not
//! multiplied by the instalments; abbreviated terms ("12 mos."); an add-on rate; a range of
//! amounts is no principal; a total that names its parts is no fee; the kinds of documentation
//! and broker fees.

use crate::extract_en::run;
use crate::extract_en_gaps_s26::interest_rates as interest;
use crate::extract_en_unseen_h::{analyse, violations};

use loanlint::{FeeKind, Per};
use rust_decimal_macros::dec;

// ---------- a late fee said once is charged once ----------

/// £300.00 lent, 3 monthly repayments of £130.00 (total £390.00, charges £90 = 30% of the
/// credit; monthly IRR about 14.9%, about 0.5% a day): within the HCSTC caps but for the late
/// fee, £12.00, which only breaks the £15 default-fee cap if it recurs for each of the 3.
fn pay_in_three(late_fee: &str) -> String {
    format!(
        "QUICKMEND CREDIT LTD - PAY IN 3\nDate of agreement: 1 March 2027\nAmount of credit: £300.00\nRepayments: 3 monthly repayments of £130.00, the first on 1 April 2027\nTotal amount payable: £390.00\n{late_fee}\nSigned electronically by the customer on 1 March 2027.\n"
    )
}

const ONCE_ONLY: [&str; 4] = [
    "Late? A single £12.00 late fee, no more.",
    "If you miss a repayment we charge just one late fee of £12.00.",
    "Late payment fee: £12.00, charged once only however many repayments are late.",
    "Paying late adds one £12 late fee in total.",
];

#[test]
fn a_late_fee_said_once_is_charged_once() {
    for line in ONCE_ONLY {
        let text = pay_in_three(line);
        let t = run(&text);
        let late = t.fees.iter().find(|f| f.kind == FeeKind::Late).unwrap();
        assert_eq!(late.amount, Some(dec!(12)), "{line}");
        assert_eq!(late.per, Some(Per::Once), "{line}");
        let v = violations(&analyse(&text));
        assert!(
            !v.contains(&"uk-hcstc-default-fee-cap".to_string()),
            "{line}: {v:?}"
        );
    }
}

#[test]
fn a_late_fee_for_each_missed_repayment_still_counts_for_each() {
    for line in [
        "Late payment fee: £12.00 for each missed repayment.",
        "A £12.00 late fee is charged every time a repayment is late, no cap.",
    ] {
        let text = pay_in_three(line);
        let v = violations(&analyse(&text));
        assert!(
            v.contains(&"uk-hcstc-default-fee-cap".to_string()),
            "{line}: {v:?}"
        );
    }
}

// ---------- terms with abbreviated units ----------

#[test]
fn an_abbreviated_term_unit_is_read() {
    for (text, months, days) in [
        (
            "Amount financed: $6,500.00\nTerm ........ 12 mos.\n",
            Some(12),
            None,
        ),
        (
            "Loan amount $2,000.00   Term: 36 mos   Monthly payment $80.00\n",
            Some(36),
            None,
        ),
        (
            "Amount: $9,000.00. Term of the loan: 3 yrs. Payments monthly.\n",
            Some(36),
            None,
        ),
        (
            "Loan amount: $1,300.00\nTerm: 26 wks, paid weekly.\n",
            None,
            Some(182),
        ),
        (
            "Amount of the loan $4,000.00 on a 24-mo. term.\n",
            Some(24),
            None,
        ),
    ] {
        let t = run(text);
        let term = t.term.as_ref().expect(text);
        assert_eq!((term.months, term.days), (months, days), "{text}");
    }
}

// ---------- an add-on rate ----------

#[test]
fn an_add_on_rate_is_the_loan_rate() {
    for text in [
        "Unpaid balance financed: $8,400.00\nFinance charge (add-on interest 14.5% per year x 3 years on $8,400.00): $3,654.00\n",
        "Amount financed $5,000.00. Charged at 14.5% add-on a year for 24 months.\n",
        "Amount financed $5,000.00\nAdd-on rate: 14.5% per annum\n",
    ] {
        let t = run(text);
        assert_eq!(interest(&t), vec![dec!(14.5)], "{text}");
        assert_eq!(t.rates.first().map(|r| r.per), Some(Per::Year), "{text}");
    }
}

// ---------- a range of amounts is no principal ----------

#[test]
fn a_range_of_amounts_is_not_the_principal() {
    for text in [
        "QUICKCASH LOANS\nLoan Amount Range $500 – $15,000\nInterest rate: 24% per year\n",
        "Loan amount: between $500 and $15,000, depending on your state.\n",
        "Loan amount: USD 2,000-10,000 (subject to approval)\n",
    ] {
        let t = run(text);
        assert_eq!(t.principal.as_ref().map(|a| a.amount), None, "{text}");
    }
    // The loan's own amount beside an advertised range is still read.
    for text in [
        "Personal loans from £1,000 to £25,000.\nAmount of credit: £3,000.00\n",
        "Loan Amount Range $500 – $15,000\nYour loan amount: $3,000.00\n",
    ] {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(3000)),
            "{text}"
        );
    }
}

// ---------- a total that names its parts is not a fee ----------

#[test]
fn a_total_naming_its_parts_is_not_another_fee() {
    for text in [
        "1. Loan. We lend you CAD 2,000.00.\n2. Broker fee. A fee of CAD 150.00 for arranging this loan is paid out of the loan.\n3. Cost. The total cost of borrowing over the term, interest and broker fee, is CAD 480.10.\n",
        "Loan amount: $2,000.00\nBroker fee: $150.00, deducted from the loan.\nFinance charge (interest plus the broker fee): $480.10\n",
        "Loan amount: $2,000.00. A broker fee of $150.00 is deducted from the loan. Cost of credit: interest and the broker fee come to $480.10.\n",
    ] {
        let t = run(text);
        let fees: Vec<_> = t.fees.iter().map(|f| (f.kind, f.amount)).collect();
        assert_eq!(fees, vec![(FeeKind::Service, Some(dec!(150)))], "{text}");
    }
}

// ---------- the kinds of documentation and broker fees ----------

#[test]
fn documentation_and_broker_fees_have_their_kinds() {
    for (text, kind) in [
        (
            "Documentation fee for preparing this agreement: $49.00, paid in cash.\n",
            FeeKind::Handling,
        ),
        (
            "A document preparation fee of $75.00 is due at signing.\n",
            FeeKind::Handling,
        ),
        (
            "Brokerage fee: £250.00, payable to the broker from the loan.\n",
            FeeKind::Service,
        ),
        (
            "You pay the loan broker a fee of $200.00 (broker fee) when the loan is paid out.\n",
            FeeKind::Service,
        ),
        ("Application fee: $30.00.\n", FeeKind::Application),
    ] {
        let t = run(text);
        assert_eq!(t.fees.first().map(|f| f.kind), Some(kind), "{text}");
    }
}

// ---------- a prepaid finance charge paid apart from the loan ----------

#[test]
fn a_prepaid_finance_charge_paid_by_card_is_not_deducted() {
    for text in [
        "Amount paid to the seller for you: $2,400.00.\nPrepaid finance charge: processing fee $95.00, paid by you today by debit card.\n",
        "Loan amount: $1,000.00\nPrepaid finance charge - origination fee $40.00, paid by card at signing.\n",
    ] {
        let t = run(text);
        let timing = t.fees.first().map(|f| f.timing);
        assert_eq!(timing, Some(loanlint::FeeTiming::UpfrontPaid), "{text}");
    }
    // Said withheld, it is deducted.
    let t = run(
        "Loan amount: $1,000.00\nPrepaid finance charge: origination fee $40.00, deducted from the loan.\n",
    );
    assert_eq!(
        t.fees.first().map(|f| f.timing),
        Some(loanlint::FeeTiming::UpfrontDeducted)
    );
}
