#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Collection messages of our own wording (session 29): a sum asked with 前还/还钱/还上 is a
//! demand, and an account named after a person by a title in brackets (支付宝 …（王经理）) is a
//! payment off the lender's channels.

fn analysed(text: &str) -> loanlint::message::MessageReport {
    let rules = loanlint::message::MessageRules::bundled().unwrap();
    let ctx = crate::message_tiers::context("zh-01-wangdai-equal-installment.txt", 1);
    let at = chrono::NaiveDateTime::parse_from_str("2025-04-16T10:00", "%Y-%m-%dT%H:%M").unwrap();
    loanlint::message::analyse_delivered(text, rules, Some(&ctx), None, &[at])
}

#[test]
fn a_sum_to_pay_before_a_deadline_is_demanded_and_a_managers_account_is_private() {
    // zh-01 one day late: the lawful claim is 890.04 (instalment 889.46 restated + 0.58).
    for (text, sum) in [
        (
            "你的账已经逾期，限你晚上8点前还1200元到微信账号 wxid_77aa（李主管），不然后果自负。",
            "1200",
        ),
        (
            "今天必须还钱1,300元，打到银行卡6222****0197（张专员），过时不候。",
            "1300",
        ),
    ] {
        let r = analysed(text);
        assert_eq!(
            r.demanded.map(|d| d.to_string()),
            Some(sum.to_string()),
            "{text}"
        );
        let ids: Vec<&str> = r.findings.iter().map(|f| f.rule_id.as_str()).collect();
        assert!(ids.contains(&"msg-pay-personal-account"), "{text}: {ids:?}");
        assert!(
            ids.contains(&"msg-demand-above-lawful-claim"),
            "{text}: {ids:?}"
        );
    }
    // The lender's own account in brackets is no person's.
    let r =
        analysed("请于今日前还款916.80元至尾号1234的还款账户（浙江鹿鸣网络小额贷款有限公司）。");
    assert!(
        !r.findings
            .iter()
            .any(|f| f.rule_id == "msg-pay-personal-account")
    );
}
