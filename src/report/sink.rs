//! Where a report goes: standard output, or a file written atomically (a temp file beside
//! the target, renamed over it when complete, so the file is whole or absent).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{AuditFormat, HtmlPrinter, Printer};
use crate::audit::{AuditSummary, FileOutcome};

pub enum Sink {
    Stdout(io::Stdout),
    File {
        temp: tempfile::NamedTempFile,
        target: PathBuf,
    },
}

impl Sink {
    /// Standard output when `output` is `None`, else a temp file beside `output`.
    pub fn open(output: Option<&Path>) -> io::Result<Sink> {
        match output {
            None => Ok(Sink::Stdout(io::stdout())),
            Some(target) => {
                let dir = target
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or_else(|| Path::new("."));
                let temp = tempfile::Builder::new()
                    .prefix(".loanlint-")
                    .suffix(".partial")
                    .tempfile_in(dir)?;
                Ok(Sink::File {
                    temp,
                    target: target.to_path_buf(),
                })
            }
        }
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(s) => s,
            Sink::File { temp, .. } => temp.as_file_mut(),
        }
    }

    /// Flush; for a file, sync it and rename it over the target.
    pub fn commit(self) -> io::Result<()> {
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

/// Whether to draw a progress bar on standard error (the caller decides: a terminal, not a
/// pipe). The bar is the one thing the library draws outside the report itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Hidden,
    Stderr,
}

fn progress_bar(len: usize, progress: Progress) -> ProgressBar {
    let target = match progress {
        Progress::Stderr => ProgressDrawTarget::stderr(),
        Progress::Hidden => ProgressDrawTarget::hidden(),
    };
    let bar = ProgressBar::with_draw_target(Some(len as u64), target);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} files  {per_sec}  ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// Where an audit's outcomes go: one printer into its sink (standard output or a file written
/// whole or not at all), an optional HTML page (also whole or absent), the running summary and
/// the progress bar. `audit` feeds it from the analysis, `summarize` from JSON Lines records.
pub struct AuditWriter {
    format: AuditFormat,
    printer: Box<dyn Printer<FileOutcome, AuditSummary> + Send>,
    sink: Sink,
    html: Option<(HtmlPrinter, PathBuf)>,
    progress: ProgressBar,
    summary: AuditSummary,
}

impl AuditWriter {
    /// `len` is the number of outcomes expected (for the progress bar; 0 when unknown).
    pub fn open(
        format: AuditFormat,
        output: Option<&Path>,
        html: Option<&Path>,
        len: usize,
        progress: Progress,
    ) -> io::Result<AuditWriter> {
        let sink = Sink::open(output).map_err(|e| annotate(e, "cannot write the report"))?;
        Ok(AuditWriter {
            format,
            printer: format.printer(),
            sink,
            html: html.map(|path| (HtmlPrinter::default(), path.to_path_buf())),
            progress: progress_bar(len, progress),
            summary: AuditSummary::default(),
        })
    }

    /// The language (`--lang`) of the HTML page (by default that of most contracts) and of the
    /// table (by default English).
    pub fn with_html_lang(mut self, lang: Option<crate::model::Language>) -> Self {
        if let Some((page, _)) = self.html.as_mut() {
            page.lang = lang;
        }
        if self.format == AuditFormat::Table {
            // The table too is in the language asked for.
            self.printer = Box::new(super::TablePrinter::new(lang));
        }
        self
    }

    /// Count one outcome and write it.
    pub fn emit(&mut self, outcome: &FileOutcome) -> io::Result<()> {
        self.summary.add(outcome);
        if let Some((page, _)) = self.html.as_mut() {
            page.print(&mut io::sink(), outcome)?;
        }
        self.printer
            .print(self.sink.writer(), outcome)
            .map_err(|e| annotate(e, "writing the report"))?;
        self.progress.inc(1);
        Ok(())
    }

    /// The summary so far.
    pub fn summary(&self) -> &AuditSummary {
        &self.summary
    }

    /// Close every output (summary table, closing brackets, the HTML page) after the run
    /// ended with `ran`, and return the run's summary with the first write error. After a
    /// failed run nothing more is written, and output files are left absent, never partial.
    pub fn finish(
        mut self,
        interrupted: bool,
        ran: io::Result<()>,
    ) -> (AuditSummary, io::Result<()>) {
        self.progress.finish_and_clear();
        self.summary.interrupted = interrupted;
        let summary = self.summary;
        let written = ran.and_then(|_| {
            self.printer
                .finish(self.sink.writer(), &summary)
                .and_then(|_| self.sink.commit())
                .and_then(|_| match self.html.as_mut() {
                    Some((page, path)) => {
                        let mut sink = Sink::open(Some(path))?;
                        page.finish(sink.writer(), &summary)?;
                        sink.commit()
                    }
                    None => Ok(()),
                })
                .map_err(|e| annotate(e, "writing the report"))
        });
        (summary, written)
    }
}

/// `check --html FILE`: one contract's page (its card), written whole or not at all.
pub fn write_html_page(
    path: &Path,
    outcome: &FileOutcome,
    lang: Option<crate::model::Language>,
) -> io::Result<()> {
    let mut page = HtmlPrinter::default();
    page.lang = lang;
    let mut summary = AuditSummary::default();
    summary.add(outcome);
    page.print(&mut io::sink(), outcome)?;
    let mut sink = Sink::open(Some(path)).map_err(|e| annotate(e, "cannot write the page"))?;
    page.finish(sink.writer(), &summary)?;
    sink.commit().map_err(|e| annotate(e, "writing the page"))
}

/// The same error kind (so a closed pipe stays recognisable), with what was being done.
fn annotate(e: io::Error, doing: &str) -> io::Error {
    io::Error::new(e.kind(), format!("{doing}: {e}"))
}
