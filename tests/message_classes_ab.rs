#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch AB (English) missed, in wordings of their own: a request for
//! the online-banking login is phishing; a deceased borrower's relative told to pay the debt
//! personally is (at most, as legal.md does not record it) a warning of unlawful collection;
//! and a loan called in before the contract's own condition for calling it in is met is a
//! demand above the lawful claim, not one left to the acceleration clause.

use crate::message_classes_n::assert_tier;
use crate::message_tiers::{context, ids};
use loanlint::message::{MessageRules, Tier, analyse};

#[test]
fn a_request_for_the_online_banking_login_is_phishing() {
    for text in [
        "Your lender: payments are moving to a new portal. Log in at pay-myloan.support with your online banking user ID and password to keep your direct debit active.",
        "ACTION NEEDED - sign on at secure-lendercheck.com using your internet banking login and password, or your next payment will be marked missed.",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
    // A warning against such requests is not one.
    assert_tier(
        "Reminder from Prairie Bank: we will never ask you to sign in with your online banking password by text. Your payment of $120 is due on the 5th.",
        Tier::LawfulReminder,
    );
}

#[test]
fn a_deceased_borrowers_relative_told_to_pay_personally_is_unlawful_collection() {
    for text in [
        "Mr. Lee, our condolences on your mother's passing. As her son you are now personally liable for her credit account balance of $1,940.00; please call to arrange payment.",
        "We understand your husband died last month. As his widow you must pay the $3,210 left on his loan, or we will sue you.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // A co-signer owes the debt: telling her so is no misstatement.
    assert_tier(
        "We are sorry for your loss. As the co-signer on your brother's loan, you are responsible for the remaining balance of $1,200. Please call us to discuss a plan.",
        Tier::LawfulReminder,
    );
}

/// en-01 (sample contract): default only when a payment is not made within 30 days after it is
/// due (clause 9); the whole balance may be declared due only upon default (clause 10). en-04:
/// default after 60 days (clause 7), the balance called in "if you are in default" (clause 8).
const CALLED_IN: &str = "Notice: because your installment was not received, we have accelerated your loan. The entire balance of $2,300.00 is now due immediately. Monthly payments will no longer be accepted.";

#[test]
fn a_loan_called_in_before_the_contracts_default_is_above_the_lawful_claim() {
    let rules = MessageRules::bundled().unwrap();
    for (contract, days) in [
        ("en-01-us-installment-origination.txt", 20),
        ("en-04-us-credit-union-clean.txt", 45),
    ] {
        let ctx = context(contract, days);
        let r = analyse(CALLED_IN, rules, Some(&ctx), None);
        assert_eq!(
            r.tier,
            Tier::DemandAboveLawfulClaim,
            "{contract}: {:?}",
            ids(&r)
        );
        // The demand finding says why: the clause's own condition is not met yet.
        let said_why = r.findings.iter().any(|f| {
            f.rule_id == "msg-demand-above-lawful-claim"
                && f.message.contains("cannot be called in yet")
        });
        assert!(said_why, "{contract}: {:?}", r.findings);
    }
    // Past the contract's default, calling the loan in is left to the clause, as before.
    let ctx = context("en-01-us-installment-origination.txt", 45);
    let r = analyse(CALLED_IN, rules, Some(&ctx), None);
    assert!(
        !ids(&r).contains(&"msg-demand-above-lawful-claim"),
        "{:?}",
        ids(&r)
    );
}
