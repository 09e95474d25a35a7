//! `compare`: several offers side by side, one column each.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use super::format::{display_amount, display_percent, display_rate_value};
use super::{Lang, Printer};
use crate::audit::FileOutcome;
use crate::compare::Comparison;
use crate::model::{Language, RateKind, Report, Severity};

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

fn label(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    if lang == Language::Zh { zh } else { en }
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

fn row_labels(lang: Lang) -> Vec<&'static str> {
    vec![
        label(lang, "贷款人", "lender"),
        label(lang, "借款本金", "principal"),
        label(lang, "实际到账", "amount received"),
        label(lang, "期限", "term"),
        label(lang, "还款方式", "repayment"),
        label(lang, "合同利率", "stated rate"),
        label(lang, "名义年化利率", "nominal APR"),
        label(lang, "实际年化利率", "effective APR"),
        label(lang, "费用合计", "total fees"),
        label(lang, "还款总额", "total repayable"),
        label(lang, "每借100元的成本", "cost per 100 borrowed"),
        label(lang, "最重的逾期费率", "worst default charge"),
        label(lang, "违规/警示", "violations/warnings"),
        label(lang, "结论", "verdict"),
    ]
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
            cells.push(format!(
                "{}: {message}",
                label(lang, "无法读取", "unreadable")
            ));
            return Column { header, cells };
        }
    };
    let t = &r.terms;
    let cur = t.principal.as_ref().map_or("", |p| p.currency.as_str());
    let money = |d: Option<Decimal>| {
        d.map(|d| display_amount(d, cur))
            .unwrap_or_else(|| "—".into())
    };
    let lender = t
        .lender
        .as_ref()
        .and_then(|l| l.name.clone())
        .unwrap_or_else(|| "—".into());
    let term = t
        .term
        .as_ref()
        .map(|x| match (x.months, x.days) {
            (Some(m), _) => format!("{m} {}", label(lang, "个月", "months")),
            (None, Some(d)) => format!("{d} {}", label(lang, "天", "days")),
            _ => "—".into(),
        })
        .unwrap_or_else(|| "—".into());
    let repayment = t
        .repayment
        .as_ref()
        .and_then(|x| serde_json::to_value(x.method).ok())
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "—".into());
    let stated = t
        .rates
        .iter()
        .find(|x| x.kind == RateKind::Interest)
        .map(|x| {
            let per = serde_json::to_value(x.per)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            format!("{} / {per}", display_rate_value(x.value))
        })
        .unwrap_or_else(|| "—".into());
    let (nominal, effective) = match &r.apr {
        Some(a) => (
            display_percent(a.nominal_percent, 2),
            format!("{} ({})", display_percent(a.effective_percent, 2), a.method),
        ),
        None => ("—".into(), "—".into()),
    };
    let principal = t.principal.as_ref().map(|p| p.amount);
    let cost_per_100 = match (&r.cost, principal) {
        (Some(c), Some(p)) if !p.is_zero() => {
            let charges = c.total_repayable - c.net_disbursed;
            display_amount(
                charges * Decimal::ONE_HUNDRED / c.net_disbursed.max(Decimal::ONE),
                cur,
            )
        }
        _ => "—".into(),
    };
    let worst_default = t
        .rates
        .iter()
        .filter(|x| matches!(x.kind, RateKind::Overdue | RateKind::Penalty))
        .filter_map(|x| x.annual_percent)
        .max()
        .map(|d| format!("{} / {}", display_percent(d, 2), label(lang, "年", "yr")))
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
        verdict.push(label(lang, "⚠ 含违规条款", "⚠ has violations").to_string());
    }
    if is_cheapest {
        verdict.push(label(lang, "★ 实际年化成本最低", "★ cheapest by effective APR").to_string());
    }
    if verdict.is_empty() {
        verdict.push(label(lang, "无违规", "no violations").to_string());
    }
    Column {
        header,
        cells: vec![
            lender,
            money(principal),
            money(t.disbursed.as_ref().map(|d| d.amount)),
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
    (currencies.len() > 1).then(|| {
        label(lang, "注意：各报价币种不同（{}），只比较利率，不比较金额。", "Note: offers are in different currencies ({}); compare the rates only, not the amounts.")
            .replace("{}", &currencies.join(", "))
    })
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
