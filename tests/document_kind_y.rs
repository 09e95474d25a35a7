//! Document kind of pages and messages that speak before the agreement (texts written for this
//! test, each with a rephrasing that must keep its kind):
//! * an H5 confirm page whose last line is its button still to press (确认借款, 确认代还, a
//!   bare 确认), naming no agreement the press accepts: the loan shown before it is taken;
//! * a letter telling the applicant the loan is approved, in the order 您的借款申请已通过审核;
//! * a lender's support chat or e-mail that says the loan is approved and the agreement is
//!   still to sign, elsewhere (in the inbox, to finish).
//!
//! And the twins that keep their kind: a page that names the agreement its button accepts, a
//! page headed 确认借款 whose last line is no button, a contract that speaks of an approved
//! application, and an agreement that asks to be signed below.
//!
//! (Not covered: an approval letter with the borrower's name as a field line, 借款人：…, still
//! ties the approval (2) with a party label (2) and is read as a contract, zh-x15.)

use crate::document_kind_unseen::{assert_cases, kind_of};
use loanlint::DocumentKind::*;

// A confirm page laid out as label/value lines, its button the last line.
const ZH_CONFIRM: &str = "应急借款 · 核对借款信息\n借款金额　　20,000.00元\n借款期限　　6个月\n还款方式　　按月等额本息\n年利率（单利）　　15.6%\n每月应还　　约3,483.52元\n放款机构　　北辰小额贷款有限公司\n到账卡　　工商银行（尾号2281）\n确认借款\n";
// Rephrased: another product, key：value fields, a different button word, the lender as a party label.
const ZH_CONFIRM_2: &str = "装修分期\n分期金额：20000元\n分几期：6期（每月）\n年化利率：15.6%（单利）\n月供：3483.52元\n贷款人：北辰小额贷款有限公司\n首期还款日：下月同日\n立即借款\n";
// A card-bill repayment service page whose button is 确认代还 / a bare 确认.
const ZH_SERVICE: &str = "信用卡还款助手\n待还账单　南江银行信用卡（尾号9035）　¥3,000.00\n垫还金额　¥3,000.00\n分3期，每期服务费为垫还金额的1.8%\n每期应还　¥1,054.00\n垫还资金由合作机构直接还入您的信用卡。\n确认代还\n";
const ZH_SERVICE_2: &str = "帮你还 · 账单代偿\n本期账单：3000元（南江银行信用卡，尾号9035）\n分期期数：3期\n每期应还：1054元（含服务费54元）\n资金由合作小贷公司直接还款至信用卡\n\n确认\n";

// The same page naming the agreement its button accepts: the borrower's acceptance.
const ZH_CONFIRM_ACCEPTS: &str = "应急借款 · 核对借款信息\n借款金额　　20,000.00元\n借款期限　　6个月\n年利率（单利）　　15.6%\n放款机构　　北辰小额贷款有限公司\n☑ 本人已阅读并同意《个人借款合同》《征信授权书》\n确认借款\n";
// A page headed 确认借款 whose last line is no button: the heading is the page's title.
const ZH_CONFIRM_HEADING: &str = "确认借款\n借款金额 12,000.00元\n借款期限 12个月\n年利率 18%\n出借方：北辰小额贷款有限公司\n借款日期：2025-06-03\n";

// A letter that the application is approved, in the order 您的…申请已通过审核.
const ZH_APPROVAL: &str = "贷款审批结果\n尊敬的喻晓琳女士：\n您的个人消费贷款申请已通过审核，核定额度30,000.00元，期限24个月，年利率13.5%，按月等额本息还款。\n请于三个工作日内登录App完成后续手续。\n";
const ZH_APPROVAL_2: &str = "喻晓琳女士：\n你的借款申请已审批通过。\n借款金额叁万元，借款期限24个月，年利率13.5%，每月等额还本付息。\n资金由西岭银行股份有限公司提供。\n";

// A contract (untitled: its clauses decide) that speaks of an approved application keeps its kind.
const ZH_CONTRACT_APPROVED: &str = "贷款人：西岭银行股份有限公司\n借款人：喻晓琳\n第一条 借款人的借款申请经贷款人审核通过后，贷款人向借款人发放贷款30,000元，期限24个月，年利率13.5%。\n第二条 借款人应按期归还借款本息，每月等额。\n借款人（签字）：喻晓琳　　贷款人（盖章）\n";

// A lender's support chat: the loan approved, the agreement still to sign elsewhere.
const EN_CHAT: &str = "Live chat with Harbor Line Credit — 03/14/2026 10:02\nSupport (Marcus): Hello Tanya, your application was approved for $2,500.00.\nTanya Ortiz: thanks! what are the payments?\nSupport (Marcus): 18 monthly payments of $171.40, APR 29.9%. A $100 fee comes out of the loan.\nTanya Ortiz: ok sounds good\nSupport (Marcus): Great. Please sign the loan documents we emailed you and the money goes out tomorrow.\n";
// Rephrased: an e-mail, the approval first-person, the agreement to sign "to finish".
const EN_CHAT_2: &str = "From: Harbor Line Credit <help@harborline.example>\nSubject: Next steps\n\nHi Tanya,\nYou're approved for a $2,500 installment loan: 18 payments of $171.40 a month at 29.9% APR, with a $100 fee deducted from the proceeds.\nJust e-sign your agreement in your account to finish.\nThe Harbor Line team\n";

// An agreement that asks to be signed below, and a note whose recitals say the application
// was approved, keep their kind (untitled: their clauses decide).
const EN_AGREEMENT_SIGN_BELOW: &str = "Lender: Harbor Line Credit LLC\nBorrower: Tanya Ortiz\nAmount financed: $2,400.00. Borrower promises to pay 18 monthly payments of $171.40.\nPlease sign the agreement below to accept these terms.\nBorrower's signature: ____________\n";
const EN_NOTE_APPROVED: &str = "Your application was approved for $2,500.00 on March 14, 2026, and this Note sets out its terms.\nFor value received, the undersigned promises to pay Harbor Line Credit LLC $2,500.00 with interest at 27% a year in 18 monthly payments.\nBorrower's signature: ____________\n";

#[test]
fn a_confirm_page_with_its_button_still_to_press_is_a_disclosure() {
    assert_cases(&[
        (LoanDisclosure, ZH_CONFIRM, ZH_CONFIRM_2),
        (LoanDisclosure, ZH_SERVICE, ZH_SERVICE_2),
    ]);
}

#[test]
fn a_confirm_page_that_names_the_agreement_or_has_no_button_stays_a_contract() {
    for text in [ZH_CONFIRM_ACCEPTS, ZH_CONFIRM_HEADING] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, LoanContract, "{reason}");
    }
}

#[test]
fn an_approval_letter_in_either_word_order_is_a_disclosure() {
    assert_cases(&[(LoanDisclosure, ZH_APPROVAL, ZH_APPROVAL_2)]);
    let (kind, reason) = kind_of(ZH_CONTRACT_APPROVED);
    assert_eq!(kind, LoanContract, "{reason}");
}

#[test]
fn a_lenders_chat_before_the_agreement_is_signed_is_a_disclosure() {
    assert_cases(&[(LoanDisclosure, EN_CHAT, EN_CHAT_2)]);
    for text in [EN_AGREEMENT_SIGN_BELOW, EN_NOTE_APPROVED] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, LoanContract, "{reason}");
    }
}
