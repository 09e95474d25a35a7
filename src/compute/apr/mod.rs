//! The APR engine: Regulation Z Appendix J (`us-regz`), EU/UK APRC (`eu-aprc`) and China's
//! IRR-based annualised rate (`cn-irr`), in exact `rust_decimal` arithmetic.
//!
//! Self-contained: [`Flows`] in (FLOWS.json or the [`QuickForm`]), [`AprResult`] out.
//! Nothing here reads the contract model, so the module could be published alone.
//!
//! ```
//! use loanlint::compute::apr::{compute, Flows, Method};
//! let flows = Flows::from_json(r#"{"advances": [{"amount": "1000", "date": "1994-01-01"}],
//!     "payments": [{"amount": "1200", "date": "1995-07-01"}]}"#).unwrap();
//! let r = compute(&flows, Method::EuAprc).unwrap();
//! assert_eq!(r.apr_rounded.to_string(), "12.96");
//! ```

mod dates;
mod decimal_ops;
mod eu_time;
mod f64_search;
mod fast;
mod flows;
mod solve;
mod unit_infer;

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, MathematicalOps, RoundingStrategy};
use serde::{Deserialize, Serialize};

pub use flows::{EuTimeBasis, Flow, FlowSpec, Flows, QuickForm, UnitTime, When};
use solve::{Discount, Point};
use unit_infer::infer_unit;

/// The `k`-th date of a series starting on `anchor` every `every` (month ends stay month ends).
pub fn series_date(anchor: NaiveDate, every: UnitPeriod, k: u32) -> Option<NaiveDate> {
    dates::step(anchor, every, k)
}

/// The date one `every` before `d`.
pub fn date_before(d: NaiveDate, every: UnitPeriod) -> Option<NaiveDate> {
    flows::back_one(d, every).ok()
}

/// An annualisation method, named by its kebab-case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Method {
    /// Regulation Z Appendix J actuarial method: APR = unit-period rate × unit-periods per year.
    #[serde(rename = "us-regz")]
    UsRegz,
    /// EU Directive 2008/48 Annex I / UK CONC App 1.2: effective annual rate, time in years.
    #[serde(rename = "eu-aprc")]
    EuAprc,
    /// PBoC Announcement 2021 No. 3: IRR of the actual flows, simple (单利) and compound (复利).
    #[serde(rename = "cn-irr")]
    CnIrr,
}

impl Method {
    /// The kebab-case id (`us-regz`, `eu-aprc`, `cn-irr`).
    pub fn id(self) -> &'static str {
        match self {
            Method::UsRegz => "us-regz",
            Method::EuAprc => "eu-aprc",
            Method::CnIrr => "cn-irr",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Method {
    type Err = AprError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "us-regz" => Ok(Method::UsRegz),
            "eu-aprc" => Ok(Method::EuAprc),
            "cn-irr" => Ok(Method::CnIrr),
            other => Err(AprError::Invalid(format!(
                "unknown method {other:?} (us-regz, eu-aprc or cn-irr)"
            ))),
        }
    }
}

/// A unit-period, or the spacing of a series: `day`, `2 weeks`, `semimonth`, `month`,
/// `quarter`, `6 months`, `year`, `255 days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitPeriod {
    /// `n` days (w = 365/n).
    Days(u32),
    /// `n` weeks (w = 52/n).
    Weeks(u32),
    /// Half a month, 1st/16th style (w = 24; odd days over 15).
    Semimonth,
    /// `n` months; 12 is a year (w = 12/n; odd days over 30·n).
    Months(u32),
}

impl UnitPeriod {
    /// Unit-periods per year (`w` in Appendix J).
    pub fn per_year(self) -> Decimal {
        match self {
            UnitPeriod::Days(n) => Decimal::from(365) / Decimal::from(n.max(1)),
            UnitPeriod::Weeks(n) => Decimal::from(52) / Decimal::from(n.max(1)),
            UnitPeriod::Semimonth => Decimal::from(24),
            UnitPeriod::Months(n) => Decimal::from(12) / Decimal::from(n.max(1)),
        }
    }

    /// Approximate length in days (to order periods and average them).
    pub fn approx_days(self) -> Decimal {
        Decimal::from(365) / self.per_year()
    }
}

impl fmt::Display for UnitPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            UnitPeriod::Days(1) => f.write_str("day"),
            UnitPeriod::Days(n) => write!(f, "{n} days"),
            UnitPeriod::Weeks(1) => f.write_str("week"),
            UnitPeriod::Weeks(n) => write!(f, "{n} weeks"),
            UnitPeriod::Semimonth => f.write_str("semimonth"),
            UnitPeriod::Months(1) => f.write_str("month"),
            UnitPeriod::Months(3) => f.write_str("quarter"),
            UnitPeriod::Months(12) => f.write_str("year"),
            UnitPeriod::Months(n) => write!(f, "{n} months"),
        }
    }
}

impl FromStr for UnitPeriod {
    type Err = AprError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim().to_ascii_lowercase();
        let bad = || {
            AprError::Invalid(format!(
                "unknown period {s:?} (e.g. month, 2 weeks, semimonth, 255 days)"
            ))
        };
        let (n, word) = match text.split_once(char::is_whitespace) {
            Some((n, w)) => (n.trim().parse::<u32>().map_err(|_| bad())?, w.trim()),
            None => (1, text.as_str()),
        };
        if n == 0 {
            return Err(bad());
        }
        let unit = match word.trim_end_matches('s') {
            "day" | "daily" => UnitPeriod::Days(n),
            "week" | "weekly" => UnitPeriod::Weeks(n),
            "biweekly" | "fortnight" | "fortnightly" => UnitPeriod::Weeks(2 * n),
            "semimonth" | "semimonthly" | "half-month" if n == 1 => UnitPeriod::Semimonth,
            "month" | "monthly" => UnitPeriod::Months(n),
            "quarter" | "quarterly" => UnitPeriod::Months(3 * n),
            "year" | "annual" | "annually" | "yearly" => UnitPeriod::Months(12 * n),
            _ => return Err(bad()),
        };
        Ok(unit)
    }
}

impl Serialize for UnitPeriod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for UnitPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Why an APR could not be computed. Never a wrong number: every failure is one of these.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AprError {
    /// FLOWS.json could not be read.
    #[error("invalid flows JSON: {0}")]
    Json(String),
    /// The flows are inconsistent or out of range.
    #[error("invalid flows: {0}")]
    Invalid(String),
    /// No rate balances the flows (e.g. payments that never repay the advance).
    #[error("no solution: {0}")]
    NoSolution(String),
    /// The iteration did not settle.
    #[error("the rate did not converge after {0} iterations")]
    NoConvergence(u32),
    /// A number left the range of `Decimal`.
    #[error("arithmetic overflow while solving for the rate")]
    Overflow,
}

/// The §1026.22 accuracy test of a disclosed APR.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tolerance {
    /// The APR the creditor disclosed, percent.
    #[serde(with = "rust_decimal::serde::str")]
    pub disclosed_percent: Decimal,
    /// The exact APR, percent.
    #[serde(with = "rust_decimal::serde::str")]
    pub exact_percent: Decimal,
    /// Allowed difference in percentage points: 0.125, or 0.25 for irregular transactions.
    #[serde(with = "rust_decimal::serde::str")]
    pub allowed_pp: Decimal,
    /// True when the disclosed APR is within the tolerance (inclusive).
    pub within: bool,
}

/// §1026.22(a)(2)-(3): is `disclosed_percent` within 1/8 percentage point (1/4 for an
/// irregular transaction) of `exact_percent`?
pub fn tolerance(disclosed_percent: Decimal, exact_percent: Decimal, irregular: bool) -> Tolerance {
    let allowed_pp = if irregular {
        Decimal::new(25, 2)
    } else {
        Decimal::new(125, 3)
    };
    let diff = (disclosed_percent - exact_percent).abs();
    Tolerance {
        disclosed_percent: disclosed_percent.normalize(),
        exact_percent,
        allowed_pp,
        within: diff <= allowed_pp,
    }
}

/// The annualised rate of a set of flows under one method (the `--format json` object).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AprResult {
    /// The method used.
    pub method: Method,
    /// The annual rate in percent, full precision. Reg Z: nominal `i·w`; EU: effective;
    /// CN: the simple (单利) figure `IRR·w`.
    #[serde(with = "rust_decimal::serde::str")]
    pub apr_percent: Decimal,
    /// `apr_percent` rounded half up to 2 decimal places.
    #[serde(with = "rust_decimal::serde::str")]
    pub apr_rounded: Decimal,
    /// The unit-period (`month`, `3 months`, `14 days`, `year` for the EU method).
    pub unit_period: String,
    /// Unit-periods per year (`w`); may be fractional (365/14).
    #[serde(with = "rust_decimal::serde::str")]
    pub periods_per_year: Decimal,
    /// The rate per unit-period (a fraction, not percent).
    #[serde(with = "rust_decimal::serde::str")]
    pub periodic_rate: Decimal,
    /// The effective annual rate `(1 + i)^w − 1` in percent, when defined. CN: the
    /// compound (复利) figure.
    #[serde(
        with = "rust_decimal::serde::str_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_percent: Option<Decimal>,
    /// The §1026.22 test, when a disclosed APR was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<Tolerance>,
    /// True for an irregular transaction in the §1026.22(a)(3) sense (multiple advances,
    /// irregular periods or amounts other than the first period or first/final payment).
    #[serde(skip)]
    pub irregular: bool,
    /// How the unit-period and times were chosen.
    #[serde(skip)]
    pub notes: Vec<String>,
}

impl AprResult {
    /// Attach the §1026.22 test of a disclosed APR (percent).
    pub fn with_tolerance(mut self, disclosed_percent: Decimal) -> Self {
        self.tolerance = Some(tolerance(
            disclosed_percent,
            self.apr_percent,
            self.irregular,
        ));
        self
    }

    /// The figures with their labels, for a human reader.
    pub fn labelled(&self) -> Vec<(String, String)> {
        let pct = |d: Decimal| {
            format!(
                "{}%",
                d.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
                    .normalize()
            )
        };
        let mut out = Vec::new();
        match self.method {
            Method::UsRegz => {
                out.push(("APR (Reg Z, nominal i×w)".into(), pct(self.apr_percent)));
                if let Some(e) = self.effective_percent {
                    out.push(("effective annual rate".into(), pct(e)));
                }
            }
            Method::EuAprc => {
                out.push(("APRC (effective annual)".into(), pct(self.apr_percent)));
                out.push((
                    "APRC, 1 dp half up".into(),
                    format!(
                        "{}%",
                        self.apr_percent
                            .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
                    ),
                ));
            }
            Method::CnIrr => {
                out.push((
                    "年化利率 单利 (simple, IRR×n)".into(),
                    pct(self.apr_percent),
                ));
                if let Some(e) = self.effective_percent {
                    out.push(("年化利率 复利 (compound, (1+IRR)^n−1)".into(), pct(e)));
                }
            }
        }
        out.push((
            "unit-period".into(),
            format!(
                "{} ({} per year)",
                self.unit_period,
                self.periods_per_year.round_dp(6).normalize()
            ),
        ));
        out.push((
            "periodic rate".into(),
            format!("{}", self.periodic_rate.round_dp(12).normalize()),
        ));
        if let Some(t) = &self.tolerance {
            out.push((
                "disclosed APR".into(),
                format!(
                    "{}%: {} (allowed ±{} pp)",
                    t.disclosed_percent,
                    if t.within { "accurate" } else { "NOT accurate" },
                    t.allowed_pp.normalize()
                ),
            ));
        }
        out
    }
}

impl fmt::Display for AprResult {
    /// One labelled figure per line (`label: value`), for `--format human`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (label, value) in self.labelled() {
            writeln!(f, "{label}: {value}")?;
        }
        Ok(())
    }
}

/// The unit-period and each flow's time in full unit-periods plus a fraction.
struct UnitTimeline {
    unit: UnitPeriod,
    w: Decimal,
    /// Advances negative, payments positive.
    points: Vec<Point>,
    irregular: bool,
    notes: Vec<String>,
    /// The period the dated flows repeat on, when they run in a series (not a single
    /// advance and payment, and a stated or common unit-period).
    series: Option<UnitPeriod>,
}

fn both_dated(adv: &[Flow], pay: &[Flow]) -> Result<bool, AprError> {
    let dated = adv
        .iter()
        .chain(pay)
        .filter(|f| matches!(f.when, When::Date(_)))
        .count();
    let total = adv.len() + pay.len();
    if dated == total {
        Ok(true)
    } else if dated == 0 {
        Ok(false)
    } else {
        Err(AprError::Invalid(
            "flows mix dates and unit-period times".into(),
        ))
    }
}

fn date_of(f: &Flow) -> Option<NaiveDate> {
    match f.when {
        When::Date(d) => Some(d),
        When::At(_) => None,
    }
}

/// The date of the first advance (of dated flows).
fn first_advance(adv: &[Flow]) -> Result<NaiveDate, AprError> {
    adv.iter()
        .filter_map(date_of)
        .min()
        .ok_or_else(|| AprError::Invalid("no advance".into()))
}

/// The time of a flow given in unit-periods.
fn time_of(f: &Flow) -> Result<UnitTime, AprError> {
    match f.when {
        When::At(t) => Ok(t),
        When::Date(_) => Err(AprError::Invalid(
            "flows mix dates and unit-period times".into(),
        )),
    }
}

/// The unit-period the flows state, required when their times are given in unit-periods.
fn stated_unit(flows: &Flows) -> Result<UnitPeriod, AprError> {
    flows.unit_period.ok_or_else(|| {
        AprError::Invalid("`unit_period` is required when times are given in unit-periods".into())
    })
}

/// The advances (negative) and then the payments (positive) as points, each placed in time
/// (whole periods and a fraction) by `at`.
fn signed_points(
    adv: &[Flow],
    pay: &[Flow],
    mut at: impl FnMut(&Flow) -> Result<(u32, Decimal), AprError>,
) -> Result<Vec<Point>, AprError> {
    // A sign flip, not a product: the same digits, and no `Decimal` multiplication per flow.
    let advances = adv.iter().map(|f| (true, f));
    let payments = pay.iter().map(|f| (false, f));
    let mut out = Vec::with_capacity(adv.len() + pay.len());
    for (advance, f) in advances.chain(payments) {
        let (whole, frac) = at(f)?;
        out.push(Point {
            signed: if advance { -f.amount } else { f.amount },
            whole,
            frac,
        });
    }
    Ok(out)
}

fn expand(flows: &Flows) -> Result<(Vec<Flow>, Vec<Flow>), AprError> {
    let adv = flows.expanded_advances()?;
    let pay = flows.expanded_payments()?;
    if adv.is_empty() {
        return Err(AprError::Invalid("no advance".into()));
    }
    if pay.is_empty() {
        return Err(AprError::Invalid("no payment".into()));
    }
    Ok((adv, pay))
}

fn timeline(flows: &Flows) -> Result<UnitTimeline, AprError> {
    let (adv, pay) = expand(flows)?;
    timeline_of(flows, &adv, &pay)
}

/// [`timeline`] of flows already expanded.
fn timeline_of(flows: &Flows, adv: &[Flow], pay: &[Flow]) -> Result<UnitTimeline, AprError> {
    let mut notes = Vec::new();
    let points;
    let unit;
    let mut series = None;
    if both_dated(adv, pay)? {
        let start = first_advance(adv)?;
        if pay.iter().filter_map(date_of).any(|d| d < start) {
            return Err(AprError::Invalid(
                "a payment falls before the first advance".into(),
            ));
        }
        // A charge paid on the day of the advance (a fee paid at payout) only reduces what is
        // advanced: one advance and one later payment is still a single-payment loan.
        let later: Vec<&Flow> = pay.iter().filter(|f| date_of(f) != Some(start)).collect();
        let sasp = adv.len() == 1 && later.len() == 1;
        unit = match flows.unit_period {
            Some(u) => {
                series = (!sasp).then_some(u);
                u
            }
            None if sasp => {
                let end = later.first().and_then(|f| date_of(f)).unwrap_or(start);
                let days = (end - start).num_days();
                if days <= 0 {
                    return Err(AprError::Invalid(
                        "the single payment falls on the day of the advance".into(),
                    ));
                }
                let (m, back) = dates::months_back(start, end, None).ok_or(AprError::Overflow)?;
                let u = if m >= 12 {
                    UnitPeriod::Months(12)
                } else if back == start && m >= 1 {
                    UnitPeriod::Months(m)
                } else {
                    UnitPeriod::Days(u32::try_from(days).map_err(|_| AprError::Overflow)?)
                };
                notes.push(format!("single advance, single payment: the unit-period is the term ({u}), at most a year"));
                u
            }
            None => {
                let (u, note, common) = infer_unit(start, adv, pay);
                notes.push(note);
                series = common.then_some(u);
                u
            }
        };
        points = signed_points(adv, pay, |f| {
            let d = date_of(f).ok_or(AprError::Overflow)?;
            dates::count_units(start, d, unit, f.anchor_day)
                .ok_or_else(|| AprError::Invalid(format!("cannot count unit-periods to {d}")))
        })?;
    } else {
        unit = stated_unit(flows)?;
        points = signed_points(adv, pay, |f| {
            let t = time_of(f)?;
            Ok((t.periods, t.fraction))
        })?;
    }
    let irregular = is_irregular(&points);
    Ok(UnitTimeline {
        unit,
        w: unit.per_year(),
        points,
        irregular,
        notes,
        series,
    })
}

/// §1026.22(a)(3): multiple advances, or irregular payment periods or amounts, not counting
/// an irregular first period or an irregular first or final payment.
fn is_irregular(points: &[Point]) -> bool {
    let advances = points.iter().filter(|p| p.signed < Decimal::ZERO).count();
    if advances > 1 {
        return true;
    }
    // One pass over the payments, no list of them: each one period after the one before,
    // and the amounts between the first and the last payment all equal.
    let mut pays = points.iter().filter(|p| p.signed > Decimal::ZERO);
    let Some(mut before) = pays.next() else {
        return false;
    };
    let mut middle: Option<Decimal> = None;
    let (mut first, mut unequal) = (true, false);
    for p in pays {
        if !(p.whole == before.whole + 1 && p.frac == before.frac) {
            return true;
        }
        // `before` is followed by `p`: a middle payment unless it is the first.
        if !first {
            match middle {
                None => middle = Some(before.signed),
                Some(m) => unequal |= m != before.signed,
            }
        }
        first = false;
        before = p;
    }
    unequal
}

/// EU/UK: each flow's time in years from the first drawdown.
#[cfg(test)]
fn year_points(flows: &Flows) -> Result<(Vec<Point>, Vec<String>), AprError> {
    let (adv, pay) = expand(flows)?;
    let series = timeline_of(flows, &adv, &pay).ok().and_then(|t| t.series);
    eu_time::year_points_of(flows, &adv, &pay, series)
}

/// `(1 + i)^w − 1` in percent; `None` when it leaves the range of `Decimal`.
fn effective(i: Decimal, w: Decimal) -> Option<Decimal> {
    let base = Decimal::ONE.checked_add(i)?;
    let grown = if w.fract().is_zero() {
        base.checked_powi(w.to_i64()?)?
    } else {
        w.checked_mul(base.checked_ln()?)?.checked_exp()?
    };
    grown
        .checked_sub(Decimal::ONE)?
        .checked_mul(Decimal::ONE_HUNDRED)
}

fn tidy(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(20, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

/// Half up to 2 dp, always written with 2 decimals ("12.00").
fn round2(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// Compute the annualised rate of `flows` under `method`.
pub fn compute(flows: &Flows, method: Method) -> Result<AprResult, AprError> {
    compute_with(flows, method, solve::solve)
}

/// [`compute`] with the reference all-`Decimal` solver the fast one replaced: the same
/// result, slower. For benchmarks and cross-checks.
#[doc(hidden)]
pub fn compute_reference(flows: &Flows, method: Method) -> Result<AprResult, AprError> {
    compute_with(flows, method, solve::solve_reference)
}

/// A root finder for the periodic rate: the fast one, or the reference (the tests' oracle).
type Solver = fn(&[Point], Discount) -> Result<Decimal, AprError>;

fn compute_with(flows: &Flows, method: Method, solve: Solver) -> Result<AprResult, AprError> {
    match method {
        Method::UsRegz | Method::CnIrr => {
            let tl = timeline(flows)?;
            let model = if method == Method::UsRegz {
                Discount::SimpleFraction
            } else {
                Discount::Compound
            };
            let i = solve(&tl.points, model)?;
            let apr = i
                .checked_mul(tl.w)
                .and_then(|x| x.checked_mul(Decimal::ONE_HUNDRED))
                .ok_or(AprError::Overflow)?;
            let apr = tidy(apr);
            Ok(AprResult {
                method,
                apr_percent: apr,
                apr_rounded: round2(apr),
                unit_period: tl.unit.to_string(),
                periods_per_year: tidy(tl.w),
                periodic_rate: tidy(i),
                effective_percent: effective(i, tl.w).map(tidy),
                tolerance: None,
                irregular: tl.irregular,
                notes: tl.notes,
            })
        }
        Method::EuAprc => {
            let (adv, pay) = expand(flows)?;
            // The unit-period view chooses the default time measure and reports
            // irregularity (a Reg Z notion) where it exists.
            let tl = timeline_of(flows, &adv, &pay).ok();
            let series = tl.as_ref().and_then(|t| t.series);
            let (points, notes) = eu_time::year_points_of(flows, &adv, &pay, series)?;
            let x = solve(&points, Discount::Compound)?;
            let apr = tidy(
                x.checked_mul(Decimal::ONE_HUNDRED)
                    .ok_or(AprError::Overflow)?,
            );
            let irregular = tl.is_some_and(|t| t.irregular);
            Ok(AprResult {
                method,
                apr_percent: apr,
                apr_rounded: round2(apr),
                unit_period: UnitPeriod::Months(12).to_string(),
                periods_per_year: Decimal::ONE,
                periodic_rate: tidy(x),
                effective_percent: Some(apr),
                tolerance: None,
                irregular,
                notes,
            })
        }
    }
}

/// Compute, then test a disclosed APR (percent) under §1026.22 when one is given.
pub fn compute_with_disclosed(
    flows: &Flows,
    method: Method,
    disclosed_percent: Option<Decimal>,
) -> Result<AprResult, AprError> {
    let r = compute(flows, method)?;
    Ok(match disclosed_percent {
        Some(d) => r.with_tolerance(d),
        None => r,
    })
}

#[cfg(test)]
mod oracle_props;
#[cfg(test)]
mod tests;
