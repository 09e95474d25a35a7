#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, by class, on texts written for this test (batch L's misses, in words of their
//! own). A document is a loan contract when it records THIS borrower's agreed loan, whatever its
//! layout: a key/value sheet that has the contract's force, a bank's page confirming an
//! instalment the cardholder accepted, an app's record of one draw on a credit line (its status:
//! being repaid), a credit union's loan written as questions and answers that the member signs.
//! A document that quotes a loan without lending anything is not one: an IOU for unpaid wages, a
//! lawyer's demand letter, a receipt for a loan repaid. Each text comes with a rephrasing that must keep its kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings};
use loanlint::DocumentKind::*;

// A key/value sheet (tabs between label and value) that has the force of the loan contract.
const ZH_SHEET: &str = "安农小贷·商户经营贷 借款核心条款确认表\n\n借款人\t\t郑春来（个体工商户）\n贷款机构\t\t四川蜀安小额贷款有限公司\n协议签订日\t\t2025.9.3\n\n借款金额\t\t80,000.00元\n借款期数\t\t24期（按月）\n月利率\t\t0.7%\n还款方式\t\t等额本息\n\n借款人确认：上述条款经信贷员逐条讲解，本人已理解并同意。本确认表与《小额借款合同》（编号SA-2025-0903）具有同等效力。\n借款人签字：郑春来\n";
const ZH_SHEET_2: &str = "借款关键条款单\n借款人：郑春来\n出借机构：四川蜀安小额贷款有限公司\n合同签订日期：2025-09-03\n借款本金：捌万元整\n分期：24个月，每月等额还本付息，月利率0.7%\n本单与《小额借款合同》约定不一致的，以本单为准。\n借款人（签名）：郑春来\n";

// A bank's page confirming the cardholder's own instalment (the page is part of the accepted
// instalment agreement).
const ZH_DONE_PAGE: &str = "现金分期\n处理结果：申请已通过\n您已阅读并同意《明湖银行信用卡现金分期合约》，本页信息构成该合约的组成部分。\n分期本金 ¥12,000.00\n分期期数 6期\n每期手续费率 0.65%\n每期应还本金 ¥2,000.00\n办理时间 2025-10-09 14:20\n";
const ZH_DONE_PAGE_2: &str = "账单分期\n分期已办理成功。\n持卡人已阅读并接受《明湖银行账单分期业务协议》。\n本次分期 ¥12,000.00 分6期入账，每期手续费78.00元。\n首期入账：2025年11月账单\n";

// An app's record of one draw on a revolving line, with an advertising banner under it.
const ZH_DRAW: &str = "支用记录\n状态：使用中\n支用金额：8,000.00元\n借款时间：2025-07-20 10:05\n出资方：华川消费金融有限公司\n日利率：0.04%\n还款方式：按月付息，到期还本，共3期\n可用额度：22,000.00元\n【广告】新客借款，年化利率低至7.2%！\n";
const ZH_DRAW_2: &str = "借款详情\n借款状态：还款中\n借款日期：2025年7月20日\n借款本金 8000元，分3期，每月付息，第3期还本，日息万分之四。\n资金方：华川消费金融有限公司\n广告 日息低至万分之二，立即借款\n";

// A credit union's loan agreement written as questions and answers, signed by the member.
const EN_QA: &str = "RIVERBEND TEACHERS FEDERAL CREDIT UNION - \"Quick Cash 600\" - Common questions about your loan\nMember: Alma Ruiz    Account: 55-0192    Loan date: March 4, 2026\n\nQ: How much is the loan?\nA: $600.00, deposited to your share draft account today.\n\nQ: What do I pay?\nA: 4 monthly payments of $157.02 starting April 4, 2026. Interest is 18% per year.\n\nQ: What does it cost?\nA: ANNUAL PERCENTAGE RATE 18.00%. FINANCE CHARGE $28.08. Amount Financed $600.00. Total of Payments $628.08.\n\nBy signing, the member agrees to the loan agreement and disclosures above.\nMember signature: Alma Ruiz\n";
const EN_QA_2: &str = "Your Quick Cash 600 loan, question by question (Riverbend Teachers FCU)\nWhat am I borrowing? $600.00.\nHow do I repay? Four monthly payments of $157.02 from April 4, 2026, at 18% a year.\nTruth in lending: ANNUAL PERCENTAGE RATE 18.00%; FINANCE CHARGE $28.08; Amount Financed $600.00; Total of Payments $628.08.\nI agree to the loan terms above.\nMember's signature: Alma Ruiz    Date: March 4, 2026\n";

// An IOU for unpaid wages: an employer owes pay for work done, no money was lent.
const ZH_WAGE_IOU: &str = "欠 条\n\n今欠到　孙海涛　装修人工工资共计人民币壹万肆仟元整（¥14,000.00）。\n上述欠款系孙海涛2025年4月至6月在本人承接的门店装修工程中的劳务报酬，按日结算，已核对无误。\n本人保证于2025年10月31日前付清，不计利息。\n欠款人：吴国庆（签名、手印）\n二〇二五年七月二日\n";
const ZH_WAGE_IOU_2: &str = "欠款条\n本人吴国庆拖欠孙海涛在我店打工的工钱14000元，定于2025年10月底前一次付清。\n欠款人：吴国庆\n2025年7月2日\n";
const EN_WAGE_IOU: &str = "IOU\nI, Derek Shaw, owe Luis Ortega $2,140.00 for unpaid wages for his work at my diner from May 1 to June 15, 2025. I will pay it in full by September 30, 2025.\nSigned: Derek Shaw   July 1, 2025\n";
const EN_WAGE_IOU_2: &str = "I.O.U.\nDerek Shaw owes Luis Ortega the sum of $2,140.00 for labor at the diner (May 1 - June 15, 2025), payable by September 30, 2025.\nDerek Shaw\n";

// A lawyer's demand letter that quotes the private loan it claims.
const ZH_DEMAND: &str = "律师函\n（2025）粤信律函字第88号\n\n致：陈志远先生\n\n广东信衡律师事务所受林秀梅女士委托，指派本律师就您所欠借款一事致函如下：\n2024年3月1日，您向委托人借款人民币100,000元，约定月利率1%，借款期限十二个月。到期后您仅归还20,000元。\n请您于收到本函之日起七日内归还欠款本金80,000元及利息。逾期未付，本律师将代委托人向人民法院提起诉讼，诉讼费、律师费由您承担。\n特此函告。\n广东信衡律师事务所　律师：何文\n2025年10月8日\n";
const ZH_DEMAND_2: &str = "关于催讨借款的律师催告函\n陈志远先生：\n本所接受林秀梅女士的委托，现郑重函告：据委托人提供的借条，您于2024年3月1日借款10万元，月息一分，至今尚欠本金8万元。\n请于七日内还清，否则委托人将依法提起诉讼。\n广东信衡律师事务所\n";
const EN_DEMAND: &str = "LETTER OF DEMAND\nDear Mr. Patel,\nWe act for Ms. Helen Brooks. On January 10, 2025 our client lent you $8,000.00 at 10% per year, and you promised to repay it by July 10, 2025. $6,500.00 remains unpaid.\nUnless the balance is paid within 14 days, we will commence proceedings against you without further notice.\nYours faithfully, Brooks & Lyle LLP\n";
const EN_DEMAND_2: &str = "Dear Mr. Patel,\nThis firm has been retained by Helen Brooks about the $8,000.00 she advanced to you on January 10, 2025 at 10% a year. Of that loan, $6,500.00 is still owed.\nPay the balance within 14 days or we will file a lawsuit against you without further notice.\nBrooks & Lyle LLP, attorneys for Helen Brooks\n";

// The lender's receipt for a loan repaid: it ends a loan, it lends nothing.
const ZH_REPAID: &str = "收  条\n今收到李四归还的借款本金人民币伍万元整（50,000元）及利息3,000元，双方借贷关系已结清。\n收款人：张三\n2025年8月1日\n";
const ZH_REPAID_2: &str = "收据\n兹收到李四偿还的全部借款本息共计53,000元，自即日起双方借贷关系终止。\n张三\n二〇二五年八月一日\n";
const EN_REPAID: &str = "RECEIPT\nReceived from Tom Baker the sum of $4,000.00 in full repayment of the loan I made to him on March 1, 2024.\nSigned: Ann Lee, August 1, 2025\n";
const EN_REPAID_2: &str = "I, Ann Lee, have received $4,000.00 from Tom Baker today in repayment of the personal loan of March 1, 2024; nothing more is owed.\nAnn Lee, August 1, 2025\n";

#[test]
fn a_record_of_this_borrowers_agreed_loan_is_the_contract_whatever_its_layout() {
    assert_cases(&[
        (LoanContract, ZH_SHEET, ZH_SHEET_2),
        (LoanContract, ZH_DONE_PAGE, ZH_DONE_PAGE_2),
        (LoanContract, ZH_DRAW, ZH_DRAW_2),
        (LoanContract, EN_QA, EN_QA_2),
    ]);
}

#[test]
fn a_document_that_quotes_a_loan_without_lending_is_not_one() {
    assert_cases(&[
        (Other, ZH_WAGE_IOU, ZH_WAGE_IOU_2),
        (Other, EN_WAGE_IOU, EN_WAGE_IOU_2),
        (Other, ZH_DEMAND, ZH_DEMAND_2),
        (Other, EN_DEMAND, EN_DEMAND_2),
        (Other, ZH_REPAID, ZH_REPAID_2),
        (Other, EN_REPAID, EN_REPAID_2),
    ]);
    assert_no_lending_findings(&[ZH_DEMAND, ZH_DEMAND_2, EN_DEMAND, ZH_WAGE_IOU]);
}
