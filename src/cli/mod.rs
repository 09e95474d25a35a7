//! Command-line interface: clap definitions and dispatch. Everything that analyses lives in the
//! library and every output in `loanlint::report`; this module only turns arguments into
//! options, picks a printer, writes what it renders and applies the one exit policy.

mod apr;
mod audit;
mod check;
mod compare;
mod letter;
mod message;
mod overdue;
mod rules;
#[cfg(feature = "serve")]
mod serve;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use loanlint::check::Checker;
use loanlint::exit::{ExitPolicy, Outcome};
use loanlint::report::{Format, Printer};
use loanlint::{AnalysisOptions, Language};

use loanlint::exit::EXIT_ERROR;

#[derive(Debug, Parser)]
#[command(
    name = "loanlint",
    version,
    about = "Reads loan contracts (PDF or text, Chinese or English), shows what the loan really costs and which terms break the law.",
    after_help = "Exit codes: 0 no findings at or above --fail-on, 1 such findings, 2 usage, input or ruleset error."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check one contract: key terms, annualised cost, findings.
    Check {
        /// The contract (.pdf, .html, .docx, .txt, .md, or screenshots .png/.jpg/.webp).
        /// Several files are read as one contract, in the order given.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Read every readable file of the folder given as one contract (its screenshots),
        /// in natural name order (shot2 before shot10).
        #[arg(long)]
        as_one: bool,
        /// Also write the report as a self-contained HTML page here (to share or print).
        #[arg(long, value_name = "PATH")]
        html: Option<PathBuf>,
    },
    /// Check every contract under one or more folders, in parallel.
    Audit(audit::AuditArgs),
    /// One audit report (table, JSON, CSV, Markdown, HTML) from the JSON Lines of many audits.
    Summarize(audit::SummarizeArgs),
    /// Compare several offers side by side.
    Compare(compare::CompareArgs),
    /// The annualised rate of cash flows (FLOWS.json or --amount/--payment/--count).
    Apr(apr::AprArgs),
    /// What a late payment costs under the contract, and what the law allows.
    Overdue(overdue::OverdueArgs),
    /// Is a collection message (SMS, chat, e-mail) lawful, and is it genuine?
    Message(message::MessageArgs),
    /// The next step as a document: settle at the lawful amount, dispute a demand, complain
    /// about unlawful collection, report a scam (with --evidence: a hashed evidence folder).
    Letter(letter::LetterArgs),
    /// The loaded rulesets and rules: `rules list`, `rules show <ID>`.
    Rules {
        #[command(subcommand)]
        command: Option<rules::RulesCommand>,
    },
    /// A web page and JSON API for borrowers and other services (see docs/serve.md).
    #[cfg(feature = "serve")]
    Serve(serve::ServeArgs),
    /// Print the normalised text exactly as the analysis sees it, with page markers.
    Text {
        /// Several files are read as one document, in the order given.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Read every readable file of the folder given as one document.
        #[arg(long)]
        as_one: bool,
    },
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
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
            EngineArg::Native => loanlint::read::Engine::Native,
            EngineArg::Pdftotext => loanlint::read::Engine::Pdftotext,
        };
        // Each PDF is read in a child process (this binary, `__read-pdf`) with time and
        // memory limits, so a crafted file costs one file, never the run.
        options.read.isolate = std::env::current_exe().ok();
        options
    }

    pub fn checker(&self) -> Result<Checker, u8> {
        Checker::load(&self.rulesets).map_err(|e| fail(format!("ruleset error: {e}")))
    }

    /// The exit code for `outcome` under `--fail-on`/`--exit-zero`, telling why when it says.
    pub fn exit(&self, outcome: &(impl Outcome + ?Sized)) -> u8 {
        let (code, message) = self.policy.exit(outcome);
        message.into_iter().for_each(warn);
        code
    }
}

/// Tell the user something on standard error.
pub fn warn(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "loanlint: {message}");
}

/// Report an error on standard error and return exit code 2.
pub fn fail(message: impl std::fmt::Display) -> u8 {
    warn(message);
    EXIT_ERROR
}

/// Map a write error to exit code 2; a closed pipe (`| head`) is not an error.
pub fn written(result: io::Result<()>) -> Result<(), u8> {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(fail(e)),
        _ => Ok(()),
    }
}

/// Write `item` to standard output with `printer` and close the output, then return its exit
/// code: the one exit policy of every command.
pub fn emit<T: Outcome + ?Sized, S: Default>(
    global: &GlobalArgs,
    printer: &mut dyn Printer<T, S>,
    item: &T,
) -> Result<u8, u8> {
    let mut out = io::stdout().lock();
    let printed = printer.print(&mut out, item);
    written(printed.and_then(|_| printer.finish(&mut out, &S::default())))?;
    Ok(global.exit(item))
}

pub fn main() -> ExitCode {
    let cli: Cli = loanlint::i18n::parse_cli();
    // Each command returns its exit code; `Err` carries one for an error already reported.
    let code = match &cli.command {
        Command::Check {
            files,
            as_one,
            html,
        } => check::run(&cli.global, files, *as_one, html.as_deref()),
        Command::Audit(args) => audit::run(&cli.global, args),
        Command::Summarize(args) => audit::summarize(&cli.global, args),
        Command::Compare(args) => compare::run(&cli.global, args),
        Command::Apr(args) => apr::run(&cli.global, args),
        Command::Overdue(args) => overdue::run(&cli.global, args),
        Command::Message(args) => message::run(&cli.global, args),
        Command::Letter(args) => letter::run(&cli.global, args),
        Command::Rules { command } => rules::run(&cli.global, command.as_ref()),
        Command::Text { files, as_one } => check::text(&cli.global, files, *as_one),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::run(&cli.global, args),
    }
    .unwrap_or_else(|code| code);
    ExitCode::from(code)
}
