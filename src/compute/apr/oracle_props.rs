//! The fast solver (`f64` search, `Decimal` polish) against the reference all-`Decimal`
//! solver, kept as the oracle: on random schedules every method must give the identical
//! error, or identical rounded figures, labels and notes, with the full-precision figures
//! equal down to the reference's own rounding noise (see [`NOISE`]).

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;

fn both(
    flows: &Flows,
    method: Method,
) -> (Result<AprResult, AprError>, Result<AprResult, AprError>) {
    (compute(flows, method), compute_reference(flows, method))
}

fn unit() -> impl Strategy<Value = UnitPeriod> {
    prop_oneof![
        Just(UnitPeriod::Months(1)),
        Just(UnitPeriod::Months(3)),
        Just(UnitPeriod::Weeks(1)),
        Just(UnitPeriod::Weeks(2)),
        Just(UnitPeriod::Semimonth),
        Just(UnitPeriod::Days(1)),
        Just(UnitPeriod::Months(12)),
    ]
}

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![
        Just(Method::UsRegz),
        Just(Method::EuAprc),
        Just(Method::CnIrr)
    ]
}

/// Cents from 1.00 to 10,000,000.00.
fn amount() -> impl Strategy<Value = Decimal> {
    (100_i64..1_000_000_000).prop_map(|c| Decimal::new(c, 2))
}

/// Level payments in unit-periods: a payment of `principal · (1 + markup)/count`,
/// optionally an odd first fraction, a second advance and a balloon.
fn periods_flows() -> impl Strategy<Value = Flows> {
    (
        amount(),
        1_u32..=400,
        0_u32..3000,
        unit(),
        prop_oneof![Just(0_u32), 1_u32..30],
        proptest::option::of((1_u32..6, amount())),
        proptest::option::of(amount()),
    )
        .prop_map(
            |(principal, count, markup_bp, unit, odd, second, balloon)| {
                let total = principal * (Decimal::ONE + Decimal::new(i64::from(markup_bp), 4));
                let payment = (total / Decimal::from(count))
                    .round_dp(2)
                    .max(Decimal::new(1, 2));
                let fraction = Decimal::from(odd) / Decimal::from(30);
                let mut advances = vec![FlowSpec::at(principal, 0, Decimal::ZERO)];
                if let Some((at, amount)) = second {
                    advances.push(FlowSpec::at(amount, at, Decimal::ZERO));
                }
                let mut payments = vec![FlowSpec::at(payment, 1, fraction).series(count, None)];
                if let Some(b) = balloon {
                    payments.push(FlowSpec::at(b, count, fraction));
                }
                Flows {
                    unit_period: Some(unit),
                    advances,
                    payments,
                    eu_time_basis: None,
                }
            },
        )
}

/// Dated level payments: a start date, a first due date some days later, a spacing.
fn dated_flows() -> impl Strategy<Value = Flows> {
    (
        amount(),
        1_u32..=360,
        0_u32..3000,
        prop_oneof![
            Just(UnitPeriod::Months(1)),
            Just(UnitPeriod::Weeks(2)),
            Just(UnitPeriod::Semimonth),
            Just(UnitPeriod::Months(3))
        ],
        0_i64..3000,
        1_i64..70,
        prop_oneof![Just(EuTimeBasis::Calendar), Just(EuTimeBasis::EqualMonths)],
    )
        .prop_map(
            |(principal, count, markup_bp, every, start_day, first_gap, basis)| {
                let total = principal * (Decimal::ONE + Decimal::new(i64::from(markup_bp), 4));
                let payment = (total / Decimal::from(count))
                    .round_dp(2)
                    .max(Decimal::new(1, 2));
                let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default()
                    + chrono::Duration::days(start_day);
                let first = start + chrono::Duration::days(first_gap);
                Flows {
                    unit_period: None,
                    advances: vec![FlowSpec::on(principal, start)],
                    payments: vec![FlowSpec::on(payment, first).series(count, Some(every))],
                    eu_time_basis: Some(basis),
                }
            },
        )
}

/// How far two full-precision figures may differ, relative to `max(1, |figure|)`: the
/// reference's own last digits are rounding noise (its root is fixed only to about 1e-25, so a
/// percent figure to about 1e-21), and two Newton iterations arriving from different starts
/// land on different noise. Every rounded figure, label and error must be identical.
const NOISE: Decimal = Decimal::from_parts(1, 0, 0, false, 18);

fn close(fast: Decimal, reference: Decimal) -> bool {
    (fast - reference).abs() <= NOISE * Decimal::ONE.max(reference.abs())
}

fn assert_same(flows: &Flows, method: Method) {
    match both(flows, method) {
        (Ok(f), Ok(r)) => {
            let context = format!(
                "{method} on {flows:?}
fast {f:?}
reference {r:?}"
            );
            assert_eq!(f.apr_rounded, r.apr_rounded, "{context}");
            assert_eq!(f.unit_period, r.unit_period, "{context}");
            assert_eq!(f.periods_per_year, r.periods_per_year, "{context}");
            assert_eq!(f.irregular, r.irregular, "{context}");
            assert_eq!(f.notes, r.notes, "{context}");
            assert!(close(f.apr_percent, r.apr_percent), "{context}");
            assert!(close(f.periodic_rate, r.periodic_rate), "{context}");
            match (f.effective_percent, r.effective_percent) {
                (Some(a), Some(b)) => assert!(close(a, b), "{context}"),
                (a, b) => assert_eq!(a, b, "{context}"),
            }
        }
        (fast, reference) => assert_eq!(fast, reference, "{method} on {flows:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn fast_solver_equals_the_reference_on_unit_period_schedules(
        flows in periods_flows(),
        method in method(),
    ) {
        assert_same(&flows, method);
    }

    #[test]
    fn fast_solver_equals_the_reference_on_dated_schedules(
        flows in dated_flows(),
        method in method(),
    ) {
        assert_same(&flows, method);
    }
}

fn level(count: u32, payment: Decimal) -> Flows {
    Flows {
        unit_period: Some(UnitPeriod::Months(1)),
        advances: vec![FlowSpec::at(Decimal::from(99_000), 0, Decimal::ZERO)],
        payments: vec![FlowSpec::at(payment, 1, Decimal::ZERO).series(count, None)],
        eu_time_basis: None,
    }
}

fn points_of(flows: &Flows) -> Vec<Point> {
    timeline(flows).map(|t| t.points).unwrap_or_default()
}

/// The fast path must answer by itself on ordinary loans (else every solve would silently
/// be the slow reference), and agree with the reference to the reported 20 places.
#[test]
fn fast_path_answers_ordinary_loans_itself() {
    for (count, payment) in [
        (12, Decimal::new(888_488, 2)),
        (360, Decimal::new(102_862, 2)),
    ] {
        let points = points_of(&level(count, payment));
        for model in [Discount::SimpleFraction, Discount::Compound] {
            let screened = solve::screen(&points).unwrap();
            let fast = fast::solve(&points, model, &screened).expect("fast path answers");
            let reference = solve::solve_reference(&points, model).unwrap();
            assert_eq!(tidy(fast), tidy(reference), "{count} payments, {model:?}");
        }
    }
}

/// Errors are the reference's: payments that never repay, a zero rate, no advance.
#[test]
fn edge_cases_match_the_reference() {
    let cases = [
        level(12, Decimal::from(1000)),             // never repaid
        level(12, Decimal::from(8250)),             // exactly zero interest
        level(1, Decimal::from(5_000_000_000_u64)), // a rate in the thousands per period
    ];
    for flows in &cases {
        for method in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
            assert_same(flows, method);
        }
    }
}
