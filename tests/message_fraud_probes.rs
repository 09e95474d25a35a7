#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Fraud signs in wordings written for this test before the rules were widened: an "unfreeze"
//! link on a bare domain, a sheriff named a few words further from "this is", debt relief sold for
//! a fee paid first in English; and lawful reminders that mention the same words without the sign.

use crate::message_classes_n::assert_tier;
use loanlint::message::Tier;

#[test]
fn an_unfreeze_link_a_sheriff_taking_zelle_and_paid_debt_relief_are_likely_fraud() {
    for text in [
        "【花呗】您的账户因逾期被冻结，请在24小时内点击 hb-jiedong.cn 解冻，否则影响芝麻信用。",
        "【借呗提醒】逾期记录已生成，扫码添加客服即可撤销记录，名额有限。网址 jb-chexiao.top",
        "This is Officer Reynolds of the county sheriff. A warrant will be issued for your arrest unless you pay $640 today by Zelle to 555-0199.",
        "Loan Relief Services: we can wipe out your payday loan debt for good. Pay a one-time $399 enrollment fee today and stop all collection calls.",
        "Good news! You qualify for federal debt forgiveness on your installment loan. A $250 processing fee secures your spot.",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
    for text in [
        "【分期乐】您本期账单已逾期1天，请登录分期乐App还款。官方不会发送任何解冻链接，谨防诈骗。",
        "Your loan payment is late. Call us at 800-555-0100 to settle your balance; a $15 late fee applies per your agreement.",
        "We offer hardship plans to reduce your monthly payment at no upfront fee. Call your lender first.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}
