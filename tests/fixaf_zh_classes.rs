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
        ("借款金额50,000元。贷款人收取尽调费1,500元，于放款时一次性支付。", "尽调费"),
        ("借款本金10万元，实地考察费：人民币600元，由借款人在签约时缴纳。", "实地考察费"),
        ("出借人派人到借款人店铺核实经营情况，借款人应支付家访费200元。", "家访费"),
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
