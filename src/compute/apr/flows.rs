//! Cash flows as FLOWS.json states them, the quick form, and their expansion into
//! individual dated (or unit-period-timed) flows.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{AprError, UnitPeriod, dates};

/// Largest amount accepted in one flow: keeps every sum far from `Decimal` overflow.
const MAX_AMOUNT: Decimal = rust_decimal_macros::dec!(10_000_000_000_000_000);
/// Largest `count` of a series.
const MAX_COUNT: u32 = 100_000;

/// A time stated in unit-periods from the start of the term: `{"periods": 1, "fraction": "19/30"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitTime {
    /// Full unit-periods.
    #[serde(default)]
    pub periods: u32,
    /// The odd fraction of a unit-period (before the full ones), `0 <= fraction < 1`.
    #[serde(
        default,
        serialize_with = "ser_decimal",
        deserialize_with = "de_fraction"
    )]
    pub fraction: Decimal,
}

fn ser_decimal<S: Serializer>(d: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&d.normalize().to_string())
}

/// Accept `"19/30"`, `"0.5"` or a JSON number.
fn de_fraction<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Text(String),
        Number(serde_json::Number),
    }
    let text = match Raw::deserialize(d)? {
        Raw::Text(t) => t,
        Raw::Number(n) => n.to_string(),
    };
    parse_fraction(&text).map_err(serde::de::Error::custom)
}

/// Parse `"a/b"` or a decimal.
pub(crate) fn parse_fraction(text: &str) -> Result<Decimal, String> {
    let text = text.trim();
    if let Some((a, b)) = text.split_once('/') {
        let a = Decimal::from_str(a.trim()).map_err(|e| format!("fraction {text:?}: {e}"))?;
        let b = Decimal::from_str(b.trim()).map_err(|e| format!("fraction {text:?}: {e}"))?;
        if b.is_zero() {
            return Err(format!("fraction {text:?} divides by zero"));
        }
        a.checked_div(b)
            .ok_or_else(|| format!("fraction {text:?} is out of range"))
    } else {
        Decimal::from_str(text)
            .or_else(|_| Decimal::from_scientific(text))
            .map_err(|e| format!("fraction {text:?}: {e}"))
    }
}

/// One advance or payment, or a series of equal ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowSpec {
    /// The amount of each flow.
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    /// The date of the (first) flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Or: its time in unit-periods from the start of the term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<UnitTime>,
    /// How many equal flows (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Spacing of a dated series (`month`, `2 weeks`, `semimonth`, ...). A series given
    /// with `at` steps one unit-period per flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<UnitPeriod>,
}

impl FlowSpec {
    /// A single flow on a date.
    pub fn on(amount: Decimal, date: NaiveDate) -> Self {
        FlowSpec {
            amount,
            date: Some(date),
            at: None,
            count: None,
            every: None,
        }
    }

    /// A single flow `periods` + `fraction` unit-periods after the start of the term.
    pub fn at(amount: Decimal, periods: u32, fraction: Decimal) -> Self {
        FlowSpec {
            amount,
            date: None,
            at: Some(UnitTime { periods, fraction }),
            count: None,
            every: None,
        }
    }

    /// Repeat this flow `count` times, `every` apart.
    pub fn series(mut self, count: u32, every: Option<UnitPeriod>) -> Self {
        self.count = Some(count);
        self.every = every;
        self
    }
}

/// How EU/UK APRC times are measured when flows are dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EuTimeBasis {
    /// Whole years counted back, then days over 365 (366 in a leap year) — the published
    /// examples of Directive 98/7/EC.
    Calendar,
    /// Whole months as twelfths of a year (12 equal months), then days over 365.
    EqualMonths,
    /// The default: each interval in the period the flows repeat on (Annex I remark (c): a
    /// year has 365 days, 52 weeks or 12 equal months). A monthly (or semimonthly) series:
    /// whole months as twelfths, a weekly one: whole weeks as 52nds, then the days left
    /// over, counted back to the drawdown, over 365; a single repayment (its term stated in
    /// days) or no series: as [`EuTimeBasis::Calendar`].
    #[default]
    Periods,
}

/// The cash flows of one credit (FLOWS.json).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Flows {
    /// The unit-period (inferred from the dates when absent; required with `at` times).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_period: Option<UnitPeriod>,
    /// Amounts received by the consumer (amount financed / net disbursed).
    pub advances: Vec<FlowSpec>,
    /// Payments by the consumer: instalments and every charge paid.
    pub payments: Vec<FlowSpec>,
    /// EU/UK: how dated intervals become years (default: [`EuTimeBasis::Periods`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_time_basis: Option<EuTimeBasis>,
}

/// When one expanded flow happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A calendar date.
    Date(NaiveDate),
    /// Unit-periods from the start of the term.
    At(UnitTime),
}

/// One flow after series expansion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Flow {
    /// The amount (positive).
    pub amount: Decimal,
    /// When it happens.
    pub when: When,
    /// For a month-based dated series, the day of month it is anchored on (29th-31st matter).
    pub anchor_day: Option<u32>,
}

impl Flows {
    /// Parse FLOWS.json.
    pub fn from_json(text: &str) -> Result<Flows, AprError> {
        serde_json::from_str(text).map_err(|e| AprError::Json(e.to_string()))
    }

    /// Serialise back to FLOWS.json.
    pub fn to_json(&self) -> Result<String, AprError> {
        serde_json::to_string_pretty(self).map_err(|e| AprError::Json(e.to_string()))
    }

    /// Every advance, one per flow, in time order.
    pub fn expanded_advances(&self) -> Result<Vec<Flow>, AprError> {
        expand_all(&self.advances)
    }

    /// Every payment, one per flow, in time order.
    pub fn expanded_payments(&self) -> Result<Vec<Flow>, AprError> {
        expand_all(&self.payments)
    }
}

fn expand_all(specs: &[FlowSpec]) -> Result<Vec<Flow>, AprError> {
    // Room for every flow up front (bounded: a hostile count is refused in `expand`).
    let room: usize = specs
        .iter()
        .map(|s| s.count.unwrap_or(1).min(MAX_COUNT) as usize)
        .sum();
    let mut out = Vec::with_capacity(room.min(4096));
    for spec in specs {
        expand(spec, &mut out)?;
    }
    out.sort_by_key(order_key);
    Ok(out)
}

fn order_key(f: &Flow) -> (Option<NaiveDate>, u32, Decimal) {
    match f.when {
        When::Date(d) => (Some(d), 0, Decimal::ZERO),
        When::At(t) => (None, t.periods, t.fraction),
    }
}

fn expand(spec: &FlowSpec, out: &mut Vec<Flow>) -> Result<(), AprError> {
    if spec.amount <= Decimal::ZERO || spec.amount > MAX_AMOUNT {
        return Err(AprError::Invalid(format!(
            "amount {} must be positive and at most 1e16",
            spec.amount
        )));
    }
    let count = spec.count.unwrap_or(1);
    if count == 0 || count > MAX_COUNT {
        return Err(AprError::Invalid(format!(
            "count {count} must be between 1 and {MAX_COUNT}"
        )));
    }
    match (spec.date, spec.at) {
        (Some(date), None) => {
            let every = match (count, spec.every) {
                (1, e) => e.unwrap_or(UnitPeriod::Months(1)),
                (_, Some(e)) => e,
                (_, None) => {
                    return Err(AprError::Invalid(
                        "a dated series needs `every` (month, week, ...)".into(),
                    ));
                }
            };
            let anchor_day = match every {
                UnitPeriod::Months(_) | UnitPeriod::Semimonth => Some(date.day()),
                _ => None,
            };
            for k in 0..count {
                let d = dates::step(date, every, k).ok_or_else(|| {
                    AprError::Invalid(format!("date out of range in the series from {date}"))
                })?;
                out.push(Flow {
                    amount: spec.amount,
                    when: When::Date(d),
                    anchor_day,
                });
            }
        }
        (None, Some(at)) => {
            if at.fraction < Decimal::ZERO || at.fraction >= Decimal::ONE {
                return Err(AprError::Invalid(format!(
                    "fraction {} must be at least 0 and below 1",
                    at.fraction
                )));
            }
            for k in 0..count {
                let periods = at.periods.checked_add(k).ok_or(AprError::Overflow)?;
                out.push(Flow {
                    amount: spec.amount,
                    when: When::At(UnitTime {
                        periods,
                        fraction: at.fraction,
                    }),
                    anchor_day: None,
                });
            }
        }
        (Some(_), Some(_)) => {
            return Err(AprError::Invalid("a flow has both `date` and `at`".into()));
        }
        (None, None) => {
            return Err(AprError::Invalid("a flow needs `date` or `at`".into()));
        }
    }
    Ok(())
}

/// The quick form of `loanlint apr`: one advance (less deductions), `count` equal payments.
#[derive(Debug, Clone, PartialEq)]
pub struct QuickForm {
    /// The credit amount (face amount).
    pub amount: Decimal,
    /// Charges deducted from the amount at disbursement.
    pub deducted: Decimal,
    /// Each payment.
    pub payment: Decimal,
    /// Number of payments.
    pub count: u32,
    /// Spacing of the payments.
    pub every: UnitPeriod,
    /// Date of the first payment (optional).
    pub first: Option<NaiveDate>,
    /// Date of the advance (optional; one `every` before `first` when only `first` is given).
    pub start: Option<NaiveDate>,
}

impl QuickForm {
    /// The flows the quick form describes. Without dates, times are in unit-periods
    /// (the unit-period is `every`, the first payment one unit-period after the advance).
    pub fn flows(&self) -> Result<Flows, AprError> {
        let net = self
            .amount
            .checked_sub(self.deducted)
            .filter(|n| *n > Decimal::ZERO)
            .ok_or_else(|| AprError::Invalid("the deductions leave nothing to advance".into()))?;
        let dated = |start: NaiveDate, first: NaiveDate| {
            (
                FlowSpec::on(net, start),
                FlowSpec::on(self.payment, first).series(self.count, Some(self.every)),
            )
        };
        let (advance, payment) = match (self.start, self.first) {
            (None, None) => (
                FlowSpec::at(net, 0, Decimal::ZERO),
                FlowSpec::at(self.payment, 1, Decimal::ZERO).series(self.count, None),
            ),
            (Some(s), Some(f)) => dated(s, f),
            // Count every due date from the start, so a start on the 31st keeps month ends
            // (a series anchored on 28 February would stay on the 28th).
            (Some(s), None) => {
                let mut payments = Vec::with_capacity(self.count as usize);
                for k in 1..=self.count {
                    let d = dates::step(s, self.every, k)
                        .ok_or_else(|| AprError::Invalid(format!("date out of range after {s}")))?;
                    payments.push(FlowSpec::on(self.payment, d));
                }
                return Ok(Flows {
                    unit_period: None,
                    advances: vec![FlowSpec::on(net, s)],
                    payments,
                    eu_time_basis: None,
                });
            }
            (None, Some(f)) => dated(back_one(f, self.every)?, f),
        };
        let unit_period = if self.start.is_none() && self.first.is_none() {
            Some(self.every)
        } else {
            None
        };
        Ok(Flows {
            unit_period,
            advances: vec![advance],
            payments: vec![payment],
            eu_time_basis: None,
        })
    }
}

/// The date one `every` before `d`.
pub(crate) fn back_one(d: NaiveDate, every: UnitPeriod) -> Result<NaiveDate, AprError> {
    let err = || AprError::Invalid(format!("date out of range before {d}"));
    match every {
        UnitPeriod::Days(n) => d
            .checked_sub_signed(chrono::Duration::try_days(i64::from(n)).ok_or_else(err)?)
            .ok_or_else(err),
        UnitPeriod::Weeks(n) => d
            .checked_sub_signed(chrono::Duration::try_days(7 * i64::from(n)).ok_or_else(err)?)
            .ok_or_else(err),
        UnitPeriod::Months(n) => dates::shift_months(d, -i64::from(n), d.day()).ok_or_else(err),
        UnitPeriod::Semimonth => dates::half_month_back(d).ok_or_else(err),
    }
}

impl fmt::Display for UnitTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.fraction.is_zero() {
            write!(f, "{} periods", self.periods)
        } else {
            write!(
                f,
                "{} + {} periods",
                self.periods,
                self.fraction.round_dp(6).normalize()
            )
        }
    }
}
