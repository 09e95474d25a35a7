#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Property tests: the rate found reprices the flows; fees only ever raise the rate.

use loanlint::compute::apr::{self, Flows, Method, UnitPeriod};
use loanlint::compute::schedule::{ScheduleSpec, build};
use loanlint::model::RepaymentMethod;
use proptest::prelude::*;
use rust_decimal::{Decimal, MathematicalOps};

/// Net present value of `flows` (times in whole unit-periods) at periodic rate `i`,
/// evaluated independently of the engine with plain integer powers.
fn npv_whole_periods(flows: &Flows, i: Decimal) -> Decimal {
    let v = Decimal::ONE / (Decimal::ONE + i);
    let mut total = Decimal::ZERO;
    for (sign, list) in [
        (Decimal::NEGATIVE_ONE, &flows.advances),
        (Decimal::ONE, &flows.payments),
    ] {
        for f in list {
            let at = f.at.expect("unit-period times");
            assert!(at.fraction.is_zero());
            for k in 0..f.count.unwrap_or(1) {
                total += sign * f.amount * v.powi(i64::from(at.periods + k));
            }
        }
    }
    total
}

/// Net present value with times in years `periods / 12` at the effective annual rate `x`.
fn npv_monthly_years(flows: &Flows, x: Decimal) -> Decimal {
    let monthly = (-(Decimal::ONE + x).ln() / Decimal::from(12)).exp();
    let mut total = Decimal::ZERO;
    for (sign, list) in [
        (Decimal::NEGATIVE_ONE, &flows.advances),
        (Decimal::ONE, &flows.payments),
    ] {
        for f in list {
            let at = f.at.expect("unit-period times");
            for k in 0..f.count.unwrap_or(1) {
                total += sign * f.amount * monthly.powi(i64::from(at.periods + k));
            }
        }
    }
    total
}

fn loan(principal: u32, rate_bp: u32, count: u32, fee: u32) -> Flows {
    let mut spec = ScheduleSpec::new(
        Decimal::from(principal),
        Decimal::new(i64::from(rate_bp), 4),
        count,
        UnitPeriod::Months(1),
        RepaymentMethod::EqualInstallment,
    );
    spec.net_disbursed = Some(Decimal::from(principal) - Decimal::from(fee));
    build(&spec).expect("valid schedule").flows
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn regz_and_irr_reprice_level_payment_loans(
        principal in 500u32..2_000_000,
        rate_bp in 1u32..400,
        count in 1u32..=360,
        fee_pct in 0u32..10,
    ) {
        let fee = principal / 100 * fee_pct;
        let flows = loan(principal, rate_bp, count, fee);
        for method in [Method::UsRegz, Method::CnIrr] {
            let r = apr::compute(&flows, method).unwrap();
            let npv = npv_whole_periods(&flows, r.periodic_rate);
            prop_assert!(npv.abs() < Decimal::new(1, 10), "{method}: npv {npv}");
        }
    }

    #[test]
    fn aprc_reprices_level_payment_loans(
        principal in 500u32..2_000_000,
        rate_bp in 1u32..400,
        count in 1u32..=120,
        fee_pct in 0u32..10,
    ) {
        let fee = principal / 100 * fee_pct;
        let flows = loan(principal, rate_bp, count, fee);
        let r = apr::compute(&flows, Method::EuAprc).unwrap();
        let npv = npv_monthly_years(&flows, r.periodic_rate);
        prop_assert!(npv.abs() < Decimal::new(1, 10), "npv {npv}");
    }

    #[test]
    fn apr_rises_with_a_fee(
        principal in 1_000u32..1_000_000,
        rate_bp in 0u32..300,
        count in 2u32..=120,
        fee_a in 0u32..5,
        extra in 1u32..5,
    ) {
        let lower = loan(principal, rate_bp, count, principal / 100 * fee_a);
        let higher = loan(principal, rate_bp, count, principal / 100 * (fee_a + extra));
        for method in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
            let a = apr::compute(&lower, method).unwrap().apr_percent;
            let b = apr::compute(&higher, method).unwrap().apr_percent;
            prop_assert!(b > a, "{method}: {a} then {b}");
        }
    }
}
