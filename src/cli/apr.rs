//! `loanlint apr`: the annualised rate of a set of cash flows (FLOWS.json or the quick form).

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use loanlint::compute::apr::{self, Flows, Method, QuickForm, UnitPeriod};
use rust_decimal::Decimal;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Format, GlobalArgs, fail, parse_date};

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

fn flows_of(args: &AprArgs) -> Result<Flows, String> {
    if let Some(path) = &args.flows {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        return Flows::from_json(&text).map_err(|e| format!("{}: {e}", path.display()));
    }
    let (Some(amount), Some(payment), Some(count)) = (args.amount, args.payment, args.count) else {
        return Err("give --flows FLOWS.json, or --amount, --payment and --count".into());
    };
    let every: UnitPeriod = args.every.parse().map_err(|e| format!("--every: {e}"))?;
    QuickForm {
        amount,
        deducted: args.deducted,
        payment,
        count,
        every,
        first: args.first,
        start: args.start,
    }
    .flows()
    .map_err(|e| e.to_string())
}

pub fn run(global: &GlobalArgs, args: &AprArgs) -> u8 {
    let method: Method = match args.method.parse() {
        Ok(m) => m,
        Err(e) => return fail(format!("--method: {e}")),
    };
    let flows = match flows_of(args) {
        Ok(f) => f,
        Err(e) => return fail(e),
    };
    let result = match apr::compute_with_disclosed(&flows, method, args.disclosed) {
        Ok(r) => r,
        Err(e) => return fail(format!("no APR: {e}")),
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match global.format.unwrap_or(Format::Human) {
        Format::Json | Format::Jsonl => serde_json::to_writer_pretty(&mut out, &result)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out)),
        _ => (|| {
            writeln!(out, "method: {}", result.method)?;
            for (label, value) in result.labelled() {
                writeln!(out, "{label}: {value}")?;
            }
            for n in &result.notes {
                writeln!(out, "note: {n}")?;
            }
            Ok(())
        })(),
    };
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(e);
        }
    }
    // A disclosed APR outside the tolerance is a finding: exit 1 (unless --exit-zero).
    match &result.tolerance {
        Some(t) if !t.within && !global.exit_zero => EXIT_FINDINGS,
        _ => EXIT_CLEAN,
    }
}
