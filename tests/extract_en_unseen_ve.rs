#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure on held-out English batch V, each tested on documents written for this
//! file in other wordings than the corpus's, with a rephrased twin that must give the same
//! answer. Expected values from scripts/unseen_ve_en_expected.py or hand arithmetic in the
//! comments.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr};

use loanlint::compute::apr::Method;
use loanlint::model::{FeeKind, FeeTiming, Frequency, RateKind, RepaymentMethod, Terms};
use loanlint::reconcile::reconcile;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|a| a.amount)
}

// ---------- a bare "Principal:" label, the amount in words, the figure in brackets ----------

// 12,500 at 6% a year, 36 monthly payments: level payment 380.2742 -> 380.27 (script); the
// APR of a schedule with no charge but interest is its rate, 6%.
const NOTE_IN_WORDS: [&str; 2] = [
    "PROMISSORY NOTE\nMade at Sacramento, California on March 2, 2027\nPrincipal: Twelve Thousand Five Hundred and 00/100 Dollars ($12,500.00). Interest: 6% per year on the unpaid balance.\nPayments: 36 monthly payments of $380.27 beginning April 2, 2027.\nNo fees are charged.\n",
    // Said another way: "Principal sum -", lower-case words with a hyphen-free phrase, no cents.
    "NOTE BETWEEN FRIENDS\nPrincipal sum - twelve thousand five hundred dollars ($12,500). The borrower pays interest at 6% per year, in 36 monthly payments of $380.27, the first on April 2, 2027.\nDated March 2, 2027, Sacramento, California. No fees.\n",
];

#[test]
fn a_bare_principal_label_with_the_amount_in_words_reads_the_bracketed_figure() {
    for text in NOTE_IN_WORDS {
        let t = run(text);
        assert_eq!(principal(&t), Some(dec!(12500)), "{text}");
        near(apr(&analyse(text)), dec!(6), text);
    }
}

// Words after the label that are not number words are not an amount in words.
#[test]
fn a_principal_label_followed_by_prose_and_a_bracketed_figure_is_not_read_that_way() {
    let text = "PROMISSORY NOTE\nPrincipal: as agreed between the parties ($500.00 deposit held by the lender).\nInterest: 6% per year.\n";
    assert_ne!(principal(&run(text)), Some(dec!(500)), "{text}");
}

// ---------- a payment plan's balance, each instalment broken down into balance and fee ----------

// A balance of 900 in 3 monthly payments of 315 = 300 of the balance (900 / 3) + a 15 fee: the
// fee is paid with each instalment, so the APR is that of 900 against 3 x 315, 29.7571%
// (script).
const PLAN_WITH_FEE: [&str; 2] = [
    "DRIVEWAY PAVING - PAYMENT PLAN\nContract price: $1,400.00. Paid at signing: $500.00. Balance under the payment plan: $900.00.\nThe balance is payable in 3 monthly payments of $315.00 ($300.00 balance + $15.00 plan fee), starting June 5, 2027.\nSigned May 5, 2027\n",
    // Said another way: "Balance on your plan", "will be paid in", "and a ... service fee".
    "PAYMENT PLAN AGREEMENT - paving job\nBalance on your plan: $900.00 (after the $500.00 you paid today).\nYour balance will be paid in 3 monthly payments of $315.00 ($300.00 toward the balance and a $15.00 monthly service fee), the first on June 5, 2027.\nDate: May 5, 2027\n",
];

#[test]
fn a_plan_balance_and_the_fee_inside_each_instalment_are_read() {
    for text in PLAN_WITH_FEE {
        let t = run(text);
        assert_eq!(principal(&t), Some(dec!(900)), "{text}");
        let fee = t
            .fees
            .iter()
            .find(|f| f.timing == FeeTiming::PerPeriod)
            .unwrap_or_else(|| panic!("{text}: {:?}", t.fees));
        assert_eq!(fee.amount, Some(dec!(15)), "{text}");
        near(apr(&analyse(text)), dec!(29.7571), text);
    }
}

// ---------- voluntary financed credit insurance listed like a charge ----------

// Reg Z 1026.4(d)(1): a premium the borrower chose in writing after being told it is not
// required is out of the finance charge; financed, it is part of the 3,150 amount financed
// (3,000 + 150), not a fee of the loan as well.
const OPTIONAL_COVER: [&str; 2] = [
    "RETAIL INSTALLMENT CONTRACT\nCash price $3,400.00 less down payment $400.00 = unpaid balance $3,000.00\nCredit disability insurance premium (optional) $150.00   Amount financed $3,150.00\nCredit disability insurance is not required to obtain credit. I want credit disability insurance. Signed: L. Moreau\nANNUAL PERCENTAGE RATE 17.50%   24 monthly payments of $156.50\n",
    // Said another way: "voluntary", "you do not have to buy", "I elect to buy".
    "INSTALLMENT SALE AGREEMENT\nUnpaid balance of cash price $3,000.00\nPremium for voluntary credit disability insurance $150.00\nAmount financed $3,150.00\nYou do not have to buy this insurance to get credit. By signing below I elect to buy it. X L. Moreau\nAPR 17.50%, 24 monthly payments of $156.50.\n",
];

#[test]
fn a_voluntary_financed_insurance_premium_is_not_also_a_fee() {
    for text in OPTIONAL_COVER {
        let t = run(text);
        assert_eq!(
            t.voluntary_insurance.as_ref().map(|a| a.amount),
            Some(dec!(150)),
            "{text}"
        );
        assert!(
            !t.fees.iter().any(|f| f.kind == FeeKind::Insurance),
            "{text}: {:?}",
            t.fees
        );
    }
}

// ---------- the APR the only rate: the contract rate inferred when the schedule reconciles ----------

// 5,000 financed at 11.90% over 24 months: level payment 235.1339 -> 235.13 (script). Nothing
// but interest is charged, so the schedule at APR / 12 gives the payment: rate 11.90% inferred.
const APR_ONLY: [&str; 2] = [
    "CONSUMER INSTALLMENT LOAN - DISCLOSURE\nAmount Financed $5,000.00\nANNUAL PERCENTAGE RATE 11.90%\nPayment schedule: 24 monthly payments of $235.13 beginning July 1, 2027\nLender: Cedar Valley Credit Union\n",
    // Said another way: a sentence, the APR after the payments.
    "Cedar Valley: your loan of $5,000.00 is approved. You will make 24 monthly payments of $235.13, first due July 1, 2027, APR 11.90%.\n",
];

fn reconciled_rates(text: &str) -> (Vec<(RateKind, Decimal)>, Terms) {
    let rec = reconcile(run(text), Method::UsRegz);
    let rates = rec.terms.rates.iter().map(|r| (r.kind, r.value)).collect();
    (rates, rec.terms)
}

#[test]
fn the_only_rate_an_apr_the_schedule_reconciles_at_is_inferred_as_the_contract_rate() {
    for text in APR_ONLY {
        let (rates, terms) = reconciled_rates(text);
        assert!(
            rates.contains(&(RateKind::Interest, dec!(11.90))),
            "{text}: {rates:?}"
        );
        let why = terms.inferred.iter().find(|i| i.field == "rate").unwrap();
        assert!(why.reason.contains("235.13"), "{}", why.reason);
    }
}

// 2,000 at 19.5% every two weeks over 52 payments: 46.5901 -> 46.59 (script).
#[test]
fn a_biweekly_schedule_reconciles_at_apr_over_26() {
    let text =
        "Loan amount $2,000.00. 52 biweekly payments of $46.59. APR 19.50%. No other charges.\n";
    let (rates, _) = reconciled_rates(text);
    assert!(
        rates.contains(&(RateKind::Interest, dec!(19.50))),
        "{rates:?}"
    );
}

// The same APR with payments that do not reconcile (240.13, not 235.13), or with a prepaid
// finance charge (a 150 origination fee withheld): the APR measures more than interest, so
// no contract rate is read.
#[test]
fn no_rate_is_inferred_when_payments_do_not_reconcile_or_a_charge_is_prepaid() {
    for text in [
        "CONSUMER INSTALLMENT LOAN - DISCLOSURE\nAmount Financed $5,000.00\nANNUAL PERCENTAGE RATE 11.90%\nPayment schedule: 24 monthly payments of $240.13 beginning July 1, 2027\n",
        "CONSUMER INSTALLMENT LOAN - DISCLOSURE\nLoan amount $5,150.00\nOrigination fee $150.00 (deducted from the loan)\nAmount Financed $5,000.00\nANNUAL PERCENTAGE RATE 11.90%\nPayment schedule: 24 monthly payments of $235.13 beginning July 1, 2027\n",
    ] {
        let (rates, terms) = reconciled_rates(text);
        assert!(
            !rates.iter().any(|(k, _)| *k == RateKind::Interest),
            "{text}: {rates:?}"
        );
        assert!(!terms.inferred.iter().any(|i| i.field == "rate"), "{text}");
    }
}

// ---------- a pawn redeemed in one sum ----------

// 450 lent at 4% a month simple for 3 months: 450 + 450 x 0.04 x 3 = 504 to redeem, at once.
const PAWN_ONE_SUM: [&str; 2] = [
    "PAWN AGREEMENT\nPawnbroker: Castle Gate Pawnbrokers Ltd, Leeds\nArticle pawned: gold bracelet\nAmount of credit: £450.00. Duration of the agreement: 3 months.\nInterest: 4% per month, simple, payable with the credit on redemption.\nTotal amount payable to redeem at the end of the agreement: £504.00, on 1 June 2027.\nDate: 1 March 2027\n",
    // Said another way: "pledge", "Sum required to redeem".
    "PLEDGE RECEIPT - pawnbroker Castle Gate Ltd, Leeds\nAmount of credit £450.00 for 3 months at 4% per month simple interest.\nSum required to redeem the pledged goods: £504.00 by 1 June 2027.\nDate: 1 March 2027\n",
];

#[test]
fn a_pawn_redeemed_in_one_sum_is_one_payment() {
    for text in PAWN_ONE_SUM {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Single),
            "{text}"
        );
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
    }
}

// A pawn repaid in instalments is not one payment.
#[test]
fn a_pawn_repaid_in_instalments_is_not_one_payment() {
    let text = "PAWN AGREEMENT\nPawnbroker: Castle Gate Pawnbrokers Ltd\nAmount of credit: £450.00.\nRepay in 3 monthly instalments of £168.00. Total amount payable to redeem: £504.00.\n";
    assert_ne!(run(text).installments.as_ref().map(|c| c.count), Some(1));
}

// ---------- a plan's agreement line and a screen's payout line carry the date ----------

const PLAN_AGREED: [&str; 2] = [
    "Payment plan confirmed\nPatient: Ms J. Park\nAmount on plan $800.00\nNumber of payments 4\nPlan agreed March 3, 2027\n",
    // Said another way: "Date agreed", the date first by day.
    "Your dental payment plan\nBalance to be paid under this plan $800.00 in 4 monthly payments\nDate agreed: 3 March 2027\n",
];

#[test]
fn the_day_a_plan_was_agreed_is_its_contract_date() {
    for text in PLAN_AGREED {
        let t = run(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2027-03-03".to_string()),
            "{text}"
        );
    }
}

const FUNDS_LINE: [&str; 2] = [
    "Loan approved\nLoan amount        $1,000.00\nEach payment       $95.00\nFirst payment      May 23, 2027\nFunds deposited    May 9, 2027\n",
    // Said another way: "Loan disbursed on", the line first.
    "Loan disbursed on May 9, 2027.\nYou borrowed $1,000.00; your first payment of $95.00 is due May 23, 2027.\n",
];

#[test]
fn a_payout_line_dates_an_unsigned_screen() {
    for text in FUNDS_LINE {
        let t = run(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2027-05-09".to_string()),
            "{text}"
        );
    }
}
