//! The principal chosen by reproduction (issue 13): when no label names the loan amount, every
//! money figure of the document is tried as the principal, and the one whose schedule
//! reproduces the stated figures (at least two that test it) is taken, written down as an
//! inference with its figures. Each contract is of our own wording, with a rephrasing that must
//! read the same (metamorphic); the negative cases keep the principal absent: a figure that
//! reproduces one stated figure by coincidence, and a document with too few figures.
//! Expected values come from an independent Python computation (level instalments rounded half
//! up to the cent, the last taking the remainder; IRR of the cash flows × 12).

use loanlint::analysis::Analysis;
use loanlint::model::Terms;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, near};

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|p| p.amount)
}

fn received(t: &Terms) -> Option<Decimal> {
    t.disbursed.as_ref().map(|p| p.amount)
}

/// Each text's principal is `want`, inferred (not read) from the figure written `figure`,
/// quoting its own sentence and the figures it reproduces; the cost is `cost` (±0.05).
fn chosen(texts: &[&str], want: Decimal, figure: &str, cost: Decimal) -> Vec<Analysis> {
    texts
        .iter()
        .map(|text| {
            let a = analysed(text);
            let t = &a.report.terms;
            assert_eq!(principal(t), Some(want), "{text}");
            let i = t
                .inferred
                .iter()
                .find(|i| i.field == "principal")
                .unwrap_or_else(|| panic!("no inferred principal: {:?}", t.inferred));
            assert!(i.evidence.len() >= 2, "{i:?}");
            assert!(i.evidence[0].text.contains(figure), "{i:?}");
            assert!(near(apr(&a), cost), "{:?} {text}", apr(&a));
            a
        })
        .collect()
}

#[test]
fn an_interest_free_plan_finds_its_principal_by_the_instalment_and_the_total() {
    // 10,800 repaid in 12 monthly payments of 950 that include a 50 fee: 12 × (950 − 50) =
    // 10,800, total 11,400; IRR × 12 = 10.10% (Python). The course price 12,600 and the
    // scholarship 1,800 reproduce nothing.
    let texts = [
        "职业培训分期确认函\n学员：葛某某　机构：星河职业培训学校\n课程价格12,600元，学员已用奖学金抵扣1,800元；剩余10,800.00元由澄江消费金融有限公司放款至学校账户。\n学员自2025年8月15日起每月15日还款950.00元（含平台服务费50.00元），共12期，合计应还11,400.00元，分期期间不收取利息。\n签署日期：2025年7月15日\n",
        "分期付款确认单\n学员 葛某某\n课程价格：¥12,600.00\n奖学金抵扣：¥1,800.00\n尾款¥10,800.00由澄江消费金融有限公司放款，直接付给学校。\n分期期数：12期（按月），2025年8月15日起每月15日扣款¥950.00（其中服务费¥50.00），不收利息。\n应还总额：¥11,400.00\n确认日期：2025年7月15日\n",
    ];
    for a in chosen(&texts, dec!(10800), "10,800", dec!(10.1012)) {
        assert_eq!(received(&a.report.terms), Some(dec!(10800)));
    }
}

#[test]
fn a_principal_the_figures_contradict_gives_way_to_the_one_they_reproduce() {
    // The price 13,600 less the down payment 2,000 would finance 11,600, but 12 payments of
    // 950 with a 50 fee each repay 10,800 (the books, 800, are paid apart): total 11,400 is
    // impossible on 11,600 and exact on 10,800; 10.10% (Python), as above.
    let texts = [
        "职业培训分期确认函\n学员：葛某某　机构：星河职业培训学校\n课程价格13,600元，学员首付2,000元，教材费800元由学员另行支付；剩余10,800.00元由澄江消费金融有限公司放款至学校账户。\n学员自2025年8月15日起每月15日还款950.00元（含平台服务费50.00元），共12期，合计应还11,400.00元，分期期间不收取利息。\n签署日期：2025年7月15日\n",
        "分期付款确认单\n学员 葛某某\n课程价格：¥13,600.00（含教材费¥800.00，教材费由学员现场另付）\n首付：¥2,000.00\n尾款¥10,800.00由澄江消费金融有限公司放款，直接付给学校。\n分期期数：12期（按月），2025年8月15日起每月15日扣款¥950.00（其中服务费¥50.00），不收利息。\n应还总额：¥11,400.00\n确认日期：2025年7月15日\n",
    ];
    for a in chosen(&texts, dec!(10800), "10,800", dec!(10.1012)) {
        let t = &a.report.terms;
        let why = &t
            .inferred
            .iter()
            .find(|i| i.field == "principal")
            .unwrap()
            .reason;
        assert!(why.contains("11600"), "{why}");
    }
}

#[test]
fn a_note_amount_beside_a_payoff_is_the_principal_its_payments_reproduce() {
    // 8,000 at 11.5% a year over 36 months: 35 × 263.81 + 263.70 = 9,497.05; 200 withheld, so
    // 7,800 reaches the borrower and the finance charge is 1,697.05; APR 13.26% (Python). The
    // payoff 6,420 and the cash 1,380 reproduce nothing.
    let texts = [
        "HARBOR POINT FEDERAL CREDIT UNION - Debt Consolidation Note\nDate: March 3, 2025   Borrower: Dana R. Whitcomb, 14 Elm Row, Columbus, OH 43004\nDisbursements: to Harbor Card Services (payoff) $6,420.00; to the Borrower $1,380.00.\nOrigination fee withheld from the proceeds: $200.00\nThis note is written for $8,000.00 and bears interest at 11.50% per year on the unpaid balance.\nPayments: 36 monthly payments of $263.81 (the last one $263.70), the first due April 3, 2025.\nTotal of payments: $9,497.05\nFINANCE CHARGE: $1,697.05\n",
        "Dana R. Whitcomb, of 14 Elm Row, Columbus, OH 43004, signs this consolidation note with Harbor Point Federal Credit Union on March 3, 2025. Out of the $8,000.00 note, $6,420.00 goes straight to Harbor Card Services, $1,380.00 is deposited for Dana, and an origination fee of $200.00 is withheld from the proceeds. Interest: 11.50% per year on the unpaid balance.\nPayments: 36 monthly payments of $263.81 (the last one $263.70), the first due April 3, 2025.\nTotal of payments: $9,497.05. FINANCE CHARGE: $1,697.05.\n",
    ];
    for a in chosen(&texts, dec!(8000), "8,000", dec!(13.2645)) {
        assert_eq!(received(&a.report.terms), Some(dec!(7800)));
    }
}

#[test]
fn a_draw_page_finds_its_amount_by_the_printed_instalments() {
    // 12,000 in 4 equal-principal months at 1% a month: 3,120 / 3,090 / 3,060 / 3,030,
    // interest 300; IRR × 12 = 12.00% (Python). The line 50,000 and the 20,000 used are not it.
    let texts = [
        "借款详情\n本单（元）\n12,000.00\n总额度 50,000.00元 · 已用 20,000.00元\n期数 4期（按月）\n还款方式 等额本金\n月利率 1%\n利息合计 300.00元\n还款计划\n期数 | 还款日 | 本金 | 利息 | 合计\n第1期 | 2025/10/05 | 3,000.00 | 120.00 | 3,120.00\n第2期 | 2025/11/05 | 3,000.00 | 90.00 | 3,090.00\n第3期 | 2025/12/05 | 3,000.00 | 60.00 | 3,060.00\n第4期 | 2026/01/05 | 3,000.00 | 30.00 | 3,030.00\n借款日期 2025年9月5日\n",
        "提用记录\n2025年9月5日提用一笔，金额12,000.00元（授信总额度50,000.00元，此前已用20,000.00元）。\n该笔按月利率1%计息，分4期按月等额本金归还，利息合计300.00元。\n首期2025年10月5日应还3,120.00元，末期2026年1月5日应还3,030.00元。\n",
    ];
    chosen(&texts, dec!(12000), "12,000", dec!(12.0000));
}

/// No figure is chosen: the principal stays absent, and no cost rests on a guess.
fn left_open(texts: &[&str]) {
    for text in texts {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), None, "{text}");
        assert!(!t.inferred.iter().any(|i| i.field == "principal"), "{text}");
        assert!(a.report.apr.is_none(), "{text}");
    }
}

#[test]
fn one_figure_reproduced_by_coincidence_is_not_enough() {
    // 10,000 at 12% over 12 level months gives 888.49 (Python): the credit line 10,000
    // reproduces the stated instalment, and nothing else tests it: no principal.
    left_open(&[
        "借款确认\n可用额度10,000.00元\n借款期数12期，年利率12%，等额本息\n每月还款888.49元\n",
        "Your credit line: $10,000.00\nRate: 12% per year. 12 monthly payments of $888.49.\n",
    ]);
}

#[test]
fn too_few_figures_leave_the_principal_open() {
    // A deposit and a penalty, a rate and no figure to reproduce: nothing to choose by.
    left_open(&[
        "借条\n今借到王某某现金，月息1分，一年后归还。押金2,000元已付，逾期违约金500元。\n",
        "IOU. I borrowed cash from Sam Ortiz at 1% a month, to be repaid in one year. Deposit paid: $2,000.00. Late fee: $500.00.\n",
    ]);
}
