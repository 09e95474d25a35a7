#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of collection message behind batch AG's Chinese misses (helper fixag-zh), in wordings
//! of our own: a threat to borrow, open cards or sign up in the borrower's name with the ID card
//! and face photos the lender holds; a threat to wreck a wedding or another family occasion (the
//! banquet cancelled, the venue told); a company named as the sender of a notice or a helpline is
//! not the borrower's employer contacted.

use loanlint::message::Tier;

use crate::message_family_exposure::verdict;

#[test]
fn a_threat_to_use_the_borrowers_identity_is_unlawful_collection() {
    for text in [
        "你注册时上传的身份证和自拍视频都在我们这，明天还不上，我们就拿你的证件去十几个平台撸口子，让你背一身债。",
        "不还钱是吧？我们手上有你的人脸照片，直接用你的身份信息办三张信用卡套现。",
        "今晚十点前不结清，我们就以你的名义去借高利贷，到时候别怪我们。",
        "再装死，就给你办二十张电话卡拿去做坏事，出了事全算在你头上。",
    ] {
        let (tier, ids) = verdict(text);
        assert_eq!(tier, Tier::UnlawfulCollection, "{text:?}: {ids:?}");
        assert!(
            ids.iter().any(|i| i == "msg-identity-misuse"),
            "{text:?}: {ids:?}"
        );
    }
    // An anti-fraud warning about others misusing the borrower's identity is no threat.
    for text in [
        "【某某消费金融】温馨提示：请妥善保管身份证件，谨防不法分子冒用您的身份信息办卡借贷。",
        "您好，请用您的身份证登录App完成实名认证后申请延期还款。",
    ] {
        let (tier, ids) = verdict(text);
        assert!(
            !ids.iter().any(|i| i == "msg-identity-misuse"),
            "{text:?}: {tier:?} {ids:?}"
        );
    }
}

#[test]
fn a_threat_to_wreck_a_wedding_or_a_family_occasion_is_exposure() {
    for text in [
        "听说你女儿下周六在喜来登办婚宴，不还钱我们就去把这场婚礼搅黄。",
        "再拖着不还，我们就打电话给婚庆公司说你欠钱跑路，看你这婚还结不结得成。",
        "你老爸的寿宴我们知道在哪，钱不到账就让寿宴办不成。",
        "不还钱就把你的欠款记录发到你丈母娘家里人的群里。",
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
fn the_senders_own_company_named_in_a_notice_is_no_threat_to_contacts() {
    for text in [
        "通知：恒信小额贷款有限公司将于本月起调整还款渠道，请以App内公告为准。",
        "如对账单有疑问，请联系锦程消费金融股份有限公司客服热线。",
    ] {
        let (_, ids) = verdict(text);
        assert!(
            !ids.iter().any(|i| i == "msg-threat-contacts"),
            "{text:?}: {ids:?}"
        );
    }
    // The borrower's own company is still a threat.
    let (_, ids) = verdict("今天再不还，我们就通知你们公司，让全公司都知道。");
    assert!(ids.iter().any(|i| i == "msg-threat-contacts"), "{ids:?}");
}
