//! Document kind of Chinese sheets that speak about a loan made by someone else (texts written
//! for this test, each with a rephrasing that must keep its kind):
//! * a shop's instalment slip for goods it sells (分期购机单, 分期购物单): the finance company's
//!   agreement is elsewhere, the slip discloses the plan;
//! * a broker's contract (居间 / 中介服务): the client engages the broker to obtain a loan from a
//!   lender who is no party to it; the contract restates the loan and the broker's fee;
//! * a letter telling the applicant the loan is approved (您申请的贷款已获批);
//! * an overdue credit card balance rescheduled with every charge stopped (协商还款): no money
//!   is lent, so it is no loan at all; the same arrangement that charges a monthly fee for the
//!   time it gives is priced credit and stays a loan contract.
//!
//! (Not covered: an approval letter that lists the lender as a field line, 放款机构：…, weighs
//! a party label (2) against the approval (2), and a tie is read as a contract.)

use crate::document_kind_unseen::{assert_cases, assert_no_lending_findings, kind_of};
use loanlint::DocumentKind::*;

const ZH_SHOP_SLIP: &str = "星河电器（滨江店）　分期购物单\n单据号：BJ-1107-0042　　日期：2025-11-07\n商品：云朵 55英寸电视　　售价：3,600.00\n首付：0.00　　分期金额：3,600.00\n资金方：恒远消费金融有限公司（货款由资金方直接支付给本店）\n期数：6期\n每期应还：612.00\n顾客签名：__杜明__\n";
// Reordered, another slip word, full-width figures, the shop's name on its own line.
const ZH_SHOP_SLIP_2: &str = "星河电器滨江店\n手机分期购机单\n商品：云朵 Note 9　售价：３，６００．００元\n分期：６期，首期还款日２０２５年１２月７日\n资金方：恒远消费金融有限公司\n每期还款６１２．００元，不收利息\n感谢惠顾\n";

const ZH_BROKER: &str = "融资中介服务合同\n委托人：贺明（甲方）\n中介方：鼎盛财务咨询有限公司（乙方）\n甲方委托乙方协助其向商业银行申请个人经营贷款，贷款金额以银行审批为准，预计30万元，期限24个月。\n乙方收取中介服务费，为实际放款金额的2%，甲方于放款后三日内支付。\n贷款未能获批的，乙方不收取服务费。\n甲方签字：贺明　乙方盖章\n";
const ZH_BROKER_2: &str = "服务协议\n乙方接受甲方委托，为甲方办理住房抵押贷款提供居间服务。\n拟贷款金额：500,000元，贷款期限20年，等额本息还款；贷款银行由乙方推荐，以银行审批为准。\n服务费：贷款金额的1.5%，计7,500元，于银行放款当日支付。\n甲方：罗佳　乙方：安居贷款服务有限公司\n";

const ZH_APPROVED: &str = "借款审批结果告知\n您好，孔令辉：\n您在\"快融\"平台提交的借款申请已审批通过，资金由江南银行股份有限公司提供。\n借款金额：30,000.00元，期限12个月，等额本息，年利率9.6%。\n担保服务费900.00元，请于放款当日另行支付。\n";
const ZH_APPROVED_2: &str = "孔令辉先生：\n你通过快融App申请的个人消费贷款已获批。借款金额叁万元，分12期按月等额还款，年化利率9.60%，出借方为江南银行。\n放款前请另行缴纳担保服务费900元。\n快融客服中心\n";

const ZH_CARD_WORKOUT: &str = "协商还款协议\n甲方：南湖银行信用卡中心\n乙方：邵敏　卡号尾号：5521\n截至2025年7月31日，乙方信用卡欠款合计32,480.60元。经乙方申请，甲方同意自2025年8月1日起停止计收利息和违约金，欠款分36期偿还，每月还款902.24元。\n协议期间乙方卡片停止使用。\n乙方签字：邵敏\n";
const ZH_CARD_WORKOUT_2: &str = "信用卡欠款分期清偿确认\n持卡人：邵敏\n经协商，本行对您信用卡账户逾期欠款32,480.60元办理协商还款：自次月起停息，分３６期还款，每期902.24元（末期902.20元），不另收手续费。\n南湖银行信用卡中心\n";
// The same rescheduling with a monthly fee for the time given: priced credit.
const ZH_CARD_WORKOUT_FEE: &str = "个性化分期还款协议\n甲方：南湖银行信用卡中心\n乙方：邵敏\n截至2025年7月31日，乙方信用卡欠款合计36,000.00元。经协商，甲方同意停止计收利息，欠款分36期偿还，每期偿还本金1,000.00元，并按欠款总额的0.3%按月收取分期手续费108.00元。\n乙方签字：邵敏\n";

#[test]
fn a_sheet_about_someone_elses_loan_is_a_disclosure() {
    assert_cases(&[
        (LoanDisclosure, ZH_SHOP_SLIP, ZH_SHOP_SLIP_2),
        (LoanDisclosure, ZH_BROKER, ZH_BROKER_2),
        (LoanDisclosure, ZH_APPROVED, ZH_APPROVED_2),
    ]);
}

#[test]
fn a_card_debt_rescheduled_free_of_charge_lends_nothing() {
    assert_cases(&[(Other, ZH_CARD_WORKOUT, ZH_CARD_WORKOUT_2)]);
    assert_no_lending_findings(&[ZH_CARD_WORKOUT, ZH_CARD_WORKOUT_2]);
    let (kind, reason) = kind_of(ZH_CARD_WORKOUT_FEE);
    assert_eq!(kind, LoanContract, "{reason}");
}

// A loan contract that pays a broker, or a loan confirmation the borrower signs, keeps its kind.
const ZH_LOAN_WITH_BROKER_FEE: &str = "借款合同\n出借人：和信小额贷款有限公司　借款人：贺明\n借款本金100,000元，期限12个月，年利率12%，按月等额本息还款。\n借款人委托居间方鼎盛财务咨询有限公司办理本笔借款，居间服务费2,000元由借款人自行支付。\n借款人（签字）：贺明\n";
const ZH_LOAN_SIGNED_SLIP: &str = "商户分期签购单\n商品：云朵 55英寸电视　金额：3,600.00元\n分期：6期，每期612.00元\n本人确认以上分期借款并同意按期还款。\n持卡人签名：杜明\n";

#[test]
fn a_loan_agreement_that_names_a_broker_or_a_shop_stays_a_contract() {
    for text in [ZH_LOAN_WITH_BROKER_FEE, ZH_LOAN_SIGNED_SLIP] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, LoanContract, "{reason}");
    }
}
