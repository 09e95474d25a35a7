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
