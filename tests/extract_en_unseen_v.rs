#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English documents (fresh corpus batch Q, `en-v*`), each
//! tested on documents written for this file in other wordings and layouts than the corpus's,
//! with a rephrased twin that must give the same answer. Expected values come from an
//! independent Python `decimal` computation: `scripts/unseen_v_expected.py`.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::model::{FeeKind, FeeTiming, Per, RateKind, RepaymentMethod};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

// ---------- a Canadian province written short; a per-$100 charge labelled and totalled ----------

// Python: $300 lent, $15 per $100 = $45, one payment of $345 in 14 days:
// (345 / 300 - 1) x 365 / 14 = 391.0714%.
const PROVINCE_SHORT: [&str; 2] = [
    "NORTHSTAR CASH LTD.\nPAYDAY LOAN AGREEMENT          Agreement date: March 3, 2025\nBorrower: Mia Tran, Kelowna, BC\nLoan amount: $300.00\nCost of borrowing: $15.00 for each $100 borrowed = $45.00\nTotal to repay: $345.00, due on March 17, 2025 (term: 14 days)\n",
    // Said another way: the province with points, the charge "that is" its total, reordered.
    "NORTHSTAR CASH (N.S.) LTD. - payday loan, agreement date March 3, 2025\nBorrower: Mia Tran, Halifax\nTotal to repay: $345.00, due on March 17, 2025 (term: 14 days)\nLoan amount: $300.00\nBorrowing cost: $15 per $100 advanced, that is $45.00\n",
];

#[test]
fn a_province_written_short_makes_the_dollar_canadian_and_the_per_hundred_charge_is_totalled() {
    for text in PROVINCE_SHORT {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.currency.as_str()),
            Some("CAD"),
            "{text}"
        );
        let fee: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.amount == Some(dec!(45)))
            .collect();
        assert_eq!(fee.len(), 1, "{text}: {:?}", t.fees);
        assert_eq!(fee[0].timing, FeeTiming::AtMaturity, "{text}");
        let a = analyse(text);
        near(apr(&a), dec!(391.0714), text);
        assert!(
            violations(&a)
                .iter()
                .any(|v| v == "ca-payday-cost-above-14-per-100"),
            "{text}: {:?}",
            violations(&a)
        );
    }
    // A US state's code after a town names no province.
    let t = run("Borrower: Mia Tran, Reno, NV\nLoan amount: $300.00\n");
    assert_eq!(t.principal.map(|p| p.currency), Some("USD".to_string()));
}

// ---------- an Amount Financed box that contradicts the box's other figures ----------

// Python: $5,200 lent, $200 withheld, $5,000 paid; 10% a year over 24 months: 23 payments of
// $239.95 and a last of $240.05, total $5,758.90, finance charge $758.90; APR 13.9531%.
// The box prints the Amount Financed as $5,100.00 (5,758.90 - 758.90 = 5,000).
const BOX_MISPRINT: [&str; 2] = [
    "LAKESIDE CONSUMER LOANS - Loan Agreement          Date: 06/02/2025\nANNUAL PERCENTAGE RATE 13.95%   FINANCE CHARGE $758.90   Amount Financed $5,100.00   Total of Payments $5,758.90\nItemization: loan amount $5,200.00 less a loan fee of $200.00 withheld = paid to you $5,000.00.\nPayments: 24 monthly payments of $239.95 (the last $240.05), beginning 07/02/2025.\nInterest: 10% simple interest per year.\n",
    // Said another way: one figure a line, the itemization in other words, reordered.
    "LAKESIDE CONSUMER LOANS - Loan Agreement          Date: 06/02/2025\nInterest: 10% simple interest per year.\nPayments: 24 monthly payments of $239.95 (the last $240.05), beginning 07/02/2025.\nAmount Financed: $5,100.00\nFinance Charge: $758.90\nTotal of Payments: $5,758.90\nAnnual Percentage Rate: 13.95%\nItemization: principal $5,200.00; loan fee $200.00 deducted from the proceeds; amount given to you directly $5,000.00.\n",
];

#[test]
fn a_misprinted_amount_financed_gives_way_to_the_two_figures_that_agree() {
    for text in BOX_MISPRINT {
        let t = run(text);
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(5000.00)),
            "{text}"
        );
        assert!(
            t.inconsistencies
                .iter()
                .any(|i| i.kind == "stated-total-contradicts-parts"),
            "{text}: {:?}",
            t.inconsistencies
        );
        let a = analyse(text);
        near(apr(&a), dec!(13.9531), text);
        assert!(
            !violations(&a).iter().any(|v| v == "us-tila-apr-inaccurate"),
            "{text}: {:?}",
            violations(&a)
        );
    }
    // Nothing else says what was paid out: the box stands.
    let alone = "ANNUAL PERCENTAGE RATE 13.95%   FINANCE CHARGE $758.90   Amount Financed $5,100.00   Total of Payments $5,758.90\nPayments: 24 monthly payments of $239.95 (the last $240.05).\n";
    assert_eq!(run(alone).disbursed.map(|d| d.amount), Some(dec!(5100.00)));
}

// ---------- a schedule whose rows label their own figures ----------

// Python: $1,500 at 5% a month (60% a year simple), 6 months: 5 payments of $295.53 and a
// last of $295.50; APR 59.9992%.
const ROW_LABELS: [&str; 2] = [
    "TITLE CASH OF ILLINOIS\nStore 9, Aurora IL    Date 03/12/2025   Loan amount $1,500.00 (cash paid today)\nSimple interest 60%/yr     APR 60.00%\nNO  DUE          PAYMENT    BREAKDOWN\n 1  04/12/2025   $295.53   int $75.00   prin $220.53\n 2  05/12/2025   $295.53   int $63.97   prin $231.56\n 3  06/12/2025   $295.53   int $52.40   prin $243.13\n 4  07/12/2025   $295.53   int $40.24   prin $255.29\n 5  08/12/2025   $295.53   int $27.47   prin $268.06\n 6  09/12/2025   $295.50   int $14.07   prin $281.43\n",
    // Said another way: words for the labels, the principal first, the rate a month with a slash.
    "TITLE CASH OF ILLINOIS\nStore 9, Aurora IL    Date 03/12/2025   Loan amount $1,500.00 (cash paid today)\nInterest 5%/mo on the balance     APR 60.00%\n#1 04/12/2025 principal $220.53 interest $75.00 total $295.53\n#2 05/12/2025 principal $231.56 interest $63.97 total $295.53\n#3 06/12/2025 principal $243.13 interest $52.40 total $295.53\n#4 07/12/2025 principal $255.29 interest $40.24 total $295.53\n#5 08/12/2025 principal $268.06 interest $27.47 total $295.53\n#6 09/12/2025 principal $281.43 interest $14.07 total $295.50\n",
];

#[test]
fn a_schedule_row_is_read_by_the_labels_of_its_figures() {
    for text in ROW_LABELS {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(6), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(295.53)),
            "{text}"
        );
        let rate = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .unwrap();
        assert_eq!(rate.annual_percent, Some(dec!(60)), "{text}");
        let a = analyse(text);
        near(apr(&a), dec!(59.9992), text);
        assert!(
            violations(&a).iter().any(|v| v == "us-il-pla-apr-above-36"),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// ---------- a draw on a credit line, its membership billed each statement ----------

// Python: $600 at 2.5% a month over 4 statements: P&I 159.49 x 3 and 159.50, plus $9.99 of
// membership each: 169.48 x 3 and 169.49; APR of the flows 60.8400%.
const DRAW: [&str; 2] = [
    "Coral Line by Harbor Bank\nCredit limit $3,000.00\nThis draw $600.00\nInterest rate 30% APR (variable)\nMembership $9.99 / month while you owe a balance\nStmt | Due | Min payment | Interest | Membership | Principal\n1 | 07/01/2025 | $169.48 | $15.00 | $9.99 | $144.49\n2 | 08/01/2025 | $169.48 | $11.39 | $9.99 | $148.10\n3 | 09/01/2025 | $169.48 | $7.69 | $9.99 | $151.80\n4 | 10/01/2025 | $169.49 | $3.89 | $9.99 | $155.61\n",
    // Said another way: a colon after the draw, the plan called a subscription, other headings.
    "Coral Line by Harbor Bank - available credit after today: $2,400.00 of a $3,000.00 credit line\nYour draw: $600.00\nInterest: 30% APR\nSubscription: $9.99 per month\nStatement  Due  You pay  Interest  Plan fee  Principal\n1  07/01/2025  $169.48  $15.00  $9.99  $144.49\n2  08/01/2025  $169.48  $11.39  $9.99  $148.10\n3  09/01/2025  $169.48  $7.69  $9.99  $151.80\n4  10/01/2025  $169.49  $3.89  $9.99  $155.61\n",
];

#[test]
fn a_draw_on_a_credit_line_is_priced_from_its_statements_with_its_membership() {
    for text in DRAW {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(600.00)),
            "{text}"
        );
        assert!(
            t.rates
                .iter()
                .any(|r| r.kind == RateKind::Interest && r.value == dec!(30) && r.per == Per::Year),
            "{text}: {:?}",
            t.rates
        );
        let fee: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.amount == Some(dec!(9.99)))
            .collect();
        assert_eq!(fee.len(), 1, "{text}: {:?}", t.fees);
        assert_eq!(
            (fee[0].kind, fee[0].timing),
            (FeeKind::Membership, FeeTiming::PerPeriod),
            "{text}"
        );
        let a = analyse(text);
        near(apr(&a), dec!(60.8400), text);
        // The line's "30% APR" is no closed-end APR to hold against the all-in cost.
        assert!(
            !violations(&a).iter().any(|v| v == "us-tila-apr-inaccurate"),
            "{text}: {:?}",
            violations(&a)
        );
    }
    // The line's balance after the draw is no amount lent.
    let t = run(
        "Credit limit: $3,000.00    Available after this draw: $2,400.00\nDraw amount: $600.00\n",
    );
    assert_eq!(t.principal.map(|p| p.amount), Some(dec!(600.00)));
}

// ---------- an advance on earned pay, shown on an app screen ----------

// Python: $150 advanced, a $5.99 express fee withheld, $144.01 paid; $150 taken 10 days later:
// (150 / 144.01 - 1) x 365 / 10 = 151.8193%.
const ADVANCE: [&str; 2] = [
    "Get paid early\nAvailable: $300.00 of your earned pay\nAdvance amount ............ $150.00\nExpress fee ............... $5.99\nYou get ................... $144.01\nRepayment: $150.00 auto-debited on your next payday,\nNovember 14, 2025\nRequested November 4, 2025\n[ Get my cash ]\n",
    // Said another way: the request date first, the repayment in a sentence, numeric dates.
    "Get paid early\nSubmitted on 11/04/2025\nAvailable: $300.00 of your earned pay\nAdvance amount: $150.00\nExpress fee: $5.99\nYou get: $144.01\nRepayment: $150.00, to be debited from your checking account on 11/14/2025, your next payday.\n[ Confirm advance ]\n",
];

#[test]
fn an_earned_pay_advance_is_one_payment_on_the_next_payday() {
    for text in ADVANCE {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(150.00)),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(10), "{text}");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2025-11-04".to_string()),
            "{text}"
        );
        let a = analyse(text);
        assert_eq!(
            a.report.terms.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
        near(apr(&a), dec!(151.8193), text);
    }
}

// ---------- a unit word heading the next row ----------

#[test]
fn a_unit_word_on_the_next_row_is_that_rows_label() {
    for text in [
        "Loan amount: $10,000.00\nInterest rate: 12.5% fixed\n  Monthly payment: $334.54\n",
        // Said another way: another rate word, another row label.
        "Loan amount: $10,000.00\nRate of interest 12.5% simple\nMonthly Instalment Amount: $334.54\n",
    ] {
        let t = run(text);
        let rate = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .unwrap();
        assert_eq!((rate.value, rate.per), (dec!(12.5), Per::Year), "{text}");
    }
}

// ---------- the lender's row, its label a cell of its own ----------

#[test]
fn a_lender_row_with_its_label_in_a_cell_places_the_lender() {
    for text in [
        "Your loan agreement\nLender  Harbor Lending, Inc. (NMLS 77120), New York\nBorrower  Sam Lee\nLoan amount  $2,000.00\n",
        // Said another way: the creditor's row, the state as its code.
        "Your loan agreement\nCreditor  Harbor Lending, Inc. (NMLS 77120), Albany, NY\nBorrower  Sam Lee\nLoan amount  $2,000.00\n",
    ] {
        let t = run(text);
        assert!(
            t.jurisdiction_hints.iter().any(|h| h.code == "US-NY"),
            "{text}: {:?}",
            t.jurisdiction_hints
        );
    }
}
