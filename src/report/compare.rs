//! `compare`: several offers side by side, one column each.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::format::{display_amount_in, display_percent, display_rate_value};
use super::{Lang, Printer};
use crate::audit::FileOutcome;
use crate::compare::Comparison;
use crate::i18n::{self, t, tf};
use crate::model::{FeeTiming, Per, RateKind, Report, Severity, Terms};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareFormat {
    Table,
    Markdown,
    Csv,
}

struct Column {
    header: String,
    cells: Vec<String>,
}

/// The offer with the lowest effective APR among analysed reports (index into `outcomes`).
fn cheapest(outcomes: &[FileOutcome]) -> Option<usize> {
    outcomes
        .iter()
        .enumerate()
        .filter_map(|(i, o)| match o {
            FileOutcome::Analysed(r) => r.apr.as_ref().map(|a| (i, a.effective_percent)),
            FileOutcome::Failed { .. } => None,
        })
        .min_by(|a, b| a.1.cmp(&b.1))
        .map(|(i, _)| i)
}

/// The rows, top to bottom (catalogue keys under `compare.`).
const ROWS: [&str; 14] = [
    "lender",
    "principal",
    "received",
    "term",
    "repayment",
    "stated_rate",
    "nominal",
    "effective",
    "fees",
    "total",
    "per_100",
    "worst_default",
    "counts",
    "verdict",
];

fn row_labels(lang: Lang) -> Vec<&'static str> {
    ROWS.iter()
        .map(|k| t(lang, &format!("compare.{k}")))
        .collect()
}

/// The heaviest annualised charge of any kind due on default (overdue interest, penalty, a
/// collection fee charged by the day, week, month or year), labelled with what it is. A
/// one-off charge has no annual figure without an assumed duration, so it is left out.
fn worst_default_charge(terms: &Terms, lang: Lang) -> Option<(Decimal, String)> {
    let rates = terms
        .rates
        .iter()
        .filter(|x| matches!(x.kind, RateKind::Overdue | RateKind::Penalty))
        .filter_map(|x| {
            let what = match x.label.is_empty() {
                true => i18n::word(lang, "rate_kind", &x.kind).to_string(),
                false => x.label.clone(),
            };
            x.annual_percent.map(|a| (a, what))
        });
    let fees = terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::OnDefault)
        .filter_map(|f| {
            let per_year = match f.per? {
                Per::Day => Decimal::from(365),
                Per::Week => Decimal::from(52),
                Per::Month => Decimal::from(12),
                Per::Year => Decimal::ONE,
                Per::Once => return None,
            };
            let what = match f.name.is_empty() {
                true => t(lang, "compare.collection_fee").to_string(),
                false => f.name.clone(),
            };
            Some((f.percent? * per_year, what))
        });
    rates.chain(fees).max_by(|a, b| a.0.cmp(&b.0))
}

fn column(o: &FileOutcome, is_cheapest: bool, lang: Lang) -> Column {
    let header = std::path::Path::new(o.file()).file_name().map_or_else(
        || o.file().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let r: &Report = match o {
        FileOutcome::Analysed(r) => r,
        FileOutcome::Failed { message, .. } => {
            let mut cells = vec![String::new(); 13];
            cells.push(format!("{}: {message}", t(lang, "compare.unreadable")));
            return Column { header, cells };
        }
    };
    let terms = &r.terms;
    let cur = terms.principal.as_ref().map_or("", |p| p.currency.as_str());
    let money = |d: Option<Decimal>| {
        d.map(|d| display_amount_in(d, cur, lang))
            .unwrap_or_else(|| "—".into())
    };
    let lender = terms
        .lender
        .as_ref()
        .and_then(|l| l.name.clone())
        .unwrap_or_else(|| "—".into());
    let term = terms
        .term
        .as_ref()
        .filter(|x| x.months.is_some() || x.days.is_some())
        .map(|x| super::human::term_value(x, lang))
        .unwrap_or_else(|| "—".into());
    let repayment = terms
        .repayment
        .as_ref()
        .map(|x| i18n::word(lang, "method", &x.method).to_string())
        .unwrap_or_else(|| "—".into());
    let stated = terms
        .rates
        .iter()
        .find(|x| x.kind == RateKind::Interest)
        .map(|x| {
            let rate = display_rate_value(x.value);
            let unit = i18n::word(lang, "per_unit", &x.per);
            tf(
                lang,
                "compare.rate_per",
                &[("rate", &rate), ("unit", &unit)],
            )
        })
        .unwrap_or_else(|| "—".into());
    let (nominal, effective) = match &r.apr {
        Some(a) => (
            display_percent(a.nominal_percent, 2),
            format!(
                "{} ({})",
                display_percent(a.effective_percent, 2),
                super::words::apr_method_name(&a.method, lang)
            ),
        ),
        None => ("—".into(), "—".into()),
    };
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let cost_per_100 = match (&r.cost, principal) {
        (Some(c), Some(p)) if !p.is_zero() => {
            let charges = c.total_repayable - c.net_disbursed;
            display_amount_in(
                charges * Decimal::ONE_HUNDRED / c.net_disbursed.max(Decimal::ONE),
                cur,
                lang,
            )
        }
        _ => "—".into(),
    };
    let worst_default = worst_default_charge(terms, lang)
        .map(|(d, what)| {
            let pct = display_percent(d, 2);
            tf(lang, "compare.worst_of", &[("pct", &pct), ("what", &what)])
        })
        .unwrap_or_else(|| "—".into());
    let violations = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Violation)
        .count();
    let warnings = r
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let mut verdict = Vec::new();
    if violations > 0 {
        verdict.push(t(lang, "compare.has_violations").to_string());
    }
    if is_cheapest {
        verdict.push(t(lang, "compare.cheapest").to_string());
    }
    if verdict.is_empty() {
        verdict.push(t(lang, "compare.no_violations").to_string());
    }
    Column {
        header,
        cells: vec![
            lender,
            money(principal),
            money(terms.disbursed.as_ref().map(|d| d.amount)),
            term,
            repayment,
            stated,
            nominal,
            effective,
            money(r.cost.as_ref().map(|c| c.total_fees)),
            money(r.cost.as_ref().map(|c| c.total_repayable)),
            cost_per_100,
            worst_default,
            format!("{violations} / {warnings}"),
            verdict.join("; "),
        ],
    }
}

/// Note when offers are in different currencies: then only rates are comparable.
fn mixed_note(outcomes: &[FileOutcome], lang: Lang) -> Option<String> {
    let mut currencies: Vec<&str> = outcomes
        .iter()
        .filter_map(|o| match o {
            FileOutcome::Analysed(r) => r.terms.principal.as_ref().map(|p| p.currency.as_str()),
            FileOutcome::Failed { .. } => None,
        })
        .collect();
    currencies.sort_unstable();
    currencies.dedup();
    (currencies.len() > 1).then(|| tf(lang, "compare.mixed", &[("list", &currencies.join(", "))]))
}

/// `compare --format json`: `{"offers": [...]}`, each offer its report or
/// `{"file", "error": {"reason", "message"}}`.
impl Serialize for Comparison {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let offers: Vec<serde_json::Value> = self
            .offers
            .iter()
            .map(|o| match o {
                FileOutcome::Analysed(r) => serde_json::to_value(r).unwrap_or_default(),
                FileOutcome::Failed {
                    file,
                    reason,
                    message,
                } => {
                    serde_json::json!({"file": file, "error": {"reason": reason, "message": message}})
                }
            })
            .collect();
        serde_json::json!({ "offers": offers }).serialize(serializer)
    }
}

/// The offers side by side, one column each, as a table, Markdown or CSV.
#[derive(Debug, Clone)]
pub struct ComparePrinter {
    pub format: CompareFormat,
    /// The labels' language; by default Chinese when any offer is Chinese.
    pub lang: Option<Lang>,
    /// The table's width (`None`: the terminal's).
    pub width: Option<u16>,
}

impl Printer<Comparison> for ComparePrinter {
    fn print(&mut self, out: &mut dyn Write, comparison: &Comparison) -> io::Result<()> {
        let lang = self.lang.unwrap_or_else(|| comparison.language());
        let text = render(&comparison.offers, self.format, lang, self.width);
        out.write_all(text.as_bytes())
    }
}

/// Render the comparison of `outcomes` (already in the order to show).
fn render(
    outcomes: &[FileOutcome],
    format: CompareFormat,
    lang: Lang,
    width: Option<u16>,
) -> String {
    let best = cheapest(outcomes);
    let columns: Vec<Column> = outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| column(o, Some(i) == best, lang))
        .collect();
    let note = mixed_note(outcomes, lang);
    // One grid (header row, then a row per label) feeds every format.
    let mut header = vec![String::new()];
    header.extend(columns.iter().map(|c| c.header.clone()));
    let rows: Vec<Vec<String>> = row_labels(lang)
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let mut row = vec![l.to_string()];
            row.extend(
                columns
                    .iter()
                    .map(|c| c.cells.get(i).cloned().unwrap_or_default()),
            );
            row
        })
        .collect();
    match format {
        CompareFormat::Table => {
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
            if let Some(w) = width {
                t.set_width(w);
            }
            t.set_header(header);
            for row in rows {
                t.add_row(row);
            }
            let mut s = t.to_string();
            s.push('\n');
            if let Some(n) = note {
                s.push_str(&n);
                s.push('\n');
            }
            s
        }
        CompareFormat::Markdown => {
            let line = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
                format!("| {} |\n", cells.join(" | "))
            };
            let mut s = line(&header);
            s.push_str("|---|");
            s.push_str(&"---|".repeat(columns.len()));
            s.push('\n');
            for row in &rows {
                s.push_str(&line(row));
            }
            if let Some(n) = note {
                s.push_str(&format!("\n{n}\n"));
            }
            s
        }
        CompareFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            for record in std::iter::once(&header).chain(rows.iter()) {
                let _ = w.write_record(record);
            }
            w.into_inner()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        }
    }
}
