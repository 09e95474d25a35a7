//! Chinese fees read by the structure around them (issue 13, batch L): which figures are this
//! loan's charges (a fee stated as a rate and as an amount is one fee; cover the borrower buys
//! from an insurer apart, or a charge the contract says is not its own, is no cost of the loan;
//! a Hong Kong 提早还款 charge is a prepayment charge), and when a fee is paid (a figure broken
//! over two lines, 不按期收取 denying a per-period fee, a note in brackets over two lines naming
//! the instalment the fee is billed with).
//!
//! Each contract is worded here, not taken from the corpus, and comes with a rephrasing that
//! must read the same (metamorphic pairs). Expected costs are computed independently (Python,
//! `decimal` with 50 digits, bisection on the periodic rate, × 12): see each test's comment.

use chrono::NaiveDate;
use loanlint::model::{FeeKind, FeeTiming};
use rust_decimal_macros::dec;

use crate::extract_zh_fees::{cn_irr, cost_fees, near, report};
use crate::extract_zh_fees_timing::one_fee_costing;
use crate::extract_zh_terms::ex;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

// 12,000 over 6 months at 1% a month, level 2,070.58; a 240 management fee (2% of the amount
// lent) paid apart on the signing day: +11,760 at 0, −2,070.58 × 6 → periodic IRR × 12 =
// 19.0923%. The rate row and the amount row are one fee; counted twice the cost would be far
// higher.
const RATE_AND_AMOUNT: [&str; 2] = [
    "个人消费借款要素表\n出借人：青禾小额贷款有限公司\n借款人：方晓\n借款金额\t\t12,000.00元\n借款期限\t\t6个月\n月利率\t\t1%\n还款方式\t\t等额本息\n首次还款日\t\t2025年4月10日\n管理费比例\t\t借款金额的2%\n管理费金额\t\t240.00元\n缴付方式\t\t借款人于签约当日另行转账支付，不从借款中扣除\n签订日期\t\t2025年3月10日\n",
    "借款确认单\n贷款人：青禾小额贷款有限公司　　借款人：方晓\n一、借款本金：人民币12,000.00元，期限6个月，按月等额本息还款，月利率1%。\n二、首次还款日：2025年4月10日。\n三、账户管理费：240.00元。\n四、账户管理费费率：按借款本金的2%计收。\n五、上述账户管理费由借款人在签约当日另行支付，不从借款本金中扣除。\n签订日期：2025年3月10日\n",
];

#[test]
fn a_fee_stated_as_a_rate_and_as_its_amount_is_one_fee() {
    for text in RATE_AND_AMOUNT {
        let t = ex(text);
        let fees = cost_fees(&t);
        assert_eq!(fees.len(), 1, "{text}\n{:#?}", t.fees);
        assert_eq!(fees[0].0, Some(dec!(240)), "{text}\n{:#?}", t.fees);
        assert!(
            matches!(
                fees[0].1,
                FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement
            ),
            "{text}\n{:#?}",
            t.fees
        );
        assert!(near(cn_irr(&report(text)), dec!(19.0923)), "{text}");
    }
}

/// The car-loan terms both insurance wordings share: 50,000 lent, 500 taken from the loan.
const CAR_LOAN_HEAD: &str = "汽车抵押借款合同\n出借人：安顺汽车金融有限公司\n借款人：赵立新\n第一条 借款金额：人民币50,000.00元，借款期限24个月，年利率6%，按月等额本息还款。\n第二条 服务费500.00元，放款时从借款中直接扣除。\n";

#[test]
fn cover_bought_from_an_insurer_apart_is_not_a_cost_of_the_loan() {
    let apart = [
        "第三条 保险：借款人须为车辆投保，由借款人自行向保险公司投保，年保费3,600.00元，不属于本合同项下费用。\n签订日期：2025年6月1日\n",
        "第三条 车辆保险费3,600.00元由借款人自行购买并直接付给保险机构，与本合同无关。\n签订日期：2025年6月1日\n",
    ];
    for tail in apart {
        let text = format!("{CAR_LOAN_HEAD}{tail}");
        let t = ex(&text);
        assert_eq!(
            cost_fees(&t),
            vec![(Some(dec!(500)), FeeTiming::UpfrontDeducted)],
            "{text}\n{:#?}",
            t.fees
        );
        assert!(
            t.unparsed.iter().any(|u| u.evidence.text.contains("3,600")),
            "the insurance is kept for a person to read: {text}"
        );
    }
    // Bought by the borrower but paid by the lender and added to the loan: a cost after all.
    let carried = format!(
        "{CAR_LOAN_HEAD}第三条 借款人自行选择保险公司购买车险，保费3,600.00元由贷款人代缴并计入本次贷款。\n签订日期：2025年6月1日\n"
    );
    let t = ex(&carried);
    assert!(
        t.fees
            .iter()
            .any(|f| f.kind == FeeKind::Insurance && f.amount == Some(dec!(3600))),
        "{carried}\n{:#?}",
        t.fees
    );
}

#[test]
fn a_hong_kong_early_repayment_charge_is_a_prepayment_charge() {
    let texts = [
        "永利銀行有限公司\n私人貸款確認書\n貸款額：港幣50,000.00元\n還款期：24個月\n月平息：0.3%\n每月還款額：港幣2,233.33元\n手續費：全免\n提早還款：須繳付相等於貸款額2%之提早還款手續費。\n日期：2025年5月2日\n",
        "永利銀行有限公司\n私人貸款確認書\n貸款額：港幣50,000.00元\n還款期：24個月\n月平息：0.3%\n每月還款額：港幣2,233.33元\n本貸款不收手續費。如提早償還貸款者，須另付手續費港幣1,000元。\n日期：2025年5月2日\n",
    ];
    for text in texts {
        let t = ex(text);
        assert!(
            !t.fees.is_empty()
                && t.fees
                    .iter()
                    .all(|f| f.kind == FeeKind::Prepayment || f.timing == FeeTiming::OnDefault),
            "{text}\n{:#?}",
            t.fees
        );
    }
}

// 24,000 over 10 months, 2,400 principal a month, no interest; a 1,440 service fee paid once
// with the 3rd instalment (2026-03-05): +24,000, −2,400 × 10, −1,440 at period 3 → periodic
// IRR × 12 = 13.2305%.
const NOT_BY_PERIOD: [&str; 2] = [
    "教育分期服务确认书\n学员：韩梅\n分期金额（元）：\n24,\n000.00\n分期期数：10\n每月还款本金：2,400.00元\n分期利率：0%\n首期还款日：2026年1月5日\n分期服务费：1,\n440.00元，不按月收取，由学员于\n2026年3月5日（即第3期还款日）\n一次性支付，与第3期本金一并扣款。\n签字日期：2025年12月5日\n",
    "教育分期服务确认书\n学员：韩梅\n分期金额（元）：24,000.00\n分期期数：10\n每月还款本金：2,400.00元\n分期利率：0%\n首期还款日：2026年1月5日\n服务费：1,\n440.00元（非按期收取），于第3期还款日与该期本金一并支付。\n签字日期：2025年12月5日\n",
];

#[test]
fn a_fee_not_collected_by_period_is_paid_with_the_instalment_it_names() {
    for text in NOT_BY_PERIOD {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(24000)),
            "{text}"
        );
    }
    one_fee_costing(
        &NOT_BY_PERIOD,
        dec!(1440),
        FeeTiming::OnDate,
        Some(day(2026, 3, 5)),
        dec!(13.2305),
    );
}

#[test]
fn a_bracketed_note_over_two_lines_names_the_instalment_a_fee_is_billed_with() {
    let texts = [
        "分期付款签购单\n商户：星河数码\n交易日期：2025-09-03\n消费金额：RMB 6,000.00\n分期期数：6期\n每期本金：1,000.00\n分期手续费：\n216.00\n（一次性收取，\n计入第一期账单）\n本人确认以上交易，同意按发卡行分期规则还款。\n持卡人签名：林舟\n",
        "分期付款签购单\n商户：星河数码\n交易日期：2025-09-03\n消费金额：RMB 6,000.00\n分期期数：6期\n每期本金：1,000.00\n分期手续费（元）：\n216.00\n（随首期\n账单扣收）\n本人确认以上交易，同意按发卡行分期规则还款。\n持卡人签名：林舟\n",
    ];
    for text in texts {
        let t = ex(text);
        assert_eq!(
            cost_fees(&t),
            vec![(Some(dec!(216)), FeeTiming::OnDate)],
            "{text}\n{:#?}",
            t.fees
        );
        let due = t
            .fees
            .first()
            .and_then(|f| f.due_date.as_ref())
            .map(|d| d.date);
        assert_eq!(due, Some(day(2025, 10, 3)), "{text}\n{:#?}", t.fees);
    }
}

#[test]
fn a_figure_broken_at_its_thousands_separator_reads_whole() {
    let t = ex(
        "分期确认单\n课程总价（元）：\n36,\n500.00\n分期金额（元）：\n36,\n500.00\n分期期数：12\n",
    );
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(36500)));
}

// 9,000 over 6 periods, 1,500 principal a period and a 63.00 fee a period (0.7% of 9,000), no
// interest: +9,000, −1,563 × 6 → periodic IRR × 12 = 14.2596%. The 3- and 12-period rows of
// the table are other options, and the part of the bill left out of the plan is no fee.
const TENOR_TABLE: [&str; 2] = [
    "信用卡账单分期协议（确认页）\n持卡人：苏青\n分期本金：¥9,000.00\n分期期数：6期\n每期应还本金：1,500.00元\n每期手续费率：0.7%\n确认日期：2025年8月8日\n可选期数一览\n期数 | 每期费率 | 每期手续费\n3期 | 0.8% | 72.00元\n6期 | 0.7% | 63.00元 | 已选\n12期 | 0.6% | 54.00元\n分期不计利息，手续费按分期本金×每期费率逐期收取，本金按期数平均分摊。\n分期本金与手续费计入各期账单，未分期部分¥1,200.00须于本期到期还款日前还清。\n持卡人确认已阅读并同意《分期业务协议》，按上述分期计划还款。\n",
    "信用卡账单分期协议（确认页）\n持卡人：苏青\n分期本金：¥9,000.00\n分期期数：6期\n每期应还本金：1,500.00元\n每期手续费率：0.7%\n确认日期：2025年8月8日\n期数\t每期费率\t每期手续费\n12期\t0.6%\t54.00元\n6期\t0.7%\t63.00元\n3期\t0.8%\t72.00元\n分期不计利息，手续费按分期本金×每期费率逐期收取，本金按期数平均分摊。\n手续费随各期账单收取，账单余额¥1,200.00须于到期还款日前还清。\n持卡人确认已阅读并同意《分期业务协议》，按上述分期计划还款。\n",
];

#[test]
fn only_the_chosen_row_of_a_table_of_tenors_is_this_loans_fee() {
    for text in TENOR_TABLE {
        let t = ex(text);
        let fees: Vec<_> = t
            .fees
            .iter()
            .filter(|f| f.timing != FeeTiming::OnDefault)
            .collect();
        assert_eq!(fees.len(), 1, "{text}\n{:#?}", t.fees);
        let fee = fees[0];
        assert_eq!(fee.timing, FeeTiming::PerPeriod, "{text}\n{fee:#?}");
        assert!(
            fee.percent == Some(dec!(0.7)) || fee.amount == Some(dec!(63)),
            "{text}\n{fee:#?}"
        );
        assert!(near(cn_irr(&report(text)), dec!(14.2596)), "{text}");
    }
}

// 80,000 over 24 months at 7.2% a year, level 3,589.06 (last 3,589.18); a 1,200 GPS fee taken
// from the loan at payout: +78,800, −3,589.06 × 23, −3,589.18 → periodic IRR × 12 = 8.6984%.
const COLUMN_NOTE: [&str; 2] = [
    "汽车金融借款合同\n出借人：北辰汽车金融有限公司　　借款人：钱多多\n【借款要素】                              【费用】\n借款金额：80,000.00元                     GPS安装服务费：1,200.00元\n借款期限：24个月                          收费方式：放款时由贷款人\n年利率：7.2%                              从借款金额中一次性扣除，\n还款方式：等额本息                        借款人实际收到78,800.00元。\n首期还款日：2025年11月15日\n签约日期：2025年10月15日\n",
    "汽车金融借款合同\n出借人：北辰汽车金融有限公司　　借款人：钱多多\n【借款要素】                              【费用】\n借款金额：80,000.00元                     GPS安装服务费：1,200.00元\n借款期限：24个月                          收取方式：\n年利率：7.2%                              在发放贷款时从\n还款方式：等额本息                        借款本金中扣收。\n首期还款日：2025年11月15日\n签约日期：2025年10月15日\n",
];

#[test]
fn a_note_running_down_the_fee_column_says_how_the_fee_is_paid() {
    one_fee_costing(
        &COLUMN_NOTE,
        dec!(1200),
        FeeTiming::UpfrontDeducted,
        None,
        dec!(8.6984),
    );
}

// 10,000 over 6 months at 1% a month, level 1,725.48 (last 1,725.51); a 300 account fee paid
// with the last instalment: +10,000, −1,725.48 × 5, −(1,725.51 + 300) → periodic IRR × 12 =
// 21.6106%. Read as a fee of every period it would cost far more.
const INDENTED_VALUE: [&str; 2] = [
    "借款费用说明\n借款金额　　　　　　10,000.00元\n借款期限　　　　　　6个月（6期）\n月利率　　　　　　　1%\n还款方式　　　　　　等额本息\n账户管理费　　　　　300.00元，开通后立即生效，\n　　　　　　　　　　于最后一期还款时一并支付\n每期应还　　　　　　1,725.48元\n借款日期　　　　　　2025年2月1日\n贷款方：北岭小额贷款有限公司\n",
    "借款费用说明\n借款金额        10,000.00元\n借款期限        6个月（6期）\n月利率          1%\n还款方式        等额本息\n账户管理费      300.00元，一次性收取，\n                与末期还款一同支付\n每期应还        1,725.48元\n借款日期        2025年2月1日\n贷款方：北岭小额贷款有限公司\n",
];

#[test]
fn a_fee_value_going_on_in_an_indented_line_keeps_its_timing() {
    one_fee_costing(
        &INDENTED_VALUE,
        dec!(300),
        FeeTiming::AtMaturity,
        None,
        dec!(21.6106),
    );
}

#[test]
fn a_fee_keeps_the_contracts_own_full_name() {
    let head = "个人借款合同\n出借人：南屏小额贷款有限公司\n借款人：孔亮\n借款金额：人民币20,000.00元，期限12个月，年利率8%，按月等额本息还款。\n";
    let named = [
        format!("{head}车辆过户服务费：600.00元（放款当日另行支付）\n签订日期：2025年7月1日\n"),
        format!(
            "{head}第四条 经办事项：借款人委托出借人代办手续，车辆过户服务费600.00元由借款人于放款当日另行支付。\n签订日期：2025年7月1日\n"
        ),
    ];
    for text in &named {
        let t = ex(text);
        let names: Vec<&str> = t.fees.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["车辆过户服务费"], "{text}\n{:#?}", t.fees);
    }
    // The words before the generic name belong to the sentence: the name stays generic.
    let text = format!(
        "{head}第四条 借款人应于放款当日另行支付服务费600.00元。\n签订日期：2025年7月1日\n"
    );
    let t = ex(&text);
    let names: Vec<&str> = t.fees.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["服务费"], "{text}\n{:#?}", t.fees);
}
