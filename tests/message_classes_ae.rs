#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch AE (English) missed, in wordings of their own: a threat to put
//! the borrower on a published list of those who "refuse to pay" or to show the name and
//! balance on a public page or on social media is unlawful collection (FDCPA 806(3)); and a
//! message that does not call the loan in is shown what is due now without the balance an
//! acceleration clause only lets the lender declare due.

use crate::common;
use crate::message_classes_n::assert_tier;
use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{MessageRules, Tier, analyse};
use rust_decimal_macros::dec;

#[test]
fn a_published_list_of_those_who_refuse_to_pay_is_unlawful() {
    for text in [
        "Birchwood Lending: you are 40 days behind on $210.00. Pay by Monday or we add you to the Deadbeat List we print in the Gazette every month.",
        "Your name and what you owe are going up on our public page of people who won't pay their loans unless $95.00 reaches us by Thursday.",
        "Final reminder from Cedar Loans: your balance of $640.00 will be listed on Facebook with your photo if it is not paid this week.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn the_late_fee_for_those_who_do_not_pay_is_no_exposure() {
    assert_tier(
        "Birchwood Lending: borrowers who do not pay by the 10th are charged the $15.00 late fee in their agreement. You can check your balance on our website.",
        Tier::LawfulReminder,
    );
}

#[test]
fn an_acceleration_the_message_does_not_use_is_not_shown_as_due() {
    // en-01 at 45 days: two instalments of 161.34 and a 15.00 late charge are due; the clause
    // "we may declare the entire unpaid principal balance ... due" lets the lender call the
    // remaining balance in, which a message asking for the instalments does not do.
    let checker = Checker::load(&[]).unwrap();
    let path = common::samples_dir().join("en-01-us-installment-origination.txt");
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    let ctx = loanlint::overdue::contract_context(&analysis, &checker, Some(45));
    let rules = MessageRules::bundled().unwrap();
    let full = ctx.due_now.as_ref().unwrap();
    let called = |p: &loanlint::claim::ClaimPart| {
        p.components
            .iter()
            .find(|c| c.key == "accelerated_balance")
            .map(|c| c.lawful)
    };
    assert!(called(full).is_some_and(|b| b > dec!(1000)), "{full:?}");
    let r = analyse(
        "Lakeshore Prairie Finance: two payments are now past due. Please send the $337.68 shown on your statement this week.",
        rules,
        Some(&ctx),
        None,
    );
    let shown = r.due_now.unwrap();
    assert_eq!(called(&shown), Some(dec!(0)));
    // The instalments and their late charges alone (two 161.34, a late charge each).
    assert_eq!(
        shown.lawful_total,
        full.lawful_total - called(full).unwrap()
    );
    assert_eq!(shown.lawful_total, dec!(352.68));
    let r = analyse(
        "Lakeshore Prairie Finance: your loan has been accelerated and the entire balance is now due. Pay the full balance to avoid further action.",
        rules,
        Some(&ctx),
        None,
    );
    assert_eq!(r.due_now.unwrap().lawful_total, full.lawful_total);
}
