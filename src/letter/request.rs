//! The `letter` command's work: analyse the contract, read the message (when given), work out
//! the lawful claim, choose the letters, and gather what the evidence folder holds.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{Letter, LetterInput, evidence, lender_name, letters};
use crate::analysis::{Analysis, AnalysisOptions};
use crate::check::Checker;
use crate::message::{
    MessageReport, MessageRules, analyse_delivered, message_text, parse_received,
};
use crate::model::{Language, Report};
use crate::overdue::{self, NoSchedule, OverdueReport, OverdueRequest};
use crate::report::{OverduePrinter, Printer};

/// What `loanlint letter` is asked (its flags, but for `--evidence`).
#[derive(Debug, Clone, Args)]
pub struct LetterRequest {
    /// The loan contract.
    pub contract: PathBuf,
    /// The collection message received (a text file, or `-` for standard input).
    #[arg(long)]
    pub message: Option<PathBuf>,
    /// Days overdue.
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Which instalment(s) were missed (comma-separated; default: the first).
    #[arg(long, value_delimiter = ',')]
    pub missed: Vec<u32>,
    /// Nothing paid since this date (YYYY-MM-DD).
    #[arg(long, conflicts_with = "missed")]
    pub since: Option<NaiveDate>,
    /// The date of the letters, and the date days are counted to (default: today).
    #[arg(long)]
    pub today: Option<NaiveDate>,
    /// A sum demanded (default: the one the message names).
    #[arg(long)]
    pub demanded: Option<Decimal>,
    /// When the message arrived (`2026-11-30T23:10`; repeat once per message).
    #[arg(long, value_parser = parse_received)]
    pub received: Vec<NaiveDateTime>,
    /// Months of instalments to ask for.
    #[arg(long, default_value_t = 6)]
    pub instalments: u32,
    /// The letters' language (`--lang`; default: the contract's).
    #[arg(skip)]
    pub language: Option<Language>,
    /// Markdown letters (`--format markdown`; else plain text).
    #[arg(skip)]
    pub markdown: bool,
}

/// The letters, with the reports they rest on (for the evidence folder).
#[derive(Debug, Clone)]
pub struct LetterSet {
    pub letters: Vec<Letter>,
    pub language: Language,
    pub markdown: bool,
    pub date: NaiveDate,
    pub overdue: OverdueReport,
    pub check: Report,
    pub message: Option<MessageReport>,
    /// The files read: the contract and the message (not standard input).
    pub inputs: Vec<PathBuf>,
}

/// Work out the letters for `request`; errors name the file they are about, ready to show.
pub fn prepare(
    request: &LetterRequest,
    options: &AnalysisOptions,
    rulesets: &[String],
) -> Result<LetterSet, String> {
    let contract = request.contract.display();
    let date = (request.today).unwrap_or_else(|| chrono::Utc::now().date_naive());
    let (checker, analysis) = overdue::load_contract(&request.contract, options, rulesets)?;
    let text = match &request.message {
        None => None,
        Some(path) => Some(message_text(path, "the message is empty")?),
    };
    let case = assemble(
        &analysis,
        &checker,
        CaseFacts {
            message: text.as_deref(),
            jurisdiction: options.jurisdiction.as_deref(),
            // Days come from `since` with the letter's date, or from `days` (and `missed`).
            overdue: OverdueRequest {
                days: request.days,
                missed: request.missed.clone(),
                amount_overdue: None,
                demanded: request.demanded,
                since: request.since,
                today: request.since.map(|_| date),
            },
            received: &request.received,
            date,
            language: request.language,
            instalments: request.instalments,
        },
    )?;
    let report = case.overdue.map_err(|e| format!("{contract}: {e}"))?;
    let (letters, message) = (case.letters, case.message);
    if letters.is_empty() {
        return Err(format!(
            "{contract}: no lawful claim could be computed (no schedule); no letter written"
        ));
    }
    let language = request.language.unwrap_or(report.language);
    let mut inputs = vec![request.contract.clone()];
    let read_files = request.message.iter().filter(|p| p.as_os_str() != "-");
    inputs.extend(read_files.cloned());
    Ok(LetterSet {
        letters,
        language,
        markdown: request.markdown,
        date,
        overdue: report,
        check: analysis.report,
        message,
        inputs,
    })
}

/// A case besides its contract: the message received, the overdue situation, and the date
/// and language of the letters (the `letter` command's and the web page's).
#[derive(Debug, Clone)]
pub struct CaseFacts<'a> {
    /// The message's text, when there is one.
    pub message: Option<&'a str>,
    /// The jurisdiction asked for (the message rules' choice).
    pub jurisdiction: Option<&'a str>,
    /// The overdue situation; its `demanded` is the sum given, else the message's is used.
    pub overdue: OverdueRequest,
    /// When the message (and earlier ones from the same sender) arrived.
    pub received: &'a [NaiveDateTime],
    /// The date of the letters.
    pub date: NaiveDate,
    /// The letters' language (default: the contract's).
    pub language: Option<Language>,
    /// Months of instalments to ask for.
    pub instalments: u32,
}

/// What a case comes to: the message's verdict, the lawful claim (an error without a
/// schedule) and the letters it calls for (none without a claim).
#[derive(Debug, Clone)]
pub struct Case {
    pub message: Option<MessageReport>,
    pub overdue: Result<OverdueReport, NoSchedule>,
    pub letters: Vec<Letter>,
}

/// The message's verdict against the contract, the lawful claim and the letters for an
/// analysed contract. Errs only when the bundled message rules cannot be loaded.
pub fn assemble(
    analysis: &Analysis,
    checker: &Checker,
    facts: CaseFacts<'_>,
) -> Result<Case, String> {
    let mut request = facts.overdue;
    let given = request.demanded.take();
    let message = match facts.message {
        None => None,
        Some(text) => {
            let rules = MessageRules::bundled().map_err(|e| e.to_string())?;
            let context = overdue::contract_context_for(analysis, checker, &request);
            Some(analyse_delivered(
                text,
                rules,
                Some(&context),
                facts.jurisdiction,
                facts.received,
            ))
        }
    };
    request.demanded = given.or_else(|| message.as_ref().and_then(|r| r.demanded));
    let overdue = overdue::assess(analysis, checker, &request);
    let letters = overdue.as_ref().map_or_else(
        |_| Vec::new(),
        |report| {
            letters(&LetterInput {
                overdue: report,
                lender: lender_name(&analysis.report),
                message: facts.message.zip(message.as_ref()),
                date: facts.date,
                language: facts.language.unwrap_or(report.language),
                instalments: facts.instalments,
            })
        },
    );
    Ok(Case {
        message,
        overdue,
        letters,
    })
}

impl Letter {
    /// The letter as written: Markdown, or plain text.
    pub fn body(&self, markdown: bool) -> String {
        match markdown {
            true => self.markdown.clone(),
            false => self.text(),
        }
    }
}

impl LetterSet {
    /// Write the evidence folder `dir` (complete or absent): the letters, the reports, and a
    /// manifest with the inputs' and rulesets' SHA-256 and the date.
    pub fn write_evidence(&self, dir: &Path) -> Result<(), String> {
        let ext = if self.markdown { "md" } else { "txt" };
        let mut files: Vec<(String, String)> = self
            .letters
            .iter()
            .map(|l| {
                (
                    format!("letter-{}.{ext}", l.kind.id()),
                    l.body(self.markdown),
                )
            })
            .collect();
        let mut human = Vec::new();
        let mut printer = OverduePrinter {
            lang: Some(self.language),
        };
        printer
            .print(&mut human, &self.overdue)
            .map_err(|e| e.to_string())?;
        files.push((
            "report-overdue.txt".into(),
            String::from_utf8_lossy(&human).into_owned(),
        ));
        files.push(("report-overdue.json".into(), to_json(&self.overdue)?));
        files.push(("report-check.json".into(), to_json(&self.check)?));
        if let Some(m) = &self.message {
            files.push(("report-message.json".into(), to_json(m)?));
        }
        let manifest =
            evidence::manifest(&self.inputs, self.date, &files).map_err(|e| e.to_string())?;
        evidence::write(dir, &manifest, &files).map_err(|e| format!("{}: {e}", dir.display()))
    }
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}
