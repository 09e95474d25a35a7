#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, by class, on texts written for this test (batch G's misses, in words of
//! their own): money received that is no credit (a deposit, rent, a fee paid), a news article
//! and a bank account statement that quote loan figures, pre-signing sheets and offers, and
//! loans that look like something else (an app page that is part of the contract, a payday
//! receipt given as two dates and a fee). Each text comes with a rephrasing (synonyms
//! swapped, clauses reordered, the title dropped or restyled) that must keep its kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings, kind_of};
use loanlint::DocumentKind::*;

// Money paid to the writer: a deposit, a fee, rent. No one owes it back as a loan.
const ZH_RECEIPT: &str = "收款收据\n今收到买方罗志鹏交来购车定金人民币伍仟元整（¥5,000.00）。\n车辆交付时定金抵作车款；如卖方未能按期交车，定金双倍返还。\n收款单位（盖章）：顺驰汽车销售服务有限公司\n经办人：贾明\n2025年10月3日\n";
const ZH_RECEIPT_2: &str = "兹收到罗志鹏支付的购车定金5000元（伍仟元整），交车时抵作车款。\n卖方逾期交车的，定金双倍返还。\n收款单位：顺驰汽车销售服务有限公司（盖章）\n二〇二五年十月三日\n";
const ZH_FEE_RECEIPT: &str = "收　条\n今收到学员何雨桐缴纳的2026年春季钢琴培训学费人民币捌仟元整（8,000元），课程共四十课时。\n收款人：育音艺术培训中心\n2026年2月20日\n";
const ZH_FEE_RECEIPT_2: &str = "育音艺术培训中心兹收到何雨桐交来的春季钢琴课学费8000元，共40课时。\n收款人（盖章）：育音艺术培训中心\n二〇二六年二月二十日\n";
const EN_RENT_RECEIPT: &str = "RENT RECEIPT\nReceived from Dana Whitfield the sum of $1,850.00 for rent for the month of December 2025, and $1,850.00 as the security deposit for Unit 4B, 210 Larch Street.\nThe security deposit will be returned within 30 days after the tenant moves out.\nLandlord: Paul Ostrowski    Date: 11/28/2025\n";
const EN_RENT_RECEIPT_2: &str = "Landlord: Paul Ostrowski\nTenant Dana Whitfield paid me $3,700.00 today: $1,850.00 is December's rent for Unit 4B, 210 Larch Street, and $1,850.00 is her security deposit, refundable within 30 days after move-out.\nDate: November 28, 2025\n";

// Third persons writing about loans: a reporter, a bank's record of an account.
const ZH_NEWS: &str = "多家消费金融公司下调个人贷款定价\n本报讯（记者 林远）记者获悉，近期多家消费金融公司将个人消费贷款的年化利率上限下调至24%。以一笔1万元、12期等额本息的贷款计算，借款人每月还款约945元。\n业内人士分析，监管要求综合融资成本“应降尽降”，部分机构的服务费也已同步取消。\n（责任编辑：王敏）\n";
const ZH_NEWS_2: &str = "记者梳理发现，多家消费金融公司已将个人贷款年化利率上限降至24%。\n据了解，按此计算，一笔1万元、分12期等额本息偿还的贷款每月约还945元，部分机构同时取消了服务费。\n专家表示，综合融资成本仍有下降空间。\n编辑：王敏\n";
const EN_NEWS: &str = "Payday lenders brace for 36% rate cap\nBy Maria Chen, Staff Writer\nA new state law caps the annual percentage rate on small loans at 36%. Under the old rules a borrower who took a $500 loan for two weeks paid a $75 finance charge, an APR of about 391%.\nLenders warned that some stores may close, while consumer advocates said the cap is overdue.\n";
const EN_NEWS_2: &str = "(Reuters) - Small-dollar lenders will have to keep the annual percentage rate of a loan at or below 36% under a law passed on Tuesday.\nA $500 two-week loan used to carry a $75 finance charge, roughly 391% APR, according to data from the state regulator.\nAdvocates say the cap protects borrowers; lenders say some stores will close.\n";
const EN_SAVINGS_STATEMENT: &str = "HARBORVIEW CREDIT UNION\nStatement period: 10/01/2025 - 10/31/2025    Share Savings ****2290\nBeginning balance  1,102.75\n10/02  Direct deposit - CITY OF EASTON  1,450.00\n10/15  Transfer to loan ****7781 (payment 9 of 36)  -318.22\n10/31  Dividends earned (0.25% APY)  0.31\nEnding balance  2,234.84\n";
const EN_SAVINGS_STATEMENT_2: &str = "Your statement for October 2025 - Share Savings ****2290, Harborview Credit Union\nOpening balance 1,102.75; closing balance 2,234.84.\nCredits: direct deposit from City of Easton 1,450.00; dividends earned at 0.25% annual percentage yield 0.31.\nDebits: payment 9 of 36 on your auto loan ****7781, 318.22.\n";
const ZH_ACCOUNT_STATEMENT: &str = "借记卡对账单\n账号：6217****5512　期间：2025年10月1日至2025年10月31日\n上期余额 8,213.40\n10-10 代发工资 9,600.00\n10-15 个人贷款还款（第5期/共24期）-1,332.18\n10-21 结息 2.65\n本期余额 16,484.87\n";
const ZH_ACCOUNT_STATEMENT_2: &str = "账户交易明细（2025年10月）\n期初余额8213.40元；工资代发9600.00元；10月15日个人贷款还款1332.18元（第5期，共24期）；10月21日结息2.65元；期末余额16484.87元。\n";

// Before the signature: a sheet that explains the terms, an offer still to be accepted.
const ZH_PRE_SIGNING: &str = "个人消费贷款产品说明书\n借款金额：20,000元\n借款期限：24个月，等额本息\n年利率（单利）：10.8%\n每月应还：约926.19元\n本说明书仅用于帮助您了解产品要素，具体以双方最终签订的借款合同为准。\n";
const ZH_PRE_SIGNING_2: &str = "签约前请仔细阅读\n借款金额2万元，分24个月等额本息偿还，年利率10.8%，每月约还926.19元。\n以上内容仅供您了解产品，以您最终签署的借款合同约定为准。\n";
const EN_OFFER: &str = "Personal Loan Quote for Ana Ruiz\nAmount: $9,500.00 over 48 months at 12.49% fixed\nYou would repay $252.48 a month, $12,119.04 in all (APR 12.49%).\nThis quote is an illustration of the terms we can offer, not a loan agreement.\nAccept this offer by February 15, 2026 to lock the rate.\n";
const EN_OFFER_2: &str = "Ana, here are the terms we can offer you.\nBorrow $9,500.00 for 48 months at a fixed 12.49% (APR 12.49%): you would pay $252.48 each month, $12,119.04 in total.\nIt is only an offer, not a contract; the offer expires February 15, 2026.\n";

// Loans that look like a page or a receipt.
const ZH_ORDER_PAGE: &str = "【易分期】借款确认页\n借款金额 8,000.00元 | 分期 6期 | 每期应还 1,396.45元\n年利率 9.6%（单利），按月等额本息\n放款账户 尾号0231 | 放款时间 2025-12-02 10:21\n本页面内容与您在线签署的《个人借款协议》共同构成完整的借款合同，具有同等法律效力。\n";
const ZH_ORDER_PAGE_2: &str = "借款金额：8000元；期数：6期；每期应还：1396.45元；年利率9.6%，等额本息。\n款项已于2025年12月2日发放至尾号0231账户。\n温馨提示：本订单信息为借款合同的组成部分，与《个人借款协议》具有同等效力。\n";
const EN_PAYDAY: &str = "SUNSET CHECK ADVANCE - Delayed Deposit Transaction Record\nCustomer: L. Moreau\nCash advance paid to customer: $255.00\nFinance charge: $45.00\nCheck held: $300.00\nDate of transaction: 05/16/2026    Date due: 05/30/2026\nANNUAL PERCENTAGE RATE: 460.08%\nWe will present your check on the due date unless you redeem it with cash first.\n";
const EN_PAYDAY_2: &str = "L. Moreau gave us a personal check for $300.00 and received a cash advance of $255.00.\nThe finance charge is $45.00 (annual percentage rate 460.08%).\nTransaction 05/16/2026, due 05/30/2026: on that day we deposit your check, unless you redeem it in cash before then.\n";
const EN_DRAWDOWN: &str = "Drawdown confirmation\nYou drew $4,000.00 from your Maple Credit line on 03/02/2026, repayable in 12 monthly payments of $352.45 at 10.5% a year.\nThis confirmation forms part of your loan agreement with Maple Credit.\n";
const EN_DRAWDOWN_2: &str = "On 03/02/2026 you drew $4,000.00 from your Maple Credit line; you repay it in 12 monthly payments of $352.45 (10.5% a year).\nTogether with the master terms you signed, this notice constitutes your credit agreement.\n";
const EN_HEADLINE: &str = "Buy now, pay later use hits record during holidays\nPublished Dec 2, 2025\nShoppers used pay-in-4 plans for $18.2 billion of purchases, according to data from an analytics firm. A typical $400 order is split into four payments of $100 with no interest, but late fees of up to $8 apply.\nEconomists warn that stacking several plans can strain budgets.\n";
const EN_HEADLINE_2: &str = "Record holiday use of pay-in-4 plans\n(Reuters) - Shoppers split $18.2 billion of purchases into pay-in-4 plans this season. A $400 order becomes four interest-free payments of $100; late fees run up to $8.\nConsumer advocates warn that several plans at once can strain a budget.\n";
const ZH_INVOICE: &str = "电子发票（普通发票）\n购买方：陈晨\n货物名称：笔记本电脑 数量1 单价6,999.00 金额6,999.00\n价税合计：（大写）陆仟玖佰玖拾玖元整\n备注：信用卡分12期免息，每期583.25元\n";
const ZH_INVOICE_2: &str = "购物小票\n商品：笔记本电脑 1台 6,999.00元\n实付：6,999.00元（信用卡分期，12期免息，每期583.25元）\n收银员：07　2025-11-11 20:14\n";
const ZH_TRIAL: &str = "借款试算结果\n借款金额 10,000元 | 期限 12期 | 年化利率（单利）18%\n每期还款 916.80元，总利息 1,001.60元\n以上金额为系统测算，实际以借款合同约定为准。\n";
const ZH_TRIAL_2: &str = "借款金额1万元，分12期，年化利率（单利）18%，每期还款916.80元，总利息1,001.60元。\n以上为根据您的借款金额生成的测算结果，仅供参考，实际以借款合同约定为准。\n";
const EN_QUOTE: &str = "Loan illustration for J. Park\nAmount $3,000 over 12 months, APR 21.9%\nMonthly repayment $279.12; total repayable $3,349.44\nThis quote is valid until 31 January 2026. It does not constitute a credit agreement.\n";
const EN_QUOTE_2: &str = "J. Park, borrowing $3,000 over 12 months at 21.9% APR would cost $279.12 a month, $3,349.44 in all.\nThis illustration does not constitute a credit agreement; the quote is valid until 31 January 2026.\n";
const ZH_APP_SIGNED: &str = "借款成功\n借款金额 3,000.00元，分3期，每期应还1,030.00元\n日利率0.05%\n本确认单经借款人电子签名后即生效，为借款合同的一部分。\n";
const ZH_APP_SIGNED_2: &str = "借款人已完成电子签名。借款3000元，分3期，每期应还1030元，日利率0.05%。\n本页面为借款合同的一部分。\n";
const EN_PAWN: &str = "PAWN TICKET No. 22871\nPledgor: R. Dunn\nItem pledged: men's gold ring 14k\nAmount of loan: $150.00\nFinance charge: $30.00 per 30 days\nMaturity date: 01/05/2026\nYou are not obligated to redeem the pledged goods. If you do not redeem by the maturity date, we may sell them.\n";
const EN_PAWN_2: &str = "Pledgor R. Dunn pledged a 14k men's gold ring and received a pawn loan of $150.00.\nThe finance charge is $30.00 for each 30 days; the loan matures on 01/05/2026.\nYou need not redeem the ring, but if it is not redeemed by that date we may sell it.\n";

/// Each class fixed, in two wordings: money received that is no credit, an article or an
/// account statement quoting loans (other); a sheet before signing or an offer (disclosure);
/// a page that is part of the contract, a payday record, a drawdown confirmation (contract).
#[test]
fn each_class_keeps_its_kind_in_both_wordings() {
    assert_cases(&[
        (Other, ZH_RECEIPT, ZH_RECEIPT_2),
        (Other, ZH_FEE_RECEIPT, ZH_FEE_RECEIPT_2),
        (Other, EN_RENT_RECEIPT, EN_RENT_RECEIPT_2),
        (Other, ZH_NEWS, ZH_NEWS_2),
        (Other, EN_NEWS, EN_NEWS_2),
        (Other, EN_SAVINGS_STATEMENT, EN_SAVINGS_STATEMENT_2),
        (Other, ZH_ACCOUNT_STATEMENT, ZH_ACCOUNT_STATEMENT_2),
        (LoanDisclosure, ZH_PRE_SIGNING, ZH_PRE_SIGNING_2),
        (LoanDisclosure, EN_OFFER, EN_OFFER_2),
        (LoanContract, ZH_ORDER_PAGE, ZH_ORDER_PAGE_2),
        (LoanContract, EN_PAYDAY, EN_PAYDAY_2),
        (LoanContract, EN_DRAWDOWN, EN_DRAWDOWN_2),
        // The same classes in other documents: a headline naming a loan product over an
        // article, an invoice, a trial calculation, a quote, a signed app page, a pawn ticket.
        (Other, EN_HEADLINE, EN_HEADLINE_2),
        (Other, ZH_INVOICE, ZH_INVOICE_2),
        (LoanDisclosure, ZH_TRIAL, ZH_TRIAL_2),
        (LoanDisclosure, EN_QUOTE, EN_QUOTE_2),
        (LoanContract, ZH_APP_SIGNED, ZH_APP_SIGNED_2),
        (LoanContract, EN_PAWN, EN_PAWN_2),
    ]);
}

/// A loan's own receipt (借款收据) is no payment receipt, and a contract that takes a deposit
/// or mentions a reporter stays a contract.
#[test]
fn a_loan_that_mentions_a_receipt_a_deposit_or_a_statement_stays_a_loan() {
    let zh_loan_receipt = "收　据\n今收到出借人宋杰出借的借款人民币叁万元整（30,000元），月利率1%，于2026年6月1日前一次还清本息。\n借款人（签字）：吕航\n2025年12月1日\n";
    let zh_loan_deposit = "汽车消费借款合同\n出借人：安行融资担保有限公司\n借款人：邓可\n借款金额60,000元，期限24个月，年利率12%。借款人另交GPS押金500元，结清后退还。\n借款人应按期归还借款本息。\n借款人（签字）：邓可\n";
    // ... and a page that says it is NOT part of the contract stays a disclosure.
    let zh_not_part = "借款信息确认\n借款金额5,000元，分6期，月利率1%。\n本页面仅为信息展示，不作为借款合同的组成部分，以您签署的借款合同为准。\n";
    let (kind, reason) = kind_of(zh_not_part);
    assert_eq!(kind, LoanDisclosure, "{reason}");
    assert!(!reason.contains("part of, the loan contract"), "{reason}");
    let en_loan = "LOAN AGREEMENT\nLender: Pine Bank   Borrower: Ruth Adler\nThe Borrower promises to repay $6,000 with interest at 11% a year in 24 monthly payments of $279.64, drawn from her savings account; statements show the opening balance and interest earned.\nBorrower's signature: ________\n";
    for (text, kind) in [
        (zh_loan_receipt, LoanContract),
        (zh_loan_deposit, LoanContract),
        (en_loan, LoanContract),
    ] {
        let (got, reason) = kind_of(text);
        assert_eq!(got, kind, "{reason}");
    }
}

/// End to end: a receipt, an article and a statement get no findings, no cost, and say why.
#[test]
fn these_non_loans_get_no_lending_findings() {
    assert_no_lending_findings(&[ZH_RECEIPT, ZH_NEWS, EN_SAVINGS_STATEMENT, EN_NEWS]);
}
