//! English extractor: disclosure boxes drawn as text tables, the odd final payment, the term
//! read from the schedule, lender licences, limits on charges, continued default interest.
//! Each mechanism is tried on several wordings.

use std::path::Path;

use loanlint::extract::en::extract;
use loanlint::read::{Document, SourceKind};
use loanlint::{ClauseKind, FeeKind, LenderType, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal_macros::dec;

fn run(text: &str) -> Terms {
    extract(&Document::from_text(
        Path::new("contract.txt"),
        SourceKind::Text,
        text,
    ))
}

const BOX: &str = "FEDERAL TRUTH IN LENDING DISCLOSURES
+------------------------+------------------------+------------------------+------------------------+
| ANNUAL PERCENTAGE RATE | FINANCE CHARGE         | Amount Financed        | Total of Payments      |
| The cost of your       | The dollar amount the  | The amount of credit   | The amount you will    |
| credit as a yearly     | credit will cost you.  | provided to you or on  | have paid after you    |
| rate.                  |                        | your behalf.           | have made all payments |
|                        |                        |                        | as scheduled.          |
|         24.90%         |         $812.40        |       $2,000.00        |       $2,812.40        |
+------------------------+------------------------+------------------------+------------------------+
";

#[test]
fn drawn_box_values_are_read_by_column() {
    let t = run(BOX);
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(24.90)));
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(812.40))
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(2000.00)));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(2812.40))
    );
    // The box quote runs from the label to its figure.
    let fc = t.finance_charge.as_ref().map(|a| a.evidence.text.clone());
    assert!(fc.is_some_and(|q| q.contains("FINANCE CHARGE") && q.contains("$812.40")));
}

#[test]
fn drawn_box_in_another_column_order_and_without_descriptions() {
    let text = "+----------------+-----------------+----------------+\n| Amount Financed | Total of Payments | APR |\n+----------------+-----------------+----------------+\n| $950.00 | $1,140.00 | 36.00% |\n+----------------+-----------------+----------------+\n";
    let t = run(text);
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(950.00)));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(1140.00))
    );
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(36.00)));
}

#[test]
fn a_description_under_a_box_label_names_no_amount() {
    // "The amount of credit provided" is the Amount Financed column's description: it must not
    // make the principal.
    let t = run(BOX);
    assert!(
        t.principal
            .as_ref()
            .is_none_or(|p| p.derived && p.amount == dec!(2000.00)),
        "{:?}",
        t.principal
    );
}

#[test]
fn the_odd_final_payment_is_counted() {
    let cases = [
        (
            "Your Payment Schedule: 35 monthly payments of $161.34 each, due on the 3rd day of each month beginning March 3, 2025, and one final payment of $161.18 due February 3, 2028.",
            36,
        ),
        (
            "You will repay the loan in 23 monthly instalments of £52.10 followed by a final instalment of £51.96.",
            24,
        ),
        (
            "Payments: 11 equal monthly payments of $90.00 plus 1 last payment of $89.50.",
            12,
        ),
        (
            "The Borrower shall make 47 payments of $250.00 and a balloon payment of $5,000.00.",
            48,
        ),
        // No final payment: the count stands.
        ("You will make 12 monthly payments of $100.00 each.", 12),
    ];
    for (text, n) in cases {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(n), "{text}");
    }
}

#[test]
fn term_follows_from_the_schedule_when_not_stated() {
    let cases: [(&str, Option<u32>, Option<u32>); 4] = [
        (
            "You will make 36 monthly payments of $161.34.",
            Some(36),
            None,
        ),
        ("Repay in 8 quarterly instalments of £400.", Some(24), None),
        (
            "You will make 10 bi-weekly payments of $120.00 each.",
            None,
            Some(140),
        ),
        (
            "Date of Note: April 1, 2025\nYour Payment Schedule: one (1) payment of $390.00 due on April 15, 2025.",
            None,
            Some(14),
        ),
    ];
    for (text, months, days) in cases {
        let t = run(text);
        let got = t.term.as_ref().map(|x| (x.months, x.days));
        assert_eq!(got, Some((months, days)), "{text}");
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.contains("derived from the payment schedule")),
            "{text}: {:?}",
            t.assumptions
        );
    }
    // A stated term wins over the schedule.
    let t = run("Loan term: 37 months. You will make 36 monthly payments of $161.34.");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(37));
}

#[test]
fn single_repayment_is_a_bullet_and_level_payments_are_equal_instalments() {
    let bullet = [
        "Repayment: one repayment of £381.00 on 11 June 2025. If you repay early you will pay interest only for the days for which you had the credit.",
        "You must repay the loan and interest in a single payment of $390.00 on the due date.",
    ];
    for text in bullet {
        let t = run(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
    }
    let t = run(
        "Your loan has an interest-only period of 12 months, then 48 monthly payments of $310.20.",
    );
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::InterestOnly)
    );
    let level = [
        "Payment Schedule: 59 monthly payments of $207.54 beginning September 20, 2025, and a final payment of $207.17.",
        "You will make 24 monthly repayments of £95.00.",
    ];
    for text in level {
        let t = run(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

#[test]
fn maturity_from_the_repayment_date() {
    let t = run(
        "Date of agreement: 12 May 2025\nGoverned by the law of England and Wales.\nDuration of the agreement: 30 days, from the date the credit is paid into your bank account to the repayment date (11 June 2025).",
    );
    assert_eq!(
        t.maturity_date.map(|d| d.date.to_string()),
        Some("2025-06-11".to_string())
    );
}

#[test]
fn licensed_consumer_lenders() {
    let licensed = [
        "LENDER: Lakeshore Prairie Finance, LLC, 1400 W. Example Avenue, Springfield, Illinois 62704, licensed under the Illinois Consumer Installment Loan Act, License No. CI-00000.",
        "Lender: BrightPenny Loans Limited, 10 Example Street, Leeds. Authorised and regulated by the Financial Conduct Authority, firm reference number 000000.",
        "Lender: Sunrise Credit Company, 1 Main St. NMLS #123456.",
        "Lender: Westside Finance Inc., licensed by the California Department of Financial Protection and Innovation, CFL license number 60DBO-00000.",
    ];
    for text in licensed {
        let t = run(text);
        let l = t.lender.as_ref().expect(text);
        assert_eq!(l.lender_type, LenderType::LicensedNonBank, "{text}");
        assert!(
            l.name
                .as_deref()
                .is_some_and(|n| !n.contains(',') || n.ends_with("LLC")),
            "{text}: {:?}",
            l.name
        );
    }
    let t = run(
        "CREDIT UNION: Golden Example Federal Credit Union, 500 Sample Way, Sacramento, California 95814 (\"Credit Union\", \"we\").",
    );
    let l = t.lender.as_ref().expect("credit union");
    assert_eq!(
        l.name.as_deref(),
        Some("Golden Example Federal Credit Union")
    );
    assert_eq!(l.lender_type, LenderType::Bank);
    // A company with no licence wording stays a company.
    let t = run("Lender: Acme Widgets LLC, 5 Side Road.");
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::Company)
    );
}

#[test]
fn a_limit_on_all_charges_is_not_a_fee() {
    let caps = [
        "6. Cost limit. The total of the interest, fees and charges you pay under this agreement, including any default fee and default interest, will never exceed 100% of the amount of credit, that is £300.00.",
        "You will never pay more than 100% of the amount borrowed in fees, charges and interest, including any default fee.",
        "Late fees and all other charges together will not exceed 50 percent of the principal.",
    ];
    for text in caps {
        let t = run(text);
        assert!(t.fees.is_empty(), "{text}: {:?}", t.fees);
    }
    // A fee with its own maximum is still a fee.
    let t =
        run("A late fee of 5% of the unpaid installment, not to exceed $25.00, will be charged.");
    assert_eq!(t.fees.len(), 1, "{:?}", t.fees);
}

#[test]
fn default_fee_for_a_missed_payment_is_a_late_fee_and_zero_charges_are_none() {
    let t = run(
        "If you do not make the repayment in full on the repayment date we will charge a default fee of £25.00 for the missed payment.",
    );
    assert_eq!(
        t.fees
            .iter()
            .map(|f| (f.kind, f.amount))
            .collect::<Vec<_>>(),
        vec![(FeeKind::Late, Some(dec!(25.00)))]
    );
    let t = run("Upon any other default you will pay a default charge of $50.00.");
    assert_eq!(t.fees.first().map(|f| f.kind), Some(FeeKind::Penalty));
    let t = run(
        "ITEMIZATION OF AMOUNT FINANCED\nAmount paid to you in cash: $300.00\nPrepaid finance charge: $0.00\n",
    );
    assert!(t.fees.is_empty(), "{:?}", t.fees);
    // With no deducted charge, the amount financed is the principal.
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(300.00)));
}

#[test]
fn a_fee_sentence_does_not_take_the_disbursed_figure() {
    let t = run(
        "2. Origination Fee. You agree to pay an origination fee of $200.00. The origination fee will be deducted from the loan proceeds, so that the amount disbursed to you is $4,800.00.",
    );
    let amounts: Vec<_> = t
        .fees
        .iter()
        .filter(|f| f.kind == FeeKind::Origination)
        .map(|f| f.amount)
        .collect();
    assert_eq!(amounts, vec![Some(dec!(200.00))]);
}

#[test]
fn principal_from_a_loan_of() {
    let cases = [
        "In return for a loan of Three Hundred Dollars ($300.00) that you have received today, you promise to pay us $390.00.",
        "We agree to make you a loan of $300.00 on the terms below.",
    ];
    for text in cases {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(300.00)),
            "{text}"
        );
    }
}

#[test]
fn disbursed_is_the_principal_when_nothing_is_deducted() {
    let t = run("Amount of credit: £300.00\nRate of interest: 0.9% per day.");
    let d = t.disbursed.as_ref().expect("disbursed");
    assert_eq!((d.amount, d.derived), (dec!(300.00), true));
    let t = run(
        "Loan amount: $1,000.00. An origination fee of $50.00 will be deducted from the loan proceeds.",
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(950.00)));
}

#[test]
fn apr_worded_as_the_interest_rate_is_both() {
    let t = run(
        "2. Interest Rate. Interest is charged on the unpaid principal balance at a fixed annual percentage rate of 8.99% from the date of this Agreement.",
    );
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(8.99)));
    let r = t.rates.iter().find(|r| r.kind == RateKind::Interest);
    assert_eq!(r.map(|r| (r.value, r.per)), Some((dec!(8.99), Per::Year)));
    // An APR alone is not the contract rate.
    let t = run("ANNUAL PERCENTAGE RATE: 8.99% (the cost of your credit as a yearly rate)");
    assert!(t.rates.is_empty(), "{:?}", t.rates);
}

#[test]
fn interest_continuing_after_a_missed_payment_is_default_interest() {
    let cases = [
        "Rate of interest: 0.9% per day.\n\n5. Missed payments. If you do not make the repayment in full on the repayment date we will charge a default fee of £25.00. We will also continue to charge interest on the amount outstanding at the same daily rate of 0.9% until it is paid.",
        "Interest: 1% per day.\n\nIf you miss a repayment, we will tell you. Interest will continue to accrue at 1% per day on the amount outstanding.",
    ];
    for text in cases {
        let t = run(text);
        let kinds: Vec<_> = t.rates.iter().map(|r| r.kind).collect();
        assert!(kinds.contains(&RateKind::Interest), "{text}: {kinds:?}");
        assert!(kinds.contains(&RateKind::Overdue), "{text}: {kinds:?}");
    }
    // Interest that simply runs on the balance is not default interest.
    let t = run(
        "Interest accrues at 12% per year. You will make 12 monthly payments. Interest will continue to accrue on the unpaid principal balance until it is paid.",
    );
    assert!(t.rates.iter().all(|r| r.kind == RateKind::Interest));
}

#[test]
fn demand_for_early_payment_is_acceleration() {
    let cases = [
        "If you are in breach of this agreement we may, after serving a default notice under section 87 of the Consumer Credit Act 1974, demand early payment of all sums due.",
        "On default we may require immediate repayment of the outstanding balance.",
        "We may demand that you repay the whole amount owed immediately.",
    ];
    for text in cases {
        let t = run(text);
        assert!(
            t.clauses.iter().any(|c| c.kind == ClauseKind::Acceleration),
            "{text}"
        );
    }
    let t = run("You may request early repayment at any time.");
    assert!(t.clauses.iter().all(|c| c.kind != ClauseKind::Acceleration));
}

#[test]
fn default_interest_at_the_same_rate_is_the_contract_rate() {
    let cases = [
        "Rate of interest: 0.8% per day.\n\nIf you do not make the repayment on the repayment date, we will charge interest on the amount outstanding at the same daily rate until it is paid.",
        "Interest accrues at 11.5% per year.\n\nAfter default, interest will continue to accrue at the contract rate.",
        "The note bears interest at 7% per annum. Overdue amounts bear interest at the rate stated above.",
    ];
    for text in cases {
        let t = run(text);
        let interest = t.rates.iter().find(|r| r.kind == RateKind::Interest);
        let overdue = t.rates.iter().find(|r| r.kind == RateKind::Overdue);
        assert!(
            interest.is_some() && overdue.is_some(),
            "{text}: {:?}",
            t.rates
        );
        assert_eq!(
            overdue.map(|r| (r.value, r.per)),
            interest.map(|r| (r.value, r.per)),
            "{text}"
        );
    }
    // "The same rate" outside a default context is no default rate.
    let t = run(
        "Interest accrues at 11.5% per year. Interest on any advance is charged at the same rate.",
    );
    assert!(
        t.rates.iter().all(|r| r.kind == RateKind::Interest),
        "{:?}",
        t.rates
    );
}

#[test]
fn a_finance_charge_worked_out_per_hundred_is_not_a_second_fee() {
    let t = run(
        "FINANCE CHARGE (the dollar amount the credit will cost you): $90.00\nThe Finance Charge of $90.00 is a fee for the loan of $15.00 for each $50.00 advanced.",
    );
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(90.00))
    );
    assert!(t.fees.is_empty(), "{:?}", t.fees);
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("per USD 50 borrowed")),
        "{:?}",
        t.assumptions
    );
    // Without a stated finance charge the per-$100 charge is the fee.
    let t = run("We charge a fee of $15 for every $100 borrowed.");
    assert_eq!(t.fees.first().and_then(|f| f.percent), Some(dec!(15)));
}

#[test]
fn the_final_payment_and_a_repeated_apr_are_read() {
    let cases = [
        "Your regular monthly payment is $207.54. The final payment of $207.17 reflects rounding.",
        "Payments: 23 monthly instalments of £52.10; last instalment: £51.96.",
        "The last payment will be $89.50 and is due on June 1, 2026.",
    ];
    for text in cases {
        let t = run(text);
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.starts_with("final payment stated as")),
            "{text}: {:?}",
            t.assumptions
        );
        assert!(t.unparsed.is_empty(), "{text}: {:?}", t.unparsed);
    }
    let t = run(
        "Representative APR: 1732.1%\n\n4. APR. The APR is 1732.1%. It assumes you repay on time.",
    );
    assert!(t.unparsed.is_empty(), "{:?}", t.unparsed);
    // A different APR figure is still reported as unread.
    let t = run(
        "Representative APR: 1732.1%\n\n4. APR. The APR is 1294.5%. It assumes you repay on time.",
    );
    assert_eq!(t.unparsed.len(), 1, "{:?}", t.unparsed);
}

#[test]
fn box_drawing_bars_and_semimonthly_terms() {
    let text = "┌──────────────────┬──────────────────┐\n│ FINANCE CHARGE   │ Amount Financed  │\n├──────────────────┼──────────────────┤\n│ $120.00          │ $1,000.00        │\n└──────────────────┴──────────────────┘\n";
    let t = run(text);
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(120.00))
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(1000.00)));
    let t = run("You will make 24 semi-monthly payments of $45.00.");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
}
