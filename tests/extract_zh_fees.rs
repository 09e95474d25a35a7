//! Chinese fees that are stated more than once (issue 13, batch D): a per-period fee, its total
//! over the term, a schedule's 合计 row, a payment that includes the fee, a total repayment.
//! Each figure that restates a fee reconciles with it and is never charged again; a total that
//! disagrees is an inconsistency quoting both. Each contract is worded here, not taken from the
//! corpus, and comes with a rephrasing that must read the same (metamorphic pairs).
//!
//! Expected costs are computed independently (Python, `decimal` with 50 digits, bisection on
//! the periodic rate, × 12): the arithmetic is in each test's comment.

use loanlint::model::{FeeTiming, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

use crate::extract_zh_terms::ex;
use crate::fresh_support as support;

/// The fees that are part of the cost: (amount, timing).
pub(crate) fn cost_fees(t: &Terms) -> Vec<(Option<Decimal>, FeeTiming)> {
    t.fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault)
        .map(|f| (f.amount, f.timing))
        .collect()
}

/// The full report of a Chinese text, as `check --format json` gives it.
pub(crate) fn report(text: &str) -> Value {
    let tmp = tempfile::Builder::new()
        .suffix(".txt")
        .tempfile()
        .expect("temp file");
    std::fs::write(tmp.path(), text).expect("write");
    support::analyse(tmp.path(), &support::checker()).expect("analyse")
}

pub(crate) fn cn_irr(report: &Value) -> Option<Decimal> {
    assert_eq!(report["apr"]["method"], "cn-irr", "{report:#}");
    support::dec(&report["apr"]["nominal_percent"])
}

pub(crate) fn violations(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["severity"] == "violation")
        .filter_map(|f| f["rule_id"].as_str().map(str::to_string))
        .collect()
}

pub(crate) fn near(got: Option<Decimal>, want: Decimal) -> bool {
    got.is_some_and(|g| (g - want).abs() <= dec!(0.05))
}

/// The terms of `text`, which must charge exactly one fee: `amount` each period.
fn one_periodic_fee(text: &str, amount: Decimal) -> Terms {
    let t = ex(text);
    assert_eq!(
        cost_fees(&t),
        vec![(Some(amount), FeeTiming::PerPeriod)],
        "{text}\n{:#?}",
        t.fees
    );
    t
}

fn mismatches(t: &Terms) -> Vec<&str> {
    t.inconsistencies
        .iter()
        .filter(|i| i.kind == "stated-figures-mismatch")
        .map(|i| i.message.as_str())
        .collect()
}

// 9,600 over 12 months, 800 principal + 57.60 fee (0.6% of 9,600) a month, no interest:
// +9600, 12 × −857.60 → periodic IRR 1.086185…% × 12 = 13.0342%. The fee's total (12 × 57.60 =
// 691.20) and the total repayment (10,291.20) are stated too, in a sentence or a 合计 row.
const PHONE_SENTENCES: &str = "商品分期付款确认书\n客户：林晓东　　商户：南城数码\n分期本金：9,600.00元，分12期按月还款，本分期不收取利息。\n每月归还本金800.00元，每月另收分期服务费57.60元（月费率0.6%，按分期本金计收），每月还款额857.60元。\n服务费总计691.20元，全部应还总计10,291.20元。\n确认日期：2025年6月3日\n";

fn phone_table() -> String {
    let mut s = String::from(
        "商品分期付款确认书\n客户：林晓东　　商户：南城数码\n分期本金：9,600.00元\n分期服务费：每月57.60元，随每月账单收取\n\n序号 | 还款日期 | 应还本金 | 服务费 | 本月应还\n",
    );
    for k in 1..=12u32 {
        let (y, m) = if k <= 6 { (2025, k + 6) } else { (2026, k - 6) };
        s.push_str(&format!("{k} | {y}-{m:02}-03 | 800.00 | 57.60 | 857.60\n"));
    }
    s.push_str("合计 | | 9,600.00 | 691.20 | 10,291.20\n确认日期：2025年6月3日\n");
    s
}

#[test]
fn a_fee_total_and_a_total_repayment_are_not_further_fees() {
    let table = phone_table();
    for text in [PHONE_SENTENCES, table.as_str()] {
        let t = one_periodic_fee(text, dec!(57.6));
        assert!(
            mismatches(&t).is_empty(),
            "{text}\n{:#?}",
            t.inconsistencies
        );
        let r = report(text);
        assert!(near(cn_irr(&r), dec!(13.0342)), "{text}\n{:#}", r["apr"]);
        assert!(violations(&r).is_empty(), "{text}\n{:?}", violations(&r));
    }
}

#[test]
fn a_stated_fee_total_that_agrees_is_noted_on_the_fee() {
    let t = ex(PHONE_SENTENCES);
    let note = t
        .fees
        .first()
        .and_then(|f| f.note.clone())
        .unwrap_or_default();
    assert!(note.contains("691.2"), "{note}");
    assert!(note.contains("12 × 57.6"), "{note}");
}

// 12,000 over 12 months, 1,000 principal a month, no interest; a service fee stated only by
// its total, 1,440 over the 12 periods = 120 a period: +12000, 12 × −1120 → 1.788098…% × 12 =
// 21.4572%.
#[test]
fn a_fee_stated_only_by_its_total_is_its_share_of_each_period() {
    for text in [
        "借款本金：12,000.00元\n借款期限：12个月，共12期\n每月偿还本金1,000.00元，本借款不计利息。\n服务费共计1,440.00元，分12期随每期还款收取。\n",
        "借款本金：12,000.00元\n借款期限：12个月，共12期\n每月偿还本金1,000.00元，本借款不计利息。\n服务费每期120.00元，随每期还款收取，12期合计1,440.00元。\n",
    ] {
        one_periodic_fee(text, dec!(120));
        let r = report(text);
        assert!(near(cn_irr(&r), dec!(21.4572)), "{text}\n{:#}", r["apr"]);
    }
}

// 12 × 50 = 600, not the 700 stated as the total: the contract contradicts itself.
#[test]
fn a_fee_total_that_disagrees_is_an_inconsistency_quoting_both() {
    for text in [
        "分期金额：6,000.00元，分12期。\n每期手续费：50.00元，按期收取。\n手续费合计：700.00元。\n",
        "分期金额：6,000.00元，分12期。\n手续费每期人民币50元，按期收取；\n上述手续费累计700元。\n",
    ] {
        let t = one_periodic_fee(text, dec!(50));
        let found = mismatches(&t);
        assert_eq!(found.len(), 1, "{text}\n{:#?}", t.inconsistencies);
        let message = found.first().copied().unwrap_or_default();
        assert!(message.contains("700"), "{message}");
        assert!(message.contains("12 × 50"), "{message}");
        assert!(
            message.contains("50.00元") || message.contains("50元"),
            "{message}"
        );
    }
}

// The fee figure in a breakdown is the fee; the payment it breaks down, and a payment label
// that only mentions the fee (不含, 已包含), are not.
#[test]
fn a_payment_that_names_the_fee_is_not_the_fee() {
    for text in [
        "贷款金额：30,000.00元，分24期。\n首月应还1,530.00元（其中本金1,250.00元、利息200.00元、担保费80.00元）。\n担保费按月收取。\n",
        "贷款金额：30,000.00元，分24期。\n担保费：每月80.00元，按月收取。\n首月应还款额（已包含担保费）：1,530.00元。\n",
        "贷款金额：30,000.00元，分24期。\n每月还款额（不含担保费）：1,450.00元\n担保费：每月80.00元，按月收取。\n",
    ] {
        one_periodic_fee(text, dec!(80));
    }
}

// The same fee stated as a monthly figure and as its 12-month multiple, with no total word: the
// multiple restates the fee. A figure at least the principal, read under the fee's name, is a
// total repayment.
#[test]
fn a_multiple_of_a_periodic_fee_restates_it() {
    for text in [
        "借款金额：5,000.00元\n分期期数：12期\n平台服务费：每期30.00元，随每期还款支付\n平台服务费（12期）：360.00元\n",
        "借款金额：5,000.00元\n分期期数：12期\n平台服务费（12期）：360.00元\n平台服务费：每期30.00元，随每期还款支付\n",
    ] {
        one_periodic_fee(text, dec!(30));
    }
}

// 20,000 interest-only at 1% a month with a guarantee fee of 80 a month, 12 months:
// 11 × −280, then −20,280 → exactly 1.4% a period × 12 = 16.8%. The last payment is stated with
// the fee in it.
#[test]
fn a_periodic_fee_inside_the_last_payment_is_charged_once() {
    for text in [
        "借款金额：20,000.00元\n借款期限：12个月\n月利率：1%\n还款方式：先息后本，每月付息，到期还本\n担保服务费：每月80.00元，与利息一并支付\n到期日应还20,280.00元（含本金、当月利息及担保服务费）\n",
        "借款金额：20,000.00元\n借款期限：12个月\n月利率：1%\n还款方式：先息后本，每月付息，到期还本\n担保服务费每月80.00元，与利息一并支付，到期日偿还本金20,000.00元及当月利息200.00元、担保服务费80.00元，共20,280.00元\n",
    ] {
        one_periodic_fee(text, dec!(80));
        let r = report(text);
        assert!(near(cn_irr(&r), dec!(16.8)), "{text}\n{:#}", r["apr"]);
    }
}

// A schedule whose 合计 row disagrees with its own rows (3 × 40 = 120, not 150).
#[test]
fn a_schedule_total_row_that_disagrees_with_its_rows_is_an_inconsistency() {
    let text = "期次 | 还款日 | 本金 | 服务费 | 合计\n1 | 2025-02-10 | 1,000.00 | 40.00 | 1,040.00\n2 | 2025-03-10 | 1,000.00 | 40.00 | 1,040.00\n3 | 2025-04-10 | 1,000.00 | 40.00 | 1,040.00\n合计 | | 3,000.00 | 150.00 | 3,120.00\n";
    let t = ex(text);
    assert_eq!(t.stated_schedule.len(), 3);
    let found = mismatches(&t);
    assert_eq!(found.len(), 1, "{:#?}", t.inconsistencies);
    let message = found.first().copied().unwrap_or_default();
    assert!(
        message.contains("150") && message.contains("120"),
        "{message}"
    );
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(3120))
    );
}

/// (amount, timing) of each cost fee, in order.
fn fee_timings(text: &str) -> Vec<(Option<Decimal>, FeeTiming)> {
    cost_fees(&ex(text))
}

// Two fees run into one sentence (a PDF row glued to the next, table rows read as one): each
// keeps the timing stated after its own name.
#[test]
fn fees_run_together_keep_their_own_timing() {
    let want = vec![
        (Some(dec!(600)), FeeTiming::UpfrontDeducted),
        (Some(dec!(35)), FeeTiming::PerPeriod),
    ];
    for text in [
        "评估费：600.00元，发放贷款时从贷款本金中直接扣除账户管理费：每月35.00元，随每期还款一并收取\n",
        "评估费 | 600.00元，发放贷款时从贷款本金中直接扣除\n账户管理费 | 每月35.00元，随每期还款一并收取\n",
    ] {
        assert_eq!(fee_timings(text), want, "{text}");
    }
    let want = vec![
        (Some(dec!(900)), FeeTiming::AtDisbursement),
        (Some(dec!(60)), FeeTiming::PerPeriod),
    ];
    for text in [
        "车辆定位服务费：900.00元，于放款当日另行一次性支付保险费：每期60.00元，与每期本息一同收取\n",
        "车辆定位服务费：人民币900元，放款当日另行一次性支付；保险费：人民币60元/期，与每期本息一同收取。\n",
    ] {
        assert_eq!(fee_timings(text), want, "{text}");
    }
}

// A blank fee, then 该服务费 speaking of it: one fee, listed blank and deducted.
#[test]
fn a_fee_named_again_by_the_end_of_its_name_is_one_blank_fee() {
    for text in [
        "借款人应向平台支付咨询服务费人民币【 】元，该服务费于放款时从借款本金中扣除。\n",
        "借款人应向平台支付咨询服务费人民币${consultFee}元。\n上述服务费由平台在放款时从借款本金中直接扣除。\n",
    ] {
        let t = ex(text);
        assert_eq!(t.fees.len(), 1, "{text}\n{:#?}", t.fees);
        let fee = t.fees.first();
        assert!(fee.is_some_and(|f| f.amount_blank), "{text}\n{:#?}", t.fees);
        assert_eq!(
            fee.map(|f| f.timing),
            Some(FeeTiming::UpfrontDeducted),
            "{text}"
        );
    }
}
