#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! When a fee is paid, decided by the figures the contract states (src/reconcile/fee_timing.rs):
//! contracts written for these tests, in wordings and layouts of their own, where a stated
//! figure decides each timing, where nothing decides (a range, and no violation rests on it),
//! and where the figures contradict every timing.
//!
//! Expected costs are Python `decimal` bisections on the IRR (40 digits), not loanlint's
//! output: level instalments rounded to the cent, the last one taking the remainder, the fee
//! added to the flow of its own period; nominal = periodic IRR × 12.
//! - A: 30,000 at 1% a month, 6 × 5,176.45 (last 5,176.46), fee 800: at payout 21.506096%,
//!   with each instalment 64.175144%, with the last 20.567189%, left out 12.000042%.
//! - B: 6,000 at 0.75% a month, 24 × 274.11 (last 274.08), fee 10: with each instalment
//!   12.594293% (instalment 284.11); at payout 9.166292%.
//! - C: 5,000 at 1.25% a month, 12 × 451.29 (last 451.31), fee 150: at payout 20.866672%,
//!   with the last 19.801340%.
//! - D: 10,000 at 1.5% a month, 12 × 916.80 (last 916.81, together 11,001.61), fee 1,200: at
//!   payout 43.372813%, with the last 35.394615%, each instalment 220.447341%.

use std::path::Path;

use loanlint::analysis::{AnalysisOptions, analyse_document_full, analyse_terms};
use loanlint::check::Checker;
use loanlint::model::*;
use loanlint::read::{Document, SourceKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common::fixtures::ev;

fn report_of(text: &str) -> Report {
    let doc = Document::from_text(Path::new("fees.txt"), SourceKind::Text, text);
    let checker = Checker::load(&[]).unwrap();
    analyse_document_full(&doc, &AnalysisOptions::default(), &checker).report
}

pub(crate) fn close(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= dec!(0.001)
}

pub(crate) fn nominal(r: &Report) -> Decimal {
    r.apr.as_ref().expect("a cost").nominal_percent
}

fn only_fee(r: &Report) -> &Fee {
    assert_eq!(r.terms.fees.len(), 1, "{:?}", r.terms.fees);
    &r.terms.fees[0]
}

fn timing_inferred(r: &Report) -> Option<&Inferred> {
    r.terms.inferred.iter().find(|i| i.field == "fee_timing")
}

pub(crate) fn violations(r: &Report) -> Vec<&str> {
    r.findings
        .iter()
        .filter(|f| f.severity == Severity::Violation)
        .map(|f| f.rule_id.as_str())
        .collect()
}

const KEY_VALUE: &str = "借款确认函\n资金方：南屏消费金融有限公司\n借款人：韦晓岚\n借款金额　30,000元\n借款期限　6个月\n年利率　12%（等额本息，按月还款）\n每月还款　5,176.45元\n咨询服务费　800元\n综合年化成本　20.57%\n确认日期　2025年9月2日\n";

const CLAUSES: &str = "个人借款协议\n\n甲方（贷款人）：南屏消费金融有限公司　　乙方（借款人）：韦晓岚\n\n第一条　甲方向乙方出借人民币30,000.00元，借款期限为6个月，年利率为12%，乙方按月以等额本息方式还款，每月还款额为5,176.45元。\n第二条　乙方另应向甲方支付咨询服务费人民币800.00元。\n第三条　按照监管要求披露：本笔借款的综合年化成本为20.57%。\n第四条　本协议于2025年9月2日签订。\n";

#[test]
fn a_stated_annualised_cost_places_an_untimed_fee_with_the_last_instalment() {
    // Only the fee paid with the last instalment gives 20.57% (20.567189%); at payout is
    // 21.51%, each period 64.18%.
    for text in [KEY_VALUE, CLAUSES] {
        let r = report_of(text);
        assert_eq!(only_fee(&r).timing, FeeTiming::AtMaturity, "{text}");
        assert!(close(nominal(&r), dec!(20.567189)), "{:?}", r.apr);
        let why = timing_inferred(&r).expect("the timing is an inference");
        assert!(why.reason.contains("stated annualised rate"), "{why:?}");
        assert!(why.evidence.iter().any(|e| e.text.contains("20.57%")));
        assert!(r.apr_range.is_none());
    }
}

#[test]
fn the_stated_instalment_places_a_fee_in_every_period() {
    // 274.11 of principal and interest a month at 9% a year, the stated 284.11 with the 10
    // fee: paid with each instalment, 12.594293%.
    let text = "INSTALMENT LOAN AGREEMENT\nLender: Ridgeway Community Lending LLC\nBorrower: Dana K. Whitcombe\nDate: March 3, 2025\n\nLoan amount: $6,000.00\nInterest rate: 9% per year, fixed\nNumber of payments: 24 monthly payments\nMonthly payment: $284.11\nAccount servicing fee: $10.00\n";
    let r = report_of(text);
    assert_eq!(only_fee(&r).timing, FeeTiming::PerPeriod);
    assert!(close(nominal(&r), dec!(12.594293)), "{:?}", r.apr);
    let why = timing_inferred(&r).expect("the timing is an inference");
    assert!(why.reason.contains("the stated instalment"), "{why:?}");
    // The instalment is reproduced with the fee in it: no mismatch is left.
    assert!(
        r.terms.inconsistencies.is_empty(),
        "{:?}",
        r.terms.inconsistencies
    );
}

#[test]
fn a_stated_apr_places_a_fee_at_payout() {
    // At payout 20.866672% (the stated 20.87%); with the last instalment 19.80%.
    let text = "PERSONAL LOAN NOTE\nLender: Copperleaf Finance Inc.          Borrower: Marcus T. Ilves\nNote date: 14 May 2025\n\nThe lender lends the borrower $5,000.00 at a fixed interest rate of 15% per annum, repayable in 12 equal\nmonthly instalments of $451.29. A processing fee of $150.00 applies to this loan.\nANNUAL PERCENTAGE RATE: 20.87%\n";
    let r = report_of(text);
    assert_eq!(only_fee(&r).timing, FeeTiming::UpfrontPaid);
    assert!(close(nominal(&r), dec!(20.866672)), "{:?}", r.apr);
}

const TOTAL_ONLY: &str = "消费借款合同（摘要）\n贷款人：澄江消费金融有限公司\n借款人：周启明\n一、借款本金：人民币10,000.00元。\n二、借款年利率18%，还款方式为等额本息，借款期数12期，按月还款，每期还款金额916.80元。\n三、借款人另需支付信息服务费1,200.00元。\n四、还款总额：12,201.61元。\n五、签订日期：2025年4月8日。\n";

#[test]
fn when_nothing_decides_the_cost_is_a_range_and_the_cap_only_a_warning() {
    // 12,201.61 = 11,001.61 + 1,200: the fee is in the total, paid at payout or with the last
    // instalment alike (each period would make the total 25,401.61). 43.37% at payout is above
    // 36%, 35.39% at the end is not: a warning, no violation.
    let r = report_of(TOTAL_ONLY);
    assert_eq!(
        only_fee(&r).timing,
        FeeTiming::Other,
        "not decided, not reported as decided"
    );
    assert!(timing_inferred(&r).is_none());
    let range = r.apr_range.as_ref().expect("a range over the timings");
    assert_eq!(range.readings.len(), 2, "{range:?}");
    assert!(close(range.low_percent, dec!(35.394615)), "{range:?}");
    assert!(
        close(range.high_percent.unwrap(), dec!(43.372813)),
        "{range:?}"
    );
    assert!(
        range.depends_on.iter().any(|d| d.contains("信息服务费")),
        "{range:?}"
    );
    assert!(violations(&r).is_empty(), "{:?}", r.findings);
    let cap = r
        .findings
        .iter()
        .find(|f| f.rule_id == "cn-lic-apr-above-36")
        .expect("the 36% line, as a warning");
    assert_eq!(cap.severity, Severity::Warning);
    // The total is reproduced by the readings: no mismatch is reported.
    assert!(
        r.terms.inconsistencies.is_empty(),
        "{:?}",
        r.terms.inconsistencies
    );
}

#[test]
fn figures_no_timing_reproduces_are_a_contradiction_quoting_both_sides() {
    // A 500 fee cannot make 11,001.61 into 11,901.61 at any time (at payout or at the end
    // 11,501.61; each period 17,001.61).
    let text = TOTAL_ONLY
        .replace("1,200.00元", "500.00元")
        .replace("12,201.61", "11,901.61");
    let r = report_of(&text);
    assert!(timing_inferred(&r).is_none());
    let conflict = r
        .terms
        .inconsistencies
        .iter()
        .find(|i| i.kind == "stated-total-contradicts-parts")
        .expect("the stated total contradicts its parts");
    assert!(conflict.message.contains("11,901.61"), "{conflict:?}");
    assert!(conflict.message.contains("11501.61"), "{conflict:?}");
    assert!(conflict.message.contains("信息服务费"), "{conflict:?}");
    // Every timing is a reading: no verdict rests on one of them.
    assert!(r.apr_range.is_some());
    assert!(violations(&r).is_empty(), "{:?}", r.findings);
}

/// The A loan as terms, its fee read `timing`, the stated annualised cost `disclosed`.
fn loan_a(timing: FeeTiming, disclosed: Decimal) -> Terms {
    let cny = |a: Decimal, said: &str| {
        Some(Amount {
            amount: a,
            currency: "CNY".into(),
            evidence: ev(said),
            derived: false,
        })
    };
    let rate = |value: Decimal, comprehensive: bool, said: &str| Rate {
        kind: RateKind::Interest,
        value,
        per: Per::Year,
        annual_percent: Some(value),
        day_basis: None,
        day_basis_assumed: false,
        label: said.into(),
        comprehensive,
        basis: None,
        markup_percent: None,
        evidence: ev(said),
    };
    Terms {
        principal: cny(dec!(30000), "借款金额30,000元"),
        term: Some(LoanTerm {
            months: Some(6),
            days: None,
            evidence: ev("借款期限6个月"),
        }),
        installments: Some(Count {
            count: 6,
            evidence: ev("分6期"),
        }),
        frequency: Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: ev("按月还款"),
        }),
        repayment: Some(Repayment {
            method: RepaymentMethod::EqualInstallment,
            evidence: ev("等额本息"),
        }),
        rates: vec![rate(dec!(12), false, "年利率12%")],
        payment: cny(dec!(5176.45), "每月还款5,176.45元"),
        disclosed_apr: Some(rate(disclosed, true, "综合年化成本")),
        fees: vec![Fee {
            name: "会员权益费".into(),
            kind: FeeKind::Membership,
            amount: Some(dec!(800)),
            percent: None,
            basis: None,
            per: None,
            timing,
            payee: None,
            note: None,
            evidence: ev("会员权益费800元"),
            due_date: None,
            amount_blank: false,
        }],
        lender: Some(Party {
            name: Some("南屏消费金融有限公司".into()),
            lender_type: LenderType::ConsumerFinance,
            evidence: ev("南屏消费金融有限公司"),
        }),
        ..Terms::default()
    }
}

fn check_terms(terms: Terms) -> loanlint::analysis::Checked {
    let checker = Checker::load(&[]).unwrap();
    analyse_terms(
        terms,
        &AnalysisOptions::default(),
        &checker,
        &mut Vec::new(),
    )
}

#[test]
fn a_timing_read_from_the_words_gives_way_when_the_figures_contradict_it() {
    // Read as paid each period (64.18%, a 36% violation), but the stated 20.57% is the fee
    // with the last instalment: the figures decide, and the inference says it was read
    // otherwise.
    let checked = check_terms(loan_a(FeeTiming::PerPeriod, dec!(20.57)));
    assert_eq!(checked.terms.fees[0].timing, FeeTiming::AtMaturity);
    let cost = checked.cost.as_ref().unwrap();
    assert!(
        close(cost.apr.nominal_percent, dec!(20.567189)),
        "{:?}",
        cost.apr
    );
    let why = checked
        .terms
        .inferred
        .iter()
        .find(|i| i.field == "fee_timing")
        .unwrap();
    assert!(
        why.reason.contains("read as paid with each instalment"),
        "{why:?}"
    );
    assert!(
        !checked
            .findings
            .iter()
            .any(|f| f.severity == Severity::Violation),
        "{:?}",
        checked.findings
    );
}

#[test]
fn a_timing_read_from_the_words_that_the_figures_agree_with_stays() {
    // Read at payout, and the stated 21.51% is at payout (21.506096%): nothing to decide.
    let checked = check_terms(loan_a(FeeTiming::UpfrontPaid, dec!(21.51)));
    assert_eq!(checked.terms.fees[0].timing, FeeTiming::UpfrontPaid);
    assert!(
        !checked
            .terms
            .inferred
            .iter()
            .any(|i| i.field == "fee_timing")
    );
    let cost = checked.cost.as_ref().unwrap();
    assert!(
        close(cost.apr.nominal_percent, dec!(21.506096)),
        "{:?}",
        cost.apr
    );
}

#[test]
fn a_single_payment_fee_of_no_stated_timing_is_priced_both_ways_over_the_term() {
    // One payment a year after payout: 10,000 + 12% = 11,200, and a 600 fee the note does not
    // time. With the payment: 11,800 / 10,000 - 1 = 18%; at payout: 11,200 / 9,400 - 1 =
    // 19.148936% (the unit-period is the year either way). No figure decides: a range.
    let text = "PROMISSORY NOTE\nLender: Beacon Hill Lending LLC        Borrower: Ruth P. Calloway\nDate: January 15, 2025\nPrincipal: $10,000.00. Interest: 12% per year, simple.\nThe principal and the interest are due in one payment on January 15, 2026.\nA loan fee of $600.00 also applies.\n";
    let r = report_of(text);
    let range = r.apr_range.as_ref().expect("a range over the timings");
    assert_eq!(range.readings.len(), 2, "{range:?}");
    assert!(close(range.low_percent, dec!(18)), "{range:?}");
    assert!(
        close(range.high_percent.unwrap(), dec!(19.148936)),
        "{range:?}"
    );
    assert!(
        range.depends_on.iter().any(|d| d.contains("loan fee")),
        "{range:?}"
    );
}
