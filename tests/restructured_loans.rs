#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Restructuring documents (batch L's class, in texts written for this test): a settlement or
//! instalment plan after default, a loan modification. Each quotes the ORIGINAL loan's figures
//! (its amount, rate and count) in its recitals; the terms reported are the new arrangement's:
//! the balance restructured as the principal, the new count and term, the new cost. A schedule
//! given only by its first and last due dates has the count those dates make. Each text comes
//! with a rephrasing that must give the same terms; a plain contract whose recitals (鉴于) state
//! its own loan keeps it.
//!
//! Expected figures are worked by hand: 1,500.00 x 12 = 18,000.00 (January to December 2026,
//! no interest: 0%); 6,500.00 at 1% a month over 24 months is 305.9776 a month, so 24 payments
//! of 305.98 cost 12.0008% a year.

use std::path::Path;

use loanlint::analysis::{AnalysisOptions, analyse_document};
use loanlint::check::Checker;
use loanlint::model::Report;
use loanlint::read::{Document, SourceKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const ZH_PLAN: &str = "个人债务分期还款协议\n甲方（债权人）：云杉消费金融有限公司\n乙方（债务人）：高立平\n\n鉴于：\n1. 乙方于2023年11月向甲方借款人民币50,000.00元（原借款合同编号YS-2023-1130），原约定分36期还款，年利率18%。\n2. 截至2025年12月1日，乙方尚欠本金18,000.00元，逾期利息2,310.50元。\n\n双方经平等协商，约定如下：\n一、甲方减免逾期利息2,310.50元。乙方应还款项总额为人民币18,000.00元。\n二、乙方自2026年1月15日起，于每月15日还款1,500.00元，最后一期还款日为2026年12月15日，金额1,500.00元。\n三、分期期间甲方不再计收利息。\n\n甲方（盖章）：云杉消费金融有限公司\n乙方（签字）：高立平\n签署日期：2025年12月1日\n";
const ZH_PLAN_2: &str = "还款协商协议\n债权人：云杉消费金融有限公司　　债务人：高立平\n鉴于债务人原借款50,000元、原约定36期的借款已逾期，截至2025年12月1日尚欠本金18,000元。\n经双方协商一致，达成如下协议：\n1. 协商还款总额18,000.00元，协议期间不计利息。\n2. 首期还款日2026-01-15，此后每月15日还款1,500.00元；最后一次还款于2026-12-15，金额1,500.00元。\n债务人签字：高立平　　日期：2025年12月1日\n";

const EN_MOD: &str = "FORBEARANCE AND MODIFICATION AGREEMENT\nDated February 2, 2026, between Cedar Valley Finance Co. (\"Lender\") and Mia Torres (\"Borrower\").\n\nBACKGROUND\n1. On June 1, 2024 Borrower signed a note (the \"Original Note\") for $9,000.00 at 24% per year, repayable in 36 monthly payments of $353.09.\n2. Borrower is behind on payments. The unpaid principal today is $6,200.00 and unpaid interest is $300.00.\n\nTHE PARTIES AGREE AS FOLLOWS\n1. The unpaid interest is added to principal, so the new principal balance is $6,500.00.\n2. Interest accrues at 12% per year from the date of this Agreement.\n3. Borrower will pay 24 monthly installments of $305.98 beginning March 2, 2026.\nLENDER: Cedar Valley Finance Co.        BORROWER: Mia Torres\n";
const EN_MOD_2: &str = "LOAN MODIFICATION AGREEMENT\nRECITALS\nWHEREAS Mia Torres (Borrower) owes Cedar Valley Finance Co. (Lender) under a promissory note dated June 1, 2024 (the Original Note) for $9,000.00 at 24% a year over 36 months;\nWHEREAS $6,200.00 of principal and $300.00 of interest are unpaid;\nNOW, THEREFORE, Lender and Borrower agree:\nA. Modified principal balance: $6,500.00 (unpaid principal plus unpaid interest).\nB. New rate: 12% per year, fixed.\nC. Repayment: 24 monthly installments of $305.98, the first due on March 2, 2026.\nSigned February 2, 2026. Borrower: Mia Torres   Lender: Cedar Valley Finance Co.\n";

// A settlement of a private loan with no recitals and no word "original": the balance still
// owed (尚欠) is the principal, not the amount first lent. 5,000.00 x 12 = 60,000.00 (October
// 2025 to September 2026, no interest: 0%).
const ZH_MEDIATED: &str = "民间借贷纠纷调解协议\n申请人张三与被申请人李四借款纠纷一案，经调解双方自愿达成如下协议：\n一、李四于2024年1月5日向张三借款80,000元，约定年利率10%，现尚欠本金60,000元。\n二、李四自2025年10月10日起，每月10日还款5,000元，最后一期还款日为2026年9月10日，金额5,000元。\n三、还款期间不计利息。\n";
const ZH_MEDIATED_2: &str = "还款和解协议\n李四2024年1月向张三借款8万元，至今仍欠本金60,000元。双方和解如下：\n1. 首期还款日2025-10-10，以后每月10日还款5,000元，最后一期还款日2026-09-10，金额5,000元；\n2. 和解期间不计利息。\n";

// A plain contract whose recitals state its own loan: nothing to leave out.
const ZH_PLAIN: &str = "个人借款合同\n甲方（出借人）：云杉消费金融有限公司\n乙方（借款人）：高立平\n鉴于：乙方向甲方申请借款人民币30,000.00元，用于装修。\n双方经协商一致，约定如下：\n第一条 借款金额30,000.00元，借款期限12个月，年利率12%，按月等额本息还款。\n乙方（签字）：高立平\n签署日期：2025年12月1日\n";

// The original loan told outside any recital, under a heading of its own, before or after the
// new terms; the new principal is the balance with its unpaid interest capitalised. 9,200.00 +
// 400.00 = 9,600.00 at 1% a month over 12 months is 852.95 a month (12% a year); the old loan
// (15,000.00, 24 periods, 1.5% a month) is no term of the new one. The first text tells the
// old loan only by its date (well before the new first due date), the second by name.
const ZH_ADJUST_NEW_FIRST: &str = "借款还款安排调整确认书\n编号：TZ-2025-118\n出借方：广和小额贷款有限公司\n借款方：林晓东\n\n第一部分　调整后的还款安排\n1. 截至2025年11月30日，借款方未还本金9,200.00元，应付未付利息400.00元，两项合计9,600.00元，作为调整后的借款本金。\n2. 调整后月利率1%，分12期按月等额本息还款，首期还款日为2025年12月30日，每期应还852.95元。\n\n第二部分　调整事由\n借款方于2024年6月1日借款15,000.00元，分24期偿还，月利率1.5%，后因家庭变故逾期。\n\n出借方（盖章）：广和小额贷款有限公司\n借款方（签字）：林晓东\n日期：2025年11月30日\n";
const ZH_ADJUST_OLD_FIRST: &str = "還款計劃調整協議\n甲方：廣和小額貸款有限公司　乙方：林曉東\n一、情況說明\n按原借款合同，乙方借款15,000.00元，分24期償還，月利率1.5%。乙方現已逾期。\n二、調整內容\n截至本協議簽訂日，乙方尚欠本金9,200.00元及利息400.00元，合計9,600.00元，自本協議簽訂之日起作為新的借款本金。\n月利率調整為1%，分12期等額本息，每月30日還款852.95元，首期還款日2025年12月30日。\n簽訂日期：2025年11月30日\n";

// The same class in English: 4,000.00 + 250.00 = 4,250.00 at 6% a year over 18 months is
// 247.48 a month (the 18th 247.58: 4,454.74 in all); the loan of April 2, 2024 ($6,000.00 at
// 19.9% over 36 months, 222.68 a month) is the old one.
const EN_HARDSHIP_NEW_FIRST: &str = "HARDSHIP AGREEMENT\nLakeshore Credit Union and member Priya Nair agree on December 1, 2025 as follows.\n\n1. YOUR NEW PAYMENTS\nYour unpaid principal of $4,000.00 and the $250.00 of interest you have not paid are combined into a new balance of $4,250.00.\nInterest on that balance is 6% per year. You will make 18 monthly payments of $247.48, the first due on January 15, 2026. The total of your payments is $4,454.74.\n\n2. WHY THIS PLAN\nOn April 2, 2024 you borrowed $6,000.00 from us at 19.9% per year, to be repaid in 36 monthly payments of $222.68. You told us your hours were cut.\n\nMember: Priya Nair    Lakeshore Credit Union\n";
const EN_HARDSHIP_OLD_FIRST: &str = "Repayment Plan Agreement (Lakeshore Credit Union / Priya Nair)\nA. The prior loan\nUnder your prior loan you borrowed $6,000.00 at 19.9% per year over 36 months. You have fallen behind.\nB. The plan\nUnpaid principal: $4,000.00. Unpaid interest: $250.00.\nAmount restructured: $4,250.00, repaid in 18 monthly payments of $247.48 starting January 15, 2026 (total of payments $4,454.74) at a fixed rate of 6% per year.\nSigned December 1, 2025.\n";

// A payday loan renewed with a paydown: the new loan is the balance renewed (500.00 less the
// 50.00 paid on it = 450.00), from the renewal's own date (March 16) to its due date (March 30):
// 14 days; the finance charge 67.50 is its cost: 67.50 / 450 x 365 / 14 = 391.0714% a year. The
// first text names the old loan on the borrower's line and leads with it; the second tells it
// last, in words.
const EN_RENEWAL: &str = "PRAIRIE QUICK LOANS - RENEWAL AGREEMENT\nBorrower: Tomas Reyes        Prior loan no. PQ-5512, made 03/02/2026\nRenewal date: 03/16/2026\n\nOn the prior loan you owe $500.00 today. Today you pay the fee on the prior loan, $75.00, and $50.00 of its principal.\n\nTHIS RENEWAL - FEDERAL TRUTH IN LENDING DISCLOSURES\nAmount financed: $450.00\nFinance charge: $67.50\nTotal of payments: $517.50\nPayment due: 03/30/2026 (one payment)\n";
const EN_RENEWAL_2: &str = "Loan Renewal Agreement\nThis renewal is made on March 16, 2026 between Prairie Quick Loans and Tomas Reyes.\nAmount renewed: $450.00 (the earlier loan less the $50.00 of principal you paid on it today).\nFinance charge for this renewal: $67.50. Total of payments: $517.50, due in one payment on March 30, 2026.\nThe earlier loan: $500.00, made on March 2, 2026; its $75.00 fee was paid today.\n";

// Card debt restructured into instalments: the principal is the balance restructured
// (36,000.00), not a per-period figure; 36 periods of 1,000.00 principal plus a monthly fee of
// 0.3% x 36,000 = 108.00, no interest: 1,108.00 a period. The IRR of 36,000 against 36 x
// 1,108.00 is 0.565213% a month, 6.7826% a year (worked with Python's decimal by bisection).
const ZH_CARD_PLAN: &str = "信用卡欠款分期偿还协议\n持卡人：苏晴　卡号：4367 **** **** 5521\n截至2026年3月5日，持卡人信用卡欠款总额为人民币36,000.00元（含透支本金33,120.00元及利息费用2,880.00元），本行同意将该欠款总额分36期偿还。\n每期偿还本金1,000.00元，另按欠款总额的0.3%每月收取分期手续费，每期应还1,108.00元。首期还款日为2026年4月5日。\n分期期间不再计收利息。\n签署日期：2026年3月5日\n";
const ZH_CARD_PLAN_2: &str = "个性化分期还款协议书\n本行与持卡人林志远约定：\n一、持卡人信用卡欠款余额36,000.00元作为本次分期的本金，分36期偿还，自2026年4月5日起每月5日还款。\n二、分期期间停止计息；本行每月收取欠款余额0.3%的分期手续费，与当期本金一并偿还。\n三、每期还款1,108.00元。\n签署日期：2026年3月5日\n";

// A modification whose stated total contradicts its own schedule, the old rate told beside the
// new one ("instead of 16%", 原为1.2%). 5,000.00 at 8% a year over 24 months: 226.14 a month,
// the last 226.05, 5,427.27 in all, but the text states 5,527.27; 12,000.00 at 0.6% a month over
// 18: 705.31, the last 705.33, 12,695.60 in all, but 12,795.60 is stated. The new rate is read,
// and the contradiction is reported.
const EN_MOD_TOTAL: &str = "PAYMENT PLAN AGREEMENT\nDate: October 6, 2025. Lender: Birchwood Finance. Borrower: Alan Cho.\n1. Balance. The unpaid principal on your account is $5,000.00. It is the amount repaid under this plan.\n2. Rate. Interest is charged at 8% per year, instead of 16% under your prior loan agreement.\n3. Payments. You will pay 24 monthly installments of $226.14 beginning November 6, 2025; the total of the new payments is $5,527.27.\n";
const ZH_MOD_TOTAL: &str = "借款变更协议\n甲方：和信小额贷款有限公司　乙方：周明\n一、截至2025年10月6日，乙方剩余本金12,000.00元。\n二、自本协议签订之日起月利率为0.6%（原为1.2%），分18期等额本息还款，每期应还705.31元，首期还款日为2025年11月6日。\n三、变更后还款总额为12,795.60元。\n签署日期：2025年10月6日\n";

// The original loan as one line of figures (原借款信息 / "Loan No. ... (the Existing Loan)") above
// the modified terms. 14,000.00 at 1% a month over 12: 1,243.88 a month (12% a year); 11,500.00
// at 7% a year over 36 months: 355.09 a month (7% a year).
const ZH_OLD_LOAN_LINE: &str = "分期还款变更协议\n甲方：和信消费金融有限公司　乙方：赵磊\n原借款信息：借款金额30,000元　期数36期　年利率18%　放款日2024年7月1日\n变更后：剩余本金14,000.00元，月利率1%，分12期等额本息，每期应还1,243.88元，首期还款日2026年1月15日。\n签署日期：2025年12月15日\n";
const EN_OLD_LOAN_LINE: &str = "LOAN MODIFICATION\nLoan No. 88-2231 (the Existing Loan): $20,000.00 at 12.5% for 60 months, opened May 5, 2023.\nModified terms effective January 2, 2026:\nPrincipal balance: $11,500.00\nInterest rate: 7% per year\nPayment: $355.09 per month for 36 months, the first payment due February 2, 2026.\n";

fn report(text: &str) -> Report {
    let checker = Checker::load(&[]).unwrap();
    let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
    analyse_document(&doc, &AnalysisOptions::default(), &checker)
}

fn assert_terms(text: &str, principal: Decimal, count: u32, apr: Decimal) {
    let r = report(text);
    let head: String = text.chars().take(16).collect();
    let t = &r.terms;
    assert_eq!(
        t.principal.as_ref().map(|p| p.amount),
        Some(principal),
        "{head}: principal"
    );
    assert_eq!(
        t.installments.as_ref().map(|c| c.count),
        Some(count),
        "{head}: count"
    );
    assert_eq!(
        t.term.as_ref().and_then(|m| m.months),
        Some(count),
        "{head}: term"
    );
    let got = r.apr.as_ref().map(|a| a.nominal_percent).unwrap();
    assert!(
        (got - apr).abs() < dec!(0.05),
        "{head}: APR {got}, want {apr}"
    );
    assert!(
        r.findings
            .iter()
            .all(|f| f.severity != loanlint::model::Severity::Violation),
        "{head}: {:?}",
        r.findings
    );
}

#[test]
fn a_settlement_plan_reports_the_balance_and_the_count_its_dates_make() {
    for text in [ZH_PLAN, ZH_PLAN_2] {
        assert_terms(text, dec!(18000), 12, dec!(0));
        // The count is worked out, and says from what.
        let r = report(text);
        assert!(
            r.terms
                .inferred
                .iter()
                .any(|i| i.field == "installments" && !i.evidence.is_empty()),
            "{:?}",
            r.terms.inferred
        );
    }
}

#[test]
fn a_settlement_without_recitals_reports_the_balance_still_owed() {
    for text in [ZH_MEDIATED, ZH_MEDIATED_2] {
        assert_terms(text, dec!(60000), 12, dec!(0));
    }
}

#[test]
fn a_loan_modification_reports_the_new_principal_rate_and_count() {
    for text in [EN_MOD, EN_MOD_2] {
        assert_terms(text, dec!(6500), 24, dec!(12.0008));
    }
}

#[test]
fn a_plain_contracts_recitals_are_its_own_loan() {
    let r = report(ZH_PLAIN);
    assert_eq!(
        r.terms.principal.as_ref().map(|p| p.amount),
        Some(dec!(30000))
    );
    assert!(
        !r.terms
            .assumptions
            .iter()
            .any(|a| a.contains("restructuring")),
        "{:?}",
        r.terms.assumptions
    );
}

#[test]
fn the_original_loan_under_any_heading_is_context_and_the_capitalised_balance_is_the_principal() {
    for text in [ZH_ADJUST_NEW_FIRST, ZH_ADJUST_OLD_FIRST] {
        assert_terms(text, dec!(9600), 12, dec!(12));
        let r = report(text);
        assert_eq!(
            r.terms.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2025-11-30".to_string())
        );
    }
    for text in [EN_HARDSHIP_NEW_FIRST, EN_HARDSHIP_OLD_FIRST] {
        assert_terms(text, dec!(4250), 18, dec!(6));
    }
}

#[test]
fn a_renewal_with_a_paydown_is_the_balance_renewed_from_its_own_date() {
    for text in [EN_RENEWAL, EN_RENEWAL_2] {
        let r = report(text);
        let t = &r.terms;
        assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(450)));
        assert_eq!(t.term.as_ref().and_then(|m| m.days), Some(14));
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2026-03-16".to_string())
        );
        let got = r.apr.as_ref().map(|a| a.nominal_percent).unwrap();
        assert!((got - dec!(391.0714)).abs() < dec!(0.05), "APR {got}");
    }
}

#[test]
fn card_debt_in_instalments_has_the_balance_as_its_principal_and_a_monthly_fee() {
    for text in [ZH_CARD_PLAN, ZH_CARD_PLAN_2] {
        assert_terms(text, dec!(36000), 36, dec!(6.7826));
        let r = report(text);
        let fees: Vec<_> = r
            .terms
            .fees
            .iter()
            .filter(|f| f.timing == loanlint::model::FeeTiming::PerPeriod)
            .collect();
        assert_eq!(fees.len(), 1, "{fees:?}");
    }
}

#[test]
fn a_modification_whose_stated_total_contradicts_its_payments_says_so() {
    for (text, principal, count, apr) in [
        (EN_MOD_TOTAL, dec!(5000), 24, dec!(8)),
        (ZH_MOD_TOTAL, dec!(12000), 18, dec!(7.2)),
    ] {
        assert_terms(text, principal, count, apr);
        let r = report(text);
        assert!(
            !r.terms.inconsistencies.is_empty(),
            "no inconsistency: {:?}",
            r.terms.total_of_payments
        );
    }
}

#[test]
fn the_original_loan_on_one_line_of_figures_is_context() {
    assert_terms(ZH_OLD_LOAN_LINE, dec!(14000), 12, dec!(12));
    let r = report(EN_OLD_LOAN_LINE);
    assert_eq!(
        r.terms.principal.as_ref().map(|p| p.amount),
        Some(dec!(11500))
    );
    let got = r.apr.as_ref().map(|a| a.nominal_percent).unwrap();
    assert!((got - dec!(7)).abs() < dec!(0.05), "APR {got}");
}
