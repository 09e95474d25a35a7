//! `loanlint compare`: offers side by side.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use loanlint::compare::{self, SortBy};
use loanlint::report::select;

use super::GlobalArgs;

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
    let mut printer = select::compare(global.format, global.lang);
    super::emit(global, printer.as_mut(), &comparison)
}
