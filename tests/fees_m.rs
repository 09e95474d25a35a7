#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Fees of held-out batch M, as classes: contracts written for these tests in wordings of their
//! own (none is a corpus document), each with a rephrased twin that must give the same answer.
//!
//! Expected figures are Python `decimal` arithmetic, not loanlint's output: level instalments
//! rounded to the cent, interest on the balance rounded half up, the last instalment taking the
//! remainder; nominal = periodic IRR x 12 (bisection, 40 digits).
//! - Withheld: 15,000 at 1% a month, 6 x 2,588.23 (last 2,588.21), 14,550 received:
//!   22.722601%. 2,400 at 1.5% a month, 12 x 220.03 (last 220.06), 2,304 received: 25.938250%.
//! - Misread amount received: 2,000 received, 23 x 105.74 and 105.84: nominal 24.001095%,
//!   effective 26.825540%.

use loanlint::model::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;
use crate::reconcile_fees::{close, nominal, violations};

/// The report on `text` read as a text file is read (full-width forms folded as the CLI does).
fn report_of(text: &str) -> Report {
    analysed(text).report
}

/// The fees that are part of the cost (not default charges).
fn cost_fees(r: &Report) -> Vec<&Fee> {
    r.terms
        .fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment())
        .collect()
}

/// The report on `text` and its one fee of the cost (there must be exactly one).
fn one_fee(text: &str) -> (Report, Fee) {
    let r = report_of(text);
    let fees = cost_fees(&r);
    assert_eq!(fees.len(), 1, "{text}: {fees:?}");
    let fee = fees[0].clone();
    (r, fee)
}

fn received(r: &Report) -> Option<Decimal> {
    r.terms.disbursed.as_ref().map(|d| d.amount)
}

// Class: a fee of no stated timing, and an amount received that is the principal less it.

const WITHHELD_ZH_TABLE: &str = r#"借款合同（要素表）
贷款人：青岚小额贷款有限公司
借款人：邵明远
借款金额：人民币15,000元
借款期限：6个月
月利率：1%，按月等额本息还款
审核费：人民币450元
签订日期：2025年6月3日

【放款回单】
到账金额：14,550.00元
"#;
const WITHHELD_ZH_CLAUSES: &str = r#"借款协议

甲方（出借人）：青岚小额贷款有限公司
乙方（借款人）：邵明远

第一条 甲方向乙方出借人民币壹万伍仟元整（15000元），期限六个月，月利率1%，乙方每月以等额本息方式归还。
第二条 乙方应向甲方支付审核费人民币450元。
第三条 甲方于2025年6月3日向乙方账户实际转入人民币14550元。
"#;
const WITHHELD_EN_FORM: &str = r#"CEDAR RIDGE LENDING — LOAN SUMMARY
Borrower: Owen T. Kessler
Date: 03/14/2025

Loan amount: $2,400.00
Interest rate: 18% per year
Term: 12 monthly payments of $220.03
Processing fee: $96.00
Amount paid to you: $2,304.00
"#;
const WITHHELD_EN_PROSE: &str = r#"Loan note dated March 14, 2025, between Cedar Ridge Lending and Owen T. Kessler.
The principal amount of this loan is $2,400.00, with interest at 18% per year, repayable in 12 monthly payments of $220.03. A processing fee of $96.00 applies. We will deposit $2,304.00 into your bank account.
"#;

#[test]
fn a_fee_the_amount_received_leaves_out_is_deducted_at_payout() {
    for (text, amount, got, apr) in [
        (WITHHELD_ZH_TABLE, dec!(450), dec!(14550), dec!(22.722601)),
        (WITHHELD_ZH_CLAUSES, dec!(450), dec!(14550), dec!(22.722601)),
        (WITHHELD_EN_FORM, dec!(96), dec!(2304), dec!(25.938250)),
        (WITHHELD_EN_PROSE, dec!(96), dec!(2304), dec!(25.938250)),
    ] {
        let (r, fee) = one_fee(text);
        assert_eq!(fee.amount, Some(amount), "{text}");
        assert_eq!(fee.timing, FeeTiming::UpfrontDeducted, "{text}");
        assert_eq!(received(&r), Some(got), "{text}");
        assert!(close(nominal(&r), apr), "{text}: {:?}", r.apr);
        assert!(r.apr_range.is_none(), "{text}: the figures decide");
        let why = r
            .terms
            .inferred
            .iter()
            .find(|i| i.field == "fee_timing")
            .expect("the timing is an inference");
        assert!(why.reason.contains("amount received"), "{why:?}");
    }
}

// Class: interest taken in advance, told only by the amount actually received.

const ADVANCE_IOU: &str = r#"借条

今借到邱德胜人民币伍万元整（¥50,000.00），借期一年，于二〇二六年四月一日前一次性归还人民币伍万元整。
借款人当日实际收到肆万伍仟元整（¥45,000.00），由银行转账交付。

借款人：蔡志鹏
二〇二五年四月一日
"#;
const ADVANCE_TABLE: &str = r#"借款协议

出借人：邱德胜　　借款人：蔡志鹏
借款金额：20,000元（贰万元整）
借款期限：3个月，自2025年4月1日至2025年7月1日，到期一次性还本。
实收金额：18,800元
签署日期：2025年4月1日
"#;

#[test]
fn an_unexplained_gap_with_no_rate_and_no_fee_is_interest_taken_in_advance() {
    for (text, kept, got) in [
        (ADVANCE_IOU, dec!(5000), dec!(45000)),
        (ADVANCE_TABLE, dec!(1200), dec!(18800)),
    ] {
        let r = report_of(text);
        assert_eq!(received(&r), Some(got), "{text}");
        let taken = r
            .terms
            .interest_deducted
            .as_ref()
            .expect("interest deducted");
        assert_eq!(taken.amount, kept, "{text}");
        assert!(cost_fees(&r).is_empty(), "{text}");
        assert!(
            r.terms
                .inferred
                .iter()
                .any(|i| i.field == "interest_deducted"),
            "{text}: said as an inference"
        );
    }
}

#[test]
fn a_gap_a_stated_fee_explains_is_not_interest() {
    // The same slip with a named fee of the gap's amount: the fee is deducted, no interest.
    let text = ADVANCE_TABLE.replace("实收金额", "审核费：1,200元\n实收金额");
    let r = report_of(&text);
    assert!(
        r.terms.interest_deducted.is_none(),
        "{:?}",
        r.terms.interest_deducted
    );
    let fees = cost_fees(&r);
    assert_eq!(fees.len(), 1, "{fees:?}");
    assert_eq!(fees[0].timing, FeeTiming::UpfrontDeducted);
}

// Class: fees negated, alone or as a list, before or after their names.

const NEGATED_ZH_BEFORE: &str = r#"借款合同
出借人：沧浪商贸有限公司
借款人：祁文涛
借款金额：80,000元
借款期限：12个月
年利率：7.2%，等额本息，按月还款
费用说明：出借人不向借款人收取服务费、咨询费及账户管理费，每期还款由出借人从借款人工资中直接扣除。
签订日期：2025年5月8日
"#;
const NEGATED_ZH_AFTER: &str = r#"借款合同
出借人：沧浪商贸有限公司
借款人：祁文涛
借款金额：80,000元
借款期限：12个月
年利率：7.2%，等额本息，按月还款
本借款除利息外，服務費、諮詢費和賬戶管理費一律免收，放款時亦不作任何扣除。
签订日期：2025年5月8日
"#;
const NEGATED_EN_LIST: &str = r#"PERSONAL LOAN AGREEMENT
Lender: Harbor Light Credit Union
Borrower: Nadia P. Okafor
Date: 05/08/2025
Amount of loan: $8,000.00
Interest rate: 9% per year
Term: 24 monthly payments of $365.48
Fees: unlike our standard loans, we do not charge the application, processing or administration fee of 1.5% on this loan.
"#;
const NEGATED_EN_WAIVED: &str = r#"PERSONAL LOAN AGREEMENT
Lender: Harbor Light Credit Union
Borrower: Nadia P. Okafor
Date: 05/08/2025
Amount of loan: $8,000.00
Interest rate: 9% per year
Term: 24 monthly payments of $365.48
Administration fee (normally $120.00): waived.
"#;
const WAIVED_ON_A_CONDITION: &str = r#"PERSONAL LOAN AGREEMENT
Lender: Harbor Light Credit Union
Borrower: Nadia P. Okafor
Date: 05/08/2025
Amount of loan: $8,000.00
Interest rate: 9% per year
Term: 24 monthly payments of $365.48
Processing fee: $80.00, deducted from the loan proceeds. The processing fee is waived if you enroll in automatic payments before funding.
"#;

#[test]
fn fees_the_contract_says_are_not_charged_are_no_fees() {
    for (text, principal, apr) in [
        (NEGATED_ZH_BEFORE, dec!(80000), dec!(7.2)),
        (NEGATED_ZH_AFTER, dec!(80000), dec!(7.2)),
        (NEGATED_EN_LIST, dec!(8000), dec!(9)),
        (NEGATED_EN_WAIVED, dec!(8000), dec!(9)),
    ] {
        let r = report_of(text);
        assert!(cost_fees(&r).is_empty(), "{text}: {:?}", r.terms.fees);
        assert_eq!(received(&r), Some(principal), "{text}");
        assert!(violations(&r).is_empty(), "{text}: {:?}", violations(&r));
        assert!(
            (nominal(&r) - apr).abs() < dec!(0.01),
            "{text}: {:?}",
            r.apr
        );
        assert!(r.apr_range.is_none(), "{text}");
    }
}

#[test]
fn a_fee_waived_only_on_a_condition_is_still_a_fee() {
    let r = report_of(WAIVED_ON_A_CONDITION);
    let fees = cost_fees(&r);
    assert_eq!(fees.len(), 1, "{fees:?}");
    assert_eq!(fees[0].amount, Some(dec!(80)));
}

// Class: an amount received that is a few percent of the principal, with nothing stated to
// explain the gap, is a misreading and is not taken.

const TINY_RECEIVED_FORM: &str = r#"LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974
Lender: Brookfield Personal Finance Ltd
Borrower: Ms Imogen Clarke
Amount of credit: £2,000.00
Rate of interest: 24% per annum fixed
Repayments: 23 monthly repayments of £105.74, the first due one month after the loan is paid to you, and a last repayment of £105.84
Signed on 3 March 2025
"#;
const TINY_RECEIVED_PROSE: &str = r#"Loan agreement (signed 3 March 2025) between Brookfield Personal Finance Ltd and Ms Imogen Clarke.
Amount of credit: £2,000.00. Interest: 24% a year, fixed.
Repayment: 24 monthly instalments, starting a month after the money is paid to you: 23 of £105.74 and a closing one of £105.84.
"#;

#[test]
fn an_implausibly_small_amount_received_is_not_taken() {
    for text in [TINY_RECEIVED_FORM, TINY_RECEIVED_PROSE] {
        let r = report_of(text);
        assert_eq!(received(&r), Some(dec!(2000)), "{text}");
        let apr = r.apr.as_ref().expect("a cost");
        assert!(
            close(apr.effective_percent, dec!(26.825540)),
            "{text}: {apr:?}"
        );
        assert!(
            r.terms
                .assumptions
                .iter()
                .any(|a| a.contains("is not taken")),
            "{text}: the refusal is said"
        );
    }
}

// Class: a fee stated only as its total over the term, paid in shares with each instalment
// (the share follows from the instalment). 12,000 at 6% a year, 12 x 1,032.80 (last
// 1,032.78) + 50: 14.946785%. 4,800 at no interest, 24 x (200 + 12): 5.657998%. 2,400 at no
// interest, 12 x (200 + 15): 13.566624%.

const TOTAL_FEE_ZH_RATE: &str = r#"个人消费贷款合同（要素页）
贷款人：临川消费金融有限公司
借款人：柯雨桐
贷款金额：12,000.00元
贷款期限：12期（按月）
年利率：6%，等额本息
每月还款额：1,082.80元
账户管理费：600.00元（全部期数合计）
首期还款日：2025年8月15日
签约日期：2025年7月15日
"#;
const TOTAL_FEE_ZH_FREE: &str = r#"分期账单确认
本次分期本金　4,800.00元
期数　24期，每月20日还款，首期2025年9月20日
每期应还　212.00元
年利率　0%（免息）
手续费总额　288.00元
确认时间　2025年8月20日
"#;
const TOTAL_FEE_EN_FREE: &str = r#"RETAIL INSTALLMENT PLAN
Date: 06/02/2025
Buyer: Priya Ramanathan
Amount financed: $2,400.00
Interest: 0%
12 monthly payments of $215.00, first due 07/02/2025
Plan fee: $180.00 total
"#;

#[test]
fn a_fee_stated_as_its_total_is_paid_in_shares_when_the_instalment_says_so() {
    for (text, share, apr) in [
        (TOTAL_FEE_ZH_RATE, dec!(50), dec!(14.946785)),
        (TOTAL_FEE_ZH_FREE, dec!(12), dec!(5.657998)),
        (TOTAL_FEE_EN_FREE, dec!(15), dec!(13.566624)),
    ] {
        let (r, fee) = one_fee(text);
        assert_eq!(fee.timing, FeeTiming::PerPeriod, "{text}");
        assert_eq!(fee.amount, Some(share), "{text}");
        assert!(close(nominal(&r), apr), "{text}: {:?}", r.apr);
        assert!(r.apr_range.is_none(), "{text}: the instalment decides");
        assert!(violations(&r).is_empty(), "{text}");
    }
}

// Class: one fee stated as a percentage and as the amount it comes to, where the principal is
// not read: one fee when the amount's base (180 / 0.6% = 30,000; 297.50 / 0.35% = 85,000) is
// a figure the document states.

const PERCENT_AND_AMOUNT_CARD: &str = r#"信用卡账单分期确认书
持卡人：魏嘉禾
本期账单金额30,000.00元，申请分为12期偿还，每月25日还款。
每期手续费按分期金额的0.6%收取，即每期180.00元，随每期本金一并偿还。
确认日期：2025年4月25日
"#;
const PERCENT_AND_AMOUNT_CAR: &str = r#"汽车分期服务确认单
车款分期部分：人民币85,000元，分36期，每月还款。
分期服务费：每期按分期部分0.35%计收（每期297.50元），与当期本金同时扣款。
签署日期：2025年2月10日
"#;

#[test]
fn a_fee_given_as_a_percentage_and_its_amount_is_one_fee() {
    for (text, amount, percent) in [
        (PERCENT_AND_AMOUNT_CARD, dec!(180), dec!(0.6)),
        (PERCENT_AND_AMOUNT_CAR, dec!(297.5), dec!(0.35)),
    ] {
        let (_, fee) = one_fee(text);
        assert_eq!(fee.timing, FeeTiming::PerPeriod, "{text}");
        assert_eq!(fee.amount, Some(amount), "{text}");
        assert_eq!(fee.percent, Some(percent), "{text}");
    }
}

#[test]
fn a_fee_named_again_with_no_figure_takes_no_figure_of_the_next_line() {
    // The second mention of the fee has no figure of its own; the next line's total (whole, or
    // cut by the reading window to "$1") is another term's.
    for again in [
        "The establishment fee is included in each repayment.",
        "The establishment fee and the monthly fees are included in each repayment.",
    ] {
        let text = format!(
            "Credit contract\nAmount of credit: $1,000.00\nEstablishment fee: $200.00\n8 monthly repayments of $190.00\n{again}\nTotal amount repayable: $1,520.00\n"
        );
        let r = report_of(&text);
        let fees = cost_fees(&r);
        assert_eq!(fees.len(), 1, "{again}: {fees:?}");
        assert_eq!(fees[0].amount, Some(dec!(200)), "{again}");
    }
}

// Class: a charge made only if an event occurs (a lost ticket, a copy) is no cost of credit.
// 200 lent, 230 due a month later: 180%.

const CONTINGENT_FORM: &str = r#"RIVERBEND PAWN — PAWN TRANSACTION
Date of loan: 04/02/2025     Maturity date: 05/02/2025
Customer: Elias M. Grant
Item pledged: 1 acoustic guitar, serial ***4410

Amount financed: $200.00
Finance charge: $30.00
Total of payments: $230.00
Annual percentage rate: 180.00%

Replacement ticket fee: $5.00 if this ticket is lost.
"#;
const CONTINGENT_PROSE: &str = r#"Pawn transaction of 04/02/2025 (maturity 05/02/2025), customer Elias M. Grant, one acoustic guitar pledged.
We lend you $200.00 (amount financed). Finance charge $30.00; total of payments $230.00; ANNUAL PERCENTAGE RATE 180.00%.
Should you need a duplicate pawn ticket, a copy charge of $5.00 applies.
"#;

#[test]
fn a_charge_only_on_an_event_is_listed_but_not_a_cost() {
    for text in [CONTINGENT_FORM, CONTINGENT_PROSE] {
        let r = report_of(text);
        assert!(cost_fees(&r).is_empty(), "{text}: {:?}", r.terms.fees);
        let listed = r
            .terms
            .fees
            .iter()
            .find(|f| f.amount == Some(dec!(5)))
            .expect("the charge is listed");
        assert_eq!(listed.timing, FeeTiming::OnDefault);
    }
    let r = report_of(CONTINGENT_FORM);
    assert!((nominal(&r) - dec!(180)).abs() < dec!(0.01), "{:?}", r.apr);
}

// Class: a benefits package sold with the loan, paid with the first instalment. 20,000 at
// 1.5% a month, 6 x 3,510.50 (last 3,510.52), 299 more with the first: 23.226683%.

const PACKAGE_APP_PAGE: &str = r#"借款详情
出借机构：星桥消费金融有限公司
借款人：骆晓晴
借款金额：20,000.00元
借款期数：6期（按月）
年利率：18%，等额本息，每期应还3,510.50元
首期还款日：2025年11月5日
会员权益包：开通费用299元，随首期还款一并收取，本次借款须同时开通。
申请时间：2025年10月5日
"#;
const PACKAGE_CLAUSES: &str = r#"借款确认书
甲方：星桥消费金融有限公司　乙方：骆晓晴
一、借款金额人民币20,000元，分6期按月等额本息还款，年利率18%，每期还款3,510.50元，首期还款日为2025年11月5日。
二、乙方同时开通极速加速包，加速包费用299元于第一期还款时一并扣收。
三、本确认书于2025年10月5日签署。
"#;

#[test]
fn a_package_paid_with_the_first_instalment_is_a_cost_on_that_day() {
    for text in [PACKAGE_APP_PAGE, PACKAGE_CLAUSES] {
        let (r, fee) = one_fee(text);
        assert_eq!(fee.kind, FeeKind::Membership, "{text}");
        assert_eq!(fee.timing, FeeTiming::OnDate, "{text}");
        assert_eq!(fee.amount, Some(dec!(299)), "{text}");
        assert!(!fee.name.contains("开通"), "{}", fee.name);
        assert!(close(nominal(&r), dec!(23.226683)), "{text}: {:?}", r.apr);
    }
}

// Class: an itemized charge whose figure is the principal less the amount paid out is withheld
// (a required insurance premium), not a part lent. 1,950 at 2% a month, 11 x 184.39 and
// 184.42, 1,800 paid out: 39.937728%.

const WITHHELD_PREMIUM_LESS: &str = r#"LAKESHORE CONSUMER FINANCE — INSTALLMENT NOTE
Date: 02/03/2025
Borrower: Lena Marsh

Interest rate: 24% per year on the unpaid balance.
Payments: 11 monthly payments of $184.39 and a final payment of $184.42.

ITEMIZATION OF AMOUNT FINANCED
  Principal of this note ............... $1,950.00
  Less credit life insurance premium ... $150.00
  Amount paid to you ................... $1,800.00

Credit life insurance is required to obtain this loan.
"#;
const WITHHELD_PREMIUM_COLON: &str = r#"LAKESHORE CONSUMER FINANCE — INSTALLMENT NOTE
Date: 02/03/2025
Borrower: Lena Marsh

Itemization of the amount financed:
  Principal amount: $1,950.00
  Debt cancellation coverage (paid to Lakeshore Assurance): $150.00
  Paid to you directly: $1,800.00

The note bears interest at 24% per year and is repaid in 12 monthly payments of $184.39, the last adjusted to $184.42.
"#;

#[test]
fn an_itemized_premium_the_payout_leaves_out_is_withheld() {
    for text in [WITHHELD_PREMIUM_LESS, WITHHELD_PREMIUM_COLON] {
        let (r, fee) = one_fee(text);
        assert_eq!(fee.kind, FeeKind::Insurance, "{text}");
        assert_eq!(fee.timing, FeeTiming::UpfrontDeducted, "{text}");
        assert_eq!(fee.amount, Some(dec!(150)), "{text}");
        assert_eq!(received(&r), Some(dec!(1800)), "{text}");
        assert!(close(nominal(&r), dec!(39.937728)), "{text}: {:?}", r.apr);
    }
}

#[test]
fn an_itemized_part_that_is_not_the_gap_stays_lent() {
    // A registration fee paid to the state is lent; here the gap is not its figure either.
    let text = WITHHELD_PREMIUM_LESS.replace(
        "  Less credit life insurance premium ... $150.00\n",
        "  Paid to others on your behalf:\n  Registration fee (to the state) ...... $40.00\n",
    );
    let r = report_of(&text);
    assert!(
        cost_fees(&r).iter().all(|f| f.amount != Some(dec!(40))),
        "{:?}",
        r.terms.fees
    );
}

#[test]
fn a_negation_of_something_else_leaves_the_fee() {
    // 保证金不收取利息: no interest is paid on the deposit; the deposit is still taken.
    let r = report_of(
        "借款金额：10,000元\n借款期限：12个月\n年利率：8%，等额本息\n风险保证金：500元，保证金不收取利息，到期退还。\n签订日期：2025年3月1日\n",
    );
    assert!(
        r.terms.fees.iter().any(|f| f.amount == Some(dec!(500))),
        "{:?}",
        r.terms.fees
    );
    // "no annual fee, and a processing fee ...": a list whose item is a charge of its own
    // ends the negation; "the application, processing or administration fee" does not.
    let r = report_of(
        "Amount of loan: $8,000.00\nInterest rate: 9% per year\nTerm: 24 monthly payments of $365.48\nWe charge no application, and the administration fee is $120.00.\n",
    );
    assert!(
        r.terms.fees.iter().any(|f| f.amount == Some(dec!(120))),
        "{:?}",
        r.terms.fees
    );
}

#[test]
fn a_total_is_not_spread_when_the_stated_instalment_leaves_the_share_out() {
    // The stated instalment is principal and interest alone: nothing says the total is paid
    // in shares with it.
    let text = TOTAL_FEE_ZH_RATE.replace("1,082.80", "1,032.80");
    let r = report_of(&text);
    let fees = cost_fees(&r);
    assert_eq!(fees.len(), 1, "{fees:?}");
    assert_ne!(fees[0].amount, Some(dec!(50)), "{fees:?}");
}
