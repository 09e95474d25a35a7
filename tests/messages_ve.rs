#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The message class batch V missed, in wordings of its own (each with a rephrased twin): a
//! refund or settlement promised in a regulator's or the government's name, for a fee or for the
//! reader's bank details or login, is likely fraud; a real regulator's page that warns against
//! exactly that, and a lender's lawful reminder, stay clean of the rule.

use loanlint::message::Tier;

use crate::message_family_exposure::verdict;

const RULE: &str = "msg-refund-impostor-en";

// A fee asked for before a "settlement payout".
const FTC_FEE: &str = "FTC Consumer Refunds: Good news, Dana! A class settlement with Apex Auto Finance means you are owed $612.40. To release your payment, send the $49.99 transfer fee through Cash App today.";
// Rephrased: an attorney general's name, compensation, a "tax" paid by wire.
const AG_FEE: &str = "Office of the State Attorney General - compensation notice. Your household qualifies for $930 in compensation from a lender settlement. Wire the $60 clearance tax to our claims agent to receive it this week.";
// Bank details and a login asked for instead of a fee.
const REGULATOR_LOGIN: &str = "Financial Conduct Authority refund unit: you are due £418.75 in compensation for mis-sold loan insurance. Reply with your sort code, account number and online banking password so we can pay it today.";
const CFPB_DETAILS: &str = "Message from the CFPB: money back is waiting for you from a settlement with your payday lender. Verify your routing number and bank login at the link to get your refund.";

// A real regulator's complaint page text: warns against the scam, asks for nothing.
const REAL_PAGE: &str = "Submit a complaint about a financial product or service. The CFPB will never ask you to pay a fee to receive a refund, and we will never ask for your online banking password. If you are owed money from a settlement, a check is mailed to you or a named administrator contacts you.";
const REAL_PAGE_2: &str = "Refunds from FTC cases are free. The FTC never requires you to pay a fee or give your bank account number to get a refund. Report anyone who asks at ReportFraud.ftc.gov.";
// A lender's lawful reminder: its own late fee, no regulator, no refund.
const LENDER: &str = "Harbor Lending: your payment of $161.34 was due on 11/05. A $15 late charge applies after 10 days. Pay in the Harbor app or call us 8am-8pm. Reply STOP to opt out.";

#[test]
fn a_refund_in_a_regulators_name_for_a_fee_or_bank_details_is_fraud() {
    for text in [FTC_FEE, AG_FEE, REGULATOR_LOGIN, CFPB_DETAILS] {
        let (tier, ids) = verdict(text);
        assert_eq!(tier, Tier::LikelyFraud, "{text:?}: {ids:?}");
        assert!(ids.iter().any(|i| i == RULE), "{text:?}: {ids:?}");
    }
}

#[test]
fn a_regulators_own_warning_and_a_lenders_reminder_do_not_fire_it() {
    for text in [REAL_PAGE, REAL_PAGE_2, LENDER] {
        let (_, ids) = verdict(text);
        assert!(!ids.iter().any(|i| i == RULE), "{text:?}: {ids:?}");
    }
}
