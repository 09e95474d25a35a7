//! Folder-wide formats: a streamed table with a summary, CSV, Markdown.

use std::io::{self, Write};

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::format::display_percent;
use super::{JsonArrayPrinter, JsonLinesPrinter, Printer};
use crate::audit::{AuditSummary, FileOutcome};
use crate::model::Report;

/// The formats of a folder-wide report (`audit`, `summarize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditFormat {
    Table,
    /// `{"files": [...], "summary": {...}}`.
    Json,
    /// One `check --format json` object per line: the contract between workers.
    Jsonl,
    Csv,
    Markdown,
}

impl AuditFormat {
    pub fn printer(self) -> Box<dyn Printer<FileOutcome, AuditSummary> + Send> {
        match self {
            AuditFormat::Table => Box::new(TablePrinter),
            AuditFormat::Json => Box::new(JsonArrayPrinter::default()),
            AuditFormat::Jsonl => Box::new(JsonLinesPrinter),
            AuditFormat::Csv => Box::new(CsvPrinter::default()),
            AuditFormat::Markdown => Box::new(MarkdownPrinter::default()),
        }
    }
}

/// The figures of one file, as the row formats show them.
pub(crate) struct Row {
    pub file: String,
    pub error: String,
    pub language: String,
    pub principal: String,
    pub currency: String,
    pub disbursed: String,
    pub term_months: String,
    pub term_days: String,
    pub repayment: String,
    pub apr_method: String,
    pub nominal_apr: String,
    pub effective_apr: String,
    pub total_fees: String,
    pub total_repayable: String,
    pub worst: String,
    pub finding_ids: String,
}

fn enum_str<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

impl Row {
    pub(crate) fn of(outcome: &FileOutcome) -> Row {
        match outcome {
            FileOutcome::Failed {
                file,
                reason,
                message,
            } => Row {
                file: file.clone(),
                error: format!("{reason}: {message}"),
                ..Row::empty()
            },
            FileOutcome::Analysed(r) => Row::of_report(r),
        }
    }

    fn empty() -> Row {
        Row {
            file: String::new(),
            error: String::new(),
            language: String::new(),
            principal: String::new(),
            currency: String::new(),
            disbursed: String::new(),
            term_months: String::new(),
            term_days: String::new(),
            repayment: String::new(),
            apr_method: String::new(),
            nominal_apr: String::new(),
            effective_apr: String::new(),
            total_fees: String::new(),
            total_repayable: String::new(),
            worst: String::new(),
            finding_ids: String::new(),
        }
    }

    fn of_report(r: &Report) -> Row {
        let t = &r.terms;
        let mut ids: Vec<&str> = r.findings.iter().map(|f| f.rule_id.as_str()).collect();
        ids.dedup();
        let principal = t.principal.as_ref();
        let term = t.term.as_ref();
        let apr = r.apr.as_ref();
        let cost = r.cost.as_ref();
        Row {
            file: r.file.clone(),
            language: r.language.code().into(),
            principal: text(principal.map(|a| a.amount)),
            currency: text(principal.map(|a| &a.currency)),
            disbursed: text(t.disbursed.as_ref().map(|a| a.amount)),
            term_months: text(term.and_then(|x| x.months)),
            term_days: text(term.and_then(|x| x.days)),
            repayment: text(t.repayment.as_ref().map(|x| enum_str(&x.method))),
            apr_method: text(apr.map(|a| &a.method)),
            nominal_apr: text(apr.map(|a| a.nominal_percent.round_dp(6))),
            effective_apr: text(apr.map(|a| a.effective_percent.round_dp(6))),
            total_fees: text(cost.map(|c| c.total_fees)),
            total_repayable: text(cost.map(|c| c.total_repayable)),
            worst: r
                .worst_severity()
                .map_or_else(|| "clean".into(), |s| s.as_str().to_owned()),
            finding_ids: ids.join(" "),
            ..Row::empty()
        }
    }
}

/// A value as text, or an empty cell.
fn text<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

const CSV_HEADER: [&str; 16] = [
    "file",
    "error",
    "language",
    "principal",
    "currency",
    "disbursed",
    "term_months",
    "term_days",
    "repayment",
    "apr_method",
    "nominal_apr_percent",
    "effective_apr_percent",
    "total_fees",
    "total_repayable",
    "worst_severity",
    "finding_ids",
];

/// One CSV row per file with its key figures (full-precision decimals, no display rounding
/// beyond 6 decimals on APRs).
#[derive(Debug, Default)]
pub struct CsvPrinter {
    started: bool,
}

impl Printer<FileOutcome, AuditSummary> for CsvPrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(&mut *out);
        if !self.started {
            w.write_record(CSV_HEADER)?;
            self.started = true;
        }
        let r = Row::of(outcome);
        w.write_record([
            &r.file,
            &r.error,
            &r.language,
            &r.principal,
            &r.currency,
            &r.disbursed,
            &r.term_months,
            &r.term_days,
            &r.repayment,
            &r.apr_method,
            &r.nominal_apr,
            &r.effective_apr,
            &r.total_fees,
            &r.total_repayable,
            &r.worst,
            &r.finding_ids,
        ])?;
        w.flush()
    }

    fn finish(&mut self, out: &mut dyn Write, _summary: &AuditSummary) -> io::Result<()> {
        if !self.started {
            let mut w = csv::WriterBuilder::new().from_writer(&mut *out);
            w.write_record(CSV_HEADER)?;
            w.flush()?;
        }
        Ok(())
    }
}

fn short_apr(r: &Row) -> String {
    r.nominal_apr
        .parse::<rust_decimal::Decimal>()
        .map(|d| format!("{} {}", display_percent(d, 2), r.apr_method))
        .unwrap_or_default()
}

fn summary_table(summary: &AuditSummary) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec!["summary", "files"]);
    t.add_row(vec!["files".to_string(), summary.files.to_string()]);
    t.add_row(vec!["read".to_string(), summary.read.to_string()]);
    let reasons: Vec<String> = summary
        .failed_by_reason
        .iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    let failed = if reasons.is_empty() {
        summary.failed.to_string()
    } else {
        format!("{} ({})", summary.failed, reasons.join(", "))
    };
    t.add_row(vec!["failed".to_string(), failed]);
    t.add_row(vec!["clean".to_string(), summary.clean.to_string()]);
    t.add_row(vec![
        "with info only".to_string(),
        summary.with_info.to_string(),
    ]);
    t.add_row(vec![
        "with warnings".to_string(),
        summary.with_warnings.to_string(),
    ]);
    t.add_row(vec![
        "with violations".to_string(),
        summary.with_violations.to_string(),
    ]);
    for (id, n) in summary.top_rules(10) {
        t.add_row(vec![format!("rule {id}"), n.to_string()]);
    }
    if summary.interrupted {
        t.add_row(vec![
            "interrupted".to_string(),
            "yes: not every file was analysed".to_string(),
        ]);
    }
    t
}

/// `audit --format table`: one line per file as it is done, then a summary table.
#[derive(Debug, Default)]
pub struct TablePrinter;

impl Printer<FileOutcome, AuditSummary> for TablePrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        let r = Row::of(outcome);
        if r.error.is_empty() {
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                r.file,
                r.worst,
                short_apr(&r),
                r.finding_ids
            )
        } else {
            writeln!(out, "{}\terror\t{}", r.file, r.error)
        }
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &AuditSummary) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", summary_table(summary))
    }
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// `audit --format markdown`: a Markdown table, then the summary.
#[derive(Debug, Default)]
pub struct MarkdownPrinter {
    started: bool,
}

impl Printer<FileOutcome, AuditSummary> for MarkdownPrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        if !self.started {
            writeln!(out, "| file | result | APR | findings |")?;
            writeln!(out, "|---|---|---|---|")?;
            self.started = true;
        }
        let r = Row::of(outcome);
        let result = if r.error.is_empty() {
            r.worst.clone()
        } else {
            format!("error: {}", r.error)
        };
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            md_cell(&r.file),
            md_cell(&result),
            md_cell(&short_apr(&r)),
            md_cell(&r.finding_ids)
        )
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &AuditSummary) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "| summary | files |")?;
        writeln!(out, "|---|---|")?;
        writeln!(out, "| files | {} |", summary.files)?;
        writeln!(out, "| read | {} |", summary.read)?;
        writeln!(out, "| failed | {} |", summary.failed)?;
        writeln!(out, "| clean | {} |", summary.clean)?;
        writeln!(out, "| with warnings | {} |", summary.with_warnings)?;
        writeln!(out, "| with violations | {} |", summary.with_violations)?;
        for (id, n) in summary.top_rules(10) {
            writeln!(out, "| rule `{id}` | {n} |")?;
        }
        Ok(())
    }
}
