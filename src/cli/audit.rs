//! `loanlint audit`: many contracts, in parallel, one record each, a summary at the end.

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use loanlint::audit::{self, AuditSummary, FileOutcome, WalkOptions};
use loanlint::report::{
    CsvPrinter, HtmlPrinter, JsonArrayPrinter, JsonLinesPrinter, MarkdownPrinter, Printer, Sink,
    TablePrinter,
};

use super::{EXIT_ERROR, EXIT_INTERRUPTED, Format, GlobalArgs, fail, warn, written};

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

type FilePrinter = Box<dyn Printer<FileOutcome, AuditSummary> + Send>;

fn printer_for(format: Format) -> FilePrinter {
    match format {
        Format::Table | Format::Human => Box::new(TablePrinter),
        Format::Json => Box::new(JsonArrayPrinter::default()),
        Format::Jsonl => Box::new(JsonLinesPrinter),
        Format::Csv => Box::new(CsvPrinter::default()),
        Format::Markdown => Box::new(MarkdownPrinter::default()),
    }
}

/// A progress bar on standard error, shown only on a terminal.
fn progress_bar(len: usize) -> ProgressBar {
    let target = if io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let progress = ProgressBar::with_draw_target(Some(len as u64), target);
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} files  {per_sec}  ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    progress
}

pub fn run(global: &GlobalArgs, args: &AuditArgs) -> Result<u8, u8> {
    // First of all, so that a Ctrl-C during the setup also ends the run cleanly.
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = Arc::clone(&stop);
        // A second Ctrl-C is not special: the run already stops at the next chunk boundary.
        let _ = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst));
    }
    let checker = global.checker().map_err(fail)?;
    let glob = args
        .glob
        .as_deref()
        .map(globset::Glob::new)
        .transpose()
        .map_err(|e| fail(format!("--glob: {e}")))?
        .map(|g| g.compile_matcher());
    let walk = WalkOptions {
        hidden: args.hidden,
        glob,
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
    };
    if let Some(p) = args.paths.iter().find(|p| !p.exists()) {
        return Err(fail(format!("{}: no such file or folder", p.display())));
    }
    let (files, problems) = audit::collect_files(&args.paths, &walk);
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(fail)?;
    let mut printer = printer_for(global.format.unwrap_or(Format::Table));
    let mut sink = Sink::open(args.output.as_deref())
        .map_err(|e| fail(format!("cannot write the report: {e}")))?;

    let progress = progress_bar(files.len() + problems.len());
    let mut summary = AuditSummary::default();
    let mut html = args.html.as_ref().map(|_| HtmlPrinter::default());
    let options = global.analysis_options();
    let mut emit =
        |outcome: FileOutcome, summary: &mut AuditSummary, sink: &mut Sink| -> io::Result<()> {
            summary.add(&outcome);
            if let Some(h) = html.as_mut() {
                h.print(&mut io::sink(), &outcome)?;
            }
            printer.print(sink.writer(), &outcome)?;
            progress.inc(1);
            Ok(())
        };
    let mut result: io::Result<()> = Ok(());
    for p in problems {
        result = result.and_then(|_| emit(p, &mut summary, &mut sink));
    }
    if result.is_ok() {
        result = pool.install(|| {
            audit::run(&files, &options, &checker, &walk, &stop, |o| {
                emit(o, &mut summary, &mut sink)
            })
        });
    }
    progress.finish_and_clear();
    summary.interrupted = stop.load(Ordering::SeqCst);
    let result = result
        .and_then(|_| printer.finish(sink.writer(), &summary))
        .and_then(|_| sink.commit())
        .and_then(|_| match (html.as_mut(), args.html.as_deref()) {
            (Some(h), Some(path)) => {
                let mut page = Sink::open(Some(path))?;
                h.finish(page.writer(), &summary)?;
                page.commit()
            }
            _ => Ok(()),
        });
    written(result.map_err(|e| io::Error::new(e.kind(), format!("writing the report: {e}"))))?;
    if summary.interrupted {
        warn(format!(
            "interrupted after {} of {} files",
            summary.files,
            files.len()
        ));
        return Ok(EXIT_INTERRUPTED);
    }
    if summary.failed > 0 {
        warn(format!(
            "{} of {} files could not be read",
            summary.failed, summary.files
        ));
        return Ok(EXIT_ERROR);
    }
    Ok(global.exit_for(summary.worst_severity()))
}
