//! `loanlint message`: is this collection message lawful, and is it genuine?

use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use loanlint::message::{self, MessageRequest, parse_received};
use loanlint::report::{JsonPrinter, MessagePrinter, select};

use super::{GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct MessageArgs {
    /// The message: a text file, or `-` for standard input.
    pub file: PathBuf,
    /// The loan contract, to compare the sender and the sum demanded with it.
    #[arg(long)]
    pub contract: Option<PathBuf>,
    /// Days overdue, for the sum the contract allows (with --contract).
    #[arg(long)]
    pub days: Option<u32>,
    /// When the message arrived (`2026-11-30T23:10`); repeat it once per message received
    /// from this sender to check the sending hours and how often they write.
    #[arg(long, value_parser = parse_received)]
    pub received: Vec<NaiveDateTime>,
    /// Count days overdue to this date (YYYY-MM-DD) from the schedule's due dates (with
    /// --contract, instead of --days).
    #[arg(long, conflicts_with = "days")]
    pub today: Option<NaiveDate>,
}

pub fn run(global: &GlobalArgs, args: &MessageArgs) -> Result<u8, u8> {
    let request = MessageRequest {
        file: args.file.clone(),
        contract: args.contract.clone(),
        days: args.days,
        today: args.today,
        received: args.received.clone(),
    };
    let report =
        message::assess(&request, &global.analysis_options(), &global.rulesets).map_err(fail)?;
    let human = MessagePrinter { lang: global.lang };
    super::emit(
        global,
        select::human_or_json(global.format, human, JsonPrinter).as_mut(),
        &report,
    )
}
