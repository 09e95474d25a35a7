//! Stage 5, report: every output of every command, behind one printer trait.
//!
//! A [`Printer`] for a report type `T` receives items one at a time (`check` sends one file,
//! `audit` many, `apr` one result) and writes them in its format; `finish` writes whatever closes
//! the output (a summary table, the end of a JSON array, a whole HTML page) from the run's
//! summary `S`. Printers never decide exit codes and never choose where the bytes go: the
//! binary hands them a writer.
//!
//! | report type | formats |
//! |---|---|
//! | [`FileOutcome`] (`check`, `audit`) | human, JSON, JSON Lines, JSON array, table, CSV, Markdown, HTML |
//! | [`Comparison`](crate::compare::Comparison) (`compare`) | table, Markdown, CSV, JSON |
//! | [`AprReport`](crate::apr_command::AprReport) (`apr`) | human, JSON |
//! | [`OverdueReport`](crate::overdue::OverdueReport) (`overdue`) | human, JSON |
//! | [`MessageReport`](crate::message::MessageReport) (`message`) | human, JSON |
//! | [`Letter`](crate::letter::Letter) slice (`letter`) | text, Markdown, JSON |
//! | [`RuleListing`](crate::rule_listing::RuleListing) (`rules`) | table, details, JSON |
//! | [`Document`](crate::read::Document) (`text`) | text with page markers |

mod apr;
mod audit;
mod compare;
mod format;
mod html;
mod human;
mod json;
mod letter;
mod message;
mod overdue;
mod rules;
pub mod select;
mod sink;
mod text;
mod verdict;
mod words;

pub use apr::AprPrinter;
pub use audit::{AuditFormat, CsvPrinter, MarkdownPrinter, TablePrinter};
pub use compare::{CompareFormat, ComparePrinter};
pub use format::{Lang, display_amount, display_amount_in, display_percent};
pub use html::HtmlPrinter;
pub use human::HumanPrinter;
pub use json::{JsonArrayPrinter, JsonLinesPrinter, JsonPrinter, SortedJsonPrinter};
pub use letter::LetterPrinter;
pub use message::MessagePrinter;
pub use overdue::OverduePrinter;
pub use rules::{RuleDetailsPrinter, RuleTablePrinter};
pub use select::Format;
pub use sink::{AuditWriter, Progress, Sink, write_html_page};
pub use text::TextPrinter;

/// Kept here too: the report layer's input, produced by the library's audit.
pub use crate::audit::{AuditSummary, FileOutcome};

use std::io::{self, Write};

/// An output format for reports of type `T`, closed with a run summary of type `S`.
pub trait Printer<T: ?Sized, S: ?Sized = ()> {
    /// Write one item.
    fn print(&mut self, out: &mut dyn Write, item: &T) -> io::Result<()>;
    /// Close the output (summary, closing brackets). Called once, after the last item.
    fn finish(&mut self, out: &mut dyn Write, summary: &S) -> io::Result<()> {
        let _ = (out, summary);
        Ok(())
    }
}
