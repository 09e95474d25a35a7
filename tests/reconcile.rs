#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The reconciliation stage on hand-built terms (not via the extractors): each failure seen on
//! unseen contracts, with expected values computed by hand or with an independent Python
//! `decimal` script (bisection on the IRR, 40 digits); the arithmetic is in the comments.

use chrono::NaiveDate;
use loanlint::analysis::{AnalysisOptions, analyse_terms};
use loanlint::check::Checker;
use loanlint::compute::apr::Method;
use loanlint::model::*;

use crate::common;
use common::fixtures::ev;
use loanlint::reconcile::{FIGURES_MISMATCH, reconcile};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn cny(a: Decimal, said: &str) -> Option<Amount> {
    Some(Amount {
        amount: a,
        currency: "CNY".into(),
        evidence: ev(said),
        derived: false,
    })
}

fn rate(value: Decimal, per: Per, said: &str) -> Rate {
    Rate {
        kind: RateKind::Interest,
        value,
        per,
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

fn fee(name: &str, amount: Option<Decimal>, timing: FeeTiming) -> Fee {
    Fee {
        name: name.into(),
        kind: FeeKind::Service,
        amount,
        percent: None,
        basis: None,
        per: None,
        timing,
        payee: None,
        note: None,
        evidence: ev(name),
        due_date: None,
        amount_blank: false,
    }
}

fn count(n: u32) -> Option<Count> {
    Some(Count {
        count: n,
        evidence: ev(&format!("{n}期")),
    })
}

fn date(s: &str, said: &str) -> Option<DateTerm> {
    Some(DateTerm {
        date: s.parse::<NaiveDate>().unwrap(),
        evidence: ev(said),
    })
}

fn monthly_payments() -> Option<FrequencyTerm> {
    Some(FrequencyTerm {
        frequency: Frequency::Monthly,
        evidence: ev("借款期数：12期（按月）"),
    })
}

fn months(m: u32) -> Option<LoanTerm> {
    Some(LoanTerm {
        months: Some(m),
        days: None,
        evidence: ev(&format!("{m}个月")),
    })
}

fn method(m: RepaymentMethod) -> Option<Repayment> {
    Some(Repayment {
        method: m,
        evidence: ev("还款方式"),
    })
}

fn close(got: Decimal, want: Decimal, tol: Decimal) -> bool {
    (got - want).abs() <= tol
}

fn only_cost(terms: Terms, method: Method) -> loanlint::compute::cost::LoanCost {
    let rec = reconcile(terms, method);
    assert_eq!(rec.readings.len(), 1, "one reading expected");
    rec.readings.into_iter().next().unwrap().cost.unwrap()
}

#[test]
fn a_flat_per_period_fee_is_not_read_as_interest() {
    // 6,000 in 12 periods of 545.00 with 分期手续费 0.75% of the principal a period:
    // 545 = 6000/12 + 0.75% × 6000 = 500 + 45, so 545 × 12 = 6,000 + 540 and there is no
    // interest beyond the fee. IRR of 6000 → 12 × 545 (Python decimal bisection):
    // 1.3513735%/month, nominal 16.216482%, effective 17.477762%. Never 208%.
    let mut handling = fee("分期手续费", None, FeeTiming::PerPeriod);
    handling.percent = Some(dec!(0.75));
    handling.basis = Some(Basis::Principal);
    handling.per = Some(Per::Month);
    let terms = Terms {
        principal: cny(dec!(6000), "分期本金6,000.00元"),
        installments: count(12),
        frequency: monthly_payments(),
        payment: cny(dec!(545), "每期应还545.00元"),
        fees: vec![handling],
        ..Terms::default()
    };
    let rec = reconcile(terms, Method::CnIrr);
    let why = rec
        .terms
        .inferred
        .iter()
        .find(|i| i.field == "interest")
        .unwrap();
    assert!(
        why.reason.contains("545 × 12 = 6000 + 12 × 45"),
        "{}",
        why.reason
    );
    assert_eq!(rec.readings.len(), 1, "one reading expected");
    let cost = rec.readings[0].cost.as_ref().unwrap();
    assert!(
        close(cost.apr.nominal_percent, dec!(16.216482), dec!(0.0001)),
        "{}",
        cost.apr.nominal_percent
    );
    assert!(cost.schedule.rows.iter().all(|r| r.total == dec!(545)));
    assert_eq!(cost.total_fees, dec!(540));
    assert_eq!(cost.total_interest, Decimal::ZERO);
}

#[test]
fn interest_only_is_inferred_from_the_monthly_interest() {
    // 50,000 at 30% a year: 50000 × 30% / 12 = 1,250 a month is the interest only. 等额本息
    // would pay 50000 × 0.025 / (1 − 1.025^−12) = 4,874.36, 等额本金 and 等本等息 first
    // 4,166.67 + 1,250 = 5,416.67: only 先息后本 reproduces 1,250. Its cost: 12 × 2.5% = 30%.
    let terms = Terms {
        principal: cny(dec!(50000), "借款金额50,000元"),
        rates: vec![rate(dec!(30), Per::Year, "年利率30%")],
        installments: count(12),
        payment: cny(dec!(1250), "每月10日支付当月利息1,250元"),
        ..Terms::default()
    };
    let rec = reconcile(terms, Method::CnIrr);
    let inferred = rec
        .terms
        .inferred
        .iter()
        .find(|i| i.field == "repayment")
        .expect("the method is inferred");
    assert_eq!(inferred.value, "interest_only");
    assert!(inferred.reason.contains("1250"), "{}", inferred.reason);
    assert!(inferred.evidence.iter().any(|e| e.text.contains("1,250元")));
    assert_eq!(rec.readings.len(), 1);
    let cost = rec.readings[0].cost.as_ref().unwrap();
    assert!(close(cost.apr.nominal_percent, dec!(30), dec!(0.000001)));
    assert!(rec.terms.inconsistencies.is_empty());
}

#[test]
fn two_dates_make_a_term_in_days() {
    // Transaction Date 2025-04-01, Due Date 2025-04-15: 14 days. $300 with a $90 finance
    // charge: Reg Z single payment, unit-period = the term, APR = 90/300 × 365/14 × 100 =
    // 782.142857%. (A month assumed would give 90/300 × 12 × 100 = 360%.)
    let terms = Terms {
        principal: Some(Amount {
            amount: dec!(300),
            currency: "USD".into(),
            evidence: ev("Amount Financed $300.00"),
            derived: false,
        }),
        finance_charge: Some(Amount {
            amount: dec!(90),
            currency: "USD".into(),
            evidence: ev("Finance Charge $90.00"),
            derived: false,
        }),
        disbursement_date: date("2025-04-01", "Transaction Date: 04/01/2025"),
        maturity_date: date("2025-04-15", "Due Date: 04/15/2025"),
        ..Terms::default()
    };
    let rec = reconcile(terms, Method::UsRegz);
    assert_eq!(rec.terms.term.as_ref().and_then(|t| t.days), Some(14));
    let inferred = rec
        .terms
        .inferred
        .iter()
        .find(|i| i.field == "term")
        .unwrap();
    assert_eq!(inferred.value, "14 days");
    assert_eq!(inferred.evidence.len(), 2);
    let cost = rec.readings[0].cost.as_ref().unwrap();
    let want = dec!(90) / dec!(300) * dec!(365) / dec!(14) * dec!(100);
    assert!(
        close(cost.apr.nominal_percent, want, dec!(0.000001)),
        "{}",
        cost.apr.nominal_percent
    );
}

fn bullet_a_year(rate_percent: Decimal) -> Terms {
    Terms {
        principal: cny(dec!(10000), "借款本金10,000元"),
        rates: vec![rate(rate_percent, Per::Year, "年利率")],
        term: months(12),
        repayment: method(RepaymentMethod::Bullet),
        ..Terms::default()
    }
}

#[test]
fn a_fee_due_at_maturity_is_part_of_the_cost() {
    // 10,000 at 30% for one year, one payment of 13,000 plus a ¥800 fee due at maturity:
    // 13,800 a year after 10,000 is received, so 38% (nominal = effective over a one-year
    // unit-period). Leaving the fee out gave 26.5% (= 12 × (1.3^(1/12) − 1)).
    let mut terms = bullet_a_year(dec!(30));
    terms
        .fees
        .push(fee("服务费", Some(dec!(800)), FeeTiming::AtMaturity));
    for t in [
        terms.clone(),
        Terms {
            contract_date: date("2025-01-10", "2025年1月10日"),
            ..terms.clone()
        },
    ] {
        let cost = only_cost(t, Method::CnIrr);
        assert_eq!(cost.schedule.rows.last().unwrap().total, dec!(13800));
        assert!(close(cost.apr.nominal_percent, dec!(38), dec!(0.000001)));
        assert!(close(cost.apr.effective_percent, dec!(38), dec!(0.000001)));
        assert_eq!(cost.total_fees, dec!(800));
    }
}

#[test]
fn a_one_year_bullet_at_18_percent_costs_18_percent() {
    // 10,000 → 11,800 a year later. cn-irr and Reg Z both take the term as the unit-period:
    // 1800/10000 = 18%, not 12 × (1.18^(1/12) − 1) = 16.67%.
    for m in [Method::CnIrr, Method::UsRegz] {
        let cost = only_cost(bullet_a_year(dec!(18)), m);
        assert!(
            close(cost.apr.nominal_percent, dec!(18), dec!(0.000001)),
            "{m:?}: {}",
            cost.apr.nominal_percent
        );
    }
    let cost = only_cost(bullet_a_year(dec!(18)), Method::CnIrr);
    assert!(close(cost.apr.effective_percent, dec!(18), dec!(0.000001)));
}

#[test]
fn contradicting_figures_are_an_inconsistency_quoting_both() {
    // 10,000 at 1% a month, 等额本息, 12 instalments: 888.49 a month, interest 661.86 in all
    // (Python decimal, interest rounded each month). The contract also says 利息合计2,000元.
    let terms = Terms {
        principal: cny(dec!(10000), "借款本金10,000元"),
        rates: vec![rate(dec!(1), Per::Month, "月利率1%")],
        installments: count(12),
        repayment: method(RepaymentMethod::EqualInstallment),
        total_interest: cny(dec!(2000), "利息合计2,000元"),
        ..Terms::default()
    };
    let rec = reconcile(terms, Method::CnIrr);
    let found: Vec<_> = rec
        .terms
        .inconsistencies
        .iter()
        .filter(|i| i.kind == FIGURES_MISMATCH)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    let i = found[0];
    assert_eq!(i.evidence.text, "利息合计2,000元");
    for quoted in ["利息合计2,000元", "月利率1%", "借款本金10,000元", "661.86"] {
        assert!(i.message.contains(quoted), "{quoted} not in {}", i.message);
    }
}

fn microloan(monthly: Decimal) -> Terms {
    Terms {
        principal: cny(dec!(10000), "借款金额10,000元"),
        rates: vec![rate(monthly, Per::Month, "月利率")],
        installments: count(12),
        // Stated: an unstated frequency is a reading of its own (tests/reconcile_defaults.rs).
        frequency: monthly_payments(),
        fees: vec![fee("服务费", Some(dec!(800)), FeeTiming::UpfrontDeducted)],
        lender: Some(Party {
            name: Some("某小额贷款有限公司".into()),
            lender_type: LenderType::Microloan,
            evidence: ev("某小额贷款有限公司"),
        }),
        contract_date: date("2025-06-01", "2025年6月1日"),
        ..Terms::default()
    }
}

fn severity_of(findings: &[Finding], id: &str) -> Option<Severity> {
    findings
        .iter()
        .find(|f| f.rule_id == id)
        .map(|f| f.severity)
}

#[test]
fn an_unstated_method_gives_a_range_and_no_violation_rests_on_it() {
    // 10,000, 2% a month, 12 instalments, 800 deducted (9,200 received); the method is not
    // stated. IRR × 12 per method (Python decimal bisection): 等额本息 40.614936%, 等额本金
    // 41.206983%, 先息后本 33.526054%, 等本等息 59.043461%. Only some break 36%.
    let checker = Checker::load(&[]).unwrap();
    let mut warnings = Vec::new();
    let checked = analyse_terms(
        microloan(dec!(2)),
        &AnalysisOptions::default(),
        &checker,
        &mut warnings,
    );
    let range = checked.apr_range.as_ref().expect("a range");
    assert!(close(range.low_percent, dec!(33.526054), dec!(0.0001)));
    assert!(close(
        range.high_percent.unwrap(),
        dec!(59.043461),
        dec!(0.0001)
    ));
    assert_eq!(range.readings.len(), 4);
    assert!(
        range
            .depends_on
            .iter()
            .any(|d| d.contains("repayment method"))
    );
    let cap = checked
        .findings
        .iter()
        .find(|f| f.rule_id == "cn-lic-apr-above-36")
        .expect("the 36% line is reported");
    assert_eq!(cap.severity, Severity::Warning);
    assert!(cap.message.contains("depends on"), "{}", cap.message);
    assert!(cap.message.contains("先息后本"), "{}", cap.message);
    // The deduction breaks the rules whatever the method: it keeps its severity.
    assert_eq!(
        severity_of(&checked.findings, "cn-lic-upfront-fee-deduction"),
        Some(Severity::Violation)
    );

    // At 3.5% a month every reading is above 36% (先息后本, the lowest, 52.450325%): the
    // violation stands.
    let checked = analyse_terms(
        microloan(dec!(3.5)),
        &AnalysisOptions::default(),
        &checker,
        &mut warnings,
    );
    let range = checked.apr_range.as_ref().unwrap();
    assert!(close(range.low_percent, dec!(52.450325), dec!(0.0001)));
    assert_eq!(
        severity_of(&checked.findings, "cn-lic-apr-above-36"),
        Some(Severity::Violation)
    );
}

#[test]
fn a_blank_deducted_fee_is_listed_and_the_cost_is_a_lower_bound() {
    // 10,000 at 1% a month 等额本息 over 12 months: 12.00% nominal without the fee
    // (the level payment 888.49 rounds the IRR to 12.0000x%); a 居间服务费 deducted at payout
    // with a blank amount makes that a lower bound, and the amount received unknown.
    let mut blank = fee("居间服务费", None, FeeTiming::UpfrontDeducted);
    blank.amount_blank = true;
    let terms = Terms {
        principal: cny(dec!(10000), "借款本金10,000元"),
        rates: vec![rate(dec!(1), Per::Month, "月利率1%")],
        installments: count(12),
        repayment: method(RepaymentMethod::EqualInstallment),
        fees: vec![blank],
        ..Terms::default()
    };
    let checker = Checker::load(&[]).unwrap();
    let mut warnings = Vec::new();
    let checked = analyse_terms(terms, &AnalysisOptions::default(), &checker, &mut warnings);
    assert!(checked.terms.fees.iter().any(|f| f.name == "居间服务费"));
    assert!(checked.terms.disbursed.is_none());
    let range = checked.apr_range.as_ref().expect("a range");
    assert_eq!(range.high_percent, None);
    assert!(close(range.low_percent, dec!(12), dec!(0.001)));
    assert!(range.depends_on.iter().any(|d| d.contains("居间服务费")));
    let cost = checked.cost.as_ref().unwrap();
    assert!(
        cost.apr
            .assumptions
            .iter()
            .any(|a| a.contains("居间服务费") && a.contains("blank")),
        "{:?}",
        cost.apr.assumptions
    );
    assert!(
        cost.apr
            .assumptions
            .iter()
            .any(|a| a.contains("at least 12"))
    );
    assert!(warnings.iter().any(|w| w.contains("lower bound")));
}

#[test]
fn an_extractors_derived_amount_received_is_redone() {
    // Principal 10,000, a 500 fee deducted at payout: 9,500 received, whatever the extractor
    // derived (here a wrong 1).
    let terms = Terms {
        principal: cny(dec!(10000), "借款本金10,000元"),
        disbursed: Some(Amount {
            derived: true,
            ..cny(dec!(1), "x").unwrap()
        }),
        fees: vec![fee(
            "平台服务费",
            Some(dec!(500)),
            FeeTiming::UpfrontDeducted,
        )],
        ..Terms::default()
    };
    let rec = reconcile(terms, Method::CnIrr);
    let d = rec.terms.disbursed.as_ref().unwrap();
    assert_eq!(d.amount, dec!(9500));
    assert!(d.derived);
    let why = rec
        .terms
        .inferred
        .iter()
        .find(|i| i.field == "disbursed")
        .unwrap();
    assert!(why.evidence.iter().any(|e| e.text == "平台服务费"));
    assert!(why.evidence.iter().any(|e| e.text == "借款本金10,000元"));
}

#[test]
fn a_complete_printed_schedule_is_the_cash_flows() {
    // The 545 loan again, as a printed schedule of 12 rows dated monthly from the payout day
    // 2025-03-15: same flows, same 16.216482% (whole months, monthly unit-period).
    let start: NaiveDate = "2025-03-15".parse().unwrap();
    let rows = (1..=12u32)
        .map(|k| StatedRow {
            index: k,
            date: start.checked_add_months(chrono::Months::new(k)),
            principal: Some(dec!(500)),
            interest: Some(Decimal::ZERO),
            fees: Some(dec!(45)),
            total: Some(dec!(545)),
            evidence: ev(&format!("第{k}期 545.00")),
        })
        .collect();
    let terms = Terms {
        principal: cny(dec!(6000), "分期本金6,000.00元"),
        disbursement_date: date("2025-03-15", "放款日2025年3月15日"),
        stated_schedule: rows,
        ..Terms::default()
    };
    let cost = only_cost(terms, Method::CnIrr);
    assert!(
        close(cost.apr.nominal_percent, dec!(16.216482), dec!(0.0001)),
        "{}",
        cost.apr.nominal_percent
    );
    assert!(
        cost.apr
            .assumptions
            .iter()
            .any(|a| a.contains("printed repayment schedule"))
    );
    assert_eq!(cost.total_fees, dec!(540));
}

#[test]
fn without_a_signing_date_the_payout_date_is_the_contract_date() {
    let terms = Terms {
        disbursement_date: date("2019-05-10", "借款期限自2019年5月10日至2020年5月9日"),
        ..bullet_a_year(dec!(18))
    };
    let checker = Checker::load(&[]).unwrap();
    let mut warnings = Vec::new();
    let options = AnalysisOptions {
        date: "2026-01-01".parse().ok(),
        ..AnalysisOptions::default()
    };
    let checked = analyse_terms(terms, &options, &checker, &mut warnings);
    assert_eq!(
        checked.contract_date,
        "2019-05-10".parse::<NaiveDate>().unwrap()
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("payout date") && w.contains("2019-05-10")),
        "{warnings:?}"
    );
}

fn private_two_year_bullet(rate_said: &str, total: Option<Decimal>) -> Terms {
    Terms {
        principal: cny(dec!(50000), "借款金额人民币伍万元整"),
        rates: vec![rate(dec!(20), Per::Year, rate_said)],
        term: months(24),
        repayment: method(RepaymentMethod::Bullet),
        total_of_payments: total.and_then(|t| cny(t, "到期应还本息合计")),
        lender: Some(Party {
            name: Some("李四".into()),
            lender_type: LenderType::Individual,
            evidence: ev("出借人：李四"),
        }),
        contract_date: date("2025-03-01", "2025年3月1日"),
        ..Terms::default()
    }
}

#[test]
fn a_rate_without_its_period_cannot_drive_a_violation() {
    // 50,000 for 24 months, one payment; «利率为20%» with no period. Read as 20% a year it is
    // above four times the 2025-02 one-year LPR (3.1% × 4 = 12.4%); read as 20% for the whole
    // term it is 10% a year, under the line. Nothing in the contract decides: a warning.
    let checker = Checker::load(&[]).unwrap();
    let mut warnings = Vec::new();
    let checked = analyse_terms(
        private_two_year_bullet("借款利率为20%，到期一并支付。", None),
        &AnalysisOptions::default(),
        &checker,
        &mut warnings,
    );
    let range = checked.apr_range.as_ref().expect("two readings");
    assert_eq!(range.readings.len(), 2, "{range:?}");
    assert!(range.depends_on.iter().any(|d| d.contains("whole term")));
    assert_eq!(
        severity_of(&checked.findings, "cn-pl-interest-above-4x-lpr"),
        Some(Severity::Warning)
    );

    // The stated total decides: 50,000 × (1 + 20% × 2) = 70,000 is the yearly reading, and the
    // violation stands on it alone.
    let checked = analyse_terms(
        private_two_year_bullet("借款利率为20%，到期一并支付。", Some(dec!(70000))),
        &AnalysisOptions::default(),
        &checker,
        &mut warnings,
    );
    assert!(checked.apr_range.is_none(), "{:?}", checked.apr_range);
    assert_eq!(
        severity_of(&checked.findings, "cn-pl-interest-above-4x-lpr"),
        Some(Severity::Violation)
    );

    // And 60,000 (50,000 × 20%, once) is the whole-term reading: no rate violation.
    let checked = analyse_terms(
        private_two_year_bullet("借款利率为20%，到期一并支付。", Some(dec!(60000))),
        &AnalysisOptions::default(),
        &checker,
        &mut warnings,
    );
    assert_eq!(
        severity_of(&checked.findings, "cn-pl-interest-above-4x-lpr"),
        None
    );

    // A period written in the sentence is read as written: one reading, the violation stands.
    let checked = analyse_terms(
        private_two_year_bullet("借款年利率为20%。", None),
        &AnalysisOptions::default(),
        &checker,
        &mut warnings,
    );
    assert!(checked.apr_range.is_none());
    assert_eq!(
        severity_of(&checked.findings, "cn-pl-interest-above-4x-lpr"),
        Some(Severity::Violation)
    );
}

#[test]
fn a_single_payment_is_one_instalment_and_twelve_over_a_year_are_monthly() {
    let rec = reconcile(
        private_two_year_bullet("借款年利率为20%。", None),
        Method::CnIrr,
    );
    assert_eq!(rec.terms.installments.as_ref().map(|c| c.count), Some(1));
    assert!(rec.terms.inferred.iter().any(|i| i.field == "installments"));

    let rec = reconcile(
        Terms {
            installments: count(12),
            term: months(12),
            frequency: None,
            ..microloan(dec!(1))
        },
        Method::CnIrr,
    );
    assert_eq!(
        rec.terms.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
    assert!(rec.terms.inferred.iter().any(|i| i.field == "frequency"));
}

/// The microloan at a daily rate with no day basis, equal instalments, no fee, checked.
fn daily_microloan(percent_a_day: Decimal) -> loanlint::analysis::Checked {
    let mut daily = rate(percent_a_day, Per::Day, &format!("日利率{percent_a_day}%"));
    daily.day_basis_assumed = true;
    let terms = Terms {
        rates: vec![daily],
        repayment: method(RepaymentMethod::EqualInstallment),
        fees: vec![],
        ..microloan(dec!(1))
    };
    let checker = Checker::load(&[]).unwrap();
    analyse_terms(
        terms,
        &AnalysisOptions::default(),
        &checker,
        &mut Vec::new(),
    )
}

#[test]
fn a_daily_rate_with_no_year_length_is_read_over_365_and_360_days() {
    // 10,000 from a microloan company, 12 equal monthly instalments (等额本息), 日利率0.0995% with
    // no day basis. Over 365 days: 36.3175% a year, 3.0264583% a month, instalment 1,006.21
    // (last 1,006.19 clears the cents), IRR × 12 = 36.317575% (Python decimal bisection): above
    // 36%. Over 360 days: 35.82% a year, instalment 1,003.72 (last 1,003.73), IRR × 12 =
    // 35.819838%: below. Courts use both (legal.md §1.1), so the 36% line is only a warning.
    let checked = daily_microloan(dec!(0.0995));
    let range = checked.apr_range.as_ref().expect("two readings");
    assert!(
        close(range.low_percent, dec!(35.819838), dec!(0.0001)),
        "{range:?}"
    );
    assert!(close(
        range.high_percent.unwrap(),
        dec!(36.317575),
        dec!(0.0001)
    ));
    assert!(range.depends_on.iter().any(|d| d.contains("year length")));
    assert_eq!(
        severity_of(&checked.findings, "cn-lic-apr-above-36"),
        Some(Severity::Warning)
    );
}

#[test]
fn a_reading_that_changes_nothing_is_not_a_reading() {
    // The same loan at 日利率0.05% (18.25% or 18% a year): every verdict is the same over 365
    // and 360 days (the cost differs, so the range stays), and a daily overdue rate whose
    // year length changes nothing adds no reading at all.
    let checked = daily_microloan(dec!(0.05));
    let checker = Checker::load(&[]).unwrap();
    let mut warnings = Vec::new();
    assert_eq!(
        checked.apr_range.as_ref().map(|r| r.readings.len()),
        Some(2)
    );

    let mut overdue = rate(dec!(0.05), Per::Day, "逾期日利率0.05%");
    overdue.kind = RateKind::Overdue;
    overdue.day_basis_assumed = true;
    let terms = Terms {
        rates: vec![rate(dec!(1), Per::Month, "月利率1%"), overdue],
        repayment: method(RepaymentMethod::EqualInstallment),
        fees: vec![],
        ..microloan(dec!(1))
    };
    let checked = analyse_terms(terms, &AnalysisOptions::default(), &checker, &mut warnings);
    assert!(checked.apr_range.is_none(), "{:?}", checked.apr_range);
}

/// A Chinese disclosure whose only rate is its 年化利率 (APR) 12%: 10,000 over 12 monthly
/// instalments of 888.49 (10,000 x 0.01 / (1 - 1.01^-12) = 888.4879 -> 888.49, by Python
/// decimal). Nothing but interest charged: the contract rate is inferred equal to the APR; with
/// a 300 service fee withheld, the APR measures more than interest and no rate is read.
fn apr_only_terms() -> Terms {
    Terms {
        principal: cny(dec!(10000), "借款本金：10,000.00元"),
        payment: cny(dec!(888.49), "每期还款888.49元"),
        installments: count(12),
        frequency: monthly_payments(),
        disclosed_apr: Some(Rate {
            kind: RateKind::Other,
            annual_percent: Some(dec!(12)),
            comprehensive: true,
            ..rate(dec!(12), Per::Year, "年化利率（APR）12%")
        }),
        ..Terms::default()
    }
}

#[test]
fn the_only_rate_an_apr_the_schedule_reconciles_at_is_the_inferred_contract_rate_in_chinese_too() {
    let rec = reconcile(apr_only_terms(), Method::CnIrr);
    assert!(
        rec.terms
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest && r.value == dec!(12)),
        "{:?}",
        rec.terms.rates
    );
    assert!(rec.terms.inferred.iter().any(|i| i.field == "rate"));

    let mut withheld = apr_only_terms();
    withheld
        .fees
        .push(fee("服务费", Some(dec!(300)), FeeTiming::UpfrontDeducted));
    let rec = reconcile(withheld, Method::CnIrr);
    assert!(
        !rec.terms.rates.iter().any(|r| r.kind == RateKind::Interest),
        "{:?}",
        rec.terms.rates
    );
    assert!(!rec.terms.inferred.iter().any(|i| i.field == "rate"));
}
