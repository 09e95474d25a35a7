#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Issue 13, session 18 (messages_p/zh-u01's class): a demand itemised as the sender's own
//! figure for what is still owed plus charges is judged against that figure. Whatever the
//! acceleration (may the lender call the whole loan in?), the loan comes to no more than what
//! its own sender says is left, plus the lawful default charges: the rest has no lawful basis,
//! and a collection fee inside it is part of that excess (the demand decides the tier). A figure
//! of principal alone is not such a figure, and a demand equal to the stated figure stays
//! undecided. Messages written for this test; each figure is worked out by hand below.

use loanlint::message::{MessageReport, MessageRules, Tier, analyse};
use rust_decimal_macros::dec;

use crate::message_tiers::{context, ids};

fn demand_finding(r: &MessageReport) -> &str {
    r.findings
        .iter()
        .find(|f| f.rule_id == "msg-demand-above-lawful-claim")
        .map(|f| f.message.as_str())
        .unwrap_or_else(|| panic!("no demand finding in {:?}", ids(r)))
}

/// zh-02: a private loan repaid in monthly instalments (23,600 over the term), no default charge
/// in the contract: after 40 days the lawful claim now is below 11,000, and the whole loan called
/// in would come to more than 11,000, so the figures alone leave the demand undecided.
const ZH_02: &str = "zh-02-monthly-flat-rate.txt";
/// 10,000.00 stated as still owed + 600 外访费 + 400 资料处理费 = 11,000.00; no lawful default
/// charge, so 11,000 - 10,000 = 1,000.00 has no basis.
const ZH_ITEMISED: &str = "【安诚资产·委外催收部】张女士您好，您的借款已逾期40天。截至今日，您尚欠本息10,000.00元；另产生外访费600元、资料处理费400元，请于本周五前一次性结清共计11,000.00元，否则我司将移交法务处理。";
/// The same demand, total first, the items after it, other words for the debt and the fees.
const ZH_ITEMISED_2: &str = "张女士：请您在本周五前全额还清11,000元。明细：剩余欠款10,000元，上门外访费600元，资料处理费400元。安诚资产委外催收部";
/// A demand equal to the figure the sender states: nothing is added, and whether the whole loan
/// is due depends on acceleration as before.
const ZH_NOTHING_ADDED: &str = "张女士您好，您的借款已逾期40天，剩余未还款项合计11,000.00元，请于本周五前一次性结清11,000.00元。";
/// A figure of principal alone leaves out the interest accrued: not the sender's whole figure.
const ZH_PRINCIPAL_ONLY: &str =
    "张女士您好，您的借款已逾期40天，剩余本金10,000.00元，请于本周五前一次性结清11,000.00元。";

#[test]
fn a_chinese_demand_above_its_own_stated_debt_is_above_the_lawful_claim() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(ZH_02, 40);
    for text in [ZH_ITEMISED, ZH_ITEMISED_2] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(11000)), "{text}");
        assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
        let said = demand_finding(&r);
        assert!(
            said.contains("¥10,000.00") && said.contains("¥1,000.00"),
            "{said}"
        );
    }
}

/// en-01: instalments of $161.34, a late charge of $15 after 10 days and a $25 returned-payment
/// fee (charged only if a payment bounced, and these messages show none): after 30 days the
/// lawful default charges are 15. 3,200.00 stated + 85 field visit fee + 55 file transfer
/// charge = 3,340.00; 3,340 - (3,200 + 15) = 125.00 has no basis.
const EN_01: &str = "en-01-us-installment-origination.txt";
const EN_ITEMISED: &str = "Harbor Recovery Services, for your lender: your installment loan is 30 days past due. Your remaining balance is $3,200.00. A field visit fee of $85.00 and a file transfer charge of $55.00 have been added. Pay the full amount of $3,340.00 by Friday to close the account.\n";
const EN_ITEMISED_2: &str = "Pay $3,340.00 in full by Friday. That is the outstanding balance of $3,200.00 on your installment loan, plus our $55.00 file transfer charge and an $85.00 field visit fee. - Harbor Recovery Services\n";

#[test]
fn an_english_demand_above_its_own_stated_balance_is_above_the_lawful_claim() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(EN_01, 30);
    for text in [EN_ITEMISED, EN_ITEMISED_2] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(3340)), "{text}");
        assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
        let said = demand_finding(&r);
        assert!(
            said.contains("$3,200.00") && said.contains("$125.00"),
            "{said}"
        );
    }
}

#[test]
fn nothing_added_or_a_principal_figure_leaves_the_demand_to_acceleration() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(ZH_02, 40);
    for text in [ZH_NOTHING_ADDED, ZH_PRINCIPAL_ONLY] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(11000)), "{text}");
        let found = ids(&r);
        assert!(
            !found.contains(&"msg-demand-above-lawful-claim")
                && found.contains(&"msg-demand-depends-on-acceleration"),
            "{text}: {found:?}"
        );
    }
}
