//! Repayment schedules for each repayment method, with the cash flows they imply.
//!
//! Amounts are rounded as lenders do: to the cent/分 (2 dp, half up) per row, with the
//! remainder in the last payment. Each [`Schedule`] says how it rounded in `rounding`.

use chrono::NaiveDate;
use rust_decimal::{Decimal, MathematicalOps, RoundingStrategy};
use serde::Serialize;

use super::apr::{Flows, UnitPeriod, UnitTime, When};
use crate::model::{CostFigures, RepaymentMethod};

mod flows;
mod parts;

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
    /// a single payment over its whole term: simple interest, 单利, however long the term; see
    /// [`whole_term`]). `None`: the engine's own choice (for a single payment, Regulation Z's
    /// term as the unit-period, at most a year).
    pub unit_period: Option<UnitPeriod>,
    /// Charges added to every instalment.
    pub period_fees: Vec<PeriodFee>,
    /// Charges paid by the borrower at signing (not deducted): a payment at time 0.
    pub upfront_paid: Decimal,
    /// The disbursement date.
    pub start: Option<NaiveDate>,
    /// The first due date (default: one period after `start`).
    pub first_payment: Option<NaiveDate>,
    /// Charges paid once with the last instalment (到期一次性支付).
    pub maturity_fees: Decimal,
    /// A deposit held back at payout that comes back with the last instalment (returned or
    /// set off): an advance to the borrower at the last instalment's time.
    pub returned_at_maturity: Decimal,
    /// Charges paid once on a stated date, apart from the instalments.
    pub dated_fees: Vec<(NaiveDate, Decimal)>,
    /// The stated due date of every instalment, in order (a payment plan's list). Used when
    /// there is one per instalment: the rows fall on them, and each period's interest runs
    /// its actual days (`periodic_rate` is that of a regular period of `every`).
    pub due_dates: Vec<NaiveDate>,
    /// A stepped rate: the periodic rate from instalment k (1-based) on, in order of k.
    pub rate_steps: Vec<(u32, Decimal)>,
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
            maturity_fees: Decimal::ZERO,
            returned_at_maturity: Decimal::ZERO,
            dated_fees: Vec::new(),
            due_dates: Vec::new(),
            rate_steps: Vec::new(),
        }
    }

    /// The stated due dates, when there is one per instalment, in order, and the schedule
    /// has instalments (not one payment at maturity).
    pub fn listed_dates(&self) -> Option<&[NaiveDate]> {
        let dates = self.due_dates.as_slice();
        let usable = self.method != RepaymentMethod::Bullet
            && dates.len() == self.count as usize
            && dates.windows(2).all(|w| w[0] < w[1])
            && dates
                .first()
                .is_some_and(|first| self.start.is_none_or(|s| s < *first));
        usable.then_some(dates)
    }

    /// The payout date: stated, or one regular period before the first listed due date.
    pub(crate) fn listed_start(&self) -> Option<NaiveDate> {
        let first = *self.listed_dates()?.first()?;
        self.start
            .or_else(|| super::apr::date_before(first, self.every))
            .filter(|s| *s < first)
    }
}

/// The whole term of `count` periods of `every` as one unit-period (30 days, 24 months), when
/// it can be one.
pub fn whole_term(every: UnitPeriod, count: u32) -> Option<UnitPeriod> {
    Some(match every {
        UnitPeriod::Days(k) => UnitPeriod::Days(k.checked_mul(count)?),
        UnitPeriod::Weeks(k) => UnitPeriod::Weeks(k.checked_mul(count)?),
        UnitPeriod::Months(k) => UnitPeriod::Months(k.checked_mul(count)?),
        UnitPeriod::Semimonth => return None,
    })
    .filter(|_| count > 0)
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
    /// Amount paid out; interest; charges paid with instalments, at signing, at maturity or on
    /// a date (not those deducted); everything the borrower pays.
    #[serde(flatten)]
    pub totals: CostFigures,
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

/// Build the schedule `spec` describes: check the terms, split each instalment into principal
/// and interest by the method, adjust for a stated last instalment and deducted interest, add
/// the charges, date the rows and derive the flows.
pub fn build(spec: &ScheduleSpec) -> Result<Schedule, ScheduleError> {
    let net = validate(spec)?;
    let (mut parts, mut rounding) = parts::of(spec)?;
    parts::apply_stated_last(spec, &mut parts, &mut rounding);
    parts::apply_prepaid_interest(spec, &mut parts, &mut rounding);
    let (start, due) = flows::timing(spec)?;
    let rows = rows_of(spec, &parts, &due)?;
    let flows = flows::of(spec, net, start, &rows)?;
    let once = spec.upfront_paid + spec.dated_fees.iter().map(|(_, a)| *a).sum::<Decimal>();
    let totals = CostFigures {
        net_disbursed: net,
        total_interest: rows.iter().map(|r| r.interest).sum(),
        total_fees: rows.iter().map(|r| r.fees).sum::<Decimal>() + once,
        // A deposit set off against the last instalment is not paid again.
        total_repayable: rows.iter().map(|r| r.total).sum::<Decimal>() + once
            - spec.returned_at_maturity,
    };
    Ok(Schedule {
        method: spec.method,
        rows,
        flows,
        rounding,
        totals,
    })
}

/// Reject terms no schedule can be built from; the net disbursement when they are sound.
fn validate(spec: &ScheduleSpec) -> Result<Decimal, ScheduleError> {
    let invalid = |m: &str| ScheduleError::Invalid(m.to_string());
    // Amounts beyond 1e15 are not loans; the bound keeps every sum far from overflow.
    let limit = Decimal::from(1_000_000_000_000_000_u64);
    if spec.principal <= Decimal::ZERO || spec.principal > limit {
        return Err(invalid("the principal must be positive (and below 1e15)"));
    }
    let in_range = |d: Decimal| d >= Decimal::ZERO && d <= limit;
    if !in_range(spec.upfront_paid)
        || !in_range(spec.prepaid_interest)
        || !in_range(spec.maturity_fees)
        || !spec.dated_fees.iter().all(|(_, a)| in_range(*a))
        || !spec.payment.is_none_or(in_range)
        || !spec.last_payment.is_none_or(in_range)
    {
        return Err(invalid("charges and payments must be between 0 and 1e15"));
    }
    let fee_ok = |fee: &PeriodFee| match *fee {
        PeriodFee::Fixed(a) => in_range(a),
        PeriodFee::OfPrincipal(x) | PeriodFee::OfRemaining(x) | PeriodFee::OfInstallment(x) => {
            x >= Decimal::ZERO && x <= Decimal::TEN
        }
    };
    if !spec.period_fees.iter().all(fee_ok) {
        return Err(invalid("a per-period charge is out of range"));
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
    let most = spec
        .principal
        .checked_mul(Decimal::TWO)
        .ok_or(ScheduleError::Overflow)?;
    if net <= Decimal::ZERO || net > most {
        return Err(invalid("the net disbursement must be positive"));
    }
    Ok(net)
}

/// The charges of one row: each per-period charge (a bullet's for every period of its term),
/// and the charges due at maturity on the last row.
fn row_fees(
    spec: &ScheduleSpec,
    balance: Decimal,
    instalment: Decimal,
    last: bool,
) -> Result<Decimal, ScheduleError> {
    let of = || ScheduleError::Overflow;
    let bullet = spec.method == RepaymentMethod::Bullet;
    let mut fees = if last {
        spec.maturity_fees
    } else {
        Decimal::ZERO
    };
    for fee in &spec.period_fees {
        let f = match *fee {
            PeriodFee::Fixed(a) => a,
            PeriodFee::OfPrincipal(x) => spec.principal.checked_mul(x).ok_or_else(of)?,
            PeriodFee::OfRemaining(x) => balance.checked_mul(x).ok_or_else(of)?,
            PeriodFee::OfInstallment(x) => instalment.checked_mul(x).ok_or_else(of)?,
        };
        let f = if bullet {
            f.checked_mul(Decimal::from(spec.count)).ok_or_else(of)?
        } else {
            f
        };
        fees = fees.checked_add(cent(f)).ok_or_else(of)?;
    }
    Ok(fees)
}

fn rows_of(
    spec: &ScheduleSpec,
    parts: &[(Decimal, Decimal)],
    due: &flows::Due,
) -> Result<Vec<Row>, ScheduleError> {
    let mut rows = Vec::with_capacity(parts.len());
    let mut bal = spec.principal;
    for (idx, (principal, interest)) in parts.iter().enumerate() {
        let number = u32::try_from(idx + 1).map_err(|_| ScheduleError::Overflow)?;
        let instalment = *principal + *interest;
        let fees = row_fees(spec, bal, instalment, idx + 1 == parts.len())?;
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
    Ok(rows)
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
