#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind, by class, on texts written for this test (batch H's misses, in words of their
//! own): a record of a concluded loan (money already paid out, a page that records the signed
//! agreement) is the contract's evidence; a debt for goods written as an IOU is no loan; a trial
//! calculation is a disclosure whatever its bracketed remark names; a cardholder agreement is a
//! credit agreement and a card's statement a disclosure. Each text comes with a rephrasing
//! (synonyms swapped, clauses reordered, the title dropped or restyled) that must keep its kind.

use crate::document_kind_unseen::{assert_cases, kind_of};
use loanlint::DocumentKind::*;

// A record of a concluded loan: the money is out, the agreement signed and in force.
const ZH_PAID_SMS: &str = "【安和消费金融】尊敬的李先生：您已于2026年1月8日在线签订《消费借款合同》，该合同已生效。借款金额12,000.00元已成功放款至您尾号6672的银行卡，分12期按月还款，每期1,066.19元，年利率12%。本短信仅为通知。回TD退订\n";
const ZH_PAID_SMS_2: &str = "【安和消费金融】李先生您好，借款本金人民币壹万贰仟元已于2026年1月8日到账，分12期，每期应还1066.19元（年利率12%）。温馨提示：请按时还款。您签署的《消费借款合同》已正式生效。\n";
const EN_PAID: &str = "Hi Tom, good news: the loan agreement you e-signed on February 2, 2026 is now in effect, and your loan of $2,500.00 has been funded to your checking account ending 4410. Your first payment of $228.17 is due March 3, 2026; 12 monthly payments in all at 18.9% APR. This notice is for your information only.\n";
const EN_PAID_2: &str = "Tom, we have sent $2,500.00 to your checking account ending 4410: your Installment Loan Agreement has now taken effect. You will repay it in 12 monthly payments of $228.17 starting March 3, 2026 (APR 18.9%). For your information only.\n";

// A card bill split into instalments: the page records the instalment agreement.
const ZH_PLAN_PAGE: &str = "分期办理成功\n分期金额 ¥8,400.00\n分期期数 6期\n每期本金 ¥1,400.00\n每期手续费 ¥50.40\n本页面即您与本行订立的信用卡分期付款协议的电子凭证，请妥善保存。\n发卡机构：泰和银行信用卡中心\n";
const ZH_PLAN_PAGE_2: &str = "账单分期 · 已办理\n每期手续费50.40元，分期本金8400元分6期入账，每期本金1400元。\n本截图系持卡人与发卡行达成的账单分期协议的确认记录。\n泰和银行信用卡中心\n";

// A debt for goods written as an IOU; and an IOU for money lent, which stays a loan.
const ZH_GOODS_IOU: &str = "欠 据\n今欠宏顺五金店电动工具及配件货款人民币壹万贰仟捌佰元整（12,800元），货已收讫。\n本人保证于2026年3月31日前还清，逾期每日按欠款的万分之五计付违约金。\n欠款人：钱立新\n2026年1月15日\n";
const ZH_GOODS_IOU_2: &str = "欠条\n本人钱立新因装修购买瓷砖、水泥，尚欠建材店货款12800元，货物已全部送到并验收，定于2026年3月31日前付清。\n欠款人：钱立新\n二〇二六年一月十五日\n";
const EN_GOODS_IOU: &str = "IOU\nI, Gary Holt, owe Brightline Lumber $4,360.00 for building materials delivered to 18 Pine Road on January 9, 2026. I will pay the full amount by April 30, 2026; a late charge of 1.5% a month applies after that.\nSigned: Gary Holt\n";
const EN_GOODS_IOU_2: &str = "I.O.U.\nBrightline Lumber is owed $4,360.00 by Gary Holt for goods sold and delivered on January 9, 2026, payable by April 30, 2026.\nGary Holt\n";
const ZH_CASH_IOU: &str = "欠条\n今欠到张华借款人民币伍万元整（50,000元），月利率1%，于2026年12月31日前连本带息还清。\n欠款人：李明\n2026年1月2日\n";
const ZH_CASH_IOU_2: &str = "欠 条\n李明向张华借现金五万元，至今未还，现约定月息一分，2026年底前本息一并还清。\n欠款人：李明\n二〇二六年一月二日\n";

// A trial calculation: before applying, for reference, whatever contract its remark names.
const ZH_TRIAL: &str = "还款试算（结果仅供参考，实际以签约为准）\n借款金额 50,000元\n借款期限 12个月\n还款方式 等额本金\n年利率 10.8%\n首期应还 4,616.67元\n试算时间：2026-02-01\n";
const ZH_TRIAL_2: &str = "借款测算（签约后以借款合同为准）\n您选择借款2万元，分6期按月还款，年利率12%，预计每期还款3,450.97元，预计总利息705.82元。\n以上金额为估算，最终以借款合同约定为准。\n";
const ZH_TRIAL_TITLED: &str = "借款试算（以最终签署的借款合同为准）\n借款金额：20,000.00元\n借款期限：6个月\n日利率：0.03%\n每月利息：180.00元\n";
const ZH_TRIAL_TITLED_2: &str = "贷款试算(借款合同以签约页面为准)\n贷款金额：20000元\n期限：6期\n日利率：万分之三\n每期利息：180元\n";

// A credit card: the cardholder agreement is the credit agreement, the statement a disclosure.
const ZH_CARD_AGREEMENT: &str = "泰和银行信用卡领用合约\n第一条 甲方（持卡人）申领泰和银行信用卡，应遵守本合约。\n第二条 透支利息按日利率万分之五计收，按月计收复利。\n第三条 甲方应于到期还款日前偿还全部应还款额或不低于最低还款额的款项。\n甲方（签字）：\n";
const ZH_CARD_AGREEMENT_2: &str = "信用卡领用合约（个人卡）\n持卡人申领并使用本行信用卡，即同意本合约各条款。透支按日利率0.05%计息，未按时还款的按最低还款额未还部分的5%收取违约金。\n持卡人签名：\n";
const ZH_CARD_STATEMENT: &str = "信用卡对账单\n账单日 2026-01-05　到期还款日 2026-01-30\n本期应还金额 ¥3,280.55　最低还款额 ¥328.06\n透支利息按日利率万分之五计收。\n";
const ZH_CARD_STATEMENT_2: &str = "信用卡账单\n到期还款日：2026年1月30日\n本期应还：3280.55元；最低还款：328.06元\n未全额还款的，透支部分按日利率0.05%计息。\n";
const EN_CARD_AGREEMENT: &str = "CARDHOLDER AGREEMENT\nThis Agreement governs your Harbor Visa credit card account. Purchase APR: 24.99%. Cash advance APR: 29.99%. You promise to pay all amounts charged to the account.\n";
const EN_CARD_AGREEMENT_2: &str = "Harbor Visa Card Member Agreement\nBy using the card you accept these terms. Purchases accrue interest at an APR of 24.99%; cash advances at 29.99%. You agree to repay every amount charged.\n";
const EN_CARD_STATEMENT: &str = "Credit Card Statement\nHarbor Visa ending 4471\nStatement closing date 01/05/2026    Payment due date 01/30/2026\nNew balance $1,204.33    Minimum payment due $35.00\nPurchase APR 24.99%\n";
const EN_CARD_STATEMENT_2: &str = "Periodic Statement - Harbor Visa ending 4471\nPayment due 01/30/2026. Minimum payment $35.00; new balance $1,204.33.\nInterest on purchases: APR 24.99%.\n";

#[test]
fn a_record_of_a_concluded_loan_is_the_contract() {
    assert_cases(&[
        (LoanContract, ZH_PAID_SMS, ZH_PAID_SMS_2),
        (LoanContract, EN_PAID, EN_PAID_2),
        (LoanContract, ZH_PLAN_PAGE, ZH_PLAN_PAGE_2),
    ]);
    // The signed agreement in force is what decides: a message that only says the money went
    // out, with the plan, is a notice about the loan, and so is one before the money moves.
    let paid_only = "【安和消费金融】尊敬的客户，您申请的借款12,000.00元已于1月8日放款至尾号6672的银行卡，分12期，每期应还1,066.19元。请按时还款，回TD退订。\n";
    assert_eq!(
        kind_of(paid_only).0,
        LoanDisclosure,
        "{}",
        kind_of(paid_only).1
    );
    let before = "【安和消费金融】尊敬的李先生：您的借款申请已受理，借款金额12,000.00元，分12期按月还款，每期1,066.19元，年利率12%。温馨提示：审核通过后将通知您签约。回TD退订\n";
    assert_eq!(kind_of(before).0, LoanDisclosure, "{}", kind_of(before).1);
}

#[test]
fn an_iou_for_goods_is_no_loan_but_one_for_money_is() {
    assert_cases(&[
        (Other, ZH_GOODS_IOU, ZH_GOODS_IOU_2),
        (Other, EN_GOODS_IOU, EN_GOODS_IOU_2),
        (LoanContract, ZH_CASH_IOU, ZH_CASH_IOU_2),
    ]);
    let (_, reason) = kind_of(ZH_GOODS_IOU);
    assert!(reason.contains("not a loan of money"), "{reason}");
}

#[test]
fn a_trial_calculation_is_a_disclosure() {
    assert_cases(&[
        (LoanDisclosure, ZH_TRIAL, ZH_TRIAL_2),
        (LoanDisclosure, ZH_TRIAL_TITLED, ZH_TRIAL_TITLED_2),
    ]);
}

#[test]
fn a_cardholder_agreement_is_a_contract_and_a_card_statement_a_disclosure() {
    assert_cases(&[
        (LoanContract, ZH_CARD_AGREEMENT, ZH_CARD_AGREEMENT_2),
        (LoanDisclosure, ZH_CARD_STATEMENT, ZH_CARD_STATEMENT_2),
        (LoanContract, EN_CARD_AGREEMENT, EN_CARD_AGREEMENT_2),
        (LoanDisclosure, EN_CARD_STATEMENT, EN_CARD_STATEMENT_2),
    ]);
    // A card-bill instalment agreement stays the agreement (信用卡账单 is a title only alone).
    let plan = "信用卡账单分期付款协议\n甲方（持卡人）申请将本期账单12,000元分12期偿还，每期手续费72元。\n甲方（签字）：\n";
    assert_eq!(kind_of(plan).0, LoanContract, "{}", kind_of(plan).1);
}
