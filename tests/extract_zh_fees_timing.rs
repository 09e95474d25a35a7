//! Chinese fees paid at one time of their own (issue 13, batch E): on a stated date, with one
//! named instalment, or as a part of each instalment. A fee paid once is never spread over
//! every period, and a fee that is a part of each instalment is not left out of the cost.
//! Each contract is worded here, not taken from the corpus, and comes with a rephrasing that
//! must read the same (metamorphic pairs).
//!
//! Expected costs are computed independently (Python, `decimal` with 50 digits, bisection on
//! the periodic rate, × 12): the arithmetic is in each test's comment.

use chrono::NaiveDate;
use loanlint::model::FeeTiming;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

use crate::extract_zh_fees::{cn_irr, cost_fees, near, report, violations};
use crate::extract_zh_terms::ex;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// Each text charges exactly one fee, `amount` at `timing` (due on `due`, if given), and
/// costs `cost` a year; the report is returned for further checks.
pub(crate) fn one_fee_costing(
    texts: &[&str],
    amount: Decimal,
    timing: FeeTiming,
    due: Option<NaiveDate>,
    cost: Decimal,
) -> Vec<Value> {
    let mut reports = Vec::new();
    for text in texts {
        let t = ex(text);
        assert_eq!(
            cost_fees(&t),
            vec![(Some(amount), timing)],
            "{text}\n{:#?}",
            t.fees
        );
        if due.is_some() {
            let date = t
                .fees
                .first()
                .and_then(|f| f.due_date.as_ref())
                .map(|d| d.date);
            assert_eq!(date, due, "{text}");
        }
        let r = report(text);
        assert!(near(cn_irr(&r), cost), "{text}\n{:#}", r["apr"]);
        reports.push(r);
    }
    reports
}

// 12,000 over 6 months at 1% a month, level 2,070.58 (12000 × 0.01 / (1 − 1.01^−6)); a 240
// consulting fee paid with the 2nd instalment only: +12000, −2070.58 × 6, −240 at period 2 →
// periodic IRR × 12 = 18.8711%. Spread over every period it would be far higher.
const WITH_SECOND: [&str; 2] = [
    "消费借款合同\n甲方（出借人）：东湖小额贷款有限公司\n乙方（借款人）：周文静\n第一条 借款本金：人民币12,000元。\n第二条 借款期限：6个月，按月等额本息还款，每月应还款额2,070.58元。\n第三条 月利率：1%。\n第四条 放款日为2025年3月15日，首次还款日为2025年4月15日。\n第五条 咨询费240元，随第2期还款一并缴纳。\n签订日期：2025年3月15日\n",
    "消费借款合同\n出借人：东湖小额贷款有限公司　借款人：周文静\n咨询费：人民币240.00元，于第二期还款日与该期月供一同支付\n借款金额：12,000.00元\n月利率1%，借款期限6个月，还款方式为等额本息，每月还款2,070.58元\n放款日：2025年3月15日\n首期还款日：2025年4月15日\n签订日期：2025年3月15日\n",
];

#[test]
fn a_fee_paid_with_one_named_instalment_is_paid_once_on_its_date() {
    let due = Some(day(2025, 5, 15));
    one_fee_costing(
        &WITH_SECOND,
        dec!(240),
        FeeTiming::OnDate,
        due,
        dec!(18.8711),
    );
}

// 20,000 over 12 months at 12% a year, level 1,776.98; a 500 platform fee due on the 4th due
// date (2025-12-10), stated as a date: +20000, −1776.98 × 12, −500 at period 4 → 16.5738%.
// Spread over every period (12 × 500) it would be 61.93% and break the 36% line.
const ON_A_DATE: [&str; 2] = [
    "个人借款合同（要素页）\n| 借款金额 | 20,000.00元 |\n| 年利率 | 12%（单利） |\n| 期数 | 12期，按月还款 |\n| 还款方式 | 等额本息，每期1,776.98元 |\n| 平台服务费 | 500.00元，借款人应于2025年12月10日（即第4期还款日）随当期还款一起支付 |\n| 放款日 | 2025年8月10日 |\n| 首期还款日 | 2025年9月10日 |\n| 签约日 | 2025年8月10日 |\n",
    "个人借款合同\n一、借款人向贷款人借款贰万元整（小写：20,000元），年利率12%，分12期按月等额本息偿还，每期还款1,776.98元。\n二、贷款于2025年8月10日发放，第1期还款日为2025年9月10日，以后每月10日还款。\n三、借款人须支付平台服务费伍佰元（500元），于2025年12月10日前支付。\n签约日：2025年8月10日\n",
];

#[test]
fn a_fee_due_on_a_stated_date_is_not_spread_over_every_period() {
    let due = Some(day(2025, 12, 10));
    for r in one_fee_costing(&ON_A_DATE, dec!(500), FeeTiming::OnDate, due, dec!(16.5738)) {
        assert!(violations(&r).is_empty(), "{:?}", violations(&r));
    }
}

// A fee charged from a named instalment onwards is charged each period, not once.
#[test]
fn a_fee_from_a_named_instalment_onwards_is_still_per_period() {
    let text =
        "借款金额：6,000.00元，分6期按月还款。\n服务费：每期30元，自第2期起随每期还款收取。\n";
    let t = ex(text);
    assert_eq!(
        cost_fees(&t),
        vec![(Some(dec!(30)), FeeTiming::PerPeriod)],
        "{:#?}",
        t.fees
    );
}

// 12,000 over 12 months, 等额本金 at 7.2% a year (0.6% a month on the remaining principal), a
// 15 management fee stated only as a part of the first instalment (1,000 + 72 + 15 = 1,087):
// the fee is paid with each instalment: +12000, −(1000 + 0.6% × remaining + 15) × 12 →
// 9.9280% (7.2% without the fee).
const PART_OF_INSTALMENT: [&str; 2] = [
    "个人消费贷款合同\n贷款金额：12,000.00元\n贷款期限：12个月\n还款方式：按月等额本金\n年利率：7.2%\n首月还款额：本金1,000.00元＋利息72.00元＋账户管理费15.00元，合计1,087.00元\n签订日期：2025年5月8日\n",
    "个人消费贷款合同\n签订日期：2025年5月8日\n本合同项下贷款金额为人民币12000元，年利率7.2%，期限12个月，采用等额本金方式按月还款。\n第一期应还款额=本金1000元+利息72元+账户管理费15元=1087元。\n",
];

#[test]
fn a_fee_stated_as_a_part_of_the_instalment_is_paid_each_period() {
    let per_period = FeeTiming::PerPeriod;
    one_fee_costing(
        &PART_OF_INSTALMENT,
        dec!(15),
        per_period,
        None,
        dec!(9.9280),
    );
}

// An amount after 期数 is not the number of instalments.
#[test]
fn an_amount_after_the_word_for_the_count_is_not_a_count() {
    for text in [
        "借款本金：3,600元\n服务费每期30元，全部期数共计360.00元。\n分12期按月还款。\n",
        "借款本金：3,600元\n分期数共：360元服务费（每期30元）\n本借款分12期按月偿还。\n",
    ] {
        let t = ex(text);
        assert_eq!(t.installments.map(|c| c.count), Some(12), "{text}");
    }
}

// A table laid across the page: labels in one row, values under them. 6,000 over 12 months, no
// interest, 500 principal + 36 fee (0.6% of 6,000) a month: +6000, 12 × −536 → 1.086185…% × 12
// = 13.0342%. The note's percentage and the table's amount are one fee.
const ACROSS_THE_PAGE: [&str; 2] = [
    "手机分期购买借款确认书\n借款人：韩梦琪　商户：新城通讯\n\n商品名称    分期本金      分期期数    月手续费    月还款额\n智能手机    6,000.00元    12期        36.00元     536.00元\n\n说明：本分期不收利息，按月等额偿还本金500.00元，手续费按分期本金的0.6%每月收取。\n签订日期：2025年10月12日\n",
    "手机分期购买借款确认书\n签订日期：2025年10月12日\n借款人：韩梦琪　商户：新城通讯\n本分期免收利息。手续费按分期本金的0.6%每月收取，按月等额偿还本金。\n\n分期期数\t月还款额\t分期本金\t月手续费\n12期\t536元\t6000元\t36元\n",
];

#[test]
fn values_under_a_row_of_labels_are_read_as_their_terms() {
    let per_period = FeeTiming::PerPeriod;
    for text in ACROSS_THE_PAGE {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(6000)),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(dec!(536)),
            "{text}"
        );
    }
    one_fee_costing(&ACROSS_THE_PAGE, dec!(36), per_period, None, dec!(13.0342));
}

// Two columns run together by a PDF: the percentage of one column (a default markup) stands
// before the other column's words that no fee is charged. Neither fee is charged.
#[test]
fn a_fee_the_contract_says_it_does_not_charge_takes_no_figure() {
    for text in [
        "贷款金额：人民币5万元\n还款方式：等额本息，按月还款 逾期罚息：执行利率上浮30%贷款发放日：2025年3月1日 本合同免收服务费\n",
        "借款金额：30,000元\n期限：12个月 违约责任：逾期部分按合同利率加收40%借款人无需支付任何管理费\n",
    ] {
        let t = ex(text);
        assert!(cost_fees(&t).is_empty(), "{text}\n{:#?}", t.fees);
    }
}

// 20,000 over 12 months at 12% a year, level 1,776.98 (20000 × 0.01 / (1 − 1.01^−12), to the
// cent; interest on the balance each month, the last row 1,776.92 takes the remainder); a
// monthly fee of 0.5% of the principal (100) paid with each instalment: +20000, −(1,776.98 +
// 100) × 11, −(1,776.92 + 100) → periodic IRR × 12 = 22.5282% (Python, bisection on floats).
// Left out of the cost, as it was when "随本息一并支付" was not read as each period, the loan
// would show 12.00%.
#[test]
fn a_percent_fee_paid_along_with_each_instalment_is_charged_each_period() {
    let head = "个人消费借款合同\n借款人：王小明\n出借人：某某小额贷款有限公司\n借款金额：人民币20,000.00元\n借款期限：12个月\n年利率：12%（单利）\n还款方式：等额本息，每月还款一次\n";
    for clause in [
        "月服务费率：0.5%，服务费随本息一并支付。",
        "服务费：按借款本金的0.5%按月计收，随月供一同缴纳。",
        "账户管理费：月费率0.5%，随同应还款项一并划扣。",
        "另收取月服务费，费率为借款本金的0．5％，连同每期本息一并扣收。",
    ] {
        let text = format!("{head}{clause}\n签订日期：2025年9月1日\n");
        let t = ex(&text);
        let timings: Vec<FeeTiming> = t.fees.iter().map(|f| f.timing).collect();
        assert_eq!(timings, vec![FeeTiming::PerPeriod], "{text}");
        let r = report(&text);
        assert!(near(cn_irr(&r), dec!(22.5282)), "{text}\n{:#}", r["apr"]);
    }
    // Paid with the last instalment only, the same words are not each period.
    let text = format!("{head}服务费1,200元，随最后一期本息一并支付。\n签订日期：2025年9月1日\n");
    let t = ex(&text);
    let timings: Vec<FeeTiming> = t.fees.iter().map(|f| f.timing).collect();
    assert_eq!(timings, vec![FeeTiming::AtMaturity], "{text}");
}
