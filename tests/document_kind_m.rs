#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, by class, on texts written for this test (batch M's misses, in words of their
//! own). A document that REPORTS on a loan is not the loan: a certificate that it was repaid, a
//! lender's payoff quote, a letter that the account is paid in full, a credit report, and an
//! agreement between other people about who will pay it (spouses dividing their debts, heirs
//! sharing an estate). What the document does (certifies, quotes a payoff, divides property) is
//! the sign, not the figures of the loan it quotes. A page that records this borrower's agreed
//! loan and says it has the force of the contract is the contract. Each text comes with a
//! rephrasing that must keep its kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings};
use loanlint::DocumentKind::*;

// A microlender certifies that a loan was repaid in full.
const ZH_REPAID_CERT: &str = "还清证明\n致：有关单位\n借款人沈若溪（身份证号码尾号0427）与本公司于2023年3月15日签订《个人借款合同》（编号MF-2303-0091），借款本金人民币捌万元整，月利率0.8%，分24期等额本息还款，每期还款3,610.20元。\n截至2025年2月20日，借款人已归还全部本息，该笔借款已结清，本公司对其不再享有任何债权。\n特此证明。\n宁远小额贷款有限公司（公章）\n2025年2月21日\n";
const ZH_REPAID_CERT_2: &str = "兹有客户沈若溪在我司办理的借款一笔（借款金额80,000元，期限24个月，月息0.8%，每月还款3,610.20元），现已全部还清，双方之间的债权债务关系已终止。\n本证明仅用于证明上述借款已清偿。\n宁远小额贷款有限公司\n二〇二五年二月二十一日\n";

// A lender's payoff quote for a car loan, with and without a title naming it.
const EN_PAYOFF: &str = "Northgate Auto Finance\nSettlement Quotation\nAgreement number: NAF-55210    Customer: Priya Raman\nOriginal amount of credit: 14,500.00 GBP over 48 months at 9.9% APR\nMonthly payment: 365.12 GBP\nTo settle your agreement in full by 30 January 2026 you need to pay 6,812.44 GBP.\nThis figure is valid until 30 January 2026 and includes interest to that date.\n";
const EN_PAYOFF_2: &str = "Dear Mr. Okafor,\nAs you asked, the amount needed to pay off your auto loan (account 7731-02, originally $22,000.00 at 6.49% for 60 months, payment $430.27) is $9,845.10, good through March 14, 2026. After that date add $1.62 per day.\nOnce the payoff is received, the lien on your vehicle title will be released.\nLoan Servicing Department\n";

// A credit union's letter that a personal loan is paid in full.
const EN_PAID_IN_FULL: &str = "PAID IN FULL LETTER\nDate: December 9, 2025\nTo whom it may concern:\nThis letter confirms that personal loan account 4410-778 of Marcus Webb, advanced on May 2, 2022 for $12,000.00 at 11.5% for 36 months, was paid in full on November 28, 2025. The account is closed with a zero balance.\nLakeshore Credit Union\n";
const EN_PAID_IN_FULL_2: &str = "To whom it may concern,\nThis is to certify that Marcus Webb's loan no. 4410-778 ($12,000.00 at 11.5%, 36 monthly payments of $395.71) has been satisfied in full as of November 28, 2025 and no balance remains.\nLakeshore Credit Union, Member Services\n";

// Heirs share out an estate and one of them takes over the deceased's bank loan.
const ZH_ESTATE: &str = "遗产分割协议\n立协议人：周建国（长子）、周建华（次子）、周丽（长女）\n父亲周德明于2025年6月病故，生前以其名义向乡镇农商银行借款人民币拾万元整，年利率4.35%，期限三年，按月等额本息还款，尚欠本金61,200元。经全体继承人协商一致，对遗产及债务分配如下：\n一、老宅一处由周建国继承。\n二、上述银行借款的剩余本息由周建国负责偿还，其余继承人不再承担。\n三、存款由周建华、周丽平分。\n立协议人签字：周建国　周建华　周丽\n2025年9月1日\n";
// A divorce agreement whose title does not name it.
const ZH_DIVORCE: &str = "协议书\n甲方（男）：韩磊　　乙方（女）：许静\n双方于2015年登记结婚，现因性格不合自愿离婚，就子女抚养和财产、债务处理约定如下：\n女儿韩小满随乙方生活，甲方每月给付抚养费1,800元。\n车辆归甲方所有，存款双方各半。\n婚后以乙方名义办理的个人消费贷款（借款金额50,000元，年化利率18%，分12期，每期4,583.99元）尚余7期未还，由乙方负责清偿，与甲方无关。\n本协议自双方办理离婚登记之日起生效。\n甲方签字：韩磊　　乙方签字：许静\n";

// Spouses divide their debts, in American and in British/Canadian words.
const EN_MARITAL: &str = "MARITAL SETTLEMENT AGREEMENT\nThis agreement is made between Daniel Ortiz (\"Husband\") and Renee Ortiz (\"Wife\") in connection with the dissolution of their marriage.\n1. Residence. The marital home at 48 Quail Run shall be awarded to Wife, who shall assume the first mortgage (original principal $265,000.00, 3.75% fixed, 30 years, monthly payment $1,227.26) and hold Husband harmless from it.\n2. Vehicle loan. Husband shall keep the pickup truck and pay the remaining balance of the auto loan with Ridgeway Bank ($18,400.00 at 5.9%).\n3. Child support. Husband shall pay $950.00 per month in child support.\nSigned: Daniel Ortiz    Renee Ortiz\n";
const EN_SEPARATION: &str = "Between Fiona Grant and Callum Grant (the spouses)\nThe spouses separated on 1 May 2025 and make this agreement to settle their property and debts.\nDebts: the joint personal loan from Highland Bank (20,000.00 GBP borrowed in 2023 at 7.4% APR over 5 years, 399.50 GBP a month) will be repaid by Callum alone, who will indemnify Fiona against any claim on it.\nThe family home will be sold and the proceeds divided equally between the spouses.\nSigned by both spouses on 12 September 2025.\n";

// A credit report lists the loans of the person it reports on.
const ZH_CREDIT_REPORT: &str = "个人信用报告\n（本人查询版）\n报告编号：2025110312345678\n被查询者姓名：林晓　证件号码：4401**********1122\n信贷交易信息明细\n账户1：2023年4月10日南粤银行发放的个人消费贷款，借款金额100,000元，36期，按月归还，年利率4.2%，截至2025年10月余额45,210元，当前正常。\n查询记录：2025-10-02 贷后管理\n";
const ZH_CREDIT_REPORT_2: &str = "征信报告（个人版）\n姓名：林晓\n贷款明细：南粤银行个人消费贷款，发放日期2023-04-10，本金10万元，期限36个月，年利率4.2%，当前余额45,210元，五级分类：正常。\n本报告仅供本人了解自己的信用状况。\n";

// An app page that records this borrower's agreed loan and says it has the contract's force.
const ZH_APP_FORCE: &str = "订单详情\n分期中\n借款本金：20,000.00元\n借款期数：6期\n年化利率（单利）：12%\n出资机构：澄江消费金融有限公司\n首期还款日：2025-11-02\n您已于2025-10-02完成签约，本页所载借款信息与《借款合同》具有同等法律效力。\n";
const ZH_APP_FORCE_2: &str = "借款信息\n当前状态 待还款\n借款金额 6000元，分12期，月利率1%，等额本息\n资金方 澄江消费金融有限公司\n已签署：《个人借款合同》《委托担保合同》\n本页面展示的借款要素经您确认，效力等同于借款合同。\n";

// A notice that the loan was assigned to another creditor, or its servicing transferred.
const ZH_ASSIGNED: &str = "债权转让通知书\n致：郑海波先生\n您于2023年6月1日与瑞丰小额贷款有限公司签订的《借款合同》（借款本金30,000元，月利率1.2%，分24期）项下的全部债权，已由瑞丰小额贷款有限公司转让给我公司。自本通知送达之日起，请您向我公司还款，剩余本金18,420元。\n特此通知。\n华恒资产管理有限公司\n2025年10月10日\n";
const ZH_ASSIGNED_2: &str = "致借款人郑海波：\n根据本公司与瑞丰小额贷款有限公司签署的协议，您名下借款（本金30,000元，24期，月利率1.2%）的债权已于2025年9月30日转让予本公司。请自即日起将每期还款支付至本公司账户。\n华恒资产管理有限公司\n";
const EN_ASSIGNED: &str = "NOTICE OF SERVICING TRANSFER\nLoan number: 8812-3    Borrower: Gail Norris\nOriginal amount: $150,000.00 at 5.25% fixed, monthly payment $828.31.\nBeginning January 1, 2026 your payments go to Cedar Point Mortgage Services. Nothing else about your loan changes.\n";
const EN_ASSIGNED_2: &str = "Dear Ms. Norris,\nThe servicing of your mortgage loan is being transferred from Lakeview Bank to Cedar Point Mortgage Services effective January 1, 2026. The terms of your loan (original amount $150,000.00, 5.25%, $828.31 a month) do not change.\nLakeview Bank\n";

// A statement of the interest paid in a year, for taxes.
const EN_TAX: &str = "Form 1098 - Mortgage Interest Statement (2025)\nRecipient/Lender: Lakeview Bank    Payer/Borrower: Gail Norris\n1 Mortgage interest received from payer/borrower: $7,412.55\n2 Outstanding mortgage principal as of 1/1/2025: $141,220.10\n3 Mortgage origination date: 06/14/2019\nKeep for your tax records.\n";
const EN_TAX_2: &str = "MORTGAGE INTEREST STATEMENT FOR TAX YEAR 2025\nBorrower: Gail Norris\nInterest paid in 2025: $7,412.55\nPrincipal balance at January 1, 2025: $141,220.10 (loan of $165,000.00 at 4.5%, originated June 14, 2019)\nThis information is being furnished to the Internal Revenue Service.\n";
const ZH_TAX: &str = "住房贷款利息支出证明\n借款人：王珂\n贷款合同编号：GJ-2019-0614，贷款金额800,000元，年利率4.1%，期限30年。\n2025年度借款人共支付贷款利息31,245.60元。\n特此证明。\n东湖银行股份有限公司（盖章）\n";
const ZH_TAX_2: &str = "贷款利息证明\n兹证明王珂在我行办理的个人住房贷款（贷款金额80万元，年利率4.1%，期限30年）2025年度支付利息合计31,245.60元。\n东湖银行股份有限公司\n";

// A debt collector's validation notice quotes the loan it collects.
const EN_VALIDATION: &str = "VALIDATION NOTICE\nApex Recovery is a debt collector. We are trying to collect a debt that you owe to Harbor Lending (personal loan, account 7781).\nAs of March 1, 2025, you owed: $1,200.00\nInterest since then: + $85.00\nTotal amount of the debt now: $1,285.00\nCall or write to us by May 5, 2025 to dispute all or part of the debt.\n";
const EN_VALIDATION_2: &str = "Apex Recovery\nWe are trying to collect a debt you owe to Harbor Lending for a personal loan of $1,500.00 made at 24% APR (account 7781). The debt now totals $1,285.00. You may dispute all or part of the debt by May 5, 2025.\n";

#[test]
fn a_document_that_reports_on_a_loan_is_not_the_loan() {
    assert_cases(&[
        (Other, ZH_REPAID_CERT, ZH_REPAID_CERT_2),
        (Other, EN_PAYOFF, EN_PAYOFF_2),
        (Other, EN_PAID_IN_FULL, EN_PAID_IN_FULL_2),
        (Other, ZH_CREDIT_REPORT, ZH_CREDIT_REPORT_2),
        (Other, ZH_ASSIGNED, ZH_ASSIGNED_2),
        (Other, EN_ASSIGNED, EN_ASSIGNED_2),
        (Other, EN_TAX, EN_TAX_2),
        (Other, ZH_TAX, ZH_TAX_2),
        (Other, EN_VALIDATION, EN_VALIDATION_2),
    ]);
    assert_no_lending_findings(&[ZH_REPAID_CERT, EN_PAYOFF_2, EN_PAID_IN_FULL_2]);
}

#[test]
fn an_agreement_between_others_about_who_pays_a_loan_is_not_the_loan() {
    assert_cases(&[
        (Other, ZH_ESTATE, ZH_DIVORCE),
        (Other, EN_MARITAL, EN_SEPARATION),
    ]);
    assert_no_lending_findings(&[ZH_DIVORCE, EN_SEPARATION]);
}

#[test]
fn a_page_with_the_force_of_the_contract_is_the_contract() {
    assert_cases(&[(LoanContract, ZH_APP_FORCE, ZH_APP_FORCE_2)]);
}

// A loan the borrower's spouse agrees is a joint debt of the marriage is still the loan; a
// mortgage's periodic statement that mentions a payoff and a discharge in bankruptcy is still
// its statement (a disclosure), not a report that the loan was paid off.
const ZH_SPOUSE_JOINS: &str = "借款人：吴涛　出借人：陈静\n借款人向出借人借款人民币伍万元整，月利率1%，期限一年，到期一次性还本付息。\n借款人配偶李娜确认：本借款用于家庭生活，为夫妻共同债务，由借款人与其配偶共同偿还。\n借款人（签字）：吴涛　配偶（签字）：李娜　出借人（签字）：陈静\n2025年5月6日\n";
const ZH_SPOUSE_JOINS_2: &str = "借条\n今向陈静借到人民币50,000元，月息一分，一年后连本带息归还。此款为本人与妻子李娜的夫妻共同债务，妻子同意共同偿还。\n借款人：吴涛\n共同还款人：李娜\n2025年5月6日\n";
const EN_MORTGAGE_STATEMENT: &str = "Monthly Mortgage Statement\nAccount number: 5521-009   Payment due date: 12/01/2025   Amount due: $1,412.08\nPrincipal balance: $201,344.10   Interest rate: 4.25%\nIf you are in bankruptcy or your debt has been discharged in bankruptcy, this statement is for information only and is not an attempt to collect a debt.\nThe payoff amount is not the same as the principal balance; request a payoff statement to learn the amount needed to pay off your loan.\n";
const EN_MORTGAGE_STATEMENT_2: &str = "MORTGAGE ACCOUNT STATEMENT\nStatement date: 11/15/2025\nAmount due 12/01/2025: $1,412.08 (principal $699.00, interest $713.08)\nOutstanding principal: $201,344.10 at 4.25%\nFor the amount required to pay off the loan, call us. If your debt has been discharged in bankruptcy, this statement is sent for information only.\n";

#[test]
fn a_loan_that_mentions_a_marriage_or_a_payoff_keeps_its_kind() {
    assert_cases(&[
        (LoanContract, ZH_SPOUSE_JOINS, ZH_SPOUSE_JOINS_2),
        (
            LoanDisclosure,
            EN_MORTGAGE_STATEMENT,
            EN_MORTGAGE_STATEMENT_2,
        ),
    ]);
}
