#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Issue 13, batch K (messages_k/en-p02): a demand is compared with what the contract lets the
//! lender claim after so many days late, however the demand is laid out: a statement whose
//! items run to their figures along dot leaders (a leader is no sentence's end), items with no
//! stated total (their sum is the demand), figures with a sign and no 元 or with neither
//! (`¥16,001.61`, `合计应还：10,150.00`). A demand within the lawful claim stays a reminder.
//! Messages written for this test; the lawful figures are worked out by hand in the comments.

use loanlint::message::{MessageReport, MessageRules, Tier, analyse};
use loanlint::message::{demanded_amount, demanded_amounts};
use loanlint::model::Language;
use rust_decimal_macros::dec;

use crate::message_tiers::{context, ids};

fn demand_finding(r: &MessageReport) -> &str {
    r.findings
        .iter()
        .find(|f| f.rule_id == "msg-demand-above-lawful-claim")
        .map(|f| f.message.as_str())
        .unwrap_or_else(|| panic!("no demand finding in {:?}", ids(r)))
}

/// en-02: a $300 New York payday note, $390 due in one payment 14 days after the loan. Under the
/// 16% civil cap the lawful charge for the 14 days is 300 x 16% x 14 / 365 = 1.84, so the lawful
/// claim is 301.84; the $25 returned-payment fee the note charges only if a payment bounced counts
/// only in a message that shows a returned payment (then 326.84 at most). The note provides no
/// late charge.
const EN_02: &str = "en-02-payday-single-payment.txt";

/// Items with a stated total, colons instead of leaders, a heading in other words.
const EN_TOTAL: &str = "Re: note 7734 - amount now outstanding\n\nNote balance: $390.00\nLate charges (2 x $30.00): $60.00\nAttorney review fee: $350.00\nSum required by June 1: $800.00\n\nRemit the sum required to avoid further action.\n";
/// The same demand as a statement with dot leaders and no total at all: 390 + 60 + 350 = 800.
const EN_NO_TOTAL: &str = "Dear customer, the following is owed on your note:\n  Note balance ............ $390.00\n  Late charges ............ $60.00\n  Attorney review fee ..... $350.00\nPlease remit promptly through the portal.\n";

#[test]
fn an_itemised_english_demand_is_compared_with_the_lawful_claim() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(EN_02, 30);
    for text in [EN_TOTAL, EN_NO_TOTAL] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(800)), "{text}");
        assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
        let said = demand_finding(&r);
        // Both figures quoted: the demand and the lawful claim (301.84: no payment is shown
        // returned, so the $25 returned-payment fee is not counted, and the finding says so).
        assert!(
            said.contains("$800.00") && said.contains("$301.84"),
            "{said}"
        );
        // 800 - 301.84 = 498.16 of the demand has no lawful basis.
        assert!(said.contains("$498.16"), "{said}");
        assert!(said.contains("not counted"), "{said}");
    }
}

/// A message that shows the payment returned unpaid: the contract's returned-payment fee is
/// part of what may lawfully be owed (301.84 + 25.00 = 326.84; 800 - 326.84 = 473.16 above it).
#[test]
fn a_returned_payment_shown_brings_in_its_fee() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(EN_02, 30);
    let text = "Re: note 7734\n\nYour ACH debit of May 1 came back unpaid (bounced).\nNote balance: $390.00\nLate charges (2 x $30.00): $60.00\nAttorney review fee: $350.00\nSum required by June 1: $800.00\n";
    let r = analyse(text, rules, Some(&ctx), None);
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
    let said = demand_finding(&r);
    assert!(
        said.contains("$326.84") && said.contains("$473.16"),
        "{said}"
    );
}

/// en-01: the missed instalment of $161.34 and the contract's late charge, the greater of $15 and
/// 5% of the instalment (8.07): 176.34 is exactly what the contract allows after 18 days.
const EN_01: &str = "en-01-us-installment-origination.txt";
const EN_WITHIN: &str = "Account ending 1187 - statement of amount due\n  Installment due March 3 ....... $161.34\n  Late charge (section 6) ....... $15.00\n  Total now due ................. $176.34\nPlease pay by March 31 online or at a branch.\n";
/// The same two items with no total: their sum, 176.34, is the demand.
const EN_WITHIN_NO_TOTAL: &str = "What you owe today:\n- Missed installment: $161.34\n- Late charge: $15.00\nCall us if you need a payment plan.\n";

#[test]
fn a_demand_within_the_lawful_claim_stays_a_lawful_reminder() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(EN_01, 18);
    for text in [EN_WITHIN, EN_WITHIN_NO_TOTAL] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(176.34)), "{text}");
        assert_eq!(r.tier, Tier::LawfulReminder, "{:?}", ids(&r));
        assert!(
            !ids(&r).iter().any(|id| id.starts_with("msg-demand")),
            "{:?}",
            ids(&r)
        );
    }
}

/// zh-03: the first instalment 2,233.33 and penalty interest at the contract's 5.4% a year on a
/// 360-day basis for 12 days: 2,233.33 x 5.4% / 360 x 12 = 4.02; 2,237.35 in all.
const ZH_03: &str = "zh-03-bank-compliant.txt";
const ZH_WITHIN: &str = "【华川银行】您的贷款第1期已逾期12天，目前应还明细：\n本期本息……2,233.33元\n逾期罚息……4.02元\n合计应还……2,237.35元\n请通过我行手机银行还款。\n";

/// zh-01: ¥10,000 over 12 months whose whole schedule repays 11,001.61 (12 x 916.80). A demand of
/// 10,000 + 1,001.61 + 3,000 + 2,000 = 16,001.61 is above even the whole loan.
const ZH_01: &str = "zh-01-wangdai-equal-installment.txt";
const ZH_ABOVE: &str = "张晓明，您目前应还款项明细如下：\n逾期本金 ¥10,000.00\n利息 ¥1,001.61\n违约金 ¥3,000.00\n催收服务费 ¥2,000.00\n请于今日内在APP内处理。\n";
/// The same demand with a stated total and no sign or unit on any figure.
const ZH_ABOVE_BARE: &str = "张晓明：截至今日，您的借款逾期45天。\n逾期本金：10,000.00\n利息：1,001.61\n违约金及催收服务费：5,000.00\n合计应还：16,001.61\n请一次性结清。\n";

/// The same items as a table with bars and no total.
const ZH_ABOVE_TABLE: &str = "您当前应还款项：\n| 逾期本金 | 10,000.00元 |\n| 利息 | 1,001.61元 |\n| 违约金 | 3,000.00元 |\n| 催收服务费 | 2,000.00元 |\n请尽快处理。\n";

/// The same items added up in one line, the total after an equals sign far from 应还.
const ZH_ABOVE_SUM: &str = "张先生，截至今日您应还：本金10,000元+利息1,001.61元+违约金3,000元+催收服务费2,000元=16,001.61元，请今日内还清。\n";

#[test]
fn chinese_demands_are_read_with_leaders_signs_or_bare_figures() {
    let rules = MessageRules::bundled().unwrap();
    let r = analyse(ZH_WITHIN, rules, Some(&context(ZH_03, 12)), None);
    assert_eq!(r.demanded, Some(dec!(2237.35)));
    assert_eq!(r.tier, Tier::LawfulReminder, "{:?}", ids(&r));
    let ctx = context(ZH_01, 45);
    for text in [ZH_ABOVE, ZH_ABOVE_BARE, ZH_ABOVE_TABLE, ZH_ABOVE_SUM] {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(16001.61)), "{text}");
        assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
        assert!(
            r.findings
                .iter()
                .any(|f| f.rule_id == "msg-demand-above-lawful-claim"
                    && f.message_zh.contains("16,001.61"))
        );
    }
}

#[test]
fn figures_that_are_not_sums_are_not_demanded() {
    // A rate, a date, a count and the amount borrowed are no demand, even beside 应还 / due.
    let zh = "应还日期：2025.10.20\n年利率：24.00%\n借款金额：10,000.00\n应还期数：12.00期\n";
    assert_eq!(demanded_amounts(zh, Language::Zh), Vec::new());
    let en = "Amount financed: 1,000.00\nPayment due date 04.15\nRate due: 12.50%\n";
    assert_eq!(demanded_amounts(en, Language::En), Vec::new());
    // Items under a heading that names no debt are not added up; items with a payment among
    // them are not either (a payment lowers what is owed).
    let list = "Your loan at a glance:\nAmount borrowed: $300.00\nFinance charge: $90.00\n";
    assert_eq!(demanded_amount(list, Language::En), None);
    let paid = "Balance owed:\nNote balance: $390.00\nPayment received: $100.00\n";
    assert_eq!(demanded_amount(paid, Language::En), Some(dec!(390)));
}

#[test]
fn an_item_label_names_no_sender() {
    // "Collection" opens a fee's label; a form word alone is no company.
    let text = "Amount due now:\nCollection cost recovery fee: $270.00\nFinance charge: $90.00\n";
    let r = analyse(text, MessageRules::bundled().unwrap(), None, None);
    assert!(r.sender_names.is_empty(), "{:?}", r.sender_names);
    assert_eq!(r.demanded, Some(dec!(360)));
}
