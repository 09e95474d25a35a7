//! `message`: the human verdict on a collection message, in the reader's language.

use std::io::{self, Write};

use super::Printer;
use super::human::severity_name;
use crate::message::MessageReport;
use crate::model::Language;

/// The verdict, each finding with its words and basis, and what to do next.
#[derive(Debug, Default)]
pub struct MessagePrinter {
    /// The report's language; by default the message's.
    pub lang: Option<Language>,
}

impl Printer<MessageReport> for MessagePrinter {
    fn print(&mut self, out: &mut dyn Write, report: &MessageReport) -> io::Result<()> {
        print_human(out, report, self.lang.unwrap_or(report.language))
    }
}

fn print_human(out: &mut dyn Write, r: &MessageReport, lang: Language) -> io::Result<()> {
    let zh = lang == Language::Zh;
    let pick = |zh_text: &'static str, en_text: &'static str| if zh { zh_text } else { en_text };
    let verdict = match (r.verdict.as_str(), zh) {
        ("lawful-looking", true) => "未发现违法催收或诈骗迹象",
        ("unlawful", true) => "违法催收",
        ("suspicious", true) => "疑似诈骗",
        ("unlawful-and-suspicious", true) => "违法催收，且疑似诈骗",
        ("lawful-looking", false) => "no sign of unlawful collection or fraud",
        ("unlawful", false) => "unlawful collection",
        ("suspicious", false) => "suspicious: signs of fraud",
        (_, false) => "unlawful collection, and signs of fraud",
        (_, true) => "违法催收，且疑似诈骗",
    };
    writeln!(out, "{}: {}", pick("判定", "Tier"), r.tier.name(zh))?;
    writeln!(
        out,
        "  {}",
        if zh {
            &r.tier_reason_zh
        } else {
            &r.tier_reason_en
        }
    )?;
    writeln!(out, "{}: {verdict}", pick("结论", "Verdict"))?;
    if let (Some(part), Some(claim)) = (&r.due_now, &r.lawful_claim) {
        writeln!(out)?;
        super::overdue::claim_part(out, part, lang, &claim.currency)?;
    }
    if let Some(d) = r.demanded {
        writeln!(out, "{}: {d}", pick("短信要求的金额", "Sum demanded"))?;
    }
    if !r.sender_names.is_empty() {
        writeln!(
            out,
            "{}: {}",
            pick("署名", "Sender"),
            r.sender_names.join(", ")
        )?;
    }
    for f in &r.findings {
        let sev = severity_name(f.severity, lang);
        writeln!(out, "\n  [{sev}] {}", f.rule_id)?;
        writeln!(out, "      {}", if zh { &f.message_zh } else { &f.message })?;
        writeln!(
            out,
            "      {}: “{}”",
            pick("原文", "Words"),
            f.evidence.text
        )?;
        writeln!(out, "      {}: {}", pick("依据", "Basis"), f.citation)?;
        if let Some(n) = &f.note {
            writeln!(out, "      {}: {n}", pick("说明", "Note"))?;
        }
    }
    if !r.next_steps.is_empty() {
        writeln!(out, "\n{}", pick("下一步怎么做", "What to do next"))?;
        for s in &r.next_steps {
            writeln!(out, "  - {s}")?;
        }
    }
    Ok(())
}
