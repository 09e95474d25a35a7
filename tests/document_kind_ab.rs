//! Kinds of the held-out batch AB's English documents, in other wordings and layouts than the
//! corpus's: a lender's page or app screen that records the loan signed, a gift letter, a debt
//! of rent (or a price) the parties turn into a loan, and a loan struck in a chat.

use crate::document_kind_unseen::{assert_cases, kind_of};
use loanlint::DocumentKind::*;

#[test]
fn a_page_that_records_the_loan_signed_is_its_contract() {
    assert_cases(&[
        (
            LoanContract,
            "Northpeak Credit · My account · Loans · Help\nLoan NP-2291 Active\nBorrower: Dana Whitlow · Lender: Northpeak Credit LLC · Agreement signed 3 March 2027\nAmount borrowed | $6,000.00\nInterest rate | 11.5% a year, fixed\nAPR | 12.20%\nRepayment schedule\n1 | April 3, 2027 | $531.40\n2 | May 3, 2027 | $531.40\n",
            "Civic Lending\nLoan status: Funded\nContract signed on 04/12/2027 by Priya Nair\nLoan amount: $2,500.00\nInterest: 9.9% per year\nRepayment schedule\nMonth 1  $219.70\nMonth 2  $219.70\n",
        ),
        (
            LoanContract,
            "10:02  5G\n<  PayLater Auto\n\n  Your tyre plan is signed\n  Paid to fitter  £420.00\n  Interest  0.6% per day\n  APR  1,020% (representative)\n  Your 3 repayments\n  2 May 2027   £190.10\n  2 June 2027  £190.10\n  2 July 2027  £190.10\n  Total to repay  £570.30\n  [ Agree and sign ]  tapped 2 April 2027 14:55\n",
            "BrightFix Finance\nYour dental finance has been e-signed.\nTreatment  Crown and root canal\nAmount  £900.00\nInterest  0.5% a day\nAPR  620% (representative)\n12 weekly repayments of £96.20, total to repay £1,154.40\n[Accept and sign] clicked 5 April 2027\n",
        ),
    ]);
}

#[test]
fn a_disclosure_box_recorded_as_signed_or_accepted_is_the_contract_record() {
    assert_cases(&[(
        LoanContract,
        "Riverbend Credit Union · Online banking\nPersonal loan ending 4471\nE-signed on 2027-01-15\nBorrower: Sam Okafor\nPurpose: roof repair\nAutopay: on\n--- Your federal disclosures ---\nANNUAL PERCENTAGE RATE 11.90%\nFINANCE CHARGE $640.12\nAmount Financed $5,000.00\nTotal of Payments $5,640.12\n36 payments of $156.67 monthly from Feb 15, 2027\n",
        "Lakeside Lending app\nMy loans > Loan 2\nYou accepted these terms on March 2, 2027 at 14:05.\nBorrower: Ana Ruiz\nPurpose: used car\nStatus: paying\n--- Your federal disclosures ---\nANNUAL PERCENTAGE RATE 17.50%\nFINANCE CHARGE $1,210.40\nAmount Financed $4,900.00\nTotal of Payments $6,110.40\nPayment schedule: 24 payments of $254.60 monthly\nLender: Lakeside Lending LLC\n",
    )]);
    // A signature line still blank records no signing.
    let (kind, reason) = kind_of(
        "Lakeside Lending app\nMy offers > Offer 2\nBorrower: Ana Ruiz\nPurpose: used car\n--- Your federal disclosures ---\nANNUAL PERCENTAGE RATE 17.50%\nFINANCE CHARGE $1,210.40\nAmount Financed $4,900.00\nTotal of Payments $6,110.40\nPayment schedule: 24 payments of $254.60 monthly\nSigned: ____________________  Date: __________\n",
    );
    assert_ne!(kind, LoanContract, "{reason}");
}

#[test]
fn a_button_still_to_press_stays_a_screen_before_the_agreement() {
    let (kind, reason) = kind_of(
        "PayLater Auto\n  Your tyre plan\n  Paid to fitter  £420.00\n  Interest  0.6% per day\n  Your 3 repayments of £190.10\n  APR 1,020% (representative)\n  [ Agree and sign ]\n",
    );
    assert_ne!(kind, LoanContract, "{reason}");
}

#[test]
fn a_gift_letter_is_no_loan() {
    assert_cases(&[(
        Other,
        "GIFT LETTER\n\nTo: Harbor Federal Mortgage, loan no. 55-1029\n\nI, Rosa Delgado, give my son Marco Delgado $18,000.00 toward his home purchase at 41 Elm St. This gift is not a loan: no repayment is expected, now or later, and no interest is charged. The funds were wired on May 2, 2027.\n\nDonor: Rosa Delgado   Relationship to borrower: mother   Date: 05/02/2027\n",
        "Letter of Gift\n\nWe confirm a gift of £30,000 to our daughter for her deposit on 7 Mill Lane. No repayment of the gift is required, and the money is not to be repaid in any form. It was transferred on 1 June 2027 to her account.\n\nSigned: Alan and Jean Cooper (donors)\n",
    )]);
}

#[test]
fn a_debt_of_rent_or_a_price_turned_into_a_loan_is_a_loan_contract() {
    assert_cases(&[(
        LoanContract,
        "Repayment agreement. The tenant, Luis Ortega, owes the landlord, Ann Reyes, two thousand four hundred dollars ($2,400.00) in unpaid rent for the premises at 18 Pine Street. The parties agree that this sum shall be treated as a loan, repaid with interest at one percent per month in eight monthly payments of $313.87 beginning June 1, 2027. Signed by the landlord and the tenant.\n",
        "Arrears agreement between Kim Park (landlord) and Joe Lee (tenant). The unpaid rent of $1,800 for March to May is hereby converted into a loan to the tenant, who will repay it in six monthly payments of $310.00 with interest at 12% a year, together with the rent. Landlord: Kim Park  Tenant: Joe Lee\n",
    )]);
}

#[test]
fn a_debt_said_not_to_be_a_loan_stays_what_it_is() {
    // The negation stands between: a lease's arrears plan that refuses the loan's name.
    let (kind, reason) = kind_of(
        "Rent arrears plan. The tenant owes the landlord $900.00 in rent for the premises and will pay it with the rent at $150 a month. The arrears shall not be treated as a loan and carry no interest. Signed by the landlord and the tenant.\n",
    );
    assert_ne!(kind, LoanContract, "{reason}");
}

#[test]
fn a_loan_struck_in_a_chat_is_its_contract() {
    assert_cases(&[(
        LoanContract,
        "Messenger\n@fastcash.dallas\n03/14/27 6:40 PM\nme: need 300 till friday\nfastcash.dallas: ok $300 now, u pay back $390 on 03/21/27. fee is $90\nme: deal\nfastcash.dallas: sent. screenshot this chat its ur agreement\n",
        "WhatsApp chat\nKev: can you spot me some cash\nMo: I can do £200 today, you give me back £250 next Friday\nKev: yes I agree\nMo: done, transferred. this chat is our agreement\n",
    )]);
}
