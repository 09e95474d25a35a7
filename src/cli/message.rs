//! `loanlint message`: is this collection message lawful, and is it genuine?

use std::io::{self, Read, Write};
use std::path::PathBuf;

use clap::Args;
use loanlint::message::{MessageReport, MessageRules, analyse};
use loanlint::{Language, Severity};

use super::{Format, GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct MessageArgs {
    /// The message: a text file, or `-` for standard input.
    pub file: PathBuf,
    /// The loan contract, to compare the sender and the sum demanded with it.
    #[arg(long)]
    pub contract: Option<PathBuf>,
    /// Days overdue, for the sum the contract allows (with --contract).
    #[arg(long)]
    pub days: Option<u32>,
}

fn read_message(path: &PathBuf) -> io::Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path)?;
    }
    loanlint::read::decode_text(&bytes).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            "not UTF-8, GB18030 or UTF-16 text",
        )
    })
}

fn print_human(out: &mut dyn Write, r: &MessageReport, lang: Language) -> io::Result<()> {
    let zh = lang == Language::Zh;
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
    writeln!(out, "{}: {verdict}", if zh { "结论" } else { "Verdict" })?;
    if let Some(d) = r.demanded {
        writeln!(
            out,
            "{}: {d}",
            if zh {
                "短信要求的金额"
            } else {
                "Sum demanded"
            }
        )?;
    }
    if !r.sender_names.is_empty() {
        writeln!(
            out,
            "{}: {}",
            if zh { "署名" } else { "Sender" },
            r.sender_names.join(", ")
        )?;
    }
    for f in &r.findings {
        let sev = match (f.severity, zh) {
            (Severity::Violation, true) => "违规",
            (Severity::Warning, true) => "警示",
            (Severity::Info, true) => "提示",
            (Severity::Violation, false) => "VIOLATION",
            (Severity::Warning, false) => "WARNING",
            (Severity::Info, false) => "INFO",
        };
        writeln!(out, "\n  [{sev}] {}", f.rule_id)?;
        writeln!(out, "      {}", if zh { &f.message_zh } else { &f.message })?;
        writeln!(
            out,
            "      {}: “{}”",
            if zh { "原文" } else { "Words" },
            f.evidence.text
        )?;
        writeln!(
            out,
            "      {}: {}",
            if zh { "依据" } else { "Basis" },
            f.citation
        )?;
        if let Some(n) = &f.note {
            writeln!(out, "      {}: {n}", if zh { "说明" } else { "Note" })?;
        }
    }
    if !r.next_steps.is_empty() {
        writeln!(
            out,
            "\n{}",
            if zh {
                "下一步怎么做"
            } else {
                "What to do next"
            }
        )?;
        for s in &r.next_steps {
            writeln!(out, "  - {s}")?;
        }
    }
    Ok(())
}

pub fn run(global: &GlobalArgs, args: &MessageArgs) -> u8 {
    let rules = match MessageRules::bundled() {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let text = match read_message(&args.file) {
        Ok(t) => t,
        Err(e) => return fail(format!("{}: {e}", args.file.display())),
    };
    let context = match &args.contract {
        None => None,
        Some(path) => match super::overdue::contract_context(global, path, args.days) {
            Ok(c) => Some(c),
            Err(code) => return code,
        },
    };
    let report = analyse(
        &text,
        rules,
        context.as_ref(),
        global.jurisdiction.as_deref(),
    );
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let result = match global.format.unwrap_or(Format::Human) {
        Format::Json | Format::Jsonl => serde_json::to_writer_pretty(&mut out, &report)
            .map_err(io::Error::other)
            .and_then(|_| writeln!(out)),
        _ => print_human(&mut out, &report, global.lang().unwrap_or(report.language)),
    };
    if let Err(e) = result {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(e);
        }
    }
    global.exit_for(report.findings.iter().map(|f| f.severity).max())
}
