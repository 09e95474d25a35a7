#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Document kind on texts written for this test, in wordings no corpus file uses: non-loans
//! that quote a loan's figures (a guarantee, an advertisement, a court judgment), disclosures
//! (an account screen, a notice, a TILA statement signed only for receipt) and loan contracts
//! that carry the marks of those (a guarantee article, a court clause, a TILA box, a plan
//! annex). Each text comes with a rephrasing (synonyms swapped, clauses reordered, the title
//! dropped or restyled, numerals restyled) that must keep its kind.

use std::path::Path;

use loanlint::analysis::{AnalysisOptions, analyse_document};
use loanlint::check::Checker;
use loanlint::extract::{classify, extract};
use loanlint::read::{Document, SourceKind};
use loanlint::{DocumentKind, Language};

use DocumentKind::{LoanContract as Contract, LoanDisclosure as Disclosure, Other};

/// The kind, its reason, and a check that every evidence quote is the text at its offsets.
pub(crate) fn kind_of(text: &str) -> (DocumentKind, String) {
    let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
    let terms = extract(&doc);
    let info = classify(&doc, doc.language(), &terms);
    let chars: Vec<char> = doc.text.chars().collect();
    for e in &info.evidence {
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
    }
    (info.kind, info.reason)
}

/// Each case: the expected kind, the text, and its rephrasing.
pub(crate) fn assert_cases(cases: &[(DocumentKind, &str, &str)]) {
    let mut wrong = Vec::new();
    for (i, (kind, text, rephrased)) in cases.iter().enumerate() {
        for (which, t) in [("original", text), ("rephrased", rephrased)] {
            let (got, reason) = kind_of(t);
            if got != *kind {
                wrong.push(format!(
                    "case {i} {which}: expected {kind:?}, got {got:?} ({reason})"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

const ZH_GUARANTEE: &str = "个人保证书\n致：青禾小额贷款有限公司\n借款人李明向贵公司申请借款人民币伍万元（50,000元），期限十二个月，月利率1%。本人王强愿意对上述借款承担连带责任保证，保证期间为借款到期后两年。\n本保证书一经签署即不可撤销。\n保证人（签名）：王强\n二〇二五年三月八日\n";
const ZH_GUARANTEE_2: &str = "致青禾小额贷款有限公司：\n本人王强就李明所借人民币50,000元（期限12个月，月息1%）向贵司承担连带保证责任，保证范围包括本金、利息和违约金。\n本保证书不可撤销。\n保证人签字：王强　2025年3月8日\n";

const ZH_AD: &str = "【速享贷】额度高达30万，年化利率低至6.8%！\n● 线上申请，审核通过最快当天放款\n● 借1000元一天利息低至0.2元\n● 分3/6/12期灵活还款\n马上申请，点击下方按钮领取您的额度\n*最终额度与利率以审核结果为准。理性借贷，按需申请。\n";
const ZH_AD_2: &str = "● 分3/6/12期，灵活还款\n【速享贷】最高可达30万额度，年化利率6.8%起！\n● 借一千元每天利息仅0.2元起\n*额度、利率以最终审核结果为准\n立即申请，审核通过当天放款\n";
const ZH_POSTER: &str = "家装分期 轻松焕新家\n装修贷款最高可贷50万元，月利率0.3%起\n3分钟审批，资料简单，还款期限最长5年\n详询各网点客户经理，以实际审批为准。\n";
const ZH_POSTER_2: &str = "家装分期，轻松焕新家\n还款期限最长五年，月利率低至0.3%\n装修贷款额度最高50万元，最高可贷50万\n资料简单，10分钟审批。具体以审批结果为准。\n";

const ZH_JUDGMENT: &str = "北京市朝阳区人民法院\n民事判决书\n（2023）京0105民初12345号\n原告：刘某，女，1980年生。\n被告：孙某，男，1979年生。\n原告刘某与被告孙某民间借贷纠纷一案，本院立案后依法适用简易程序公开开庭进行了审理。\n经审理查明：2021年6月1日，孙某向刘某借款100,000元，约定月利率2%，借期六个月，孙某出具借条载明“今借到刘某人民币壹拾万元整”。\n本院认为，借贷双方约定的利率超过合同成立时一年期贷款市场报价利率四倍的部分，本院不予支持。\n依照《中华人民共和国民法典》第六百七十五条之规定，判决如下：\n被告孙某于本判决生效之日起十日内偿还原告刘某借款本金100,000元及利息。\n案件受理费2,300元，由被告孙某负担。\n";
const ZH_JUDGMENT_2: &str = "（2024）京03民终678号\n上诉人（原审被告）：孙某\n被上诉人（原审原告）：刘某\n上诉人孙某因与被上诉人刘某借款合同纠纷一案，不服一审判决，向本院提起上诉。\n本院经审理查明，孙某于2021年6月1日向刘某借款拾万元，月息二分，孙某出具的借条写明“今借到刘某人民币壹拾万元整，半年内归还”。\n本院认为，一审认定事实清楚。判决如下：驳回上诉，维持原判。\n二审案件受理费2,300元，由上诉人孙某负担。\n";

const ZH_SCREEN: &str = "账单详情\n借款金额 6,000.00元 | 借款期限 6个月 | 年利率15.4%\n还款方式 等额本息 | 每月15日还款\n剩余应还 4,102.50元\n第3期 2025-12-15 应还1,050.80元 待还\n第4期 2026-01-15 应还1,050.80元 待还\n*本页面仅供参考，实际应还金额以您签署的借款合同为准\n";
const ZH_SCREEN_2: &str = "*以下信息仅作参考，具体以借款合同约定为准\n剩余应还：4102.50元\n借款金额：6000元；借款期限：6个月；年利率：15.4%；还款方式：等额本息，每月15日还款\n第3期（2025年12月15日）应还1050.80元，待还\n第4期（2026年1月15日）应还1050.80元，待还\n";
const ZH_NOTICE: &str = "放款提醒\n尊敬的客户：您申请的借款6,000元已于2025年10月8日放款至尾号6612的银行卡，借款期限6个月，年利率14.4%，每月15日还款。本通知不构成借款合同，具体权利义务以您签署的借款合同为准。\n";
const ZH_NOTICE_2: &str = "尊敬的客户，您的借款（金额6000元，年利率14.4%，期限六个月）已于2025年10月8日发放到尾号6612的银行卡，请于每月15日前还款。温馨提示：本短信并非合同文本，您的权利义务以借款合同约定为准。\n";

const ZH_CONTRACT_GUARANTOR: &str = "个人借款合同\n出借人（甲方）：周平\n借款人（乙方）：吴涛\n保证人（丙方）：郑磊\n第一条 借款金额人民币80,000元，借款期限12个月，年利率10%。\n第二条 乙方应于借款到期日一次性归还本金及利息。\n第三条 丙方自愿为乙方的全部债务承担连带责任保证，保证期间为债务履行期届满之日起三年。\n第四条 本合同自三方签字之日起生效。\n甲方（签字）：周平　乙方（签字）：吴涛　丙方（签字）：郑磊\n";
const ZH_CONTRACT_GUARANTOR_2: &str = "甲方（出借人）：周平\n乙方（借款人）：吴涛\n丙方（保证人）：郑磊\n一、丙方为乙方全部债务提供连带责任保证，保证期间三年。\n二、借款本金捌万元整，期限一年，年利率百分之十。\n三、乙方应于到期日一次性归还本息。\n四、本合同自三方签字之日起生效。\n甲方（签字）：周平\n乙方（签字）：吴涛\n丙方（签字）：郑磊\n";
const ZH_CONTRACT_COURT: &str = "借款协议\n甲方（出借人）：冯岚\n乙方（借款人）：陈默\n一、乙方向甲方借款人民币30,000元，借款期限6个月，年利率12%，利率不超过最高人民法院规定的上限。\n二、乙方承诺到期归还全部本息。\n三、因本协议发生争议，由甲方所在地人民法院管辖；诉讼费用由败诉方承担，法院判决确定的款项乙方应于判决生效后十日内支付。\n甲方签字：冯岚　乙方签字：陈默\n";
const ZH_CONTRACT_COURT_2: &str = "甲方（出借人）：冯岚\n乙方（借款人）：陈默\n一、借款金额：叁万元整；借款期限：六个月；年利率：12%（不超过最高人民法院规定的上限）。\n二、因本协议发生的争议，双方同意提交甲方住所地人民法院诉讼解决，诉讼费用由违约方负担。\n三、乙方承诺于到期日归还全部本金及利息。\n甲方签字：冯岚\n乙方签字：陈默\n";
const ZH_CONTRACT_PLAN: &str = "消费借款合同\n贷款人：远川消费金融有限公司\n借款人：蒋悦\n借款金额12,000元，分12期，年利率9.6%，还款方式等额本息。\n借款人应按期足额还款。本合同自借款人电子签名之日起生效。\n借款人（电子签名）：蒋悦\n附件：还款计划（仅供参考，以实际放款日为准）\n期数 还款日 应还本金 应还利息\n1 2025-12-20 956.15 96.00\n";
const ZH_CONTRACT_PLAN_2: &str = "贷款人：远川消费金融有限公司\n借款人：蒋悦\n一、借款金额：壹万贰仟元；期数：12期；年利率：9.6%；还款方式：等额本息。\n二、借款人应按期足额还款。\n三、本合同自借款人电子签名之日起生效。\n附件：还款计划（仅供参考）\n1 2025-12-20 956.15 96.00\n借款人（电子签名）：蒋悦\n";
const ZH_IOU: &str = "今向赵敏借到人民币叁万元整（30,000元），月息一分，约定于2026年3月1日前连本带息一次还清。\n借款人：钱伟（手印）\n2025年9月1日\n";
const ZH_IOU_2: &str = "借款人钱伟今向赵敏借到人民币30000元，月利率1%，2026年3月1日前一次还清本息。\n借款人：钱伟（手印）\n二〇二五年九月一日\n";

#[test]
fn chinese_non_loans_that_quote_a_loan_are_other() {
    assert_cases(&[
        (Other, ZH_GUARANTEE, ZH_GUARANTEE_2),
        (Other, ZH_AD, ZH_AD_2),
        (Other, ZH_POSTER, ZH_POSTER_2),
        (Other, ZH_JUDGMENT, ZH_JUDGMENT_2),
    ]);
}

#[test]
fn chinese_screens_and_notices_are_disclosures() {
    assert_cases(&[
        (Disclosure, ZH_SCREEN, ZH_SCREEN_2),
        (Disclosure, ZH_NOTICE, ZH_NOTICE_2),
    ]);
}

#[test]
fn chinese_contracts_with_a_guarantor_a_court_clause_or_a_plan_stay_contracts() {
    assert_cases(&[
        (Contract, ZH_CONTRACT_GUARANTOR, ZH_CONTRACT_GUARANTOR_2),
        (Contract, ZH_CONTRACT_COURT, ZH_CONTRACT_COURT_2),
        (Contract, ZH_CONTRACT_PLAN, ZH_CONTRACT_PLAN_2),
        (Contract, ZH_IOU, ZH_IOU_2),
    ]);
}

const EN_GUARANTEE: &str = "CONTINUING GUARANTEE\nTo: Riverbend Credit Co-operative\nFor good consideration, I, Samuel Okafor, irrevocably guarantee the due payment by Nadia Okafor (the \"Debtor\") of every sum she owes you under her personal loan of $12,000 at 11.9% APR repayable over 36 months.\nThis guarantee remains in force until the loan is repaid in full.\nSigned: ______________ Samuel Okafor\nDate: 2 May 2025\n";
const EN_GUARANTEE_2: &str = "Dear Sirs,\nRe: personal loan of $12,000 to Nadia Okafor\nIn return for your making the loan (11.9% APR, 36 monthly repayments), I jointly and severally guarantee repayment of all principal, interest and costs the debtor owes you.\nThis guaranty continues until the loan is paid off.\nGuarantor's signature: ______________ Samuel Okafor\n";
const EN_AD: &str = "Low-rate personal loans for every plan\nBorrow $1,000 to $40,000 with fixed rates as low as 7.49% APR*\nApply online in minutes and get a decision today.\nNo origination fees. No prepayment penalties.\n*APR shown assumes excellent credit. Loans subject to credit approval. Offer ends June 30, 2025.\n";
const EN_AD_2: &str = "No origination fees and no prepayment penalties.\nFixed-rate personal loans from $1,000 to $40,000, starting at 7.49% APR*.\nApply today - checking your rate won't affect your credit score.\n*Lowest rate for excellent credit, if approved. Offer valid until June 30, 2025.\n";
const EN_JUDGMENT: &str = "IN THE DISTRICT COURT OF TULSA COUNTY\nCase No. CJ-2024-1187\nPlaintiff: Prairie Finance LLC\nDefendant: Owen Becker\nJUDGMENT\nThe Court finds that Defendant signed a promissory note on March 3, 2023 for a loan of $6,500 with interest at 18% per year and has failed to repay it.\nIT IS THEREFORE ORDERED that Plaintiff recover from Defendant $6,500 in principal, accrued interest of $1,170, and court costs.\n";
const EN_JUDGMENT_2: &str = "Prairie Finance LLC, Plaintiff, v. Owen Becker, Defendant.\nORDER AND JUDGMENT\nOn the evidence presented the Court concludes that the Defendant borrowed $6,500 at 18% interest per annum under a note dated March 3, 2023 and did not repay the loan.\nIt is ordered and adjudged that the Plaintiff shall recover $6,500 of principal plus $1,170 of interest and its costs.\n";

const EN_STATEMENT: &str = "Your payment reminder\nLoan account ending 4471\nNext payment: $212.40 due January 5, 2026\nRemaining balance: $3,880.16\nAnnual percentage rate: 17.9%\nThis statement is for your information only and is not a contract. Your loan agreement governs your account.\n";
const EN_STATEMENT_2: &str = "Loan account ending 4471 - payment reminder\nRemaining balance $3,880.16; annual percentage rate 17.9%.\nYour next payment of $212.40 is due on January 5, 2026.\nFor your information only: this reminder is not an agreement, and the terms of your loan agreement apply.\n";
const EN_TILA_RECEIPT: &str = "TRUTH IN LENDING DISCLOSURE STATEMENT\nCreditor: Elm Street Finance\nANNUAL PERCENTAGE RATE 19.90% | FINANCE CHARGE $541.02 | Amount Financed $3,000.00 | Total of Payments $3,541.02\nYour payment schedule: 24 monthly payments of $147.54 beginning March 1, 2025.\nBy signing below you acknowledge receipt of these disclosures. You are not required to complete this agreement merely because you have received these disclosures.\nBorrower signature: ______________\n";
const EN_TILA_RECEIPT_2: &str = "Elm Street Finance - Truth-in-Lending Disclosure\nAmount Financed $3,000.00; FINANCE CHARGE $541.02; Total of Payments $3,541.02; ANNUAL PERCENTAGE RATE 19.90%.\nPayments: 24 monthly payments of $147.54, the first due March 1, 2025.\nYou are not required to sign the loan merely because you have received these disclosures; the borrower acknowledges receipt of this disclosure.\nBorrower signature: ______________\n";

const EN_CONTRACT_GUARANTOR: &str = "PERSONAL LOAN AGREEMENT\nLender: Alder Savings Bank\nBorrower: Tomas Reyes\nThe Borrower promises to repay $8,000 with interest at 9% per year in 24 monthly payments of $365.48.\nGUARANTEE. Ruth Vale unconditionally guarantees the prompt payment of this loan.\nGuarantor: ______________ Ruth Vale\nBorrower's signature: ______________ Tomas Reyes\n";
const EN_CONTRACT_GUARANTOR_2: &str = "Between Alder Savings Bank (Lender) and Tomas Reyes (Borrower).\nRuth Vale unconditionally guarantees the prompt payment of every amount due.\nThe Borrower agrees to pay back $8,000 plus 9% annual interest by 24 monthly payments of $365.48.\nGuarantor: ______________ Ruth Vale\nSignature of Borrower: ______________ Tomas Reyes\n";
const EN_CONTRACT_TILA: &str = "FEDERAL TRUTH-IN-LENDING DISCLOSURES\nANNUAL PERCENTAGE RATE 24.00% | FINANCE CHARGE $412.55 | Amount Financed $1,500.00 | Total of Payments $1,912.55\nPayments: 18 monthly payments of $106.25.\nPROMISE TO PAY: I promise to pay to the order of Cedar Loans the principal of $1,500.00 plus interest at 24% a year.\nThis Note is governed by the laws of Ohio.\nBorrower signature: ______________\n";
const EN_CONTRACT_TILA_2: &str = "FEDERAL TRUTH-IN-LENDING DISCLOSURES\nANNUAL PERCENTAGE RATE 24.00% | FINANCE CHARGE $412.55 | Amount Financed $1,500.00 | Total of Payments $1,912.55\nFor value received, I promise to pay Cedar Loans $1,500.00 with interest at 24% per annum in 18 monthly payments of $106.25.\nGoverning law: this note is subject to the laws of Ohio.\nSignature of borrower: ______________\n";
const EN_CONTRACT_COURT: &str = "Installment Note\nFor value received, the undersigned borrower promises to pay Juniper Credit $2,400 with interest at 15% per year in 12 monthly payments of $216.62.\nIf the borrower defaults, the lender may sue, and any judgment entered by a court will bear interest at the judgment rate; the court may award the lender its costs.\nBorrower's signature: ______________\n";
const EN_CONTRACT_COURT_2: &str = "The undersigned borrower promises to pay Juniper Credit $2,400 with 15% annual interest in 12 monthly payments of $216.62, for value received.\nOn default the lender may bring suit; a court judgment will bear interest at the legal rate and the lender may recover its costs.\nSignature of borrower: ______________\n";
const EN_CHECKOUT: &str = "Order #55120: your instalment plan is confirmed\nHi Marco, thanks for your purchase at Finch & Oak ($240.00).\nThis message confirms the credit agreement you e-signed at checkout with Tandem Pay: four payments of $60.00, the first today and the rest every two weeks (Dec 1, Dec 15, Dec 29). No interest. A $5 late fee may apply.\n";
const EN_CHECKOUT_2: &str = "Hi Marco,\nThanks for shopping at Finch & Oak. Your $240.00 order is split into four payments of $60.00: one today, then Dec 1, Dec 15 and Dec 29. No interest; a $5 late fee may apply.\nThis e-mail records the Tandem Pay installment agreement that you accepted at checkout.\n";

#[test]
fn english_non_loans_that_quote_a_loan_are_other() {
    assert_cases(&[
        (Other, EN_GUARANTEE, EN_GUARANTEE_2),
        (Other, EN_AD, EN_AD_2),
        (Other, EN_JUDGMENT, EN_JUDGMENT_2),
    ]);
}

#[test]
fn english_statements_and_receipted_disclosures_are_disclosures() {
    assert_cases(&[
        (Disclosure, EN_STATEMENT, EN_STATEMENT_2),
        (Disclosure, EN_TILA_RECEIPT, EN_TILA_RECEIPT_2),
    ]);
}

#[test]
fn english_contracts_with_a_guarantor_a_tila_box_or_a_court_clause_stay_contracts() {
    assert_cases(&[
        (Contract, EN_CONTRACT_GUARANTOR, EN_CONTRACT_GUARANTOR_2),
        (Contract, EN_CONTRACT_TILA, EN_CONTRACT_TILA_2),
        (Contract, EN_CONTRACT_COURT, EN_CONTRACT_COURT_2),
        (Contract, EN_CHECKOUT, EN_CHECKOUT_2),
    ]);
}

/// A decision made by cues names them and quotes their sentences.
#[test]
fn a_cue_decision_cites_its_sentences() {
    for (text, word) in [
        (ZH_AD_2, "审核结果为准"),
        (EN_JUDGMENT_2, "Court concludes"),
        (ZH_NOTICE_2, "并非合同文本"),
    ] {
        let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
        let info = classify(&doc, doc.language(), &extract(&doc));
        assert!(
            info.evidence.iter().any(|e| e.text.contains(word)),
            "{word}: {:?}",
            info.evidence
        );
        assert!(!info.reason.is_empty());
    }
}

/// End to end: a non-loan gets no lending findings, no principal and no cost, and says so.
#[test]
fn a_non_loan_report_has_no_findings_no_principal_and_no_cost() {
    assert_no_lending_findings(&[
        ZH_GUARANTEE,
        ZH_AD,
        ZH_JUDGMENT,
        EN_GUARANTEE,
        EN_AD,
        EN_JUDGMENT,
    ]);
    // The same letters' loan, as a contract, keeps its terms.
    let checker = Checker::load(&[]).unwrap();
    let doc = Document::from_text(
        Path::new("doc.txt"),
        SourceKind::Text,
        ZH_CONTRACT_GUARANTOR,
    );
    assert_eq!(doc.language(), Language::Zh);
    let report = analyse_document(&doc, &AnalysisOptions::default(), &checker);
    assert!(report.terms.principal.is_some());
}

/// Each text is read as other, with quoted evidence, no finding, no principal and no cost, and
/// its report says it is not a loan document.
pub(crate) fn assert_no_lending_findings(texts: &[&str]) {
    let checker = Checker::load(&[]).unwrap();
    for &text in texts {
        let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
        let report = analyse_document(&doc, &AnalysisOptions::default(), &checker);
        let head: String = text.chars().take(20).collect();
        let info = report.document.as_ref().unwrap();
        assert_eq!(info.kind, Other, "{head}: {}", info.reason);
        assert!(
            !info.evidence.is_empty(),
            "{head}: the decision quotes its evidence"
        );
        assert!(report.findings.is_empty(), "{head}: {:?}", report.findings);
        assert!(report.terms.principal.is_none(), "{head}");
        assert!(report.apr.is_none() && report.cost.is_none(), "{head}");
        assert!(
            report
                .warnings
                .iter()
                .any(|w| w.starts_with("not a loan document")),
            "{head}: {:?}",
            report.warnings
        );
    }
}
