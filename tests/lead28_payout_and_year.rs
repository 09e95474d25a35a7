//! Session 28, from a real platform template filled in by hand (a 14-day loan: 放款金额, a
//! yearly rate and 偿还本息数额, with platform fees whose amounts sit in a price list):
//! * the amount paid out is the principal when no fee is taken at payout and, as the
//!   principal, it reproduces the stated total;
//! * the year of a yearly rate over a term in days is 360 days when only that reproduces the
//!   stated total (and stays 365 when 365 does);
//! * a cost at a cap whose cents round up is not "above" it;
//! * a fee the borrower must pay, named with no amount anywhere, is listed (amount unknown),
//!   and a default clause that names it does not set its timing.
//!
//! Expected values by hand (Python `decimal`):
//! * 1000 × 36% × 14 / 360 = 14.00 → 1,014.00; cost (1014/1000 − 1) × 365/14 = 36.5%.
//! * 1000 × 36% × 14 / 365 = 13.8082… → 13.81 → 1,013.81; cost 0.01381 × 365/14 = 36.0046%:
//!   36.00% as shown, not above the 36% line.

use loanlint::model::{FeeTiming, Severity};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr};

/// A platform's 14-day loan in the template's own order; `total` is 偿还本息数额.
fn payday(total: &str, reworded: bool) -> String {
    if reworded {
        format!(
            "借款合同\n本合同于2017年6月1日订立。\n出借人：广州市恒信网络小额贷款有限公司\n借款人：王某\n\
             一、借款人本次到账金额为人民币1000元，借款利率为年化36%，出借人于2017年6月1日将款项划至借款人账户。\n\
             二、借款人应于2017年6月15日一次性归还本息合计人民币{total}元。\n\
             三、借款人须向平台支付账户管理费；借款人每次还款时，平台将账户管理费一并划扣。\n"
        )
    } else {
        format!(
            "借款协议\n本协议由以下双方于2017年6月1日签署：\n甲方（出借人）：广州市恒信网络小额贷款有限公司\n乙方（借款人）：王某\n\
             借款年利率 36%\n放款金额 人民币(小写){total_p}元\n\
             甲方同意将出借资金于2017年6月1日划入乙方指定的收款账户。\n\
             偿还本息数额 人民币(小写){total}元\n还款日 2017年6月15日\n\
             3.1 丙方为甲乙双方的借贷事宜提供平台撮合服务，乙方应向丙方支付平台维护费；\n\
             3.2 乙方在偿还本金及利息时，丙方委托的第三方支付机构将平台维护费一并扣除；\n\
             8.4 乙方发生如下违约行为时，甲方有权解除本协议，乙方须在甲方提出解除协议之日起三日内一次性支付余下的所有本金、利息、平台维护费、逾期罚息；\n",
            total_p = "1,000.00"
        )
    }
}

fn principal(text: &str) -> Option<Decimal> {
    analysed(text).report.terms.principal.map(|p| p.amount)
}

#[test]
fn the_amount_paid_out_is_the_principal_when_it_reproduces_the_total() {
    for reworded in [false, true] {
        for total in ["1,014.00", "1,013.81"] {
            let text = payday(total, reworded);
            assert_eq!(principal(&text), Some(dec!(1000)), "{text}");
        }
    }
}

#[test]
fn the_year_is_360_days_only_when_the_stated_total_says_so() {
    for reworded in [false, true] {
        let on_360 = analysed(&payday("1,014.00", reworded));
        let got = apr(&on_360).map(|a| a.round_dp(4));
        assert_eq!(got, Some(dec!(36.5)), "360-day total, reworded {reworded}");
        assert!(
            on_360
                .report
                .terms
                .inferred
                .iter()
                .any(|i| i.field == "day_basis"),
            "the year length is said to come from the figures"
        );
        let on_365 = analysed(&payday("1,013.81", reworded));
        let got = apr(&on_365).map(|a| a.round_dp(2));
        assert_eq!(got, Some(dec!(36.00)), "365-day total, reworded {reworded}");
        assert!(
            on_365
                .report
                .terms
                .inferred
                .iter()
                .all(|i| i.field != "day_basis")
        );
    }
}

#[test]
fn a_cost_at_the_line_whose_cents_round_up_is_not_above_it() {
    for reworded in [false, true] {
        let a = analysed(&payday("1,013.81", reworded));
        let above_36: Vec<&str> = a
            .report
            .findings
            .iter()
            .filter(|f| {
                f.severity == Severity::Violation && f.message.contains("above the limit of 36%")
            })
            .map(|f| f.rule_id.as_str())
            .collect();
        assert!(above_36.is_empty(), "reworded {reworded}: {above_36:?}");
        // The 360-day reading is really above 36% (36.5%): that one is found.
        let a = analysed(&payday("1,014.00", reworded));
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.message.contains("above the limit of 36%")),
            "reworded {reworded}"
        );
    }
}

#[test]
fn a_fee_owed_with_no_amount_is_listed_and_paid_with_the_repayment() {
    for (reworded, name) in [(false, "平台维护费"), (true, "账户管理费")] {
        let a = analysed(&payday("1,014.00", reworded));
        let fee = a.report.terms.fees.iter().find(|f| f.name == name);
        let Some(fee) = fee else {
            panic!("{name} not listed: {:?}", a.report.terms.fees);
        };
        assert_eq!(fee.amount, None);
        assert!(fee.amount_blank);
        assert_eq!(fee.timing, FeeTiming::PerPeriod, "{name}");
    }
}

/// A P2P agreement's table of lenders, as spaced columns and as a barred table with other
/// column names: the loan is the sum of the rows (5000 + 3000 + 2000 = 10000) and the total
/// repaid the sum of the returns. Each return is six level payments at 1.5% a month
/// (5000 × 0.015 / (1 − 1.015^−6) = 877.63 → 5265.78; 526.58 → 3159.48; 351.05 → 2106.30):
/// only equal instalments reproduce 10531.56, so the method is read from the figures.
#[test]
fn a_table_of_lenders_is_one_loan_of_their_sum() {
    let spaced = "借款协议书\n签订日期：2016-03-01\n借款人通过本网站的居间，就借款事项与各出借人达成如下协议：\n\
        出借人  借款金额  借款期限  年化利率  还款本息\n张三  5000元  6个月  18.00%  5265.78\n\
        李四  3000元  6个月  18.00%  3159.48\n王五  2000元  6个月  18.00%  2106.30\n借款人按月还款。\n";
    let barred = "借款协议书\n签订日期：2016-03-01\n投资人通过平台向借款人出借资金，明细如下：\n\
        | 投资人 | 投资金额（元） | 期限 | 年利率 | 应收本息 |\n| 张三 | 5,000.00 | 6个月 | 18% | 5,265.78 |\n\
        | 李四 | 3,000.00 | 6个月 | 18% | 3,159.48 |\n| 王五 | 2,000.00 | 6个月 | 18% | 2,106.30 |\n| 合计 | 10,000.00 | | | 10,531.56 |\n借款人按月还款。\n";
    for text in [spaced, barred] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(10000)),
            "{text}"
        );
        assert_eq!(
            t.total_of_payments.as_ref().map(|p| p.amount),
            Some(dec!(10531.56)),
            "{text}"
        );
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(loanlint::model::RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

/// A UK default clause with a fixed fee and a daily rate in one sentence: the fee keeps its
/// sum (the percentage is the default interest's) and £30 is above the £15 default-fee cap
/// (CONC 5A.3.3R) even charged once.
#[test]
fn a_default_fee_beside_default_interest_keeps_its_sum() {
    let head = "FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974\n\
        Lender: QuickPound Ltd, 10 High Street, Leeds LS1 4AB\nDate of agreement: 2 November 2026\n\
        Amount of credit: £300.00\nRepayment: 3 monthly instalments of £140.00, the first on 2 December 2026.\n\
        Total amount payable: £420.00\n";
    let clauses = [
        "Default charges: if you miss a repayment we will charge a £30 fee and interest of 1% a day on the missed amount.",
        "If you miss a repayment we will charge you a default fee of £30 and interest at 1% per day on the missed amount.",
        "Should a repayment be missed, a £30 default charge plus daily interest of 1% on the arrears will apply.",
    ];
    for clause in clauses {
        let text = format!(
            "{head}{clause}\nThis agreement is governed by the law of England and Wales.\n"
        );
        let a = analysed(&text);
        let t = &a.report.terms;
        let fee = t.fees.iter().find(|f| f.timing == FeeTiming::OnDefault);
        assert_eq!(
            fee.and_then(|f| f.amount),
            Some(dec!(30)),
            "{clause}: {:?}",
            t.fees
        );
        assert!(
            t.rates.iter().any(|r| r.value == dec!(1)),
            "{clause}: the daily rate is read"
        );
        assert!(
            a.report
                .findings
                .iter()
                .any(|f| f.rule_id == "uk-hcstc-default-fee-cap"
                    && f.severity == Severity::Violation),
            "{clause}"
        );
    }
}
