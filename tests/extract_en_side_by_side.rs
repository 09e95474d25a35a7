#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A block of loan terms printed beside an address and a purpose, two text columns split by
//! runs of blanks: each column reads as its own run of lines, whether the page keeps the
//! right column's place (a text export) or not (a PDF's lines), and a letterhead's town with
//! its state code and ZIP under the company's name gives the state. Written for this file in
//! other wordings and figures than the corpus's.

use crate::extract_en::run;

use loanlint::model::{FeeTiming, RepaymentMethod};
use rust_decimal_macros::dec;

// $2,400.00 lent, a 5% document fee of $120.00 kept back: $2,280.00 received. 24 monthly
// payments at 19.9% a year: 2400 x i / (1 - (1 + i)^-24), i = 0.199 / 12, = 122.03.
const KEPT_BACK_BESIDE_ADDRESS: [&str; 2] = [
    "FINGER LAKES CREDIT CO.            AGREEMENT SUMMARY\nIthaca, NY 14850                   Amount lent:$2,400.00\n                                   Document fee:5% of amount lent\nCUSTOMER                             equal to $120.00, kept back\nMarta Ilves                        Sent to your account:$2,280.00\n12 Cayuga Heights Rd, Ithaca NY    Yearly rate:19.9%\n                                   Length:24 monthly instalments\nFOR                                Instalment:$122.03 (last $122.05)\nRoof repair, 2026                  First instalment due:05/01/2026\n\nSigned __________\n",
    "FINGER LAKES CREDIT CO.  AGREEMENT SUMMARY\nIthaca, NY 14850  Amount lent:$2,400.00\nDocument fee:5% of amount lent\nCUSTOMER  equal to $120.00, kept back\nMarta Ilves  Sent to your account:$2,280.00\n12 Cayuga Heights Rd, Ithaca NY  Yearly rate:19.9%\nLength:24 monthly instalments\nFOR  Instalment:$122.03 (last $122.05)\nRoof repair, 2026  First instalment due:05/01/2026\n\nSigned __________\n",
];

#[test]
fn a_column_of_terms_beside_an_address_reads_as_its_own_lines() {
    for text in KEPT_BACK_BESIDE_ADDRESS {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(2400)),
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|p| p.amount),
            Some(dec!(2280)),
            "{text}"
        );
        let fee = t.fees.iter().find(|f| f.name.contains("Document fee"));
        assert_eq!(fee.and_then(|f| f.amount), Some(dec!(120)), "{:?}", t.fees);
        // Kept back from the payout (a later step names it deducted), not paid apart.
        assert!(
            fee.is_some_and(|f| f.timing != FeeTiming::UpfrontPaid),
            "{:?}",
            t.fees
        );
        // The payment beside "FOR", a heading of the other column.
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(122.03)),
            "{text}"
        );
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24), "{text}");
        // The letterhead's town, its state code and ZIP under the company's name.
        assert!(
            t.jurisdiction_hints.iter().any(|h| h.code == "US-NY"),
            "{:?}",
            t.jurisdiction_hints
        );
    }
}
