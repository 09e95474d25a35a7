#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch AA (English) missed, in wordings of their own: a collector who
//! threatens to take benefits the law protects, or to seize money with no court, and one who
//! presses the borrower into a payday loan to pay, collects unlawfully. A notice that a court's
//! judgment came first, and a lender that merely mentions loans, stay lawful.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

#[test]
fn a_threat_to_take_protected_benefits_or_to_seize_without_a_court_is_unlawful() {
    for text in [
        "Marcus, pay the $740 today or we take your SSI payment when it lands on the 3rd.",
        "We will empty your checking account on Friday, no judge needed, unless the $1,100 balance is paid.",
        "Your VA benefits deposit will be intercepted by our office this week if the $612 stays unpaid.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn pressing_the_borrower_into_new_debt_to_pay_is_unlawful() {
    for text in [
        "Get a cash advance on your paycheck and pay us the $480 by tonight.",
        "Linda, the only way out is to take out a title loan on your car today, then pay the $2,050 you owe us.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn a_levy_after_a_judgment_and_a_loan_offer_are_not_these_threats() {
    for text in [
        "Notice: after the court entered judgment on June 2, a levy on your bank account was issued under the writ of execution. Call us about the $3,400 balance.",
        "Prairie Bank: your loan payment of $212.40 is due on the 15th. Pay in the app or at any branch.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}
