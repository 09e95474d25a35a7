#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, by class, on texts written for this test (batch N's misses, in words of their
//! own). A document that DEMANDS or ENFORCES payment of an existing debt is not the loan it
//! quotes: a collector's letter about arrears, and an order that takes the debtor's wages or
//! income for a judgment (an income execution, an earnings withholding order, an attachment of
//! earnings, 协助执行通知书). Each text comes with a rephrasing (without a title, or with
//! another title of the family) that must keep its kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings};
use loanlint::DocumentKind::*;

// A collection agency writes for the lender about the arrears.
const ZH_COLLECTION: &str = "追讨函\n致：孟凡先生\n本公司受瑞祥小额贷款有限公司委托，就您名下逾期借款事宜函告如下：您于2024年3月在该公司借款人民币8,000元，约定分6期归还，月利率1.5%，现已累计逾期3期，尚欠本息合计4,215.60元。\n请您在收到本函后十日内结清欠款。如有异议，请致电委托方客服。\n恒信商务服务有限公司\n2025年10月8日\n";
const ZH_COLLECTION_2: &str = "孟凡先生：\n您好！我司受瑞祥小额贷款有限公司委托，现通知您：您在该公司的借款（本金8,000元，月利率1.5%，分6期）已累计逾期3期，欠款本息4,215.60元。\n请于十日内将上述欠款足额归还至贷款公司对公账户，逾期未还，委托方将依法提起诉讼。\n恒信商务服务有限公司\n";

// A court tells the employer to withhold the debtor's wages for a judgment on a loan.
const EN_EARNINGS_ORDER: &str = "EARNINGS WITHHOLDING ORDER\nSuperior Court of California, County of Fresno    Case No. 24CL-01877\nEmployer: Coastal Freight LLC\nEmployee (Judgment Debtor): Rosa Lind\nJudgment Creditor: Sunvale Finance Co.\nThe judgment, entered on a personal loan of $5,000.00 at 29.9% APR payable over 24 months, totals $2,904.17 with costs.\nYou are ordered to withhold from the earnings of the employee the amounts required by law and pay them to the levying officer until the judgment is satisfied.\n";
const EN_EARNINGS_ORDER_2: &str = "To: Brightline Logistics Ltd (employer)\nClaim no. K41YX209, County Court at Cardiff\nThe court has ordered Owen Pryce to pay a judgment debt of 2,310.55 GBP, which arose under a loan agreement for 3,000.00 GBP at 49.9% APR.\nYou must deduct 120.00 GBP from his earnings each month and send it to the court until the judgment debt is paid.\n";

// A court tells an employer to withhold the debtor's income (协助执行通知书).
const ZH_ASSIST_ENFORCE: &str = "协助执行通知书\n（2025）湘0102执1234号\n致：长沙明远物流有限公司\n申请执行人：嘉禾小额贷款有限公司\n被执行人：宋志强\n本院执行的申请执行人嘉禾小额贷款有限公司与被执行人宋志强借款合同纠纷一案（借款本金30,000元，年利率15.4%，期限12个月），依照法律规定，请协助执行下列事项：自2025年11月起每月扣留被执行人宋志强的工资收入3,000元，直至扣满21,560元为止。\n长沙市某区人民法院\n";
const ZH_ASSIST_ENFORCE_2: &str = "明远物流有限公司：\n被执行人：宋志强\n申请执行人：嘉禾小额贷款有限公司\n宋志强欠嘉禾小额贷款有限公司借款本息21,560元（原借款30,000元，年利率15.4%），经判决后未履行。请你单位自下月起按月提取被执行人宋志强的工资收入3,000元，汇入本院执行款专户。\n某区人民法院执行局\n";

#[test]
fn a_document_that_demands_or_enforces_a_debt_is_not_the_loan() {
    assert_cases(&[
        (Other, ZH_COLLECTION, ZH_COLLECTION_2),
        (Other, EN_EARNINGS_ORDER, EN_EARNINGS_ORDER_2),
        (Other, ZH_ASSIST_ENFORCE, ZH_ASSIST_ENFORCE_2),
    ]);
    assert_no_lending_findings(&[ZH_COLLECTION_2, EN_EARNINGS_ORDER_2, ZH_ASSIST_ENFORCE_2]);
}

// A loan contract's own default remedies (wage assignment, collection, enforcement by a court)
// keep it a loan contract.
const EN_LOAN_WITH_REMEDIES: &str = "PERSONAL LOAN AGREEMENT\nBorrower: Rosa Lind    Lender: Sunvale Finance Co.\nAmount of loan: $5,000.00. Annual percentage rate: 29.9%. 24 monthly payments of $279.07.\nI promise to repay the principal with interest as scheduled.\nIf I default, the Lender may refer my account for collection, obtain a judgment against me and enforce the judgment as the law allows, including by garnishment of my wages.\nBorrower signature: ______\n";
const ZH_LOAN_WITH_REMEDIES: &str = "借款合同\n出借人：嘉禾小额贷款有限公司　借款人：宋志强\n借款本金30,000元，年利率15.4%，期限12个月，按月等额本息还款。\n借款人逾期还款的，出借人有权委托第三方催收，并有权向法院起诉、申请强制执行，扣划借款人账户资金。\n借款人（签字）：宋志强\n";

#[test]
fn a_loan_with_remedies_for_default_keeps_its_kind() {
    assert_cases(&[(LoanContract, EN_LOAN_WITH_REMEDIES, ZH_LOAN_WITH_REMEDIES)]);
}
