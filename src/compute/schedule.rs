//! Repayment schedules for each repayment method, with the cash flows they imply.
//!
//! Amounts are rounded as lenders do: to the cent/分 (2 dp, half up) per row, with the
//! remainder in the last payment. Each [`Schedule`] says how it rounded in `rounding`.

use chrono::NaiveDate;
use rust_decimal::{Decimal, MathematicalOps, RoundingStrategy};
use serde::Serialize;

use super::apr::{self, FlowSpec, Flows, UnitPeriod, UnitTime, When};
use crate::model::RepaymentMethod;

/// A charge added to every instalment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum PeriodFee {
    /// A fixed amount each period.
    Fixed(Decimal),
    /// A fraction (0.003 = 0.3%) of the original principal each period.
    OfPrincipal(Decimal),
    /// A fraction of the balance outstanding at the start of the period.
    OfRemaining(Decimal),
    /// A fraction of the instalment (principal plus interest) of the period.
    OfInstallment(Decimal),
}

/// What a schedule is built from.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleSpec {
    /// The contract (face) principal.
    pub principal: Decimal,
    /// The amount actually paid out (principal less deducted charges); `None` = principal.
    pub net_disbursed: Option<Decimal>,
    /// Interest per period as a fraction (0.015 = 1.5% a month). For `FlatRate`, the flat
    /// rate per period on the original principal.
    pub periodic_rate: Decimal,
    /// Number of instalments (for `Bullet`: the number of periods until the single payment).
    pub count: u32,
    /// Spacing of the instalments.
    pub every: UnitPeriod,
    /// How principal and interest are repaid.
    pub method: RepaymentMethod,
    /// A stated level instalment that takes precedence over the computed one: for
    /// `EqualInstallment` the principal plus interest of every instalment but the last; for
    /// `InterestOnly` the interest paid each period (the principal comes with the last).
    pub payment: Option<Decimal>,
    /// A stated last instalment (principal plus interest, before fees), which the last row
    /// takes instead of the computed remainder (第12期应还916.81元, 合计5,099.60元).
    pub last_payment: Option<Decimal>,
    /// Interest deducted from the principal at disbursement (预扣利息): it pays the earliest
    /// interest of the schedule, which the instalments then no longer carry.
    pub prepaid_interest: Decimal,
    /// The unit-period the flows are counted in, when the APR method fixes one (cn-irr counts
    /// a single payment in months: 12 × the monthly IRR). `None`: the engine's own choice (for
    /// a single payment, Regulation Z's term as the unit-period).
    pub unit_period: Option<UnitPeriod>,
    /// Charges added to every instalment.
    pub period_fees: Vec<PeriodFee>,
    /// Charges paid by the borrower at signing (not deducted): a payment at time 0.
    pub upfront_paid: Decimal,
    /// The disbursement date.
    pub start: Option<NaiveDate>,
    /// The first due date (default: one period after `start`).
    pub first_payment: Option<NaiveDate>,
}

impl ScheduleSpec {
    /// A spec with no fees, no dates and no stated payment.
    pub fn new(
        principal: Decimal,
        periodic_rate: Decimal,
        count: u32,
        every: UnitPeriod,
        method: RepaymentMethod,
    ) -> Self {
        ScheduleSpec {
            principal,
            net_disbursed: None,
            periodic_rate,
            count,
            every,
            method,
            payment: None,
            last_payment: None,
            prepaid_interest: Decimal::ZERO,
            unit_period: None,
            period_fees: Vec::new(),
            upfront_paid: Decimal::ZERO,
            start: None,
            first_payment: None,
        }
    }
}

/// When a row falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowTime {
    /// A calendar date.
    Date(NaiveDate),
    /// Periods of the schedule's spacing after disbursement.
    Periods(u32),
}

/// One instalment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// 1-based instalment number.
    pub number: u32,
    /// When it is due.
    pub due: RowTime,
    /// Principal repaid.
    #[serde(with = "rust_decimal::serde::str")]
    pub principal: Decimal,
    /// Interest paid.
    #[serde(with = "rust_decimal::serde::str")]
    pub interest: Decimal,
    /// Charges paid with the instalment.
    #[serde(with = "rust_decimal::serde::str")]
    pub fees: Decimal,
    /// Principal + interest + fees.
    #[serde(with = "rust_decimal::serde::str")]
    pub total: Decimal,
    /// Principal outstanding after the payment.
    #[serde(with = "rust_decimal::serde::str")]
    pub balance: Decimal,
}

/// A repayment schedule and the cash flows it implies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schedule {
    /// The repayment method the rows follow.
    pub method: RepaymentMethod,
    /// The instalments.
    pub rows: Vec<Row>,
    /// The flows for the APR engine: the net disbursement as the advance; every instalment
    /// (and any charge paid at signing) as a payment.
    pub flows: Flows,
    /// How amounts were rounded.
    pub rounding: String,
    /// Amount actually paid out.
    #[serde(with = "rust_decimal::serde::str")]
    pub net_disbursed: Decimal,
    /// Sum of interest.
    #[serde(with = "rust_decimal::serde::str")]
    pub total_interest: Decimal,
    /// Sum of charges paid with instalments and at signing (not those deducted).
    #[serde(with = "rust_decimal::serde::str")]
    pub total_fees: Decimal,
    /// Everything the borrower pays.
    #[serde(with = "rust_decimal::serde::str")]
    pub total_repayable: Decimal,
}

/// Why a schedule could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// A term is out of range (zero count, negative amount, ...).
    #[error("invalid schedule terms: {0}")]
    Invalid(String),
    /// The method has no defined schedule (`other`).
    #[error("no schedule for repayment method {0:?}")]
    Unsupported(RepaymentMethod),
    /// A number left the range of `Decimal`.
    #[error("arithmetic overflow while building the schedule")]
    Overflow,
}

const MAX_COUNT: u32 = 10_000;

fn cent(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The level instalment of an annuity: `P·r / (1 − (1 + r)^−n)`, unrounded.
pub fn annuity_payment(principal: Decimal, rate: Decimal, count: u32) -> Option<Decimal> {
    if count == 0 {
        return None;
    }
    if rate.is_zero() {
        return principal.checked_div(Decimal::from(count));
    }
    let v = Decimal::ONE.checked_div(Decimal::ONE.checked_add(rate)?)?;
    let vn = v.checked_powi(i64::from(count))?;
    principal
        .checked_mul(rate)?
        .checked_div(Decimal::ONE.checked_sub(vn)?)
}

/// Build the schedule `spec` describes.
pub fn build(spec: &ScheduleSpec) -> Result<Schedule, ScheduleError> {
    let invalid = |m: &str| ScheduleError::Invalid(m.to_string());
    // Amounts beyond 1e15 are not loans; the bound keeps every sum far from overflow.
    let limit = Decimal::from(1_000_000_000_000_000_u64);
    if spec.principal <= Decimal::ZERO || spec.principal > limit {
        return Err(invalid("the principal must be positive (and below 1e15)"));
    }
    let in_range = |d: Decimal| d >= Decimal::ZERO && d <= limit;
    if !in_range(spec.upfront_paid)
        || !in_range(spec.prepaid_interest)
        || !spec.payment.is_none_or(in_range)
        || !spec.last_payment.is_none_or(in_range)
    {
        return Err(invalid("charges and payments must be between 0 and 1e15"));
    }
    for fee in &spec.period_fees {
        let ok = match *fee {
            PeriodFee::Fixed(a) => in_range(a),
            PeriodFee::OfPrincipal(x) | PeriodFee::OfRemaining(x) | PeriodFee::OfInstallment(x) => {
                x >= Decimal::ZERO && x <= Decimal::TEN
            }
        };
        if !ok {
            return Err(invalid("a per-period charge is out of range"));
        }
    }
    if spec.count == 0 || spec.count > MAX_COUNT {
        return Err(invalid(
            "the number of instalments must be between 1 and 10000",
        ));
    }
    if spec.periodic_rate < Decimal::ZERO || spec.periodic_rate > Decimal::from(10) {
        return Err(invalid("the periodic rate must be between 0 and 1000%"));
    }
    let net = spec.net_disbursed.unwrap_or(spec.principal);
    if net <= Decimal::ZERO
        || net
            > spec
                .principal
                .checked_mul(Decimal::TWO)
                .ok_or(ScheduleError::Overflow)?
    {
        return Err(invalid("the net disbursement must be positive"));
    }
    let p = spec.principal;
    let r = spec.periodic_rate;
    let n = spec.count;
    let of = ScheduleError::Overflow;
    // (principal, interest) per row, before fees.
    let mut parts: Vec<(Decimal, Decimal)> = Vec::with_capacity(n as usize);
    let rounding = match spec.method {
        RepaymentMethod::EqualInstallment => {
            let level = match spec.payment {
                Some(pay) if pay > Decimal::ZERO => pay,
                _ => cent(annuity_payment(p, r, n).ok_or(of.clone())?),
            };
            let mut bal = p;
            for k in 1..=n {
                let interest = cent(bal.checked_mul(r).ok_or(of.clone())?);
                let principal = if k == n {
                    bal
                } else {
                    level.checked_sub(interest).ok_or(of.clone())?.min(bal)
                };
                bal = bal.checked_sub(principal).ok_or(of.clone())?;
                parts.push((principal, interest));
            }
            format!(
                "level instalment {level}{}; interest on the balance each period rounded half up to 0.01; the last instalment takes the remainder",
                if spec.payment.is_some() {
                    " (as stated)"
                } else {
                    " (annuity formula rounded half up to 0.01)"
                }
            )
        }
        RepaymentMethod::EqualPrincipal => {
            let each = cent(p / Decimal::from(n));
            let mut bal = p;
            for k in 1..=n {
                let interest = cent(bal.checked_mul(r).ok_or(of.clone())?);
                let principal = if k == n { bal } else { each.min(bal) };
                bal = bal.checked_sub(principal).ok_or(of.clone())?;
                parts.push((principal, interest));
            }
            format!(
                "principal {each} per instalment (rounded half up to 0.01), the last takes the remainder; interest on the remaining balance rounded half up to 0.01"
            )
        }
        RepaymentMethod::InterestOnly => {
            let (interest, last_interest) = match spec.payment {
                Some(pay) if pay > Decimal::ZERO => (pay, pay),
                _ => {
                    let each = cent(p.checked_mul(r).ok_or(of.clone())?);
                    // The interest of the whole term, rounded once; the last payment takes
                    // what the rounded periods leave (5000 × 23.9% × 6/12 = 597.50 = 5 × 99.58
                    // + 99.60).
                    let whole = cent(
                        p.checked_mul(r)
                            .and_then(|x| x.checked_mul(Decimal::from(n)))
                            .ok_or(of.clone())?,
                    );
                    let earlier = each.checked_mul(Decimal::from(n - 1)).ok_or(of.clone())?;
                    (each, (whole - earlier).max(Decimal::ZERO))
                }
            };
            for k in 1..=n {
                parts.push(if k == n {
                    (p, last_interest)
                } else {
                    (Decimal::ZERO, interest)
                });
            }
            if spec.payment.is_some() {
                format!(
                    "interest {interest} each period (as stated); the principal in full with the last payment"
                )
            } else {
                "interest each period on the principal rounded half up to 0.01, the last payment takes the remainder of the whole term's interest and the principal in full".into()
            }
        }
        RepaymentMethod::Bullet => {
            let interest = cent(
                p.checked_mul(r)
                    .and_then(|x| x.checked_mul(Decimal::from(n)))
                    .ok_or(of.clone())?,
            );
            parts.push((p, interest));
            "one payment of principal and simple interest for the whole term, rounded half up to 0.01".into()
        }
        RepaymentMethod::FlatRate => {
            let each = cent(p / Decimal::from(n));
            let interest = cent(p.checked_mul(r).ok_or(of.clone())?);
            let mut bal = p;
            for k in 1..=n {
                let principal = if k == n { bal } else { each.min(bal) };
                bal = bal.checked_sub(principal).ok_or(of.clone())?;
                parts.push((principal, interest));
            }
            format!(
                "flat interest {interest} per period on the original principal; principal {each} per instalment, the last takes the remainder (rounded half up to 0.01)"
            )
        }
        RepaymentMethod::Other => return Err(ScheduleError::Unsupported(spec.method)),
    };

    let mut rounding = rounding;
    // A stated last instalment replaces the computed remainder: the principal part stays (it
    // repays the loan), the interest part is what the contract says is left.
    if let (Some(last), Some((principal, interest))) = (spec.last_payment, parts.last_mut()) {
        if last >= *principal {
            *interest = last - *principal;
            rounding.push_str(&format!("; the last instalment {last} as stated"));
        }
    }
    // Interest deducted at disbursement pays the earliest interest.
    if spec.prepaid_interest > Decimal::ZERO {
        let mut left = spec.prepaid_interest;
        for (_, interest) in parts.iter_mut() {
            let take = left.min(*interest);
            *interest -= take;
            left -= take;
            if left.is_zero() {
                break;
            }
        }
        rounding.push_str(&format!(
            "; interest of {} deducted at disbursement is not charged again",
            spec.prepaid_interest
        ));
    }

    // Bullet: the single row falls `count` periods after disbursement.
    let bullet = spec.method == RepaymentMethod::Bullet;
    let start = match (spec.start, spec.first_payment) {
        (Some(s), _) => Some(s),
        (None, Some(f)) if bullet => Some(f),
        (None, Some(f)) => Some(
            apr::date_before(f, spec.every)
                .ok_or_else(|| invalid("first payment date out of range"))?,
        ),
        (None, None) => None,
    };
    let due = |k: u32| -> Result<RowTime, ScheduleError> {
        let periods = if bullet { n } else { k };
        Ok(match (start, spec.first_payment) {
            (_, Some(f)) if bullet => RowTime::Date(f),
            (_, Some(f)) => RowTime::Date(
                apr::series_date(f, spec.every, k - 1)
                    .ok_or_else(|| invalid("date out of range"))?,
            ),
            (Some(s), None) => RowTime::Date(
                apr::series_date(s, spec.every, periods)
                    .ok_or_else(|| invalid("date out of range"))?,
            ),
            (None, None) => RowTime::Periods(periods),
        })
    };
    // With a bullet and only a first (= maturity) date, the start is unknown.
    let start = if bullet && spec.start.is_none() {
        None
    } else {
        start
    };

    let mut rows = Vec::with_capacity(parts.len());
    let mut bal = p;
    for (idx, (principal, interest)) in parts.iter().enumerate() {
        let number = u32::try_from(idx + 1).map_err(|_| of.clone())?;
        let instalment = *principal + *interest;
        let mut fees = Decimal::ZERO;
        for fee in &spec.period_fees {
            let f = match *fee {
                PeriodFee::Fixed(a) => a,
                PeriodFee::OfPrincipal(x) => p.checked_mul(x).ok_or(of.clone())?,
                PeriodFee::OfRemaining(x) => bal.checked_mul(x).ok_or(of.clone())?,
                PeriodFee::OfInstallment(x) => instalment.checked_mul(x).ok_or(of.clone())?,
            };
            // A per-period fee on a bullet loan accrues for every period of the term.
            let f = if bullet {
                f.checked_mul(Decimal::from(n)).ok_or(of.clone())?
            } else {
                f
            };
            fees = fees.checked_add(cent(f)).ok_or(of.clone())?;
        }
        bal -= *principal;
        rows.push(Row {
            number,
            due: due(number)?,
            principal: *principal,
            interest: *interest,
            fees,
            total: instalment + fees,
            balance: bal,
        });
    }

    let flows = flows_of(spec, net, start, &rows)?;
    let total_interest: Decimal = rows.iter().map(|r| r.interest).sum();
    let total_fees: Decimal = rows.iter().map(|r| r.fees).sum::<Decimal>() + spec.upfront_paid;
    let total_repayable: Decimal =
        rows.iter().map(|r| r.total).sum::<Decimal>() + spec.upfront_paid;
    Ok(Schedule {
        method: spec.method,
        rows,
        flows,
        rounding,
        net_disbursed: net,
        total_interest,
        total_fees,
        total_repayable,
    })
}

/// The unit-period of a single payment `count` periods of `every` away, as Reg Z wants it
/// (the term, at most a year), and the payment's time in it.
fn term_unit(every: UnitPeriod, count: u32) -> (UnitPeriod, UnitTime) {
    let one = UnitTime {
        periods: 1,
        fraction: Decimal::ZERO,
    };
    let days = |d: u32| -> (UnitPeriod, UnitTime) {
        if d <= 365 {
            (UnitPeriod::Days(d), one)
        } else {
            (
                UnitPeriod::Months(12),
                UnitTime {
                    periods: d / 365,
                    fraction: Decimal::from(d % 365) / Decimal::from(365),
                },
            )
        }
    };
    match every {
        UnitPeriod::Months(m) => {
            let total = m.saturating_mul(count);
            if total <= 12 {
                (UnitPeriod::Months(total), one)
            } else {
                (
                    UnitPeriod::Months(12),
                    UnitTime {
                        periods: total / 12,
                        fraction: Decimal::from(total % 12) / Decimal::from(12),
                    },
                )
            }
        }
        UnitPeriod::Days(d) => days(d.saturating_mul(count)),
        UnitPeriod::Weeks(w) => days(w.saturating_mul(7).saturating_mul(count)),
        UnitPeriod::Semimonth if count % 2 == 0 => term_unit(UnitPeriod::Months(1), count / 2),
        UnitPeriod::Semimonth => days(count.saturating_mul(15)),
    }
}

fn flows_of(
    spec: &ScheduleSpec,
    net: Decimal,
    start: Option<NaiveDate>,
    rows: &[Row],
) -> Result<Flows, ScheduleError> {
    let mut payments = Vec::new();
    let mut unit_period = None;
    let advance = match start {
        Some(s) => FlowSpec::on(net, s),
        None => FlowSpec::at(net, 0, Decimal::ZERO),
    };
    if spec.upfront_paid > Decimal::ZERO {
        payments.push(match start {
            Some(s) => FlowSpec::on(spec.upfront_paid, s),
            None => FlowSpec::at(spec.upfront_paid, 0, Decimal::ZERO),
        });
    }
    let bullet = spec.method == RepaymentMethod::Bullet;
    for row in rows {
        if row.total.is_zero() {
            continue;
        }
        let flow = match (row.due, start) {
            (RowTime::Date(d), Some(_)) => {
                unit_period = spec.unit_period.or(unit_period);
                FlowSpec::on(row.total, d)
            }
            (RowTime::Date(_), None) | (RowTime::Periods(_), _)
                if bullet && spec.unit_period == Some(spec.every) =>
            {
                unit_period = Some(spec.every);
                FlowSpec::at(row.total, spec.count, Decimal::ZERO)
            }
            (RowTime::Date(_), None) | (RowTime::Periods(_), _) if bullet => {
                let (unit, at) = term_unit(spec.every, spec.count);
                unit_period = Some(unit);
                FlowSpec::at(row.total, at.periods, at.fraction)
            }
            (RowTime::Date(_), None) => {
                return Err(ScheduleError::Invalid("dated rows without a start".into()));
            }
            (RowTime::Periods(k), _) => {
                unit_period = Some(spec.every);
                FlowSpec::at(row.total, k, Decimal::ZERO)
            }
        };
        payments.push(flow);
    }
    Ok(Flows {
        unit_period,
        advances: vec![advance],
        payments,
        eu_time_basis: None,
    })
}

impl Row {
    /// The due time as the APR engine states it.
    pub fn when(&self) -> When {
        match self.due {
            RowTime::Date(d) => When::Date(d),
            RowTime::Periods(k) => When::At(UnitTime {
                periods: k,
                fraction: Decimal::ZERO,
            }),
        }
    }
}
