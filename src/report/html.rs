//! The HTML report (`audit --html`, `summarize --html`, `check --html`): one self-contained
//! page (no network resources) in the report language, to share or print. Per contract a card
//! (verdict, key terms, cost, findings with their evidence); for several contracts also a
//! summary, a chart of the annualised cost against the common legal lines (inline SVG, with a
//! legend; labels never clipped nor overlapping) and the findings grouped by rule.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use rust_decimal::Decimal;

use super::Printer;
use super::format::{display_amount_in, display_percent};
use super::words::{self, quote};
use crate::audit::{AuditSummary, FileOutcome};
use crate::i18n::{self, t, tf};
use crate::model::{Language, Report, Severity};

/// What the page keeps of one finding.
#[derive(Debug, Clone)]
struct CardFinding {
    rule_id: String,
    severity: Severity,
    title: String,
    body: String,
    quotes: Vec<String>,
    citation: String,
    caveat: Vec<(&'static str, String)>,
    /// The title of an earlier finding saying the same (then its quotes are not repeated).
    same_as: Option<String>,
}

/// What the page keeps of one file (a digest, so memory stays small for large folders).
#[derive(Debug, Clone)]
struct Card {
    file: String,
    error: Option<String>,
    said: String,
    verdict_lines: Vec<String>,
    worst: Option<Severity>,
    apr: Option<Decimal>,
    terms: Vec<(String, String)>,
    findings: Vec<CardFinding>,
}

/// Collects a card per outcome as outcomes stream past, then renders the page.
#[derive(Debug, Default)]
pub struct HtmlPrinter {
    /// The page's language; by default that of most contracts (each card then in its own).
    pub lang: Option<Language>,
    cards: Vec<(Language, Card)>,
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
const REFERENCE_LINES: [i64; 2] = [24, 36];

const STYLE: &str = "\
:root{--red:#b03a2e;--amber:#9a6700;--blue:#2e6da4;--grey:#555;--line:#d0d7de}\
*{box-sizing:border-box}\
body{font-family:system-ui,-apple-system,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0 auto;padding:1.5em;max-width:1000px;line-height:1.55;color:#1f2328}\
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid var(--line)}\
table{border-collapse:collapse}td,th{border:1px solid var(--line);padding:4px 10px;text-align:left}\
.card{border:1px solid var(--line);border-radius:8px;padding:1em 1.2em;margin:1.2em 0;break-inside:avoid-page}\
.card h3{margin:.1em 0 .5em;word-break:break-all;font-size:1.05em}\
.verdict{border-left:6px solid var(--blue);background:#f3f7fb;padding:.6em .9em;margin:.4em 0 .8em}\
.verdict.violation{border-color:var(--red);background:#fbf0ef}.verdict.warning{border-color:var(--amber);background:#fbf6e9}\
.verdict p{margin:.15em 0}.verdict .said{font-weight:600;font-size:1.05em}\
dl.terms{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:.4em 0}dl.terms dt{color:var(--grey)}dl.terms dd{margin:0;overflow-wrap:anywhere}\
.finding{margin:.7em 0;padding-left:.8em;border-left:3px solid var(--line)}\
.finding.violation{border-color:var(--red)}.finding.warning{border-color:var(--amber)}\
.badge{display:inline-block;font-size:.8em;padding:0 .5em;border-radius:4px;color:#fff;background:var(--grey);margin-right:.4em}\
.badge.violation{background:var(--red)}.badge.warning{background:var(--amber)}\
.small{font-size:.88em;color:var(--grey)}\
blockquote{margin:.3em 0 .3em .5em;color:#333;border-left:3px solid #ccc;padding-left:8px;overflow-wrap:anywhere}\
.chartbox{overflow-x:auto}.chart{width:100%;height:auto;min-width:640px}\
.bars{display:none}.barrow{display:grid;grid-template-columns:1fr auto;gap:.1em .6em;color:inherit;text-decoration:none;margin:.45em 0;font-size:.9em}\
.bname{overflow-wrap:anywhere}.bval{font-weight:600}.btrack{grid-column:1/3;width:100%;height:14px;background:#f1f1f1}\
.legend{display:flex;flex-wrap:wrap;gap:1.2em;font-size:.9em;margin:.4em 0}.legend span{display:inline-flex;align-items:center;gap:.35em}\
.sw{display:inline-block;width:14px;height:14px;border-radius:2px}.dash{display:inline-block;width:22px;border-top:2px dashed var(--grey)}\
@media (max-width:600px){.chartbox{display:none}.bars{display:block}body{padding:.7em}.card{padding:.7em}dl.terms{grid-template-columns:1fr}dl.terms dt{font-weight:600}}\
@media print{body{max-width:none;padding:0;font-size:11pt}a{color:inherit;text-decoration:none}.card{border-color:#999}h2{break-after:avoid}}";

/// Rough width of a label in the chart's 12px font: CJK characters are about twice as wide.
fn text_width(s: &str) -> i64 {
    s.chars().map(|c| if c.is_ascii() { 7 } else { 13 }).sum()
}

/// A label cut to at most `max` pixels, with an ellipsis.
fn fit(s: &str, max: i64) -> String {
    if text_width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        w += if c.is_ascii() { 7 } else { 13 };
        if w > max - 10 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

fn card(r: &Report, lang: Language) -> Card {
    let v = super::verdict::verdict(r, lang);
    let t_ = &r.terms;
    let cur = t_.stated_currency().unwrap_or("");
    let mut terms = Vec::new();
    let mut push = |key: &str, value: String| terms.push((t(lang, key).to_string(), value));
    if let Some(p) = &t_.principal {
        push(
            "report.principal",
            display_amount_in(p.amount, &p.currency, lang),
        );
    }
    if let Some(d) = &t_.disbursed {
        push("report.disbursed", display_amount_in(d.amount, cur, lang));
    }
    if let Some(term) = &t_.term {
        push("report.term", super::human::term_value(term, lang));
    }
    if let Some(rp) = &t_.repayment {
        push(
            "report.repayment",
            i18n::word(lang, "method", &rp.method).to_string(),
        );
    }
    if let Some(p) = &t_.payment {
        push(
            "report.payment",
            display_amount_in(p.amount, &p.currency, lang),
        );
    }
    for rate in &t_.rates {
        push("report.rates", super::human::rate_line(rate, lang));
    }
    if let Some(apr) = super::human::disclosed_apr_not_in_rates(t_) {
        push(
            "report.disclosed_apr",
            display_percent(apr.annual_percent.unwrap_or(apr.value), 2),
        );
    }
    for fee in &t_.fees {
        push("report.fees", super::human::fee_line(fee, cur, lang));
    }
    for (kind, ev, _) in super::human::clause_groups(&t_.clauses) {
        push(
            "report.clauses",
            format!("{}: {}", words::clause_name(kind, lang), quote(ev, lang)),
        );
    }
    let mut ordered: Vec<&crate::model::Finding> = r.findings.iter().collect();
    ordered.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let dupes = words::duplicates(&ordered, lang);
    let findings = ordered
        .iter()
        .zip(dupes)
        .map(|(f, d)| CardFinding {
            rule_id: f.rule_id.clone(),
            severity: f.severity,
            title: words::title(f, lang),
            body: words::body(f, lang),
            quotes: f.evidence.iter().map(|e| quote(e, lang)).collect(),
            citation: f.citation.clone(),
            caveat: words::caveat(f.note.as_deref(), lang),
            same_as: d.map(|j| words::title(ordered[j], lang)),
        })
        .collect();
    Card {
        file: r.file.clone(),
        error: None,
        said: v.said,
        verdict_lines: v.lines,
        worst: v.worst,
        apr: r.apr.as_ref().map(|a| a.nominal_percent),
        terms,
        findings,
    }
}

impl HtmlPrinter {
    fn add(&mut self, outcome: &FileOutcome) {
        let entry = match outcome {
            FileOutcome::Failed {
                file,
                reason,
                message,
            } => {
                let lang = self.lang.unwrap_or(Language::En);
                let card = Card {
                    file: file.clone(),
                    error: Some(format!("{reason}: {message}")),
                    said: String::new(),
                    verdict_lines: Vec::new(),
                    worst: None,
                    apr: None,
                    terms: Vec::new(),
                    findings: Vec::new(),
                };
                (lang, card)
            }
            FileOutcome::Analysed(r) => {
                let lang = self.lang.unwrap_or(r.language);
                (lang, card(r, lang))
            }
        };
        self.cards.push(entry);
    }

    /// The page's language: the one asked for, else that of most contracts.
    fn page_lang(&self) -> Language {
        self.lang.unwrap_or_else(|| {
            let zh = self.cards.iter().filter(|c| c.0 == Language::Zh).count();
            match zh * 2 > self.cards.len() {
                true => Language::Zh,
                false => Language::En,
            }
        })
    }

    fn chart(&self, lang: Language) -> String {
        let with_apr: Vec<(usize, &Card, Decimal)> = self
            .cards
            .iter()
            .enumerate()
            .filter_map(|(i, (_, c))| c.apr.map(|a| (i, c, a)))
            .collect();
        if with_apr.is_empty() {
            return format!("<p>{}</p>", escape(t(lang, "html.no_cost")));
        }
        let max = with_apr
            .iter()
            .map(|x| x.2)
            .max()
            .unwrap_or(Decimal::ONE_HUNDRED)
            .max(Decimal::from(40));
        // Beyond a few hundred percent a chart stops being readable: longer bars run to the
        // edge with their value printed inside.
        let scale_max = max.min(Decimal::from(400));
        let names: Vec<String> = with_apr
            .iter()
            .map(|(_, c, _)| {
                std::path::Path::new(&c.file)
                    .file_name()
                    .map_or(c.file.clone(), |n| n.to_string_lossy().into_owned())
            })
            .collect();
        // The label column fits the longest name (up to 300px; longer names are cut with an
        // ellipsis and shown whole in the tooltip).
        let left = names
            .iter()
            .map(|n| text_width(n))
            .max()
            .unwrap_or(100)
            .clamp(80, 300)
            + 16;
        let (width, bar_h, gap, top) = (560i64, 18i64, 8i64, 44i64);
        let height = top + with_apr.len() as i64 * (bar_h + gap) + 10;
        let total_w = left + width + 90;
        let x = |p: Decimal| -> i64 {
            let v = (p.min(scale_max) / scale_max * Decimal::from(width)).round();
            left + i64::try_from(v.mantissa() / 10i128.pow(v.scale())).unwrap_or(0)
        };
        let mut s = String::new();
        let _ = write!(
            s,
            "<div class=\"chartbox\"><svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {total_w} {height}\" role=\"img\" aria-label=\"{}\" font-family=\"system-ui,sans-serif\">",
            escape(t(lang, "html.chart_label"))
        );
        // Reference lines first (under the bars); their labels alternate between two rows so
        // that close lines (24% and 36% on a wide scale) never overlap.
        let mut last_label_x: Option<i64> = None;
        let mut row = 0;
        for cap in REFERENCE_LINES {
            let cx = x(Decimal::from(cap));
            if last_label_x.is_some_and(|lx| cx - lx < 44) {
                row = 1 - row;
            } else {
                row = 0;
            }
            last_label_x = Some(cx);
            let _ = write!(
                s,
                "<line x1=\"{cx}\" y1=\"{y1}\" x2=\"{cx}\" y2=\"{y2}\" stroke=\"#555\" stroke-dasharray=\"4 3\"/><text x=\"{cx}\" y=\"{ty}\" font-size=\"12\" text-anchor=\"middle\">{cap}%</text>",
                y1 = top - 6,
                y2 = height - 6,
                ty = 14 + row * 16,
            );
        }
        for (n, ((i, c, apr), name)) in with_apr.iter().zip(&names).enumerate() {
            let y = top + n as i64 * (bar_h + gap);
            let color = match c.worst {
                Some(Severity::Violation) => "#b03a2e",
                _ => "#2e6da4",
            };
            let w = (x(*apr) - left).max(1);
            let value = display_percent(*apr, 2);
            // The value sits after the bar, or inside its end when the bar reaches the edge.
            let (vx, anchor_side, fill) = if w + 8 + text_width(&value) > width + 86 {
                (left + w - 4, "end", "#fff")
            } else {
                (left + w + 4, "start", "#1f2328")
            };
            let _ = write!(
                s,
                "<a href=\"#{a}\"><title>{full}</title><text x=\"{tx}\" y=\"{ty}\" font-size=\"12\" text-anchor=\"end\">{label}</text><rect x=\"{left}\" y=\"{y}\" width=\"{w}\" height=\"{bar_h}\" fill=\"{color}\"/><text x=\"{vx}\" y=\"{ty}\" font-size=\"12\" text-anchor=\"{anchor_side}\" fill=\"{fill}\">{value}</text></a>",
                a = anchor(*i),
                full = escape(name),
                tx = left - 8,
                ty = y + 13,
                label = escape(&fit(name, left - 16)),
            );
        }
        s.push_str("</svg></div>");
        // On a phone the chart above would need sideways scrolling and tiny labels: there, each
        // contract is a row of its own (name and value in the page's font, the bar below).
        s.push_str("<div class=\"bars\">");
        let share = |p: Decimal| (p.min(scale_max) / scale_max * Decimal::ONE_HUNDRED).round_dp(1);
        for ((i, c, apr), name) in with_apr.iter().zip(&names) {
            let color = match c.worst {
                Some(Severity::Violation) => "#b03a2e",
                _ => "#2e6da4",
            };
            let _ = write!(
                s,
                "<a class=\"barrow\" href=\"#{a}\"><span class=\"bname\">{name}</span><span class=\"bval\">{value}</span><svg class=\"btrack\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect x=\"0\" y=\"0\" width=\"{w}\" height=\"10\" fill=\"{color}\"/>",
                a = anchor(*i),
                name = escape(name),
                value = display_percent(*apr, 2),
                w = share(*apr).max(Decimal::new(5, 1)),
            );
            for cap in REFERENCE_LINES {
                let cx = share(Decimal::from(cap));
                let _ = write!(
                    s,
                    "<line x1=\"{cx}\" y1=\"0\" x2=\"{cx}\" y2=\"10\" stroke=\"#555\" stroke-dasharray=\"2 2\" vector-effect=\"non-scaling-stroke\"/>"
                );
            }
            s.push_str("</svg></a>");
        }
        s.push_str("</div>");
        let _ = write!(
            s,
            "<div class=\"legend\"><span><i class=\"sw\" style=\"background:#b03a2e\"></i>{}</span><span><i class=\"sw\" style=\"background:#2e6da4\"></i>{}</span><span><i class=\"dash\"></i>{}</span></div>",
            escape(t(lang, "html.legend_violation")),
            escape(t(lang, "html.legend_clean")),
            escape(t(lang, "html.legend_line")),
        );
        s
    }

    fn summary(&self, h: &mut String, summary: &AuditSummary, lang: Language) {
        let _ = write!(h, "<h2>{}</h2>\n<table>", escape(t(lang, "html.summary")));
        let rows = [
            ("html.files", summary.files),
            ("html.read", summary.read),
            ("html.failed", summary.failed),
            ("html.clean", summary.clean),
            ("html.with_warnings", summary.with_warnings),
            ("html.with_violations", summary.with_violations),
        ];
        for (k, v) in rows {
            let _ = write!(h, "<tr><th>{}</th><td>{v}</td></tr>", escape(t(lang, k)));
        }
        for (reason, n) in &summary.failed_by_reason {
            let _ = write!(
                h,
                "<tr><th>{}</th><td>{n}</td></tr>",
                escape(&tf(lang, "html.failed_reason", &[("reason", reason)]))
            );
        }
        let _ = writeln!(
            h,
            "</table>\n<h2>{}</h2>\n<p>{}</p>",
            escape(t(lang, "html.chart_title")),
            escape(t(lang, "html.chart_caption"))
        );
        h.push_str(&self.chart(lang));
        let _ = writeln!(h, "\n<h2>{}</h2>", escape(t(lang, "html.findings_by_rule")));
        let mut by_rule: BTreeMap<&str, Vec<(usize, &Card, &CardFinding)>> = BTreeMap::new();
        for (i, (_, c)) in self.cards.iter().enumerate() {
            for f in &c.findings {
                by_rule
                    .entry(f.rule_id.as_str())
                    .or_default()
                    .push((i, c, f));
            }
        }
        if by_rule.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", escape(t(lang, "html.no_findings")));
        }
        for (rule, hits) in &by_rule {
            let Some((_, _, first)) = hits.first() else {
                continue;
            };
            let sev = first.severity.as_str();
            let _ = write!(
                h,
                "<h3 class=\"{sev}\" title=\"{}\"><span class=\"badge {sev}\">{}</span>{} <span class=\"small\">({})</span></h3><ul>",
                escape(rule),
                escape(words::severity_name(first.severity, lang)),
                escape(&first.title),
                escape(&tf(lang, "html.files_n", &[("n", &hits.len())]))
            );
            for (i, c, _) in hits {
                let _ = write!(
                    h,
                    "<li><a href=\"#{}\">{}</a></li>",
                    anchor(*i),
                    escape(&c.file)
                );
            }
            h.push_str("</ul>\n");
        }
    }

    fn render_card(h: &mut String, i: usize, lang: Language, c: &Card) {
        let _ = write!(
            h,
            "<section class=\"card\" id=\"{}\" lang=\"{}\"><h3>{}</h3>",
            anchor(i),
            lang.code(),
            escape(&c.file)
        );
        if let Some(e) = &c.error {
            let _ = writeln!(
                h,
                "<div class=\"verdict violation\"><p class=\"said\">{}</p></div></section>",
                escape(&tf(lang, "html.could_not_read", &[("error", e)]))
            );
            return;
        }
        let class = c.worst.map_or("clean", Severity::as_str);
        let _ = write!(
            h,
            "<div class=\"verdict {class}\"><p class=\"said\">{}</p>",
            escape(&c.said)
        );
        for l in &c.verdict_lines {
            let _ = write!(h, "<p>{}</p>", escape(l));
        }
        h.push_str("</div>");
        if !c.terms.is_empty() {
            let _ = write!(
                h,
                "<h4>{}</h4><dl class=\"terms\">",
                escape(t(lang, "html.key_terms"))
            );
            for (k, v) in &c.terms {
                let _ = write!(h, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
            }
            h.push_str("</dl>");
        }
        let _ = write!(h, "<h4>{}</h4>", escape(t(lang, "html.findings")));
        if c.findings.is_empty() {
            let _ = write!(h, "<p>{}</p>", escape(t(lang, "html.no_findings")));
        }
        for f in &c.findings {
            let sev = f.severity.as_str();
            let _ = write!(
                h,
                "<div class=\"finding {sev}\" data-rule=\"{}\"><p><span class=\"badge {sev}\">{}</span><b>{}</b></p>",
                escape(&f.rule_id),
                escape(words::severity_name(f.severity, lang)),
                escape(&f.title)
            );
            match &f.same_as {
                Some(name) => {
                    let _ = write!(
                        h,
                        "<p>{}</p>",
                        escape(&tf(lang, "report.same_as", &[("name", name)]))
                    );
                }
                None => {
                    if !f.body.is_empty() {
                        let _ = write!(h, "<p>{}</p>", escape(&f.body));
                    }
                    for q in &f.quotes {
                        let _ = write!(h, "<blockquote>{}</blockquote>", escape(q));
                    }
                }
            }
            let _ = write!(
                h,
                "<p class=\"small\">{}: {}</p>",
                escape(t(lang, "report.citation")),
                escape(&crate::i18n::citation(lang, &f.citation))
            );
            for (label, text) in &f.caveat {
                let _ = write!(
                    h,
                    "<p class=\"small\">{}: {}</p>",
                    escape(label),
                    escape(text)
                );
            }
            h.push_str("</div>");
        }
        h.push_str("</section>\n");
    }

    /// The whole page.
    fn render(&self, summary: &AuditSummary) -> String {
        let lang = self.page_lang();
        let title = match self.cards.len() {
            1 => t(lang, "html.title_check"),
            _ => t(lang, "html.title_audit"),
        };
        let mut h = String::new();
        let _ = writeln!(
            h,
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>",
            match lang {
                Language::Zh => "zh-CN",
                Language::En => "en",
            },
            escape(title),
            escape(title)
        );
        if self.cards.len() > 1 {
            self.summary(&mut h, summary, lang);
            let _ = writeln!(h, "<h2>{}</h2>", escape(t(lang, "html.contracts")));
        }
        for (i, (card_lang, c)) in self.cards.iter().enumerate() {
            Self::render_card(&mut h, i, *card_lang, c);
        }
        let _ = writeln!(
            h,
            "<p class=\"small\">{}</p></body></html>",
            escape(t(lang, "html.footer"))
        );
        h
    }
}

/// Keeps a card per file, then writes the whole page when the run is finished.
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
        r.add(&o);
        let mut s = AuditSummary::default();
        s.add(&o);
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

    #[test]
    fn long_labels_are_cut_with_an_ellipsis() {
        assert_eq!(fit("short.pdf", 300), "short.pdf");
        let cut = fit(&"很长的合同文件名".repeat(10), 120);
        assert!(cut.ends_with('…') && text_width(&cut) <= 120);
    }
}
