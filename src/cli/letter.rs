//! `loanlint letter`: the borrower's next step as a document (text or Markdown), with an
//! optional evidence folder.

use std::io::Write;
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use clap::Args;
use loanlint::letter::{self, LetterInput, evidence};
use loanlint::message::{MessageRules, analyse_delivered};
use loanlint::overdue::{self, OverdueRequest};
use loanlint::report::{OverduePrinter, Printer};
use rust_decimal::Decimal;

use super::{EXIT_CLEAN, Format, GlobalArgs, fail, written};

#[derive(Debug, Args)]
pub struct LetterArgs {
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
    #[arg(long, value_parser = super::message::parse_received)]
    pub received: Vec<NaiveDateTime>,
    /// Months of instalments to ask for.
    #[arg(long, default_value_t = 6)]
    pub instalments: u32,
    /// Write the letters, the reports, the inputs' and rulesets' SHA-256 and the date into
    /// this new folder.
    #[arg(long)]
    pub evidence: Option<PathBuf>,
}

pub fn run(global: &GlobalArgs, args: &LetterArgs) -> Result<u8, u8> {
    let (checker, analysis) = super::overdue::analyse_contract(global, &args.contract)?;
    let date = args
        .today
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let message = match &args.message {
        None => None,
        Some(path) => {
            let text = super::message::read_message(path)
                .map_err(|e| fail(format!("{}: {e}", path.display())))?;
            if text.trim().is_empty() {
                return Err(fail(format!("{}: the message is empty", path.display())));
            }
            Some(text)
        }
    };
    let rules = MessageRules::bundled().map_err(fail)?;
    // Days come from --since with the letter's date, or from --days (and --missed).
    let mut request = OverdueRequest {
        days: args.days,
        missed: args.missed.first().copied(),
        amount_overdue: None,
        demanded: None,
        also_missed: args.missed.iter().skip(1).copied().collect(),
        since: args.since,
        today: args.since.map(|_| date),
    };
    let context = overdue::contract_context_for(&analysis, &checker, &request);
    let message_report = message.as_deref().map(|t| {
        analyse_delivered(
            t,
            rules,
            Some(&context),
            global.jurisdiction.as_deref(),
            &args.received,
        )
    });
    request.demanded = args
        .demanded
        .or_else(|| message_report.as_ref().and_then(|r| r.demanded));
    let report = overdue::assess(&analysis, &checker, &request)
        .map_err(|e| fail(format!("{}: {e}", args.contract.display())))?;
    let language = global.lang().unwrap_or(report.language);
    let input = LetterInput {
        overdue: &report,
        lender: analysis
            .report
            .terms
            .lender
            .as_ref()
            .and_then(|l| l.name.clone()),
        message: message.as_deref().zip(message_report.as_ref()),
        date,
        language,
        instalments: args.instalments,
    };
    let letters = letter::letters(&input);
    if letters.is_empty() {
        return Err(fail(format!(
            "{}: no lawful claim could be computed (no schedule); no letter written",
            args.contract.display()
        )));
    }
    let markdown = global.format == Some(Format::Markdown);
    let body = |l: &letter::Letter| {
        if markdown {
            l.markdown.clone()
        } else {
            l.text()
        }
    };
    if let Some(dir) = &args.evidence {
        let ext = if markdown { "md" } else { "txt" };
        let mut files: Vec<(String, String)> = letters
            .iter()
            .map(|l| (format!("letter-{}.{ext}", l.kind.id()), body(l)))
            .collect();
        let mut human = Vec::new();
        OverduePrinter {
            lang: Some(language),
        }
        .print(&mut human, &report)
        .map_err(fail)?;
        files.push((
            "report-overdue.txt".into(),
            String::from_utf8_lossy(&human).into_owned(),
        ));
        files.push(("report-overdue.json".into(), to_json(&report)?));
        files.push(("report-check.json".into(), to_json(&analysis.report)?));
        if let Some(m) = &message_report {
            files.push(("report-message.json".into(), to_json(m)?));
        }
        let mut inputs = vec![args.contract.clone()];
        inputs.extend(
            args.message
                .iter()
                .filter(|p| p.as_os_str() != "-")
                .cloned(),
        );
        let manifest = evidence::manifest(&inputs, date, &files).map_err(fail)?;
        evidence::write(dir, &manifest, &files)
            .map_err(|e| fail(format!("{}: {e}", dir.display())))?;
    }
    if global.format == Some(Format::Json) {
        let json = to_json(&letters)?;
        written(std::io::stdout().write_all(json.as_bytes()))?;
        return Ok(EXIT_CLEAN);
    }
    let text = letters
        .iter()
        .map(body)
        .collect::<Vec<_>>()
        .join("\n---\n\n");
    written(std::io::stdout().write_all(text.as_bytes()))?;
    Ok(EXIT_CLEAN)
}

fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, u8> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(fail)
}
