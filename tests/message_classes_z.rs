#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch Z (English) missed, in wordings of their own: a message that
//! moves the repayment to a new account, bank or company (or away from the lender's own
//! channels) is payment-redirection fraud; a collector who brushes off the borrower's attorney,
//! or threatens to tape a notice of the debt to the doors of the borrower's street, collects
//! unlawfully. A lender's own reminder that keeps its channels, a collector who asks for the
//! attorney's details, and a letter put in the mailbox stay lawful.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

#[test]
fn a_payment_moved_to_a_new_account_or_company_is_fraud() {
    for text in [
        "Riverbend Auto Finance: our banking partner has changed. From today please wire your monthly payment of $388.10 to our new receiving account at Crestline Capital Partners, acct 55120998, ABA 026009593.",
        "Notice from Summit Loans: we have switched banks. Your next installment must go to the updated payee, Harbor Trust Services Inc.",
        "Hello Dana, the payment instructions for your personal loan have been updated. Send the $150.00 due Friday to the account below and no longer pay through the app.",
        "Account notice: do not pay at the branch this month. Transfer your $92.75 instalment to our temporary collection account, sort code 20-45-77, account 60441928, name BlueKey Processing Ltd.",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
}

#[test]
fn a_reminder_that_keeps_the_lenders_channels_is_lawful() {
    for text in [
        "Summit Loans: your payment of $150.00 is due on Friday. Pay in the app, through online banking or at any branch as usual.",
        "Reminder from Riverbend Auto Finance: your $388.10 payment is due on the 5th. Your autopay from the account ending 4410 will take it that day.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}

#[test]
fn a_collector_who_brushes_off_the_borrowers_attorney_collects_unlawfully() {
    for text in [
        "Ms. Ortiz, I received the letter from your lawyer. Lawyer or not, you signed for this loan and you will pay me the $1,240 by Monday.",
        "Mark, we know you have an attorney now, but we're going to keep talking to you directly, not to your attorney, until the $860 is paid.",
        "Your counsel's letter changes nothing, we won't deal with him. Call me today about the $2,310 you owe.",
        "Stop hiding behind your lawyer and pay the $575 balance on your Cedar Point loan.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn asking_for_the_attorneys_details_is_lawful() {
    assert_tier(
        "This is Apex Account Solutions about your account ending 2210. If an attorney represents you on this debt, please reply with their name and phone number and we will contact them instead.",
        Tier::LawfulReminder,
    );
}

#[test]
fn a_notice_of_the_debt_on_the_street_s_doors_is_unlawful() {
    for text in [
        "Pay the $640 by Friday or we staple a sign with your name and your debt to every door on Birch Lane.",
        "If you keep ignoring us, we will tape flyers saying what you owe on your neighbours' windows and on the fence by the school.",
        "Last warning: a notice listing your balance gets nailed to your front gate and to the doors of the houses next to you tomorrow.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn a_letter_in_the_mailbox_is_lawful() {
    assert_tier(
        "Reminder: your $120.00 payment was due on the 3rd. A statement will be put in your mailbox this week; you can also pay online.",
        Tier::LawfulReminder,
    );
}
