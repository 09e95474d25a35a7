#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! `cost::assess` on hand-built terms.

use chrono::NaiveDate;
use loanlint::compute::apr::{self, Method, QuickForm, UnitPeriod};
use loanlint::compute::cost::{CostError, assess, default_method};
use loanlint::compute::schedule::RowTime;
use loanlint::model::*;

use crate::common;
use common::fixtures::ev;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn amount(a: Decimal, currency: &str) -> Amount {
    Amount {
        amount: a,
        currency: currency.into(),
        evidence: ev("amount"),
        derived: false,
    }
}

fn rate(
    value: Decimal,
    per: Per,
    annual: Option<Decimal>,
    day_basis: Option<u32>,
    label: &str,
) -> Rate {
    Rate {
        kind: RateKind::Interest,
        value,
        per,
        annual_percent: annual,
        day_basis,
        day_basis_assumed: false,
        label: label.into(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence: ev(label),
    }
}

fn fee(name: &str, amount: Option<Decimal>, percent: Option<Decimal>, timing: FeeTiming) -> Fee {
    Fee {
        name: name.into(),
        kind: FeeKind::Service,
        amount,
        percent,
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

fn months(m: u32) -> LoanTerm {
    LoanTerm {
        months: Some(m),
        days: None,
        evidence: ev("term"),
    }
}

fn repayment(method: RepaymentMethod) -> Repayment {
    Repayment {
        method,
        evidence: ev("repayment"),
    }
}

/// 10,000 CNY, 12 months 等额本息 at 日利率0.05% (×365 -> 18.25 %/yr), 服务费 500 deducted.
fn cn_annuity() -> Terms {
    Terms {
        principal: Some(amount(dec!(10000), "CNY")),
        term: Some(months(12)),
        repayment: Some(repayment(RepaymentMethod::EqualInstallment)),
        rates: vec![rate(
            dec!(0.05),
            Per::Day,
            Some(dec!(18.25)),
            Some(365),
            "日利率",
        )],
        fees: vec![fee(
            "服务费",
            Some(dec!(500)),
            None,
            FeeTiming::UpfrontDeducted,
        )],
        installments: Some(Count {
            count: 12,
            evidence: ev("12期"),
        }),
        ..Terms::default()
    }
}

#[test]
fn cn_annuity_with_deducted_service_fee() {
    let cost = assess(&cn_annuity(), Method::CnIrr).unwrap();
    assert_eq!(cost.net_disbursed, dec!(9500));
    assert_eq!(cost.schedule.rows.len(), 12);
    // Monthly rate = 18.25 % / 12; first interest = 10000 × 0.0152083... = 152.08.
    assert_eq!(cost.schedule.rows[0].interest, dec!(152.08));
    assert_eq!(
        cost.schedule
            .rows
            .iter()
            .map(|r| r.principal)
            .sum::<Decimal>(),
        dec!(10000)
    );
    assert_eq!(cost.total_fees, dec!(500));
    assert_eq!(cost.apr.method, "cn-irr");
    // The IRR-based rate equals the quick-form IRR of the same cash (9500 in, the instalments out).
    let level = cost.schedule.rows[0].total;
    let q = QuickForm {
        amount: dec!(10000),
        deducted: dec!(500),
        payment: level,
        count: 12,
        every: UnitPeriod::Months(1),
        first: None,
        start: None,
    };
    let quick = apr::compute(&q.flows().unwrap(), Method::CnIrr).unwrap();
    assert!((cost.apr.nominal_percent - quick.apr_percent).abs() < dec!(0.01));
    // The deduction lifts the rate well above the 18.25 % contract rate.
    assert!(cost.apr.nominal_percent > dec!(27));
    assert!(cost.apr.effective_percent > cost.apr.nominal_percent);
    assert!(
        cost.apr
            .assumptions
            .iter()
            .any(|a| a.contains("unit-periods"))
    );
}

#[test]
fn flat_rate_1_5_fen_per_month() {
    // 等本等息 月息1.5分 (1.5 % a month on the original principal), 12 months.
    let terms = Terms {
        principal: Some(amount(dec!(12000), "CNY")),
        term: Some(months(12)),
        repayment: Some(repayment(RepaymentMethod::FlatRate)),
        rates: vec![rate(dec!(1.5), Per::Month, Some(dec!(18)), None, "月息")],
        ..Terms::default()
    };
    let cost = assess(&terms, Method::CnIrr).unwrap();
    assert!(cost.schedule.rows.iter().all(|r| r.total == dec!(1180)));
    let q = QuickForm {
        amount: dec!(12000),
        deducted: Decimal::ZERO,
        payment: dec!(1180),
        count: 12,
        every: UnitPeriod::Months(1),
        first: None,
        start: None,
    };
    let direct = apr::compute(&q.flows().unwrap(), Method::CnIrr).unwrap();
    assert_eq!(cost.apr.nominal_percent, direct.apr_percent);
    // About 32 % (31.716381 %, checked with a 40-digit bisection): 1.76 times the 18 % flat figure.
    assert_eq!(cost.apr.nominal_percent.round(), dec!(32));
    assert_eq!(cost.result.apr_rounded, dec!(31.72));
    assert_eq!(cost.total_interest, dec!(2160));
}

#[test]
fn payday_bullet_with_a_finance_charge() {
    let terms = Terms {
        principal: Some(amount(dec!(300), "USD")),
        term: Some(LoanTerm {
            months: None,
            days: Some(14),
            evidence: ev("14 days"),
        }),
        finance_charge: Some(amount(dec!(90), "USD")),
        ..Terms::default()
    };
    assert_eq!(default_method(&terms, None), Method::UsRegz);
    let cost = assess(&terms, Method::UsRegz).unwrap();
    assert_eq!(cost.schedule.rows.len(), 1);
    assert_eq!(cost.total_repayable, dec!(390));
    assert_eq!(cost.result.apr_rounded, dec!(782.14));
    assert!(
        cost.apr
            .assumptions
            .iter()
            .any(|a| a.contains("single payment"))
    );
}

#[test]
fn only_a_comprehensive_rate_is_not_guessed() {
    let mut comprehensive = rate(
        dec!(35.9),
        Per::Year,
        Some(dec!(35.9)),
        None,
        "年化综合成本",
    );
    comprehensive.comprehensive = true;
    let terms = Terms {
        principal: Some(amount(dec!(10000), "CNY")),
        term: Some(months(12)),
        rates: vec![comprehensive],
        ..Terms::default()
    };
    assert!(matches!(
        assess(&terms, Method::CnIrr),
        Err(CostError::NotComputed(_))
    ));
    assert!(matches!(
        assess(&Terms::default(), Method::CnIrr),
        Err(CostError::Missing(_))
    ));
}

#[test]
fn default_fees_are_left_out_and_unstated_method_is_said() {
    let mut terms = cn_annuity();
    let before = assess(&terms, Method::CnIrr).unwrap().apr.nominal_percent;
    terms
        .fees
        .push(fee("滞纳金", Some(dec!(50)), None, FeeTiming::OnDefault));
    terms.repayment = None;
    let after = assess(&terms, Method::CnIrr).unwrap();
    assert_eq!(after.apr.nominal_percent, before);
    assert!(
        after
            .apr
            .assumptions
            .iter()
            .any(|a| a.contains("repayment method not stated"))
    );
}

#[test]
fn per_period_percent_fee_and_dates() {
    let mut terms = cn_annuity();
    terms.fees = vec![Fee {
        basis: Some(Basis::Principal),
        per: Some(Per::Month),
        ..fee("账户管理费", None, Some(dec!(0.3)), FeeTiming::PerPeriod)
    }];
    let start = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
    terms.contract_date = Some(DateTerm {
        date: start,
        evidence: ev("2025-01-15"),
    });
    let cost = assess(&terms, Method::CnIrr).unwrap();
    assert!(cost.schedule.rows.iter().all(|r| r.fees == dec!(30)));
    assert_eq!(
        cost.schedule.rows[0].due,
        RowTime::Date(NaiveDate::from_ymd_opt(2025, 2, 15).unwrap())
    );
    assert_eq!(cost.total_fees, dec!(360));
    let plain = assess(&cn_annuity(), Method::CnIrr).unwrap();
    assert_eq!(plain.net_disbursed, dec!(10000) - dec!(500));
    let no_fee = Terms {
        fees: vec![],
        ..cn_annuity()
    };
    let no_fee = assess(&no_fee, Method::CnIrr).unwrap();
    assert!(cost.apr.nominal_percent > no_fee.apr.nominal_percent);
}

#[test]
fn stated_payment_drives_the_flows_without_a_rate() {
    let terms = Terms {
        principal: Some(amount(dec!(100000), "CNY")),
        disbursed: Some(amount(dec!(99000), "CNY")),
        installments: Some(Count {
            count: 12,
            evidence: ev("12"),
        }),
        payment: Some(amount(dec!(8833.3), "CNY")),
        ..Terms::default()
    };
    let cost = assess(&terms, Method::CnIrr).unwrap();
    assert!(
        cost.schedule.rows[..11]
            .iter()
            .all(|r| r.total == dec!(8833.3))
    );
    // The PBoC example again, from extracted terms.
    assert_eq!(cost.result.apr_rounded, dec!(12.80));
}

#[test]
fn method_follows_jurisdiction_then_currency() {
    let mut terms = cn_annuity();
    assert_eq!(default_method(&terms, None), Method::CnIrr);
    assert_eq!(default_method(&terms, Some("US-NY")), Method::UsRegz);
    assert_eq!(default_method(&terms, Some("gb")), Method::EuAprc);
    terms.principal = Some(amount(dec!(1000), "EUR"));
    assert_eq!(default_method(&terms, None), Method::EuAprc);
}
