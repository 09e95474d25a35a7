//! `audit --html`: one self-contained HTML file (no network resources): the summary, a chart of
//! the annualised cost per contract against reference caps (inline SVG), the findings grouped by
//! rule with links to each contract's details and evidence quotes.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::Printer;
use super::format::display_percent;
use crate::audit::{AuditSummary, FileOutcome};
use crate::model::Severity;

/// What the page keeps of one file (a digest, so memory stays small for large folders).
#[derive(Debug, Clone)]
struct FileDigest {
    file: String,
    error: Option<String>,
    apr: Option<(Decimal, String)>,
    findings: Vec<(String, Severity, String, Vec<String>)>,
}

/// Collects digests as outcomes stream past, then renders the page.
#[derive(Debug, Default)]
pub struct HtmlPrinter {
    files: Vec<FileDigest>,
}

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn anchor(i: usize) -> String {
    format!("f{i}")
}

/// Reference lines on the chart: common legal lines for consumer credit (China 24%/36%, the
/// US MLA 36%); each finding's own limit is in its details.
const REFERENCE_LINES: [(i64, &str); 2] = [(24, "24%"), (36, "36%")];

impl HtmlPrinter {
    fn add(&mut self, outcome: &FileOutcome) {
        let digest = match outcome {
            FileOutcome::Failed {
                file,
                reason,
                message,
            } => FileDigest {
                file: file.clone(),
                error: Some(format!("{reason}: {message}")),
                apr: None,
                findings: Vec::new(),
            },
            FileOutcome::Analysed(r) => FileDigest {
                file: r.file.clone(),
                error: None,
                apr: r
                    .apr
                    .as_ref()
                    .map(|a| (a.nominal_percent, a.method.clone())),
                findings: r
                    .findings
                    .iter()
                    .map(|f| {
                        (
                            f.rule_id.clone(),
                            f.severity,
                            f.message.clone(),
                            f.evidence.iter().map(|e| e.text.clone()).collect(),
                        )
                    })
                    .collect(),
            },
        };
        self.files.push(digest);
    }

    fn chart(&self) -> String {
        let with_apr: Vec<(usize, &FileDigest, Decimal)> = self
            .files
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.apr.as_ref().map(|(a, _)| (i, f, *a)))
            .collect();
        if with_apr.is_empty() {
            return "<p>No annualised cost could be computed.</p>".into();
        }
        let max = with_apr
            .iter()
            .map(|x| x.2)
            .max()
            .unwrap_or(Decimal::ONE_HUNDRED)
            .max(Decimal::from(40));
        // Beyond a few hundred bars a chart stops being readable: cap the scale at 100% and
        // let longer bars run to the edge with their value printed.
        let scale_max = max.min(Decimal::from(400));
        let (left, width, bar_h) = (260i64, 600i64, 16i64);
        let height = with_apr.len() as i64 * (bar_h + 4) + 40;
        let x = |p: Decimal| -> i64 {
            let v = (p.min(scale_max) / scale_max * Decimal::from(width)).round();
            left + i64::try_from(v.mantissa() / 10i128.pow(v.scale())).unwrap_or(0)
        };
        let mut s = String::new();
        let _ = write!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\" aria-label=\"annualised cost per contract\">",
            left + width + 120
        );
        for (row, (i, f, apr)) in with_apr.iter().enumerate() {
            let y = 20 + row as i64 * (bar_h + 4);
            let violation = f.findings.iter().any(|x| x.1 == Severity::Violation);
            let color = if violation { "#c0392b" } else { "#2e86c1" };
            let name = std::path::Path::new(&f.file)
                .file_name()
                .map_or(f.file.clone(), |n| n.to_string_lossy().into_owned());
            let _ = write!(
                s,
                "<a href=\"#{a}\"><text x=\"{tx}\" y=\"{ty}\" font-size=\"12\" text-anchor=\"end\">{n}</text><rect x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{bar_h}\" fill=\"{color}\"/><text x=\"{vx}\" y=\"{ty}\" font-size=\"12\">{v}</text></a>",
                a = anchor(*i),
                tx = left - 6,
                ty = y + 12,
                n = escape(&name),
                w = (x(*apr) - left).max(1),
                vx = x(*apr) + 4,
                v = display_percent(*apr, 2),
            );
        }
        for (cap, label) in REFERENCE_LINES {
            let cx = x(Decimal::from(cap));
            let _ = write!(
                s,
                "<line x1=\"{cx}\" y1=\"10\" x2=\"{cx}\" y2=\"{y2}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/><text x=\"{cx}\" y=\"10\" font-size=\"11\" text-anchor=\"middle\">{label}</text>",
                y2 = height - 10
            );
        }
        s.push_str("</svg>");
        s
    }

    /// The whole page.
    fn render(&self, summary: &AuditSummary) -> String {
        let mut h = String::new();
        h.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>loanlint audit</title><style>");
        h.push_str("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.violation{color:#c0392b}.warning{color:#b9770e}.info{color:#555}blockquote{margin:4px 0 4px 1em;color:#333;border-left:3px solid #ccc;padding-left:8px}");
        h.push_str("</style></head><body>\n<h1>loanlint audit</h1>\n<h2>Summary</h2>\n<table>");
        let rows = [
            ("files", summary.files),
            ("read", summary.read),
            ("failed", summary.failed),
            ("clean", summary.clean),
            ("with warnings", summary.with_warnings),
            ("with violations", summary.with_violations),
        ];
        for (k, v) in rows {
            let _ = write!(h, "<tr><th>{k}</th><td>{v}</td></tr>");
        }
        for (reason, n) in &summary.failed_by_reason {
            let _ = write!(
                h,
                "<tr><th>failed: {}</th><td>{n}</td></tr>",
                escape(reason)
            );
        }
        h.push_str("</table>\n<h2>Annualised cost per contract</h2>\n<p>Nominal annualised rate by each file's method; red bars have violations. Dashed lines: 24% and 36%, the common legal lines for consumer credit.</p>\n");
        h.push_str(&self.chart());
        h.push_str("\n<h2>Findings by rule</h2>\n");
        let mut by_rule: BTreeMap<&str, Vec<(usize, &FileDigest, Severity, &str)>> =
            BTreeMap::new();
        for (i, f) in self.files.iter().enumerate() {
            for (id, sev, msg, _) in &f.findings {
                by_rule
                    .entry(id.as_str())
                    .or_default()
                    .push((i, f, *sev, msg.as_str()));
            }
        }
        if by_rule.is_empty() {
            h.push_str("<p>No findings.</p>\n");
        }
        for (rule, hits) in &by_rule {
            let sev = hits.first().map_or("info", |x| x.2.as_str());
            let _ = write!(
                h,
                "<h3 class=\"{sev}\">{} ({} files)</h3><ul>",
                escape(rule),
                hits.len()
            );
            for (i, f, _, msg) in hits {
                let _ = write!(
                    h,
                    "<li><a href=\"#{}\">{}</a>: {}</li>",
                    anchor(*i),
                    escape(&f.file),
                    escape(msg)
                );
            }
            h.push_str("</ul>\n");
        }
        h.push_str("<h2>Contracts</h2>\n");
        for (i, f) in self.files.iter().enumerate() {
            let _ = write!(
                h,
                "<section id=\"{}\"><h3>{}</h3>",
                anchor(i),
                escape(&f.file)
            );
            if let Some(e) = &f.error {
                let _ = write!(
                    h,
                    "<p class=\"violation\">Could not be read: {}</p>",
                    escape(e)
                );
            }
            if let Some((apr, method)) = &f.apr {
                let _ = write!(
                    h,
                    "<p>Annualised cost: {} ({})</p>",
                    display_percent(*apr, 2),
                    escape(method)
                );
            }
            for (id, sev, msg, quotes) in &f.findings {
                let _ = write!(
                    h,
                    "<p class=\"{}\"><b>[{}] {}</b>: {}</p>",
                    sev.as_str(),
                    sev.as_str(),
                    escape(id),
                    escape(msg)
                );
                for q in quotes {
                    let _ = write!(h, "<blockquote>{}</blockquote>", escape(q));
                }
            }
            if f.error.is_none() && f.findings.is_empty() {
                h.push_str("<p>No findings.</p>");
            }
            h.push_str("</section>\n");
        }
        h.push_str("<p><small>Generated by loanlint. Not legal advice. Percentages rounded half-up to 2 decimals for display.</small></p></body></html>\n");
        h
    }
}

/// Keeps a digest of each file, then writes the whole page when the run is finished.
impl Printer<FileOutcome, AuditSummary> for HtmlPrinter {
    fn print(
        &mut self,
        _out: &mut dyn std::io::Write,
        outcome: &FileOutcome,
    ) -> std::io::Result<()> {
        self.add(outcome);
        Ok(())
    }

    fn finish(
        &mut self,
        out: &mut dyn std::io::Write,
        summary: &AuditSummary,
    ) -> std::io::Result<()> {
        out.write_all(self.render(summary).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn failed_files_appear_with_their_reason() {
        let mut r = HtmlPrinter::default();
        let o = FileOutcome::Failed {
            file: "a<b>.pdf".into(),
            reason: "encrypted".into(),
            message: "password".into(),
        };
        r.add(&o);
        let mut s = AuditSummary::default();
        s.add(&o);
        let page = r.render(&s);
        assert!(page.contains("a&lt;b&gt;.pdf"));
        assert!(page.contains("encrypted: password"));
        // Self-contained: nothing is loaded from the network.
        assert!(
            !page.contains("src=\"http")
                && !page.contains("href=\"http")
                && !page.contains("@import")
        );
    }
}
