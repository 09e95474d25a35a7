//! Stage 5, report: one printer per output format, behind one trait.
//!
//! A [`Printer`] receives analysed files one at a time (`check` sends one, `audit` many) and
//! writes them in its format; `finish` writes whatever closes the output (a summary table, the
//! end of a JSON array). Printers never decide exit codes.

mod audit;
mod compare;
mod format;
mod html;
mod human;
mod json;

pub use audit::{AuditSummary, CsvPrinter, MarkdownPrinter, TablePrinter};
pub use compare::{CompareFormat, render_compare};
pub use format::{Lang, display_amount, display_percent};
pub use html::HtmlReport;
pub use human::HumanPrinter;
pub use json::{JsonArrayPrinter, JsonLinesPrinter, JsonPrinter};

use std::io::{self, Write};

use crate::model::Report;

/// The result of analysing one file: its report, or why it could not be read.
#[derive(Debug)]
pub enum FileOutcome {
    Analysed(Box<Report>),
    Failed {
        file: String,
        /// Short stable reason (`encrypted`, `damaged`, `no-text`, `too-large`, ...).
        reason: String,
        message: String,
    },
}

impl FileOutcome {
    pub fn file(&self) -> &str {
        match self {
            FileOutcome::Analysed(r) => &r.file,
            FileOutcome::Failed { file, .. } => file,
        }
    }
}

/// An output format.
pub trait Printer {
    /// Write one file's outcome.
    fn outcome(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()>;
    /// Close the output (summary, closing brackets). Called once, after the last outcome.
    fn finish(&mut self, out: &mut dyn Write, summary: &AuditSummary) -> io::Result<()> {
        let _ = (out, summary);
        Ok(())
    }
}
