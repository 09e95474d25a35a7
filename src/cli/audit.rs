//! `loanlint audit`: many contracts, in parallel, one record each, a summary at the end.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use loanlint::audit::{self, WalkOptions};
use loanlint::report::{
    AuditSummary, CsvPrinter, FileOutcome, HtmlReport, JsonArrayPrinter, JsonLinesPrinter,
    MarkdownPrinter, Printer, TablePrinter,
};

use super::{EXIT_ERROR, Format, GlobalArgs, fail};

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

fn printer_for(format: Format) -> Result<Box<dyn Printer + Send>, String> {
    Ok(match format {
        Format::Table | Format::Human => Box::new(TablePrinter),
        Format::Json => Box::new(JsonArrayPrinter::default()),
        Format::Jsonl => Box::new(JsonLinesPrinter),
        Format::Csv => Box::new(CsvPrinter::default()),
        Format::Markdown => Box::new(MarkdownPrinter::default()),
    })
}

/// Where the records go: standard output, or a temp file beside `--output` renamed at the end.
enum Sink {
    Stdout(io::Stdout),
    File {
        temp: tempfile::NamedTempFile,
        target: PathBuf,
    },
}

impl Sink {
    fn open(output: Option<&PathBuf>) -> io::Result<Sink> {
        match output {
            None => Ok(Sink::Stdout(io::stdout())),
            Some(target) => {
                let dir = target
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or_else(|| std::path::Path::new("."));
                let temp = tempfile::Builder::new()
                    .prefix(".loanlint-")
                    .suffix(".partial")
                    .tempfile_in(dir)?;
                Ok(Sink::File {
                    temp,
                    target: target.clone(),
                })
            }
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(s) => s,
            Sink::File { temp, .. } => temp.as_file_mut(),
        }
    }

    fn commit(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut s) => s.flush(),
            Sink::File { mut temp, target } => {
                temp.as_file_mut().flush()?;
                temp.as_file().sync_all()?;
                temp.persist(&target).map(|_| ()).map_err(|e| e.error)
            }
        }
    }
}

pub fn run(global: &GlobalArgs, args: &AuditArgs) -> u8 {
    let checker = match global.checker() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let glob = match args.glob.as_deref().map(globset::Glob::new).transpose() {
        Ok(g) => g.map(|g| g.compile_matcher()),
        Err(e) => return fail(format!("--glob: {e}")),
    };
    let walk = WalkOptions {
        hidden: args.hidden,
        glob,
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
    };
    for p in &args.paths {
        if !p.exists() {
            return fail(format!("{}: no such file or folder", p.display()));
        }
    }
    let (files, problems) = audit::collect_files(&args.paths, &walk);
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let mut printer = match printer_for(global.format.unwrap_or(Format::Table)) {
        Ok(p) => p,
        Err(e) => return fail(e),
    };
    let mut sink = match Sink::open(args.output.as_ref()) {
        Ok(s) => s,
        Err(e) => return fail(format!("cannot write the report: {e}")),
    };

    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = Arc::clone(&stop);
        // A second Ctrl-C is not special: the run already stops at the next chunk boundary.
        let _ = ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst));
    }
    let progress = ProgressBar::with_draw_target(
        Some((files.len() + problems.len()) as u64),
        if io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        },
    );
    progress.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} files  {per_sec}  ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );

    let mut summary = AuditSummary::default();
    let mut html = args.html.as_ref().map(|_| HtmlReport::default());
    let options = global.analysis_options();
    let fail_on = global.fail_on.into();
    let mut any_at_fail_level = false;
    let mut emit =
        |outcome: FileOutcome, summary: &mut AuditSummary, sink: &mut Sink| -> io::Result<()> {
            summary.add(&outcome);
            if let Some(h) = html.as_mut() {
                h.add(&outcome);
            }
            if let FileOutcome::Analysed(r) = &outcome {
                any_at_fail_level |= r.worst_severity().is_some_and(|s| s >= fail_on);
            }
            printer.outcome(sink.writer(), &outcome)?;
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
        .and_then(|_| match (&html, args.html.as_ref()) {
            (Some(h), Some(path)) => {
                let mut page = Sink::open(Some(path))?;
                page.writer().write_all(h.render(&summary).as_bytes())?;
                page.commit()
            }
            _ => Ok(()),
        });
    if let Err(e) = result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(format!("writing the report: {e}"));
        }
    }
    if summary.interrupted {
        let _ = writeln!(
            io::stderr(),
            "loanlint: interrupted after {} of {} files",
            summary.files,
            files.len()
        );
        return 130;
    }
    if summary.failed > 0 {
        let _ = writeln!(
            io::stderr(),
            "loanlint: {} of {} files could not be read",
            summary.failed,
            summary.files
        );
        return EXIT_ERROR;
    }
    global.exit_for(any_at_fail_level.then_some(fail_on))
}
