#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind under the lead's labelling ruling of session 23, on texts written for this
//! test: an app page that records a CONCLUDED loan's own terms (借款详情, 借款成功, 借款记录详情,
//! a 借款服务确认 after payout) is the borrower's record of the agreement, a contract; a page
//! before the loan (试算, 确认借款 not yet given) and a lender's SMS that the money went out
//! stay disclosures; a signed agreement keeps its kind with a 还款计划 table in it. An English
//! agreement titled after the law it is made under ("… Small Loan Act Installment Agreement")
//! is named by its title. Each text comes with a rephrasing that must keep its kind.

use crate::document_kind_unseen::{assert_cases, kind_of};
use loanlint::DocumentKind::*;

// A drawing already made on a credit line, as its detail page shows it.
const ZH_DRAW_DETAIL: &str = "10:02　　　　　　　　●●● 4G\n<　借款详情\n本次借款　　　　¥3,000.00\n借款日期　　　　2026-04-10\n借款天数　　　　20天\n日利率　　　　　0.025%\n还款方式　　　　到期一次还本付息\n到期日　　　　　2026-04-30\n到期应还　　　　¥3,015.00\n资金方：和泰消费金融有限公司\n[ 立即还款 ]　　[ 查看借款合同 ]\n";
const ZH_DRAW_DETAIL_2: &str = "借款记录详情\n状态　　已结清\n借款金额　　3000.00元\n起息日　　2026年4月10日\n结清日　　2026年4月30日\n用款天数　　20天\n日息　　万分之二点五\n利息　　15.00元\n出借方　　和泰消费金融有限公司\n";

// The page shown when the money has reached the borrower's card.
const ZH_SUCCESS: &str = "借款成功\n¥12,000.00 已到账至招商银行储蓄卡(尾号3307)\n借款期限　12个月\n年利率(单利)　9.6%\n还款方式　每月等额本息\n借款日　2026-05-06\n首期还款日　2026-06-06　应还 ¥1,052.76\n资金方：远澜消费金融股份有限公司\n[ 完成 ]\n";
const ZH_SUCCESS_2: &str = "< 借款详情\n放款成功 · 还款中\n借款本金 12,000.00元（全额到账，尾号3307）\n分期 12期，按月等额本息，年利率9.6%\n放款日期 2026年5月6日\n每期应还 1,052.76元\n贷款机构 远澜消费金融股份有限公司\n";

// A confirmation issued once the loan is paid out, recording its terms.
const ZH_SERVICE_CONFIRM: &str = "借款服务确认页\n借款金额：8,000.00元\n借款期限：9个月\n月利率：1.2%\n还款安排：按月等额本息，每月应还943.07元\n放款机构：弘远小额贷款有限公司\n借款日期：2026年3月18日\n";
const ZH_SERVICE_CONFIRM_2: &str = "借款服务确认\n放款机构 弘远小额贷款有限公司\n借款日期 2026-03-18\n借款金额 8000元，分9期按月等额本息还款，月息1.2%，每期943.07元\n";

// An agreement titled after the law it is made under, with a Truth-in-Lending box.
const EN_ACT_AGREEMENT: &str = "RIVERTON SMALL LOANS - Indiana Small Loan Act Installment Agreement\nBorrower: Dale Prentiss, Muncie, IN          Date: 03/02/2026\nAmount financed: $600.00\nPayments: 3 monthly installments of $212.12, beginning 04/02/2026\nANNUAL PERCENTAGE RATE 36.00%    FINANCE CHARGE $36.36    Total of Payments $636.36\nLate charge: $15.00 if a payment is more than 10 days late.\n";
const EN_ACT_AGREEMENT_2: &str = "Harlan Credit Co. — Tennessee Flexible Credit Act Credit Agreement\nCustomer: Dale Prentiss          Agreement date: March 2, 2026\nANNUAL PERCENTAGE RATE 36.00% | FINANCE CHARGE $36.36 | Amount Financed $600.00 | Total of Payments $636.36\nRepay in 3 monthly payments of $212.12 starting April 2, 2026. You agree to repay the amount financed with the finance charge.\n";

// Negatives: before the loan, a message about it, and a signed agreement with its plan.
// (Figures checked with Python decimal: 6,000 at 1% a month over 3 months = 2,040.13 a month;
// 12,000 at 0.8% over 12 = 1,052.76; 8,000 at 1.2% over 9 = 943.07; 20,000 at 0.9% over 12 =
// 1,765.77; $600 at 3% a month over 3 = $212.12, $36.36 of finance charge.)
const ZH_TRIAL_PAGE: &str = "借款试算\n借多少　　20,000.00元\n借多久　　12期\n年利率　　10.8%\n每月应还　　约1,765.77元\n以上为试算结果，仅供参考，实际以借款合同为准\n[ 去借款 ]\n";
const ZH_TRIAL_PAGE_2: &str = "还款试算（非借款合同）\n借款金额：20000元，分12个月等额本息，年利率10.8%。\n预计每期还款1765.77元，结果仅供参考。\n";
const ZH_PAYOUT_SMS: &str = "【远澜消费金融】尊敬的客户，您申请的借款6,000.00元已于4月2日放款至尾号1186的银行卡，分6期按月还款，每期应还1,035.26元，首期还款日5月2日。回T退订\n";
const ZH_PAYOUT_SMS_2: &str = "【远澜消费金融】您好，借款6000元已发放到您尾号1186的储蓄卡，共6期，每月2日还款1035.26元，首次5月2日，请留足余额。退订回T\n";
const ZH_SIGNED_WITH_PLAN: &str = "个人借款合同\n出借人（甲方）：宁和小额贷款有限公司\n借款人（乙方）：杜若\n第一条 甲方向乙方出借人民币6,000.00元，借款期限3个月，月利率1%。\n第二条 乙方按下列还款计划按月归还本息：\n期数 | 还款日 | 应还本金 | 应还利息 | 合计\n1 | 2026-05-10 | 1,980.13 | 60.00 | 2,040.13\n2 | 2026-06-10 | 1,999.93 | 40.20 | 2,040.13\n3 | 2026-07-10 | 2,019.93 | 20.20 | 2,040.13\n甲方（盖章）：　　　乙方（签字）：杜若\n2026年4月10日\n";
const ZH_SIGNED_WITH_PLAN_2: &str = "借款协议\n贷款人：宁和小额贷款有限公司　　借款人：杜若\n借款人向贷款人借款6000元，借期三个月，月息一分，按月等额本息归还，还款计划表如下，借款人保证按期还款。\n第1期 2026-05-10 还2,040.13元；第2期 2026-06-10 还2,040.13元；第3期 2026-07-10 还2,040.13元。\n借款人签字：杜若　　日期：2026年4月10日\n";

#[test]
fn a_page_that_records_a_concluded_loan_is_the_contract() {
    assert_cases(&[
        (LoanContract, ZH_DRAW_DETAIL, ZH_DRAW_DETAIL_2),
        (LoanContract, ZH_SUCCESS, ZH_SUCCESS_2),
        (LoanContract, ZH_SERVICE_CONFIRM, ZH_SERVICE_CONFIRM_2),
    ]);
}

#[test]
fn pages_before_the_loan_and_messages_about_it_stay_disclosures() {
    assert_cases(&[
        (LoanDisclosure, ZH_TRIAL_PAGE, ZH_TRIAL_PAGE_2),
        (LoanDisclosure, ZH_PAYOUT_SMS, ZH_PAYOUT_SMS_2),
    ]);
}

#[test]
fn a_signed_agreement_with_a_repayment_plan_stays_a_contract() {
    assert_cases(&[(LoanContract, ZH_SIGNED_WITH_PLAN, ZH_SIGNED_WITH_PLAN_2)]);
}

#[test]
fn an_agreement_titled_after_its_law_is_named_by_its_title() {
    assert_cases(&[(LoanContract, EN_ACT_AGREEMENT, EN_ACT_AGREEMENT_2)]);
    // The title decides: the same body without its title line is read by its Truth-in-Lending
    // box, a disclosure.
    let untitled = EN_ACT_AGREEMENT
        .split_once('\n')
        .map(|(_, body)| body)
        .unwrap();
    assert_eq!(
        kind_of(untitled).0,
        LoanDisclosure,
        "{}",
        kind_of(untitled).1
    );
    // A licence after the issuer's name is no title: a disclosure headed by it stays one.
    let licence = "PRAIRIE CREDIT CO. — Illinois Consumer Installment Loan Act License CI-4410\nTRUTH IN LENDING DISCLOSURE (before you sign; this is not a contract)\nANNUAL PERCENTAGE RATE 36.00%    FINANCE CHARGE $36.36    Amount Financed $600.00    Total of Payments $636.36\n3 monthly payments of $212.12 beginning 04/02/2026\n";
    assert_eq!(kind_of(licence).0, LoanDisclosure, "{}", kind_of(licence).1);
}
