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

use loanlint::analysis::{AnalysisOptions, analyse_document_full};
use loanlint::check::Checker;
use loanlint::model::*;
use loanlint::read::{ReadOptions, read_file};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The report on `text` read as a text file is read (full-width forms folded as the CLI does).
fn report_of(text: &str) -> Report {
    let tmp = tempfile::Builder::new().suffix(".txt").tempfile().unwrap();
    std::fs::write(tmp.path(), text).unwrap();
    let doc = read_file(tmp.path(), &ReadOptions::default()).unwrap();
    let checker = Checker::load(&[]).unwrap();
    analyse_document_full(&doc, &AnalysisOptions::default(), &checker).report
}

fn close(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= dec!(0.001)
}

fn nominal(r: &Report) -> Decimal {
    r.apr.as_ref().expect("a cost").nominal_percent
}

/// The fees that are part of the cost (not default charges).
fn cost_fees(r: &Report) -> Vec<&Fee> {
    r.terms
        .fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment())
        .collect()
}

fn received(r: &Report) -> Option<Decimal> {
    r.terms.disbursed.as_ref().map(|d| d.amount)
}

fn violations(r: &Report) -> Vec<&str> {
    r.findings
        .iter()
        .filter(|f| f.severity == Severity::Violation)
        .map(|f| f.rule_id.as_str())
        .collect()
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
    for (text, fee, got, apr) in [
        (WITHHELD_ZH_TABLE, dec!(450), dec!(14550), dec!(22.722601)),
        (WITHHELD_ZH_CLAUSES, dec!(450), dec!(14550), dec!(22.722601)),
        (WITHHELD_EN_FORM, dec!(96), dec!(2304), dec!(25.938250)),
        (WITHHELD_EN_PROSE, dec!(96), dec!(2304), dec!(25.938250)),
    ] {
        let r = report_of(text);
        let fees = cost_fees(&r);
        assert_eq!(fees.len(), 1, "{text}: {fees:?}");
        assert_eq!(fees[0].amount, Some(fee), "{text}");
        assert_eq!(fees[0].timing, FeeTiming::UpfrontDeducted, "{text}");
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
