//! From extracted terms to a schedule and its annualised cost.
//!
//! Every choice the terms leave open (repayment method, spacing, day basis, dates) is
//! written into `assumptions`, so a reader can see what the figure rests on.

use rust_decimal::Decimal;

use super::apr::{self, AprResult, Method, UnitPeriod};
use super::schedule::{self, PeriodFee, Schedule, ScheduleSpec};
use crate::model::{
    AprSummary, Basis, Fee, FeeTiming, Frequency, Per, Rate, RateKind, RepaymentMethod, Terms,
};

/// The cost of a loan as the contract implies it.
#[derive(Debug, Clone, PartialEq)]
pub struct LoanCost {
    /// Headline APR (China: cn-irr; US: us-regz; UK/EU: eu-aprc), with assumptions.
    pub apr: AprSummary,
    /// Amount actually paid out to the borrower.
    pub net_disbursed: Decimal,
    /// Interest over the life of the loan.
    pub total_interest: Decimal,
    /// Charges that count in the APR (deducted, paid at signing, per period).
    pub total_fees: Decimal,
    /// Everything the borrower pays (instalments and charges paid at signing).
    pub total_repayable: Decimal,
    /// The schedule the figures come from.
    pub schedule: Schedule,
    /// The engine's full result for the chosen method.
    pub result: AprResult,
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

/// The method a report should lead with: the jurisdiction given (`US*` -> us-regz; `GB`,
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
        if head == "US" {
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
            let currency = terms
                .principal
                .as_ref()
                .map(|a| a.currency.to_ascii_uppercase());
            match currency.as_deref() {
                Some("USD") => Some(Method::UsRegz),
                Some("GBP" | "EUR") => Some(Method::EuAprc),
                _ => None,
            }
        })
        .unwrap_or(Method::CnIrr)
}

fn pct(d: Decimal) -> Decimal {
    d / Decimal::ONE_HUNDRED
}

/// The schedule spacing for a model frequency.
fn every_of(f: Frequency) -> Option<UnitPeriod> {
    Some(match f {
        Frequency::Daily => UnitPeriod::Days(1),
        Frequency::Weekly => UnitPeriod::Weeks(1),
        Frequency::Biweekly => UnitPeriod::Weeks(2),
        Frequency::Semimonthly => UnitPeriod::Semimonth,
        Frequency::Monthly => UnitPeriod::Months(1),
        Frequency::Quarterly => UnitPeriod::Months(3),
        Frequency::Annually => UnitPeriod::Months(12),
        Frequency::Single => return None,
    })
}

/// A stated rate as a simple annual fraction, per its `per` and day basis.
fn annual_of(rate: &Rate, assumptions: &mut Vec<String>) -> Option<Decimal> {
    if let Some(a) = rate.annual_percent {
        if rate.per != Per::Once {
            return Some(pct(a));
        }
    }
    let v = pct(rate.value);
    Some(match rate.per {
        Per::Day => {
            let basis = rate.day_basis.unwrap_or_else(|| {
                assumptions
                    .push("daily rate annualised over 365 days (no day basis stated)".into());
                365
            });
            v * Decimal::from(basis)
        }
        Per::Week => v * Decimal::from(52),
        Per::Month => v * Decimal::from(12),
        Per::Year => v,
        Per::Once => return None,
    })
}

/// The interest per schedule period: a rate stated per the schedule's own period is used
/// as is; otherwise the simple annual rate over the periods per year (annual/12 monthly).
fn periodic_of(rate: &Rate, every: UnitPeriod, assumptions: &mut Vec<String>) -> Option<Decimal> {
    let v = pct(rate.value);
    match (rate.per, every) {
        (Per::Day, UnitPeriod::Days(n))
        | (Per::Week, UnitPeriod::Weeks(n))
        | (Per::Month, UnitPeriod::Months(n)) => Some(v * Decimal::from(n)),
        (Per::Year, UnitPeriod::Months(12)) => Some(v),
        (Per::Day, UnitPeriod::Months(n))
            if rate.day_basis.is_none() && rate.annual_percent.is_none() =>
        {
            // 日利率 on a monthly schedule: annualise over 365 days, then /12 per month.
            let annual = annual_of(rate, assumptions)?;
            Some(annual / Decimal::from(12) * Decimal::from(n))
        }
        _ => annual_of(rate, assumptions).map(|a| a / every.per_year()),
    }
}

/// Periods per year of a spacing, as a factor to bring a per-`per` fee to per period.
fn fee_per_period_factor(per: Option<Per>, every: UnitPeriod) -> Decimal {
    let w = every.per_year();
    match per {
        None | Some(Per::Once) => Decimal::ONE,
        Some(Per::Day) => Decimal::from(365) / w,
        Some(Per::Week) => Decimal::from(52) / w,
        Some(Per::Month) => Decimal::from(12) / w,
        Some(Per::Year) => Decimal::ONE / w,
    }
}

fn fee_label(fee: &Fee) -> String {
    if fee.name.is_empty() {
        format!("{:?}", fee.kind).to_lowercase()
    } else {
        fee.name.clone()
    }
}

/// Build the schedule the terms imply and compute its annualised cost under `method`.
pub fn assess(terms: &Terms, method: Method) -> Result<LoanCost, CostError> {
    let mut assumptions: Vec<String> = Vec::new();
    let principal = terms
        .principal
        .as_ref()
        .map(|a| a.amount)
        .filter(|a| *a > Decimal::ZERO)
        .ok_or_else(|| CostError::Missing("the principal".into()))?;
    // Extracted figures beyond these bounds are misreadings, not loans; refusing them keeps
    // the arithmetic below far from overflow.
    let max_amount = Decimal::from(1_000_000_000_000_000_u64);
    let max_percent = Decimal::from(1_000_000);
    if principal > max_amount
        || terms.rates.iter().any(|r| r.value.abs() > max_percent)
        || terms.fees.iter().any(|f| {
            f.amount.is_some_and(|a| a.abs() > max_amount)
                || f.percent.is_some_and(|p| p.abs() > max_percent)
        })
        || [
            &terms.payment,
            &terms.finance_charge,
            &terms.total_of_payments,
            &terms.disbursed,
            &terms.interest_deducted,
        ]
        .iter()
        .any(|a| a.as_ref().is_some_and(|a| a.amount.abs() > max_amount))
    {
        return Err(CostError::Schedule(
            "an amount or rate is out of range".into(),
        ));
    }

    // Spacing and count.
    let stated_every = terms.frequency.as_ref().map(|f| f.frequency);
    let single = stated_every == Some(Frequency::Single)
        || terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet);
    let term_months = terms.term.as_ref().and_then(|t| t.months);
    let term_days = terms.term.as_ref().and_then(|t| t.days);
    let mut every = match stated_every.and_then(every_of) {
        Some(e) => e,
        None => {
            if !single && terms.installments.as_ref().is_some_and(|c| c.count > 1) {
                assumptions.push("payments assumed monthly (no frequency stated)".into());
            }
            UnitPeriod::Months(1)
        }
    };
    let mut count = match terms.installments.as_ref().map(|c| c.count) {
        Some(c) if c > 0 && !single => c,
        _ if single => 1,
        _ => match (term_months, term_days, every) {
            (Some(m), _, UnitPeriod::Months(k)) if k > 0 && m % k == 0 => m / k,
            (Some(m), _, UnitPeriod::Semimonth) => m * 2,
            (_, Some(d), UnitPeriod::Days(k)) if k > 0 => d / k,
            (_, Some(d), UnitPeriod::Weeks(k)) if k > 0 => d / (7 * k),
            (Some(m), _, _) if m > 0 => {
                assumptions.push(format!("{m} monthly payments assumed from the term"));
                every = UnitPeriod::Months(1);
                m
            }
            (_, Some(d), _) if d > 0 => 1,
            _ => {
                return Err(CostError::Missing(
                    "the number of instalments or the term".into(),
                ));
            }
        },
    };
    if count == 0 {
        return Err(CostError::Missing("the number of instalments".into()));
    }

    // Repayment method.
    let method_of_repayment = match terms.repayment.as_ref().map(|r| r.method) {
        Some(RepaymentMethod::Other) | None => {
            let m = if count > 1 {
                RepaymentMethod::EqualInstallment
            } else {
                RepaymentMethod::Bullet
            };
            assumptions.push(format!(
                "repayment method not stated: assumed {}",
                if count > 1 {
                    "equal instalments (等额本息)"
                } else {
                    "a single payment at maturity"
                }
            ));
            m
        }
        Some(m) => m,
    };
    // A single payment runs over the whole term, counted in days or months.
    if method_of_repayment == RepaymentMethod::Bullet {
        match (term_days, term_months) {
            (Some(d), _) if d > 0 => {
                every = UnitPeriod::Days(1);
                count = d;
            }
            (_, Some(m)) if m > 0 => {
                every = UnitPeriod::Months(1);
                count = m;
            }
            _ if count == 1
                && terms.first_payment_date.is_some()
                && terms.contract_date.is_some() =>
            {
                let (s, f) = (
                    terms.contract_date.as_ref().map(|d| d.date),
                    terms.first_payment_date.as_ref().map(|d| d.date),
                );
                if let (Some(s), Some(f)) = (s, f) {
                    let days = u32::try_from((f - s).num_days()).unwrap_or(0);
                    if days > 0 {
                        every = UnitPeriod::Days(1);
                        count = days;
                    }
                }
            }
            // Without a term, `count` periods of `every` stand for it.
            _ => {}
        }
    }

    // Fees.
    let mut deducted = Decimal::ZERO;
    let mut upfront_paid = Decimal::ZERO;
    let mut period_fees = Vec::new();
    for fee in &terms.fees {
        let label = fee_label(fee);
        match fee.timing {
            FeeTiming::OnDefault => continue,
            FeeTiming::Other | FeeTiming::AtMaturity | FeeTiming::OnDate => {
                assumptions.push(format!("fee {label}: timing unclear, left out of the cost"));
                continue;
            }
            _ => {}
        }
        let once = match (fee.amount, fee.percent) {
            (Some(a), _) => Some(a),
            (None, Some(p)) => match fee.basis {
                Some(Basis::Principal) | None => Some(principal * pct(p)),
                _ => None,
            },
            (None, None) => None,
        };
        match fee.timing {
            FeeTiming::UpfrontDeducted | FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement => {
                let Some(a) = once else {
                    assumptions.push(format!(
                        "fee {label}: amount or basis unclear, left out of the cost"
                    ));
                    continue;
                };
                if fee.timing == FeeTiming::UpfrontDeducted {
                    deducted += a;
                } else {
                    upfront_paid += a;
                }
            }
            FeeTiming::PerPeriod => {
                let factor = fee_per_period_factor(fee.per, every);
                let pf = match (fee.amount, fee.percent, fee.basis) {
                    (Some(a), _, _) => PeriodFee::Fixed(a * factor),
                    (None, Some(p), Some(Basis::RemainingPrincipal)) => {
                        PeriodFee::OfRemaining(pct(p) * factor)
                    }
                    (None, Some(p), Some(Basis::Installment)) => {
                        PeriodFee::OfInstallment(pct(p) * factor)
                    }
                    (None, Some(p), Some(Basis::Principal) | None) => {
                        PeriodFee::OfPrincipal(pct(p) * factor)
                    }
                    _ => {
                        assumptions
                            .push(format!("fee {label}: basis unclear, left out of the cost"));
                        continue;
                    }
                };
                period_fees.push(pf);
            }
            FeeTiming::OnDefault | FeeTiming::Other | FeeTiming::AtMaturity | FeeTiming::OnDate => {
            }
        }
    }
    let net = match terms.disbursed.as_ref() {
        Some(d) if !d.derived && d.amount > Decimal::ZERO => d.amount,
        _ => principal - deducted,
    };
    if net <= Decimal::ZERO {
        return Err(CostError::Missing("a positive amount disbursed".into()));
    }

    // Interest rate, or what stands for it.
    let rate = terms
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && !r.comprehensive);
    let stated_payment = terms
        .payment
        .as_ref()
        .map(|p| p.amount)
        .filter(|p| *p > Decimal::ZERO);
    let finance_charge = terms
        .finance_charge
        .as_ref()
        .map(|a| a.amount)
        .or_else(|| {
            terms
                .total_of_payments
                .as_ref()
                .map(|t| t.amount - principal)
        })
        .filter(|f| *f >= Decimal::ZERO);
    let mut payment = stated_payment;
    let mut method_of_repayment = method_of_repayment;
    let periodic = match rate {
        Some(r) => periodic_of(r, every, &mut assumptions).ok_or_else(|| {
            CostError::Missing("an interest rate per period (a one-off rate was stated)".into())
        })?,
        None => {
            let comprehensive = terms.rates.iter().any(|r| r.comprehensive);
            if let (Some(p), RepaymentMethod::InterestOnly) = (stated_payment, method_of_repayment)
            {
                // Interest-only: each stated payment is the interest, the principal comes with
                // the last one.
                assumptions.push(
                    "no interest rate stated: the stated payment is the interest of each period, the principal is repaid with the last".into(),
                );
                p / principal
            } else if let Some(p) =
                // A single payment at maturity is not a level series: the finance-charge branch
                // below prices it (received now, one payment at the end).
                stated_payment
                    .filter(|_| method_of_repayment != RepaymentMethod::Bullet)
            {
                assumptions
                    .push("no interest rate stated: the flows follow the stated payment".into());
                method_of_repayment = RepaymentMethod::EqualInstallment;
                implied_rate(principal, p, count, every)?
            } else if let Some(fc) = finance_charge {
                assumptions.push(
                    "no interest rate stated: the finance charge is spread as interest".into(),
                );
                if method_of_repayment == RepaymentMethod::Bullet || count == 1 {
                    method_of_repayment = RepaymentMethod::Bullet;
                    fc / principal / Decimal::from(count)
                } else {
                    let level = (principal + fc) / Decimal::from(count);
                    let level = level.round_dp_with_strategy(
                        2,
                        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                    );
                    method_of_repayment = RepaymentMethod::EqualInstallment;
                    payment = Some(level);
                    implied_rate(principal, level, count, every)?
                }
            } else if comprehensive {
                return Err(CostError::NotComputed(
                    "only a comprehensive annualised rate is stated, no interest rate: not guessed"
                        .into(),
                ));
            } else {
                return Err(CostError::Missing(
                    "an interest rate, a payment or a finance charge".into(),
                ));
            }
        }
    };
    let mut periodic = periodic;
    match (payment, method_of_repayment) {
        (Some(pay), RepaymentMethod::EqualInstallment) if rate.is_some() => {
            // The contract's own instalment governs; a rate that does not give it (a daily
            // rate converted with an assumed month length) yields to the rate it implies.
            let computed = schedule::annuity_payment(principal, periodic, count).map(cent);
            if computed != Some(pay) {
                let shown = computed.map_or_else(|| "none".to_string(), |c| c.to_string());
                match implied_rate(principal, pay, count, every) {
                    Ok(implied) => {
                        assumptions.push(format!(
                            "the stated instalment {pay} does not follow from the rate ({shown}): the schedule uses the stated instalment and the periodic rate it implies ({}%)",
                            (implied * Decimal::ONE_HUNDRED).round_dp(6)
                        ));
                        periodic = implied;
                    }
                    Err(_) => {
                        // The stated instalment cannot repay the loan: it is not what the
                        // schedule rests on.
                        assumptions.push(format!(
                            "the stated instalment {pay} cannot repay the principal: the schedule uses the rate's instalment ({shown})"
                        ));
                        payment = None;
                    }
                }
            }
        }
        (Some(_), RepaymentMethod::EqualInstallment) => {}
        (Some(pay), RepaymentMethod::InterestOnly) => {
            // Interest-only: the stated periodic payment is the interest.
            let computed = cent(principal * periodic);
            if computed != pay {
                assumptions.push(format!(
                    "the stated interest payment {pay} differs from the rate's {computed}: the schedule uses the stated payment"
                ));
            }
        }
        (Some(_), _) => {
            // 等额本金/等本等息/one payment: the method sets the instalments; the stated one is
            // compared with the schedule below.
            payment = None;
        }
        (None, _) => {}
    }
    if let Some(r) = rate.filter(|r| r.per == Per::Day && r.day_basis_assumed) {
        if matches!(every, UnitPeriod::Months(_)) {
            assumptions.push(format!(
                "the daily rate {}% is converted to a monthly one over 365/12 days a month (the contract states no month length or day basis)",
                r.value
            ));
        }
    }
    let prepaid_interest = terms
        .interest_deducted
        .as_ref()
        .map(|a| a.amount)
        .filter(|a| *a > Decimal::ZERO)
        .unwrap_or(Decimal::ZERO);
    if prepaid_interest > Decimal::ZERO {
        assumptions.push(format!(
            "interest of {prepaid_interest} deducted at disbursement covers the earliest interest of the schedule"
        ));
    }

    let start = terms.contract_date.as_ref().map(|d| d.date);
    let first = terms.first_payment_date.as_ref().map(|d| d.date);
    if start.is_none() && first.is_none() {
        assumptions.push(format!(
            "no contract or first payment date: times in unit-periods ({every})"
        ));
    }
    let mut spec = ScheduleSpec {
        principal,
        net_disbursed: Some(net),
        periodic_rate: periodic,
        count,
        every,
        method: method_of_repayment,
        payment,
        last_payment: None,
        prepaid_interest,
        unit_period: None,
        period_fees,
        upfront_paid,
        start,
        first_payment: first,
    };
    if method == Method::CnIrr
        && method_of_repayment == RepaymentMethod::Bullet
        && matches!(every, UnitPeriod::Months(_))
    {
        // PBoC 2021 No. 3 as the samples read it: 12 × the monthly IRR, for one payment too.
        spec.unit_period = Some(every);
        assumptions.push(format!(
            "cn-irr: the single payment is counted in {every} unit-periods"
        ));
    }
    let mut schedule = schedule::build(&spec).map_err(|e| CostError::Schedule(e.to_string()))?;
    if let Some(last) = stated_last_payment(terms, &spec, &schedule, &mut assumptions) {
        spec.last_payment = Some(last);
        schedule = schedule::build(&spec).map_err(|e| CostError::Schedule(e.to_string()))?;
    }
    if let (Some(pay), None) = (stated_payment, spec.payment) {
        let first = schedule.rows.first().map(|r| r.principal + r.interest);
        if first == Some(pay) {
            assumptions.push(format!(
                "the stated instalment {pay} agrees with the schedule's first instalment"
            ));
        } else {
            assumptions.push(format!(
                "the stated payment {pay} was not used: the repayment method sets the instalments (first {})",
                first.map_or_else(|| "none".to_string(), |f| f.to_string())
            ));
        }
    }
    assumptions.push(format!("rounding: {}", schedule.rounding));
    let result =
        apr::compute(&schedule.flows, method).map_err(|e| CostError::Apr(e.to_string()))?;
    assumptions.extend(result.notes.iter().cloned());
    let summary = AprSummary {
        method: method.id().to_string(),
        nominal_percent: result.apr_percent,
        effective_percent: result.effective_percent.unwrap_or(result.apr_percent),
        assumptions,
    };
    Ok(LoanCost {
        apr: summary,
        net_disbursed: net,
        total_interest: schedule.total_interest + prepaid_interest,
        total_fees: schedule.total_fees + (principal - net - prepaid_interest).max(Decimal::ZERO),
        total_repayable: schedule.total_repayable,
        schedule,
        result,
    })
}

fn cent(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// The last instalment the contract states through its total of payments (本息合计): the
/// total less the level instalments before it. Used only for schedules of level payments
/// without per-period charges, and only when it is within a few cents per period of the
/// computed last instalment (a larger gap means the total counts something else).
fn stated_last_payment(
    terms: &Terms,
    spec: &ScheduleSpec,
    schedule: &Schedule,
    assumptions: &mut Vec<String>,
) -> Option<Decimal> {
    let total = terms.total_of_payments.as_ref()?.amount;
    let pay = spec.payment?;
    if !spec.period_fees.is_empty()
        || spec.prepaid_interest > Decimal::ZERO
        || spec.count < 2
        || !matches!(
            spec.method,
            RepaymentMethod::EqualInstallment | RepaymentMethod::InterestOnly
        )
    {
        return None;
    }
    let last_row = schedule.rows.last()?;
    let computed = last_row.principal + last_row.interest;
    let last = total.checked_sub(pay.checked_mul(Decimal::from(spec.count - 1))?)?;
    if last == computed {
        return None;
    }
    let tolerance = Decimal::new(2, 2) * Decimal::from(spec.count);
    if last < last_row.principal || (last - computed).abs() > tolerance {
        assumptions.push(format!(
            "the stated total of payments {total} does not match the schedule (last instalment {computed}): not used"
        ));
        return None;
    }
    assumptions.push(format!(
        "last instalment {last} = the stated total of payments {total} less {} instalments of {pay}",
        spec.count - 1
    ));
    Some(last)
}

/// The periodic rate at which `count` payments of `payment` repay `principal`.
fn implied_rate(
    principal: Decimal,
    payment: Decimal,
    count: u32,
    every: UnitPeriod,
) -> Result<Decimal, CostError> {
    let q = apr::QuickForm {
        amount: principal,
        deducted: Decimal::ZERO,
        payment,
        count,
        every,
        first: None,
        start: None,
    };
    let flows = q.flows().map_err(|e| CostError::Apr(e.to_string()))?;
    let r = apr::compute(&flows, Method::CnIrr).map_err(|e| CostError::Apr(e.to_string()))?;
    Ok(r.periodic_rate)
}

#[cfg(test)]
mod tests;
