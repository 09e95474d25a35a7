//! `loanlint audit`: many contracts, in parallel, one record each, a summary at the end.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Args;
use loanlint::audit::{self, AuditJob, AuditSummary, WalkOptions};
use loanlint::report::{AuditFormat, AuditWriter, Progress};

use super::{EXIT_INTERRUPTED, Format, GlobalArgs, fail, warn, written};

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Folders (walked recursively) or files.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write the report here (atomically: complete or absent) instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Worker threads (default: the number of cores).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Only files whose path matches this glob (e.g. '**/*.pdf').
    #[arg(long)]
    pub glob: Option<String>,
    /// Include hidden files and folders.
    #[arg(long)]
    pub hidden: bool,
    /// Also write a self-contained HTML report (summary, APR chart, findings by rule) here.
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
    /// Skip files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 100)]
    pub max_size: u64,
}

impl Format {
    fn audit(self) -> AuditFormat {
        match self {
            Format::Table | Format::Human => AuditFormat::Table,
            Format::Json => AuditFormat::Json,
            Format::Jsonl => AuditFormat::Jsonl,
            Format::Csv => AuditFormat::Csv,
            Format::Markdown => AuditFormat::Markdown,
        }
    }
}

/// The report's writer for `len` outcomes, with a progress bar when standard error is a terminal.
pub fn writer(global: &GlobalArgs, args: &AuditArgs, len: usize) -> Result<AuditWriter, u8> {
    let format = global.format.unwrap_or(Format::Table).audit();
    let progress = match io::stderr().is_terminal() {
        true => Progress::Stderr,
        false => Progress::Hidden,
    };
    AuditWriter::open(
        format,
        args.output.as_deref(),
        args.html.as_deref(),
        len,
        progress,
    )
    .map_err(fail)
}

pub fn run(global: &GlobalArgs, args: &AuditArgs) -> Result<u8, u8> {
    // First of all, so that a Ctrl-C during the setup also ends the run cleanly; a second
    // Ctrl-C is not special: the run already stops at the next chunk boundary.
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    let checker = global.checker().map_err(fail)?;
    let walk = WalkOptions {
        hidden: args.hidden,
        glob: audit::glob_matcher(args.glob.as_deref()).map_err(fail)?,
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
    };
    let job = AuditJob::plan(&args.paths, &walk, args.jobs).map_err(fail)?;
    let total = job.files.len();
    let mut out = writer(global, args, job.len())?;
    let ran = job.run(&global.analysis_options(), &checker, &walk, &stop, |o| {
        out.emit(&o)
    });
    let (summary, result) = out.finish(stop.load(Ordering::SeqCst), ran);
    written(result)?;
    Ok(exit_for_audit(global, &summary, total))
}

/// Interrupted: 130; some file unreadable: 2; else the findings' exit code.
pub fn exit_for_audit(global: &GlobalArgs, summary: &AuditSummary, total: usize) -> u8 {
    if summary.interrupted {
        warn(format!(
            "interrupted after {} of {total} files",
            summary.files
        ));
        EXIT_INTERRUPTED
    } else if summary.failed > 0 {
        fail(format!(
            "{} of {} files could not be read",
            summary.failed, summary.files
        ))
    } else {
        global.exit_for(summary.worst_severity())
    }
}
