#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure on held-out English batch U, each tested on documents written for this
//! file in other wordings than the corpus's, with a rephrased twin that must give the same
//! answer. Expected values from scripts/unseen_zu_en_expected.py or hand arithmetic in the
//! comments.

use crate::document_kind_unseen::kind_of;
use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::DocumentKind;
use loanlint::model::{FeeKind, FeeTiming, RepaymentMethod};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

// ---------- a lender's screen: its brand line names the state, the payout line the date ----------

// 600 lent at 20% a month for one month: finance charge 120, APR 20% x 12 = 240% (script),
// above Illinois' 36% cap. The state is only in the brand line ("… - Illinois"), the date only
// in the line that says where the money was sent.
const TITLE_SCREEN: [&str; 2] = [
    "RoadCash Title Lending - Illinois\nCongratulations, you're approved\nLoan amount                $600.00\nMonthly interest rate      20%\nTerm                       1 month (single payment)\nPayment due                $720.00\nFinance charge             $120.00\nANNUAL PERCENTAGE RATE     240.00%\nFunds sent to debit card ending 3391 on March 4, 2027\n",
    // Said another way: a bar instead of a dash, prose, the money deposited to an account.
    "QuickTitle Cash | Illinois\nYou are approved for a loan amount of $600.00 at a monthly interest rate of 20% for a term of 1 month, repaid in a single payment of $720.00.\nFinance charge: $120.00. Annual percentage rate: 240.00%.\nMoney deposited into your checking account ending in 3391 on 4 March 2027.\n",
];

#[test]
fn a_brand_line_naming_its_state_and_a_payout_line_with_its_date_are_read() {
    for text in TITLE_SCREEN {
        let t = run(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2027-03-04".to_string()),
            "{text}"
        );
        let a = analyse(text);
        near(apr(&a), dec!(240), text);
        assert!(
            violations(&a).contains(&"us-il-pla-apr-above-36".to_string()),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// A brand line with a dash before words that are not a state names no state.
#[test]
fn a_brand_line_with_no_state_after_its_dash_names_none() {
    let text = "RoadCash Title Lending - Fast Approval\nLoan amount $600.00\nMonthly interest rate 20%\nTerm 1 month (single payment)\nANNUAL PERCENTAGE RATE 240.00%\n";
    let a = analyse(text);
    assert!(
        !violations(&a).iter().any(|r| r.starts_with("us-il")),
        "{:?}",
        violations(&a)
    );
}

// ---------- a text message approving a loan to one state's residents ----------

// 900 lent, 6 monthly payments of 162.48 (script): Reg Z APR 27.9882%, above New York's 25%
// criminal usury rate. The message names the loan by its figure as approved, the payout day
// as "today (date)", and the state only in a notice to its residents.
const SMS_APPROVED: [&str; 2] = [
    "ZipLoan: Jordan, your $900.00 loan is approved! 6 monthly payments of $162.48, APR 27.99%, first due 04/10/2027. Funds land in your account today (03/10/2027). NY residents: loan by ZipLoan Inc. Reply STOP to opt out.",
    // Said another way: "has been approved", "arrives", the state in full words.
    "Hi Sam, your $900 loan has been approved. You'll pay 6 monthly payments of $162.48 starting 04/10/2027 (APR 27.99%). Money arrives in your account today (03/10/2027). New York residents: ZipLoan Inc. is the lender. Txt STOP to end.",
];

#[test]
fn an_approval_text_gives_principal_payout_day_and_the_residents_state() {
    for text in SMS_APPROVED {
        assert_eq!(kind_of(text).0, DocumentKind::LoanDisclosure, "{text}");
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(900)),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2027-03-10".to_string()),
            "{text}"
        );
        let a = analyse(text);
        near(apr(&a), dec!(27.9882), text);
        assert!(
            violations(&a).contains(&"us-ny-criminal-usury".to_string()),
            "{text}: {:?}",
            violations(&a)
        );
    }
}

// Notices to the residents of two states (a multistate form) say nothing of this borrower's.
#[test]
fn notices_to_two_states_residents_name_no_state() {
    let text = "ZipLoan: Jordan, your $900.00 loan is approved! 6 monthly payments of $162.48, APR 27.99%, first due 04/10/2027. NY residents: loan by ZipLoan Inc. CA residents: loan by ZipLoan West LLC. Reply STOP to opt out.";
    let t = run(text);
    assert!(t.borrower_state.is_none(), "{:?}", t.borrower_state);
}

// ---------- a pasted e-mail, its subject its first line, telling the payout ----------

const PASTED_PAYOUT_EMAIL: [&str; 2] = [
    "Subject: Your Penfold loan has landed\n\nHi Priya,\n\nGreat news: £500.00 has been sent to your Starling account today, 5 April 2027.\n\nYour repayments\n  5 May 2027: £210.00\n  5 June 2027: £210.00\n  5 July 2027: £210.00\nTotal to repay: £630.00\n\nPenfold Credit Ltd is authorised and regulated by the Financial Conduct Authority.\n",
    // Said another way: "has now been paid into your bank account", repayments as a sentence.
    "Subject: Money on its way\n\nDear Tom,\n\n£500.00 has now been paid into your bank account (5 April 2027). You repay £210.00 on the 5th of May, June and July 2027, £630.00 in all.\n\nPenfold Credit Ltd, authorised and regulated by the Financial Conduct Authority.\n",
];

#[test]
fn a_pasted_email_that_says_the_money_was_sent_is_a_notice() {
    for text in PASTED_PAYOUT_EMAIL {
        let (kind, why) = kind_of(text);
        assert_eq!(kind, DocumentKind::LoanDisclosure, "{text}: {why}");
    }
}

// ---------- a note: its sum in the heading, its dates as ordinal words ----------

// 6,000 at 8% simple interest for one year, one payment: interest 6,000 x 0.08 = 480, total
// 6,480; a one-year single payment's APR is 480 / 6,000 = 8%.
const NOTE_SUM_ABOVE: [&str; 2] = [
    "PROMISSORY NOTE\n$6,000.00 (Six Thousand and 00/100 Dollars)                       Buffalo, New York\nMade on the third day of August, 2026.\nFOR VALUE RECEIVED, I, Marcus Lee, promise to pay to Dana Cole or order the principal sum stated above, with simple interest at 8 percent per annum from the date hereof. This Note matures on the third day of August, 2027, when principal and interest, Six Thousand Four Hundred Eighty and 00/100 Dollars ($6,480.00), are due in one payment.\nThis Note is governed by the laws of the State of New York.\n",
    // Said another way: words first, "the sum shown above", the dates without their commas.
    "NOTE\nSix Thousand Dollars ($6,000.00)                                 Buffalo, New York\nMade on the third day of August 2026.\nThe undersigned Marcus Lee promises to repay Dana Cole the sum shown above together with simple interest of 8 percent a year. The whole debt, $6,480.00, falls due in a single payment when this Note matures on the third day of August 2027.\nNew York law governs this Note.\n",
];

#[test]
fn a_note_naming_its_heading_sum_and_dating_itself_in_words_is_read() {
    for text in NOTE_SUM_ABOVE {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(6000)),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2026-08-03".to_string()),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
        near(apr(&analyse(text)), dec!(8), text);
    }
}

// Without words that point back to it, a heading's figure is not the principal.
#[test]
fn a_heading_figure_alone_is_not_the_principal() {
    let text = "NOTICE\n$6,000.00                                 Buffalo, New York\nThis letter confirms our meeting on the third day of August, 2026.\n";
    assert!(run(text).principal.is_none());
}

// ---------- a fee for a missed payment is a late fee, charged only on default ----------

const MISSED_PAYMENT_FEE: [&str; 2] = [
    "Checkout summary\nStore: Birchwood Outdoor\nOrder total $480.00\nPay in 4: every two weeks\nAPR 0%   Interest $0.00\nTotal of payments $480.00\n4 payments of $120.00, first due June 1, 2027\nMissed payment fee: if a payment is not received within 7 days of its due date we may charge up to $8 for that payment. Pay on time and there is no fee.\n",
    // Said another way: "charge for a missed payment" as the label, the condition after it.
    "Order total $480.00, paid in 4 payments of $120.00 every two weeks from June 1, 2027. APR 0%. Interest $0.00.\nMissed-payment charge: $8.00 for any payment we do not receive within 7 days of its due date. Nothing is charged if you pay on time.\n",
];

#[test]
fn a_missed_payment_fee_is_a_late_fee_on_default() {
    for text in MISSED_PAYMENT_FEE {
        let t = run(text);
        assert_eq!(t.fees.len(), 1, "{text}: {:?}", t.fees);
        assert_eq!(t.fees[0].kind, FeeKind::Late, "{text}");
        assert_eq!(t.fees[0].timing, FeeTiming::OnDefault, "{text}");
    }
}

// ---------- a home-credit lender's weekly collections are the instalments ----------

// 30 weekly collections: 30 x 7 = 210 days.
const WEEKLY_COLLECTIONS: [&str; 2] = [
    "GLENVALE CREDIT DAC - Moneylending Agreement\nBorrower: Ciara Byrne, Galway\nAmount of credit: EUR 600.00\nRepayable by 30 weekly collections of EUR 30.50\nRate of interest: 120% per annum\nDate: 2 May 2027\n",
    // Said another way: prose, the count after the verb, "each" after the figure.
    "Glenvale Credit DAC, licensed moneylender. Date: 2 May 2027. You borrow EUR 600.00 at a rate of interest of 120% per annum and repay it in 30 weekly collections of EUR 30.50 each, made by our agent at your home.\n",
];

#[test]
fn weekly_collections_are_counted_as_instalments() {
    for text in WEEKLY_COLLECTIONS {
        let t = run(text);
        assert_eq!(t.installments.as_ref().map(|n| n.count), Some(30), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(210), "{text}");
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}
