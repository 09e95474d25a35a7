#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A collection message sent to someone other than the borrower (an emergency contact, a
//! relative, a colleague, a neighbour, a reference) that tells them of the debt and asks them to
//! pay it or to press the borrower is unlawful collection, in both languages and whatever words
//! it uses. A guarantor or co-signer is liable and may be asked to pay; a warning that the lender
//! never asks contacts to pay, and a request that only asks where the borrower is, stay lawful.

use loanlint::message::Tier;

use crate::message_family_exposure::verdict;

fn assert_tier(text: &str, want: Tier) {
    let (tier, ids) = verdict(text);
    assert_eq!(tier, want, "{text:?}: rules {ids:?}");
}

#[test]
fn a_third_party_told_of_the_debt_and_asked_to_pay_or_press_is_unlawful() {
    for text in [
        "王阿姨您好，我们是鑫诚资产的工作人员。您的儿子赵磊在我平台的借款已逾期45天，共欠12,300元，请您尽快督促他还款，或者您先替他还上，以免影响他的征信。",
        "请问是刘强的室友吗？他在花花分期欠了3600块一直不还，麻烦你转告他今天联系我们处理，他当时留的紧急联系人就是你。",
        "Hi, this is Dana from Apex Recovery. You were listed as a reference by Marcus Bell, who is 60 days behind on his installment loan with a balance of $1,845. Please ask him to call us today, or you can make a payment for him at apexpay.com.",
        "张伟先生您好，李明浩在我司有一笔欠款至今未还，他借款时填写了您的电话。麻烦您催一下他尽快还钱，实在不行请您代他还上。",
        "Hello, is this Tom? Your friend Jake Ruiz has an outstanding balance of $980 with us and he listed you as his emergency contact. Please pass this message along to him: he must pay by Monday.",
        "致贵公司人事部：贵公司员工陈立在我司的借款已逾期90天，欠款15,600元，请贵单位督促其还款，并从其工资中代扣欠款。",
        "To the payroll office: your employee Dale Price owes $2,150 on a personal loan that is 75 days past due. Please withhold $400 from his wages each pay period and send it to us.",
        "Good afternoon Mrs. Lopez. Your coworker Brian Hale owes $2,400 on a loan and has ignored our calls. Could you let him know he needs to settle this by Friday? You may also pay it on his behalf.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn a_guarantor_a_warning_or_a_location_request_is_not_third_party_collection() {
    for text in [
        // The lender's own warning, negated.
        "【华信消费金融】本平台不会要求您的紧急联系人代为偿还借款，也不会向其透露您的欠款信息。",
        "We will never ask your friends or family to pay your loan, and we do not discuss your account with them.",
        // Only where the borrower is, no debt told.
        "您好，这里是华信消费金融客服，我们暂时联系不上张先生，麻烦您方便时转告他回电4008001234，谢谢。",
    ] {
        let (_, ids) = verdict(text);
        assert!(
            !ids.iter().any(|i| i.starts_with("msg-third-party-debt")),
            "{text:?}: {ids:?}"
        );
    }
    for text in [
        "李先生您好，您作为张某借款的连带责任保证人，借款人已逾期30天，请您依照保证合同代为偿还本息3,210元。",
        "As the co-signer on Jordan Wells's auto loan, you are responsible for the past-due amount of $412.50. He is 35 days late; you may pay it for him at our branch.",
    ] {
        let (_, ids) = verdict(text);
        assert!(
            !ids.iter().any(|i| i.starts_with("msg-third-party-debt")),
            "{text:?}: {ids:?}"
        );
    }
}
