//! Classes of failure behind Chinese gaps of session 26 (helper gaps-zh2), each on texts of our
//! own wording in several layouts: a period written inside a rate label's brackets or after a
//! slash (手续费率（月）, 利率(日), 费率/月), which is the label's period (a fee rate per month
//! is charged each period, not once); a lease's token buy-out price (以留购价1元取回), which is
//! no charge; a schedule row whose 合计 sums the parts before it, and 每月还本金 (the principal
//! part of an equal-principal payment), neither of which restates a fee or the payment.
//! Expected costs: IRR of the cash flows × 12, computed in Python `fractions` by bisection:
//!
//! ```text
//! 24,000 / 12 + 0.55% a month of 24,000 (2,132 × 12): 11.9670%
//! 15,000 / 6 + 0.7% a period of 15,000 (2,605 × 6): 14.2596%
//! 12,000 equal principal over 12, 10% a year on the balance, 30 a month: 15.4119%
//! ```

use loanlint::model::{FeeTiming, Per};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, interest, near};

/// Each text charges one fee of `percent` a month, each period, and costs `cost` a year.
fn each_charges_monthly(texts: &[&str], percent: Decimal, cost: Decimal) {
    for text in texts {
        let a = analysed(text);
        let charged: Vec<_> = a
            .report
            .terms
            .fees
            .iter()
            .filter(|f| f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment())
            .map(|f| (f.timing, f.percent, f.per))
            .collect();
        assert_eq!(
            charged,
            vec![(FeeTiming::PerPeriod, Some(percent), Some(Per::Month))],
            "{text}"
        );
        assert!(near(apr(&a), cost), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_fee_rate_with_its_period_in_the_label_is_charged_each_period() {
    each_charges_monthly(
        &[
            "信用卡账单分期确认书\n分期本金：人民币24,000.00元\n分期期数：12期\n手续费率（月）：0.55%\n每期应还：2,132.00元\n首期还款日：2026年9月3日\n确认日期：2026年8月3日\n",
            "账单分期确认\n本次分期金额24,000元，共分12期，每期应还2,132元，首期还款日2026年9月3日。\n分期手续费率(月) 0.55%，按分期本金计算。\n申请日期：2026年8月3日\n",
            "分期办理结果\n分期金额　期数　手续费率（月）　每期应还　首期还款日\n24,000.00元　12期　0.55%　2,132.00元　2026-09-03\n办理日期：2026年8月3日\n",
            "账单分期确认\n分期金额：24,000.00元；分期期数：12期；月手续费率：0.55%；每期应还2,132.00元；首期还款日2026年9月3日。\n办理日期：2026年8月3日\n",
        ],
        dec!(0.55),
        dec!(11.9670),
    );
}

#[test]
fn a_service_fee_rate_per_period_in_brackets_is_charged_each_period() {
    each_charges_monthly(
        &[
            "消费分期合同\n| 项目 | 内容 |\n| 分期金额 | 15,000.00元 |\n| 分期期数 | 6期 |\n| 服务费率(每期) | 0.7% |\n| 每期还款额 | 2,605.00元 |\n| 首期还款日 | 2026年11月20日 |\n签约日期：2026年10月20日\n",
            "消费分期合同\n分期金额人民币15,000元，分6期偿还，每期还款额2,605元，首期还款日2026年11月20日。\n服务费率（按月）：0.7%，随每期还款一并收取。\n签约日期：2026年10月20日\n",
            "消费分期合同\n分期金额：15,000元\n分期期数：6期\n服务费率/月：0.7%\n每期还款额：2,605元\n首期还款日：2026年11月20日\n签约日期：2026年10月20日\n",
        ],
        dec!(0.7),
        dec!(14.2596),
    );
}

#[test]
fn a_rate_with_its_period_in_brackets_has_that_period() {
    for (text, want) in [
        (
            "借款合同\n借款金额：人民币10,000元\n借款期限：12个月\n利率（月）：1%\n还款方式：等额本息\n签订日期：2026年5月1日\n",
            (dec!(1), Per::Month),
        ),
        (
            "借款合同\n甲方向乙方借款人民币10,000元，借款期限12个月，借款利率（月）为1%，按月等额本息还款。\n签订日期：2026年5月1日\n",
            (dec!(1), Per::Month),
        ),
        (
            "借款协议\n借款金额：20,000元\n借款期限：90天\n利率（日）：0.04%\n到期一次性还本付息\n签订日期：2026年4月1日\n",
            (dec!(0.04), Per::Day),
        ),
        (
            "借款协议\n借款金额：20,000元\n借款期限：90天\n执行利率(单利/日) 0.04%\n到期一次性还本付息\n签订日期：2026年4月1日\n",
            (dec!(0.04), Per::Day),
        ),
        (
            "借款合同\n借款金额：人民币10,000元\n借款期限：12个月\n利率（年）：9%\n还款方式：等额本息\n签订日期：2026年5月1日\n",
            (dec!(9), Per::Year),
        ),
    ] {
        let got = interest(&analysed(text).report.terms);
        assert_eq!(got, vec![want], "{text}");
    }
}

#[test]
fn a_term_in_months_in_brackets_is_not_the_rate_period() {
    // 借款期限（月）：12 labels a count of months; the 10% after it has no period of its own.
    let text = "借款合同\n借款金额：人民币10,000元\n借款期限（月）：12\n利率：10%\n还款方式：等额本息\n签订日期：2026年5月1日\n";
    assert_eq!(
        interest(&analysed(text).report.terms),
        vec![(dec!(10), Per::Year)]
    );
}

#[test]
fn a_bare_fee_rate_with_its_period_after_a_slash_is_the_plans_monthly_rate() {
    // 费率/月 and 费率（月） name no fee: the plan's own monthly rate, as 月费率 is.
    for text in [
        "分期付款确认单\n分期金额：6,000.00元\n期数：6期\n费率/月：0.7%\n首期还款日：2026年2月1日\n日期：2026年1月1日\n",
        "分期付款确认单\n分期金额：6,000.00元\n期数：6期\n费率（月）：0.7%\n首期还款日：2026年2月1日\n日期：2026年1月1日\n",
    ] {
        assert_eq!(
            interest(&analysed(text).report.terms),
            vec![(dec!(0.7), Per::Month)],
            "{text}"
        );
    }
}

#[test]
fn a_token_buy_out_price_is_no_charge_and_a_real_one_is() {
    for text in [
        "汽车售后回租合同\n出租人：某某融资租赁有限公司　承租人：韦某\n承租人将自有车辆以48,000元转让给出租人并租回，租期12个月，每月租金4,400元，首期租金日2026年6月10日。\n出租人支付转让价款时扣除GPS服务费800元。\n租期届满，承租人以留购价1元取回车辆所有权。\n签订日期：2026年5月10日\n",
        "售后回租协议\n出租人：某某融资租赁有限公司\n承租人：韦某\n转让价款48,000元，租期12个月，月租金4,400元，首期租金日2026年6月10日。\nGPS服务费800元，从转让价款中直接扣除。\n承租人付清全部租金后，按名义货价1.00元受让租赁物。\n签订日期：2026年5月10日\n",
    ] {
        let t = analysed(text).report.terms;
        let charged: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.timing != FeeTiming::OnDefault)
            .map(|f| (f.name.clone(), f.amount))
            .collect();
        assert_eq!(
            charged,
            vec![("GPS服务费".to_string(), Some(dec!(800)))],
            "{text}"
        );
    }
    // 200 yuan to take the car back is a price paid, a charge of the credit.
    let text = "售后回租协议\n出租人：某某融资租赁有限公司\n承租人：韦某\n转让价款48,000元，租期12个月，月租金4,400元，首期租金日2026年6月10日。\n租期届满，承租人以留购价200元取回车辆所有权。\n签订日期：2026年5月10日\n";
    let t = analysed(text).report.terms;
    assert!(
        t.fees
            .iter()
            .any(|f| f.name == "留购价" && f.amount == Some(dec!(200))),
        "{:?}",
        t.fees
    );
}

#[test]
fn a_schedule_rows_total_sums_its_parts_and_restates_no_fee() {
    for text in [
        "还款计划（试算）\n借款金额：12,000.00元\n借款期限：12期\n年利率：10%\n还款方式：等额本金（每月还本金1,000.00元，利息按剩余本金计算）\n账户管理费：每月30.00元，随每期还款支付\n放款日：2026年4月15日\n\n试算明细：\n1  2026-05-15  本金1,000.00  利息100.00  管理费30.00  合计1,130.00\n2  2026-06-15  本金1,000.00  利息91.67  管理费30.00  合计1,121.67\n3  2026-07-15  本金1,000.00  利息83.33  管理费30.00  合计1,113.33\n4  2026-08-15  本金1,000.00  利息75.00  管理费30.00  合计1,105.00\n5  2026-09-15  本金1,000.00  利息66.67  管理费30.00  合计1,096.67\n6  2026-10-15  本金1,000.00  利息58.33  管理费30.00  合计1,088.33\n7  2026-11-15  本金1,000.00  利息50.00  管理费30.00  合计1,080.00\n8  2026-12-15  本金1,000.00  利息41.67  管理费30.00  合计1,071.67\n9  2027-01-15  本金1,000.00  利息33.33  管理费30.00  合计1,063.33\n10  2027-02-15  本金1,000.00  利息25.00  管理费30.00  合计1,055.00\n11  2027-03-15  本金1,000.00  利息16.67  管理费30.00  合计1,046.67\n12  2027-04-15  本金1,000.00  利息8.33  管理费30.00  合计1,038.33\n",
        "借款合同\n借款金额人民币12,000元，分12期，年利率10%，按等额本金方式还款，每月还本金1,000元。\n账户管理费每月30元，随每期还款支付。签订日期：2026年4月15日。\n还款计划：\n第1期 2026年5月15日 应还本金1,000.00元 利息100.00元 管理费30.00元 合计1,130.00元\n第2期 2026年6月15日 应还本金1,000.00元 利息91.67元 管理费30.00元 合计1,121.67元\n第3期 2026年7月15日 应还本金1,000.00元 利息83.33元 管理费30.00元 合计1,113.33元\n第4期 2026年8月15日 应还本金1,000.00元 利息75.00元 管理费30.00元 合计1,105.00元\n第5期 2026年9月15日 应还本金1,000.00元 利息66.67元 管理费30.00元 合计1,096.67元\n第6期 2026年10月15日 应还本金1,000.00元 利息58.33元 管理费30.00元 合计1,088.33元\n第7期 2026年11月15日 应还本金1,000.00元 利息50.00元 管理费30.00元 合计1,080.00元\n第8期 2026年12月15日 应还本金1,000.00元 利息41.67元 管理费30.00元 合计1,071.67元\n第9期 2027年1月15日 应还本金1,000.00元 利息33.33元 管理费30.00元 合计1,063.33元\n第10期 2027年2月15日 应还本金1,000.00元 利息25.00元 管理费30.00元 合计1,055.00元\n第11期 2027年3月15日 应还本金1,000.00元 利息16.67元 管理费30.00元 合计1,046.67元\n第12期 2027年4月15日 应还本金1,000.00元 利息8.33元 管理费30.00元 合计1,038.33元\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert!(
            t.inconsistencies.is_empty(),
            "{:?} {text}",
            t.inconsistencies
        );
        assert!(t.payment.is_none(), "{:?} {text}", t.payment);
        assert!(near(apr(&a), dec!(15.4119)), "{:?} {text}", apr(&a));
    }
}
