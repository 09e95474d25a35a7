//! Classes of failure behind the Chinese fresh-corpus misses of session 23, each on texts of
//! our own wording and a rephrasing that must read the same (metamorphic pairs): a restructured
//! balance repaid in level instalments stated bare after the plan (分24期按月偿还, 每期650.00元)
//! that add up to the balance, so no interest; interest paid on the same day each month (每月对日, 每月同一日) for a term in
//! months, one payment a month; a card plan whose fee is the plan's principal times a rate each
//! period (flat); a card plan whose whole fee is billed with the first instalment (首期一次性
//! 收取), the first instalment being its principal share plus that fee (no interest); a shop order page whose schedule table (期次 | 还款日 | 本金 …) holds one
//! period's principal, not the loan's; a car loan whose last phase carries a balloon (尾款).
//! Expected figures come from `scripts/unseen_s23_zh_expected.py` (Python `decimal`/`fractions`):
//!
//! ```text
//! frozen: 24 x 650.00 = 15,600.00; 17 x 866.67 + 866.61 = 15,600.00: no interest, APR 0
//! IOU: 30,000 x 1.5% = 450 a month, 8 months: 8 payments
//! order page: 3,588 / 12 = 299 + 0.6% x 3,588 = 21.53 -> 320.53; nominal APR 13.0354%
//! balloon: 120,000 at 6.2% over 24 months leaving 36,000: level 3,916.51
//! card, fee with the first: 0.55% x 9,600 x 12 = 633.60; 1,433.60 then 11 x 800: 12.6566%
//! ```

use loanlint::model::RepaymentMethod;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, method, near};
use crate::extract_zh_unseen_h::{count, months, principal};

/// The text reads as `n` instalments repaid by `want`.
fn reads_count_and_method(text: &str, n: u32, want: RepaymentMethod) {
    let t = analysed(text).report.terms;
    assert_eq!(count(&t), Some(n), "{text}");
    assert_eq!(method(&t), Some(want), "{text}");
}

#[test]
fn a_balance_that_bears_no_more_interest_is_repaid_at_zero_in_level_instalments() {
    for text in [
        "分期还款协议（停止计息）\n债权人：恒泰消费金融有限公司\n债务人：柏文静\n一、截至2026年3月20日，债务人尚欠本金14,200.00元、利息1,400.00元，合计15,600.00元（以下称“剩余欠款”）。\n二、自本协议生效之日起，剩余欠款不再计收利息，亦不收取任何费用。\n三、剩余欠款分24期按月偿还，首期还款日2026年4月20日，每期650.00元。\n四、本协议不发放新的借款。\n",
        "停息挂账还款计划\n甲方：恒泰消费金融有限公司　乙方：柏文静\n乙方截至2026年3月20日尚欠本息合计15,600.00元（以下称“挂账金额”），经双方确认办理停息挂账。\n乙方将挂账金额分18期按月归还，首期还款日2026年4月20日，每期866.67元，最后一期866.61元。\n甲方不向乙方发放任何新的款项。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(15600.00)), "{text}");
        // The instalments add up to the balance (script): no interest in them.
        assert!(near(apr(&a), dec!(0)), "{:?} {text}", apr(&a));
        assert!(
            matches!(
                method(t),
                Some(RepaymentMethod::EqualInstallment | RepaymentMethod::EqualPrincipal)
            ),
            "{:?} {text}",
            method(t)
        );
    }
}

#[test]
fn interest_paid_on_the_same_day_each_month_is_one_payment_a_month() {
    for text in [
        "借条\n今借到同学庞晓东人民币叁万元整（30,000.00元），于二〇二六年八月三日收到现金。\n借期捌个月，到期一次性归还本金。\n利息按月利率壹分伍厘计算，每月肆佰伍拾元，于每月对日支付。\n借款人：鲁文涛\n二〇二六年八月三日\n",
        "借款凭证\n鲁文涛向庞晓东借款30,000元，2026年8月3日转账收到，借款期限8个月，期满一次性归还本金。\n月利率1.5%，每月利息450元于每个月的同一日支付。\n借款人：鲁文涛\n2026年8月3日\n",
    ] {
        reads_count_and_method(text, 8, RepaymentMethod::InterestOnly);
    }
}

#[test]
fn a_fee_on_the_plan_principal_each_period_is_a_flat_plan() {
    for text in [
        "账单分期申请结果\n分期本金：8,000.00元\n分期期数：12期\n每月手续费率：0.65%\n手续费按分期本金×每月费率按月收取，不收利息。\n首期还款日：2026年10月8日\n申请时间：2026-09-08 10:12\n",
        "信用卡分期\n本次分期金额8,000.00元，分12期，每期费率0.65%。\n分期手续费以借款本金*期费率逐期收取，分期不计息。\n首期还款日2026年10月8日，申请日期2026年9月8日。\n",
    ] {
        let t = analysed(text).report.terms;
        assert_eq!(count(&t), Some(12), "{text}");
        assert_eq!(method(&t), Some(RepaymentMethod::FlatRate), "{text}");
    }
}

#[test]
fn a_schedule_tables_principal_column_is_one_periods_not_the_loans() {
    for text in [
        "订单确认\n商品 云舒 折叠跑步机 ×1\n订单金额 ¥3,588.00\n支付方式 分期付 · 分12期\n每期服务费 ¥21.53（订单金额×0.6%/期）\n每期应付 ¥320.53\n下单时间 2026年7月5日\n还款计划\n期次 | 还款日 | 本金 | 服务费 | 合计\n1/12 | 8月5日 | 299.00 | 21.53 | 320.53\n2/12 | 9月5日 | 299.00 | 21.53 | 320.53\n3/12 | 10月5日 | 299.00 | 21.53 | 320.53\n4/12 | 11月5日 | 299.00 | 21.53 | 320.53\n5/12 | 12月5日 | 299.00 | 21.53 | 320.53\n6/12 | 1月5日 | 299.00 | 21.53 | 320.53\n7/12 | 2月5日 | 299.00 | 21.53 | 320.53\n8/12 | 3月5日 | 299.00 | 21.53 | 320.53\n9/12 | 4月5日 | 299.00 | 21.53 | 320.53\n10/12 | 5月5日 | 299.00 | 21.53 | 320.53\n11/12 | 6月5日 | 299.00 | 21.53 | 320.53\n12/12 | 7月5日 | 299.00 | 21.53 | 320.53\n",
        "下单成功\n商品：云舒折叠跑步机\n订单金额：¥3,588.00\n分期：12期\n每期服务费：¥21.53（订单金额×0.6%/期）\n每月应付：¥320.53\n分期服务由云帆消费金融有限公司提供，分期不收利息。\n下单时间：2026年7月5日\n第几期 | 日期 | 本金 | 服务费 | 应付\n第1期 | 8月5日 | 299.00 | 21.53 | 320.53\n第2期 | 9月5日 | 299.00 | 21.53 | 320.53\n第3期 | 10月5日 | 299.00 | 21.53 | 320.53\n第4期 | 11月5日 | 299.00 | 21.53 | 320.53\n第5期 | 12月5日 | 299.00 | 21.53 | 320.53\n第6期 | 1月5日 | 299.00 | 21.53 | 320.53\n第7期 | 2月5日 | 299.00 | 21.53 | 320.53\n第8期 | 3月5日 | 299.00 | 21.53 | 320.53\n第9期 | 4月5日 | 299.00 | 21.53 | 320.53\n第10期 | 5月5日 | 299.00 | 21.53 | 320.53\n第11期 | 6月5日 | 299.00 | 21.53 | 320.53\n第12期 | 7月5日 | 299.00 | 21.53 | 320.53\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(3588)), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert_eq!(months(t), Some(12), "{text}");
        // 12 x 320.53 on 3,588 (script): 13.0354% a year nominal.
        assert!(near(apr(&a), dec!(13.0354)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_last_phase_that_carries_a_balloon_is_level_instalments() {
    for text in [
        "通达汽车金融有限公司\n汽车贷款合同（尾款方案）\n借款人：韦思远\n贷款金额：120,000.00元\n贷款期限：24个月\n年利率：6.2%\n签约日：2026年2月9日\n【还款安排】\n第1至23期每月：3,916.51元\n第24期：39,916.51元\n（含弹性尾款36,000.00元）\n",
        "汽车贷款合同\n贷款人：通达汽车金融有限公司；借款人：韦思远。贷款金额人民币120,000.00元，期限24个月，年利率6.2%，签约日2026年2月9日。\n第1期至第23期每期应还3,916.51元；\n第24期应还39,916.51元，其中尾款36,000.00元。\n",
    ] {
        reads_count_and_method(text, 24, RepaymentMethod::EqualInstallment);
    }
}

#[test]
fn a_card_plans_whole_fee_billed_with_the_first_instalment_is_one_fee_and_no_interest() {
    for text in [
        "账单分期 · 办理成功\n分期本金　　　　　　¥9,600.00\n分期期数　　　　　　12期\n每期手续费率　　　　0.55%\n手续费收取方式　　　首期一次性收取\n总手续费　　　　　　¥633.60\n首期入账金额　　　　¥1,433.60\n（本金800.00＋手续费633.60）\n第2期至第12期每期　　¥800.00\n首期入账账单日　　　2026年10月20日\n办理时间　　　　　　2026年9月20日 09:10\n",
        "分期办理结果\n分期本金：¥9,600.00　　分期期数：12期\n每期手续费率：0.55%\n手续费收取方式：首期一次性收取\n总手续费：¥633.60\n首期入账金额：¥1,433.60\n第2期至第12期每期：¥800.00\n首期入账账单日：2026年10月20日\n办理时间：2026年9月20日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let charged: Vec<_> = t.fees.iter().filter_map(|f| f.amount).collect();
        assert_eq!(charged, vec![dec!(633.60)], "{:?} {text}", t.fees);
        // 1,433.60 then 11 x 800 on 9,600 (script): 12.6566% a year nominal.
        assert!(near(apr(&a), dec!(12.6566)), "{:?} {text}", apr(&a));
    }
}

/// Session 25 (zh-p13): a slip that states the principal a period and no loan amount, no
/// payment and no rate, its fee billed with the first instalment, label and figure on lines
/// of their own or on one line. The per-period principal must still reach the check that the
/// first instalment is that principal plus the fee (no interest): 6,000 = 12 x 500, fee 150,
/// 650 then 11 x 500: periodic IRR x 12 = 4.6814% (Python `decimal`, bisection).
#[test]
fn a_slips_fee_with_the_first_instalment_and_no_stated_loan_is_priced() {
    for text in [
        "签购单（分期付款）\n交易类型：分期消费\n日期时间：2026-03-10 10:05:00\n分期期数：\n12期（按月）\n每期还款本金：\n500.00\n分期手续费：\n150.00\n（一次性收取，\n计入第一期账单）\n首期应还合计：\n650.00\n持卡人签名：＿＿＿\n",
        "分期付款签购单\n交易类型：分期消费　　日期时间：2026-03-10 10:05\n分期期数：12期（按月）　　每期还款本金：500.00元\n分期手续费：150.00元（一次性收取，计入第一期账单）\n首期应还合计：650.00元\n本人确认以上交易，同意按发卡行分期规则还款。\n持卡人签名：＿＿＿\n",
    ] {
        let a = analysed(text);
        assert_eq!(principal(&a.report.terms), Some(dec!(6000)), "{text}");
        assert!(near(apr(&a), dec!(4.6814)), "{:?} {text}", apr(&a));
    }
}
