//! `--format`: which printer of this folder serves each command. A new output format is a
//! printer file in this folder, its name in [`Format`] and its arm in the function of each
//! command it serves; the others show their default (`check` rejects it).

use std::io::{self, IsTerminal};

use clap::ValueEnum;

use super::{
    AuditFormat, CompareFormat, ComparePrinter, HumanPrinter, JsonLinesPrinter, JsonPrinter,
    Printer,
};
use crate::audit::{AuditSummary, FileOutcome};
use crate::compare::Comparison;
use crate::model::Language;

/// The output formats (`--format`); each command takes those it has a printer for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Jsonl,
    Table,
    Csv,
    Markdown,
}

/// `human`, or `json` with `--format json`/`jsonl`.
pub fn human_or_json<T: ?Sized>(
    format: Option<Format>,
    human: impl Printer<T> + 'static,
    json: impl Printer<T> + 'static,
) -> Box<dyn Printer<T>> {
    match format {
        Some(Format::Json | Format::Jsonl) => Box::new(json),
        _ => Box::new(human),
    }
}

/// `check` (human by default); the error is ready to show.
pub fn check(
    format: Option<Format>,
    lang: Option<Language>,
) -> Result<Box<dyn Printer<FileOutcome, AuditSummary>>, String> {
    Ok(match format.unwrap_or(Format::Human) {
        Format::Human => Box::new(HumanPrinter { lang }),
        Format::Json => Box::new(JsonPrinter),
        Format::Jsonl => Box::new(JsonLinesPrinter),
        other => {
            return Err(
                format!("check does not support --format {other:?}; use human or json")
                    .to_lowercase(),
            );
        }
    })
}

/// `audit` and `summarize` (a table by default, and for a format they have no printer for).
pub fn audit_format(format: Option<Format>) -> AuditFormat {
    match format.unwrap_or(Format::Table) {
        Format::Json => AuditFormat::Json,
        Format::Jsonl => AuditFormat::Jsonl,
        Format::Csv => AuditFormat::Csv,
        Format::Markdown => AuditFormat::Markdown,
        _ => AuditFormat::Table,
    }
}

/// `compare` (a table by default, and for a format it has no printer for: of a fixed width
/// when standard output is not a terminal).
pub fn compare(format: Option<Format>, lang: Option<Language>) -> Box<dyn Printer<Comparison>> {
    let grid = |format, width| -> Box<dyn Printer<Comparison>> {
        Box::new(ComparePrinter {
            format,
            lang,
            width,
        })
    };
    match format.unwrap_or(Format::Table) {
        Format::Json | Format::Jsonl => Box::new(JsonPrinter),
        Format::Csv => grid(CompareFormat::Csv, None),
        Format::Markdown => grid(CompareFormat::Markdown, None),
        _ => grid(
            CompareFormat::Table,
            (!io::stdout().is_terminal()).then_some(160),
        ),
    }
}
