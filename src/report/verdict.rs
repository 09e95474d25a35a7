//! The verdict that opens a contract report: can I sign this (or what is wrong with it), what
//! does it really cost a year, how many problems, and the most serious one, in plain words.

use std::io::{self, Write};

use super::format::display_percent;
use super::words;
use crate::i18n::{t, tf};
use crate::model::{DocumentKind, Finding, Language, Report, Severity};

/// The verdict's lines, shared by the text report and the HTML card.
pub(super) struct Verdict {
    /// The one-line answer.
    pub said: String,
    /// The cost line, the counts, the most serious finding, the lawful claim (each a line).
    pub lines: Vec<String>,
    /// The worst severity found, if any.
    pub worst: Option<Severity>,
}

pub(super) fn verdict(r: &Report, lang: Language) -> Verdict {
    let count = |s: Severity| r.findings.iter().filter(|f| f.severity == s).count();
    let (v, warn, info) = (
        count(Severity::Violation),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let other = r
        .document
        .as_ref()
        .is_some_and(|d| d.kind == DocumentKind::Other);
    let said = if other {
        t(lang, "verdict.not_a_loan").to_string()
    } else if v > 0 {
        tf(lang, "verdict.violations", &[("n", &v)])
    } else if warn > 0 {
        tf(lang, "verdict.warnings_only", &[("n", &warn)])
    } else if r.rulesets_applied.is_empty() {
        t(lang, "verdict.no_rules").to_string()
    } else {
        t(lang, "verdict.clean").to_string()
    };
    let worst = r.findings.iter().map(|f| f.severity).max();
    let mut lines = Vec::new();
    if other {
        return Verdict { said, lines, worst };
    }
    lines.push(format!(
        "{}: {}",
        t(lang, "verdict.cost"),
        cost_line(r, lang)
    ));
    lines.push(tf(
        lang,
        "verdict.counts",
        &[("v", &v), ("w", &warn), ("i", &info)],
    ));
    if let Some(f) = most_serious(&r.findings) {
        lines.push(format!(
            "{}: {}",
            t(lang, "verdict.worst"),
            words::title(f, lang)
        ));
    }
    if let Some(claim) = r.lawful_claim.as_ref() {
        let part = &claim.whole_loan;
        if part.above_lawful > rust_decimal::Decimal::ZERO {
            lines.push(match lang {
                Language::Zh => part.headline_zh.clone(),
                Language::En => part.headline_en.clone(),
            });
        }
    }
    Verdict { said, lines, worst }
}

/// Write the verdict block (and a blank line after it).
pub(super) fn write(out: &mut dyn Write, r: &Report, lang: Language) -> io::Result<()> {
    let v = verdict(r, lang);
    writeln!(out, "{}: {}", t(lang, "verdict.heading"), v.said)?;
    for line in &v.lines {
        writeln!(out, "  {line}")?;
    }
    writeln!(out)
}

/// The annual cost in words: one figure, a range, or why there is none.
pub(super) fn cost_line(r: &Report, lang: Language) -> String {
    let pct = |d| display_percent(d, 2);
    let method = |m: &str| words::apr_method_name(m, lang);
    match (r.apr_range.as_ref(), r.apr.as_ref()) {
        (Some(range), _) => match range.high_percent {
            Some(h) if h != range.low_percent => format!(
                "{} – {} ({}, {})",
                pct(range.low_percent),
                pct(h),
                method(&range.method),
                t(lang, "verdict.range")
            ),
            Some(_) => format!("{} ({})", pct(range.low_percent), method(&range.method)),
            None => format!(
                "{} {} ({}, {})",
                t(lang, "verdict.at_least"),
                pct(range.low_percent),
                method(&range.method),
                t(lang, "verdict.range")
            ),
        },
        (None, Some(apr)) => format!("{} ({})", pct(apr.nominal_percent), method(&apr.method)),
        (None, None) => t(lang, "verdict.cost_unknown").to_string(),
    }
}

/// The first finding of the highest severity.
pub(super) fn most_serious(findings: &[Finding]) -> Option<&Finding> {
    let top = findings.iter().map(|f| f.severity).max()?;
    findings.iter().find(|f| f.severity == top)
}
