#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A message in 繁體 is read as its simplified twin (the rules are written in simplified
//! characters) and quoted as written: each pair below, written for this test, must land in the same
//! tier, with the traditional message's evidence in traditional characters.

use crate::message_classes_n::assert_tier;
use loanlint::message::{MessageRules, Tier, analyse};

#[test]
fn a_traditional_message_lands_where_its_simplified_twin_does_and_is_quoted_as_written() {
    for (traditional, simplified, tier) in [
        (
            "阿明，錢再不還，我們就打電話給你老婆的單位，讓她同事都知道。",
            "阿明，钱再不还，我们就打电话给你老婆的单位，让她同事都知道。",
            Tier::UnlawfulCollection,
        ),
        (
            "【還款通知】您的帳戶已逾期，請今天內將欠款轉入專員個人帳戶，戶名：李某某。",
            "【还款通知】您的账户已逾期，请今天内将欠款转入专员个人账户，户名：李某某。",
            Tier::LikelyFraud,
        ),
        (
            "您好，您本期帳單已逾期1天，請盡快通過官方App還款，謝謝。",
            "您好，您本期账单已逾期1天，请尽快通过官方App还款，谢谢。",
            Tier::LawfulReminder,
        ),
    ] {
        assert_tier(simplified, tier);
        assert_tier(traditional, tier);
        let rules = MessageRules::bundled().unwrap();
        for f in analyse(traditional, rules, None, None).findings {
            assert!(
                traditional.contains(f.evidence.text.trim()),
                "{}: quoted {:?}, not as written",
                f.rule_id,
                f.evidence.text
            );
            assert!(
                traditional.contains(&f.matched),
                "{}: {:?}",
                f.rule_id,
                f.matched
            );
        }
    }
}
