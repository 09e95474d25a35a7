//! Kinds of the held-out batch AA's messages, in other wordings than the corpus's: a text
//! thread in which the borrower signs the offered loan, and a private loan agreed in e-mails.

use crate::document_kind_unseen::assert_cases;
use loanlint::DocumentKind::*;

#[test]
fn messages_that_conclude_a_loan_are_its_contract() {
    assert_cases(&[
        (
            LoanContract,
            "QuickFund: Hi Tom, you're approved for a loan of $600.00 over 12 weeks at 0.5% interest a day, $61.50 every week, total to repay $738.00, APR 182%. Reply SIGN to sign your agreement.\nMe: SIGN\nQuickFund: Thanks Tom, your loan agreement has been signed and $600.00 is on its way to your bank.\n",
            "Text from Brightloan: Your agreement is signed and £250.00 will reach your account within 2 hours. Loan £250.00, interest 0.8% a day, total to repay £282.60, representative APR 1,100%. First repayment £47.10 on 1 May, then weekly for 6 weeks.\n",
        ),
        (
            LoanContract,
            "From: Uncle Ray\nTo: Jamie\nSubject: Re: car money\n\nOK, I'll lend you $4,500.00 for the car. It's a loan, not a gift: pay me back $200 a month starting in March, at 3% interest a year, and we'll both sign a copy when you come over.\n\n> Could you help me with the car? I'd need about $4,500.\n",
            "From: Jamie\nTo: Uncle Ray\nSubject: Re: Re: car money\n\nThank you! So: you loan me $4,500.00 at 3% interest and I repay the loan at $200 a month from March 2027 until the balance is paid off. I'll print this and we'll sign it Sunday.\n",
        ),
    ]);
}

#[test]
fn an_agreement_still_to_sign_is_not_said_signed() {
    // "once your agreement is signed" speaks of one still to sign: an offer, a disclosure.
    let (kind, reason) = crate::document_kind_unseen::kind_of(
        "Brightloan: You're approved! Borrow £250.00 over 6 weeks, repay £47.10 a week. Once your agreement is signed, we'll send the money. Reply SIGN to sign.\n",
    );
    assert_ne!(kind, LoanContract, "{reason}");
}
