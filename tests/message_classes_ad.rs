#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The class of message batch AD (English) missed, in wordings of its own: a collector who
//! knows the borrower's employer forbids calls at work and says it will call the workplace all
//! the same collects unlawfully (FDCPA 805(a)(3)). A collector who agrees to stop calling the
//! workplace, or who calls at work knowing nothing against it, is not caught by this class.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

#[test]
fn calling_the_workplace_after_being_told_the_employer_forbids_it_is_unlawful() {
    for text in [
        "Hi Sam, this is Northgate Recovery. You asked us not to phone you at the store since your manager does not permit personal calls. We will still call your manager's desk each day until the $412.00 balance is paid.",
        "Pinewood Credit: your boss doesn't allow calls at the plant, we know. We'll keep ringing the front desk at the plant until you pay the $95.50 that is overdue.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn agreeing_not_to_call_the_workplace_is_lawful() {
    assert_tier(
        "Pinewood Credit: you told us not to call you at work, so we will only call your mobile from now on. Your $95.50 payment is due on the 12th; pay in the app or at any branch.",
        Tier::LawfulReminder,
    );
}

/// Batch AD's kind class, in wordings of its own: a plan to pay for a service in parts, every
/// part due before the service begins, is a prepayment, not credit, whatever its title says; a
/// loan for a service, paid to the provider up front and repaid after, stays a loan.
#[test]
fn a_plan_paid_in_full_before_the_service_is_not_credit() {
    use crate::document_kind_unseen::kind_of;
    use loanlint::DocumentKind;
    let plan = "Subject: Installment plan for Maya's fall semester\n\nDear Mr. Osei,\n\nYour plan is confirmed. The semester's fee is $3,000.00: $750.00 today and three payments of $750.00 on May 1, June 1 and July 1. The full balance must be paid by July 1, before the semester begins on August 25. There is no interest and no plan fee.\n\nStudent Accounts, Brookline Music Academy\n";
    let (kind, reason) = kind_of(plan);
    assert_eq!(kind, DocumentKind::Other, "{reason}");
    let loan = "INSTALLMENT LOAN AGREEMENT\nBorrower: Ama Osei. Lender: Brookline Credit LLC.\nWe pay $3,000.00 to Brookline Music Academy before the semester begins. You promise to repay the loan in 12 monthly payments of $270.00 beginning September 1, with interest at 14.9% per year. Signed: Ama Osei\n";
    let (kind, reason) = kind_of(loan);
    assert_eq!(kind, DocumentKind::LoanContract, "{reason}");
}
