#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English contracts (fresh corpus batch L), each tested on
//! contracts written for this file in other wordings and layouts than the corpus's, with a
//! rephrased twin that must give the same answer. Expected values come from an independent
//! Python `decimal` computation, given in the comments.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::{FeeKind, FeeTiming, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn within(got: Decimal, want: Decimal) -> bool {
    (got - want).abs() <= dec!(0.05)
}

/// The fees a borrower pays whether or not he defaults: (amount, timing), in order.
fn cost_fees(t: &Terms) -> Vec<(Option<Decimal>, FeeTiming)> {
    t.fees
        .iter()
        .filter(|f| {
            f.timing != FeeTiming::OnDefault
                && !matches!(
                    f.kind,
                    FeeKind::Late | FeeKind::ReturnedPayment | FeeKind::Penalty
                )
        })
        .map(|f| (f.amount.map(|a| a.normalize()), f.timing))
        .collect()
}

// ---------- a single-payment loan whose cost is a fee ----------

/// $400 from 03/03/2026 to 03/24/2026 (21 days), 10% a year to the lender (400 x 0.10 x
/// 21/365 = 2.30) and a $92.00 credit services fee paid with the one payment: 494.30. Python:
/// Reg Z single payment, unit-period the term: (494.30/400 - 1) x 365/21 = 409.7560%.
const CSO_PAYDAY: [&str; 3] = [
    "PRAIRIE CREDIT SERVICES ORGANIZATION - Amarillo, Texas\nDisclosure and Credit Services Contract\nTransaction Date: 03/03/2026        Payment Due Date: 03/24/2026\nLender: Caprock Lending LP\n\nWHAT YOU GET AND WHAT YOU OWE\n  Cash to you ................................ $400.00\n  Interest owed to the Lender at 10% a year .... $2.30\n  Services fee payable to Prairie CSO  $92.00  (due with your payment; not taken out of the cash)\nYou will repay $494.30 in one payment on the Payment Due Date.\nSigned by the customer.\n",
    // Said another way: the fee in prose, the dates in a sentence, the totals first.
    "Caprock Lending LP / Prairie Credit Services Organization, Amarillo, Texas.\nYou will repay $494.30 in one payment. Transaction Date: 03/03/2026. Payment Due Date: 03/24/2026.\nThe amount of the loan is $400.00, with interest to the lender at 10% a year ($2.30).\nThe arranger fee of $92.00 is due with your payment on the due date; we do not deduct it from the loan.\nSigned by the customer.\n",
    // The fee named by an acronym in prose.
    "Caprock Lending LP / Prairie Credit Services Organization, Amarillo, Texas.\nTransaction Date: 03/03/2026. Payment Due Date: 03/24/2026. You will repay $494.30 in one payment.\nThe amount of the loan is $400.00, with interest to the lender at 10% a year ($2.30).\nThe CSO fee of $92.00 is payable together with your repayment and is not withheld from the loan.\nSigned by the customer.\n",
];

#[test]
fn a_fee_due_with_the_one_payment_is_paid_at_maturity_and_priced_over_the_term() {
    for text in CSO_PAYDAY {
        let t = run(text);
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(21), "{text}");
        assert_eq!(
            cost_fees(&t),
            [(Some(dec!(92)), FeeTiming::AtMaturity)],
            "{:?}",
            t.fees
        );
        let a = analyse(text);
        assert!(within(apr(&a), dec!(409.7560)), "{} {text}", apr(&a));
    }
}

/// $750 pledged for one month at 2% a month (15.00) with a $120.00 fee the ticked box puts at
/// maturity: 885.00. Python: (885/750 - 1) x 12 = 216.00%.
const TITLE_FEE: [&str; 3] = [
    "GRANITE STATE TITLE LOANS  -  TITLE PLEDGE CONTRACT\nDate of this contract: 04/01/2026     Maturity date: 05/01/2026     Term: one month\nPrincipal advanced to you ................... $750.00\nInterest (2% per month) ...................... $15.00\nFee for title search and storage ............ $120.00\nTotal due at maturity ........................ $885.00\n[X] The fee is payable together with the principal at maturity\n[ ] The pledgor paid the fee in cash at signing\nPledgor: J. Q. Smith\n",
    // Said another way: the unticked box first, then the ticked one, a colon for the leaders.
    "Granite State Title Loans - title pledge contract, dated 04/01/2026; maturity date 05/01/2026 (one month).\nPrincipal advanced to you: $750.00\nInterest at 2% per month: $15.00\nFee for title search and vehicle storage: $120.00\n( ) The pledgor paid the fee in cash at signing.\n(X) The fee is due in full at maturity with the principal.\nTotal due at maturity: $885.00\n",
    // A box's short form: "Fee due at maturity".
    "GRANITE STATE TITLE LOANS - TITLE PLEDGE CONTRACT\nDate of this contract: 04/01/2026     Maturity date: 05/01/2026\nPrincipal advanced to you ........ $750.00\nInterest at 2% per month ......... $15.00\nFee for title search and storage ... $120.00\nTotal due at maturity ............ $885.00\n[ ] Fee paid at signing    [X] Fee due at maturity\n",
];

#[test]
fn a_fee_timed_by_its_own_ticked_line_is_paid_at_maturity() {
    for text in TITLE_FEE {
        let t = run(text);
        assert_eq!(
            cost_fees(&t),
            [(Some(dec!(120)), FeeTiming::AtMaturity)],
            "{:?} {text}",
            t.fees
        );
        let a = analyse(text);
        assert!(within(apr(&a), dec!(216)), "{} {text}", apr(&a));
    }
    // Both boxes on one line, the empty one first: the ticked one decides.
    let one_line = TITLE_FEE[0].replace(
        "[X] The fee is payable together with the principal at maturity\n[ ] The pledgor paid the fee in cash at signing\n",
        "[ ] The pledgor paid the fee in cash at signing     [X] The fee is payable together with the principal at maturity\n",
    );
    assert_ne!(one_line, TITLE_FEE[0]);
    assert_eq!(
        cost_fees(&run(&one_line)),
        [(Some(dec!(120)), FeeTiming::AtMaturity)]
    );
    // The other box ticked: the fee is paid at signing, so the APR is not the same.
    let paid_today = TITLE_FEE[0]
        .replace("[X] The fee is payable", "[ ] The fee is payable")
        .replace("[ ] The pledgor paid", "[X] The pledgor paid");
    let t = run(&paid_today);
    assert!(
        cost_fees(&t)
            .iter()
            .all(|(_, timing)| *timing != FeeTiming::AtMaturity),
        "{:?}",
        t.fees
    );
}

/// C$300 for 12 days at $16 per $100 borrowed: 48.00, owed with the principal (348.00).
/// Python: 48/300 x 365/12 = 486.6667%; $16 per $100 is above the federal $14 payday limit.
/// The law's own $14 line is not a fee.
const PER_HUNDRED: [&str; 2] = [
    "FOOTHILLS PAYDAY CORP., Calgary, Alberta\nPAYDAY LOAN AGREEMENT\nThe most a payday lender may charge under federal law is $14 for every $100 borrowed.\nAdvance date: 2026-02-02        Repayment date: 2026-02-14\nAmount borrowed (principal) .................. $300.00\nTotal cost of borrowing ($16 per $100 borrowed) ... $48.00\nTotal amount owed on the due date ............ $348.00\nSigned: the borrower\n",
    // Said another way: colons, the share after the words, the law's line last.
    "Foothills Payday Corp. (Calgary, Alberta) - payday loan agreement\nAdvance date: 2026-02-02. Repayment date: 2026-02-14.\nAmount borrowed (principal): $300.00\nBorrowing cost ($16 per $100.00 borrowed): $48.00\nAmount owing on the due date: $348.00\nNote: federal law caps the charge for a payday loan at $14 for every $100 borrowed.\n",
];

#[test]
fn a_charge_per_hundred_with_its_row_amount_is_the_loans_cost() {
    for text in PER_HUNDRED {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.currency.as_str()),
            Some("CAD"),
            "{text}"
        );
        assert_eq!(
            cost_fees(&t),
            [(Some(dec!(48)), FeeTiming::AtMaturity)],
            "{:?} {text}",
            t.fees
        );
        let a = analyse(text);
        assert!(within(apr(&a), dec!(486.6667)), "{} {text}", apr(&a));
        assert!(
            violations(&a).contains(&"ca-payday-cost-above-14-per-100".to_string()),
            "{:?}",
            violations(&a)
        );
    }
}

// ---------- periodic account and maintenance fees ----------

/// A monthly fee named three times (its clause, the payment line, the itemization's prepaid
/// finance charge for the set-up fee) is two fees: $25.00 a month and a $12.00 set-up fee
/// withheld.
const MAINTENANCE: [&str; 2] = [
    "RIVERBEND SMALL LOANS - Dayton, Ohio. Agreement dated May 4, 2026.\n1. Loan. We lend you $600.00. A set-up fee of $12.00 (2% of the loan) is deducted, so you receive $588.00.\n2. Interest at 25% a year on the unpaid balance.\n3. Account maintenance. A monthly maintenance fee of $25.00 is added to every payment.\n4. Payments: 3 monthly payments of $234.30 beginning June 4, 2026; each is principal and interest of $209.30 plus the $25.00 maintenance fee.\nItemization: paid to you $588.00; prepaid finance charge (set-up fee) $12.00.\n",
    // Said another way: the itemization first, the fee's clause last.
    "Riverbend Small Loans, Dayton, Ohio - loan agreement dated May 4, 2026.\nItemization: paid to you $588.00; prepaid finance charge (set-up fee) $12.00.\nWe lend you $600.00; a set-up fee of $12.00 (2% of the loan) is withheld from it.\nYou pay 3 monthly payments of $234.30 beginning June 4, 2026, each principal and interest of $209.30 plus the $25.00 maintenance fee. Interest is 25% a year on the unpaid balance.\nA monthly maintenance fee of $25.00 is charged with each payment.\n",
];

#[test]
fn a_fee_named_again_is_read_once() {
    for text in MAINTENANCE {
        let t = run(text);
        let mut fees = cost_fees(&t);
        fees.sort_by_key(|(a, _)| *a);
        assert_eq!(
            fees,
            [
                (Some(dec!(12)), FeeTiming::UpfrontDeducted),
                (Some(dec!(25)), FeeTiming::PerPeriod)
            ],
            "{:?} {text}",
            t.fees
        );
    }
}

/// A checkout's plan: $600 financed, 0% interest, 4 monthly payments of $153.00 (150 + a $3.00
/// monthly account fee). Python: IRR of 600 against 4 x 153 = 0.79684% a month x 12 =
/// 9.5621%.
const PAY_IN_FOUR: [&str; 2] = [
    "Thanks for your order #A-7781!\nSubtotal ............................. $640.00\nDiscount ............................. -$40.00\nFinanced with SplitEase .............. $600.00\nYOUR PLAN (accepted March 9, 2026)\nPay in 4 - monthly - 0% interest\nMonthly account fee: $3.00 (included in each payment)\n1 of 4 | April 9, 2026 | $153.00\n2 of 4 | May 9, 2026 | $153.00\n3 of 4 | June 9, 2026 | $153.00\n4 of 4 | July 9, 2026 | $153.00\n",
    // Said another way: a plan confirmation, the fee in prose, numbered payment lines.
    "SplitEase plan confirmation. You accepted this loan on March 9, 2026 under the SplitEase Loan Agreement.\nFinanced with SplitEase: $600.00 (your order #A-7781).\nPay in 4, monthly, 0% interest; a monthly account fee of $3.00 is added to each payment.\nPayment 1: April 9, 2026 - $153.00\nPayment 2: May 9, 2026 - $153.00\nPayment 3: June 9, 2026 - $153.00\nPayment 4: July 9, 2026 - $153.00\n",
];

#[test]
fn a_checkouts_financed_sum_is_the_principal_and_its_account_fee_is_monthly() {
    for text in PAY_IN_FOUR {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(600.00)),
            "{text}"
        );
        assert_eq!(
            cost_fees(&t),
            [(Some(dec!(3)), FeeTiming::PerPeriod)],
            "{:?}",
            t.fees
        );
        let a = analyse(text);
        assert!(within(apr(&a), dec!(9.5621)), "{} {text}", apr(&a));
    }
}

// ---------- a broker fee paid apart ----------

/// £5,000 over 24 months at 9.9% a year: 24 payments of £230.49 (last £230.60), and a £250.00
/// broker fee paid on the payout day, not deducted. Python: the APRC with the fee at payout
/// (4,750 against the payments, t in twelfths of a year) = 16.1681%; without it 10.3619%.
const BROKER: [&str; 2] = [
    "FIXED SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974\nLender: Wansbeck Credit Ltd, Morpeth. Date of agreement: 2 March 2026.\nAmount of credit: £5,000.00. Rate of interest: 9.9% a year, fixed.\nRepayments: 24 monthly repayments of £230.49.\n3. Broker fee\nYou have agreed to pay the broker a fee of £250.00. It must be paid on the day we pay the loan to you, and it is not taken from the loan.\n",
    // Said another way: the fee in one sentence, the timing as "the funding date".
    "Regulated by the Consumer Credit Act 1974. Wansbeck Credit Ltd, Morpeth; agreement dated 2 March 2026.\nWe lend you £5,000.00 at a fixed 9.9% a year, repaid in 24 monthly repayments of £230.49.\nThe intermediary's fee of £250.00 is payable by you on the funding date; we do not deduct it.\n",
];

#[test]
fn a_broker_fee_paid_on_the_payout_day_enters_the_aprc_then() {
    for text in BROKER {
        let t = run(text);
        assert_eq!(
            cost_fees(&t),
            [(Some(dec!(250)), FeeTiming::AtDisbursement)],
            "{:?} {text}",
            t.fees
        );
        let a = analyse(text);
        assert!(within(apr(&a), dec!(16.1681)), "{} {text}", apr(&a));
    }
}

// ---------- a term in days from two dates ----------

/// £400 from 3 February to 28 February 2026 (25 days) at 0.7% a day: 70.00 interest, one
/// repayment of £470.00. Python: APRC (470/400)^(365/25) - 1 = 953.3019%.
const PERIOD: [&str; 3] = [
    "CREDIT AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974 - Tarn Loans Ltd, Kendal\nDate of agreement: 03-02-2026 (dates are DD-MM-YYYY)\nAmount of credit ......... £400.00\nLoan period .............. 03-02-2026 to 28-02-2026\nInterest ................. 0.7% per day on the amount of credit\nRepayment ................ one repayment of £470.00 on 28-02-2026\n",
    // Said another way: the dates in words, the term in a sentence.
    "Tarn Loans Ltd, Kendal. Credit agreement regulated by the Consumer Credit Act 1974, dated 3 February 2026.\nWe lend you £400.00. The term of the loan runs from 3 February 2026 to 28 February 2026.\nInterest is charged at 0.7% per day on the amount of credit, and you make one repayment of £470.00.\n",
    // No label: the loan "runs" between the dates, "until" joins them.
    "Tarn Loans Ltd, Kendal - regulated by the Consumer Credit Act 1974. Signed on 3 February 2026.\nAmount of credit: £400.00. This loan runs from 3 February 2026 until 28 February 2026, with interest at 0.7% per day on the amount of credit.\nYou make one repayment of £470.00.\n",
];

#[test]
fn a_period_told_by_two_dates_is_a_term_in_days() {
    for text in PERIOD {
        let t = run(text);
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(25), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), None, "{text}");
        let a = analyse(text);
        assert!(within(apr(&a), dec!(953.3019)), "{} {text}", apr(&a));
    }
}

// ---------- a card's pricing table ----------

const CARD_TABLE: [&str; 2] = [
    "HARBOR POINT CREDIT UNION - CASHBACK MASTERCARD - RATES AND FEES TABLE\nAnnual Percentage Rate (APR) for Purchases ..... 0% introductory APR for 12 months; after that, 19.99% to 27.99%, based on your credit\nAPR for Cash Advances .......................... 28.99%\nPaying Interest: your due date is at least 21 days after the close of each billing cycle.\nFees\n  Annual Fee ..................................... $49\n  Cash Advance ................................... $10 or 5% of each advance, whichever is greater\n  Late Payment ................................... Up to $30\n",
    // Said another way: a prose summary of the same table.
    "Cashback Mastercard from Harbor Point Credit Union. Your annual percentage rate for purchases is 19.99% to 27.99%; cash advances are at 28.99%. The annual fee is $49. A cash advance fee of $10 or 5% of each advance, whichever is greater, applies. Your credit limit is set when the card is issued. A late fee of up to $30 may be charged.\n",
];

#[test]
fn a_card_pricing_table_lists_no_loan_fees() {
    for text in CARD_TABLE {
        let t = run(text);
        assert_eq!(cost_fees(&t), [], "{:?} {text}", t.fees);
        // The introductory rate's 12 months are no loan term; a fee row is no principal.
        assert!(t.term.is_none() && t.installments.is_none(), "{text}");
        assert!(t.principal.is_none(), "{:?}", t.principal);
        assert!(
            t.assumptions.iter().any(|a| a.contains("open-end account")),
            "{:?}",
            t.assumptions
        );
    }
    // Not a card's table: a loan's annual fee stays a fee.
    let loan = "We lend you $2,000.00 at 12% a year over 12 monthly payments. An annual fee of $49.00 is payable at closing.\n";
    assert_eq!(
        cost_fees(&run(loan)),
        [(Some(dec!(49)), FeeTiming::UpfrontPaid)]
    );
}
