//! Every command wired, one function each: from its flags to its report and the printer
//! `--format` asks for ([`report::select`]), as an [`Output`]. The flags every command shares are
//! [`GlobalArgs`]; each command's own are a clap flag group beside its work (`CheckArgs` here,
//! [`AprRequest`], [`OverdueArgs`], [`MessageRequest`], [`AuditArgs`](crate::audit_command::AuditArgs),
//! `ServeArgs` in `serve`, ...). The binary only parses them, calls the function, writes the
//! output to standard output and applies the one exit policy ([`crate::exit`]).

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};

use crate::analysis::{AnalysisOptions, analyse_document};
use crate::apr_command::{self, AprReport, AprRequest};
use crate::audit_command::{AuditArgs, Finished, ReportOut, ReportTarget, SummarizeArgs};
use crate::check::Checker;
use crate::compare::{self, Comparison, SortBy};
use crate::exit::ExitPolicy;
use crate::letter::{self, Letter, LetterRequest};
use crate::message::{self, MessageReport, MessageRequest};
use crate::model::Language;
use crate::overdue::{self, OverdueArgs, OverdueReport};
use crate::read::{self, Document};
use crate::report::{
    AuditSummary, FileOutcome, Format, Printer, TextPrinter, select, write_html_page,
};
use crate::rule_listing::{self, RuleListing};

/// The flags of every command.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format (check: human|json; audit: table|json|jsonl|csv|markdown; compare: table|json|csv|markdown).
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Extra ruleset: a bundled id or a path to a TOML file (repeatable).
    #[arg(long = "ruleset", global = true, value_name = "ID|PATH")]
    pub rulesets: Vec<String>,
    /// Jurisdiction code (CN, US, US-NY, GB, EU, ...); by default taken from the contract.
    #[arg(long, global = true, value_name = "CODE")]
    pub jurisdiction: Option<String>,
    /// The contract date, when the contract does not state it (YYYY-MM-DD).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// Language of the human report; by default the contract's language.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Language>,
    #[command(flatten)]
    pub policy: ExitPolicy,
    /// OCR image-only PDF pages (needs tesseract with chi_sim and pdftoppm).
    #[arg(long, global = true)]
    pub ocr: bool,
    /// PDF text engine: native (pure Rust, default) or pdftotext (poppler, when installed).
    #[arg(long, global = true, value_enum, default_value = "native")]
    pub engine: EngineArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EngineArg {
    Native,
    Pdftotext,
}

/// A date flag (`YYYY-MM-DD`).
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

impl GlobalArgs {
    pub fn analysis_options(&self) -> AnalysisOptions {
        let mut options = AnalysisOptions {
            date: self.date,
            jurisdiction: self.jurisdiction.clone(),
            ..AnalysisOptions::default()
        };
        options.read.ocr = self.ocr;
        options.read.engine = match self.engine {
            EngineArg::Native => read::Engine::Native,
            EngineArg::Pdftotext => read::Engine::Pdftotext,
        };
        // Each PDF is read in a child process (the running binary, `__read-pdf`) with time and
        // memory limits, so a crafted file costs one file, never the run.
        options.read.isolate = std::env::current_exe().ok();
        options
    }

    /// The bundled rulesets and those of `--ruleset`; the error is ready to show.
    pub fn checker(&self) -> Result<Checker, String> {
        Checker::load(&self.rulesets).map_err(|e| format!("ruleset error: {e}"))
    }
}

/// A command's report, the printer chosen for it, and notes for standard error (shown after
/// the report).
pub struct Output<T: ?Sized, S = ()> {
    pub report: Box<T>,
    pub printer: Box<dyn Printer<T, S>>,
    pub notes: Vec<String>,
}

impl<T: ?Sized, S: Default> Output<T, S> {
    pub fn new(report: Box<T>, printer: Box<dyn Printer<T, S>>) -> Self {
        Output {
            report,
            printer,
            notes: Vec::new(),
        }
    }

    /// Write the report to `out` and close the output.
    pub fn write(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.printer.print(out, &self.report)?;
        self.printer.finish(out, &S::default())
    }
}

/// Errors as the user reads them.
fn shown(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// `loanlint check`'s flags.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// The contract (.pdf, .html, .mhtml, .docx, .txt, .md, or screenshots .png/.jpg/.webp).
    /// Several files are read as one contract, in the order given.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Read every readable file of the folder given as one contract (its screenshots),
    /// in natural name order (shot2 before shot10).
    #[arg(long)]
    pub as_one: bool,
    /// Also write the report as a self-contained HTML page here (to share or print).
    #[arg(long, value_name = "PATH")]
    pub html: Option<PathBuf>,
}

/// `loanlint check`: one contract's report (and, with `--html`, its page).
pub fn check(
    g: &GlobalArgs,
    args: &CheckArgs,
) -> Result<Output<FileOutcome, AuditSummary>, String> {
    let checker = g.checker()?;
    let options = g.analysis_options();
    let doc = read::read_inputs(&args.files, args.as_one, &options.read).map_err(shown)?;
    let report = analyse_document(&doc, &options, &checker);
    let printer = select::check(g.format, g.lang)?;
    let outcome = FileOutcome::Analysed(Box::new(report));
    if let Some(path) = &args.html {
        write_html_page(path, &outcome, g.lang).map_err(shown)?;
    }
    Ok(Output::new(Box::new(outcome), printer))
}

/// `loanlint text`'s flags.
#[derive(Debug, Clone, Args)]
pub struct TextArgs {
    /// Several files are read as one document, in the order given.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Read every readable file of the folder given as one document.
    #[arg(long)]
    pub as_one: bool,
}

/// `loanlint text`: the normalised text with `--- page N ---` markers, and the reader's
/// warnings as notes.
pub fn text(g: &GlobalArgs, args: &TextArgs) -> Result<Output<Document>, String> {
    let doc =
        read::read_inputs(&args.files, args.as_one, &g.analysis_options().read).map_err(shown)?;
    // Warnings of several files already name their file.
    let notes = doc
        .warnings
        .iter()
        .map(|w| match doc.page_files.is_empty() {
            true => format!("{}: {w}", doc.path.display()),
            false => w.clone(),
        })
        .collect();
    Ok(Output {
        notes,
        ..Output::new(Box::new(doc), Box::new(TextPrinter))
    })
}

/// `loanlint compare`'s flags.
#[derive(Debug, Clone, Args)]
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

/// `loanlint compare`: offers side by side.
pub fn compare(g: &GlobalArgs, args: &CompareArgs) -> Result<Output<Comparison>, String> {
    let checker = g.checker()?;
    let sort = match args.sort {
        SortArg::Apr => SortBy::Apr,
        SortArg::Cost => SortBy::Cost,
        SortArg::Name => SortBy::Name,
    };
    let comparison = compare::compare(&args.files, &g.analysis_options(), &checker, sort);
    Ok(Output::new(
        Box::new(comparison),
        select::compare(g.format, g.lang),
    ))
}

/// `loanlint apr`: the rate of cash flows.
pub fn apr(g: &GlobalArgs, request: &AprRequest) -> Result<Output<AprReport>, String> {
    let report = apr_command::assess(request)?;
    Ok(Output::new(Box::new(report), select::apr(g.format)))
}

/// `loanlint overdue`: what a late payment costs; errors name the contract.
pub fn overdue(g: &GlobalArgs, args: &OverdueArgs) -> Result<Output<OverdueReport>, String> {
    let (checker, analysis) =
        overdue::load_contract(&args.contract, &g.analysis_options(), &g.rulesets)?;
    let report = overdue::assess(&analysis, &checker, &args.request)
        .map_err(|e| format!("{}: {e}", args.contract.display()))?;
    Ok(Output::new(
        Box::new(report),
        select::overdue(g.format, g.lang),
    ))
}

/// `loanlint message`: is a collection message lawful, and genuine?
pub fn message(g: &GlobalArgs, request: &MessageRequest) -> Result<Output<MessageReport>, String> {
    let report = message::assess(request, &g.analysis_options(), &g.rulesets)?;
    Ok(Output::new(
        Box::new(report),
        select::message(g.format, g.lang),
    ))
}

/// `loanlint letter`'s flags.
#[derive(Debug, Clone, Args)]
pub struct LetterArgs {
    #[command(flatten)]
    pub request: LetterRequest,
    /// Write the letters, the reports, the inputs' and rulesets' SHA-256 and the date into
    /// this new folder.
    #[arg(long)]
    pub evidence: Option<PathBuf>,
}

/// `loanlint letter`: the letters (and, with `--evidence`, their evidence folder).
pub fn letter(g: &GlobalArgs, args: &LetterArgs) -> Result<Output<[Letter]>, String> {
    let request = LetterRequest {
        language: g.lang,
        markdown: g.format == Some(Format::Markdown),
        ..args.request.clone()
    };
    let set = letter::prepare(&request, &g.analysis_options(), &g.rulesets)?;
    if let Some(dir) = &args.evidence {
        set.write_evidence(dir).map_err(shown)?;
    }
    let printer = select::letter(g.format, set.markdown);
    Ok(Output::new(set.letters.into_boxed_slice(), printer))
}

/// `loanlint rules`'s subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum RulesCommand {
    /// Every loaded rule (or, with --jurisdiction, those that can apply there): id, ruleset,
    /// kind, severity, dates of force, grade, citation.
    List,
    /// One rule (or every rule of one ruleset) in full, with its kind's documentation.
    Show {
        /// A rule id or a ruleset id.
        id: String,
    },
}

/// `loanlint rules`: what is loaded (`list`, the default), or one rule or ruleset in full.
pub fn rules(
    g: &GlobalArgs,
    command: Option<&RulesCommand>,
) -> Result<Output<RuleListing>, String> {
    let checker = g.checker()?;
    let id = match command {
        Some(RulesCommand::Show { id }) => Some(id.as_str()),
        _ => None,
    };
    let listing = rule_listing::select(&checker, g.jurisdiction.as_deref(), id)?;
    let printer = select::rules(g.format, g.lang, id.is_some());
    Ok(Output::new(Box::new(listing), printer))
}

/// Where and how `audit` and `summarize` write their report.
fn report_out<'a>(g: &GlobalArgs, target: &'a ReportTarget) -> ReportOut<'a> {
    ReportOut {
        target,
        format: select::audit_format(g.format),
        lang: g.lang,
    }
}

/// `loanlint audit`: every contract of the folders, its report written as it goes.
pub fn audit(g: &GlobalArgs, args: &AuditArgs) -> Result<Finished, String> {
    let out = report_out(g, &args.report);
    args.request.run(out, &g.analysis_options(), &g.rulesets)
}

/// `loanlint summarize`: one audit report from the JSON Lines of many.
pub fn summarize(g: &GlobalArgs, args: &SummarizeArgs) -> Result<Finished, String> {
    crate::audit_command::summarize(&args.shards, report_out(g, &args.report))
}

/// `loanlint serve`: the web page and JSON API until Ctrl-C; `tell` shows a line on standard
/// error (the address served, and the log's counts and timings).
#[cfg(feature = "serve")]
pub fn serve(
    g: &GlobalArgs,
    args: &crate::serve::ServeArgs,
    tell: fn(&dyn std::fmt::Display),
) -> Result<(), String> {
    use std::sync::Arc;

    let checker = g.checker()?;
    let config = args.config(g.analysis_options())?;
    // Counts and timings only: the log never names a file or quotes a document.
    let log: crate::serve::LogSink = Arc::new(move |line| tell(line));
    let server = crate::serve::Server::new(config, checker, log);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(shown)?;
    let stop = Arc::new(tokio::sync::Notify::new());
    let notify = Arc::clone(&stop);
    ctrlc::set_handler(move || notify.notify_one()).map_err(shown)?;
    tell(&format_args!(
        "serving on http://{} (Ctrl-C to stop)",
        args.bind
    ));
    runtime
        .block_on(crate::serve::run(
            server,
            async move { stop.notified().await },
        ))
        .map_err(|e| format!("{}: {e}", args.bind))
}
