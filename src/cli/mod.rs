//! Command-line interface: the clap definitions and the dispatch. Each command's flags are a
//! flag group of the library, and its work a function of [`loanlint::command`] that returns
//! the report with the printer `--format` chose; this module only writes it to standard
//! output, tells the user on standard error and applies the one exit policy.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use loanlint::audit_command::{AuditArgs, Finished, SummarizeArgs};
use loanlint::command::{self as run, GlobalArgs, Output, RulesCommand};
use loanlint::exit::{EXIT_ERROR, Outcome};

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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check one contract: key terms, annualised cost, findings.
    Check(run::CheckArgs),
    /// Check every contract under one or more folders, in parallel.
    Audit(AuditArgs),
    /// One audit report (table, JSON, CSV, Markdown, HTML) from the JSON Lines of many audits.
    Summarize(SummarizeArgs),
    /// Compare several offers side by side.
    Compare(run::CompareArgs),
    /// The annualised rate of cash flows (FLOWS.json or --amount/--payment/--count).
    Apr(loanlint::apr_command::AprRequest),
    /// What a late payment costs under the contract, and what the law allows.
    Overdue(loanlint::overdue::OverdueArgs),
    /// Is a collection message (SMS, chat, e-mail) lawful, and is it genuine?
    Message(loanlint::message::MessageRequest),
    /// The next step as a document: settle at the lawful amount, dispute a demand, complain
    /// about unlawful collection, report a scam (with --evidence: a hashed evidence folder).
    Letter(run::LetterArgs),
    /// The loaded rulesets and rules: `rules list`, `rules show <ID>`.
    Rules {
        #[command(subcommand)]
        command: Option<RulesCommand>,
    },
    /// A web page and JSON API for borrowers and other services (see docs/serve.md).
    #[cfg(feature = "serve")]
    Serve(loanlint::serve::ServeArgs),
    /// Print the normalised text exactly as the analysis sees it, with page markers.
    Text(run::TextArgs),
}

/// Tell the user something on standard error.
fn warn(message: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "loanlint: {message}");
}

/// Report an error on standard error and return exit code 2.
fn fail(message: impl std::fmt::Display) -> u8 {
    warn(message);
    EXIT_ERROR
}

/// Map a write error to exit code 2; a closed pipe (`| head`) is not an error.
fn written(result: io::Result<()>) -> Result<(), u8> {
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(fail(e)),
        _ => Ok(()),
    }
}

/// The exit code for `outcome` under `--fail-on`/`--exit-zero`, telling why when it says.
fn exit(global: &GlobalArgs, outcome: &(impl Outcome + ?Sized)) -> u8 {
    let (code, message) = global.policy.exit(outcome);
    message.into_iter().for_each(warn);
    code
}

/// Write a command's output to standard output, then its notes to standard error; return its
/// exit code.
fn emit<T: Outcome + ?Sized, S: Default>(
    global: &GlobalArgs,
    output: Result<Output<T, S>, String>,
) -> Result<u8, u8> {
    let mut output = output.map_err(fail)?;
    let printed = written(output.write(&mut io::stdout().lock()));
    output.notes.iter().for_each(warn);
    printed?;
    Ok(exit(global, &*output.report))
}

/// The exit code of an audit (or summary) that wrote its own report.
fn finish(global: &GlobalArgs, finished: Result<Finished, String>) -> Result<u8, u8> {
    let mut finished = finished.map_err(fail)?;
    written(std::mem::replace(&mut finished.written, Ok(())))?;
    Ok(exit(global, &finished.run()))
}

pub fn main() -> ExitCode {
    let cli: Cli = loanlint::i18n::parse_cli();
    let g = &cli.global;
    // Each command returns its exit code; `Err` carries one for an error already reported.
    let code = match &cli.command {
        Command::Check(args) => emit(g, run::check(g, args)),
        Command::Audit(args) => finish(g, run::audit(g, args)),
        Command::Summarize(args) => finish(g, run::summarize(g, args)),
        Command::Compare(args) => emit(g, run::compare(g, args)),
        Command::Apr(request) => emit(g, run::apr(g, request)),
        Command::Overdue(args) => emit(g, run::overdue(g, args)),
        Command::Message(request) => emit(g, run::message(g, request)),
        Command::Letter(args) => emit(g, run::letter(g, args)),
        Command::Rules { command } => emit(g, run::rules(g, command.as_ref())),
        Command::Text(args) => emit(g, run::text(g, args)),
        #[cfg(feature = "serve")]
        Command::Serve(args) => run::serve(g, args, |line| warn(line))
            .map(|()| loanlint::exit::EXIT_CLEAN)
            .map_err(fail),
    }
    .unwrap_or_else(|code| code);
    ExitCode::from(code)
}
