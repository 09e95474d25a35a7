//! `apr`: the annualised rate of a set of cash flows, given as a FLOWS.json file or in the
//! quick form (amount, payment, count), optionally tested against a disclosed APR.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::command::parse_date;
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

/// What `loanlint apr` is asked: a FLOWS.json file or the quick form (its flags).
#[derive(Debug, Clone, Args)]
pub struct AprRequest {
    /// Cash flows as JSON: {"unit_period", "advances": [...], "payments": [...]}.
    #[arg(long, value_name = "FLOWS.json", conflicts_with_all = ["amount", "payment", "count"])]
    pub flows: Option<PathBuf>,
    /// us-regz (Regulation Z), eu-aprc (EU/UK APRC) or cn-irr (PBoC IRR, simple and compound).
    #[arg(long, default_value = "us-regz")]
    pub method: String,
    /// A disclosed APR (percent) to test against the §1026.22 tolerance.
    #[arg(long, value_name = "PERCENT")]
    pub disclosed: Option<Decimal>,
    /// Quick form: the loan amount.
    #[arg(long, requires_all = ["payment", "count"])]
    pub amount: Option<Decimal>,
    /// Quick form: charges deducted from the amount at payout.
    #[arg(long, default_value = "0")]
    pub deducted: Decimal,
    /// Quick form: each payment.
    #[arg(long)]
    pub payment: Option<Decimal>,
    /// Quick form: number of payments.
    #[arg(long)]
    pub count: Option<u32>,
    /// Quick form: spacing (day, week, 2 weeks, semimonth, month, quarter, year, ...).
    #[arg(long, default_value = "month")]
    pub every: String,
    /// Quick form: date of the first payment.
    #[arg(long, value_parser = parse_date)]
    pub first: Option<NaiveDate>,
    /// Quick form: date of the advance.
    #[arg(long, value_parser = parse_date)]
    pub start: Option<NaiveDate>,
}

impl AprRequest {
    /// Where the flows come from; `None` when neither a file nor the whole quick form was
    /// given (an error, named as such).
    pub fn source(&self) -> Option<FlowsSource> {
        match (&self.flows, self.amount, self.payment, self.count) {
            (Some(path), ..) => Some(FlowsSource::File(path.clone())),
            (None, Some(amount), Some(payment), Some(count)) => Some(FlowsSource::Quick {
                amount,
                deducted: self.deducted,
                payment,
                count,
                every: self.every.clone(),
                first: self.first,
                start: self.start,
            }),
            _ => None,
        }
    }
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
        .source()
        .ok_or("give --flows FLOWS.json, or --amount, --payment and --count")?;
    let flows = flows_of(&source)?;
    let result = apr::compute_with_disclosed(&flows, method, request.disclosed)
        .map_err(|e| format!("no APR: {e}"))?;
    Ok(AprReport { result })
}
