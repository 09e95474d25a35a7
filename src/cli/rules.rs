//! `loanlint rules`: what is loaded, with each rule's docs.

use std::io::{self, Write};

use clap::Subcommand;
use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use loanlint::Language;
use loanlint::check::RuleInfo;
use serde_json::json;

use super::{EXIT_CLEAN, Format, GlobalArgs, fail};

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Every loaded rule: id, ruleset, kind, severity, citation.
    List,
    /// One rule (or every rule of one ruleset) in full, with its kind's documentation.
    Show {
        /// A rule id or a ruleset id.
        id: String,
    },
}

fn rule_json(r: &RuleInfo) -> serde_json::Value {
    json!({
        "rule_id": r.rule_id, "ruleset_id": r.ruleset_id, "file": r.file, "line": r.line, "kind": r.kind,
        "severity": r.severity, "citation": r.citation, "summary_en": r.summary_en, "summary_zh": r.summary_zh,
        "note": r.note, "params": r.params, "valid_from": r.valid_from, "valid_until": r.valid_until, "regions": r.regions,
    })
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

pub fn run(global: &GlobalArgs, command: Option<&RulesCommand>) -> u8 {
    let checker = match global.checker() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let lang = global.lang().unwrap_or(Language::En);
    let json_out = matches!(global.format, Some(Format::Json | Format::Jsonl));
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = match command.unwrap_or(&RulesCommand::List) {
        RulesCommand::List => {
            let rules = checker.rules();
            if json_out {
                let v: Vec<_> = rules.iter().map(rule_json).collect();
                serde_json::to_writer_pretty(&mut out, &v)
                    .map_err(io::Error::other)
                    .and_then(|_| writeln!(out))
            } else {
                let mut t = Table::new();
                t.load_preset(UTF8_FULL_CONDENSED);
                t.set_content_arrangement(ContentArrangement::Dynamic);
                t.set_header(vec!["rule", "ruleset", "kind", "severity", "citation"]);
                for r in &rules {
                    t.add_row(vec![
                        r.rule_id.clone(),
                        r.ruleset_id.clone(),
                        r.kind.to_string(),
                        r.severity.as_str().to_string(),
                        r.citation.clone(),
                    ]);
                }
                writeln!(out, "{t}").and_then(|_| {
                    writeln!(
                        out,
                        "{} rules in {} rulesets",
                        rules.len(),
                        checker.rulesets().len()
                    )
                })
            }
        }
        RulesCommand::Show { id } => {
            let matched: Vec<RuleInfo> = match checker.rule(id) {
                Some(r) => vec![r],
                None => checker
                    .rules()
                    .into_iter()
                    .filter(|r| &r.ruleset_id == id)
                    .collect(),
            };
            if matched.is_empty() {
                return fail(format!(
                    "no rule or ruleset with id `{id}` (see `loanlint rules list`)"
                ));
            }
            if json_out {
                let v: Vec<_> = matched.iter().map(rule_json).collect();
                serde_json::to_writer_pretty(&mut out, &v)
                    .map_err(io::Error::other)
                    .and_then(|_| writeln!(out))
            } else {
                matched
                    .iter()
                    .try_for_each(|r| show(&mut out, r, lang).and_then(|_| writeln!(out)))
            }
        }
    };
    if let Err(e) = result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(e);
        }
    }
    EXIT_CLEAN
}
