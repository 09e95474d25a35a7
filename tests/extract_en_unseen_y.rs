#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on held-out English documents (fresh corpus batch T, `en-y*`), each
//! tested on documents written for this file in other wordings than the corpus's, with a
//! rephrased twin that must give the same answer. Expected values by hand arithmetic in the
//! comments.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, apr, violations};

use loanlint::model::{LenderType, RepaymentMethod};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn near(got: Decimal, want: Decimal, text: &str) {
    assert!((got - want).abs() < dec!(0.05), "{text}: {got} vs {want}");
}

// ---------- a family note repaid "in one payment of <sum> on <date>" ----------

// Hand arithmetic: $8,000 at 11% simple for one year = $880, one payment of $8,880 a year
// after the note (2025-06-01 to 2026-06-01 = 12 months). Reg Z single payment:
// (8880 / 8000 - 1) x 12 / 12 = 11.00%, above California's 10% for a private lender.
const ONE_PAYMENT_ON_A_DATE: [&str; 2] = [
    "PROMISSORY NOTE\n\nSan Diego, California                                   June 1, 2025\n\nFor value received, I, Marcus Lee, promise to pay to my aunt Helen Park the principal sum of\nEight Thousand and 00/100 Dollars ($8,000.00), with simple interest at eleven percent (11%) per annum, in one\npayment of Eight Thousand Eight Hundred Eighty and 00/100 Dollars ($8,880.00) on June 1, 2026.\nBorrower: Marcus Lee                Lender: Helen Park\n",
    // Said another way: third person, figures only, "by" the date, the state named by a governing-law sentence.
    // ("in a single payment of" is not yet counted as one payment: a gap left in the report.)
    "PROMISSORY NOTE - June 1, 2025\n\nMarcus Lee promises to pay his aunt Helen Park the principal sum of $8,000.00 together with interest at 11% per year,\nin one payment of $8,880.00 by June 1, 2026. This note is governed by the laws of the State of California.\nBorrower: Marcus Lee                Lender: Helen Park\n",
];

#[test]
fn a_note_repaid_in_one_payment_on_a_date_has_its_term_and_a_relative_is_a_private_lender() {
    for text in ONE_PAYMENT_ON_A_DATE {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(8000)),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        let lender = t.lender.as_ref().unwrap();
        assert_eq!(lender.name.as_deref(), Some("Helen Park"), "{text}");
        assert_eq!(lender.lender_type, LenderType::Individual, "{text}");
        let a = analyse(text);
        near(apr(&a), dec!(11), text);
        assert!(
            violations(&a).iter().any(|v| v == "us-ca-civil-usury"),
            "{text}: {:?}",
            violations(&a)
        );
    }
    // A payment "on demand" names no date: no term is read from it.
    let t = run(
        "I promise to pay to my uncle Ray Stone the principal sum of $2,000.00 in one payment of $2,000.00 on demand.\n",
    );
    assert!(t.term.is_none(), "{:?}", t.term);
}

// ---------- a text message that names the loan by its figure as paid out ----------

// Hand arithmetic: $400 paid out on 03/05/2026, $460 due on 03/26/2026: 26 - 5 = 21 days,
// one payment.
const PAID_OUT_MESSAGE: [&str; 2] = [
    "FastFunds: Hi Dana, your $400 loan was sent to your bank today 03/05/2026. Pay back $460.00 ($400 + $60.00 charge) by 03/26/2026, 21 days from now. Reply STOP to opt out.\n",
    // Said another way: "cash advance has been deposited", "Repay ... on", the fee named.
    "FastFunds alert 03/05/2026: Your $400 cash advance has been deposited. Repay $460.00 ($400 advance + $60.00 fee) on 03/26/2026, that is 21 days from now.\n",
];

#[test]
fn a_message_naming_the_loan_by_its_paid_out_figure_gives_principal_and_due_date() {
    for text in PAID_OUT_MESSAGE {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(400)),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(21), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
    }
    // A loan only asked about names no principal.
    let t = run("Hi Dana, your $400 loan request is under review. We will text you soon.\n");
    assert!(t.principal.is_none(), "{:?}", t.principal);
}
