//! `rules`: the loaded rules as a table, in full with their kind's docs, or as JSON.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::{Serialize, Serializer};
use serde_json::json;

use super::Printer;
use crate::check::RuleInfo;
use crate::check::kinds::doc_sections;
use crate::lender::type_name;
use crate::model::Language;
use crate::rule_listing::RuleListing;

/// `rules --format json`: an array of rules (the kind's docs are left out).
impl Serialize for RuleListing {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let rules: Vec<serde_json::Value> = self.rules.iter().map(rule_json).collect();
        rules.serialize(serializer)
    }
}

fn rule_json(r: &RuleInfo) -> serde_json::Value {
    json!({
        "rule_id": r.rule_id, "ruleset_id": r.ruleset_id, "file": r.file, "line": r.line, "kind": r.kind,
        "severity": r.severity, "citation": r.citation, "summary_en": r.summary_en, "summary_zh": r.summary_zh,
        "note": r.note, "params": r.params, "valid_from": r.valid_from, "valid_until": r.valid_until, "regions": r.regions,
        "grade": r.grade, "lender_types": lender_names(r),
        "not_lender_types": r.not_lender_types.iter().map(|t| type_name(*t)).collect::<Vec<_>>(),
    })
}

fn lender_names(r: &RuleInfo) -> Option<Vec<&'static str>> {
    r.lender_types
        .as_ref()
        .map(|v| v.iter().map(|t| type_name(*t)).collect())
}

/// `2025-10-01 –` / `– 2020-08-20` / `always`: the dates a rule is in force for contracts
/// made then (the end is exclusive).
fn in_force(r: &RuleInfo) -> String {
    match (r.valid_from, r.valid_until) {
        (None, None) => "always".into(),
        (Some(f), None) => format!("from {f}"),
        (None, Some(u)) => format!("before {u}"),
        (Some(f), Some(u)) => format!("{f} to before {u}"),
    }
}

/// `rules list`: one row per rule, then the counts.
#[derive(Debug, Default)]
pub struct RuleTablePrinter;

impl Printer<RuleListing> for RuleTablePrinter {
    fn print(&mut self, out: &mut dyn Write, listing: &RuleListing) -> io::Result<()> {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_header(vec![
            "rule", "ruleset", "kind", "severity", "in force", "grade", "citation",
        ]);
        for r in &listing.rules {
            t.add_row(vec![
                r.rule_id.clone(),
                r.ruleset_id.clone(),
                r.kind.to_string(),
                r.severity.as_str().to_string(),
                in_force(r),
                r.grade.as_str().to_string(),
                r.citation.clone(),
            ]);
        }
        writeln!(out, "{t}")?;
        for st in &listing.states {
            writeln!(out, "\n{} ({}): state limits", st.name, st.region())?;
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
            t.set_header(vec!["field", "value", "grade", "citation", "rule"]);
            for (field, v) in st.fields() {
                let rule = v.rule.clone().unwrap_or_else(|| {
                    let id = format!("us-{}-{field}", st.code.to_lowercase());
                    if listing.rules.iter().any(|r| r.rule_id == id) {
                        id
                    } else {
                        "—".into()
                    }
                });
                t.add_row(vec![
                    field.to_string(),
                    v.words(),
                    v.grade.as_str().to_string(),
                    v.citation.clone(),
                    rule,
                ]);
            }
            writeln!(out, "{t}")?;
        }
        writeln!(
            out,
            "{} rules in {} rulesets; grade C = checked against the law's text, S = secondary source, U = unconfirmed (at most a warning)",
            listing.rules.len(),
            listing.rulesets
        )
    }
}

/// `rules show`: each rule in full, with its kind's documentation.
#[derive(Debug)]
pub struct RuleDetailsPrinter {
    pub lang: Language,
}

impl Printer<RuleListing> for RuleDetailsPrinter {
    fn print(&mut self, out: &mut dyn Write, listing: &RuleListing) -> io::Result<()> {
        listing
            .rules
            .iter()
            .try_for_each(|r| show(out, r, self.lang).and_then(|_| writeln!(out)))
    }
}

/// The labels of `rules show`, in English and Chinese.
struct Labels {
    ruleset: &'static str,
    kind: &'static str,
    what: &'static str,
    why: &'static str,
    example: &'static str,
    basis: &'static str,
    grade: &'static str,
    note: &'static str,
    in_force: &'static str,
    regions: &'static str,
    lenders: &'static str,
    params: &'static str,
    how: &'static str,
    docs_language: Option<&'static str>,
}

const EN: Labels = Labels {
    ruleset: "ruleset",
    kind: "kind",
    what: "What it checks",
    why: "Why it matters",
    example: "Example clause",
    basis: "Legal basis",
    grade: "grade",
    note: "note",
    in_force: "in force for contracts made",
    regions: "regions",
    lenders: "lender types",
    params: "Parameters",
    how: "How the kind reads its parameters",
    docs_language: None,
};

const ZH: Labels = Labels {
    ruleset: "规则集",
    kind: "规则类型",
    what: "检查内容",
    why: "为何重要",
    example: "条款示例",
    basis: "法律依据",
    grade: "可信度",
    note: "说明",
    in_force: "适用于下列日期订立的合同",
    regions: "地区",
    lenders: "出借人类型",
    params: "参数",
    how: "参数说明",
    docs_language: Some("（以下规则类型说明为英文）"),
};

fn grade_words(r: &RuleInfo, lang: Language) -> &'static str {
    use crate::check::Grade;
    match (r.grade, lang) {
        (Grade::C, Language::Zh) => "C（已核对法律原文）",
        (Grade::S, Language::Zh) => "S（来源为二手资料，原文措辞未确认）",
        (Grade::U, Language::Zh) => "U（未经确认，至多为警告）",
        (Grade::C, _) => "C (checked against the law's text)",
        (Grade::S, _) => "S (secondary source; the wording is unconfirmed)",
        (Grade::U, _) => "U (unconfirmed: at most a warning)",
    }
}

fn show(out: &mut dyn Write, r: &RuleInfo, lang: Language) -> io::Result<()> {
    let zh = lang == Language::Zh;
    let l = if zh { &ZH } else { &EN };
    let d = doc_sections(r.kind_docs);
    writeln!(out, "{} ({})", r.rule_id, r.severity.as_str())?;
    writeln!(
        out,
        "  {}: {} ({}:{})",
        l.ruleset, r.ruleset_id, r.file, r.line
    )?;
    writeln!(out, "  {}: {}", l.kind, r.kind)?;
    let summary = if zh { &r.summary_zh } else { &r.summary_en };
    writeln!(out, "\n{}: {summary}", l.what)?;
    writeln!(out, "\n{}: {} [{}]", l.basis, r.citation, r.grade.as_str())?;
    writeln!(out, "  {}: {}", l.grade, grade_words(r, lang))?;
    if let Some(n) = &r.note {
        writeln!(out, "  {}: {n}", l.note)?;
    }
    writeln!(out, "\n{}:", l.params)?;
    let from = r.valid_from.map_or_else(|| "—".into(), |d| d.to_string());
    let until = r.valid_until.map_or_else(|| "—".into(), |d| d.to_string());
    writeln!(out, "  {}: {from} – {until}", l.in_force)?;
    if let Some(regions) = &r.regions {
        writeln!(out, "  {}: {}", l.regions, regions.join(", "))?;
    }
    if let Some(types) = lender_names(r) {
        writeln!(out, "  {}: {}", l.lenders, types.join(", "))?;
    }
    if !r.params.trim().is_empty() {
        writeln!(out, "  {}", r.params.trim().replace('\n', "\n  "))?;
    }
    if let Some(note) = l.docs_language {
        writeln!(out, "\n{note}")?;
    }
    writeln!(out, "\n{} ({}):\n{}", l.what, r.kind, d.what)?;
    writeln!(out, "\n{}:\n{}", l.why, d.why)?;
    writeln!(out, "\n{}:\n{}", l.example, d.example)?;
    writeln!(out, "\n{}:\n{}", l.basis, d.basis)?;
    writeln!(out, "\n{}:\n{}", l.how, d.params)?;
    Ok(())
}
