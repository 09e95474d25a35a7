//! `loanlint message`: is this collection message lawful, and is it genuine?

use std::io::{self, Read};
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use loanlint::message::{MessageRules, analyse_delivered};
use loanlint::report::{JsonPrinter, MessagePrinter};

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

pub(super) fn parse_received(s: &str) -> Result<NaiveDateTime, String> {
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s.trim(), f).ok())
    .ok_or_else(|| format!("{s:?} is not a date and time like 2026-11-30T23:10"))
}

/// The message text: stdin for `-`; otherwise a text file or an SMS screenshot (OCR).
pub(super) fn read_message(path: &std::path::Path) -> io::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() != "-" {
        // The caller names the file; the reader's error names it too.
        let named = format!("{}: ", path.display());
        return loanlint::read::read_message_input(path).map_err(|e| {
            let said = e.to_string();
            io::Error::other(said.strip_prefix(&named).unwrap_or(&said).to_string())
        });
    }
    io::stdin().read_to_end(&mut bytes)?;
    loanlint::read::decode_text(&bytes).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "not UTF-8, GB18030 or UTF-16 text",
        )
    })
}

pub fn run(global: &GlobalArgs, args: &MessageArgs) -> Result<u8, u8> {
    let rules = MessageRules::bundled().map_err(fail)?;
    let text =
        read_message(&args.file).map_err(|e| fail(format!("{}: {e}", args.file.display())))?;
    if text.trim().is_empty() {
        return Err(fail(format!(
            "{}: the message is empty: give the text of the message",
            args.file.display()
        )));
    }
    let context = match &args.contract {
        None => None,
        Some(path) => {
            let (checker, analysis) = super::overdue::analyse_contract(global, path)?;
            Some(loanlint::overdue::contract_context_on(
                &analysis, &checker, args.days, args.today,
            ))
        }
    };
    let report = analyse_delivered(
        &text,
        rules,
        context.as_ref(),
        global.jurisdiction.as_deref(),
        &args.received,
    );
    let human = MessagePrinter {
        lang: global.lang(),
    };
    super::report(global, &report, report.worst_severity(), human, JsonPrinter)
}
