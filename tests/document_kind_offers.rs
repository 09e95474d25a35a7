#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, batch K's classes in wordings of their own (issue 13): a document that offers
//! a job or publishes a lender's prices quotes rates, terms or an advance against wages, and
//! lends no money to the reader (no lending rule may fire on it); a record of one borrowing that
//! the borrower confirmed (a card instalment slip signed by the cardholder, a draw page saying the
//! loan agreement was signed) is the contract's record, not a disclosure. Each text comes with a
//! rephrasing (title dropped or restyled, clauses reordered, synonyms swapped), and each class
//! with a look-alike that keeps its own kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings};
use loanlint::DocumentKind::*;

// A job offered, with an advance of earned wages repaid from pay and a wage deduction: a term of
// the job. (As a loan, the wage deduction would draw a wage-assignment finding.)
const EN_OFFER: &str = "Employment Offer - Tallow Creek Foods LLC\n\nDear Ms. Ferreira,\nWe are delighted to offer you the role of Quality Lab Technician beginning October 6, 2025, at a starting salary of $47,200 per year.\nEarly pay. Once you have worked a full pay period you may draw up to $600 of the wages you have earned before payday; we recover the draw by deducting it from your next paycheck, and you assign to us the wages needed for that deduction. No interest or fee is charged.\nTuition help: we repay up to $2,000 a year of approved courses; you agree to repay it if you resign within one year.\nYou will be eligible for paid time off and our 401(k) plan after 60 days. This offer is contingent on a background check.\nSigned: ______________ (candidate)\n";
const EN_OFFER_2: &str = "Dear Ms. Ferreira,\nThis letter confirms that Tallow Creek Foods LLC will employ you as a Quality Lab Technician, reporting to the Laboratory Manager, with a base salary of $47,200 per year and a signing bonus of $800.\nYou will accrue paid time off from your first day.\nYou may ask for up to $600 of wages already earned before payday; the amount is deducted from your next paycheck, and you assign to us the wages needed for that deduction. There is no interest or fee.\nPlease sign below to accept. ______________\n";
const ZH_OFFER: &str = "录用通知书\n何思远先生：\n经面试考核，我公司决定录用您担任仓储主管一职，入职日期为2025年11月3日，试用期三个月。\n薪资：月薪人民币9,500元，每月15日发放；公司依法为您缴纳社会保险和住房公积金。\n预支工资：入职满一个月后，您可申请预支不超过3,000元的已出勤工资，公司不收取任何利息和手续费，预支款从下月工资中一次扣回。\n请于10月30日前签字回复。\n灵川物流有限公司人力资源部\n";
const ZH_OFFER_2: &str = "何思远先生：\n您好！灵川物流有限公司聘请您为仓储主管，请于2025年11月3日到公司报到入职，试用期为三个月。\n月薪为税前9,500元，五险一金按国家规定缴纳。\n如您急需用钱，入职一个月后可申请预支已出勤部分的工资，最高3,000元，不收利息和费用，在下月工资中扣回。\n";

// A lender's published rates: rows of products, each with its rate and an example loan.
const EN_RATES: &str = "Lakeshore Federal Credit Union\nLoan Rates - effective December 1, 2025\n\nLoan type                 Term           APR from\nSignature loan            up to 48 mo    10.25%\nNew vehicle loan          up to 72 mo    5.99%\nRecreational vehicle loan up to 120 mo   7.49%\nPersonal line of credit   open-end       13.50%\n\nExample: a $5,000 signature loan for 36 months at 10.25% APR has 36 payments of $161.93.\nRates are subject to change; your rate may be higher depending on your credit.\n";
const EN_RATES_2: &str = "Our member rates (APR), as of 12/01/2025:\n| Signature loan | 48 months | 10.25% |\n| Personal line of credit | open-end | 13.50% |\n| New vehicle loan | 72 months | 5.99% |\nFor instance, $5,000 over 36 months at 10.25% APR is 36 payments of $161.93.\nAPRs shown assume automatic payment from a Lakeshore checking account. Your APR may vary.\n";
const ZH_RATES: &str = "个人贷款产品利率表\n（2025年12月1日起执行）\n产品名称        期限          年化利率（单利）\n个人消费贷款    1-3年         3.60%起\n个人经营贷款    1-5年         3.85%起\n住房按揭贷款    5-30年        3.05%起\n信用卡分期      3-24期        折合年化7.20%起\n示例：借款10万元、期限1年、年化利率3.60%，利息约3,600元。\n以上利率仅供参考，具体利率以审批结果为准。\n";
const ZH_RATES_2: &str = "我行现行个人贷款定价\n个人消费贷款 | 1-3年 | 3.60%起\n住房按揭贷款 | 5-30年 | 3.05%起\n个人经营贷款 | 1-5年 | 3.85%起\n上述利率如有调整，以网点公告为准。例如借款10万元一年，利率3.60%时利息约3,600元。\n";

// One borrowing, confirmed by the person who owes it: a card instalment slip the cardholder
// signed, a draw page saying the loan agreement has been signed and the money paid.
const ZH_SLIP: &str = "分期付款签购单　客户联\n商户：青石家居（滨海店）\n终端号：31072254\n卡号：6228 **** **** 0917\n交易类型：分期消费\n交易金额：RMB 12,000.00\n分期期数：6期\n每期应还：2,000.00\n手续费：一次性收取360.00\n持卡人确认以上交易，同意按发卡银行分期付款规则按期还款。\n持卡人签名：邵安\n";
const ZH_SLIP_2: &str = "青石家居（滨海店）\n交易类型：信用卡分期\n金额：12,000.00元，分6期，每期2,000.00元，手续费360.00元首期一次收取\n本人同意将以上款项按发卡行分期规则分6期还款。\n客户签字：邵安\n";
const ZH_DRAW: &str = "借款结果\n借款成功 · 已到账\n本次借款 8,000.00元\n借款期限 12期 · 按月等额本息\n年化利率（单利）14.4%\n您已签署《循环贷款借款合同》，款项已于2025年11月5日发放至尾号6612的银行卡。\n还款计划仅供参考，具体以账单为准。\n查看借款合同\n";
const ZH_DRAW_2: &str = "本次支用 8,000.00元（循环额度内）\n分12期，等额本息，年化利率14.4%（单利）\n您已于2025年11月5日在线签署《个人循环借款合同》。\n剩余应还 8,000.00元\n";

/// Each class fixed, in two wordings.
#[test]
fn offers_of_jobs_and_rate_sheets_are_other_and_confirmed_borrowings_contracts() {
    assert_cases(&[
        (Other, EN_OFFER, EN_OFFER_2),
        (Other, ZH_OFFER, ZH_OFFER_2),
        (Other, EN_RATES, EN_RATES_2),
        (Other, ZH_RATES, ZH_RATES_2),
        (LoanContract, ZH_SLIP, ZH_SLIP_2),
        (LoanContract, ZH_DRAW, ZH_DRAW_2),
    ]);
}

/// No lending rule fires on a job offer or a rate sheet, and the report says why.
#[test]
fn a_job_offer_or_a_rate_sheet_gets_no_lending_findings() {
    assert_no_lending_findings(&[EN_OFFER, EN_OFFER_2, ZH_OFFER, EN_RATES, ZH_RATES_2]);
}

// The look-alikes: a loan an employer makes to its employee, a loan contract with its own rate
// table, a slip nobody confirmed, a draw page before the agreement is signed.
const EN_EMPLOYEE_LOAN: &str = "EMPLOYEE LOAN AGREEMENT\nLender: Tallow Creek Foods LLC   Borrower: Rita Ferreira\nThe Employer lends the Employee $3,000, which the Employee promises to repay with interest at 6% a year in 12 monthly payments of $258.20, deducted from her salary. Her annual salary of $47,200 and her 401(k) are not pledged.\nBorrower's signature: ____________\n";
const ZH_CONTRACT_RATES: &str = "个人消费贷款合同\n贷款人：滨海银行股份有限公司\n借款人：邵安\n第一条 借款金额为人民币50,000元，期限24个月。\n第二条 利率：\n正常贷款    年利率    4.35%\n逾期贷款    罚息利率  6.525%\n挪用贷款    罚息利率  8.70%\n第三条 借款人应按期归还借款本息。\n借款人（签字）：邵安\n";
const ZH_UNSIGNED_SLIP: &str = "【云帆数码·分期凭单】\n商品：平板电脑\n分期金额：4,800.00元\n分期期数：12期\n每期应还：400.00元\n* 分期服务由合作银行提供\n";
const ZH_DRAW_BEFORE: &str = "借款确认前请核对\n借款金额：8,000.00元\n借款期限：12期\n年利率：14.4%（单利）\n签署《循环贷款借款合同》前，请仔细阅读合同条款。以上为系统测算，仅供参考。\n";

#[test]
fn the_look_alikes_keep_their_kinds() {
    assert_cases(&[
        (LoanContract, EN_EMPLOYEE_LOAN, EN_EMPLOYEE_LOAN),
        (LoanContract, ZH_CONTRACT_RATES, ZH_CONTRACT_RATES),
        (LoanDisclosure, ZH_UNSIGNED_SLIP, ZH_UNSIGNED_SLIP),
        (LoanDisclosure, ZH_DRAW_BEFORE, ZH_DRAW_BEFORE),
    ]);
}

// A remark on a worked example (示例：…（仅供参考）, "Example: … for illustration purposes") is
// about the example: a draw already paid out stays the record of its loan.
const ZH_DRAW_EXAMPLE: &str = "借款详情\n已放款\n本次借款 6,000.00元，分6期，等额本金，日利率0.03%\n示例：借款10,000元、分12期，首期利息约91.25元（仅供参考）。\n查看借款合同\n";
const EN_DRAW_EXAMPLE: &str = "Draw details\nYour advance of $2,000.00 has been deposited to your checking account ending 4410.\nRepayment: 6 monthly payments of $345.12 at 12.9% a year.\nExample: a $1,000 draw over 12 months at 12.9% costs about $70 in interest, for illustration purposes.\nSee your repayment schedule in the app.\n";

// A draw confirmed by the borrower's e-signature under a revolving agreement already signed, and
// a card instalment slip in English the cardholder agreed to.
const ZH_DRAW_CONFIRMED: &str = "支用详情\n支用状态：已到账\n支用金额：20,000.00元\n借款期限：12个月，先息后本\n年化利率（单利）：7.2%\n本次支用已经您电子签名确认，适用您已签订的《个人循环授信合同》。\n";
const ZH_DRAW_CONFIRMED_2: &str = "您已于2025年11月18日完成本次支用，\n支用金额20,000元，期限12个月，按月付息到期还本，年化利率7.2%（单利）。\n还款计划仅供参考。\n";
const EN_SLIP: &str = "MERCHANT COPY - CARD INSTALLMENT SALE\nMerchant: Brightline Appliances #0442\nAmount: $1,800.00\nPlan: 6 monthly installments of $300.00\nPlan fee: $27.00 billed with the first installment\nI agree to pay the above amount according to the card issuer's installment plan terms.\nCardholder signature: X__________\n";
const EN_SLIP_2: &str = "Brightline Appliances #0442 - card installment sale\n$1,800.00 split into 6 monthly installments of $300.00; a $27.00 plan fee is billed with the first one.\nThe cardholder agrees to repay this purchase under the issuer's installment plan terms.\nSignature: X__________\n";

#[test]
fn a_confirmed_draw_or_slip_is_a_contract_whatever_its_example_says() {
    assert_cases(&[
        (LoanContract, ZH_DRAW_EXAMPLE, EN_DRAW_EXAMPLE),
        (LoanContract, ZH_DRAW_CONFIRMED, ZH_DRAW_CONFIRMED_2),
        (LoanContract, EN_SLIP, EN_SLIP_2),
    ]);
}
