//! Classes of failure behind batch W's Chinese misses (`zh-a*`) owned by helper fixwzh2, each on
//! texts of our own wording and a rephrasing that must read the same (metamorphic pairs).
//! Expected figures come from `scripts/unseen_wfixwzh2_zh_expected.py` (Python `fractions`),
//! checked by hand:
//!
//! ```text
//! per-unit rates: 8 yuan per 1,000 a month = 0.8%/month; 5 yuan per 10,000 a day = 0.05%/day
//! named interest dates: 60,000 at 10% a year, interest 1,500 a quarter, 4 payments, APR 10.0000%
//! ```

use loanlint::model::{Frequency, Per, RepaymentMethod};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, date, interest, method, near};
use crate::extract_zh_unseen_h::count;

#[test]
fn interest_per_unit_of_principal_with_the_period_named_first_is_a_rate() {
    for (text, want) in [
        (
            "借款协议\n出借人：江海涛　借款人：邓小军\n借款金额人民币叁万元整，借期六个月。\n利息按每月每千元捌元计算，到期一并归还本息。\n",
            (dec!(0.8), Per::Month),
        ),
        (
            "欠条\n邓小军向江海涛借款30,000元，借期半年，每万元月息80元，本息到期一次还清。\n",
            (dec!(0.8), Per::Month),
        ),
        (
            "借款合同\n借款人邓小军借到江海涛人民币20,000元，借期90天，利息按日每万元伍元计收，到期还本付息。\n",
            (dec!(0.05), Per::Day),
        ),
    ] {
        let got = interest(&analysed(text).report.terms);
        assert!(
            got.iter().any(|(v, p)| *v == want.0 && *p == want.1),
            "{got:?} {text}"
        );
    }
}

#[test]
fn an_extension_is_dated_by_its_own_signing_not_the_original_contract_it_recites() {
    for text in [
        "贷款展期协议\n贷款人：安和村镇银行股份有限公司\n借款人：卢建平\n鉴于借款人于2025年12月1日与贷款人签订编号为DK-2025-88的个人借款合同，贷款本金50,000.00元已于2026年6月1日到期，借款人申请展期。\n一、展期期限：6个月，自2026年6月1日起至2026年12月1日止。\n二、展期年利率：12%，按月付息，到期还本。\n签署日期：2026年6月3日\n",
        "补充协议（借款展期）\n甲方（出借人）：安和小额贷款有限公司　乙方（借款人）：卢建平\n原合同名称：个人借款合同\n原合同签订日期：2025年12月1日\n展期本金：50,000元；展期6个月，至2026年12月1日止；月利率1%，利随本清。\n本补充协议于2026年6月3日由双方签订，自签订之日起生效。\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(t.contract_date.map(|d| d.date), date(2026, 6, 3), "{text}");
    }
    // A notice that recites the loan and signs nothing itself is dated by that loan.
    let notice = "还款提醒通知\n尊敬的卢建平：您于2025年12月1日与我司签订的《个人借款合同》项下借款50,000元已于2026年6月1日到期，请尽快归还。\n安和小额贷款有限公司\n2026年6月5日\n";
    let t = analysed(notice).report.terms;
    assert_eq!(t.contract_date.map(|d| d.date), date(2025, 12, 1));
}

#[test]
fn interest_on_dates_named_one_by_one_with_the_principal_at_the_end_is_interest_only() {
    for text in [
        "借款合同\n出借人：戴文涛　借款人：戴小川\n借款金额60,000元，借款期限一年，自2026年3月31日至2027年3月31日，年利率10%。\n利息于6月30日、9月30日、12月31日及借款到期日分别支付，每次1,500元；本金到期一次性归还。\n签订日期：2026年3月31日\n",
        "借条：今向姑父韦建国借到人民币陆万元整（60,000.00元），二〇二六年三月三十一日收到，借期一年，年息10%，借款人于六月三十日、九月三十日、十二月三十一日和到期日向出借人各付一次利息1,500元，本金到期时一并归还。借款人：韦小川　二〇二六年三月三十一日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_eq!(count(t), Some(4), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Quarterly),
            "{text}"
        );
        assert!(near(apr(&a), dec!(10)), "{:?} {text}", apr(&a));
    }
}
