//! Classes of failure found on Chinese documents of batch Z (`zh-d*`), each on texts of our own
//! wording and rephrasings that must read the same: a fee charged by the week in a weekly plan
//! (每周服务费, 按周收取); a draw on a credit line in a flattened row with no 元 (本次支用
//! 10,000.00) or under a row of labels; a lump interest sum paid with the principal at the end
//! (利息共计…连同本金一并支付, 到期共还); equal principal said only as a fixed principal each month
//! on a named day with interest on the balance; two stated rates in different units (年利率 and
//! 月利率, 日利率 and 年化利率) that disagree beyond the rounding of their digits.
//! Expected figures come from `scripts/unseen_zd_zh_expected.py` (Python `fractions`):
//!
//! ```text
//! weekly: fee per period 45, payment 345, nominal APR 136.5175%
//! draw: total 20540.0 APR 10.9500%
//! ```

use loanlint::model::{FeeTiming, RepaymentMethod};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, method, near};
use crate::extract_zh_unseen_h::{count, principal};

#[test]
fn a_fee_charged_by_the_week_in_a_weekly_plan_is_paid_each_period() {
    for text in [
        "【随心借】借款协议\n借款本金：3,000.00元\n还款安排：按周还款，共10周\n每周归还本金300.00元\n每周收取服务费45.00元\n本借款不收取利息\n首期还款日：2026年11月3日\n签约日期：2026年10月27日\n",
        "随心借 借款确认单\n借款金额 3,000.00元\n还款期数 10期（每周一期）\n每星期服务费 45.00元\n每期还本 300.00元\n不计利息\n申请日期 2026年10月27日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let fee = t.fees.iter().find(|f| f.name.contains("服务费"));
        assert_eq!(
            fee.map(|f| f.timing),
            Some(FeeTiming::PerPeriod),
            "{text}\n{:?}",
            t.fees
        );
        assert_eq!(fee.and_then(|f| f.amount), Some(dec!(45)), "{text}");
        assert_eq!(count(t), Some(10), "{text}");
        assert!(
            matches!(
                method(t),
                Some(
                    RepaymentMethod::EqualPrincipal
                        | RepaymentMethod::FlatRate
                        | RepaymentMethod::EqualInstallment
                )
            ),
            "{text}\n{:?}",
            t.repayment
        );
        assert!(near(apr(&a), dec!(136.5175)), "{text}\n{:?}", apr(&a));
    }
}

#[test]
fn a_fee_by_the_week_in_a_monthly_plan_is_not_charged_each_period() {
    let text = "借款协议\n借款本金：3,000.00元\n借款期限：3个月，按月还款，共3期\n每月归还本金1,000.00元\n每周服务费：45.00元\n本借款不收取利息\n签约日期：2026年10月27日\n";
    let t = analysed(text).report.terms;
    let fee = t.fees.iter().find(|f| f.name.contains("服务费"));
    assert_ne!(
        fee.map(|f| f.timing),
        Some(FeeTiming::PerPeriod),
        "{:?}",
        t.fees
    );
}

#[test]
fn a_draw_in_a_flattened_row_or_under_its_label_is_the_principal() {
    for text in [
        "循环贷 提款凭证\n客户 张建平　可用额度 80,000.00　本次提款 20,000.00　提款日 2026年3月2日　到期日 2026年5月31日　期限 90天\n日利率 0.03%　还款方式 到期一次还本付息\n",
        "“好易借”随借随还 借据\n借款人    授信额度    本次支用    借款日    期限\n张建平    80,000.00    20,000.00    2026年3月2日    90天\n日利率 0.03%，到期一次还本付息\n",
        "个人循环贷款 支用确认书\n授信额度：80,000.00　支用：20,000.00　支用日：2026年3月2日　到期日：2026年5月31日\n计息：日利率0.03%　利随本清\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(20000)), "{text}");
        assert!(near(apr(&a), dec!(10.95)), "{text}\n{:?}", apr(&a));
    }
}

#[test]
fn a_lump_interest_sum_paid_with_the_principal_at_the_end_is_one_payment() {
    for text in [
        "借款协议\n出借人：李国庆\n借款人：赵一鸣\n借款人向出借人借款人民币50,000.00元，借期三个月，自2026年2月1日至2026年5月1日。借款利息合计人民币1,500.00元，在还款日与本金一并偿还。\n2026年2月1日\n",
        "借条\n今借到钱文华人民币50,000.00元，借期三个月，自2026年2月1日起至2026年5月1日止，利息共计1,500.00元，到期共还51,500.00元。\n借款人：赵一鸣\n2026年2月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            method(t),
            Some(RepaymentMethod::Bullet),
            "{text}\n{:?}",
            t.repayment
        );
        assert_eq!(count(t), Some(1), "{text}");
    }
}

#[test]
fn a_fixed_principal_each_month_on_a_day_with_interest_on_the_balance_is_equal_principal() {
    for text in [
        "借款合同\n贷款人：某小额贷款有限公司\n借款金额：24,000.00元\n借款期限：12个月\n月利率：0.8%\n借款人每月15日归还本金2,000.00元，利息按剩余本金计算，随本金一并支付。\n",
        "借款合同\n借款金额人民币24,000元，期限12个月，月利率0.8%。借款人应于每月20号偿还本金2,000元及按未归还本金计收的当月利息。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            method(t),
            Some(RepaymentMethod::EqualPrincipal),
            "{text}\n{:?}",
            t.repayment
        );
        assert_eq!(count(t), Some(12), "{text}");
    }
}

#[test]
fn two_stated_rates_that_disagree_beyond_rounding_are_a_contradiction() {
    for text in [
        "个人借款合同\n贷款人：某某消费金融有限公司\n借款金额：10,000.00元\n借款期限：12个月，按月等额本息还款\n年利率：18%\n月利率：1.6%\n签订日期：2026年3月1日\n",
        "借款合同\n贷款人：某某小额贷款有限公司\n借款本金人民币20,000元，期限6个月，按月等额本息还款。日利率0.055%，年化利率18%。\n签订日期：2026年3月1日\n",
    ] {
        let a = analysed(text);
        let r = &a.report;
        let f = r
            .findings
            .iter()
            .find(|f| f.rule_id == "cn-stated-rates-disagree");
        let f = f.unwrap_or_else(|| panic!("{text}\n{:?}", r.terms.inconsistencies));
        let said = &r.terms.inconsistencies[0].message;
        assert!(said.contains("the cost follows «"), "{said}");
        assert!(said.matches('«').count() >= 3, "{said}");
        assert!(!f.evidence.is_empty(), "{text}");
    }
}

#[test]
fn two_statements_of_one_rate_within_rounding_are_no_contradiction() {
    for text in [
        "个人借款合同\n贷款人：某某消费金融有限公司\n借款金额：10,000.00元\n借款期限：12个月，按月等额本息还款\n年利率：18%\n月利率：1.5%\n签订日期：2026年3月1日\n",
        "借款合同\n贷款人：某某小额贷款有限公司\n借款本金人民币20,000元，期限6个月，按月等额本息还款。日利率0.05%，年化利率18.25%。\n签订日期：2026年3月1日\n",
    ] {
        let r = analysed(text).report;
        assert!(
            !r.findings
                .iter()
                .any(|f| f.rule_id == "cn-stated-rates-disagree"),
            "{text}\n{:?}",
            r.terms.inconsistencies
        );
    }
}
