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

// A lease whose rents buy the goods (以租代购): once every rent is paid the goods are the
// lessee's, so the rents are the instalments of a price on credit. The same lease with the
// ownership option left unticked (the goods go back) stays a lease.
const ZH_LEASE_TO_OWN: &str = "电动车租赁协议\n出租人：速骑出行科技有限公司\n承租人：韦小龙\n租赁车辆：雅迪电动自行车一辆，签约价值3,600元\n租期12个月，每月租金360元，于每月10日由承租人账户自动代扣，合计4,320元。\n承租人按期缴清全部租金后，车辆所有权归承租人，出租人不再收回。\n逾期支付租金的，每日按应付未付租金的0.1%支付违约金。\n承租人签字：韦小龙　2025年9月10日\n";
const ZH_LEASE_TO_OWN_2: &str = "笔记本电脑租用服务确认单\n出租方：易享租赁（杭州）有限公司　承租方：柯静\n设备：ThinkPad X1 笔记本电脑，设备价值9,000元\n月租金：880元，共12期，租金总额10,560元\n到期方案：\n☑ 12期租金全部支付完毕后设备归承租方所有\n□ 到期归还设备\n承租方确认：柯静\n";
const ZH_LEASE_RETURNED: &str = "笔记本电脑租用服务确认单\n出租方：易享租赁（杭州）有限公司　承租方：柯静\n设备：ThinkPad X1 笔记本电脑，设备价值9,000元，押金1,000元\n月租金：880元，共12期，租金总额10,560元\n到期方案：\n□ 12期租金全部支付完毕后设备归承租方所有\n☑ 到期归还设备，押金退还\n承租方确认：柯静\n";

// A UK logbook loan: a loan secured by a bill of sale over the borrower's vehicle. The title
// pairs the bill of sale with the loan agreement; the loan is the head noun.
const EN_LOGBOOK: &str = "VEHICLE BILL OF SALE - LOAN CONTRACT\nLender: Harbour Motor Credit Ltd    Borrower: Ms Kerry Doyle\nSecurity: 2016 Vauxhall Corsa, registration kept by the lender as security\nCredit advanced: 1,200.00 GBP, repayable by 12 monthly instalments of 158.40 GBP\nTotal amount payable: 1,900.80 GBP    APR: 164.6%\nYou keep the car, but if you fall behind we may take it and sell it.\nSigned by the borrower: K. Doyle\n";
const EN_LOGBOOK_2: &str = "Bill of Sale Credit Agreement\nRegulated by the Consumer Credit Act 1974.\nCreditor: Harbour Motor Credit Ltd. Debtor: Kerry Doyle.\nThe creditor lends the debtor 1,200.00 GBP, secured by a bill of sale over her 2016 Vauxhall Corsa; she repays 12 monthly instalments of 158.40 GBP (total 1,900.80 GBP).\nSignature of debtor: K. Doyle\n";
const EN_PLAIN_BILL_OF_SALE: &str = "BILL OF SALE\nSeller: Martin Hale    Buyer: Nadia Rossi\nVehicle: 2014 Honda Jazz, VIN on file\nPrice: 3,250.00 GBP paid in full today by bank transfer. The vehicle is sold as seen.\nSigned: M. Hale    N. Rossi\n";

#[test]
fn a_loan_told_as_a_lease_or_a_bill_of_sale_is_a_loan() {
    assert_cases(&[
        (LoanContract, ZH_LEASE_TO_OWN, ZH_LEASE_TO_OWN_2),
        (LoanContract, EN_LOGBOOK, EN_LOGBOOK_2),
        (Other, ZH_LEASE_RETURNED, EN_PLAIN_BILL_OF_SALE),
    ]);
}
