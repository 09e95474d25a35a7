//! The `audit` and `summarize` commands' work: which files (folders walked, a work list, a
//! shard of them), walked how, in how many workers; running the plan (with Ctrl-C ending it
//! cleanly) into the report; and the same report from the JSON Lines of many audits. The flag
//! groups below are the commands' flags; the binary only parses them and applies the exit
//! policy to the [`Finished`] run.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Args;

use crate::AnalysisOptions;
use crate::audit::{self, AuditJob, AuditSummary, Inputs, Shard, WalkOptions};
use crate::check::Checker;
use crate::exit::AuditRun;
use crate::model::Language;
use crate::report::{AuditFormat, AuditWriter, Progress};
use crate::summarize;

/// What `loanlint audit` is asked to read.
#[derive(Debug, Clone, Default, Args)]
pub struct AuditRequest {
    /// Folders (walked recursively) or files.
    #[arg(required_unless_present = "files_from")]
    pub paths: Vec<PathBuf>,
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
    #[arg(long = "max-size", value_name = "MB", default_value_t = 100)]
    pub max_size_mb: u64,
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
#[derive(Debug, Clone, Default, Args)]
pub struct ReportTarget {
    /// Write the report here (atomically: complete or absent) instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Also write a self-contained HTML report (summary, APR chart, findings by rule) here.
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
}

/// `loanlint audit`'s flags.
#[derive(Debug, Clone, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub report: ReportTarget,
    #[command(flatten)]
    pub request: AuditRequest,
}

/// `loanlint summarize`'s flags.
#[derive(Debug, Clone, Args)]
pub struct SummarizeArgs {
    /// JSON Lines shards (`audit --format jsonl`), or `-` for standard input.
    #[arg(required = true)]
    pub shards: Vec<PathBuf>,
    #[command(flatten)]
    pub report: ReportTarget,
}

/// The report of an audit or a summary: where, in which format, the HTML page in which
/// language (`None`: that of most contracts).
#[derive(Debug, Clone, Copy)]
pub struct ReportOut<'a> {
    pub target: &'a ReportTarget,
    pub format: AuditFormat,
    pub lang: Option<Language>,
}

impl ReportOut<'_> {
    /// The report's writer for `len` outcomes, with a progress bar when standard error is a
    /// terminal.
    fn writer(&self, len: usize) -> Result<AuditWriter, String> {
        let progress = match io::stderr().is_terminal() && len > 0 {
            true => Progress::Stderr,
            false => Progress::Hidden,
        };
        let (output, html) = (self.target.output.as_deref(), self.target.html.as_deref());
        AuditWriter::open(self.format, output, html, len, progress)
            .map(|w| w.with_html_lang(self.lang))
            .map_err(|e| e.to_string())
    }
}

/// A run that went to its end (or was stopped): its summary, the files planned, and the first
/// error writing the report.
#[derive(Debug)]
pub struct Finished {
    pub summary: AuditSummary,
    pub planned: usize,
    pub written: io::Result<()>,
}

impl Finished {
    /// The run as the exit policy sees it.
    pub fn run(&self) -> AuditRun<'_> {
        AuditRun {
            summary: &self.summary,
            planned: self.planned,
        }
    }
}

impl AuditRequest {
    /// The files to audit and how to walk them; the error is ready to show.
    pub fn plan(&self) -> Result<(AuditJob, WalkOptions), String> {
        let walk = WalkOptions {
            hidden: self.hidden,
            glob: audit::glob_matcher(self.glob.as_deref()).map_err(|e| e.to_string())?,
            max_bytes: self.max_size_mb.saturating_mul(1024 * 1024),
        };
        let listed = match &self.files_from {
            Some(list) => summarize::open_input(list)
                .and_then(|r| audit::read_list(r, self.null))
                .map_err(|e| format!("--files-from {}: {e}", list.display()))?,
            None => Vec::new(),
        };
        let inputs = Inputs {
            roots: self.paths.clone(),
            listed,
            shard: self.shard,
        };
        let job = AuditJob::plan(&inputs, &walk, self.jobs).map_err(|e| e.to_string())?;
        Ok((job, walk))
    }

    /// Audit every planned file with the bundled and `rulesets` rules into `out`. Ctrl-C (watched from the very start, so that one during the setup also ends
    /// the run cleanly) stops the run at the next chunk boundary; the error is ready to show.
    pub fn run(
        &self,
        out: ReportOut<'_>,
        options: &AnalysisOptions,
        rulesets: &[String],
    ) -> Result<Finished, String> {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
        let checker = Checker::load(rulesets).map_err(|e| format!("ruleset error: {e}"))?;
        let (job, walk) = self.plan()?;
        let planned = job.files.len();
        let mut out = out.writer(job.len())?;
        let ran = job.run(options, &checker, &walk, &stop, |o| out.emit(&o));
        let (summary, written) = out.finish(stop.load(Ordering::SeqCst), ran);
        Ok(Finished {
            summary,
            planned,
            written,
        })
    }
}

/// `summarize`: the report of the JSON Lines `shards` (`-`: standard input) of many audits.
pub fn summarize(shards: &[PathBuf], out: ReportOut<'_>) -> Result<Finished, String> {
    let shards = summarize::open_shards(shards)?;
    let mut out = out.writer(0)?;
    let ran = summarize::merge(shards, |o| out.emit(&o)).map_err(|e| e.to_string())?;
    let (summary, written) = out.finish(false, ran);
    let planned = summary.files;
    Ok(Finished {
        summary,
        planned,
        written,
    })
}
