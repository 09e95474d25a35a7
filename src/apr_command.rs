//! `apr`: the annualised rate of a set of cash flows, given as a FLOWS.json file or in the
//! quick form (amount, payment, count), optionally tested against a disclosed APR.

use std::path::PathBuf;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::compute::apr::{self, AprResult, Flows, Method, QuickForm, UnitPeriod};
use crate::model::Severity;

/// Where the cash flows come from.
#[derive(Debug, Clone)]
pub enum FlowsSource {
    /// A FLOWS.json file: `{"unit_period", "advances": [...], "payments": [...]}`.
    File(PathBuf),
    /// Equal payments at a regular spacing.
    Quick {
        amount: Decimal,
        deducted: Decimal,
        payment: Decimal,
        count: u32,
        /// Spacing as written (`month`, `2 weeks`, ...).
        every: String,
        first: Option<NaiveDate>,
        start: Option<NaiveDate>,
    },
}

/// What to compute.
#[derive(Debug, Clone)]
pub struct AprRequest {
    /// `None` when neither a file nor the quick form was given (an error, named as such).
    pub flows: Option<FlowsSource>,
    /// `us-regz`, `eu-aprc` or `cn-irr`.
    pub method: String,
    /// A disclosed APR (percent) to test against the tolerance.
    pub disclosed: Option<Decimal>,
}

/// The rate and, with a disclosed APR, whether it is accurate.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct AprReport {
    pub result: AprResult,
}

impl AprReport {
    /// A disclosed APR outside the tolerance is a violation.
    pub fn worst_severity(&self) -> Option<Severity> {
        self.result
            .tolerance
            .as_ref()
            .is_some_and(|t| !t.within)
            .then_some(Severity::Violation)
    }
}

fn flows_of(source: &FlowsSource) -> Result<Flows, String> {
    match source {
        FlowsSource::File(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Flows::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
        }
        FlowsSource::Quick {
            amount,
            deducted,
            payment,
            count,
            every,
            first,
            start,
        } => {
            let every: UnitPeriod = every.parse().map_err(|e| format!("--every: {e}"))?;
            QuickForm {
                amount: *amount,
                deducted: *deducted,
                payment: *payment,
                count: *count,
                every,
                first: *first,
                start: *start,
            }
            .flows()
            .map_err(|e| e.to_string())
        }
    }
}

/// Solve the rate; the error says which input was wrong.
pub fn assess(request: &AprRequest) -> Result<AprReport, String> {
    let method: Method = request
        .method
        .parse()
        .map_err(|e| format!("--method: {e}"))?;
    let source = request
        .flows
        .as_ref()
        .ok_or("give --flows FLOWS.json, or --amount, --payment and --count")?;
    let flows = flows_of(source)?;
    let result = apr::compute_with_disclosed(&flows, method, request.disclosed)
        .map_err(|e| format!("no APR: {e}"))?;
    Ok(AprReport { result })
}
