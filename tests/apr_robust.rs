#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Inputs of every shape: the engine answers with a rate or an error, never a panic; and the
//! quick form and the EU equal-month basis agree with the forms they abbreviate.

use chrono::NaiveDate;
use loanlint::compute::apr::{
    EuTimeBasis, FlowSpec, Flows, Method, QuickForm, UnitPeriod, compute,
};
use proptest::prelude::*;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

fn every() -> impl Strategy<Value = UnitPeriod> {
    prop_oneof![
        (1u32..400).prop_map(UnitPeriod::Days),
        (1u32..53).prop_map(UnitPeriod::Weeks),
        Just(UnitPeriod::Semimonth),
        (1u32..13).prop_map(UnitPeriod::Months),
    ]
}

fn amount() -> impl Strategy<Value = Decimal> {
    (-5i64..i64::MAX, 0u32..10).prop_map(|(m, s)| Decimal::new(m, s))
}

fn dated_flow() -> impl Strategy<Value = FlowSpec> {
    (
        amount(),
        0i64..40_000,
        proptest::option::of(1u32..400),
        proptest::option::of(every()),
    )
        .prop_map(|(a, day, count, every)| {
            let date = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Duration::days(day);
            FlowSpec {
                amount: a,
                date: Some(date),
                at: None,
                count,
                every,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_dated_flows_give_a_rate_or_an_error(
        advances in proptest::collection::vec(dated_flow(), 0..3),
        payments in proptest::collection::vec(dated_flow(), 0..4),
        unit in proptest::option::of(every()),
    ) {
        let flows = Flows { unit_period: unit, advances, payments, eu_time_basis: None };
        for method in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
            if let Ok(r) = compute(&flows, method) {
                prop_assert!(r.apr_percent >= Decimal::ZERO);
                prop_assert!(r.periodic_rate >= Decimal::ZERO);
            }
        }
    }
}

#[test]
fn quick_form_dates_follow_from_either_end() {
    let base = QuickForm {
        amount: dec!(10000),
        deducted: dec!(1000),
        payment: dec!(943.56),
        count: 12,
        every: UnitPeriod::Months(1),
        first: None,
        start: None,
    };
    let start_only = QuickForm {
        start: NaiveDate::from_ymd_opt(2025, 1, 15),
        ..base.clone()
    };
    let first_only = QuickForm {
        first: NaiveDate::from_ymd_opt(2025, 2, 15),
        ..base.clone()
    };
    let both = QuickForm {
        start: NaiveDate::from_ymd_opt(2025, 1, 15),
        first: NaiveDate::from_ymd_opt(2025, 2, 15),
        ..base.clone()
    };
    let a = start_only.flows().unwrap();
    let b = first_only.flows().unwrap();
    let c = both.flows().unwrap();
    assert_eq!(
        a.expanded_payments().unwrap(),
        c.expanded_payments().unwrap()
    );
    assert_eq!(a.advances, c.advances);
    assert_eq!(b, c);
    assert_eq!(c.advances[0].amount, dec!(9000));
    // Whole months from start to each payment: the dated and the unit-period forms agree.
    let periods = compute(&base.flows().unwrap(), Method::UsRegz).unwrap();
    let dated = compute(&c, Method::UsRegz).unwrap();
    assert_eq!(periods.apr_percent, dated.apr_percent);
    let nothing_left = QuickForm {
        deducted: dec!(10000),
        ..base
    };
    assert!(nothing_left.flows().is_err());
}

#[test]
fn eu_equal_months_basis_matches_twelfths_of_a_year() {
    let q = QuickForm {
        amount: dec!(100000),
        deducted: dec!(1000),
        payment: dec!(8833.3),
        count: 12,
        every: UnitPeriod::Months(1),
        first: None,
        start: NaiveDate::from_ymd_opt(2025, 1, 31),
    };
    let mut dated = q.flows().unwrap();
    // A monthly series is measured in equal months by default.
    let default = compute(&dated, Method::EuAprc).unwrap();
    dated.eu_time_basis = Some(EuTimeBasis::Calendar);
    let calendar = compute(&dated, Method::EuAprc).unwrap();
    dated.eu_time_basis = Some(EuTimeBasis::EqualMonths);
    let months = compute(&dated, Method::EuAprc).unwrap();
    assert_eq!(default.apr_percent, months.apr_percent);
    let periods = compute(
        &QuickForm { start: None, ..q }.flows().unwrap(),
        Method::EuAprc,
    )
    .unwrap();
    let r = |d: Decimal| d.round_dp_with_strategy(12, RoundingStrategy::MidpointAwayFromZero);
    assert_eq!(r(months.apr_percent), r(periods.apr_percent));
    // Equal months give the compound PBoC figure; calendar days differ (months are not 365/12 days).
    assert_eq!(months.apr_rounded, dec!(13.58));
    assert_ne!(calendar.apr_rounded, months.apr_rounded);
}
