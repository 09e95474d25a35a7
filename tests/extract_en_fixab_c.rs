#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on English batch AB (fixer C), each tested on texts written for this
//! file in other wordings and layouts than the corpus's: a lender named by another role than
//! "lender" (landlord, employer, seller) and what the contract says that role is.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, violations};

use loanlint::LenderType;

// ---------- a lender named by its role ----------

/// California, a private lender at 2% a month (24% a year), above the 10% of Cal. Const. art. XV.
const ROLE_LENDERS: [(&str, &str); 3] = [
    (
        "LOAN AGREEMENT\nThis agreement is made on March 3, 2027 in Fresno, California, between Dolores Quintana, owner of the house at 14 Elm Row (the landlord), and Pete Marsh, who rents its back room (the tenant). The landlord lends the tenant the principal sum of $2,000.00 for a car repair, paid today; the tenant will repay it with interest at 2% per month in 10 equal monthly payments of $222.65, the first on April 3, 2027. The landlord is an individual.",
        "Dolores Quintana",
    ),
    (
        "This note is made on 3 March 2027 at San Jose, California, between Nadia Perez (the \"Employer\") and Tom Greer, her gardener (the \"Employee\"). The Employee borrows the principal sum of $2,000.00 from the Employer, received today, and agrees to pay the Employer interest at 2% per month, repaying in 10 equal monthly payments of $222.65, the first on April 3, 2027. The Employer is a private individual and not a licensed lender.",
        "Nadia Perez",
    ),
    (
        "Loan agreement made on March 3, 2027 in San Diego, California, between Olu Adeyemi (the seller) and Rita Kane (the buyer) for the seller's used boat. The buyer owes the seller the principal sum of $2,000.00, the rest of the price, which the seller agrees to treat as a loan to the buyer at interest of 2% per month, repaid in 10 equal monthly payments of $222.65, the first on April 3, 2027.",
        "Olu Adeyemi",
    ),
];

#[test]
fn a_lender_named_by_its_role_is_read_with_what_the_contract_says_it_is() {
    for (text, name) in ROLE_LENDERS {
        let t = run(text);
        let lender = t.lender.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(lender.name.as_deref(), Some(name), "{text}");
        assert_eq!(lender.lender_type, LenderType::Individual, "{text}");
        let v = violations(&analyse(text));
        assert!(
            v.contains(&"us-ca-civil-usury".to_string()),
            "{text}: {v:?}"
        );
    }
}

#[test]
fn the_borrowing_role_is_not_the_lender() {
    // Only the tenant's side shows here: no role is shown lending, so no lender is made up.
    let text = "Agreement made on March 3, 2027 in Fresno, California, between Pete Marsh (the tenant) and Ann Lowe (the guarantor). The tenant will repay $2,000.00 in 10 monthly payments of $222.65.";
    let t = run(text);
    assert!(t.lender.is_none(), "{:?}", t.lender);
}

#[test]
fn a_denied_licence_does_not_make_the_lender_licensed() {
    let denied = "PROMISSORY NOTE\nLender: Harold Fong\nBorrower: Maribel Soto\nDate: March 3, 2027, Oakland, California\nPrincipal: $2,000.00, interest at 2% per month, 10 equal monthly payments of $222.65.\nThe Lender is not a licensed lender.\n";
    assert_eq!(
        run(denied).lender.unwrap().lender_type,
        LenderType::Individual
    );
    let licensed = denied.replace(
        "The Lender is not a licensed lender.",
        "The Lender is a licensed lender under the California Financing Law, licence no. 60DBO-1.",
    );
    assert_eq!(
        run(&licensed).lender.unwrap().lender_type,
        LenderType::LicensedNonBank
    );
}
