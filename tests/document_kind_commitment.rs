#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind by commitment (issue 13, session 18): the fresh corpus draws the line between a
//! loan contract and a loan disclosure at the borrower's commitment. A sheet of the loan's terms
//! the borrower has signed with name and date is the agreement, whatever its title calls it (要素表);
//! a checkout screen whose button to commit is still to press
//! ("[ Confirm order ]", "Place order") shows a plan not yet taken, whatever product name heads it.
//! Each text is written fresh and comes with a rephrased twin; each class with a look-alike that
//! keeps its own kind.

use crate::document_kind_unseen::assert_cases;
use loanlint::DocumentKind::*;

// A terms sheet the borrower signed at its foot, name and date written.
const ZH_SIGNED_SHEET: &str = "贷款要素表\n\n借款人：欧阳明　　贷款机构：青川消费金融有限公司\n借款金额：8,000.00元　　期限：12期　　年利率：12%（单利）\n还款方式：等额本息　　每期还款：710.79元\n首次还款日：2026年2月10日\n其他费用：无\n\n借款人确认：欧阳明　　2026年1月10日\n";
const ZH_SIGNED_SHEET_2: &str = "借款要素表\n贷款机构：青川消费金融有限公司\n年利率12%（单利），借款金额８,０００元，分12期按月等额本息还款，每期710.79元。\n首期还款日2026-02-10。除利息外不收取其他费用。\n借款人签收：欧阳明　２０２６年１月１０日\n";
// The same sheet before anyone signed it: the confirmation line is blank.
const ZH_BLANK_SHEET: &str = "贷款要素表\n\n借款人：欧阳明　　贷款机构：青川消费金融有限公司\n借款金额：8,000.00元　　期限：12期　　年利率：12%（单利）\n还款方式：等额本息　　每期还款：710.79元\n其他费用：无\n温馨提示：签约前请仔细阅读。\n借款人确认：＿＿＿＿＿＿\n";

// A disclosure form titled in capitals with a remark: still a disclosure.
const EN_TIL_REMARK: &str = "TRUTH IN LENDING DISCLOSURE (Provided before you sign)\nLender: Pike River Credit Co.\nAmount financed: $300.00\nFinance charge: $52.50\nTotal of payments: $352.50\nThis is not a contract. Your loan agreement will be given to you to sign.\n";

// A checkout screen with its button to commit still to press.
const EN_CHECKOUT: &str = "10:12                          4G\n< Back        Pay in 4 with Tallyway\nOrder from Birch & Loom · $320.00\nYour 4 payments:\nToday        $80.00\n2 weeks      $80.00\n4 weeks      $80.00\n6 weeks      $80.00\n0% interest · no fees when you pay on time\nLate fee: up to $8\n[ Confirm order ]\n";
const EN_CHECKOUT_2: &str = "Fernpay: pay in three\nNo interest. A late fee of up to £6 may apply to a missed instalment.\nCart: Birch & Loom, £240\nThree monthly instalments of £80.00, the first on 2 February 2026; credit provided by Fernpay Ltd.\nAgree and pay\n";
// The same plan after the order was placed: the page records the plan taken.
const EN_CHECKOUT_DONE: &str = "Pay in 4 with Tallyway\nOrder confirmed — Birch & Loom · $320.00\nYou accepted the Tallyway pay in 4 loan agreement on January 5, 2026.\nPayment 1 (today) $80.00, then 3 payments of $80.00 every 2 weeks.\nLate fee: up to $8\n[ Manage my plan ]\n";

/// Each class fixed, in two wordings.
#[test]
fn signed_sheets_are_contracts_and_unconfirmed_checkouts_disclosures() {
    assert_cases(&[
        (LoanContract, ZH_SIGNED_SHEET, ZH_SIGNED_SHEET_2),
        (LoanDisclosure, EN_CHECKOUT, EN_CHECKOUT_2),
    ]);
}

/// The look-alikes keep their kinds: an unsigned sheet, a disclosure form with a remark in its
/// title, and a checkout page after the order was confirmed.
#[test]
fn the_look_alikes_of_commitment_keep_their_kinds() {
    assert_cases(&[
        (LoanDisclosure, ZH_BLANK_SHEET, ZH_BLANK_SHEET),
        (LoanDisclosure, EN_TIL_REMARK, EN_TIL_REMARK),
        (LoanContract, EN_CHECKOUT_DONE, EN_CHECKOUT_DONE),
    ]);
}
