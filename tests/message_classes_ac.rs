#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch AC (English) missed, in wordings of their own: a collector's
//! threat of a remedy it cannot take on an unsecured debt by itself (a suspended driving
//! licence, a boot on the car, a lien and a sale of the home "without a court") is unlawful
//! collection (FDCPA 807(4)-(5), [U] in the rule's note); a notice that names the court's process
//! or a mortgage is not that threat.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

#[test]
fn a_threat_of_a_remedy_only_a_court_or_the_state_gives_is_unlawful_collection() {
    for text in [
        "Northgate Collections: pay $412.00 by Friday or we will contact the DMV and get your driving license revoked.",
        "Second notice. Our field team has been told to put a wheel clamp on your car at your work parking lot unless the $260 balance is cleared today.",
        "We filed a lien against your home this morning. It goes to a sheriff's sale next month unless you pay $2,980 in full.",
        "Pay the $1,150 now. We do not need a judge to take your house, the paperwork is already done.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // A servicer's notice that names the court's process, or the mortgage, is no such threat.
    assert_tier(
        "Notice: under the mortgage on your home, a foreclosure sale may follow only if the court enters a judgment against you. Call us to discuss options before your hearing.",
        Tier::LawfulReminder,
    );
    assert_tier(
        "Reminder: your payment of $161.34 was due on the 3rd. Once the loan is paid in full we will release the lien on your car title.",
        Tier::LawfulReminder,
    );
}
