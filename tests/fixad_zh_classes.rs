#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese message classes of held-out batch AD, on texts of our own wording: funeral objects
//! (花圈, 寿衣, 冥币) sent or promised to the borrower or family are unlawful collection; a
//! deposit (保证金) asked by the contract's own lender in its own app is a demand above the lawful
//! claim, while one paid to a person or an "official", or "to unfreeze", stays a sign of fraud;
//! the landlord, the property manager and the neighbours told of the debt are third parties.

use loanlint::message::{MessageRules, Tier, analyse};

use crate::message_classes_n::assert_tier;

#[test]
fn funeral_objects_sent_or_promised_are_unlawful_collection() {
    for text in [
        "李强，再不还钱，明天就给你公司前台寄一套寿衣，收件人写你的名字。",
        "你老家的地址我们有了，今晚在你爸妈门口烧点纸钱，让他们知道儿子欠钱不还。",
        "王女士，已经给你订了一个灵堂的布置，逾期款今天不结清就送到你家楼下。",
        "欠款3,200元不处理，你的头像就做成黑白照发出去。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // A collector's promise NOT to do it is no threat.
    assert_tier(
        "【某某金融】您本期应还1,200.00元已逾期，请通过官方App还款。本公司不会向您寄送花圈等物品，如遇此类行为请报警。",
        Tier::LawfulReminder,
    );
}

#[test]
fn the_landlord_the_property_manager_and_neighbours_told_of_the_debt_are_third_parties() {
    for text in [
        "刘洋，你欠的3,000块再拖下去，我们就通知你小区物业和保安，让他们都知道你是什么人。",
        "我们已经跟你的房东打过招呼了，说你在外面欠了一屁股债。",
        "从明天开始我们给你对门和楼上楼下的邻居挨家打电话，说你借钱不还。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // A lender saying it will not contact them stays lawful.
    assert_tier(
        "【某某消费金融】您的借款本期应还560.00元已逾期3天，请尽快通过App还款。我司不会联系您的房东、邻居或物业。",
        Tier::LawfulReminder,
    );
}

#[test]
fn a_deposit_asked_by_the_lender_itself_is_above_the_claim_and_with_fraud_marks_a_scam() {
    // zh-01 (速借花, 916.80 a month on the 15th, 罚息 0.1% a day), 20 days late on the first.
    let ctx = crate::message_tiers::context("zh-01-wangdai-equal-installment.txt", 20);
    let rules = MessageRules::bundled().unwrap();
    let text = "【速借花】张晓明您好，您4月15日的账单916.80元已逾期20天。按平台规定，逾期用户须另交押金1,000元，全部借款还清之后原路返还。请今天在速借花APP内支付共计1,934.80元。";
    let r = analyse(text, rules, Some(&ctx), None);
    let ids: Vec<&str> = r.findings.iter().map(|f| f.rule_id.as_str()).collect();
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{ids:?}");
    assert!(!ids.contains(&"msg-deposit-fee"), "{ids:?}");
    // The same deposit to a named person, or "to unfreeze" the account, is a sign of fraud.
    for text in [
        "张晓明，您的借款已逾期，须缴纳风险保证金1,000元至客服主管个人账户（户名：赵某），结清后退还。",
        "您的速借花账户因逾期被冻结，缴纳解冻保证金2,000元后即可恢复，请今天内办理。",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
}

#[test]
fn interest_each_month_and_the_principal_on_a_date_in_one_sum_is_interest_only() {
    use loanlint::model::RepaymentMethod;
    for text in [
        "借款协议\n出借人：郑国富\n借款人：黄小川\n一、借款金额人民币80,000元，期限自2026年3月1日至2026年9月1日。\n二、月利率1%，借款人每月1日前支付当月利息800元；借款本金应于2026年9月1日前一次性归还。\n签订日期：2026年3月1日\n",
        "借条\n今借到卢大海人民币叁万元整（30,000元），月息1.2%，每月20号把利息给出借人，本金在最后一期一并还清。借期六个月，自2026年4月20日起。\n借款人：姚春生\n2026年4月20日\n",
    ] {
        let a = crate::extract_zh_unseen_f::analysed(text);
        let method = a.report.terms.repayment.as_ref().map(|r| r.method);
        assert_eq!(method, Some(RepaymentMethod::InterestOnly), "{text}");
    }
    // The principal on a date with the interest (no interest paid each month) is one sum at the end.
    let a = crate::extract_zh_unseen_f::analysed(
        "借款协议\n出借人：郑国富\n借款人：黄小川\n借款金额人民币80,000元，年利率6%，借款本金于2026年9月1日一次性归还，利息随本金一并支付。\n2026年3月1日\n",
    );
    let method = a.report.terms.repayment.as_ref().map(|r| r.method);
    assert_eq!(method, Some(RepaymentMethod::Bullet));
}
