//! A two-column party table read row by row (session 20, from a brokered-loan platform's
//! 借款协议 template): `甲方(借款人): 王某  乙方(出借人):` then the lender's name alone on the
//! next line. The name is the lender's, a person's, so the private-lending rules apply and
//! an overdue charge of 0.1% a day (0.1 x 365 = 36.5% a year, by hand) is found above the
//! limit. Texts written for this test, with a rephrased twin (the role before or after
//! 甲方/乙方, an ID row or an address row after the name).

use loanlint::model::LenderType;

use crate::extract_zh_unseen_f::analysed;

#[test]
fn a_lender_named_on_the_line_after_its_label_is_the_lender() {
    let cases = [
        (
            "借款协议\n甲方(借款人): 周明  乙方(出借人):\n孙立华\n身份证号码: 110101198001010011  身份证号码: 110101197502020022\n第一条 借款本金人民币30,000元,分12期偿还。\n第二条 逾期罚息:自逾期之日起每日按应还本息的0.1%收取。\n",
            "孙立华",
        ),
        (
            "借款合同\n借款人(甲方):  钱芳      出借人(乙方):\n李国庆\n住址: 北京市海淀区  住址: 北京市朝阳区\n一、甲方向乙方借款人民币30000元,分12期偿还。\n二、甲方逾期还款的,按应还本息每日千分之一支付罚息。\n",
            "李国庆",
        ),
    ];
    for (text, want) in cases {
        let a = analysed(text);
        let lender = a.report.terms.lender.as_ref();
        assert_eq!(
            lender.and_then(|l| l.name.as_deref()),
            Some(want),
            "{text:?}"
        );
        assert_eq!(
            lender.map(|l| l.lender_type),
            Some(LenderType::Individual),
            "{text:?}"
        );
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.rule_id == "cn-pl-overdue-above-4x-lpr"),
            "{text:?}: {:?}",
            a.report
                .findings
                .iter()
                .map(|f| &f.rule_id)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_field_label_after_a_bare_lender_label_is_no_name() {
    let t = "借款协议\n甲方(借款人): 周明  乙方(出借人):\n身份证号码:\n第一条 借款本金人民币30,000元,分12期偿还。\n";
    let a = analysed(t);
    let name = a.report.terms.lender.as_ref().and_then(|l| l.name.clone());
    assert_eq!(name, None);
}
