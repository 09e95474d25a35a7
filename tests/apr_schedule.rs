#![allow(clippy::unwrap_used)] // test helpers may unwrap: a failure is a test failure
//! Schedules for each repayment method: rows, rounding to the cent, and the flows they imply.

use chrono::NaiveDate;
use loanlint::compute::apr::{self, Method, UnitPeriod, When};
use loanlint::compute::schedule::{PeriodFee, RowTime, ScheduleSpec, annuity_payment, build};
use loanlint::model::RepaymentMethod;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

fn cent(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn check_invariants(spec: &ScheduleSpec) {
    let s = build(spec).unwrap();
    let principal: Decimal = s.rows.iter().map(|r| r.principal).sum();
    assert_eq!(principal, spec.principal, "principal fully repaid");
    assert_eq!(s.rows.last().unwrap().balance, Decimal::ZERO);
    for r in &s.rows {
        assert_eq!(r.total, r.principal + r.interest + r.fees);
        assert_eq!(r.total, cent(r.total), "rows are in cents");
    }
    assert_eq!(
        s.totals.total_repayable,
        s.rows.iter().map(|r| r.total).sum::<Decimal>() + spec.upfront_paid
    );
}

#[test]
fn level_annuity_rounds_the_instalment_and_settles_in_the_last() {
    let spec = ScheduleSpec::new(
        dec!(10000),
        dec!(0.01),
        12,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualInstallment,
    );
    let s = build(&spec).unwrap();
    // 10000 × 0.01 / (1 − 1.01^−12) = 888.4878...
    let level = cent(annuity_payment(dec!(10000), dec!(0.01), 12).unwrap());
    assert_eq!(level, dec!(888.49));
    assert!(s.rows[..11].iter().all(|r| r.total == level));
    assert_eq!(s.rows[0].interest, dec!(100.00));
    assert_ne!(
        s.rows[11].total, level,
        "the remainder lands in the last payment"
    );
    assert!((s.rows[11].total - level).abs() < dec!(0.10));
    assert!(s.rounding.contains("last"));
    check_invariants(&spec);
    // Reg Z on the schedule's own flows gives back the contract rate to the cent-rounding.
    let r = apr::compute(&s.flows, Method::UsRegz).unwrap();
    assert!((r.apr_percent - dec!(12)).abs() < dec!(0.01));
}

#[test]
fn equal_principal_interest_on_the_remaining_balance() {
    let spec = ScheduleSpec::new(
        dec!(12000),
        dec!(0.01),
        12,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualPrincipal,
    );
    let s = build(&spec).unwrap();
    assert!(s.rows.iter().all(|r| r.principal == dec!(1000)));
    assert_eq!(s.rows[0].interest, dec!(120));
    assert_eq!(s.rows[11].interest, dec!(10));
    assert_eq!(s.totals.total_interest, dec!(780));
    check_invariants(&spec);
    // Uneven division: the remainder goes to the last instalment.
    let spec = ScheduleSpec::new(
        dec!(10000),
        dec!(0.01),
        3,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualPrincipal,
    );
    let s = build(&spec).unwrap();
    let p: Vec<Decimal> = s.rows.iter().map(|r| r.principal).collect();
    assert_eq!(p, vec![dec!(3333.33), dec!(3333.33), dec!(3333.34)]);
}

#[test]
fn interest_only_with_balloon() {
    let spec = ScheduleSpec::new(
        dec!(10000),
        dec!(0.015),
        6,
        UnitPeriod::Months(1),
        RepaymentMethod::InterestOnly,
    );
    let s = build(&spec).unwrap();
    assert!(
        s.rows[..5]
            .iter()
            .all(|r| r.principal.is_zero() && r.total == dec!(150))
    );
    assert_eq!(s.rows[5].total, dec!(10150));
    check_invariants(&spec);
    // An interest-only loan at 1.5 % a month costs exactly 18 % nominal.
    let r = apr::compute(&s.flows, Method::CnIrr).unwrap();
    assert_eq!(r.apr_percent.round_dp(12), dec!(18));
}

#[test]
fn bullet_pays_principal_and_simple_interest_once() {
    let spec = ScheduleSpec::new(
        dec!(10000),
        dec!(0.0005),
        30,
        UnitPeriod::Days(1),
        RepaymentMethod::Bullet,
    );
    let s = build(&spec).unwrap();
    assert_eq!(s.rows.len(), 1);
    assert_eq!(s.rows[0].total, dec!(10150));
    assert_eq!(s.rows[0].due, RowTime::Periods(30));
    check_invariants(&spec);
    // Reg Z: the unit-period is the 30-day term; APR = 1.5 % × 365/30.
    let r = apr::compute(&s.flows, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "30 days");
    assert_eq!(
        r.apr_percent.round_dp(10),
        (dec!(1.5) * dec!(365) / dec!(30)).round_dp(10)
    );
}

#[test]
fn flat_rate_constructed_vectors() {
    // apr-methods.md §3: 12 months at 0.6 %/month flat -> 12·IRR = 13.0342 %;
    // 36 months at 0.5 %/month -> 11.0825 %. Principals chosen so that no rounding occurs.
    for (principal, rate, n, expected) in [
        (dec!(12000), dec!(0.006), 12, dec!(13.0342)),
        (dec!(36000), dec!(0.005), 36, dec!(11.0825)),
    ] {
        let spec = ScheduleSpec::new(
            principal,
            rate,
            n,
            UnitPeriod::Months(1),
            RepaymentMethod::FlatRate,
        );
        let s = build(&spec).unwrap();
        assert!(s.rows.iter().all(|r| r.interest == principal * rate));
        check_invariants(&spec);
        let r = apr::compute(&s.flows, Method::CnIrr).unwrap();
        assert_eq!(
            r.apr_percent
                .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero),
            expected
        );
    }
}

#[test]
fn fees_deducted_paid_up_front_or_per_period() {
    let mut spec = ScheduleSpec::new(
        dec!(10000),
        dec!(0.01),
        12,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualInstallment,
    );
    let base = apr::compute(&build(&spec).unwrap().flows, Method::CnIrr)
        .unwrap()
        .apr_percent;
    spec.net_disbursed = Some(dec!(9500));
    let deducted = build(&spec).unwrap();
    assert_eq!(deducted.flows.advances[0].amount, dec!(9500));
    let with_deduction = apr::compute(&deducted.flows, Method::CnIrr)
        .unwrap()
        .apr_percent;
    spec.net_disbursed = None;
    spec.upfront_paid = dec!(500);
    let paid = build(&spec).unwrap();
    assert_eq!(paid.totals.total_fees, dec!(500));
    let with_paid = apr::compute(&paid.flows, Method::CnIrr)
        .unwrap()
        .apr_percent;
    // 500 paid at signing or 500 deducted: the same cash to the borrower, the same rate.
    assert_eq!(with_paid.round_dp(12), with_deduction.round_dp(12));
    assert!(with_paid > base);
    spec.upfront_paid = Decimal::ZERO;
    spec.period_fees = vec![
        PeriodFee::Fixed(dec!(20)),
        PeriodFee::OfPrincipal(dec!(0.001)),
    ];
    let per = build(&spec).unwrap();
    assert!(per.rows.iter().all(|r| r.fees == dec!(30)));
    assert_eq!(per.totals.total_fees, dec!(360));
    check_invariants(&spec);
    spec.period_fees = vec![PeriodFee::OfRemaining(dec!(0.001))];
    let rem = build(&spec).unwrap();
    assert_eq!(rem.rows[0].fees, dec!(10));
    assert!(rem.rows[11].fees < dec!(1));
}

#[test]
fn dated_series_for_each_frequency() {
    let cases = [
        (
            UnitPeriod::Months(1),
            "2025-01-31",
            ["2025-02-28", "2025-03-31", "2025-04-30"],
            "month",
        ),
        (
            UnitPeriod::Weeks(1),
            "2025-01-01",
            ["2025-01-08", "2025-01-15", "2025-01-22"],
            "week",
        ),
        (
            UnitPeriod::Weeks(2),
            "2025-01-01",
            ["2025-01-15", "2025-01-29", "2025-02-12"],
            "2 weeks",
        ),
        (
            UnitPeriod::Semimonth,
            "2025-01-01",
            ["2025-01-16", "2025-02-01", "2025-02-16"],
            "semimonth",
        ),
    ];
    for (every, start, dues, unit) in cases {
        let mut spec = ScheduleSpec::new(
            dec!(3000),
            dec!(0.005),
            3,
            every,
            RepaymentMethod::EqualInstallment,
        );
        spec.start = Some(date(start));
        let s = build(&spec).unwrap();
        let got: Vec<RowTime> = s.rows.iter().map(|r| r.due).collect();
        let want: Vec<RowTime> = dues.iter().map(|d| RowTime::Date(date(d))).collect();
        assert_eq!(got, want, "{every}");
        assert_eq!(s.rows[0].when(), When::Date(date(dues[0])));
        let r = apr::compute(&s.flows, Method::UsRegz).unwrap();
        assert_eq!(r.unit_period, unit);
    }
}

#[test]
fn first_payment_date_sets_the_series() {
    let mut spec = ScheduleSpec::new(
        dec!(1200),
        dec!(0.01),
        12,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualInstallment,
    );
    spec.start = Some(date("2025-01-10"));
    spec.first_payment = Some(date("2025-02-25"));
    let s = build(&spec).unwrap();
    assert_eq!(s.rows[0].due, RowTime::Date(date("2025-02-25")));
    assert_eq!(s.rows[11].due, RowTime::Date(date("2026-01-25")));
    // Odd first period of 1 month + 15 days: Reg Z still finds a monthly unit.
    let r = apr::compute(&s.flows, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "month");
    assert!(
        r.apr_percent < dec!(12),
        "the long first period lowers the APR below the note rate"
    );
}

#[test]
fn invalid_specs_are_errors() {
    let ok = ScheduleSpec::new(
        dec!(1000),
        dec!(0.01),
        12,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualInstallment,
    );
    for bad in [
        ScheduleSpec {
            principal: dec!(-1),
            ..ok.clone()
        },
        ScheduleSpec {
            count: 0,
            ..ok.clone()
        },
        ScheduleSpec {
            periodic_rate: dec!(-0.01),
            ..ok.clone()
        },
        ScheduleSpec {
            net_disbursed: Some(Decimal::ZERO),
            ..ok.clone()
        },
        ScheduleSpec {
            method: RepaymentMethod::Other,
            ..ok.clone()
        },
    ] {
        assert!(build(&bad).is_err(), "{bad:?}");
    }
    // A 0 % loan is fine: equal parts, zero APR.
    let zero = ScheduleSpec {
        periodic_rate: Decimal::ZERO,
        ..ok
    };
    let s = build(&zero).unwrap();
    assert_eq!(s.rows[0].total, dec!(83.33));
    assert_eq!(
        apr::compute(&s.flows, Method::UsRegz).unwrap().apr_percent,
        Decimal::ZERO
    );
}
