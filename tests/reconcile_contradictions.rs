#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A stated total that contradicts its parts (batch J's and I's misses, in contracts written
//! for this test): the finding quotes both sides, says the loan was priced from the parts, and
//! no verdict rests on the contested total. Figures a misread would contradict (a period's sum
//! under a total's label, an illustration's total, principal plus interest under an interest
//! label) raise nothing. Expected figures are worked out by hand in the comments.

use std::path::Path;

use loanlint::analysis::{AnalysisOptions, analyse_document};
use loanlint::check::Checker;
use loanlint::model::{Report, Severity};
use loanlint::read::{Document, SourceKind};

const KIND: &str = "stated-total-contradicts-parts";

/// The report of `text` and the messages of its contradictions.
fn report(text: &str) -> (Report, Vec<String>) {
    let checker = Checker::load(&[]).unwrap();
    let doc = Document::from_text(Path::new("doc.txt"), SourceKind::Text, text);
    let r = analyse_document(&doc, &AnalysisOptions::default(), &checker);
    let found = r.terms.inconsistencies.iter().filter(|i| i.kind == KIND);
    let found = found.map(|i| i.message.clone()).collect();
    (r, found)
}

/// The one contradiction of `text`: its message, and the finding that reports it.
fn contradiction(text: &str, rule: &str) -> (String, Report) {
    let (r, found) = report(text);
    assert_eq!(found.len(), 1, "{:#?}", r.terms.inconsistencies);
    let f = r.findings.iter().find(|f| f.rule_id == rule);
    let f = f.unwrap_or_else(|| panic!("{rule} does not fire: {:?}", r.findings));
    assert_eq!(f.severity, Severity::Warning);
    assert!(!f.evidence.is_empty() && !f.citation.is_empty());
    (found[0].clone(), r)
}

fn no_contradiction(text: &str) {
    let (r, found) = report(text);
    assert!(found.is_empty(), "{found:#?}");
    let fired = r.findings.iter().map(|f| f.rule_id.as_str());
    assert!(
        !fired.clone().any(|id| id.ends_with(KIND)),
        "{:?}",
        r.findings
    );
}

// Flat interest, the fee at the end, a stated total 200 too high: 30,000 + 12 × 150 + 300 =
// 32,100, stated 32,300.
const ZH_FLAT: &str = "个人消费借款合同\n借款人陈思远向华信消费金融有限公司借款人民币30,000.00元，分12期按月归还，每期归还本金2,500.00元，月平息0.5%，每期利息按初始本金计算为150.00元；另收取服务费300.00元，随最后一期一并支付；借款人每期应还2,650.00元，全部应付本息费合计为32,300.00元。签订日期：2025年6月3日。\n";
// Interest only, principal at the end: 50,000 + 6 × 500 = 53,000; the agreement says 53,500.
const ZH_INTEREST_ONLY: &str = "借款协议\n出借人：邵明　借款人：吕晓东\n吕晓东向邵明借款人民币伍万元整（¥50,000.00），借款期限6个月，自2025年3月1日起至2025年9月1日止，月利率1%（每月利息500元），按月付息，到期一次性归还本金。到期时本息合计人民币伍万叁仟伍佰元整（¥53,500.00）。\n借款人（签字）：吕晓东\n";
// A family note, interest only with a balloon: 8,000 × 9% / 12 = 60 a month for 24 months,
// 8,000 + 24 × 60 = 9,440 in all; the note says 9,600.
const EN_NOTE: &str = "PROMISSORY NOTE\nAlbany, New York, March 3, 2025\nFor value received, I, Tom Keller, promise to pay to my brother, Sam Keller, the sum of $8,000.00 with interest at 9 percent per year. I will pay interest only, $60.00 on the same day of each month, for 24 months,\nbeginning one month from today, and I will repay the whole principal together with the last interest payment, that is $8,060.00, on March 3, 2027.\nIn total I will pay you $9,600.00.\nTom Keller\n";
// A level-payment loan whose total of payments is off: 2,400 at 1% a month over 12 months is
// 213.24 a month (2,400 × 0.01 / (1 − 1.01^−12) = 213.237), 2,558.86 with the last payment
// rounded; the box says 2,600.00.
const EN_BOX: &str = "INSTALLMENT LOAN AGREEMENT\nLender: Riverside Finance Co.   Borrower: Ana Lopez\nLoan amount: $2,400.00\nInterest rate: 12% per year\nPayments: 12 monthly payments of $213.24\nTotal of payments: $2,600.00\nDate: 04/10/2025\nBorrower's signature: ____________\n";

/// Each contradiction quotes both sides (the stated figure, as written, and what its parts
/// give), says by how much, and says the loan was priced from the parts.
#[test]
fn each_contradiction_quotes_both_sides() {
    let cn = "cn-stated-total-contradicts-parts";
    let us = "us-stated-total-contradicts-parts";
    let cases: [(&str, &str, &[&str]); 4] = [
        (
            ZH_FLAT,
            cn,
            &[
                "32300",
                "32100",
                "«全部应付本息费合计为32,300.00元»",
                "is 200 more",
            ],
        ),
        (ZH_INTEREST_ONLY, cn, &["53500", "53000", "is 500 more"]),
        (EN_NOTE, us, &["9600", "9440", "is 160 more"]),
        (EN_BOX, us, &["2600", "2558.86"]),
    ];
    for (text, rule, needles) in cases {
        let (m, _) = contradiction(text, rule);
        assert!(m.contains("priced the loan from the parts"), "{m}");
        for n in needles {
            assert!(m.contains(n), "{n} not in {m}");
        }
    }
}

/// No verdict rests on the contested total: the cost is the parts'.
#[test]
fn the_parts_are_priced() {
    let (_, r) = contradiction(ZH_FLAT, "cn-stated-total-contradicts-parts");
    assert_eq!(r.cost.unwrap().total_repayable.to_string(), "32100.00");
    // 1% a month is 12% a year, whatever the stated total implies.
    let (_, r) = contradiction(ZH_INTEREST_ONLY, "cn-stated-total-contradicts-parts");
    let apr = r.apr.unwrap().nominal_percent.round_dp(2).normalize();
    assert_eq!(apr.to_string(), "12");
}

/// No contradiction: a right total, a period's sum under a total's label, an illustration's
/// total, principal plus interest read under an interest label.
#[test]
fn figures_that_agree_or_are_misread_raise_nothing() {
    // 30,000 + 12 × 150 + 300 = 32,100: right.
    no_contradiction(
        "个人消费借款合同\n借款人陈思远向华信消费金融有限公司借款人民币30,000.00元，分12期按月归还，每期归还本金2,500.00元，月平息0.5%，每期利息按初始本金计算为150.00元；另收取服务费300.00元，随最后一期一并支付；借款人每期应还2,650.00元，全部应付本息费合计为32,100.00元。签订日期：2025年6月3日。\n",
    );
    // 每月合计应还 is one period's sum.
    no_contradiction(
        "借款合同\n借款人：郑宇\n借款金额：12,000元，期限12个月，年利率12%，按月等额本息还款。\n借款人每月合计应还1,066.19元。\n签订日期：2025年5月5日\n",
    );
    // The representative example's total is not this loan's.
    no_contradiction(
        "SHORT-TERM LOAN AGREEMENT\nAgreement date: 5 May 2025\nRepresentative example: borrow £200 for 30 days at 0.8% per day. Total repayable £248.\nAmount of credit: £150.00\nDuration: 30 days\nInterest: 0.8% per day, £36.00\nTotal amount payable: £186.00\n",
    );
    // A bill's total quoted in the clause of the principal put into instalments (8,000 of a
    // 12,450.30 bill: 8,000 / 12 + 48 = 714.67 a period), and one period's sum below the
    // principal (the 6th instalment 1,300 + the 780 fee).
    no_contradiction(
        "账单分期协议\n分期本金：8,000.00元（本期账单应还总额12,450.30元中申请分期的部分）\n分期期数：12期\n每期手续费：48.00元（分期本金的0.6%）\n每期应还：714.67元\n",
    );
    no_contradiction(
        "培训分期借款合同\n借款金额：15,600.00元，分12期，每期归还本金1,300.00元，本借款不收取利息。\n分期服务费780.00元，随第6期还款一并收取（第6期应还合计2,080.00元）。\n借款人（签字）：田野\n",
    );
    // 本息共计 (principal and interest) 10,800 = 10,000 + 8%.
    no_contradiction(
        "借条\n今向刘波借到人民币壹万元整（¥10,000.00），年利率8%，借款期限一年，自2025年2月1日起至2026年2月1日止，到期一次性归还本金及利息共计人民币10,800.00元。\n借款人：马丽\n",
    );
}

/// 以上 at the head of a total ("the above") is no bound (as in 5万元以上): the total is read
/// and contradicts its parts. 40,000 flat at 1% a month for 12 months: 4,800 interest, plus a
/// 400 fee at maturity = 45,200; the contract states 45,520 (320 more).
#[test]
fn a_total_headed_by_yishang_is_read() {
    let text = "借款合同\n出借人：王五\n借款人：赵六\n借款本金40,000元，期限12个月，月利率1%（平息，按原始本金计息），每月还本付息。\n服务费400元，到期时支付。\n以上本息费合计45,520元。\n签订日期：2025年5月1日\n";
    let (m, _) = contradiction(text, "cn-stated-total-contradicts-parts");
    for n in ["45520", "45200", "is 320 more"] {
        assert!(m.contains(n), "{n} not in {m}");
    }
}
