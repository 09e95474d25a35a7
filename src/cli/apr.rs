//! `loanlint apr`: the annualised rate of a set of cash flows (FLOWS.json or the quick form).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use loanlint::apr_command::{self, AprRequest, FlowsSource};
use loanlint::report::{AprPrinter, JsonPrinter, select};
use rust_decimal::Decimal;

use super::{GlobalArgs, fail, parse_date};

#[derive(Debug, Args)]
pub struct AprArgs {
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

impl AprArgs {
    fn request(&self) -> AprRequest {
        let flows = match (&self.flows, self.amount, self.payment, self.count) {
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
        };
        AprRequest {
            flows,
            method: self.method.clone(),
            disclosed: self.disclosed,
        }
    }
}

pub fn run(global: &GlobalArgs, args: &AprArgs) -> Result<u8, u8> {
    let report = apr_command::assess(&args.request()).map_err(fail)?;
    super::emit(
        global,
        select::human_or_json(global.format, AprPrinter, JsonPrinter).as_mut(),
        &report,
    )
}
