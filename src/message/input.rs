//! The `message` command's work: read the message (a file, an SMS screenshot or standard
//! input), compare it with the contract when one is given, and run the message rules.

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;

use super::{MessageReport, MessageRules, analyse_delivered};
use crate::analysis::AnalysisOptions;

/// What `loanlint message` is asked (its flags).
#[derive(Debug, Clone, Default, Args)]
pub struct MessageRequest {
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

/// Assess one message: errors name the file they are about, ready to show.
pub fn assess(
    request: &MessageRequest,
    options: &AnalysisOptions,
    rulesets: &[String],
) -> Result<MessageReport, String> {
    let rules = MessageRules::bundled().map_err(|e| e.to_string())?;
    let text = message_text(
        &request.file,
        "the message is empty: give the text of the message",
    )?;
    let context = match &request.contract {
        None => None,
        Some(path) => {
            let (checker, analysis) = crate::overdue::load_contract(path, options, rulesets)?;
            // The instalment the message names as overdue (第3期, 12月10日应还), if any.
            let rows = analysis
                .cost
                .as_ref()
                .map(|c| c.schedule.rows.as_slice())
                .unwrap_or(&[]);
            let received = request.received.first().map(|r| r.date());
            let named = super::named_instalment(&text, rows, received).map(|n| n.number);
            Some(crate::overdue::contract_context_named(
                &analysis,
                &checker,
                request.days,
                request.today,
                named,
            ))
        }
    };
    Ok(analyse_delivered(
        &text,
        rules,
        context.as_ref(),
        options.jurisdiction.as_deref(),
        &request.received,
    ))
}

/// The text of a message that must say something; `empty` is the complaint when it does not.
pub fn message_text(path: &Path, empty: &str) -> Result<String, String> {
    let text = read_message(path).map_err(|e| format!("{}: {e}", path.display()))?;
    match text.trim().is_empty() {
        true => Err(format!("{}: {empty}", path.display())),
        false => Ok(text),
    }
}

/// The message text: standard input for `-`; otherwise a text file or an SMS screenshot (OCR).
pub fn read_message(path: &Path) -> io::Result<String> {
    if path.as_os_str() != "-" {
        // The caller names the file; the reader's error names it too.
        let named = format!("{}: ", path.display());
        return crate::read::read_message_input(path).map_err(|e| {
            let said = e.to_string();
            io::Error::other(said.strip_prefix(&named).unwrap_or(&said).to_string())
        });
    }
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes)?;
    crate::read::decode_text(&bytes).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "not UTF-8, GB18030 or UTF-16 text",
        )
    })
}

/// When a message arrived: `2026-11-30T23:10` (a space for the `T` and seconds are accepted).
pub fn parse_received(s: &str) -> Result<NaiveDateTime, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn received_times_take_either_separator_and_optional_seconds() {
        let want = NaiveDate::from_ymd_opt(2026, 11, 30)
            .and_then(|d| d.and_hms_opt(23, 10, 0))
            .expect("valid");
        assert_eq!(parse_received("2026-11-30T23:10"), Ok(want));
        assert_eq!(parse_received(" 2026-11-30 23:10:00 "), Ok(want));
        assert!(parse_received("30/11/2026 23:10").is_err());
    }

    #[test]
    fn an_empty_message_is_refused_with_the_callers_words() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("blank.txt");
        std::fs::write(&path, " \n").expect("write");
        let err = message_text(&path, "say something").expect_err("empty");
        assert_eq!(err, format!("{}: say something", path.display()));
    }
}
