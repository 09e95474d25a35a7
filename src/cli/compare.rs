//! `loanlint compare`: offers side by side.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use loanlint::audit::{WalkOptions, analyse_one};
use loanlint::report::{CompareFormat, FileOutcome, render_compare};
use loanlint::{Language, Severity};

use super::{EXIT_ERROR, Format, GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more contracts.
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// Order of the columns.
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortBy,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortBy {
    Apr,
    Cost,
    Name,
}

pub fn run(global: &GlobalArgs, args: &CompareArgs) -> u8 {
    let checker = match global.checker() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let options = global.analysis_options();
    let walk = WalkOptions::default();
    let mut outcomes: Vec<FileOutcome> = args
        .files
        .iter()
        .map(|f| analyse_one(f, &options, &checker, &walk))
        .collect();
    let key = |o: &FileOutcome| match o {
        FileOutcome::Analysed(r) => match args.sort {
            SortBy::Apr => r.apr.as_ref().map(|a| a.effective_percent),
            SortBy::Cost => r.cost.as_ref().map(|c| c.total_repayable - c.net_disbursed),
            SortBy::Name => None,
        },
        FileOutcome::Failed { .. } => None,
    };
    match args.sort {
        SortBy::Name => outcomes.sort_by(|a, b| a.file().cmp(b.file())),
        // Offers without a figure go last.
        _ => outcomes.sort_by(|a, b| match (key(a), key(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.file().cmp(b.file()),
        }),
    }
    let lang = global.lang().unwrap_or_else(|| {
        let zh = outcomes
            .iter()
            .any(|o| matches!(o, FileOutcome::Analysed(r) if r.language == Language::Zh));
        if zh { Language::Zh } else { Language::En }
    });
    let text = match global.format.unwrap_or(Format::Table) {
        Format::Json | Format::Jsonl => {
            let reports: Vec<serde_json::Value> = outcomes
                .iter()
                .map(|o| match o {
                    FileOutcome::Analysed(r) => serde_json::to_value(r).unwrap_or_default(),
                    FileOutcome::Failed { file, reason, message } => {
                        serde_json::json!({"file": file, "error": {"reason": reason, "message": message}})
                    }
                })
                .collect();
            serde_json::to_string_pretty(&serde_json::json!({"offers": reports}))
                .unwrap_or_default()
                + "\n"
        }
        Format::Csv => render_compare(&outcomes, CompareFormat::Csv, lang, None),
        Format::Markdown => render_compare(&outcomes, CompareFormat::Markdown, lang, None),
        Format::Table | Format::Human => {
            let width = if io::stdout().is_terminal() {
                None
            } else {
                Some(160)
            };
            render_compare(&outcomes, CompareFormat::Table, lang, width)
        }
    };
    if let Err(e) = io::stdout().write_all(text.as_bytes()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(e);
        }
    }
    let failed = outcomes
        .iter()
        .any(|o| matches!(o, FileOutcome::Failed { .. }));
    if failed {
        return EXIT_ERROR;
    }
    let worst: Option<Severity> = outcomes
        .iter()
        .filter_map(|o| match o {
            FileOutcome::Analysed(r) => r.worst_severity(),
            FileOutcome::Failed { .. } => None,
        })
        .max();
    global.exit_for(worst)
}
