#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! No default drives a verdict (issue 13, "reconcile, don't guess"): an unstated frequency is
//! a range of readings unless the figures decide it; the first period starts one regular
//! period before a stated first due date, not on the signing date; a listed payment plan
//! dates the instalments and prices each period by its actual days; the lawful claim is given
//! over the readings. Expected values by hand or with an independent Python `decimal` script
//! (bisection on the IRR, 40 digits); the arithmetic is in the comments.

use std::path::Path;

use chrono::NaiveDate;
use loanlint::analysis::{AnalysisOptions, analyse_document_full, analyse_terms};
use loanlint::check::Checker;
use loanlint::compute::schedule::RowTime;
use loanlint::model::*;
use loanlint::read::{Document, SourceKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::common;
use common::fixtures::ev;

fn cny(a: Decimal, said: &str) -> Option<Amount> {
    Some(Amount {
        amount: a,
        currency: "CNY".into(),
        evidence: ev(said),
        derived: false,
    })
}

fn yearly(value: Decimal, said: &str) -> Rate {
    Rate {
        kind: RateKind::Interest,
        value,
        per: Per::Year,
        annual_percent: None,
        day_basis: None,
        day_basis_assumed: false,
        label: said.into(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence: ev(said),
    }
}

fn date(s: &str, said: &str) -> DateTerm {
    DateTerm {
        date: s.parse::<NaiveDate>().unwrap(),
        evidence: ev(said),
    }
}

fn method(m: RepaymentMethod) -> Option<Repayment> {
    Some(Repayment {
        method: m,
        evidence: ev("还款方式"),
    })
}

fn close(a: Decimal, b: Decimal, tol: Decimal) -> bool {
    (a - b).abs() <= tol
}

/// 10,000 from a microloan company in 12 equal instalments (等额本息), signed 2025-06-01.
fn twelve_instalments() -> Terms {
    Terms {
        principal: cny(dec!(10000), "借款金额10,000元"),
        installments: Some(Count {
            count: 12,
            evidence: ev("共12期"),
        }),
        repayment: method(RepaymentMethod::EqualInstallment),
        lender: Some(Party {
            name: Some("某小额贷款有限公司".into()),
            lender_type: LenderType::Microloan,
            evidence: ev("某小额贷款有限公司"),
        }),
        contract_date: Some(date("2025-06-01", "2025年6月1日")),
        ..Terms::default()
    }
}

fn check(terms: Terms) -> loanlint::analysis::Checked {
    let checker = Checker::load(&[]).unwrap();
    analyse_terms(
        terms,
        &AnalysisOptions::default(),
        &checker,
        &mut Vec::new(),
    )
}

fn severity_of(findings: &[Finding], id: &str) -> Option<Severity> {
    findings
        .iter()
        .find(|f| f.rule_id == id)
        .map(|f| f.severity)
}

#[test]
fn an_unstated_frequency_is_a_range_and_no_violation_rests_on_it() {
    // 12 payments of 1,000 repay 10,000: the IRR per period is 2.9228541% (Python decimal
    // bisection). Monthly: × 12 = 35.074249%, below 36%; every two weeks: × 26 = 75.994206%;
    // weekly: × 52 = 151.988412%. Neither the frequency nor the term is stated, so the 36%
    // line is only a warning, and the cost is the range.
    let checked = check(Terms {
        payment: cny(dec!(1000), "每期还款1,000元"),
        ..twelve_instalments()
    });
    let range = checked
        .apr_range
        .as_ref()
        .expect("a range over the frequencies");
    assert_eq!(range.readings.len(), 3, "{range:?}");
    assert!(
        close(range.low_percent, dec!(35.074249), dec!(0.0001)),
        "{range:?}"
    );
    assert!(close(
        range.high_percent.unwrap(),
        dec!(151.988412),
        dec!(0.0001)
    ));
    let middle = range
        .readings
        .iter()
        .find(|r| r.reading.contains("two weeks"))
        .expect("the fortnightly reading");
    assert!(close(middle.nominal_percent, dec!(75.994206), dec!(0.0001)));
    assert!(range.depends_on.iter().any(|d| d.contains("how often")));
    assert_eq!(
        severity_of(&checked.findings, "cn-lic-apr-above-36"),
        Some(Severity::Warning)
    );
}

#[test]
fn a_rate_and_its_instalment_decide_the_frequency() {
    // 18% a year, 12 instalments of 916.80: monthly, 10,000 × 1.5% / (1 − 1.015^−12) =
    // 916.7999 → 916.80 is the stated instalment; every two weeks the rate gives 871.31 and
    // weekly less still. Only the monthly reading reproduces it: no range, cost 18%.
    let checked = check(Terms {
        payment: cny(dec!(916.80), "每期还款916.80元"),
        rates: vec![yearly(dec!(18), "年利率18%")],
        ..twelve_instalments()
    });
    assert!(checked.apr_range.is_none(), "{:?}", checked.apr_range);
    let cost = checked.cost.expect("priced");
    assert!(
        close(cost.apr.nominal_percent, dec!(18), dec!(0.001)),
        "{}",
        cost.apr.nominal_percent
    );
}

#[test]
fn the_first_period_runs_from_one_period_before_the_first_due_date() {
    // 12,000 at 12% a year (1% a month), 12 monthly equal instalments, signed 2025-02-20, first
    // due 2025-04-01, no payout date. The loan starts 2025-03-01, one month before the first
    // due date: the instalment 12,000 × 1% / (1 − 1.01^−12) = 1,066.1854 → 1,066.19 over
    // whole months (last 1,066.14) gives the contract's own 12.00% (IRR × 12 = 12.000106%,
    // Python). Priced from
    // the signing date, the 39-day first period would understate it.
    let checked = check(Terms {
        principal: cny(dec!(12000), "借款金额12,000元"),
        rates: vec![yearly(dec!(12), "年利率12%")],
        frequency: Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: ev("按月还款"),
        }),
        first_payment_date: Some(date("2025-04-01", "首期还款日2025年4月1日")),
        contract_date: Some(date("2025-02-20", "签订日期2025年2月20日")),
        ..twelve_instalments()
    });
    let cost = checked.cost.expect("priced");
    assert!(
        close(cost.apr.nominal_percent, dec!(12), dec!(0.005)),
        "{}",
        cost.apr.nominal_percent
    );
    assert!(
        cost.apr
            .assumptions
            .iter()
            .any(|a| a.contains("one regular period before the first due date")),
        "{:?}",
        cost.apr.assumptions
    );
    let first = &cost.schedule.rows[0];
    assert_eq!(first.due, RowTime::Date("2025-04-01".parse().unwrap()));
}

#[test]
fn a_listed_payment_plan_is_dated_and_priced_by_actual_days() {
    // 900 paid out 2025-05-10, repaid in equal principal parts (300) on the three listed dates
    // 2025-05-24, 2025-06-07, 2025-06-28 (14, 14 and 21 days), 36.5% a year = 0.1% a day.
    // Interest: 900 × 0.1% × 14 = 12.60; 600 × 0.1% × 14 = 8.40; 300 × 0.1% × 21 = 6.30. The
    // count (3) is the number of dates; no frequency is assumed.
    let checked = check(Terms {
        principal: cny(dec!(900), "借款金额900元"),
        installments: None,
        rates: vec![yearly(dec!(36.5), "年利率36.5%")],
        repayment: method(RepaymentMethod::EqualPrincipal),
        disbursement_date: Some(date("2025-05-10", "放款日2025年5月10日")),
        due_dates: vec![
            date("2025-05-24", "2025年5月24日还款300元"),
            date("2025-06-07", "2025年6月7日还款300元"),
            date("2025-06-28", "2025年6月28日还款300元"),
        ],
        ..twelve_instalments()
    });
    assert_eq!(
        checked.terms.installments.as_ref().map(|c| c.count),
        Some(3)
    );
    assert!(checked.apr_range.is_none(), "{:?}", checked.apr_range);
    let cost = checked.cost.expect("priced");
    let rows: Vec<(RowTime, Decimal)> = cost
        .schedule
        .rows
        .iter()
        .map(|r| (r.due, r.total))
        .collect();
    let on = |d: &str| RowTime::Date(d.parse().unwrap());
    assert_eq!(
        rows,
        vec![
            (on("2025-05-24"), dec!(312.60)),
            (on("2025-06-07"), dec!(308.40)),
            (on("2025-06-28"), dec!(306.30)),
        ]
    );
}

#[test]
fn weekly_listed_dates_give_a_weekly_frequency() {
    // Four dates seven days apart: the plan is weekly (inferred, with its evidence).
    let dates = ["2025-09-22", "2025-09-29", "2025-10-06", "2025-10-13"];
    let checked = check(Terms {
        payment: cny(dec!(2600), "每周还款2,600元"),
        installments: None,
        disbursement_date: Some(date("2025-09-15", "放款日2025年9月15日")),
        due_dates: dates.iter().map(|d| date(d, d)).collect(),
        ..twelve_instalments()
    });
    assert_eq!(
        checked.terms.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Weekly)
    );
    assert!(
        checked
            .terms
            .inferred
            .iter()
            .any(|i| i.field == "frequency" && i.value == "weekly")
    );
    // 2,600 a week for 10,000: the implied rate 1.5874991% a week, interest rounded to the fen
    // each week, leaves a last payment of 2,600.01; IRR × 52 = 82.551952% (Python, same
    // rounding).
    let cost = checked.cost.expect("priced");
    assert!(
        close(cost.apr.nominal_percent, dec!(82.551952), dec!(0.0001)),
        "{}",
        cost.apr.nominal_percent
    );
}

fn per_period_fee(amount: Decimal, said: &str) -> Fee {
    Fee {
        name: "服务费".into(),
        kind: FeeKind::Service,
        amount: Some(amount),
        percent: None,
        basis: None,
        per: None,
        timing: FeeTiming::PerPeriod,
        payee: None,
        note: None,
        evidence: ev(said),
        due_date: None,
        amount_blank: false,
    }
}

/// 6,000 in 12 monthly instalments of 600, a service fee of 45 a period, no rate stated.
fn fee_in_instalment() -> Terms {
    Terms {
        principal: cny(dec!(6000), "借款金额6,000元"),
        payment: cny(dec!(600), "每期应还600元"),
        fees: vec![per_period_fee(dec!(45), "服务费每期45元")],
        frequency: Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: ev("按月还款"),
        }),
        ..twelve_instalments()
    }
}

#[test]
fn an_instalment_with_or_without_its_fee_is_a_range_until_a_figure_decides() {
    // 600 a month with the 45 inside: 555 repays principal and interest at the rate it
    // implies, interest rounded to the fen each month (last 599.99 with the fee); IRR × 12 =
    // 35.074012% (Python bisection, same rounding). With the 45 on top, 645 a month (last
    // 645.01): 49.835776%. Nothing else is stated, so the 36% line is a warning.
    let checked = check(fee_in_instalment());
    let range = checked.apr_range.as_ref().expect("two readings");
    assert_eq!(range.readings.len(), 2, "{range:?}");
    assert!(
        close(range.low_percent, dec!(35.074012), dec!(0.0001)),
        "{range:?}"
    );
    assert!(close(
        range.high_percent.unwrap(),
        dec!(49.835776),
        dec!(0.0001)
    ));
    assert_eq!(
        severity_of(&checked.findings, "cn-lic-apr-above-36"),
        Some(Severity::Warning)
    );
    // 利息合计 660 = (600 − 45) × 12 − 6,000: the fee is inside the instalment, counted once.
    let checked = check(Terms {
        total_interest: cny(dec!(660), "利息合计660元"),
        ..fee_in_instalment()
    });
    assert!(checked.apr_range.is_none(), "{:?}", checked.apr_range);
    let apr = checked.cost.unwrap().apr.nominal_percent;
    assert!(close(apr, dec!(35.074012), dec!(0.0001)), "{apr}");
}

#[test]
fn a_second_yearly_rate_that_is_the_all_in_cost_is_not_charged_again() {
    // 18,000, 年利率10.8% (0.9% a month), 12 equal instalments of 1,589.19 (annuity rounded
    // to the fen; last 1,589.22) plus a 90 service fee each: IRR × 12 = 21.363791% (Python).
    // The summary box's «年化利率 21.36%» is that all-in cost: read as a second interest rate
    // it would price the loan at 21.36% before the fee.
    let mut box_rate = yearly(dec!(21.36), "年化利率  21.36%");
    box_rate.label = "年化利率".into();
    let checked = check(Terms {
        principal: cny(dec!(18000), "借款本金  18,000.00"),
        rates: vec![box_rate, yearly(dec!(10.8), "年利率10.8%。")],
        fees: vec![per_period_fee(
            dec!(90),
            "综合服务费90.00元，按期随每期还款一并支付。",
        )],
        frequency: Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: ev("每月20日还款"),
        }),
        ..twelve_instalments()
    });
    let apr = checked.cost.as_ref().unwrap().apr.nominal_percent;
    assert!(close(apr, dec!(21.363791), dec!(0.0001)), "{apr}");
    assert!(checked.terms.rates[0].comprehensive);
    assert!(
        checked
            .terms
            .inferred
            .iter()
            .any(|i| i.field == "rates" && i.evidence.len() == 2)
    );
}

#[test]
fn the_lawful_claim_is_given_over_the_readings_not_the_assumed_one() {
    // 10,000 from a microloan company, 12 equal instalments of 1,000, no frequency or term.
    // Each instalment's charges are at most the balance × 24% ÷ instalments a year (the
    // interest of the IRR schedule, 2.9228541% a period, is above that every period), summed
    // per row to the fen (Python): monthly 1,368.53, every two weeks 631.63, weekly 315.81.
    // The claim gives the lower total, 10,315.81, and every reading's.
    let text = "借款合同\n贷款人：某某小额贷款有限公司\n借款人：张三\n借款金额：人民币10,000.00元。\n还款方式：等额本息，共12期，每期还款1,000.00元。\n签订日期：2025年6月1日\n";
    let doc = Document::from_text(Path::new("claim.txt"), SourceKind::Text, text);
    let checker = Checker::load(&[]).unwrap();
    let analysis = analyse_document_full(&doc, &AnalysisOptions::default(), &checker);
    let claim = analysis
        .report
        .lawful_claim
        .as_ref()
        .expect("a lawful claim");
    let totals: Vec<Decimal> = claim.readings.iter().map(|r| r.lawful_total).collect();
    assert_eq!(
        totals,
        vec![dec!(11368.53), dec!(10631.63), dec!(10315.81)],
        "{:?}",
        claim.readings
    );
    assert_eq!(claim.whole_loan.lawful_total, dec!(10315.81));
    assert!(
        claim.assumptions.iter().any(|a| a.contains("how often")),
        "{:?}",
        claim.assumptions
    );
    assert!(claim.whole_loan.headline_en.contains("11,368.53"));
}

#[test]
fn a_fee_as_large_as_the_instalment_is_a_contradiction_not_a_charge() {
    // 600 a month and a "fee" of 600 a month: the instalment must also repay 6,000, so a fee
    // of its size is the instalment misread. It is recorded and left out; the cost is then
    // 600 × 12 on 6,000 alone: 35.074249% by the exact IRR (the first test's flows scaled),
    // within 0.01 pp once interest is rounded to the fen; with the fee added it would pass 100%.
    let checked = check(Terms {
        fees: vec![per_period_fee(dec!(600), "月服务费 600.00")],
        ..fee_in_instalment()
    });
    let terms = &checked.terms;
    assert!(terms.fees.is_empty(), "{:?}", terms.fees);
    assert!(
        terms
            .inconsistencies
            .iter()
            .any(|i| i.message.contains("as large as the stated instalment")),
        "{:?}",
        terms.inconsistencies
    );
    assert!(checked.apr_range.is_none(), "{:?}", checked.apr_range);
    let apr = checked.cost.unwrap().apr.nominal_percent;
    assert!(close(apr, dec!(35.074249), dec!(0.01)), "{apr}");
    // A fee smaller than the instalment stays a fee.
    let checked = check(fee_in_instalment());
    assert_eq!(checked.terms.fees.len(), 1);
}
