//! Batch N's Chinese classes, in texts of our own wording, each with rephrasings that must
//! read the same. Expected figures from Python `decimal` (scripts/zh_balloon_check.py and the
//! computations in the comments), never from loanlint.

use loanlint::model::Terms;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, near};

fn last_payment(t: &Terms) -> Option<Decimal> {
    t.last_payment.as_ref().map(|a| a.amount)
}

/// 150,000 over 24 months at 7.2% with a 45,000 balloon: 23 × 4,980.65 and a last payment of
/// 49,980.58 (scripts/zh_balloon_check.py): IRR × 12 = 7.20%; read as interest alone the same
/// instalment would cost 39.85%.
#[test]
fn a_balloon_auto_loan_is_level_instalments_and_a_last_lump_at_the_rate() {
    for (text, last) in [
        (
            "汽车贷款合同\n贷款人：远航汽车金融有限责任公司\n借款人：韩某\n贷款金额：人民币150,000.00元\n贷款期限：24个月\n年利率：7.2%\n还款计划：前23期每月还款4,980.65元，最后一期应还49,980.58元（含尾款）。\n签约日期：2025年10月8日\n",
            dec!(49980.58),
        ),
        (
            "汽車消費借款合同\n貸款人：遠航汽車金融有限責任公司\n借款人：韓某\n借款金額：人民幣壹拾伍萬元整\n借款期限：二十四個月\n貸款年利率７.２％（固定）\n第１期至第２３期每期償還４，９８０.６５元；\n第２４期（２０２７年１０月８日）償還４９，９８０.５８元，其中含尾款４５，０００元。\n簽約日期：２０２５年１０月８日\n",
            dec!(49980.58),
        ),
        (
            "购车分期借款合同\n甲方（贷款人）：远航汽车金融有限责任公司\n乙方（借款人）：韩某\n一、借款本金：150,000元，期限24个月，年利率7.2%。\n二、乙方每月还款4,980.65元，共24期；尾款45,000元于最后一期与当期月供一并支付。\n签订日期：2025年10月8日\n",
            dec!(49980.65),
        ),
    ] {
        let t = ex(text);
        assert_eq!(last_payment(&t), Some(last), "{text}");
        let a = analysed(text);
        assert!(near(apr(&a), dec!(7.20)), "{:?} {text}", apr(&a));
    }
}

/// The same loan with the balloon left unsaid: 4,980.65 a month at 7.2% neither repays
/// 150,000 (the annuity is 6,730.44) nor is its interest (900): no reading squares the
/// instalment with the rate, and the cost is not the 39.85% of reading it as interest alone.
#[test]
fn an_instalment_far_from_the_rate_is_not_read_as_interest_alone() {
    for text in [
        "汽车贷款合同\n贷款人：远航汽车金融有限责任公司\n借款人：韩某\n贷款金额：人民币150,000.00元\n贷款期限：24个月\n年利率：7.2%\n还款计划：每月还款4,980.65元。\n签约日期：2025年10月8日\n",
        "借款合同\n出借方：远航汽车金融有限责任公司；借款方：韩某。\n借款本金壹拾伍万元，借期二十四个月，贷款年利率百分之七点二，月供肆仟玖佰捌拾元陆角伍分。\n签约日期：2025年10月8日\n",
    ] {
        let a = analysed(text);
        assert!(
            apr(&a).is_none_or(|x| x < dec!(10)),
            "{:?} {text}",
            apr(&a)
        );
        // Nor is it the top of a range: the flat reading (21,600 of interest) is the most.
        let high = a.report.apr_range.as_ref().and_then(|r| r.high_percent);
        assert!(high.is_none_or(|h| h < dec!(20)), "{high:?} {text}");
        assert!(
            a.report
                .terms
                .inconsistencies
                .iter()
                .any(|i| i.message.contains("far from")),
            "{text}"
        );
    }
}
