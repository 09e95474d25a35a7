//! Folder-wide formats: a streamed table with a summary, CSV, Markdown.

use std::io::{self, Write};

use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::format::display_percent;
use super::{JsonArrayPrinter, JsonLinesPrinter, Printer};
use crate::audit::{AuditSummary, FileOutcome};
use std::collections::BTreeMap;

use crate::i18n::{t, tf};
use crate::model::{Language, Report, Severity};

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
            AuditFormat::Table => Box::new(TablePrinter::default()),
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

/// The summary table in `lang`; `titles` names the rules people read (rule id -> title) in
/// Chinese, where a rule id means nothing to a reader.
fn summary_table(
    summary: &AuditSummary,
    lang: Language,
    titles: &BTreeMap<String, String>,
) -> Table {
    let w = |key: &str| t(lang, &format!("audit.{key}")).to_string();
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table.set_header(vec![w("summary"), w("count")]);
    table.add_row(vec![w("files"), summary.files.to_string()]);
    table.add_row(vec![w("read"), summary.read.to_string()]);
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
    table.add_row(vec![w("failed"), failed]);
    table.add_row(vec![w("clean"), summary.clean.to_string()]);
    table.add_row(vec![w("info_only"), summary.with_info.to_string()]);
    table.add_row(vec![w("with_warnings"), summary.with_warnings.to_string()]);
    table.add_row(vec![
        w("with_violations"),
        summary.with_violations.to_string(),
    ]);
    for (id, n) in summary.top_rules(10) {
        let name = match (lang, titles.get(id)) {
            (Language::Zh, Some(title)) => title.as_str(),
            _ => id,
        };
        table.add_row(vec![
            tf(lang, "audit.rule_row", &[("rule", &name)]),
            n.to_string(),
        ]);
    }
    if summary.interrupted {
        table.add_row(vec![w("interrupted"), w("interrupted_yes")]);
    }
    table
}

/// `audit --format table`: one line per file as it is done, then a summary table. In Chinese
/// the line names the result and the counts in words instead of rule ids.
#[derive(Debug, Default)]
pub struct TablePrinter {
    /// The table's language (English by default: a folder may mix languages).
    pub lang: Option<Language>,
    /// Rule id -> the rule's title in the table's language, for the summary.
    titles: BTreeMap<String, String>,
}

impl TablePrinter {
    /// A table in `lang` (English when `None`).
    pub fn new(lang: Option<Language>) -> Self {
        TablePrinter {
            lang,
            titles: BTreeMap::new(),
        }
    }

    fn lang(&self) -> Language {
        self.lang.unwrap_or(Language::En)
    }
}

impl Printer<FileOutcome, AuditSummary> for TablePrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        let lang = self.lang();
        let r = Row::of(outcome);
        if !r.error.is_empty() {
            return writeln!(out, "{}\t{}\t{}", r.file, t(lang, "audit.error"), r.error);
        }
        let FileOutcome::Analysed(report) = outcome else {
            return Ok(());
        };
        if lang == Language::En {
            return writeln!(
                out,
                "{}\t{}\t{}\t{}",
                r.file,
                r.worst,
                short_apr(&r),
                r.finding_ids
            );
        }
        for f in &report.findings {
            self.titles
                .entry(f.rule_id.clone())
                .or_insert_with(|| super::words::title(f, lang));
        }
        let worst = report.worst_severity().map_or_else(
            || t(lang, "audit.clean"),
            |s| super::words::severity_name(s, lang),
        );
        let apr = r
            .nominal_apr
            .parse::<rust_decimal::Decimal>()
            .map(|d| {
                let method = super::words::apr_method_name(&r.apr_method, lang);
                format!("{} {method}", display_percent(d, 2))
            })
            .unwrap_or_default();
        let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
        let counts = tf(
            lang,
            "verdict.counts",
            &[
                ("v", &count(Severity::Violation)),
                ("w", &count(Severity::Warning)),
                ("i", &count(Severity::Info)),
            ],
        );
        writeln!(out, "{}\t{worst}\t{apr}\t{counts}", r.file)
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &AuditSummary) -> io::Result<()> {
        writeln!(out)?;
        writeln!(out, "{}", summary_table(summary, self.lang(), &self.titles))
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
