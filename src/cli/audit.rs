//! `loanlint audit` (many contracts, in parallel, one record each, a summary at the end) and
//! `loanlint summarize` (the same report from the JSON Lines shards of many audits).

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Args;
use loanlint::audit::Shard;
use loanlint::audit_command::AuditRequest;
use loanlint::exit::AuditRun;
use loanlint::report::{AuditFormat, AuditWriter, Progress};
use loanlint::summarize;

use super::{Format, GlobalArgs, fail, written};

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Folders (walked recursively) or files.
    #[arg(required_unless_present = "files_from")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
    /// Worker threads (default: the number of cores).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Only files whose path matches this glob (e.g. '**/*.pdf').
    #[arg(long)]
    pub glob: Option<String>,
    /// Include hidden files and folders.
    #[arg(long)]
    pub hidden: bool,
    /// Skip files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 100)]
    pub max_size: u64,
    /// Also audit the paths listed in this file, one per line (`-`: standard input); a missing
    /// one becomes an error record.
    #[arg(long, value_name = "FILE|-")]
    pub files_from: Option<PathBuf>,
    /// With --files-from: the list is NUL-separated (`find -print0`).
    #[arg(long, requires = "files_from")]
    pub null: bool,
    /// Only this worker's share: the files whose path hashes to I modulo N (0 <= I < N).
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,
}

/// Where `audit` and `summarize` write.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Write the report here (atomically: complete or absent) instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Also write a self-contained HTML report (summary, APR chart, findings by rule) here.
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SummarizeArgs {
    /// JSON Lines shards (`audit --format jsonl`), or `-` for standard input.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportArgs,
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
fn writer(global: &GlobalArgs, args: &ReportArgs, len: usize) -> Result<AuditWriter, u8> {
    let format = global.format.unwrap_or(Format::Table).audit();
    let progress = match io::stderr().is_terminal() && len > 0 {
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
    .map(|w| w.with_html_lang(global.lang()))
    .map_err(fail)
}

pub fn run(global: &GlobalArgs, args: &AuditArgs) -> Result<u8, u8> {
    // First of all, so that a Ctrl-C during the setup also ends the run cleanly; a second
    // Ctrl-C is not special: the run already stops at the next chunk boundary.
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    let checker = global.checker()?;
    let request = AuditRequest {
        roots: args.paths.clone(),
        files_from: args.files_from.clone(),
        null: args.null,
        shard: args.shard,
        jobs: args.jobs,
        glob: args.glob.clone(),
        hidden: args.hidden,
        max_size_mb: args.max_size,
    };
    let (job, walk) = request.plan().map_err(fail)?;
    let planned = job.files.len();
    let mut out = writer(global, &args.report, job.len())?;
    let options = global.analysis_options();
    let ran = job.run(&options, &checker, &walk, &stop, |o| out.emit(&o));
    let (summary, result) = out.finish(stop.load(Ordering::SeqCst), ran);
    written(result)?;
    Ok(global.exit(&AuditRun {
        summary: &summary,
        planned,
    }))
}

pub fn summarize(global: &GlobalArgs, args: &SummarizeArgs) -> Result<u8, u8> {
    let shards = summarize::open_shards(&args.shards).map_err(fail)?;
    let mut out = writer(global, &args.report, 0)?;
    let ran = summarize::merge(shards, |o| out.emit(&o)).map_err(fail)?;
    let (summary, result) = out.finish(false, ran);
    written(result)?;
    let planned = summary.files;
    Ok(global.exit(&AuditRun {
        summary: &summary,
        planned,
    }))
}
