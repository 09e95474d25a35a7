//! `message`: the human verdict on a collection message, in the reader's language.

use std::io::{self, Write};

use super::Printer;
use super::words::{self, severity_name};
use crate::i18n::{fix_message, t};
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
    let verdict = match r.verdict.as_str() {
        v @ ("lawful-looking" | "unlawful" | "suspicious") => t(lang, &format!("message.{v}")),
        _ => t(lang, "message.unlawful-and-suspicious"),
    };
    writeln!(out, "{}: {}", t(lang, "message.tier"), r.tier.name(zh))?;
    writeln!(
        out,
        "  {}",
        if zh {
            &r.tier_reason_zh
        } else {
            &r.tier_reason_en
        }
    )?;
    writeln!(out, "{}: {verdict}", t(lang, "message.verdict"))?;
    if let (Some(part), Some(claim)) = (&r.due_now, &r.lawful_claim) {
        writeln!(out)?;
        super::overdue::claim_part(out, part, lang, &claim.currency)?;
    }
    if let Some(d) = r.demanded {
        writeln!(out, "{}: {d}", t(lang, "message.demanded"))?;
    }
    if !r.sender_names.is_empty() {
        writeln!(
            out,
            "{}: {}",
            t(lang, "message.sender"),
            r.sender_names.join(", ")
        )?;
    }
    for f in &r.findings {
        let sev = severity_name(f.severity, lang);
        let message = fix_message(lang, if zh { &f.message_zh } else { &f.message });
        let (title, body) = words::split_title(&message);
        writeln!(out, "\n  [{sev}] {title}")?;
        if !body.is_empty() {
            writeln!(out, "      {body}")?;
        }
        writeln!(
            out,
            "      {}: “{}”",
            t(lang, "message.words"),
            f.evidence.text
        )?;
        let basis = crate::i18n::citation(lang, if zh { &f.citation_zh } else { &f.citation });
        if !basis.trim().is_empty() {
            writeln!(out, "      {}: {}", t(lang, "message.basis"), basis)?;
        }
        words::write_caveat(out, f.note.as_deref(), lang, "      ")?;
        writeln!(
            out,
            "      {}: {} ({})",
            t(lang, "report.rule"),
            f.rule_file,
            f.rule_id
        )?;
    }
    if !r.next_steps.is_empty() {
        writeln!(out, "\n{}", t(lang, "message.next"))?;
        for s in &r.next_steps {
            writeln!(out, "  - {s}")?;
        }
    }
    Ok(())
}
