#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A collection message that threatens to take the debt to the borrower's family beyond the
//! borrower: the child's school (the teacher, the other parents, waiting at the gate), the
//! spouse's workplace, the in-laws. Each is a third party unrelated to the debt, in both
//! languages and whatever words it uses; a lender's promise not to contact them, or a hardship
//! remark that mentions school fees, stays lawful.

use loanlint::message::{MessageRules, Tier, analyse};

/// A message's tier and the ids of its findings, read alone (no contract): shared by the
/// message-class tests.
pub(crate) fn verdict(text: &str) -> (Tier, Vec<String>) {
    let rules = MessageRules::bundled().expect("bundled message rules load");
    let r = analyse(text, rules, None, None);
    (r.tier, r.findings.into_iter().map(|f| f.rule_id).collect())
}

#[test]
fn threats_to_take_the_debt_to_the_childs_school_the_spouses_work_or_the_in_laws() {
    for text in [
        "你女儿在阳光幼儿园大班吧？明天我们就去幼儿园找她老师，让老师和其他家长都知道她爸欠钱不还。",
        "再不还钱，我们就去你老公上班的单位找他领导。",
        "你岳父岳母住哪儿我们清楚得很，过两天跟老人家说说你欠的钱。",
        "你儿子学校的地址我们已经查到了，放学的时候会有人在校门口等着。",
        "你媳妇公司我们也找得到。",
        "我们会联系你孩子的班主任，告诉他你欠钱不还。",
        "We know your son goes to Lincoln Elementary. Someone from our office will be at pickup tomorrow to have a word with his teacher about what you owe.",
        "Your in-laws on Maple Street will be hearing from us about this debt.",
        "We'll be speaking to the other parents at your daughter's school about your unpaid loan.",
        "Pay now or your kids' teachers will find out what kind of person you are.",
        "We have the address of your husband's workplace and we are ready to go there.",
    ] {
        let (tier, ids) = verdict(text);
        assert_eq!(tier, Tier::UnlawfulCollection, "{text:?}: {ids:?}");
        assert!(
            ids.iter().any(|i| i.starts_with("msg-threat-contacts")),
            "{text:?}: {ids:?}"
        );
    }
}

#[test]
fn a_promise_not_to_contact_them_or_a_hardship_remark_stays_lawful() {
    for text in [
        "【华信消费金融】您本期账单2,233.33元将于10月10日自动扣款，如需调整请在App内操作。我们不会联系您的家人、同事或单位。",
        "Your payment of $161.34 is due on the 10th. We will not contact your employer, your family or your children's school about this account.",
        "【华信消费金融】您本期应还2,233.33元。如您因子女上学等原因资金紧张，可在App内申请延期还款。",
        "We understand school fees for your kids may be stretching your budget; call us on 0800 123 456 to set up a payment plan.",
    ] {
        let (tier, ids) = verdict(text);
        assert_eq!(tier, Tier::LawfulReminder, "{text:?}: {ids:?}");
    }
}
