#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, by class, on texts written for this test (batch I's misses, in words of their
//! own): a sale and leaseback told through rents is a loan of money; an app's loan record laid
//! out one label a line, and a cash instalment already taken out, are records of a concluded
//! loan; a notice of arrears on an existing loan is a demand, not the loan's terms; a title
//! line that carries a page header still names the document; an open-end card's pricing table
//! is a disclosure. Each text comes with a rephrasing (synonyms swapped, clauses reordered, the
//! title dropped or restyled) that must keep its kind.

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings};
use loanlint::DocumentKind::*;

// A sale and leaseback: the lessee's own car sold for a price paid to it, rented back.
const ZH_LEASEBACK: &str = "汽车融资租赁合同（回租）\n出租人（甲方）：瑞丰融资租赁有限公司\n承租人（乙方）：简海川\n一、乙方将其名下轿车一辆以人民币60,000元的价格出售给甲方，并同时从甲方租回使用，车辆仍由乙方占有。\n二、甲方于签约当日将上述价款全额付至乙方银行账户。\n三、租期24个月，乙方每月支付租金2,880.00元，共24期。\n四、乙方付清全部租金后，车辆所有权无偿转回乙方。\n五、乙方逾期支付租金的，按日万分之五支付违约金。\n甲方（盖章）：瑞丰融资租赁有限公司\n乙方（签字）：简海川\n";
const ZH_LEASEBACK_2: &str = "融资租赁协议\n甲方（出租人）：瑞丰融资租赁有限公司；乙方（承租人）：简海川。\n本协议为售后回租：乙方自有轿车作价六万元转让给甲方，甲方将价款一次付清给乙方，乙方继续使用该车。\n租金按月支付，每期2880元，共24期；租金付清后车辆归还乙方所有。\n乙方（签字）：简海川\n";
const EN_LEASEBACK: &str = "VEHICLE SALE AND LEASEBACK AGREEMENT\nOwner-Lessee: Rhea Castillo. Company: Summit Auto Funding LLC.\n1. Rhea Castillo sells her 2019 sedan to the Company for $9,000.00, paid to her on signing, and the Company leases it back to her.\n2. She will pay 18 monthly rents of $620.00. When every rent is paid, title returns to her.\nLessee signature: ____________\n";
const EN_LEASEBACK_2: &str = "Summit Auto Funding LLC buys Rhea Castillo's 2019 sedan for $9,000.00, paid to her today, and rents it back to her for 18 months at $620.00 a month; once the rents are paid the car is hers again.\nThis is a sale-leaseback of the car, which she keeps driving.\nSigned: Rhea Castillo\n";

// An app's record of a loan, each label on its line and its value on the next.
const ZH_VERTICAL: &str = "我的借款\n借款订单\nJD2026030500917\n贷款机构\n云岭小额贷款股份有限公司\n借款本金\n12,000.00元\n借款期限\n12个月\n年利率\n10.8%\n放款日期\n2026年3月5日\n收款银行卡\n建设银行（尾号5521）\n每月还款日\n每月5日\n提额提示：最高可借30,000元，额度以实际审批为准\n";
const ZH_VERTICAL_2: &str = "借款记录\n借款本金：12000元\n放款时间：2026-03-05\n收款银行卡：建设银行 尾号5521\n出借机构：云岭小额贷款股份有限公司\n期限 12个月，年利率10.8%，每月5日还款\n最高可借30000元（额度以实际审批为准）\n";

// A cash instalment already taken out, and a bill instalment shown only for reference.
const ZH_CASH_INSTALMENT: &str = "信用卡分期 办理结果\n办理时间 2026-01-12 09:20\n分期本金 30,000.00元\n分期期数 12期\n每期手续费 195.00元\n款项已全额转入您尾号7788的借记卡，未扣除任何费用\n温馨提示：手续费按期随账单收取\n";
const ZH_CASH_INSTALMENT_2: &str = "现金分期 · 已成功办理\n资金3万元已转入尾号7788借记卡。\n分12期，每期手续费195元，随每期账单入账。\n温馨提示：提前结清的，未入账手续费不再收取。\n";
const ZH_BILL_REFERENCE: &str = "账单分期 · 办理结果\n您已成功办理账单分期（以下信息仅供参考，以每期账单为准）。\n分期本金 6,000.00元\n分期期数 6期\n每期手续费 42.00元\n";
const ZH_BILL_REFERENCE_2: &str = "账单分期办理结果\n分期本金6000元，分6期，每期手续费42元。\n以上仅供参考，实际以当期账单为准。办理日期2026-01-03\n";

// Arrears on an existing loan: a demand, its overdue figures no loan's terms.
const ZH_ARREARS: &str = "逾期催告函\n尊敬的客户：\n您于2025年6月借入的消费贷款（借款本金30,000.00元）已发生逾期，截至2026年2月1日：\n逾期天数：31天\n逾期本金：2,410.55元\n当前应还合计：2,566.30元\n请您于2026年2月8日前归还上述款项，以免影响您的信用记录。\n某某消费金融有限公司 贷后管理中心\n";
const ZH_ARREARS_2: &str = "尊敬的客户：您的借款已逾期31天。\n逾期金额：2566.30元（其中逾期本金2410.55元）\n借款本金：30000元\n请务必于2月8日前还清所欠款项。\n贷后管理中心 2026年2月1日\n";
const EN_ARREARS: &str = "PAST DUE NOTICE\nDear Ms. Okafor,\nYour loan account ending 3391 is now 34 days past due.\nAmount past due: $412.80\nPlease pay the past-due amount by March 10, 2026 to bring your account current. Your original loan of $6,000.00 at 15.9% APR remains subject to its agreement.\n";
const EN_ARREARS_2: &str = "Ms. Okafor, your loan ending 3391 is delinquent.\nDays past due: 34\nAmount past due: $412.80\nTo bring your loan up to date, pay $412.80 by March 10, 2026.\n";

// A title line that carries a page header (the PDF's "  Page" with its numbers wrapped).
const EN_PAGED_TITLE: &str = "--- page 1 ---\nMOTOR VEHICLE RETAIL INSTALLMENT SALE CONTRACT (SIMPLE FINANCE CHARGE)  Page\n1 of 2\nBuyer: Ana Ruiz    Creditor-Seller: Ridge Motors\n| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |\n| 8.9 % | $2,811.20 | $14,000.00 | $16,811.20 |\nYour payment schedule will be: 48 monthly payments of $350.23.\n";
const EN_PAGED_TITLE_2: &str = "--- page 1 ---\nRetail Installment Contract - Simple Finance Charge  Page 1 of 2\nBuyer: Ana Ruiz    Creditor-Seller: Ridge Motors\nANNUAL PERCENTAGE RATE 8.9%   FINANCE CHARGE $2,811.20   Amount Financed $14,000.00   Total of Payments $16,811.20\n48 monthly payments of $350.23.\n";

// An open-end card's pricing table: the rates disclosed, nothing lent yet.
const EN_PRICING: &str = "Interest Rates and Interest Charges\nAnnual Percentage Rate (APR) for Purchases: 27.24%, varies with the Prime Rate\nPenalty APR: none\nFees\nAnnual Fee: $0\nLate Payment: up to $30\nSecured credit line equal to your deposit of $300 to $3,000.\n";
const EN_PRICING_2: &str = "Harbor Secured Mastercard - rates and fees\nPurchase APR 27.24% (variable); cash advance APR 29.99%. Late Payment fee up to $30. No annual fee.\nThis pricing table belongs to your cardholder terms; your credit line equals your refundable deposit.\n";

#[test]
fn loans_told_as_leases_records_and_pages_are_contracts() {
    assert_cases(&[
        (LoanContract, ZH_LEASEBACK, ZH_LEASEBACK_2),
        (LoanContract, EN_LEASEBACK, EN_LEASEBACK_2),
        (LoanContract, ZH_VERTICAL, ZH_VERTICAL_2),
        (LoanContract, ZH_CASH_INSTALMENT, ZH_CASH_INSTALMENT_2),
        (LoanContract, EN_PAGED_TITLE, EN_PAGED_TITLE_2),
    ]);
}

#[test]
fn pages_for_reference_and_pricing_tables_are_disclosures() {
    assert_cases(&[
        (LoanDisclosure, ZH_BILL_REFERENCE, ZH_BILL_REFERENCE_2),
        (LoanDisclosure, EN_PRICING, EN_PRICING_2),
    ]);
}

#[test]
fn a_notice_of_arrears_is_no_loan_and_reports_no_terms() {
    assert_cases(&[
        (Other, ZH_ARREARS, ZH_ARREARS_2),
        (Other, EN_ARREARS, EN_ARREARS_2),
    ]);
    assert_no_lending_findings(&[ZH_ARREARS, EN_ARREARS]);
}

// A text that the loan was paid out is a notice about it; one that states the agreement in
// force is its record; an opt-out line decides neither.
const EN_FUNDED_SMS: &str = "Brightway: Your loan of $1,200.00 has been funded to your account ending 2210. First payment $118.40 due May 1. Reply STOP to opt out.\n";
const EN_FUNDED_SMS_2: &str = "Brightway Loans: we have deposited the $1,200.00 loan in your account ending 2210; 12 payments of $118.40 start May 1. Msg&data rates may apply. Text STOP to end.\n";
const EN_IN_FORCE_SMS: &str = "Brightway: the installment loan agreement you e-signed today is now in effect and your loan of $1,200.00 has been funded. Reply STOP to opt out.\n";
const EN_IN_FORCE_SMS_2: &str = "Brightway: your loan of $1,200 was deposited today; your Installment Loan Agreement has taken effect. Reply HELP for help, STOP to stop.\n";

#[test]
fn a_payout_text_is_a_notice_and_an_agreement_text_a_record() {
    assert_cases(&[
        (LoanDisclosure, EN_FUNDED_SMS, EN_FUNDED_SMS_2),
        (LoanContract, EN_IN_FORCE_SMS, EN_IN_FORCE_SMS_2),
    ]);
}
