//! A 违约金 for another breach than late payment (session 20, from brokered-loan and P2P
//! templates): a promise broken (若甲方违反本承诺…支付应付费用5%的违约金) or a sum the
//! investor owes (由投资人…支付出借款总额20%违约金) is no charge on the borrower's overdue
//! amount, so it is not a penalty rate beside the overdue interest; a 违约金 for paying late,
//! or one the borrower pays to the investor, still is. Texts written for this test, each with a rephrased twin.

use loanlint::model::RateKind;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

/// The kinds of the rates read with value `value`.
fn kinds_of(text: &str, value: Decimal) -> Vec<RateKind> {
    let a = analysed(text);
    a.report
        .terms
        .rates
        .iter()
        .filter(|r| r.value == value)
        .map(|r| r.kind)
        .collect()
}

const LOAN: &str =
    "借款协议\n借款本金人民币20,000元,分12期偿还。\n逾期罚息:按逾期金额每日万分之三计收。\n";

#[test]
fn a_penalty_for_a_broken_promise_or_owed_by_the_investor_is_no_default_charge() {
    let clauses = [
        (
            "借款人保证所提交资料真实。若借款人违反上述保证,出借人有权解除合同,并要求借款人支付借款本金10%的违约金。\n",
            dec!(10),
        ),
        (
            "甲方承诺对本协议内容保密;甲方违反本承诺的,应向其余各方支付相当于应付服务费10%的违约金。\n",
            dec!(10),
        ),
        (
            "如第三方对出借资金主张权利并造成借款人损失的,由投资人负责赔偿,并支付出借款总额20%的违约金。\n",
            dec!(20),
        ),
        (
            "出借人未按约定日期放款的,出借人应向借款人支付借款本金20%的违约金。\n",
            dec!(20),
        ),
    ];
    for (clause, value) in clauses {
        let text = format!("{LOAN}{clause}");
        let kinds = kinds_of(&text, value);
        assert!(!kinds.contains(&RateKind::Penalty), "{clause:?}: {kinds:?}");
        // The overdue interest stays read.
        assert_eq!(
            kinds_of(&text, dec!(0.03)),
            vec![RateKind::Overdue],
            "{clause:?}"
        );
    }
}

#[test]
fn a_penalty_for_paying_late_is_still_a_default_charge() {
    let clauses = [
        "借款人违反本合同约定未按时还款的,应支付借款本金10%的违约金。\n",
        "借款人违反承诺,逾期超过30日仍未还款的,另须支付借款本金10%的违约金。\n",
        // The investor and the broker receive it; the borrower pays.
        "同时,借款人应向投资人和居间人支付借款本金总额的10%作为违约金。\n",
    ];
    for clause in clauses {
        let text = format!("{LOAN}{clause}");
        assert!(
            kinds_of(&text, dec!(10)).contains(&RateKind::Penalty),
            "{clause:?}"
        );
    }
}
