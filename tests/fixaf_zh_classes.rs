#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of held-out batch AF (fixer fixaf-zh), on texts of our own wording: interest
//! paid monthly and the principal at the end said the way people say it in a chat (每个月给你利息,
//! 本钱到时候一次还你, 年底把本金还上).

use loanlint::model::RepaymentMethod;

use crate::extract_zh_terms::ex;

#[test]
fn interest_monthly_and_the_principal_at_the_end_in_chat_words() {
    let texts = [
        "表哥：借你3万，利息每个月给我300就行\n小李：好，本钱年底一次还你",
        "阿姨：那就月息一分，利息你每月15号打给我\n小周：行，本金到时候一起还给您",
        "老板：八万块，年利率6%，每个月给你利息，到期把本金还上",
        "他说：本金明年3月1号一把还清，利息每个月转给我",
    ];
    for text in texts {
        let t = ex(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::InterestOnly),
            "{text}"
        );
    }
    // A schedule row's principal on its date is no principal at the end.
    let t = ex("借款12,000元，等额本金。\n第2期 2026年6月15日 应还本金1,000.00元 利息91.67元");
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::EqualPrincipal)
    );
    // The principal and the interest together at the end, with no monthly interest: one sum.
    let t = ex("小王：借两万，年底连本钱带利息一起还你");
    assert_ne!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::InterestOnly)
    );
}

#[test]
fn a_survey_of_the_borrower_or_the_business_is_a_fee() {
    let texts = [
        (
            "借款金额50,000元。贷款人收取尽调费1,500元，于放款时一次性支付。",
            "尽调费",
        ),
        (
            "借款本金10万元，实地考察费：人民币600元，由借款人在签约时缴纳。",
            "实地考察费",
        ),
        (
            "出借人派人到借款人店铺核实经营情况，借款人应支付家访费200元。",
            "家访费",
        ),
    ];
    for (text, name) in texts {
        let t = ex(text);
        assert!(
            t.fees.iter().any(|f| f.name.contains(name)),
            "{text}: {:?}",
            t.fees.iter().map(|f| &f.name).collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_year_last_date_is_read_only_when_its_order_is_settled() {
    let date = |text: &str| ex(text).contract_date.map(|d| d.date.to_string());
    // A translated British loan: pounds say day first.
    let uk = "个人贷款协议（中文译本）\n贷款金额：英镑5,000.00\n签署日期：05-03-2026\n期限：12个月";
    assert_eq!(date(uk).as_deref(), Some("2026-03-05"));
    // Another date of the document settles it (20 is no month).
    let other =
        "借款合同（译本）\n签署日期：05-03-2026\n首期还款日：20-04-2026\n借款金额：50,000元";
    assert_eq!(date(other).as_deref(), Some("2026-03-05"));
    // Nothing settles it: not read, and the assumptions say so.
    let open = "借款合同（译本）\n签署日期：05-03-2026\n借款金额：50,000元\n期限：12个月";
    let t = ex(open);
    assert_eq!(t.contract_date, None);
    assert!(
        t.assumptions.iter().any(|a| a.contains("05-03-2026")),
        "{:?}",
        t.assumptions
    );
}
