//! `rules`: the loaded rules as a table, in full with their kind's docs, or as JSON.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::{Serialize, Serializer};
use serde_json::json;

use super::Printer;
use crate::check::RuleInfo;
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
    })
}

/// `rules list`: one row per rule, then the counts.
#[derive(Debug, Default)]
pub struct RuleTablePrinter;

impl Printer<RuleListing> for RuleTablePrinter {
    fn print(&mut self, out: &mut dyn Write, listing: &RuleListing) -> io::Result<()> {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        t.set_header(vec!["rule", "ruleset", "kind", "severity", "citation"]);
        for r in &listing.rules {
            t.add_row(vec![
                r.rule_id.clone(),
                r.ruleset_id.clone(),
                r.kind.to_string(),
                r.severity.as_str().to_string(),
                r.citation.clone(),
            ]);
        }
        writeln!(out, "{t}")?;
        writeln!(
            out,
            "{} rules in {} rulesets",
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

fn show(out: &mut dyn Write, r: &RuleInfo, lang: Language) -> io::Result<()> {
    writeln!(out, "{} ({})", r.rule_id, r.severity.as_str())?;
    writeln!(out, "  ruleset:  {} ({}:{})", r.ruleset_id, r.file, r.line)?;
    writeln!(out, "  kind:     {}", r.kind)?;
    writeln!(
        out,
        "  summary:  {}",
        if lang == Language::Zh {
            &r.summary_zh
        } else {
            &r.summary_en
        }
    )?;
    writeln!(out, "  citation: {}", r.citation)?;
    if let Some(n) = &r.note {
        writeln!(out, "  note:     {n}")?;
    }
    let from = r
        .valid_from
        .map(|d| d.to_string())
        .unwrap_or_else(|| "—".into());
    let until = r
        .valid_until
        .map(|d| d.to_string())
        .unwrap_or_else(|| "—".into());
    writeln!(out, "  in force: {from} to {until}")?;
    if let Some(regions) = &r.regions {
        writeln!(out, "  regions:  {}", regions.join(", "))?;
    }
    writeln!(out, "  params:   {}", r.params.trim())?;
    writeln!(out, "\n{}", r.kind_docs.trim())?;
    Ok(())
}
