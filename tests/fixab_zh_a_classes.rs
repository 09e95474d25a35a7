#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes behind batch AB's Chinese misses (session 28, fixer A), on texts of our own wording,
//! each in more than one wording or layout: a table of one column per field (labels over
//! values) read cell by cell, in plain, tabbed, ruled (+---+, box drawing) and Markdown layouts,
//! so that a rate cell is the loan's rate and not a percentage of a fee named in another cell.
//! Expected values are read off the texts by hand.

use loanlint::model::{Per, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, interest, near};

/// (name, amount, percent) of each fee.
fn fees(t: &Terms) -> Vec<(String, Option<Decimal>, Option<Decimal>)> {
    t.fees
        .iter()
        .map(|f| (f.name.clone(), f.amount, f.percent))
        .collect()
}

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|p| p.amount)
}

/// A row of labels over a row of values, the rate's column before a fee's column: the rate is
/// the loan's, the fee its one amount.
#[test]
fn a_rate_cell_beside_a_fee_column_is_the_loans_rate() {
    let cases = [
        (
            "贷款金额  贷款期限  执行年利率  还款方式  月供        评估费\n50万元    60个月    3.5%        等额本息  9,095.87元  1,500.00元\n评估费于签约前支付。\n",
            dec!(500000),
            (dec!(3.5), Per::Year),
            ("评估费", dec!(1500)),
        ),
        (
            "借款人\t借款金额\t期限\t年利率\t手续费\n李四\t5万元\t12个月\t6%\t500元\n还款方式：等额本息，手续费放款时一次性支付。\n",
            dec!(50000),
            (dec!(6), Per::Year),
            ("手续费", dec!(500)),
        ),
        (
            "借款借据\n┌──────┬──────────┬────────┬────────┬──────────┐\n│借款人│借款金额  │借款期限│月利率  │担保费    │\n├──────┼──────────┼────────┼────────┼──────────┤\n│王五  │3万元     │12个月  │0.6%    │600.00元  │\n└──────┴──────────┴────────┴────────┴──────────┘\n还款方式：等额本息。担保费于放款时一次性支付。\n",
            dec!(30000),
            (dec!(0.6), Per::Month),
            ("担保费", dec!(600)),
        ),
        (
            "# 贷款要素\n\n| 贷款金额 | 贷款期限 | 年利率 | 还款方式 | 服务费 |\n|---|---|---|---|---|\n| 8万元 | 36个月 | 5.2% | 等额本息 | 800元 |\n\n服务费在放款时一次性收取。\n",
            dec!(80000),
            (dec!(5.2), Per::Year),
            ("服务费", dec!(800)),
        ),
    ];
    for (text, amount, rate, (fee, fee_amount)) in cases {
        let t = analysed(text).report.terms;
        assert_eq!(principal(&t), Some(amount), "{text}");
        assert_eq!(interest(&t), vec![rate], "{text}");
        assert_eq!(
            fees(&t),
            vec![(fee.to_string(), Some(fee_amount), None)],
            "{text}"
        );
    }
}

/// A table ruled with `+----+` lines between its rows: the values are read under the labels
/// across the border line. Interest only, paid quarterly, no fee: the annualised cost is the
/// yearly rate itself.
#[test]
fn values_under_labels_across_a_ruled_border_are_read() {
    let texts = [
        "借款借据\n+--------+----------+--------+--------+------+\n| 借款人 | 贷款金额 | 期限   | 年利率 | 结息 |\n+--------+----------+--------+--------+------+\n| 张三   | 20万元   | 24个月 | 4.35%  | 按季 |\n+--------+----------+--------+--------+------+\n还款方式：按季付息，到期一次还本。\n",
        "借款凭证\n+==========+==========+========+\n| 借款金额 | 借款期限 | 年利率 |\n+==========+==========+========+\n| 200,000元 | 2年 | 4.35% |\n+----------+----------+--------+\n还款方式：按季付息，到期还本。\n",
    ];
    for text in texts {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(200000)), "{text}");
        assert_eq!(interest(t), vec![(dec!(4.35), Per::Year)], "{text}");
        assert!(near(apr(&a), dec!(4.35)), "{text}: {:?}", apr(&a));
    }
}

fn disbursed(t: &Terms) -> Option<Decimal> {
    t.disbursed.as_ref().map(|p| p.amount)
}

/// The principal named as a part of the one sum due at the end, in a paragraph that labels no
/// loan amount: the principal, not the sum (30,000 + 2,400 = 32,400 is the total).
#[test]
fn the_principal_part_of_the_sum_due_at_the_end_is_the_principal() {
    let cases = [
        (
            "借款协议\n借款人李强因周转需要向出借人借款，借期一年，利息按双方约定计算，到期时李强应一次性归还本金30,000.00元及利息2,400.00元，共计32,400.00元。\n",
            dec!(30000),
        ),
        (
            "借款协议书　合作社与社员王大山约定，社员因购买化肥借款，借期6个月，届时王大山归还借款本金8,000.00元及利息480.00元。\n",
            dec!(8000),
        ),
    ];
    for (text, amount) in cases {
        let t = analysed(text).report.terms;
        assert_eq!(principal(&t), Some(amount), "{text}");
    }
}

/// A lender named by its name (a cooperative, a trading firm), not by its role, transfers the
/// loan money to the borrower: that sum is paid out and, no amount being labelled, the
/// principal. Interest only at the end, no fee: the cost is the yearly rate (0.8% a month is
/// 9.6% a year).
#[test]
fn a_transfer_by_a_lender_named_by_its_name_is_the_payout() {
    let cases = [
        (
            "借款协议\n某某养殖专业合作社于2026年4月1日从合作社账户向社员刘二转账人民币20,000.00元，借期一年，月利率0.8%，到期一次还本付息。\n",
            dec!(20000),
            dec!(9.6),
        ),
        (
            "借款协议\n华丰商贸有限公司于2026年4月1日向张小明银行账户汇款人民币60,000.00元作为借款，借期一年，年利率12%，到期一次还本付息。\n",
            dec!(60000),
            dec!(12),
        ),
    ];
    for (text, amount, cost) in cases {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(disbursed(t), Some(amount), "{text}");
        assert_eq!(principal(t), Some(amount), "{text}");
        assert!(near(apr(&a), cost), "{text}: {:?}", apr(&a));
    }
    // A repayment by the borrower to a lender named by name is no payout.
    let text = "借款协议\n出借人：张大海\n借款金额：10,000元，借期一年，月利率1%，到期一次还本付息。\n借款人应于到期日向张大海转账人民币11,200.00元。\n";
    let t = analysed(text).report.terms;
    assert_eq!(principal(&t), Some(dec!(10000)), "{text}");
}

/// A price paid over to a merchant by a finance company on the customer's behalf (由…代…支付给)
/// is the amount financed, not a fee the customer pays up front.
#[test]
fn a_price_paid_over_by_a_financier_is_the_amount_financed() {
    let cases = [
        (
            "保姆服务费分期确认\n【年度服务费】1.2万元（12,000.00元），由某某消费金融有限公司代雇主一次性支付给某某家政服务有限公司\n【分期期数】12期　【年利率】9.9%（单利）　【还款方式】等额本息\n",
            dec!(12000),
        ),
        (
            "学费分期确认书\n课程学费：28,000.00元（由分期平台代学员一次性支付给培训学校）\n分期期数：24期，月利率0.6%，等额本息。\n",
            dec!(28000),
        ),
        (
            "家政服务费分期确认\n【服务费】1.5万元，由消费金融公司代付\n【分期期数】12期　【年利率】9.9%　【还款方式】等额本息\n",
            dec!(15000),
        ),
    ];
    for (text, amount) in cases {
        let t = analysed(text).report.terms;
        assert_eq!(principal(&t), Some(amount), "{text}");
        assert!(t.fees.is_empty(), "{text}: {:?}", fees(&t));
    }
    // A fee taken out of the loan money and passed on by the lender stays a fee.
    let text = "借款协议\n出借人：周建国\n借款人：吴敏\n借款金额：人民币5,000.00元，借款期限30天，年利率18%。\n服务费400元，由出借人从出借资金中代为扣除后支付给平台。\n";
    let t = analysed(text).report.terms;
    assert_eq!(principal(&t), Some(dec!(5000)), "{text}");
    assert_eq!(
        fees(&t),
        vec![("服务费".to_string(), Some(dec!(400)), None)],
        "{text}"
    );
}

/// A fee paid before signing (签约前, 签订合同之前) is paid up front by the borrower.
#[test]
fn a_fee_paid_before_signing_is_paid_up_front() {
    for note in [
        "评估费由借款人于签约前支付给评估机构。",
        "评估费应在签订合同之前由借款人自行支付。",
    ] {
        let text = format!(
            "贷款金额：50万元，期限60个月，年利率3.5%，等额本息。\n评估费：1,500.00元\n{note}\n"
        );
        let t = analysed(&text).report.terms;
        let timings: Vec<_> = t.fees.iter().map(|f| f.timing).collect();
        assert_eq!(
            timings,
            vec![loanlint::model::FeeTiming::UpfrontPaid],
            "{text}"
        );
    }
}

/// An application turned down quotes the rate asked about: no loan, so no cost is computed.
#[test]
fn a_declined_application_is_not_costed() {
    let text = "【某某消费金融】申请结果通知\n尊敬的客户：\n您于2026年11月18日提交的个人消费贷款申请（申请金额50,000.00元，期限24个月，参考年化利率15.8%）经综合评估，暂未通过审批。\n";
    let a = analysed(text);
    assert_eq!(apr(&a), None);
    assert_eq!(principal(&a.report.terms), None);
}
