//! An instalment whose own sentence lists what it is made of (含本息945.11元及担保服务费238.00元,
//! "including … a $62.00 account fee") says the per-period charges are inside it: the cost is
//! one figure, not a range over "inside" and "on top" (issue 13: reconcile, don't guess). The
//! contracts are worded here; a rephrasing must give the same answer. Expected costs from an
//! independent script (Python `decimal`, bisection on the monthly rate, × 12):
//! - 9,601.00 received, 12 × 1,183.11: 79.1932% (cn-irr);
//! - 5,000.00 received, 12 × 520.40: 43.1727% (Reg Z, 12 × the monthly rate).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

use crate::extract_zh_fees::report;
use crate::fresh_support as support;

fn near(got: Option<Decimal>, want: Decimal) -> bool {
    got.is_some_and(|g| (g - want).abs() <= dec!(0.005))
}

fn one_cost(r: &Value, want: Decimal, text: &str) {
    assert!(
        r["apr_range"].is_null(),
        "no range expected:\n{text}\n{:#}",
        r["apr_range"]
    );
    assert!(
        near(support::dec(&r["apr"]["nominal_percent"]), want),
        "{text}\n{:#}",
        r["apr"]
    );
}

#[test]
fn a_chinese_instalment_listing_its_guarantee_fee_includes_it() {
    for text in [
        "借款服务协议\n出借人：深圳市闪电信息咨询有限公司\n借款人：刘某\n借款金额为人民币壹万元整（¥10,000.00），借款期限12个月，按月等额本息还款。\n年化利率为23.9%（单利）。\n借款人每期向担保方支付担保服务费238.00元，随本息一并支付。\n会员费399元于放款时从借款金额中扣除，借款人实际到账9,601.00元。\n每期应还款总额为1,183.11元（含本息945.11元及担保服务费238.00元）。\n签署日期：二〇二六年九月三日\n",
        "借款确认书\n贷款方：深圳市闪电信息咨询有限公司；借款方：刘某。\n一、本金10,000元，分12个月归还，年利率23.9%。\n二、担保服务费每月238元，与月供一起扣收。\n三、开卡会员费399元在放款时直接扣除，到账金额9601元。\n四、月供1183.11元，其中担保服务费238元、本息945.11元。\n日期：2026年9月3日\n",
    ] {
        one_cost(&report(text), dec!(79.1932), text);
    }
}

#[test]
fn an_english_payment_listing_its_account_fee_includes_it() {
    for text in [
        "PERSONAL LOAN AGREEMENT\nLender: Harbor Point Lending Inc., Wilmington, Delaware\nBorrower: Casey Moore\nDate: April 2, 2026\nLoan amount: $5,000.00, repaid in 12 monthly installments.\nInterest rate: 18.00% per year.\nAccount fee: $62.00 per month, billed with each installment.\nMonthly payment: $520.40 (including principal and interest of $458.40 and the $62.00 account fee).\n",
        "Harbor Point Lending Inc. (Delaware) lends Casey Moore $5,000.00 on April 2, 2026 at an interest rate of 18% a year. A monthly account fee of $62.00 applies. Casey repays 12 monthly payments of $520.40, which includes the $62.00 account fee.\n",
    ] {
        one_cost(&report(text), dec!(43.1727), text);
    }
}
