//! `--format`: which printer of this folder serves each command, one function per command. A
//! new output format is a printer file in this folder, its name in [`Format`] and its arm in
//! the function of each command it serves; the others show their default (`check` rejects it).

use std::io::{self, IsTerminal};

use clap::ValueEnum;

use super::{
    AprPrinter, AuditFormat, CompareFormat, ComparePrinter, HumanPrinter, JsonLinesPrinter,
    JsonPrinter, LetterPrinter, MessagePrinter, OverduePrinter, Printer, RuleDetailsPrinter,
    RuleTablePrinter, SortedJsonPrinter,
};
use crate::apr_command::AprReport;
use crate::audit::{AuditSummary, FileOutcome};
use crate::compare::Comparison;
use crate::letter::Letter;
use crate::message::MessageReport;
use crate::model::Language;
use crate::overdue::OverdueReport;
use crate::rule_listing::RuleListing;

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
fn human_or_json<T: ?Sized>(
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

/// `apr`: human or JSON.
pub fn apr(format: Option<Format>) -> Box<dyn Printer<AprReport>> {
    human_or_json(format, AprPrinter, JsonPrinter)
}

/// `overdue`: human or JSON (its keys sorted).
pub fn overdue(format: Option<Format>, lang: Option<Language>) -> Box<dyn Printer<OverdueReport>> {
    human_or_json(format, OverduePrinter { lang }, SortedJsonPrinter)
}

/// `message`: human or JSON.
pub fn message(format: Option<Format>, lang: Option<Language>) -> Box<dyn Printer<MessageReport>> {
    human_or_json(format, MessagePrinter { lang }, JsonPrinter)
}

/// `rules`: the table of rules, or (`rules show`, in `lang`, English by default) each rule in
/// full; JSON with `--format json`.
pub fn rules(
    format: Option<Format>,
    lang: Option<Language>,
    details: bool,
) -> Box<dyn Printer<RuleListing>> {
    match details {
        true => human_or_json(
            format,
            RuleDetailsPrinter {
                lang: lang.unwrap_or(Language::En),
            },
            JsonPrinter,
        ),
        false => human_or_json(format, RuleTablePrinter, JsonPrinter),
    }
}

/// `letter`: JSON with `--format json`, else the letters as text or Markdown.
pub fn letter(format: Option<Format>, markdown: bool) -> Box<dyn Printer<[Letter]>> {
    match format {
        Some(Format::Json) => Box::new(JsonPrinter),
        _ => Box::new(LetterPrinter { markdown }),
    }
}
