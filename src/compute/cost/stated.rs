//! The stated figures the schedule is squared with: a total of payments that fixes the last
//! instalment, and a stated payment the repayment method overrode.

use rust_decimal::Decimal;

use super::CostError;
use crate::compute::schedule::{self, Schedule, ScheduleSpec};
use crate::model::{RepaymentMethod, Terms};

/// Build the schedule; rebuild it with the last instalment the stated total implies, when it
/// is within a few cents of the computed one.
pub(super) fn build_with_stated_last(
    terms: &Terms,
    spec: &mut ScheduleSpec,
    notes: &mut Vec<String>,
) -> Result<Schedule, CostError> {
    let built =
        |spec: &ScheduleSpec| schedule::build(spec).map_err(|e| CostError::Schedule(e.to_string()));
    let schedule = built(spec)?;
    match stated_last_payment(terms, spec, &schedule, notes) {
        Some(last) => {
            spec.last_payment = Some(last);
            built(spec)
        }
        None => Ok(schedule),
    }
}

/// The last instalment the contract states through its total of payments (本息合计): the
/// total less the level instalments before it. Used only for schedules of level payments
/// without per-period charges, and only when it is within a few cents per period of the
/// computed last instalment (a larger gap means the total counts something else).
fn stated_last_payment(
    terms: &Terms,
    spec: &ScheduleSpec,
    schedule: &Schedule,
    notes: &mut Vec<String>,
) -> Option<Decimal> {
    let pay = spec.payment?;
    if !spec.period_fees.is_empty()
        || !spec.maturity_fees.is_zero()
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
    // A last payment stated as such (a balloon, an odd final instalment) comes first.
    if let Some(last) = terms.last_payment.as_ref().map(|a| a.amount) {
        return stated_as_such(last, computed, last_row.principal, spec.count, notes);
    }
    let total = terms.total_of_payments.as_ref()?.amount;
    let last = total.checked_sub(pay.checked_mul(Decimal::from(spec.count - 1))?)?;
    if last == computed {
        return None;
    }
    let tolerance = Decimal::new(2, 2) * Decimal::from(spec.count);
    if last < last_row.principal || (last - computed).abs() > tolerance {
        notes.push(format!(
            "the stated total of payments {total} does not match the schedule (last instalment {computed}): not used"
        ));
        return None;
    }
    notes.push(format!(
        "last instalment {last} = the stated total of payments {total} less {} instalments of {pay}",
        spec.count - 1
    ));
    Some(last)
}

/// The stated last payment, when it is within a few cents a period of the computed one.
fn stated_as_such(
    last: Decimal,
    computed: Decimal,
    last_principal: Decimal,
    count: u32,
    notes: &mut Vec<String>,
) -> Option<Decimal> {
    if last == computed {
        return None;
    }
    let tolerance = Decimal::new(2, 2) * Decimal::from(count);
    if last < last_principal || (last - computed).abs() > tolerance {
        notes.push(format!(
            "the stated last payment {last} does not match the schedule (last instalment {computed}): not used"
        ));
        return None;
    }
    notes.push(format!(
        "last instalment {last} as stated (the schedule computes {computed})"
    ));
    Some(last)
}

/// Say whether a stated payment the method overrode agrees with the schedule's first one.
pub(super) fn compare_payment(
    terms: &Terms,
    spec: &ScheduleSpec,
    schedule: &Schedule,
    notes: &mut Vec<String>,
) {
    let stated = terms
        .payment
        .as_ref()
        .map(|p| p.amount)
        .filter(|p| *p > Decimal::ZERO);
    let (Some(pay), None) = (stated, spec.payment) else {
        return;
    };
    let first = schedule.rows.first();
    if first.is_some_and(|r| r.principal + r.interest == pay || r.total == pay) {
        notes.push(format!(
            "the stated instalment {pay} agrees with the schedule's first instalment"
        ));
    } else {
        notes.push(format!(
            "the stated payment {pay} was not used: the repayment method sets the instalments (first {})",
            first.map_or_else(|| "none".to_string(), |f| (f.principal + f.interest).to_string())
        ));
    }
}
