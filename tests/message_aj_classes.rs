#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Message classes of held-out batch AJ, in wordings written for this test: calls at night or in
//! turns until paid, a collection letter sent to a third party's place or posted at a door,
//! others made to see the debt (zh); a licence threatened over the debt and a message to the
//! borrower's references asking them to make the borrower pay (en). Lawful messages that use the
//! same words without the act stay lawful.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

#[test]
fn night_calls_letters_to_third_parties_and_posted_notices_are_unlawful() {
    for text in [
        "你这笔钱再不还，今晚十一点开始我们几个人轮着给你打，打到你接为止。",
        "凌晨两点我们照样给你打电话，别想睡安稳觉。",
        "下周一我们把催款函直接寄给你们单位领导，看你怎么解释。",
        "欠款通知会送到你孩子的幼儿园，交给班主任老师。",
        "我们会把你的欠条复印件贴到你家楼道里，让邻居们都瞧瞧谁欠钱不还。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    for text in [
        "您好，您本期账单已逾期1天，如需协商还款，可在工作日晚上8点前致电官方客服。",
        "催收函将寄送至您在合同中登记的家庭地址，请注意查收。如已还款请忽略。",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}

#[test]
fn a_licence_threatened_and_references_asked_to_make_the_borrower_pay_are_unlawful() {
    for text in [
        "If this isn't paid by Friday, we'll make sure your CDL gets revoked. Pay the $212.40 today.",
        "We are reporting you to the Board of Nursing for the unpaid $640 balance.",
        "Hi Tom, you were given as an emergency contact by Lena Park. Lena is 12 days behind on her car loan. Please call her and make sure she pays.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    for text in [
        "Your payment of $212.40 is late. Late payments may be reported to the credit bureaus; this does not affect any professional license you hold.",
        "Hello, we are trying to reach Lena Park. Please ask her to call us at 555-0100.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}
