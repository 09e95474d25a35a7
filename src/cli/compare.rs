//! `loanlint compare`: offers side by side.

use std::io::{self, IsTerminal};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use loanlint::compare::{self, Comparison, SortBy};
use loanlint::report::{CompareFormat, ComparePrinter, JsonPrinter, Printer};

use super::{Format, GlobalArgs};

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more contracts.
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Order of the columns.
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Apr,
    Cost,
    Name,
}

pub fn run(global: &GlobalArgs, args: &CompareArgs) -> Result<u8, u8> {
    let checker = global.checker()?;
    let sort = match args.sort {
        SortArg::Apr => SortBy::Apr,
        SortArg::Cost => SortBy::Cost,
        SortArg::Name => SortBy::Name,
    };
    let comparison = compare::compare(&args.files, &global.analysis_options(), &checker, sort);
    let grid = |format, width| -> Box<dyn Printer<Comparison>> {
        Box::new(ComparePrinter {
            format,
            lang: global.lang(),
            width,
        })
    };
    let mut printer: Box<dyn Printer<Comparison>> = match global.format.unwrap_or(Format::Table) {
        Format::Json | Format::Jsonl => Box::new(JsonPrinter),
        Format::Csv => grid(CompareFormat::Csv, None),
        Format::Markdown => grid(CompareFormat::Markdown, None),
        // A fixed width when piped, the terminal's otherwise.
        Format::Table | Format::Human => grid(
            CompareFormat::Table,
            (!io::stdout().is_terminal()).then_some(160),
        ),
    };
    super::emit(global, printer.as_mut(), &comparison)
}
