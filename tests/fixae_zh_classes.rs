#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese message classes of held-out batch AE, on texts of our own wording: phone and text
//! bombing (呼死你, the number registered on hundreds of sites) is harassment; the debt sent to a
//! future employer or a vetting body, and a banner at a family occasion, are disclosure and
//! exposure; the working of a charge (base × rate × days = charge) puts the charge in the
//! product, never in the base; a charge worked out on the whole loan (按全部借款…算违约金) does
//! not say the whole loan is due.

use loanlint::message::{MessageRules, Tier, analyse};

use crate::message_classes_n::assert_tier;

/// The tier of `text` against a sample contract `days` overdue, with the rules that fired.
fn judged(contract: &str, days: u32, text: &str) -> (Tier, Vec<String>) {
    let ctx = crate::message_tiers::context(contract, days);
    let r = analyse(text, MessageRules::bundled().unwrap(), Some(&ctx), None);
    let ids = r.findings.iter().map(|f| f.rule_id.clone()).collect();
    (r.tier, ids)
}

#[test]
fn phone_and_text_bombing_is_unlawful_collection() {
    for text in [
        "刘女士，欠款再不处理，今晚就给你安排呼死你套餐，手机响到你关机为止。",
        "你的号码我们已经提交到三百多个APP注册，一天几千条验证码短信，慢慢收吧。",
        "不还钱就短信轰炸你老公的手机，换了号我们照样挂。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // A lender warning against such things, with no threat of its own, stays lawful.
    assert_tier(
        "【某某金融】您本期应还800.00元已逾期2天，请通过官方App还款。请勿将验证码告知他人。",
        Tier::LawfulReminder,
    );
}

#[test]
fn the_debt_sent_to_an_employer_to_be_or_a_banner_at_a_family_occasion_is_unlawful() {
    for text in [
        "听说你儿子在考事业编，你的欠款记录我们会寄到他的用人单位，背调过不了别怪我们。",
        "王磊，你妹妹下个月办喜宴，到时候我们在酒店门口等着，让宾客都看看。",
        "再拖就去你家楼下拉横幅，写上欠钱不还四个大字。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn the_product_of_a_charges_working_is_the_charge_not_its_base() {
    // zh-04 (江南汇众消费金融, interest 99.58 a month, 罚息 万分之五 a day on the sum overdue), 6
    // days late: 99.58 × 0.05% × 6 = 0.29874 -> 0.30 is the charge; 99.58 is its base.
    let text = "【江南汇众消费金融】周磊先生，您本月利息99.58元自动扣款未成功，现已逾期6天。依合同约定，逾期金额按每日万分之五计收罚息：99.58元×0.05%×6天=0.30元，今日应还合计99.88元，请登录官方APP还款。";
    let (tier, ids) = judged("zh-04-default-charges-contacts.txt", 6, text);
    assert_eq!(tier, Tier::LawfulReminder, "{ids:?}");
}

#[test]
fn a_charge_worked_out_on_the_whole_loan_is_above_the_claim_not_an_acceleration() {
    // zh-02 (王建国 lends 李志强 20,000; 1,966.67 a month; no overdue charge agreed), 10 days late.
    let text = "志强，8月那期1,966.67元拖了10天了。按全部借款两万块每天千分之五收滞纳金，十天就是1,000元，连本带罚一共2,966.67元，这周还上。";
    let (tier, ids) = judged("zh-02-monthly-flat-rate.txt", 10, text);
    assert_eq!(tier, Tier::DemandAboveLawfulClaim, "{ids:?}");
    assert!(
        ids.iter().any(|i| i == "msg-demand-above-lawful-claim"),
        "{ids:?}"
    );
}
