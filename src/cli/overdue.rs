//! `loanlint overdue`: what a late payment costs under the contract, and what the law allows.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use loanlint::overdue::{self, OverdueRequest};
use loanlint::report::{OverduePrinter, SortedJsonPrinter, select};
use rust_decimal::Decimal;

use super::{GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct OverdueArgs {
    /// The loan contract.
    pub contract: PathBuf,
    /// Days overdue.
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Which instalment(s) were missed (1-based, comma-separated: `--missed 2,3`; default:
    /// the first). `--days` counts from the first of them; the schedule's due dates place
    /// the others.
    #[arg(long, conflicts_with = "amount_overdue", value_delimiter = ',')]
    pub missed: Vec<u32>,
    /// The overdue amount, when you know it (instead of --missed).
    #[arg(long)]
    pub amount_overdue: Option<Decimal>,
    /// A sum someone demands: how much of it has a basis?
    #[arg(long)]
    pub demanded: Option<Decimal>,
    /// Nothing paid since this date (YYYY-MM-DD): every instalment due from it until
    /// --today is missed, each overdue by its own days.
    #[arg(long, conflicts_with_all = ["missed", "amount_overdue"])]
    pub since: Option<NaiveDate>,
    /// Count days to this date (YYYY-MM-DD; default: today), from the schedule's due dates.
    #[arg(long, conflicts_with = "amount_overdue")]
    pub today: Option<NaiveDate>,
}

pub fn run(global: &GlobalArgs, args: &OverdueArgs) -> Result<u8, u8> {
    let (checker, analysis) =
        overdue::load_contract(&args.contract, &global.analysis_options(), &global.rulesets)
            .map_err(fail)?;
    let request = OverdueRequest {
        days: args.days,
        missed: args.missed.first().copied(),
        amount_overdue: args.amount_overdue,
        demanded: args.demanded,
        also_missed: args.missed.iter().skip(1).copied().collect(),
        since: args.since,
        today: args.today,
    };
    let report = overdue::assess(&analysis, &checker, &request)
        .map_err(|e| fail(format!("{}: {e}", args.contract.display())))?;
    let human = OverduePrinter { lang: global.lang };
    let mut printer = select::human_or_json(global.format, human, SortedJsonPrinter);
    super::emit(global, printer.as_mut(), &report)
}
