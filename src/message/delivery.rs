//! When messages were sent: outside the hours collection is allowed, or more often a day than
//! allowed. The hours and the daily limit are data (`[quiet_hours]`, `[frequency]` in the rule
//! file). Each names the jurisdictions whose rule it is (`jurisdictions = ["CN"]`): the Chinese
//! guideline's night hours and daily limit are not applied to a US or UK message.

use chrono::{NaiveDateTime, Timelike};
use serde::Deserialize;

use super::{Category, MessageFinding};
use crate::model::{Evidence, Severity};

/// The basis and wording of a delivery rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub citation: String,
    /// The basis in Chinese (else the English one is shown).
    #[serde(default)]
    pub citation_zh: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub summary_en: String,
    pub summary_zh: String,
    /// The jurisdictions (country codes: "CN", "US") this rule is the law or guideline of; empty
    /// for every jurisdiction.
    #[serde(default)]
    pub jurisdictions: Vec<String>,
}

impl Wording {
    /// Does the rule apply in `code` (a country code, "US" for "US-NY")?
    pub fn applies_in(&self, code: &str) -> bool {
        let country = code.split('-').next().unwrap_or(code);
        self.jurisdictions.is_empty()
            || self
                .jurisdictions
                .iter()
                .any(|j| j.eq_ignore_ascii_case(country) || j.eq_ignore_ascii_case(code))
    }
}

/// Hours in which collection needs the debtor's consent (22:00–08:00 in the CBA guideline).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuietHours {
    /// First quiet hour (22 = from 22:00).
    pub from_hour: u32,
    /// First allowed hour again (8 = until 08:00).
    pub until_hour: u32,
    #[serde(flatten)]
    pub wording: Wording,
}

/// The most collection contacts a day.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frequency {
    pub max_per_day: usize,
    #[serde(flatten)]
    pub wording: Wording,
}

/// A finding of rule `rule_id`; `detail` is what was seen (it is also the matched text).
fn finding(
    rule_id: &str,
    w: &Wording,
    detail: (String, String),
    evidence: &Evidence,
    file: &str,
) -> MessageFinding {
    MessageFinding {
        rule_id: rule_id.into(),
        category: Category::UnlawfulCollection,
        severity: Severity::Warning,
        message: format!("{} ({})", w.summary_en, detail.0),
        message_zh: format!("{}（{}）", w.summary_zh, detail.1),
        citation: w.citation.clone(),
        citation_zh: w.citation_zh.clone().unwrap_or_else(|| w.citation.clone()),
        note: w.note.clone(),
        evidence: evidence.clone(),
        matched: detail.0,
        rule_file: file.into(),
    }
}

/// Findings on the sending times of messages from one sender (`received`, one per message), by
/// the hours and limit of the message's jurisdiction `code` (rules of another are not applied).
pub fn check(
    received: &[NaiveDateTime],
    quiet: Option<&QuietHours>,
    frequency: Option<&Frequency>,
    code: &str,
    evidence: &Evidence,
    file: &str,
) -> Vec<MessageFinding> {
    let mut out = Vec::new();
    let quiet = quiet.filter(|q| q.wording.applies_in(code));
    let frequency = frequency.filter(|f| f.wording.applies_in(code));
    if let Some(q) = quiet {
        let at_night = |t: &&NaiveDateTime| {
            let h = t.hour();
            if q.from_hour > q.until_hour {
                h >= q.from_hour || h < q.until_hour
            } else {
                h >= q.from_hour && h < q.until_hour
            }
        };
        if let Some(t) = received.iter().find(at_night) {
            let when = t.format("%Y-%m-%d %H:%M").to_string();
            out.push(finding(
                "msg-sent-at-night",
                &q.wording,
                (format!("received {when}"), format!("接收时间 {when}")),
                evidence,
                file,
            ));
        }
    }
    if let Some(f) = frequency {
        let mut days: Vec<chrono::NaiveDate> = received.iter().map(|t| t.date()).collect();
        days.sort_unstable();
        let busiest = days
            .chunk_by(|a, b| a == b)
            .max_by_key(|c| c.len())
            .filter(|c| c.len() > f.max_per_day);
        if let Some(c) = busiest {
            let (n, day) = (c.len(), c[0]);
            out.push(finding(
                "msg-too-frequent",
                &f.wording,
                (format!("{n} messages on {day}"), format!("{day} 共 {n} 条")),
                evidence,
                file,
            ));
        }
    }
    out
}
