#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A collection message that threatens to put the borrower's face on nude or obscene pictures
//! (P成裸照, 合成艳照, AI换脸) and spread them is a threat of exposure, whoever it names as the
//! audience; a curse on the borrower's family (全家死光, 不得好死) is an insult. A promise not to
//! do it, or a warning about such scams, stays lawful.

use loanlint::message::Tier;

use crate::message_family_exposure::verdict;

#[test]
fn threats_of_doctored_obscene_pictures_are_exposure() {
    for text in [
        "三天内不结清，你的头像就会被合成艳照，发到你们小区业主群。",
        "我们技术部可以给你换脸，到时候你老婆看到什么可别怪我们。",
        "再拖着，就把你P成不雅照，你自己掂量。",
        "你的裸照我们已经做好了，今晚就群发。",
    ] {
        let (tier, ids) = verdict(text);
        assert_eq!(tier, Tier::UnlawfulCollection, "{text:?}: {ids:?}");
        assert!(
            ids.iter().any(|i| i == "msg-threat-exposure"),
            "{text:?}: {ids:?}"
        );
    }
}

#[test]
fn curses_on_the_family_are_insults() {
    for text in ["借钱不还，你不得好死。", "欠钱的都断子绝孙。"] {
        let (_, ids) = verdict(text);
        assert!(ids.iter().any(|i| i == "msg-insult"), "{text:?}: {ids:?}");
    }
}

#[test]
fn a_promise_not_to_or_an_anti_fraud_warning_stays_lawful() {
    for text in [
        "【安心借】您本期应还1,036.50元已逾期1天，请登录App还款。本平台不会以合成照片等方式催收。",
        "【安心借】提醒：近期有不法分子冒充平台，以“P图曝光”相威胁索要钱财，请勿轻信。您本期账单3月5日到期。",
    ] {
        let (tier, ids) = verdict(text);
        assert_eq!(tier, Tier::LawfulReminder, "{text:?}: {ids:?}");
    }
}

#[test]
fn calling_the_borrower_a_fraudster_is_no_scam_warning() {
    // The scam-warning reading needs advice not to believe the fraudsters; a threat that calls
    // the borrower one keeps its findings.
    let (tier, ids) =
        verdict("你就是个诈骗分子，再不还钱就把你P成裸照发到你们公司群，别怪我们没提醒你。");
    assert_eq!(tier, Tier::UnlawfulCollection, "{ids:?}");
    assert!(ids.iter().any(|i| i == "msg-threat-exposure"), "{ids:?}");
}
