#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A debt or case notice in the Supreme People's Court's name is a fraud, even when it quotes a
//! case number (that court hears no first-instance loan case; the numbers quoted are a district
//! court's). A district court's own notice with its case number, and a lender citing the
//! Supreme People's Court's provisions, are not. Wordings written for this test.

use crate::message_classes_n::assert_tier;
use loanlint::message::{MessageRules, Tier, analyse};

#[test]
fn a_notice_in_the_supreme_courts_name_is_fraud() {
    for text in [
        "【最高人民法院】您好，您因网贷逾期已被立案，案号(2026)京0105民初18823号，请于今日内联系经办人王法官处理，电话17088889999，逾期将冻结您名下银行卡。",
        "【最高法院通知】刘某某，你在某贷平台的欠款已进入司法程序，请在24小时内处理，否则强制执行。",
        "这里是最高人民法院执行局，你名下有一笔逾期借款纠纷（2026）沪0115民初5521号，请立即回电处理。",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
}

#[test]
fn a_district_courts_notice_or_a_lender_citing_the_provisions_is_not() {
    // A district court's own service notice with its case number is no fraud sign.
    let court = "【北京市朝阳区人民法院】刘某某：本院已受理原告某银行诉你金融借款合同纠纷一案，案号(2026)京0105民初18823号，请登录人民法院在线服务平台查收诉讼材料。";
    let rules = MessageRules::bundled().expect("bundled message rules load");
    assert_ne!(analyse(court, rules, None, None).tier, Tier::LikelyFraud);
    // A lender's reminder that cites the Supreme People's Court's provisions.
    assert_tier(
        "【安信消费金融】张先生，您本期账单1,260.00元已到期。依据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》，逾期利息不超过法定上限。请通过安信App还款。",
        Tier::LawfulReminder,
    );
}

#[test]
fn a_sheriff_or_police_offering_to_clear_a_warrant_for_money_is_fraud() {
    for text in [
        "This is Officer Daniels with the County Sheriff's Department. There is a warrant pending for your arrest over an unpaid payday loan. To resolve this today and avoid arrest, call 844-555-0199 and make a payment of $640.",
        "Calling from the Harlow Police Department warrant unit: you can pay the $1,120 balance now to have the warrant cancelled before deputies come to your home.",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
}

#[test]
fn a_collector_threatening_arrest_is_unlawful_not_fraud() {
    assert_tier(
        "Final notice from Apex Recovery: pay the $640 you owe on your CashNow loan by Friday or we will have you arrested.",
        Tier::UnlawfulCollection,
    );
}
