#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind: who lends to whom (batch J's misses, in words of their own). An insurance
//! policy whose clause lets the policyholder borrow against its cash value, and a company's
//! report whose notes list its own bank borrowings, quote a loan's words and figures but lend
//! nothing to the reader; a checkout page that records the buyer's agreement to a financed plan
//! is the credit agreement, whatever the page also sells. Each text comes with a rephrasing
//! (title dropped or restyled, clauses reordered, synonyms swapped) that must keep its kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings, kind_of};
use loanlint::DocumentKind::*;

// An insurance policy with a policy-loan clause: the insurer may lend later, on application.
const ZH_POLICY: &str = "两全保险（分红型）保险合同\n合同号：BX-2026-004417\n投保人：孙立平　　被保险人：孙立平　　受益人：法定\n基本保险金额：200,000元　年缴保险费：9,800元　缴费期间：20年\n第十二条　保单借款\n在本合同有效期内，您可以申请并经我们审核同意后办理保单借款，借款金额不得超过本合同现金价值净额的80%，借款期限最长6个月，借款年利率以我们届时公布的为准（当前为4.8%）。\n现金价值表：第3年末 15,210元；第10年末 86,340元。\n";
const ZH_POLICY_2: &str = "保单号BX-2026-004417\n被保险人：孙立平\n投保人：孙立平\n年缴保险费：9,800元，缴费期间：20年，基本保险金额：200,000元。\n保单借款：经本公司同意，投保人可按不超过现金价值净额80%的金额借款，每次不超过6个月，年利率按本公司公布利率（目前4.8%）计收。\n本合同现金价值为第3年末15,210元，第10年末86,340元。\n";
const EN_POLICY: &str = "WHOLE LIFE INSURANCE POLICY\nPolicy number: WL-558120\nPolicy owner: Grace Odum    Insured: Grace Odum\nFace amount: $250,000    Annual premium: $3,140.00\nPolicy loans. While this policy is in force you may borrow up to 90% of its cash surrender value. Loan interest accrues at 6% a year and unpaid loans reduce the death benefit.\n";
const EN_POLICY_2: &str = "Policy WL-558120 - insured: Grace Odum; policy owner: Grace Odum.\nThe death benefit is $250,000 and the annual premium is $3,140.00.\nYou may take a loan of up to 90% of the cash value; interest on it is 6% per year, and any loan balance is deducted from the death benefit.\n";

// A company's report on itself: its borrowings are its own debts to its banks.
const ZH_REPORT: &str = "华岳制造股份有限公司 2025年半年度报告\n第八节 财务报告　七、合并财务报表项目注释\n24. 长期借款\n项目　　期末余额　　期初余额\n抵押借款　52,000,000.00　48,000,000.00\n保证借款　30,000,000.00　35,000,000.00\n长期借款的说明：借款年利率为3.2%至3.6%，按季付息，到期一次还本。\n";
const ZH_REPORT_2: &str = "合并财务报表附注（节选）\n长期借款期末余额为8,200万元（期初余额8,300万元），其中抵押借款5,200万元、保证借款3,000万元。\n上述借款均为银行借款，年利率3.2%-3.6%，按季付息，到期还本。\n报告期内无逾期借款。\n";
const EN_REPORT: &str = "NORTHGATE FOODS, INC. - ANNUAL REPORT 2025\nNotes to the Consolidated Financial Statements\nNote 9. Long-term debt\nThe Company's term loan of $40,000,000 bears interest at SOFR plus 1.75% and is repayable in quarterly installments of $1,000,000 through 2035.\nThe revolving credit facility of $15,000,000 was undrawn at the end of the fiscal year.\n";
const EN_REPORT_2: &str = "Note 9 - Debt (notes to the financial statements, fiscal year ended June 30, 2025)\nNorthgate Foods has a $40,000,000 term loan from a syndicate of banks at SOFR + 1.75%, repayable $1,000,000 each quarter until 2035, and an undrawn $15,000,000 revolving credit facility.\n";

// A purchase paid over time: the buyer agreed to the financing.
const EN_CHECKOUT: &str = "Thanks for your order #A-20931!\nSubtotal: $1,380.00\nShipping: $0.00\nFinanced through Cobalt Credit: you e-signed the Cobalt Credit installment loan agreement on 10/14/2025.\nAmount financed $1,380.00 - 12 monthly payments of $121.88 - APR 10.99%\nFirst payment due 11/14/2025.\n";
const EN_CHECKOUT_2: &str = "Order A-20931 is on its way.\nYou accepted the Cobalt Credit financing agreement on 10/14/2025: $1,380.00 financed at 10.99% APR, repaid in 12 monthly payments of $121.88 starting 11/14/2025.\n(Promo: gift card offers are not combinable with financing.)\n";

/// Each class fixed, in two wordings.
#[test]
fn whose_loan_decides_the_kind_in_both_wordings() {
    assert_cases(&[
        (Other, ZH_POLICY, ZH_POLICY_2),
        (Other, EN_POLICY, EN_POLICY_2),
        (Other, ZH_REPORT, ZH_REPORT_2),
        (Other, EN_REPORT, EN_REPORT_2),
        (LoanContract, EN_CHECKOUT, EN_CHECKOUT_2),
    ]);
}

/// The policy loan itself, agreed under its own title, is a loan contract; a contract that
/// mentions insurance or a balance stays a loan.
#[test]
fn a_policy_loan_agreement_or_a_loan_with_insurance_stays_a_loan() {
    let policy_loan = "保单借款合同\n借款人：孙立平\n贷款人：长青人寿保险股份有限公司\n借款人以其保险单（合同号BX-2026-004417）的现金价值为限申请借款人民币12,000元，借款期限6个月，年利率4.8%，到期一次还本付息。\n借款人（签字）：孙立平\n";
    let policy_loan_application = "保单贷款申请书\n投保人：孙立平\n申请借款金额：12,000元，期限6个月，年利率4.8%，到期一次性归还本息。\n申请人签名：孙立平\n";
    let car_loan = "汽车消费借款合同\n出借人：安顺汽车金融有限公司\n借款人：吴涛\n借款金额80,000元，期限36个月，年利率9%，等额本息。借款人须为车辆投保机动车损失保险，保险费由借款人自行支付。\n借款人应按期归还借款本息。\n借款人（签字）：吴涛\n";
    for text in [policy_loan, policy_loan_application, car_loan] {
        let (got, reason) = kind_of(text);
        assert_eq!(got, LoanContract, "{reason}");
    }
}

/// A line that is a field and its figure ("Cart total: $…") or a remark in brackets names no
/// document: the body decides.
#[test]
fn a_field_line_or_a_remark_is_no_title() {
    let (kind, reason) = kind_of(EN_CHECKOUT_2);
    assert!(reason.starts_with("no title names"), "{reason}");
    assert_eq!(kind, LoanContract);
    let (_, reason) = kind_of(EN_CHECKOUT);
    assert!(!reason.contains("title \"Subtotal"), "{reason}");
    // A title with its number keeps its title.
    let numbered = "LOAN AGREEMENT No: 2025-17\nLender: Birch Savings   Borrower: Omar Diaz\nThe Borrower promises to repay $3,000 with interest at 10% a year in 12 monthly payments.\n";
    let (kind, reason) = kind_of(numbered);
    assert_eq!(kind, LoanContract);
    assert!(reason.starts_with("title"), "{reason}");
}

/// End to end: the policy and the report get no findings and no cost.
#[test]
fn a_policy_or_a_report_gets_no_lending_findings() {
    assert_no_lending_findings(&[ZH_POLICY, EN_POLICY, ZH_REPORT, EN_REPORT_2]);
}

/// A hire-purchase or conditional sale agreement (UK Consumer Credit Act 1974) finances goods
/// by instalments with a charge for credit: a credit agreement, although its title holds the
/// words of a purchase. A plain sale of goods stays a sale.
#[test]
fn a_hire_purchase_is_credit_and_a_plain_purchase_a_sale() {
    let hire_purchase = "HIRE PURCHASE AGREEMENT (regulated by the Consumer Credit Act 1974)\nCreditor: Fenwick Motor Finance Ltd    Hirer: Priya Nair\nGoods: 2021 hatchback, cash price £11,400.00, advance payment £1,400.00\nAmount of credit £10,000.00; total charge for credit £1,760.00; APR 8.4%\n48 monthly instalments of £245.00, then an option-to-purchase fee of £10.00\nSigned by the hirer.\n";
    let hire_purchase_2 = "Hire-Purchase Agreement\nPriya Nair hires a 2021 hatchback from Fenwick Motor Finance Ltd and may buy it after the 48th monthly payment of £245.00 by paying £10.00.\nCredit provided: £10,000.00 (cash price £11,400.00 less £1,400.00 paid now). Charge for credit £1,760.00, APR 8.4%.\nSigned by the hirer.\n";
    let conditional_sale = "CONDITIONAL SALE AGREEMENT\nSeller and creditor: Fenwick Motor Finance Ltd    Buyer: Priya Nair\nThe goods remain the creditor's until all 48 monthly instalments of £245.00 are paid. Amount of credit £10,000.00, APR 8.4%.\nSigned by the buyer.\n";
    for text in [hire_purchase, hire_purchase_2, conditional_sale] {
        let (got, reason) = kind_of(text);
        assert_eq!(got, LoanContract, "{reason}");
    }
    let sale = "PURCHASE AGREEMENT\nSeller: Harbour Boats LLC    Buyer: Dan Ortiz\nThe buyer buys the 2019 sailboat for $18,500.00, paid in full by wire on delivery.\nSigned by buyer and seller.\n";
    let (got, reason) = kind_of(sale);
    assert_eq!(got, Other, "{reason}");
}
