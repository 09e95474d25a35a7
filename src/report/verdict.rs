//! The verdict that opens a contract report: can I sign this (or what is wrong with it), what
//! does it really cost a year, how many problems, and the most serious one, in plain words.

use std::io::{self, Write};

use super::format::display_percent;
use crate::model::{DocumentKind, Finding, Language, Report, Severity};

/// The verdict's words, in both languages.
struct VerdictWords {
    heading: &'static str,
    not_a_loan: &'static str,
    violations: &'static str,
    warnings_only: &'static str,
    clean: &'static str,
    no_rules: &'static str,
    cost: &'static str,
    cost_unknown: &'static str,
    range: &'static str,
    at_least: &'static str,
    counts: &'static str,
    worst: &'static str,
}

const ZH: VerdictWords = VerdictWords {
    heading: "结论",
    not_a_loan: "这份文件不是借款合同，未按借贷规则检查。",
    violations: "不建议按现有条款签署：发现 {} 项违反法规的条款。已签约的，可据此与对方协商或投诉。",
    warnings_only: "未发现确定的违规，但有 {} 项需要注意，签署前请逐项核实。",
    clean: "未发现违反所适用规则的条款。",
    no_rules: "所附规则不适用于这份合同（见下方适用规则集），未作合规判断。",
    cost: "实际年化成本",
    cost_unknown: "未能计算（合同缺少计算所需的条款）",
    range: "取决于合同未写明的条款",
    at_least: "至少",
    counts: "违规 {v} 项 · 警示 {w} 项 · 提示 {i} 项",
    worst: "最严重的问题",
};

const EN: VerdictWords = VerdictWords {
    heading: "Verdict",
    not_a_loan: "This document is not a loan contract; no lending rules were applied.",
    violations: "Do not sign on these terms: {} term(s) break the law. If you have signed, use them to negotiate or complain.",
    warnings_only: "No certain violation, but {} point(s) need checking before you sign.",
    clean: "No term breaks the rules that were applied.",
    no_rules: "None of the bundled rules covers this contract (see the rulesets below): no legal verdict.",
    cost: "Real annual cost",
    cost_unknown: "not computed (the contract lacks terms the computation needs)",
    range: "depends on terms the contract leaves open",
    at_least: "at least",
    counts: "{v} violation(s) · {w} warning(s) · {i} note(s)",
    worst: "Most serious",
};

/// Write the verdict block (and a blank line after it).
pub(super) fn write(out: &mut dyn Write, r: &Report, lang: Language) -> io::Result<()> {
    let w = if lang == Language::Zh { &ZH } else { &EN };
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
        w.not_a_loan.to_string()
    } else if v > 0 {
        w.violations.replace("{}", &v.to_string())
    } else if warn > 0 {
        w.warnings_only.replace("{}", &warn.to_string())
    } else if r.rulesets_applied.is_empty() {
        w.no_rules.to_string()
    } else {
        w.clean.to_string()
    };
    writeln!(out, "{}: {said}", w.heading)?;
    if other {
        return writeln!(out);
    }
    writeln!(out, "  {}: {}", w.cost, cost_line(r, w))?;
    writeln!(
        out,
        "  {}",
        w.counts
            .replace("{v}", &v.to_string())
            .replace("{w}", &warn.to_string())
            .replace("{i}", &info.to_string())
    )?;
    if let Some(f) = most_serious(&r.findings) {
        writeln!(out, "  {}: {}", w.worst, headline(f, lang))?;
    }
    if let Some(claim) = r.lawful_claim.as_ref() {
        let part = &claim.whole_loan;
        if part.above_lawful > rust_decimal::Decimal::ZERO {
            let h = if lang == Language::Zh {
                &part.headline_zh
            } else {
                &part.headline_en
            };
            writeln!(out, "  {h}")?;
        }
    }
    writeln!(out)
}

fn cost_line(r: &Report, w: &VerdictWords) -> String {
    let pct = |d| display_percent(d, 2);
    match (r.apr_range.as_ref(), r.apr.as_ref()) {
        (Some(range), _) => match range.high_percent {
            Some(h) if h != range.low_percent => format!(
                "{} – {} ({}, {})",
                pct(range.low_percent),
                pct(h),
                range.method,
                w.range
            ),
            Some(_) => format!("{} ({})", pct(range.low_percent), range.method),
            None => format!(
                "{} {} ({}, {})",
                w.at_least,
                pct(range.low_percent),
                range.method,
                w.range
            ),
        },
        (None, Some(apr)) => format!("{} ({})", pct(apr.nominal_percent), apr.method),
        (None, None) => w.cost_unknown.to_string(),
    }
}

/// The first finding of the highest severity.
fn most_serious(findings: &[Finding]) -> Option<&Finding> {
    let top = findings.iter().map(|f| f.severity).max()?;
    findings.iter().find(|f| f.severity == top)
}

/// The finding's own title: its message up to the first colon, in the report language.
fn headline(f: &Finding, lang: Language) -> String {
    let msg = match (lang, f.message_zh.as_deref()) {
        (Language::Zh, Some(zh)) => zh,
        _ => f.message.as_str(),
    };
    let cut = msg
        .find(['：', ':'])
        .filter(|&k| k > 0)
        .map_or(msg, |k| &msg[..k]);
    cut.trim().to_string()
}
