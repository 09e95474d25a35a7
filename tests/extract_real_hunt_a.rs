//! Readings missed on real platform templates found in public repositories (session 20), each
//! on texts written for this test, with a rephrased twin that must read the same:
//! * a fee taken out of the loan in the words of a brokered-loan form: 在向其支付借款本金时
//!   一次性代为扣除, 扣除…费后的剩余款项/余额支付给借款人, 从出借人提供的借款本金中一次性
//!   支付: the fee is deducted, and the amount received is the principal less the fees; when
//!   the fees are named with no figure, the amount received stays unknown;
//! * each period's payment written in words on a form row (月还款本息数额 人民币(大写):…,
//!   期还款金额, 月偿还本息数额) is the payment, not the total.
//!
//! Expected figures, by hand: 40000 - 1200 - 800 = 38000; 60000 - 1500 - 2500 = 56000;
//! 60000 - 1000 - 3000 = 56000; 30000 - 2400 = 27600; 壹仟壹佰 = 1000 + 100 = 1100;
//! 贰仟零伍拾 = 2000 + 50 = 2050.

use loanlint::model::FeeTiming;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

/// The amount received and the timing of every fee named in `names`.
fn received_and_timings(text: &str, names: &[&str]) -> (Option<Decimal>, Vec<Option<FeeTiming>>) {
    let a = analysed(text);
    let terms = &a.report.terms;
    let timings = names
        .iter()
        .map(|n| terms.fees.iter().find(|f| f.name == *n).map(|f| f.timing))
        .collect();
    (terms.disbursed.as_ref().map(|d| d.amount), timings)
}

#[test]
fn a_fee_paid_out_of_the_loan_in_brokered_form_words_is_deducted() {
    let cases: [(&str, &str, &[&str], Decimal); 4] = [
        (
            "借款协议\n借款金额：人民币40,000元，借款期限12个月。\n甲方应付咨询费1,200元、审核费800元，由甲方授权出借人在向其支付借款本金时一次性代为扣除。\n",
            // The payout named by 发放借款, 代为扣除 without 一次性, the fees after the verb.
            "借款合同\n本合同借款金额为人民币40000元，期限12个月。\n出借人在发放借款时代为扣除借款人应付的咨询费1200元和审核费800元。\n",
            &["咨询费", "审核费"],
            dec!(38000),
        ),
        (
            "借款协议\n借款本金：人民币60,000元，分24期偿还。\n出借人将借款本金在扣除借款人应付给丙方的咨询费1,500元及管理费2,500元后的剩余款项划入借款人账户。\n",
            "借款协议\n借款本金为60,000元，分24期偿还。\n乙方扣除甲方应向丙方缴纳的咨询费1,500元、管理费2,500元后的余额支付至甲方指定账户。\n",
            &["咨询费", "管理费"],
            dec!(56000),
        ),
        (
            "借款协议\n借款本金：人民币60,000元，分24期偿还。\n乙方在扣除甲方应支付给居间方的评估费1,000元和服务费3,000元后的剩余款项支付到甲方账户。\n",
            "借款协议\n借款本金为人民币60000元，分24期偿还。\n居间方的评估费1000元、服务费3000元，由出借人扣除后的余款划付甲方。\n",
            &["评估费", "服务费"],
            dec!(56000),
        ),
        (
            "借款协议\n借款本金人民币30,000元，分12期偿还。\n甲方应付服务费人民币2,400元，甲方同意并授权乙方从出借人向甲方提供的借款本金中一次性支付。\n",
            "借款协议\n借款本金为30000元，分12期偿还。\n服务费为2,400元，由丙方从出借人出借的借款资金中直接扣付。\n",
            &["服务费"],
            dec!(27600),
        ),
    ];
    let mut wrong = Vec::new();
    for (text, twin, names, want) in cases {
        for t in [text, twin] {
            let (received, timings) = received_and_timings(t, names);
            let all_deducted = timings
                .iter()
                .all(|x| *x == Some(FeeTiming::UpfrontDeducted));
            if received != Some(want) || !all_deducted {
                wrong.push(format!(
                    "{t:?}: received {received:?}, timings {timings:?}, want {want} deducted"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn fees_deducted_with_no_figure_leave_the_amount_received_unknown() {
    let texts = [
        "借款协议\n借款本金：人民币50,000元，分36期偿还。\n乙方将借款本金在扣除代替甲方应支付给丙方的咨询费、评估费和管理费后的剩余款项支付到甲方账户。\n",
        "借款协议\n借款本金为50000元，分36期偿还。\n咨询费、评估费、管理费由甲方授权出借人在向其提供借款本金时一次性代为扣除。\n",
    ];
    for t in texts {
        let (received, timings) = received_and_timings(t, &["咨询费", "评估费", "管理费"]);
        assert_eq!(received, None, "{t:?}: the amount received is not stated");
        assert!(
            timings
                .iter()
                .all(|x| *x == Some(FeeTiming::UpfrontDeducted)),
            "{t:?}: {timings:?}"
        );
    }
}

#[test]
fn each_periods_payment_in_words_on_a_form_row_is_the_payment() {
    let cases: [(&str, &str, Decimal); 2] = [
        (
            "借款协议\n借款本金数额  人民币（大写）：贰万肆仟元整\n月还款本息数额  人民币（大写）：壹仟壹佰元整\n还款分期月数  24 期\n",
            "借款协议\n借款本金数额：人民币（大写）贰万肆仟元整\n期还款金额：人民币（大写）壹仟壹佰元整\n期数：24期\n",
            dec!(1100),
        ),
        (
            "借款协议\n借款本金数额 人民币(大写): 肆万元整\n月偿还本息数额  人民币(大写): 贰仟零伍拾元整\n还款分期月数 24 期\n",
            "借款协议\n借款本金数额\n人民币(大写):肆万元整\n月还款本息数额\n人民币(大写):贰仟零伍拾元整\n还款分期月数\n24\n",
            dec!(2050),
        ),
    ];
    let mut wrong = Vec::new();
    for (text, twin, want) in cases {
        for t in [text, twin] {
            let a = analysed(t);
            let payment = a.report.terms.payment.as_ref().map(|p| p.amount);
            if payment != Some(want) {
                wrong.push(format!("{t:?}: payment {payment:?}, want {want}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_total_in_words_on_a_form_row_is_not_the_payment() {
    let t = "借款协议\n借款本金数额  人民币（大写）：贰万肆仟元整\n还款总额  人民币（大写）：贰万陆仟肆佰元整\n还款分期月数  24 期\n";
    let a = analysed(t);
    assert_eq!(a.report.terms.payment.as_ref().map(|p| p.amount), None);
}
