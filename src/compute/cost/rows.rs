//! A printed repayment schedule is the strongest evidence: when its rows are complete, the
//! cash flows are the rows (the amount received at payout, then each row's total on its date).

use rust_decimal::Decimal;

use super::{CostError, LoanCost, finish, principal_of, shape::every_of, start_of};
use crate::compute::apr::{self, FlowSpec, Flows, Method, UnitPeriod};
use crate::compute::schedule::{Row, RowTime, Schedule};
use crate::model::{Basis, CostFigures, FeeTiming, RepaymentMethod, StatedRow, Terms};

/// The rows, when every one has a total, they run 1..=n, and the number of instalments the
/// contract states elsewhere is not larger (the first rows of a longer plan, `前3期`, are
/// not the whole schedule).
pub fn complete_rows(terms: &Terms) -> Option<&[StatedRow]> {
    let rows = terms.stated_schedule.as_slice();
    let complete = !rows.is_empty()
        && rows
            .iter()
            .enumerate()
            .all(|(k, r)| r.total.is_some() && r.index as usize == k + 1)
        && terms
            .installments
            .as_ref()
            .is_none_or(|c| c.count as usize <= rows.len());
    complete.then_some(rows)
}

/// The cost of the printed schedule's own flows.
pub fn from_stated_rows(terms: &Terms, method: Method) -> Result<LoanCost, CostError> {
    let rows = complete_rows(terms)
        .ok_or_else(|| CostError::Missing("a complete printed schedule".into()))?;
    let principal = principal_of(terms)?;
    let net = terms
        .disbursed
        .as_ref()
        .map(|d| d.amount)
        .filter(|d| *d > Decimal::ZERO)
        .unwrap_or(principal);
    // Charges paid at signing or on the payout day are not in the rows: they come off what
    // the borrower has from the loan at payout.
    let (paid_at_payout, mut notes) = paid_at_payout(terms, principal);
    let net = net - paid_at_payout;
    let every = terms
        .frequency
        .as_ref()
        .and_then(|f| every_of(f.frequency))
        .unwrap_or(UnitPeriod::Months(1));
    notes.insert(
        0,
        format!(
            "the cash flows are the {} rows of the printed repayment schedule",
            rows.len()
        ),
    );
    let all_dated = rows.iter().all(|r| r.date.is_some());
    let first_due = rows.first().and_then(|r| r.date);
    // Dated rows price each period by its actual days; without a payout date the loan starts
    // one regular period before the first printed due date.
    let start = match (start_of(terms), first_due) {
        _ if !all_dated => None,
        (Some(s), _) => Some(s),
        (None, Some(f)) => {
            let before = apr::date_before(f, every);
            if let Some(b) = before {
                notes.push(format!(
                    "no payout date is stated: the loan is taken to start one period before the first printed due date ({b})"
                ));
            }
            before
        }
        (None, None) => None,
    };
    let mut schedule_rows = Vec::with_capacity(rows.len());
    let mut payments = Vec::with_capacity(rows.len());
    let mut balance = principal;
    for r in rows {
        let total = r.total.unwrap_or(Decimal::ZERO);
        let repaid = r.principal.unwrap_or(Decimal::ZERO);
        balance -= repaid;
        let due = match (start, r.date) {
            (Some(_), Some(d)) => RowTime::Date(d),
            _ => RowTime::Periods(r.index),
        };
        payments.push(match due {
            RowTime::Date(d) => FlowSpec::on(total, d),
            RowTime::Periods(k) => FlowSpec::at(total, k, Decimal::ZERO),
        });
        schedule_rows.push(Row {
            number: r.index,
            due,
            principal: repaid,
            interest: r.interest.unwrap_or(Decimal::ZERO),
            fees: r.fees.unwrap_or(Decimal::ZERO),
            total,
            balance,
        });
    }
    let flows = Flows {
        unit_period: if start.is_some() { None } else { Some(every) },
        advances: vec![match start {
            Some(s) => FlowSpec::on(net, s),
            None => FlowSpec::at(net, 0, Decimal::ZERO),
        }],
        payments,
        eu_time_basis: None,
    };
    let paid: Decimal = schedule_rows.iter().map(|r| r.total).sum();
    let interest: Decimal = schedule_rows.iter().map(|r| r.interest).sum();
    let schedule = Schedule {
        method: terms
            .repayment
            .as_ref()
            .map_or(RepaymentMethod::Other, |r| r.method),
        rows: schedule_rows,
        flows,
        rounding: "as printed in the contract's repayment schedule".into(),
        totals: CostFigures {
            net_disbursed: net,
            total_interest: interest,
            total_fees: paid - principal - interest + paid_at_payout,
            total_repayable: paid,
        },
    };
    finish(method, principal, Decimal::ZERO, schedule, notes)
}

/// The charges paid at signing or on the payout day (fixed, or a share of the principal),
/// with a note for each.
fn paid_at_payout(terms: &Terms, principal: Decimal) -> (Decimal, Vec<String>) {
    let mut sum = Decimal::ZERO;
    let mut notes = Vec::new();
    for fee in terms
        .fees
        .iter()
        .filter(|f| matches!(f.timing, FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement))
    {
        let of_principal = matches!(fee.basis, None | Some(Basis::Principal));
        let amount = fee.amount.or_else(|| {
            fee.percent
                .filter(|_| of_principal)
                .map(|p| principal * p / Decimal::ONE_HUNDRED)
        });
        let name = super::fee_label(fee);
        match amount {
            Some(a) => {
                sum += a;
                notes.push(format!(
                    "fee {name} ({a}) paid at payout, outside the printed schedule: it comes off the amount received"
                ));
            }
            None => notes.push(format!(
                "fee {name}: amount or basis unclear, left out of the cost"
            )),
        }
    }
    (sum, notes)
}
