//! Unit tests for Appendix J (b)(4) unit-period selection and (b)(5) counting, on dated
//! cases of our own (month ends, February, leap years), and for the solver's equations.

use super::*;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn units(start: &str, later: &str, unit: UnitPeriod) -> (u32, Decimal) {
    dates::count_units(d(start), d(later), unit, None).unwrap()
}

fn single(amount: Decimal, date: &str) -> Flow {
    Flow {
        amount,
        when: When::Date(d(date)),
        anchor_day: None,
    }
}

// ---- (b)(5)(ii): months counted back from the later date, odd days over 30 ----

#[test]
fn months_count_back_from_later_date_with_days_over_30() {
    // Back 2 months from 25 March is 25 January; 10 -> 25 January is 15 days.
    assert_eq!(
        units("2025-01-10", "2025-03-25", UnitPeriod::Months(1)),
        (2, dec!(0.5))
    );
    // Forward counting would have given 2 months (to 10 March) + 15 days too; this case
    // differs: back from 5 April to 5 March, 5 February; 20 January -> 5 February = 16 days.
    assert_eq!(
        units("2025-01-20", "2025-04-05", UnitPeriod::Months(1)),
        (2, dec!(16) / dec!(30))
    );
}

#[test]
fn quarter_unit_counts_months_then_days_over_90() {
    // Appendix J (c)(1)(iv): 5/23 -> 10/1 with a quarterly unit = 1 quarter + 39/90.
    assert_eq!(
        units("2025-05-23", "2025-10-01", UnitPeriod::Months(3)),
        (1, dec!(39) / dec!(90))
    );
}

#[test]
fn month_end_series_run_last_day_to_last_day() {
    assert_eq!(
        units("2025-01-31", "2025-02-28", UnitPeriod::Months(1)),
        (1, Decimal::ZERO)
    );
    assert_eq!(
        units("2025-01-31", "2025-04-30", UnitPeriod::Months(1)),
        (3, Decimal::ZERO)
    );
    assert_eq!(
        units("2025-02-28", "2025-03-31", UnitPeriod::Months(1)),
        (1, Decimal::ZERO)
    );
    // Leap year: 30 January to 29 February is a full month ("use the last day of February").
    assert_eq!(
        units("2024-01-30", "2024-02-29", UnitPeriod::Months(1)),
        (1, Decimal::ZERO)
    );
}

#[test]
fn february_month_end_from_a_mid_month_start_keeps_odd_days() {
    // 28 Feb back one month is 28 Jan; 15 -> 28 January is 13 days.
    assert_eq!(
        units("2025-01-15", "2025-02-28", UnitPeriod::Months(1)),
        (1, dec!(13) / dec!(30))
    );
    // 28 Feb (not a month end in 2024) back one month is 28 Jan.
    assert_eq!(
        units("2024-01-15", "2024-02-28", UnitPeriod::Months(1)),
        (1, dec!(13) / dec!(30))
    );
}

#[test]
fn series_on_the_30th_uses_the_last_day_of_february() {
    let f = Flows {
        unit_period: None,
        advances: vec![FlowSpec::on(dec!(1000), d("2025-01-30"))],
        payments: vec![
            FlowSpec::on(dec!(100), d("2025-02-28")).series(3, Some(UnitPeriod::Months(1))),
        ],
        eu_time_basis: None,
    };
    let pays = f.expanded_payments().unwrap();
    let got: Vec<When> = pays.iter().map(|p| p.when).collect();
    assert_eq!(
        got,
        vec![
            When::Date(d("2025-02-28")),
            When::Date(d("2025-03-28")),
            When::Date(d("2025-04-28"))
        ],
        "a series anchored on the 28th stays on the 28th"
    );
    let f30 = Flows {
        payments: vec![
            FlowSpec::on(dec!(100), d("2025-03-30")).series(12, Some(UnitPeriod::Months(1))),
        ],
        ..f
    };
    let pays = f30.expanded_payments().unwrap();
    assert!(pays.iter().any(|p| p.when == When::Date(d("2026-02-28"))));
    let feb = pays
        .iter()
        .find(|p| p.when == When::Date(d("2026-02-28")))
        .unwrap();
    // Counted from the 30 January start, February's payment is a whole number of months.
    let (t, frac) = dates::count_units(
        d("2025-01-30"),
        d("2026-02-28"),
        UnitPeriod::Months(1),
        feb.anchor_day,
    )
    .unwrap();
    assert_eq!((t, frac), (13, Decimal::ZERO));
}

// ---- (b)(5)(iii) semimonths, (iv) days and weeks, (v) years ----

#[test]
fn semimonths_count_back_with_days_over_15() {
    assert_eq!(
        units("2025-01-01", "2025-02-16", UnitPeriod::Semimonth),
        (3, Decimal::ZERO)
    );
    // 16 Feb -> 16 Jan -> 1 Jan is before the 5th: 2 semimonths, then 5 -> 16 Jan = 11 days.
    assert_eq!(
        units("2025-01-05", "2025-02-16", UnitPeriod::Semimonth),
        (2, dec!(11) / dec!(15))
    );
    // 15th / month-end pairs: 15 Feb -> 31 Jan is a half month.
    assert_eq!(
        units("2025-01-31", "2025-02-15", UnitPeriod::Semimonth),
        (1, Decimal::ZERO)
    );
}

#[test]
fn weeks_and_days_divide_the_day_count() {
    assert_eq!(
        units("2025-03-01", "2025-03-18", UnitPeriod::Weeks(2)),
        (1, dec!(3) / dec!(14))
    );
    assert_eq!(
        units("2025-03-01", "2025-03-18", UnitPeriod::Weeks(1)),
        (2, dec!(3) / dec!(7))
    );
    assert_eq!(
        units("2025-03-01", "2025-04-15", UnitPeriod::Days(1)),
        (45, Decimal::ZERO)
    );
    // Across 29 February 2024: 24-hour intervals, so the leap day counts.
    assert_eq!(
        units("2024-02-20", "2024-03-05", UnitPeriod::Days(1)),
        (14, Decimal::ZERO)
    );
}

#[test]
fn year_unit_whole_months_over_12_else_days_over_365() {
    assert_eq!(
        units("2020-01-15", "2022-07-15", UnitPeriod::Months(12)),
        (2, dec!(0.5))
    );
    // Not whole months: days from the start to the date 2 years back (20 July 2020), / 365.
    assert_eq!(
        units("2020-01-15", "2022-07-20", UnitPeriod::Months(12)),
        (2, dec!(187) / dec!(365))
    );
}

#[test]
fn periods_per_year_follow_the_unit() {
    assert_eq!(UnitPeriod::Days(1).per_year(), dec!(365));
    assert_eq!(UnitPeriod::Weeks(2).per_year(), dec!(26));
    assert_eq!(UnitPeriod::Semimonth.per_year(), dec!(24));
    assert_eq!(UnitPeriod::Months(3).per_year(), dec!(4));
    assert_eq!(UnitPeriod::Days(255).per_year(), dec!(365) / dec!(255));
    for (text, unit) in [
        ("month", UnitPeriod::Months(1)),
        ("2 weeks", UnitPeriod::Weeks(2)),
        ("quarter", UnitPeriod::Months(3)),
        ("6 months", UnitPeriod::Months(6)),
        ("year", UnitPeriod::Months(12)),
        ("255 days", UnitPeriod::Days(255)),
        ("semimonth", UnitPeriod::Semimonth),
    ] {
        assert_eq!(text.parse::<UnitPeriod>().unwrap(), unit);
        assert_eq!(unit.to_string(), text);
    }
    assert!("fortnight-ish".parse::<UnitPeriod>().is_err());
    assert!("0 days".parse::<UnitPeriod>().is_err());
}

// ---- (b)(4): unit-period selection ----

#[test]
fn most_frequent_common_period_wins() {
    let adv = [single(dec!(1000), "2025-01-10")];
    // Odd first period (35 days), then 5 monthly periods.
    let pay: Vec<Flow> = [
        "2025-02-14",
        "2025-03-14",
        "2025-04-14",
        "2025-05-14",
        "2025-06-14",
        "2025-07-14",
    ]
    .iter()
    .map(|s| single(dec!(200), s))
    .collect();
    assert_eq!(
        infer_unit(d("2025-01-10"), &adv, &pay).0,
        UnitPeriod::Months(1)
    );
}

#[test]
fn equal_frequency_takes_the_smaller_period() {
    let adv = [single(dec!(1000), "2025-01-01")];
    // Two 2-week periods, then two 1-month periods.
    let pay: Vec<Flow> = ["2025-01-15", "2025-01-29", "2025-02-28", "2025-03-28"]
        .iter()
        .map(|s| single(dec!(260), s))
        .collect();
    assert_eq!(
        infer_unit(d("2025-01-01"), &adv, &pay).0,
        UnitPeriod::Weeks(2)
    );
}

#[test]
fn no_common_period_rounds_the_average_to_a_standard_interval() {
    let adv = [single(dec!(1000), "2025-01-01")];
    // Periods of 20 and 41 days: the average 30.5 is nearest a month (30.42 days).
    let pay = [
        single(dec!(500), "2025-01-21"),
        single(dec!(560), "2025-03-03"),
    ];
    assert_eq!(
        infer_unit(d("2025-01-01"), &adv, &pay).0,
        UnitPeriod::Months(1)
    );
    // Periods of 6 and 9 days: the average 7.5 is nearest a week.
    let pay = [
        single(dec!(500), "2025-01-07"),
        single(dec!(560), "2025-01-16"),
    ];
    assert_eq!(
        infer_unit(d("2025-01-01"), &adv, &pay).0,
        UnitPeriod::Weeks(1)
    );
}

fn sasp(start: &str, end: &str, amount: Decimal, paid: Decimal) -> Flows {
    Flows {
        unit_period: None,
        advances: vec![FlowSpec::on(amount, d(start))],
        payments: vec![FlowSpec::on(paid, d(end))],
        eu_time_basis: None,
    }
}

#[test]
fn a_fee_paid_on_the_day_of_the_advance_leaves_a_single_payment_loan() {
    // 1,000 advanced, a 60 fee paid the same day, 1,030 three months later: the unit-period
    // is still the term (a quarter), APR = (1030 / 940 - 1) x 4 = 38.2978723...%.
    let mut flows = sasp("2025-01-15", "2025-04-15", dec!(1000), dec!(1030));
    flows
        .payments
        .insert(0, FlowSpec::on(dec!(60), d("2025-01-15")));
    let r = compute(&flows, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "quarter");
    assert_eq!(
        r.apr_percent.round_dp(6),
        ((dec!(1030) / dec!(940) - dec!(1)) * dec!(400)).round_dp(6)
    );
}

#[test]
fn single_advance_single_payment_unit_is_the_term() {
    // Whole months under a year: one unit-period, w = 12 / months.
    let r = compute(
        &sasp("2025-01-15", "2025-04-15", dec!(1000), dec!(1030)),
        Method::UsRegz,
    )
    .unwrap();
    assert_eq!(r.unit_period, "quarter");
    assert_eq!(r.periods_per_year, dec!(4));
    assert_eq!(r.apr_percent, dec!(12));
    assert_eq!(r.apr_rounded.to_string(), "12.00");
    let text = r.to_string();
    assert!(
        text.contains("APR (Reg Z") && text.contains("quarter"),
        "{text}"
    );
    // Not whole months: w = 365 / days.
    let r = compute(
        &sasp("2025-01-15", "2025-02-20", dec!(1000), dec!(1010)),
        Method::UsRegz,
    )
    .unwrap();
    assert_eq!(r.unit_period, "36 days");
    assert_eq!(
        r.apr_percent.round_dp(10),
        (dec!(0.01) * dec!(365) / dec!(36) * dec!(100)).round_dp(10)
    );
    // Over a year: the unit is a year and the 6 odd months are a fraction (1 + 0.5 i)(1 + i).
    let r = compute(
        &sasp("2025-01-15", "2026-07-15", dec!(1000), dec!(1200)),
        Method::UsRegz,
    )
    .unwrap();
    assert_eq!(r.unit_period, "year");
    // 0.5 i^2 + 1.5 i - 0.2 = 0.
    let i = (dec!(-1.5) + (dec!(2.25) + dec!(0.4)).sqrt().unwrap()) / dec!(1);
    assert_eq!(r.periodic_rate.round_dp(15), i.round_dp(15));
}

#[test]
fn appendix_j_255_day_unit_period() {
    // (c)(5)(i)-style: a single payment 255 days out with an explicit "255 days" unit.
    let f = Flows::from_json(
        r#"{"unit_period": "255 days", "advances": [{"amount": "1000", "at": {"periods": 0}}],
            "payments": [{"amount": "1050", "at": {"periods": 1}}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    assert_eq!(
        r.periods_per_year,
        (dec!(365) / dec!(255)).round_dp(20).normalize()
    );
    assert_eq!(
        r.apr_percent.round_dp(12),
        (dec!(5) * dec!(365) / dec!(255)).round_dp(12)
    );
}

// ---- the equation: simple interest on the fraction, before the whole periods ----

#[test]
fn fractional_period_earns_simple_interest() {
    let f = Flows::from_json(
        r#"{"unit_period": "month", "advances": [{"amount": "1000", "at": {"periods": 0}}],
            "payments": [{"amount": "1100", "at": {"periods": 1, "fraction": "1/2"}}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    // 1000 (1 + 0.5 i)(1 + i) = 1100  =>  0.5 i^2 + 1.5 i - 0.1 = 0.
    let i = dec!(-1.5) + dec!(2.45).sqrt().unwrap();
    assert_eq!(r.periodic_rate.round_dp(15), i.round_dp(15));
    // The compound IRR of the same flows differs: 1.1^(1/1.5) - 1.
    let c = compute(&f, Method::CnIrr).unwrap();
    let compound = (dec!(1.1).ln() / dec!(1.5)).exp() - Decimal::ONE;
    assert_eq!(c.periodic_rate.round_dp(15), compound.round_dp(15));
    assert_ne!(r.periodic_rate.round_dp(6), c.periodic_rate.round_dp(6));
}

#[test]
fn payday_loan_bullet_is_about_782_percent() {
    let f = sasp("2025-03-01", "2025-03-15", dec!(300), dec!(390));
    let r = compute(&f, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "14 days");
    assert_eq!(
        r.apr_percent.round_dp(10),
        (dec!(0.3) * dec!(365) / dec!(14) * dec!(100)).round_dp(10)
    );
    assert_eq!(r.apr_rounded, dec!(782.14));
}

// ---- irregularity and the §1026.22 tolerance ----

#[test]
fn irregular_first_or_final_payment_is_not_irregular_but_skips_are() {
    let mut f = Flows::from_json(
        r#"{"unit_period": "month", "advances": [{"amount": "5000", "at": {"periods": 0}}],
            "payments": [{"amount": "300", "at": {"periods": 1, "fraction": "0.4"}},
                         {"amount": "230", "at": {"periods": 2, "fraction": "0.4"}, "count": 22},
                         {"amount": "410", "at": {"periods": 24, "fraction": "0.4"}}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    assert!(
        !r.irregular,
        "odd first period and irregular first/final payments stay regular"
    );
    assert!(
        r.clone()
            .with_tolerance(r.apr_percent + dec!(0.125))
            .tolerance
            .unwrap()
            .within
    );
    assert!(
        !r.clone()
            .with_tolerance(r.apr_percent + dec!(0.126))
            .tolerance
            .unwrap()
            .within
    );
    // Skip the 7th and 8th payments (a summer skip): irregular, 1/4 pp.
    f.payments = vec![
        FlowSpec::at(dec!(230), 1, Decimal::ZERO).series(6, None),
        FlowSpec::at(dec!(230), 9, Decimal::ZERO).series(18, None),
    ];
    let r = compute(&f, Method::UsRegz).unwrap();
    assert!(r.irregular);
    let t = r
        .clone()
        .with_tolerance(r.apr_percent - dec!(0.2))
        .tolerance
        .unwrap();
    assert_eq!(t.allowed_pp, dec!(0.25));
    assert!(t.within);
    assert!(
        !r.clone()
            .with_tolerance(r.apr_percent - dec!(0.26))
            .tolerance
            .unwrap()
            .within
    );
}

#[test]
fn multiple_advances_are_irregular() {
    let f = Flows::from_json(
        r#"{"unit_period": "month", "advances": [{"amount": "1000", "at": {"periods": 0}}, {"amount": "1000", "at": {"periods": 2}}],
            "payments": [{"amount": "180", "at": {"periods": 1}, "count": 12}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    assert!(r.irregular);
    assert!(r.apr_percent > Decimal::ZERO);
}

// ---- errors, never a wrong number ----

#[test]
fn payments_that_never_repay_are_an_error() {
    let f = sasp("2025-01-01", "2025-02-01", dec!(1000), dec!(900));
    for m in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
        assert!(
            matches!(compute(&f, m), Err(AprError::NoSolution(_))),
            "{m}"
        );
    }
    // Exactly repaid: zero.
    let f = sasp("2025-01-01", "2025-02-01", dec!(1000), dec!(1000));
    assert_eq!(
        compute(&f, Method::UsRegz).unwrap().apr_percent,
        Decimal::ZERO
    );
}

#[test]
fn inconsistent_flows_are_errors() {
    assert!(matches!(Flows::from_json("{"), Err(AprError::Json(_))));
    let no_pay = r#"{"advances": [{"amount": "1", "date": "2025-01-01"}], "payments": []}"#;
    assert!(compute(&Flows::from_json(no_pay).unwrap(), Method::UsRegz).is_err());
    let before = sasp("2025-02-01", "2025-01-01", dec!(1000), dec!(1100));
    assert!(matches!(
        compute(&before, Method::UsRegz),
        Err(AprError::Invalid(_))
    ));
    let mixed = r#"{"unit_period": "month", "advances": [{"amount": "1000", "date": "2025-01-01"}],
        "payments": [{"amount": "1100", "at": {"periods": 1}}]}"#;
    assert!(compute(&Flows::from_json(mixed).unwrap(), Method::UsRegz).is_err());
    let no_unit = r#"{"advances": [{"amount": "1000", "at": {"periods": 0}}], "payments": [{"amount": "1100", "at": {"periods": 1}}]}"#;
    assert!(compute(&Flows::from_json(no_unit).unwrap(), Method::EuAprc).is_err());
    let bad_fraction = r#"{"unit_period": "month", "advances": [{"amount": "1000", "at": {"periods": 0}}],
        "payments": [{"amount": "1100", "at": {"periods": 1, "fraction": "3/2"}}]}"#;
    assert!(compute(&Flows::from_json(bad_fraction).unwrap(), Method::UsRegz).is_err());
    let negative = r#"{"advances": [{"amount": "-5", "date": "2025-01-01"}], "payments": [{"amount": "1", "date": "2025-02-01"}]}"#;
    assert!(compute(&Flows::from_json(negative).unwrap(), Method::UsRegz).is_err());
    // Payments on the day of the advance only: no rate repays it.
    let same_day = sasp("2025-01-01", "2025-01-01", dec!(1000), dec!(1100));
    assert!(compute(&same_day, Method::UsRegz).is_err());
}

#[test]
fn method_ids_round_trip() {
    for m in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
        assert_eq!(m.to_string().parse::<Method>().unwrap(), m);
    }
    assert!("apr".parse::<Method>().is_err());
}

// ---- dated irregularities ----

/// Appendix J's equation evaluated directly: payments discounted by (1 + f·i)(1 + i)^t.
fn regz_npv(
    start: NaiveDate,
    advance: Decimal,
    pays: &[(Decimal, NaiveDate)],
    i: Decimal,
) -> Decimal {
    let mut total = -advance;
    for (amount, date) in pays {
        let (t, f) = dates::count_units(start, *date, UnitPeriod::Months(1), None).unwrap();
        total += *amount / ((Decimal::ONE + f * i) * (Decimal::ONE + i).powi(i64::from(t)));
    }
    total
}

#[test]
fn dated_odd_first_period_and_irregular_first_payment() {
    let f = Flows::from_json(
        r#"{"advances": [{"amount": "1000", "date": "2025-01-10"}],
            "payments": [{"amount": "150", "date": "2025-02-25"},
                         {"amount": "90", "date": "2025-03-25", "count": 11, "every": "month"}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "month");
    assert!(!r.irregular);
    let mut pays = vec![(dec!(150), d("2025-02-25"))];
    for k in 0..11 {
        pays.push((
            dec!(90),
            dates::step(d("2025-03-25"), UnitPeriod::Months(1), k).unwrap(),
        ));
    }
    // Every payment sits 15 days (1/2 month) past whole months from 10 January.
    assert_eq!(
        units("2025-01-10", "2025-02-25", UnitPeriod::Months(1)),
        (1, dec!(0.5))
    );
    let npv = regz_npv(d("2025-01-10"), dec!(1000), &pays, r.periodic_rate);
    assert!(npv.abs() < dec!(0.0000000001), "npv {npv}");
}

#[test]
fn dated_skipped_payments_are_irregular() {
    let f = Flows::from_json(
        r#"{"advances": [{"amount": "2000", "date": "2025-01-15"}],
            "payments": [{"amount": "230", "date": "2025-02-15", "count": 5, "every": "month"},
                         {"amount": "230", "date": "2025-09-15", "count": 4, "every": "month"}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "month");
    assert!(r.irregular);
    let mut pays = Vec::new();
    for (first, n) in [("2025-02-15", 5), ("2025-09-15", 4)] {
        for k in 0..n {
            pays.push((
                dec!(230),
                dates::step(d(first), UnitPeriod::Months(1), k).unwrap(),
            ));
        }
    }
    let npv = regz_npv(d("2025-01-15"), dec!(2000), &pays, r.periodic_rate);
    assert!(npv.abs() < dec!(0.0000000001), "npv {npv}");
    assert_eq!(
        r.with_tolerance(dec!(10)).tolerance.unwrap().allowed_pp,
        dec!(0.25)
    );
}

#[test]
fn explicit_unit_period_overrides_inference() {
    let f = Flows::from_json(
        r#"{"unit_period": "2 months", "advances": [{"amount": "1000", "date": "2025-01-01"}],
            "payments": [{"amount": "270", "date": "2025-02-01", "count": 4, "every": "month"}]}"#,
    )
    .unwrap();
    let r = compute(&f, Method::UsRegz).unwrap();
    assert_eq!(r.unit_period, "2 months");
    assert_eq!(r.periods_per_year, dec!(6));
    // The first payment is half a 2-month unit: (0 whole, 30/60).
    assert_eq!(
        units("2025-01-01", "2025-02-01", UnitPeriod::Months(2)),
        (0, dec!(0.5))
    );
}

#[test]
fn amounts_up_to_1e16_are_accepted() {
    let ok = sasp(
        "2025-01-01",
        "2025-02-01",
        dec!(10000000000000000),
        dec!(10000000000000000),
    );
    assert_eq!(
        compute(&ok, Method::UsRegz).unwrap().apr_percent,
        Decimal::ZERO
    );
    let big = sasp(
        "2025-01-01",
        "2025-02-01",
        dec!(10000000000000001),
        dec!(10000000000000001),
    );
    assert!(matches!(
        compute(&big, Method::UsRegz),
        Err(AprError::Invalid(_))
    ));
}

#[test]
fn absurd_amounts_are_refused_not_overflowed() {
    let f = Flows::from_json(
        r#"{"advances": [{"amount": "100000000000000000000", "date": "2025-01-01"}],
            "payments": [{"amount": "1", "date": "2025-02-01"}]}"#,
    )
    .unwrap();
    assert!(matches!(
        compute(&f, Method::UsRegz),
        Err(AprError::Invalid(_))
    ));
    let f = Flows::from_json(
        r#"{"unit_period": "day", "advances": [{"amount": "1", "at": {"periods": 0}}],
            "payments": [{"amount": "10000000000000000", "at": {"periods": 4000000000}}]}"#,
    )
    .unwrap();
    // Far-off times are refused rather than tabulated.
    assert!(matches!(
        compute(&f, Method::UsRegz),
        Err(AprError::Invalid(_))
    ));
    assert!(matches!(
        compute(&f, Method::CnIrr),
        Err(AprError::Invalid(_))
    ));
}

/// The EU time basis puts monthly flows at twelfths of a year: the fast path answers that by
/// itself (one polynomial in the twelfth root, no fallback to the reference), and agrees with
/// the reference solver to well below the reported 20 places of a percent figure.
#[test]
fn fast_path_answers_twelfths_of_a_year_itself() {
    for (count, payment) in [(12, dec!(8884.88)), (360, dec!(1028.62))] {
        let flows = Flows {
            unit_period: Some(UnitPeriod::Months(1)),
            advances: vec![FlowSpec::at(dec!(99000), 0, Decimal::ZERO)],
            payments: vec![FlowSpec::at(payment, 1, Decimal::ZERO).series(count, None)],
            eu_time_basis: None,
        };
        let (points, _) = year_points(&flows).unwrap();
        assert!(points.iter().any(|p| !p.frac.is_zero()));
        let screened = solve::screen(&points).unwrap();
        let fast = fast::solve(&points, Discount::Compound, &screened).expect("fast path answers");
        let reference = solve::solve_reference(&points, Discount::Compound).unwrap();
        assert!(
            (fast - reference).abs() < Decimal::new(1, 22),
            "{count} payments: {fast} vs {reference}"
        );
    }
}

/// Dated EU flows lie off every small lattice (days over 365 beside days over 366 around a
/// 29 February; or twelfths plus days over 365): the fast path answers them by itself (in
/// `u = ln(1 + x)`, no fallback to the reference), agreeing with the reference far below the
/// reported 20 places of a percent figure.
#[test]
fn fast_path_answers_dated_eu_flows_itself() {
    for (count, payment) in [(12, dec!(8884.88)), (360, dec!(1028.62))] {
        for basis in [
            EuTimeBasis::Calendar,
            EuTimeBasis::EqualMonths,
            EuTimeBasis::Periods,
        ] {
            let start = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
            let flows = Flows {
                unit_period: None,
                advances: vec![FlowSpec::on(dec!(99000), start)],
                payments: vec![
                    FlowSpec::on(payment, NaiveDate::from_ymd_opt(2025, 2, 15).unwrap())
                        .series(count, Some(UnitPeriod::Months(1))),
                ],
                eu_time_basis: Some(basis),
            };
            let (points, _) = year_points(&flows).unwrap();
            let screened = solve::screen(&points).unwrap();
            let fast =
                fast::solve(&points, Discount::Compound, &screened).expect("fast path answers");
            let reference = solve::solve_reference(&points, Discount::Compound).unwrap();
            assert!(
                (fast - reference).abs() < Decimal::new(1, 22),
                "{count} payments, {basis:?}: {fast} vs {reference}"
            );
        }
    }
}
