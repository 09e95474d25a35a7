//! `letter`: the borrower's next step as a document, built from the lawful claim and the
//! message findings. The wording is in template files (`templates/letters/<lang>/<kind>.md`);
//! this module only chooses the letters and fills `{{name}}` slots, so the output is
//! deterministic for the same inputs and date.

use chrono::NaiveDate;
use serde::Serialize;

use crate::claim::{ClaimPart, money};
use crate::i18n::{fix_message, from_english};
use crate::message::{MessageReport, Tier};
use crate::model::{Language, Report};
use crate::overdue::OverdueReport;

pub mod evidence;
mod request;

pub use request::{Case, CaseFacts, LetterRequest, LetterSet, assemble, prepare};

/// The letters loanlint writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LetterKind {
    /// 协商还款/分期申请: settle at the lawful amount or in instalments.
    Settle,
    /// 异议: dispute the amount demanded.
    Objection,
    /// A complaint about unlawful collection (12378 or the lender's regulator).
    Complaint,
    /// A fraud-report summary (96110 / 110).
    Fraud,
}

impl LetterKind {
    /// The file stem (`settle`, `objection`, `complaint`, `fraud`).
    pub fn id(self) -> &'static str {
        match self {
            LetterKind::Settle => "settle",
            LetterKind::Objection => "objection",
            LetterKind::Complaint => "complaint",
            LetterKind::Fraud => "fraud",
        }
    }

    fn template(self, lang: Language) -> &'static str {
        /// The four templates of one language's folder in `templates/letters/`.
        macro_rules! folder {
            ($lang:literal) => {
                match self {
                    LetterKind::Settle => {
                        include_str!(concat!("../../templates/letters/", $lang, "/settle.md"))
                    }
                    LetterKind::Objection => {
                        include_str!(concat!("../../templates/letters/", $lang, "/objection.md"))
                    }
                    LetterKind::Complaint => {
                        include_str!(concat!("../../templates/letters/", $lang, "/complaint.md"))
                    }
                    LetterKind::Fraud => {
                        include_str!(concat!("../../templates/letters/", $lang, "/fraud.md"))
                    }
                }
            };
        }
        match lang {
            Language::Zh => folder!("zh"),
            Language::En => folder!("en"),
        }
    }
}

/// One letter, in Markdown; [`Letter::text`] gives the plain-text form.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    pub kind: LetterKind,
    pub language: Language,
    pub markdown: String,
}

impl Letter {
    /// The letter as plain text: Markdown heading marks and emphasis removed.
    pub fn text(&self) -> String {
        self.markdown
            .lines()
            .map(|l| l.trim_start_matches('#').trim_start().replace("**", ""))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// What the letters are built from.
#[derive(Debug, Clone)]
pub struct LetterInput<'a> {
    pub overdue: &'a OverdueReport,
    /// The lender's name in the contract.
    pub lender: Option<String>,
    /// The message and its report, when there is one.
    pub message: Option<(&'a str, &'a MessageReport)>,
    /// The date written on the letters.
    pub date: NaiveDate,
    pub language: Language,
    /// Months of instalments to ask for.
    pub instalments: u32,
}

/// The lender's name in the contract, as the letters address it.
pub fn lender_name(report: &Report) -> Option<String> {
    report.terms.lender.as_ref().and_then(|l| l.name.clone())
}

/// The letters the findings call for: always the settlement request; a dispute when a demand
/// is above the lawful claim; a complaint for unlawful collection; a fraud report for a likely
/// scam (then no letter to the "lender" that sent it).
pub fn letters(input: &LetterInput<'_>) -> Vec<Letter> {
    let Some(part) = claim_part(input.overdue) else {
        return Vec::new();
    };
    let tier = input.message.map(|(_, r)| r.tier);
    let outranked = input.message.and_then(|(_, r)| r.tier_outranked);
    let mut kinds = Vec::new();
    if tier == Some(Tier::LikelyFraud) {
        kinds.push(LetterKind::Fraud);
    } else {
        kinds.push(LetterKind::Settle);
        let demanded = part
            .demanded
            .or_else(|| input.message.and_then(|(_, r)| r.demanded));
        if demanded.is_some_and(|d| d > part.lawful_total) {
            kinds.push(LetterKind::Objection);
        }
        if tier == Some(Tier::UnlawfulCollection) || outranked == Some(Tier::UnlawfulCollection) {
            kinds.push(LetterKind::Complaint);
        }
    }
    kinds
        .into_iter()
        .map(|kind| Letter {
            kind,
            language: input.language,
            markdown: render(kind.template(input.language), &slots(input, part)),
        })
        .collect()
}

fn claim_part(r: &OverdueReport) -> Option<&ClaimPart> {
    r.due_now
        .as_ref()
        .or_else(|| r.lawful_claim.as_ref().map(|c| &c.whole_loan))
}

/// Fill `{{name}}` slots; a slot with no value is left visible for the reader to fill.
fn render(template: &str, slots: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in slots {
        out = out.replace(&format!("{{{{{name}}}}}"), value);
    }
    out
}

fn slots(input: &LetterInput<'_>, part: &ClaimPart) -> Vec<(&'static str, String)> {
    let zh = input.language == Language::Zh;
    let r = input.overdue;
    let m = |d| money(&r.currency, d);
    let blank = |zh_text: &str, en_text: &str| {
        if zh {
            zh_text.to_string()
        } else {
            en_text.to_string()
        }
    };
    let demanded = part
        .demanded
        .or_else(|| input.message.and_then(|(_, mr)| mr.demanded));
    // The headline with the demand of the message when the request named none.
    let (headline_zh, headline_en) = crate::claim::headline(
        &r.currency,
        part.lawful_total,
        part.contract_total,
        demanded,
        (demanded.unwrap_or(part.contract_total) - part.lawful_total)
            .max(rust_decimal::Decimal::ZERO),
    );
    let table = part
        .components
        .iter()
        .map(|c| {
            let (name, figures, arithmetic) = c.side_by_side(&r.currency, zh);
            let (name, arithmetic) = (
                fix_message(input.language, name),
                fix_message(input.language, arithmetic),
            );
            format!("- **{name}**: {figures}  \n  {arithmetic}")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let citations: Vec<&str> = part
        .components
        .iter()
        .chain(
            r.lawful_claim
                .iter()
                .flat_map(|c| c.whole_loan.components.iter()),
        )
        .flat_map(|c| c.citation.split("; "))
        .filter(|c| !c.is_empty())
        .collect();
    let citations = dedup_keep_order(citations).join("; ");
    let mut assumptions: Vec<&str> = r.assumptions.iter().map(String::as_str).collect();
    assumptions.extend(r.overdue.assumptions.iter().map(String::as_str));
    if let Some(c) = &r.lawful_claim {
        assumptions.extend(c.assumptions.iter().map(String::as_str));
    }
    let assumptions: Vec<String> = dedup_keep_order(assumptions)
        .into_iter()
        .map(|a| from_english(input.language, a))
        .collect();
    let assumptions = assumptions.join(if zh { "；" } else { "; " });
    let (message, received, sender, findings) = match input.message {
        Some((text, mr)) => (
            text.trim().replace('\n', "\n> "),
            if mr.received.is_empty() {
                blank("【接收时间】", "[time received]")
            } else {
                mr.received.join(", ")
            },
            if mr.sender_names.is_empty() {
                blank("【发送号码/署名】", "[sender]")
            } else {
                mr.sender_names.join(", ")
            },
            mr.findings
                .iter()
                .map(|f| match zh {
                    // A Chinese reader is given the rule's name, not its id.
                    true => format!(
                        "- {}：“{}” — {}",
                        fix_message(input.language, &f.message_zh).trim_end_matches('。'),
                        f.evidence.text,
                        f.citation_zh
                    ),
                    false => format!(
                        "- {}（{}）：“{}” — {}",
                        f.message, f.rule_id, f.evidence.text, f.citation
                    ),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        None => (
            blank("【短信原文】", "[message text]"),
            blank("【接收时间】", "[time received]"),
            blank("【发送号码/署名】", "[sender]"),
            String::new(),
        ),
    };
    vec![
        (
            "lender",
            input
                .lender
                .clone()
                .unwrap_or_else(|| blank("【贷款人】", "[lender]")),
        ),
        ("file", r.file.clone()),
        ("headline", if zh { headline_zh } else { headline_en }),
        ("claim_table", table),
        ("citations", citations),
        ("lawful_total", m(part.lawful_total)),
        (
            "above",
            m(
                (demanded.unwrap_or(part.contract_total) - part.lawful_total)
                    .max(rust_decimal::Decimal::ZERO),
            ),
        ),
        (
            "demanded",
            demanded.map_or_else(|| blank("【金额】", "[amount]"), m),
        ),
        ("instalments", input.instalments.to_string()),
        ("assumptions", assumptions),
        ("date", input.date.to_string()),
        ("message", message),
        ("received", received),
        ("sender", sender),
        ("findings", findings),
    ]
}

fn dedup_keep_order(items: Vec<&str>) -> Vec<&str> {
    let mut seen = Vec::new();
    for i in items {
        if !seen.contains(&i) {
            seen.push(i);
        }
    }
    seen
}
