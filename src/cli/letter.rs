//! `loanlint letter`: the borrower's next step as a document (text or Markdown), with an
//! optional evidence folder.

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use loanlint::letter::{self, Letter, LetterRequest};
use loanlint::message::parse_received;
use loanlint::report::{JsonPrinter, LetterPrinter, Printer};
use rust_decimal::Decimal;

use super::{Format, GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct LetterArgs {
    /// The loan contract.
    pub contract: PathBuf,
    /// The collection message received (a text file, or `-` for standard input).
    #[arg(long)]
    pub message: Option<PathBuf>,
    /// Days overdue.
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Which instalment(s) were missed (comma-separated; default: the first).
    #[arg(long, value_delimiter = ',')]
    pub missed: Vec<u32>,
    /// Nothing paid since this date (YYYY-MM-DD).
    #[arg(long, conflicts_with = "missed")]
    pub since: Option<NaiveDate>,
    /// The date of the letters, and the date days are counted to (default: today).
    #[arg(long)]
    pub today: Option<NaiveDate>,
    /// A sum demanded (default: the one the message names).
    #[arg(long)]
    pub demanded: Option<Decimal>,
    /// When the message arrived (`2026-11-30T23:10`; repeat once per message).
    #[arg(long, value_parser = parse_received)]
    pub received: Vec<NaiveDateTime>,
    /// Months of instalments to ask for.
    #[arg(long, default_value_t = 6)]
    pub instalments: u32,
    /// Write the letters, the reports, the inputs' and rulesets' SHA-256 and the date into
    /// this new folder.
    #[arg(long)]
    pub evidence: Option<PathBuf>,
}

pub fn run(global: &GlobalArgs, args: &LetterArgs) -> Result<u8, u8> {
    let request = LetterRequest {
        contract: args.contract.clone(),
        message: args.message.clone(),
        days: args.days,
        missed: args.missed.clone(),
        since: args.since,
        date: (args.today).unwrap_or_else(|| chrono::Utc::now().date_naive()),
        demanded: args.demanded,
        received: args.received.clone(),
        instalments: args.instalments,
        language: global.lang(),
        markdown: global.format == Some(Format::Markdown),
    };
    let set =
        letter::prepare(&request, &global.analysis_options(), &global.rulesets).map_err(fail)?;
    if let Some(dir) = &args.evidence {
        set.write_evidence(dir).map_err(fail)?;
    }
    let mut printer: Box<dyn Printer<[Letter]>> = match global.format {
        Some(Format::Json) => Box::new(JsonPrinter),
        _ => Box::new(LetterPrinter {
            markdown: set.markdown,
        }),
    };
    super::emit(global, printer.as_mut(), set.letters.as_slice())
}
