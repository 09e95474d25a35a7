//! Classes of failure behind batch AG's Chinese misses (helper fixag-zh), on texts of our own
//! wording: a loan abroad in a Chinese translation, in the money of Central Asia, Africa, the
//! Middle East or the Americas (坚戈, 图格里克, 索姆, 兰特, 里拉 …) or under a law or court
//! there, is out of the mainland rules' scope (no ruleset, no lending violation), while a
//! mainland loan naming a Chinese place that only sounds foreign (伊犁哈萨克自治州, 内蒙古) is
//! still judged.

use loanlint::model::Severity;

use crate::extract_zh_unseen_f::analysed;

fn violations(text: &str) -> Vec<String> {
    analysed(text)
        .report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Violation)
        .map(|f| f.rule_id.clone())
        .collect()
}

#[test]
fn a_loan_in_central_asian_or_other_foreign_money_is_out_of_the_mainland_rules_scope() {
    for (text, currency) in [
        (
            "借款协议（译文，以蒙古文本为准）\n出借方：乌兰巴托汗腾信贷有限责任公司\n借款方：包海军\n本金：图格里克 20,000,000\n月利率4%，期限6个月，每月等额还本付息。\n争议提交乌兰巴托市民事法院。\n",
            "MNT",
        ),
        (
            "贷款合同（中文参考译本）\n贷款人：比什凯克小额信贷公司\n借款人：马建华\n贷款本金：500,000.00索姆\n年化利率48%，12个月，按月等额偿还。\n本合同受吉尔吉斯共和国法律管辖。\n",
            "KGS",
        ),
        (
            "个人贷款合同（中译本）\n贷款机构：约翰内斯堡快捷信贷有限公司\n借款人：刘海涛\n借款金额：兰特 80,000.00\n年利率45%，期限24个月，等额本息。\n适用南非共和国法律。\n",
            "ZAR",
        ),
        (
            "消费贷款合同（译本）\n出借人：伊斯坦布尔消费金融公司\n借款人：赵一鸣\n借款金额：150,000.00土耳其里拉\n年利率60%，期限12个月，每月等额还款。\n争议由伊斯坦布尔商事法院管辖。\n",
            "TRY",
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.currency.as_str()),
            Some(currency),
            "{text}"
        );
        assert!(a.report.rulesets_applied.is_empty(), "{text}");
        assert!(violations(text).is_empty(), "{text}");
    }
    // A foreign law named alone (amounts translated into 元) is enough.
    let law_only = "借款合同（中文译本）\n出借人：塔什干信贷银行\n借款人：韩立新\n借款金额：60,000元，期限一年，年利率40%。\n本合同适用乌兹别克斯坦共和国法律。\n";
    assert!(violations(law_only).is_empty(), "{law_only}");
}

#[test]
fn a_mainland_loan_in_a_place_that_only_sounds_foreign_is_still_judged() {
    for text in [
        "借条\n今借到马国庆人民币60,000元，借期一年，年利率30%。\n如有争议，由伊犁哈萨克自治州中级人民法院管辖。\n借款人：木拉提\n2026年7月1日\n",
        "借款合同\n出借人：乌力吉\n借款人：巴特尔\n借款金额：60,000元，借期一年，年利率30%。\n争议由内蒙古自治区锡林郭勒盟中级人民法院管辖。\n2026年7月1日\n",
    ] {
        assert!(!violations(text).is_empty(), "{text}");
    }
}

#[test]
fn a_dotted_date_with_its_year_last_is_read_day_first_and_said_so() {
    for (line, want, month_too) in [
        ("签署日期：14.10.2026", "2026-10-14", false),
        ("合同签订日：02.09.2026", "2026-09-02", true),
    ] {
        let text = format!(
            "借款合同（俄文译本）\n出借人：莫斯科快捷信贷有限责任公司\n借款人：王大伟\n借款金额：200,000.00卢布，期限6个月，年利率30%，每月等额还款。\n{line}\n本合同适用俄罗斯联邦法律。\n"
        );
        let a = analysed(&text);
        let t = &a.report.terms;
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some(want.to_string()),
            "{text}"
        );
        let note = t.assumptions.iter().find(|n| n.contains("day first"));
        assert!(note.is_some(), "{:?}", t.assumptions);
        assert_eq!(
            note.is_some_and(|n| n.contains("month first")),
            month_too,
            "{note:?}"
        );
    }
}
