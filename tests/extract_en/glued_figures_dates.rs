//! Figures glued together, date pairs, disclosure forms (fresh wordings).

#[allow(unused_imports)]
use super::*;

// ---- Figures glued together, date pairs, disclosure forms (fresh wordings) ----

fn extracted(text: &str) -> Terms {
    let d = doc(text);
    let t = extract(&d);
    common::evidence::assert_quotes(&d.text, &t);
    t
}

#[test]
fn the_tail_of_an_amount_is_never_a_count() {
    // Label after the value, in several flattened layouts.
    for text in [
        "Projected figures   $1,412.89 Monthly Payment   years 1-30",
        "Your estimate | $2,068 Monthly Payment | includes escrow",
        "Range of amounts: $1,028–$2,068 Monthly Payment\n",
        "Cost breakdown\n$415.20 Bi-weekly Installment\nDue every other Friday",
        "You may buy a $12 monthly payment protection plan.",
    ] {
        let t = extracted(text);
        assert!(t.installments.is_none(), "{text}: {:?}", t.installments);
        assert!(t.term.is_none(), "{text}: {:?}", t.term);
    }
    let t = extracted("Number of payments: 1,200 (see schedule).");
    assert!(t.installments.is_none(), "{:?}", t.installments);
    let t = extracted(
        "The Borrower shall repay the advance in 18 monthly instalments of $230.10 each.",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(18));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(230.10)));
}

#[test]
fn percentages_and_dates_do_not_start_inside_a_figure() {
    use loanlint::extract::en::number::{find_percents, first_date};
    // A percentage never starts inside a figure: a malformed group is not read as 34.5%, and
    // a payday APR with its thousands grouped is read whole, never as its last digits.
    assert!(find_percents("a balance of 12,34.5% is malformed").is_empty());
    let grouped = find_percents("Representative APR 1,234.5%");
    assert_eq!(
        grouped.iter().map(|p| p.value).collect::<Vec<_>>(),
        vec![dec!(1234.5)]
    );
    let p = find_percents("rate 7.25% fixed");
    assert_eq!(
        p.iter().map(|p| p.value).collect::<Vec<_>>(),
        vec![dec!(7.25)]
    );
    assert!(first_date("ref 21,5/12/2024", false).is_none());
    let d = first_date("on 03/04/2025", false).expect("date");
    assert_eq!(d.date.to_string(), "2025-03-04");
    assert!(d.ambiguous);
    let d = first_date("on 25/04/2025", true).expect("date");
    assert!(!d.ambiguous);
}

#[test]
fn a_transaction_date_and_a_due_date_make_a_single_payment() {
    let t = extracted(
        "SHORT-TERM ADVANCE\nTransaction Date: 04/01/2025\nDue Date: 04/15/2025\n\
         Amount Financed: $400.00\nFinance Charge: $60.00\nTotal of Payments: $460.00\n",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-04-01".into()));
    assert_eq!(date_of(&t.maturity_date), Some("2025-04-15".into()));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
    assert!(t.term.as_ref().is_some_and(|x| x.months.is_none()));
    // 04/01 could be 4 January: the order assumed is said.
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("month-first") && a.contains("04/01/2025")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn month_name_dates_in_both_orders() {
    let t = extracted(
        "Date of Loan: March 3, 2025. Payment Due: March 31, 2025. \
         You will repay $575.00 in one payment.",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-03-03".into()));
    assert_eq!(date_of(&t.maturity_date), Some("2025-03-31".into()));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
    let t = extracted(
        "Amount of credit £300.\nFunding Date 3 March 2025\nMaturity Date 17 March 2025\n",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
}

#[test]
fn numeric_dates_follow_the_currency() {
    // Sterling: day first, 3 April to 1 May.
    let t = extracted(
        "Total amount of credit: £250.00\nFunding date: 03/04/2025\nRepayment date: 01/05/2025\n",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-04-03".into()));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
    assert!(t.assumptions.iter().any(|a| a.contains("day-first")));
    // Dollars: month first, 4 March to 1 April.
    let t = extracted("Amount Financed: $250.00\nFunding date: 03/04/2025\nDue date: 04/01/2025\n");
    assert_eq!(date_of(&t.disbursement_date), Some("2025-03-04".into()));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
}

#[test]
fn a_first_payment_date_is_not_the_maturity_date() {
    let t = extracted(
        "Loan Date: 01/10/2025. Your first payment due on 02/10/2025. \
         You agree to 12 monthly payments of $88.85.",
    );
    assert!(t.maturity_date.is_none(), "{:?}", t.maturity_date);
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    // A year-long span with no count is not guessed to be one payment.
    let t = extracted("Loan Date: January 5, 2025\nMaturity Date: January 5, 2026\n");
    assert!(t.installments.is_none() && t.frequency.is_none());
}

#[test]
fn an_apr_based_on_a_funding_date_records_it() {
    let t = extracted(
        "ANNUAL PERCENTAGE RATE 390.00%. This APR is calculated on the basis that your funds \
         arrive on the anticipated funding date, June 2, 2025. Your single payment of $345.00 \
         is due June 16, 2025.",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-06-02".into()));
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("based on the funding date 2025-06-02")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn disclosure_forms() {
    use loanlint::DisclosureForm;
    let form = |text: &str| extracted(text).disclosure_form.map(|f| f.form);
    assert_eq!(
        form(
            "| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |\n| 24.9% | $310.22 | $1,500.00 | $1,810.22 |\n"
        ),
        Some(DisclosureForm::TilaBox)
    );
    assert_eq!(
        form("Harbor Credit Union\nLoan Estimate    LOAN TERM 20 years\nLoan Amount $180,000\n"),
        Some(DisclosureForm::LoanEstimate)
    );
    assert_eq!(
        form(
            "Closing Disclosure\nThis form is a statement of final loan terms and closing costs.\nLoan Amount $95,500\n"
        ),
        Some(DisclosureForm::ClosingDisclosure)
    );
    assert_eq!(
        form(
            "PRE-CONTRACT CREDIT INFORMATION\n(Standard European Consumer Credit Information)\nTotal amount of credit £2,000\n"
        ),
        Some(DisclosureForm::Secci)
    );
    // A loan agreement that mentions a Loan Estimate in prose is not one.
    assert_eq!(
        form(
            "LOAN AGREEMENT\nThe Borrower received a Loan Estimate before signing. Principal amount $5,000.\n"
        ),
        None
    );
}

#[test]
fn a_level_schedule_inferred_from_a_count_and_a_payment_says_so() {
    let t = extracted("Borrower will make 24 payments of $212.47 to Lender.");
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::EqualInstallment)
    );
    assert!(
        t.assumptions.iter().any(|a| a.contains("level")),
        "{:?}",
        t.assumptions
    );
}

fn date_of(d: &Option<loanlint::DateTerm>) -> Option<String> {
    d.as_ref().map(|d| d.date.to_string())
}
