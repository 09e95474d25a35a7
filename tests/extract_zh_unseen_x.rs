//! Classes of failure found on Chinese documents of batch S (`zh-x*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): a rate as yuan and 角
//! per hundred (thousand) yuan; a default charge per day named before the clause (每逾期一日);
//! a schedule whose rows carry their column names and no header; a count said as 分N个月 with
//! two manner words; a purchase price financed whole by a plan that charges a per-period fee.
//! Expected figures come from `scripts/unseen_x_zh_expected.py` (Python `decimal`):
//!
//! ```text
//! per hundred: 1.8% a month; interest 540 a month; 30000 over 3 months: 21.60%
//! per thousand a day: 0.05% a day
//! overdue: 0.3% a day = 109.5% a year
//! labelled rows: 80000 at 1% a month, 800 a month, principal with the 6th: 12.00%
//! price financed: 6000 in 10 parts of 600 + 36 (0.6%): 12.8845%
//! ```

use loanlint::model::{Per, RateKind, RepaymentMethod};
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_unseen_f::{analysed, apr, interest, method, near};
use crate::extract_zh_unseen_h::{count, months, principal};

#[test]
fn a_rate_in_yuan_and_jiao_per_hundred_yuan_is_read_to_the_jiao() {
    for text in [
        "借款协议\n出借人：庞秀兰　　借款人：包志强\n一、包志强向庞秀兰借款30,000.00元，2025年4月2日银行转账交付。\n二、借期3个月，利息按每百元每月壹元捌角计，每月2日付息540.00元，到期还本。\n借款人：包志强　　2025年4月2日\n",
        "借条\n今向庞秀兰借到人民币叁万元整（30000元），于2025年4月2日转账收讫。\n约定每百元借款每月利息1元8角，利息每月2日支付540元，本金3个月后一次归还。\n借款人：包志强\n2025年4月2日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(30000)), "{text}");
        assert_eq!(interest(t), vec![(dec!(1.8), Per::Month)], "{text}");
        assert!(near(apr(&a), dec!(21.60)), "{:?} {text}", apr(&a));
        assert!(
            violations(&a).iter().any(|v| v.contains("4x-lpr")),
            "{:?} {text}",
            violations(&a)
        );
    }
}

#[test]
fn a_daily_rate_in_jiao_alone_per_thousand_yuan_is_read() {
    for text in [
        "分期确认单\n分期金额：5,000.00元，分10期。计息标准：每千元每日伍角，按日计息。\n",
        "分期确认单\n分期金额5000元，共10期；利息按每千元每天5角收取。\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(interest(&t), vec![(dec!(0.05), Per::Day)], "{text}");
    }
}

#[test]
fn a_default_charge_for_each_day_late_is_a_daily_rate_above_the_cap() {
    for text in [
        "借条\n今借到邵春梅人民币20,000.00元，借款日2025年5月6日，2025年11月6日前一次还清本息，年利率6%。\n每逾期一天，借款人按未还金额的千分之三向出借人支付违约金。\n借款人：尤国平\n2025年5月6日\n",
        "借条\n今向邵春梅借到人民币贰万元整，2025年5月6日转账交付，年息6%，6个月后即2025年11月6日一次还本付息。\n借款人每迟延一日还款的，应按欠款的0.3%支付违约金。\n借款人：尤国平　2025年5月6日\n",
    ] {
        let a = analysed(text);
        let late: Vec<_> = a
            .report
            .terms
            .rates
            .iter()
            .filter(|r| matches!(r.kind, RateKind::Penalty | RateKind::Overdue))
            .map(|r| (r.value, r.per))
            .collect();
        assert_eq!(late, vec![(dec!(0.3), Per::Day)], "{text}");
        assert!(
            violations(&a)
                .iter()
                .any(|v| v == "cn-pl-default-charges-above-4x-lpr"),
            "{:?} {text}",
            violations(&a)
        );
    }
}

#[test]
fn schedule_rows_that_name_their_columns_are_the_schedule() {
    let rows = |date: &dyn Fn(u32) -> String, glued: bool| -> String {
        (1..=6)
            .map(|k| {
                let (p, total) = if k == 6 {
                    ("80,000.00", "80,800.00")
                } else {
                    ("0.00", "800.00")
                };
                if glued {
                    format!("第{k}期　{}　本金{p}　利息800.00　小计{total}\n", date(k))
                } else {
                    format!(
                        "第{k}期 {} 应还本金 {p} 应还利息 800.00 合计 {total}\n",
                        date(k)
                    )
                }
            })
            .collect()
    };
    let zh_date = |k: u32| format!("2025年{}月15日", k + 1);
    let iso_date = |k: u32| format!("2025-{:02}-15", k + 1);
    for text in [
        format!(
            "小额贷款借款合同\n贷款人：青禾小额贷款有限公司　借款人：米春生\n借款金额：80,000.00元，借款期限6个月，自2025年1月15日起，月利率1%，按下列计划还款：\n{}借款人：米春生　签约日：2025年1月15日\n",
            rows(&zh_date, true)
        ),
        format!(
            "借款合同（小额贷款）\n借款人：米春生；贷款人：青禾小额贷款有限公司。\n本金人民币捌万元整，2025年1月15日放款，期限六个月，月利率1.0%。还款计划如下：\n{}签订日期：2025年1月15日\n",
            rows(&iso_date, false)
        ),
    ] {
        let a = analysed(&text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(80000)), "{text}");
        assert_eq!(count(t), Some(6), "{text}");
        assert_eq!(t.stated_schedule.len(), 6, "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert!(near(apr(&a), dec!(12.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_count_said_as_months_with_two_manner_words_is_the_count() {
    for text in [
        "分期付款确认书\n分期金额：9,000.00元，月利率0.8%，分24个月按月等额偿还，放款日2025年3月1日。\n",
        "分期付款确认书\n分期金额9000元，月利率0.8%，分24个月逐月平均归还，2025年3月1日放款。\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(count(&t), Some(24), "{text}");
        assert_eq!(months(&t), Some(24), "{text}");
    }
}

#[test]
fn a_price_financed_whole_by_a_fee_only_plan_is_the_principal() {
    for text in [
        "【悦齿分期】您在华齿口腔门诊部的手术费6,000.00元已办理10期分期，款项由安信消费金融直接支付给门诊部。每期手续费为分期金额的0.6%（36.00元），不收利息，每期应还636.00元，首期4月8日，之后每月8日扣款。办理日期2025年3月8日。\n",
        "口腔分期 · 确认\n医疗费：¥6,000.00\n分期期数　　10期\n每期手续费率　　0.6%\n每期应还　　¥636.00\n首期还款日　　2025年4月8日\n医疗费由安信消费金融直接支付给门诊部\n申请日期 2025年3月8日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(6000)), "{text}");
        assert_eq!(count(t), Some(10), "{text}");
        assert!(near(apr(&a), dec!(12.8845)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_basis_in_brackets_after_a_fee_percentage_prevails_over_a_later_instalment_word() {
    use loanlint::model::Basis;
    for text in [
        "学琴分期\n课程费：¥7,200.00\n分期期数 12期\n每期服务费率0.5%（按课程费计）每期应还¥636.00 首期还款日2025年7月1日\n",
        "学琴分期\n课程费：¥7,200.00\n分期期数 12期\n每期服务费率0.5%(按课程费计算)，每期应还636.00元，首期还款日2025年7月1日\n",
    ] {
        let t = analysed(text).report.terms;
        let bases: Vec<_> = t.fees.iter().map(|f| f.basis).collect();
        assert_eq!(bases, vec![Some(Basis::Principal)], "{text}");
    }
}

#[test]
fn an_account_activation_or_opening_fee_taken_at_payout_is_a_fee() {
    // 15,000 lent, 900 taken at payout: 14,100 received (15000 - 900).
    for text in [
        "借款合同\n贷款人：丰源小额贷款有限公司　借款人：严小梅\n借款金额：15,000.00元，借款期限6个月，月利率1%，按月等额本息还款。\n贷款人为借款人开通借款账户，收取账户激活费900.00元，放款时从借款金额中直接扣除，借款人实际到账14,100.00元。\n签约日期：2025年6月1日\n",
        "借款合同\n借款人：严小梅；贷款人：丰源小额贷款有限公司。\n本金15000元，期限六个月，月利率1%，等额本息。\n开户费900元于发放借款时一次性扣除，实际到账金额14100元。\n签约日期：2025年6月1日\n",
    ] {
        let t = analysed(text).report.terms;
        let fees: Vec<_> = t.fees.iter().map(|f| (f.amount, f.timing)).collect();
        assert_eq!(
            fees,
            vec![(Some(dec!(900)), loanlint::model::FeeTiming::UpfrontDeducted)],
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(14100)),
            "{text}"
        );
    }
}
