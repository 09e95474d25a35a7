#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The EU/UK APRC time convention (Directive 2008/48 Annex I remark (c), CONC App 1.2: a
//! year has 365 days, 52 weeks or 12 equal months): UK agreements of our own, each priced
//! both ways. By default a monthly series is measured in twelfths of a year (an odd first
//! period adds its days over 365) and a weekly one in 52nds; `eu_time_basis: "calendar"`
//! keeps actual days (whole years, then days over 365 or 366).
//!
//! The expected figures come from this Python script (60-digit `decimal`, bisection):
//!
//! ```text
//! from decimal import Decimal as D, getcontext
//! from datetime import date, timedelta
//! getcontext().prec = 60
//! def months_back(start, later):
//!     m = (later.year - start.year) * 12 + later.month - start.month
//!     while m >= 0:
//!         y, mo = divmod(later.year * 12 + later.month - 1 - m, 12)
//!         back = date(y, mo + 1, later.day)
//!         if back >= start: return m, back
//!         m -= 1
//! def t_months(start, d):
//!     m, back = months_back(start, d)
//!     return D(m) / 12 + D((back - start).days) / 365
//! def t_weeks(start, d):
//!     days = (d - start).days
//!     return D(days // 7) / 52 + D(days % 7) / 365
//! def t_days(start, d):
//!     y = d.year - start.year
//!     while True:
//!         back = date(d.year - y, d.month, d.day)
//!         if back >= start or y == 0:
//!             prior = date(d.year - y - 1, d.month, d.day)
//!             return D(y) + D((back - start).days) / D((back - prior).days)
//!         y -= 1
//! def aprc(adv, pays, tfun):
//!     start = adv[0][1]
//!     f = lambda x: (sum(a * (1 + x) ** (-tfun(start, d)) for a, d in pays)
//!                    - sum(a * (1 + x) ** (-tfun(start, d)) for a, d in adv))
//!     lo, hi = D(0), D(1)
//!     while f(hi) > 0: lo, hi = hi, hi * 2
//!     for _ in range(200):
//!         mid = (lo + hi) / 2
//!         if f(mid) > 0: lo = mid
//!         else: hi = mid
//!     return (lo + hi) / 2 * 100
//! ```
//!
//! with the flows of each test below (`aprc(adv, pays, t_months)` and `t_days`, `t_weeks`).

use loanlint::compute::apr::{EuTimeBasis, Flows, Method, compute};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The APRC of `json` (with `basis` when given) is within 1e-9 pp of `expected`.
fn assert_aprc(json: &str, basis: Option<EuTimeBasis>, expected: Decimal, note: &str) {
    let mut flows = Flows::from_json(json).unwrap();
    flows.eu_time_basis = basis;
    let r = compute(&flows, Method::EuAprc).unwrap();
    assert!(
        (r.apr_percent - expected).abs() < dec!(0.000000001),
        "{basis:?}: {} vs {expected}",
        r.apr_percent
    );
    assert!(
        r.notes.iter().any(|n| n.contains(note)),
        "the convention is stated: {:?}",
        r.notes
    );
}

/// The default basis gives `default` (its note naming the convention), the calendar basis
/// `calendar`.
fn both_ways(json: &str, default: Decimal, note: &str, calendar: Decimal) {
    assert_aprc(json, None, default, note);
    assert_aprc(
        json,
        Some(EuTimeBasis::Calendar),
        calendar,
        "days / 365 (366)",
    );
}

#[test]
fn monthly_instalments_on_the_drawdown_day_are_twelfths_of_a_year() {
    // GBP 1,500 drawn 20 January 2025; 12 monthly instalments of 150.25 on the 20th, the
    // first with a 25 fee. t_months: 46.342857735179 %; t_days: 46.587792747504 %.
    let json = r#"{"advances": [{"amount": "1500", "date": "2025-01-20"}],
        "payments": [{"amount": "25", "date": "2025-02-20"},
                     {"amount": "150.25", "date": "2025-02-20", "count": 12, "every": "month"}]}"#;
    both_ways(
        json,
        dec!(46.342857735179),
        "twelfths of a year",
        dec!(46.587792747504),
    );
    let equal = dec!(46.342857735179);
    assert_aprc(
        json,
        Some(EuTimeBasis::EqualMonths),
        equal,
        "12 equal months",
    );
}

#[test]
fn an_odd_first_period_adds_its_days_over_365_to_whole_months() {
    // GBP 800 drawn 10 January 2025; 6 instalments of 160 on the 25th from 25 February: the
    // first period is one month and 15 days. t_months: 74.604041812319 %; t_days:
    // 75.539607919868 %.
    let json = r#"{"advances": [{"amount": "800", "date": "2025-01-10"}],
        "payments": [{"amount": "160", "date": "2025-02-25", "count": 6, "every": "month"}]}"#;
    both_ways(
        json,
        dec!(74.604041812319),
        "days left over",
        dec!(75.539607919868),
    );
}

#[test]
fn weekly_payments_are_52nds_of_a_year() {
    // GBP 300 drawn 3 March 2025 (a Monday); 8 weekly payments of 45. t_weeks:
    // 766.309121111681 %; t_days: 771.462916818061 %.
    let json = r#"{"advances": [{"amount": "300", "date": "2025-03-03"}],
        "payments": [{"amount": "45", "date": "2025-03-10", "count": 8, "every": "week"}]}"#;
    both_ways(
        json,
        dec!(766.309121111681),
        "52nds of a year",
        dec!(771.462916818061),
    );
}

/// GBP 250 drawn 14 April 2025, one repayment of 306.25 on 14 May 2025: a whole month, but a
/// single repayment (a term stated in days) is measured in actual days, as such lenders print.
const SINGLE: &str = r#"{"advances": [{"amount": "250", "date": "2025-04-14"}],
    "payments": [{"amount": "306.25", "date": "2025-05-14"}]}"#;

#[test]
fn a_single_repayment_is_measured_in_days() {
    // (306.25 / 250)^(365/30) − 1 = 1081.197210101094 %.
    assert_aprc(SINGLE, None, dec!(1081.197210101094), "days / 365 (366)");
}
