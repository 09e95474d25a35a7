#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The class of message batch N missed, in wordings of its own: a message that asks for a card's
//! security code, a PIN, a password or a one-time code is phishing, even when it names no payment
//! to a person and makes no threat. A lender's warning that it never asks for them, and a lawful
//! reminder that points to the official app, stay lawful.

use loanlint::message::{MessageRules, Tier, analyse};

pub(crate) fn assert_tier(text: &str, want: Tier) {
    let rules = MessageRules::bundled().expect("bundled message rules load");
    let r = analyse(text, rules, None, None);
    let ids: Vec<String> = r.findings.into_iter().map(|f| f.rule_id).collect();
    assert_eq!(r.tier, want, "{text:?}: rules {ids:?}");
}

#[test]
fn a_request_for_card_codes_pins_or_passwords_is_phishing() {
    for text in [
        // English, each with its rephrased twin.
        "Northway Credit: we could not take this month's instalment of 96.50 GBP. Update your card at northway-secure-billing.com and re-enter the 3-digit security code on the back and your card PIN.",
        "Your repayment bounced. Reply to this text with the long number on your card, its expiry date and the CVV so we can retry it today.",
        "Payment declined on your account. To stop late fees, verify your identity by texting back your online banking password.",
        "Loan account alert: please tell our agent the one-time code we just texted you to confirm your repayment.",
        // Chinese, simplified and a rephrasing.
        "【随借】您本期还款扣款失败，请点击链接核对银行卡信息，填写卡号、有效期及卡背后三位安全码，以免影响征信。",
        "您好，您的贷款还款未成功，请回复本短信告知银行卡取款密码，我们将为您重新扣款。",
        "还款通道升级，请把刚收到的短信验证码发送给客服专员完成还款确认。",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
}

#[test]
fn a_lenders_warning_about_codes_stays_a_lawful_reminder() {
    for text in [
        "Reminder: your payment of $161.34 is due on October 10. Pay in the app or call us. We will never ask for your PIN, password or card security code.",
        "【某某消费金融】您本期应还1,200.00元，还款日为10月15日，请通过官方App还款。工作人员不会索要您的密码或验证码，请勿向任何人透露验证码。",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}
