#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch AA (English) missed, in wordings of their own: a collector who
//! threatens to take benefits the law protects, or to seize money with no court, and one who
//! presses the borrower into a payday loan to pay, collects unlawfully. A notice that a court's
//! judgment came first, and a lender that merely mentions loans, stay lawful.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

/// Each message with the tier it belongs to.
const CASES: &[(&str, Tier)] = &[
    // A threat to take protected benefits, or to seize money with no court.
    (
        "Marcus, pay the $740 today or we take your SSI payment when it lands on the 3rd.",
        Tier::UnlawfulCollection,
    ),
    (
        "We will empty your checking account on Friday, no judge needed, unless the $1,100 balance is paid.",
        Tier::UnlawfulCollection,
    ),
    (
        "Your VA benefits deposit will be intercepted by our office this week if the $612 stays unpaid.",
        Tier::UnlawfulCollection,
    ),
    // Pressing the borrower into new debt to pay.
    (
        "Get a cash advance on your paycheck and pay us the $480 by tonight.",
        Tier::UnlawfulCollection,
    ),
    (
        "Linda, the only way out is to take out a title loan on your car today, then pay the $2,050 you owe us.",
        Tier::UnlawfulCollection,
    ),
    // A levy after a judgment, and a lender's plain reminder, are not these threats.
    (
        "Notice: after the court entered judgment on June 2, a levy on your bank account was issued under the writ of execution. Call us about the $3,400 balance.",
        Tier::LawfulReminder,
    ),
    (
        "Prairie Bank: your loan payment of $212.40 is due on the 15th. Pay in the app or at any branch.",
        Tier::LawfulReminder,
    ),
];

#[test]
fn benefits_seizure_without_a_court_and_pressure_to_borrow_are_unlawful_collection() {
    for &(text, tier) in CASES {
        assert_tier(text, tier);
    }
}
