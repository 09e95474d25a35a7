//! From extracted terms to a schedule and its annualised cost.
//!
//! Every choice the terms leave open (repayment method, spacing, day basis, dates) is
//! written into `assumptions`, so a reader can see what the figure rests on.

use rust_decimal::Decimal;

use super::apr::{self, AprResult, Method};
use super::schedule::{Schedule, ScheduleSpec};
use crate::model::{AprSummary, CostFigures, Terms};

mod balloon;
mod fees;
mod pricing;
mod rows;
mod shape;
mod stated;
mod steps;

pub use fees::label as fee_label;
pub use pricing::{implied_rate, interest_rate, interest_rate_mut};
pub use rows::{complete_rows, from_stated_rows};
pub(crate) use shape::every_of;

/// The cost of a loan as the contract implies it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoanCost {
    /// Headline APR (China: cn-irr; US: us-regz; UK/EU: eu-aprc), with assumptions.
    pub apr: AprSummary,
    /// The totals: net disbursed, interest (with interest taken at payout), the charges that
    /// count in the APR (deducted, paid at signing, per period) and everything the borrower
    /// pays. The same type the schedule and the report use.
    pub totals: CostFigures,
    /// The schedule the figures come from.
    pub schedule: Schedule,
    /// The engine's full result for the chosen method.
    pub result: AprResult,
    /// Charges left out of the flows (timing, amount or basis unclear), by name: the cost is
    /// then at least the one computed.
    pub left_out: Vec<String>,
}

/// A cost reads as its totals (`cost.total_fees`), as the report's `cost` object does.
impl std::ops::Deref for LoanCost {
    type Target = CostFigures;

    fn deref(&self) -> &CostFigures {
        &self.totals
    }
}

impl LoanCost {
    /// The totals as the report shows them.
    pub fn figures(&self) -> CostFigures {
        self.totals.clone()
    }
}

/// Why a cost could not be computed (missing terms, no solution).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CostError {
    /// A term the schedule needs is absent.
    #[error("not enough terms to build a schedule: {0}")]
    Missing(String),
    /// The terms state only an all-in annualised figure; the cost is not guessed from it.
    #[error("cost not computed: {0}")]
    NotComputed(String),
    /// The schedule could not be built from the terms.
    #[error("{0}")]
    Schedule(String),
    /// The APR engine found no (or no converging) rate.
    #[error("{0}")]
    Apr(String),
}

/// The method a report should lead with: the jurisdiction given (`US*`, `CA*` -> us-regz; `GB`,
/// `EU` and EU member states -> eu-aprc; `CN` -> cn-irr), else the contract's jurisdiction
/// hints, else its currency; cn-irr when nothing says otherwise.
pub fn default_method(terms: &Terms, jurisdiction: Option<&str>) -> Method {
    const EU: [&str; 29] = [
        "GB", "UK", "EU", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
        "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES",
    ];
    let by_code = |code: &str| -> Option<Method> {
        let upper = code.trim().to_ascii_uppercase();
        let head = upper.split(['-', '_']).next().unwrap_or("");
        // Canada's cost-of-borrowing APR is, like Reg Z's, the periodic rate times the
        // periods in a year.
        if head == "US" || head == "CA" {
            Some(Method::UsRegz)
        } else if head == "CN" {
            Some(Method::CnIrr)
        } else if EU.contains(&head) || head == "SE" {
            Some(Method::EuAprc)
        } else {
            None
        }
    };
    jurisdiction
        .and_then(by_code)
        .or_else(|| {
            terms
                .jurisdiction_hints
                .iter()
                .find_map(|h| by_code(&h.code))
        })
        .or_else(|| {
            // The principal's currency, else any stated amount's (a principal chosen later by
            // reconciliation is not known yet).
            let currency = terms.stated_currency().map(str::to_ascii_uppercase);
            match currency.as_deref() {
                Some("USD" | "CAD") => Some(Method::UsRegz),
                Some("GBP" | "EUR") => Some(Method::EuAprc),
                _ => None,
            }
        })
        .unwrap_or(Method::CnIrr)
}

fn pct(d: Decimal) -> Decimal {
    d / Decimal::ONE_HUNDRED
}

fn cent(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Build the schedule the terms imply and compute its annualised cost under `method`.
pub fn assess(terms: &Terms, method: Method) -> Result<LoanCost, CostError> {
    let mut notes: Vec<String> = Vec::new();
    let principal = principal_of(terms)?;
    let shape = shape::of(terms, &mut notes)?;
    let dated = start_of(terms).is_some() || terms.first_payment_date.is_some();
    let mut charges = fees::place(terms, principal, &shape, dated, &mut notes);
    let unplaced = std::mem::take(&mut charges.left_out);
    let prepaid_interest = prepaid_interest_of(terms);
    // Not stated: what is paid out is the principal less what is taken from it at payout,
    // fees and interest taken in advance alike (the schedule then no longer charges that
    // interest: leaving it in the payout would price the loan at nothing).
    let deposit_back = terms
        .deposit_returned
        .as_ref()
        .map_or(Decimal::ZERO, |d| d.amount);
    let net = match terms.disbursed.as_ref() {
        Some(d) if !d.derived && d.amount > Decimal::ZERO => d.amount,
        _ => principal - charges.deducted - prepaid_interest - deposit_back,
    };
    if net <= Decimal::ZERO {
        return Err(CostError::Missing("a positive amount disbursed".into()));
    }
    let mut priced = pricing::price(terms, principal, &shape, &charges, &mut notes)?;
    let rate_steps = steps::periodic(terms, &mut priced, &mut notes)?;
    if prepaid_interest > Decimal::ZERO {
        notes.push(format!(
            "interest of {prepaid_interest} deducted at disbursement covers the earliest interest of the schedule"
        ));
    }
    let start = start_of(terms);
    let first = terms.first_payment_date.as_ref().map(|d| d.date);
    notes.extend(start_note(terms, priced.every));
    if start.is_none() && first.is_none() {
        notes.push(format!(
            "no contract or first payment date: times in unit-periods ({})",
            priced.every
        ));
    }
    let mut spec = ScheduleSpec {
        net_disbursed: Some(net),
        payment: priced.payment,
        prepaid_interest,
        period_fees: charges.period_fees,
        upfront_paid: charges.upfront_paid,
        start,
        first_payment: first,
        maturity_fees: charges.at_maturity,
        returned_at_maturity: deposit_back,
        dated_fees: charges.dated,
        due_dates: listed_due_dates(terms, priced.count, &mut notes),
        rate_steps,
        ..ScheduleSpec::new(
            principal,
            priced.periodic,
            priced.count,
            priced.every,
            priced.method,
        )
    };
    if method == Method::CnIrr && priced.method == crate::model::RepaymentMethod::Bullet {
        // One payment: the IRR over the whole term, annualised simply (单利): a 30-day loan
        // at 0.05% a day costs 0.05% × 365, a two-year one at 6% a year 6%.
        spec.unit_period = crate::compute::schedule::whole_term(priced.every, priced.count);
        if let Some(u) = spec.unit_period {
            notes.push(format!(
                "one payment: the unit-period is the whole term ({u}), annualised simply"
            ));
        }
    }
    // Reg Z App. J (b)(5)(vi): a single payment within a year whose term is a whole number of
    // months may take w = 12/months or 365/days. A term the contract states in days is
    // priced in days (a 31-day loan from 14 March to 14 April is 31 days, not a month).
    let stated_days = terms
        .term
        .as_ref()
        .filter(|t| t.months.is_none())
        .and_then(|t| t.days);
    if method == Method::UsRegz
        && priced.method == crate::model::RepaymentMethod::Bullet
        && priced.every == crate::compute::apr::UnitPeriod::Days(1)
        && stated_days == Some(priced.count)
        // (Under 28 days no term is a whole month: the engine counts days already.)
        && (28..=365).contains(&priced.count)
    {
        spec.unit_period = crate::compute::schedule::whole_term(priced.every, priced.count);
        notes.push(format!(
            "one payment: the term is stated as {} days, so the unit-period is the term in days (Reg Z App. J (b)(5)(vi))",
            priced.count
        ));
    }
    let schedule = stated::build_with_stated_last(terms, &mut spec, &mut notes)?;
    stated::compare_payment(terms, &spec, &schedule, &mut notes);
    let left_out = say_left_out(unplaced, priced.rate_based, &schedule, &mut notes);
    let mut cost = finish(method, principal, prepaid_interest, schedule, notes)?;
    cost.left_out = left_out;
    Ok(cost)
}

/// Say what became of the charges `fees::place` could not place, and name those left out of
/// the cost. With no interest rate, the stated payments set the finance charge: a charge of
/// unstated timing that is that finance charge (alone, or with the other such charges) is in
/// the payments already, and counting it again would double it.
fn say_left_out(
    unplaced: Vec<fees::LeftOut>,
    rate_based: bool,
    schedule: &Schedule,
    notes: &mut Vec<String>,
) -> Vec<String> {
    let finance = schedule.totals.total_interest;
    let cent = Decimal::new(1, 2);
    let is_finance = |a: Decimal| (a - finance).abs() <= cent;
    let mut amounts: Vec<Decimal> = Vec::new();
    for a in unplaced
        .iter()
        .filter(|u| u.timing_unclear)
        .filter_map(|u| u.amount)
    {
        if !amounts.contains(&a) {
            amounts.push(a);
        }
    }
    let together = amounts.len() > 1 && is_finance(amounts.iter().copied().sum());
    let mut left_out = Vec::new();
    for u in unplaced {
        match u.amount {
            Some(a) if u.timing_unclear && !rate_based && (is_finance(a) || together) => {
                notes.push(format!(
                    "fee {} ({}): its timing is not stated; with no interest rate, the stated payments set the finance charge ({}), which is this fee: counted there",
                    u.name,
                    a.round_dp(2),
                    finance.round_dp(2)
                ));
            }
            Some(_) if u.timing_unclear => {
                notes.push(format!(
                    "fee {}: timing unclear, left out of the cost",
                    u.name
                ));
                left_out.push(u.name);
            }
            _ => left_out.push(u.name),
        }
    }
    left_out
}

/// Solve the APR of a built schedule and total it up.
fn finish(
    method: Method,
    principal: Decimal,
    prepaid_interest: Decimal,
    schedule: Schedule,
    mut notes: Vec<String>,
) -> Result<LoanCost, CostError> {
    notes.push(format!("rounding: {}", schedule.rounding));
    let result =
        apr::compute(&schedule.flows, method).map_err(|e| CostError::Apr(e.to_string()))?;
    notes.extend(result.notes.iter().cloned());
    let t = &schedule.totals;
    // Money that comes back to the borrower later (a deposit returned at the end) was held
    // back, not charged.
    let returned: Decimal = schedule
        .flows
        .advances
        .iter()
        .skip(1)
        .map(|a| a.amount)
        .sum();
    let deducted = (principal - t.net_disbursed - prepaid_interest - returned).max(Decimal::ZERO);
    Ok(LoanCost {
        apr: AprSummary {
            method: method.id().to_string(),
            nominal_percent: result.apr_percent,
            effective_percent: result.effective_percent.unwrap_or(result.apr_percent),
            assumptions: notes,
        },
        totals: CostFigures {
            net_disbursed: t.net_disbursed,
            total_interest: t.total_interest + prepaid_interest,
            total_fees: t.total_fees + deducted,
            total_repayable: t.total_repayable,
        },
        schedule,
        result,
        left_out: Vec::new(),
    })
}

/// The first cash flow's date: the day the loan is paid out. Without one, a loan repaid in
/// instalments from a stated first due date starts one regular period before it (`None`
/// here: the schedule dates it), since the signing date need not be the payout date; a
/// single payment, or a schedule with no first due date, starts on the signing date.
pub fn start_of(terms: &Terms) -> Option<chrono::NaiveDate> {
    if let Some(d) = terms.disbursement_date.as_ref() {
        return Some(d.date);
    }
    if first_due(terms).is_some() && !single_payment(terms) {
        return None;
    }
    terms.contract_date.as_ref().map(|d| d.date)
}

/// The first due date the contract states: the first payment date, else the first date of
/// a payment plan or a printed schedule.
fn first_due(terms: &Terms) -> Option<(chrono::NaiveDate, &str)> {
    terms
        .first_payment_date
        .as_ref()
        .or(terms.due_dates.first())
        .map(|d| (d.date, d.evidence.text.as_str()))
        .or_else(|| {
            terms
                .stated_schedule
                .first()
                .and_then(|r| r.date.map(|d| (d, r.evidence.text.as_str())))
        })
}

/// The due dates the contract lists, one per instalment: a payment plan's dates, else the
/// dates of a printed schedule whose amounts are not all given.
fn listed_due_dates(terms: &Terms, count: u32, notes: &mut Vec<String>) -> Vec<chrono::NaiveDate> {
    let listed: Vec<chrono::NaiveDate> = if terms.due_dates.is_empty() {
        terms
            .stated_schedule
            .iter()
            .filter_map(|r| r.date)
            .collect()
    } else {
        terms.due_dates.iter().map(|d| d.date).collect()
    };
    if listed.len() != count as usize || count < 2 {
        return Vec::new();
    }
    notes.push(format!(
        "the instalments fall on the {count} listed due dates ({} to {}); each period's interest runs its actual days",
        listed[0],
        listed[listed.len() - 1]
    ));
    listed
}

/// What the start of the loan rests on, when no payout date is stated (nothing when the
/// signing date is itself one regular period before the first due date).
fn start_note(terms: &Terms, every: apr::UnitPeriod) -> Option<String> {
    if terms.disbursement_date.is_some() {
        return None;
    }
    let signed = terms.contract_date.as_ref();
    let agree = match (first_due(terms), signed) {
        (Some((first, _)), Some(s)) => apr::date_before(first, every) == Some(s.date),
        _ => false,
    };
    if agree && !single_payment(terms) {
        return None;
    }
    match (first_due(terms), signed) {
        (Some((first, quote)), Some(s)) if !single_payment(terms) => Some(format!(
            "no payout date is stated: the loan is taken to start one regular period before the first due date {first} («{quote}»), not on the signing date {}",
            s.date
        )),
        (Some((first, quote)), None) if !single_payment(terms) => Some(format!(
            "no payout date is stated: the loan is taken to start one regular period before the first due date {first} («{quote}»)"
        )),
        (_, Some(s)) => Some(format!(
            "no payout date is stated: the loan is taken to be paid out on the signing date {} («{}»)",
            s.date, s.evidence.text
        )),
        _ => None,
    }
}

/// One payment at maturity (stated as such, or one instalment).
fn single_payment(terms: &Terms) -> bool {
    terms.installments.as_ref().is_some_and(|c| c.count == 1)
        || terms.frequency.as_ref().map(|f| f.frequency) == Some(crate::model::Frequency::Single)
        || terms.repayment.as_ref().map(|r| r.method) == Some(crate::model::RepaymentMethod::Bullet)
}

/// The principal, refusing figures no loan has: they are misreadings, and refusing them keeps
/// the arithmetic far from overflow.
fn principal_of(terms: &Terms) -> Result<Decimal, CostError> {
    let principal = terms
        .principal
        .as_ref()
        .map(|a| a.amount)
        .filter(|a| *a > Decimal::ZERO)
        .ok_or_else(|| CostError::Missing("the principal".into()))?;
    let max_amount = Decimal::from(1_000_000_000_000_000_u64);
    let max_percent = Decimal::from(1_000_000);
    let amounts = [
        &terms.payment,
        &terms.finance_charge,
        &terms.total_of_payments,
        &terms.disbursed,
        &terms.interest_deducted,
        &terms.total_interest,
    ];
    if principal > max_amount
        || terms.rates.iter().any(|r| r.value.abs() > max_percent)
        || terms.fees.iter().any(|f| {
            f.amount.is_some_and(|a| a.abs() > max_amount)
                || f.percent.is_some_and(|p| p.abs() > max_percent)
        })
        || amounts
            .iter()
            .any(|a| a.as_ref().is_some_and(|a| a.amount.abs() > max_amount))
    {
        return Err(CostError::Schedule(
            "an amount or rate is out of range".into(),
        ));
    }
    Ok(principal)
}

fn prepaid_interest_of(terms: &Terms) -> Decimal {
    terms
        .interest_deducted
        .as_ref()
        .map(|a| a.amount)
        .filter(|a| *a > Decimal::ZERO)
        .unwrap_or(Decimal::ZERO)
}

#[cfg(test)]
mod tests;
