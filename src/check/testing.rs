//! Test support shared by the kinds' unit tests and the `tests/rules_*` files, so there is one
//! stub of [`LoanCost`] for both. Not part of the stable API.

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::compute::apr::{self, UnitPeriod};
use crate::compute::cost::LoanCost;
use crate::compute::schedule::{ScheduleSpec, build};
use crate::model::{AprSummary, CostFigures, RepaymentMethod};

/// A cost with the given APR (percent) and totals, written as decimal literals. The rules read
/// the totals and the APR summary, not the rows: the schedule behind it is a one-payment stub.
/// `None` when a literal is not a decimal (a test must fail on it, never read it as 0).
pub fn loan_cost(
    method: &str,
    nominal: &str,
    effective: &str,
    net: &str,
    interest: &str,
    fees: &str,
) -> Option<LoanCost> {
    let dec = |s: &str| Decimal::from_str(s).ok();
    let (nominal, effective) = (dec(nominal)?, dec(effective)?);
    let (net, interest, fees) = (dec(net)?, dec(interest)?, dec(fees)?);
    let spec = ScheduleSpec::new(
        Decimal::ONE_HUNDRED,
        Decimal::new(1, 2),
        1,
        UnitPeriod::Months(1),
        RepaymentMethod::Bullet,
    );
    let schedule = build(&spec).ok()?;
    let result = apr::compute(&schedule.flows, apr::Method::CnIrr).ok()?;
    Some(LoanCost {
        apr: AprSummary {
            method: method.into(),
            nominal_percent: nominal,
            effective_percent: effective,
            assumptions: vec![],
        },
        totals: CostFigures {
            net_disbursed: net,
            total_interest: interest,
            total_fees: fees,
            total_repayable: net.saturating_add(interest).saturating_add(fees),
        },
        schedule,
        result,
        left_out: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_add_up_and_a_mistyped_literal_is_refused() {
        let c = loan_cost("cn-irr", "12", "12.68", "1000", "65.5", "20");
        assert_eq!(c.map(|c| c.total_repayable), Some(Decimal::new(10855, 1)));
        // `1O` (letter O) must not read as 0.
        assert!(loan_cost("cn-irr", "1O", "12", "1000", "65.5", "20").is_none());
    }
}
