//! The words shared by the human and HTML reports, all from the message catalogue
//! ([`crate::i18n`]): names of enum values, a finding's title and plain-language confidence,
//! evidence quotes, ruleset names.

use std::sync::OnceLock;

use crate::i18n::{self, Confidence, t, tf};
use crate::model::{AppliedRuleset, ClauseKind, Evidence, Finding, Language, Severity};

pub(super) fn severity_name(s: Severity, lang: Language) -> &'static str {
    t(lang, &format!("severity.{}", s.as_str()))
}

pub(super) fn clause_name(kind: ClauseKind, lang: Language) -> &'static str {
    i18n::word(lang, "clause", &kind)
}

/// The APR method's name (`cn-irr` -> 内部收益率法), or its code when the catalogue lacks it.
pub(super) fn apr_method_name(method: &str, lang: Language) -> String {
    let key = format!("apr_method.{method}");
    if i18n::has(lang, &key) {
        t(lang, &key).to_string()
    } else {
        method.to_string()
    }
}

/// The finding's message in the report language, codes put into words.
pub(super) fn message(f: &Finding, lang: Language) -> String {
    let msg = match (lang, f.message_zh.as_deref()) {
        (Language::Zh, Some(zh)) => zh,
        _ => f.message.as_str(),
    };
    i18n::fix_message(lang, msg)
}

/// Split a message at its first colon: (the rule's name, what the contract does).
pub(super) fn split_title(msg: &str) -> (String, String) {
    // A colon between digits is a time of day ("22:00"), not the title's end.
    let in_figure = |k: usize| {
        msg[..k].ends_with(|c: char| c.is_ascii_digit())
            && msg[k + 1..].starts_with(|c: char| c.is_ascii_digit())
    };
    let colon = msg
        .match_indices(['：', ':'])
        .map(|(k, _)| k)
        .find(|&k| !(msg[k..].starts_with(':') && in_figure(k)));
    match colon.filter(|&k| k > 0) {
        Some(k) => {
            let colon = msg[k..].chars().next().map_or(1, char::len_utf8);
            (
                msg[..k].trim().to_string(),
                msg[k + colon..].trim().to_string(),
            )
        }
        None => (msg.trim().to_string(), String::new()),
    }
}

/// The rule's name as people read it (the message's title).
pub(super) fn title(f: &Finding, lang: Language) -> String {
    split_title(&message(f, lang)).0
}

/// What this contract does, after the title.
pub(super) fn body(f: &Finding, lang: Language) -> String {
    split_title(&message(f, lang)).1
}

/// The finding's caveat in plain words, as (label, text) lines: how sure its legal basis is
/// (a sentence for the grade of the note), then the note itself without grade marks (in
/// Chinese, its translation, else a pointer to the English report).
pub(super) fn caveat(note: Option<&str>, lang: Language) -> Vec<(&'static str, String)> {
    let Some(note) = note else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    let sentence = match i18n::note_confidence(note) {
        Confidence::Unconfirmed => Some("confidence.unconfirmed"),
        Confidence::Secondary => Some("confidence.secondary"),
        Confidence::Changing => Some("confidence.changing"),
        Confidence::Confirmed => None,
    };
    if let Some(key) = sentence {
        lines.push((t(lang, "report.confidence"), t(lang, key).to_string()));
    }
    let text = match lang {
        Language::En => i18n::strip_grades(note),
        Language::Zh => i18n::rule_note_zh(note)
            .unwrap_or_else(|| t(lang, "report.note_in_english").to_string()),
    };
    lines.push((t(lang, "report.note"), text));
    lines
}

/// Write the caveat lines, each as `indent` + "label: text".
pub(super) fn write_caveat(
    out: &mut dyn std::io::Write,
    note: Option<&str>,
    lang: Language,
    indent: &str,
) -> std::io::Result<()> {
    for (label, text) in caveat(note, lang) {
        writeln!(out, "{indent}{label}: {text}")?;
    }
    Ok(())
}

/// The quoted evidence, shortened to ~120 chars, with its page.
pub(super) fn quote(ev: &Evidence, lang: Language) -> String {
    let mut text: String = ev.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 120 {
        text = text.chars().take(117).collect::<String>() + "…";
    }
    match ev.page {
        Some(p) => format!("[{}] “{}”", tf(lang, "report.page", &[("n", &p)]), text),
        None => format!("“{text}”"),
    }
}

/// The ruleset's name in the report language (the Chinese name from the bundled ruleset).
pub(super) fn ruleset_name(rs: &AppliedRuleset, lang: Language) -> String {
    if lang == Language::Zh {
        if let Some(zh) = bundled_names_zh()
            .iter()
            .find(|(id, _)| *id == rs.id)
            .map(|(_, n)| n)
        {
            return zh.clone();
        }
    }
    rs.name.clone()
}

/// `(id, name_zh)` of the bundled rulesets, loaded once.
fn bundled_names_zh() -> &'static [(String, String)] {
    static NAMES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        crate::check::Checker::load(&[])
            .map(|c| {
                c.rulesets()
                    .iter()
                    .filter_map(|r| r.name_zh.clone().map(|n| (r.id.clone(), n)))
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Findings that say the same thing: the index of the earlier finding with the same body and
/// evidence, for each finding (so the report shows it once and points back).
pub(super) fn duplicates(findings: &[&Finding], lang: Language) -> Vec<Option<usize>> {
    let key = |f: &Finding| {
        (
            body(f, lang),
            f.evidence
                .iter()
                .map(|e| e.text.clone())
                .collect::<Vec<_>>(),
        )
    };
    let keys: Vec<_> = findings.iter().map(|&f| key(f)).collect();
    keys.iter()
        .enumerate()
        .map(|(i, k)| {
            (!k.0.is_empty())
                .then(|| keys[..i].iter().position(|e| e == k))
                .flatten()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_split_at_the_first_colon() {
        assert_eq!(
            split_title("授权读取通讯录：合同含有：x。"),
            ("授权读取通讯录".to_string(), "合同含有：x。".to_string())
        );
        assert_eq!(
            split_title("no colon"),
            ("no colon".to_string(), String::new())
        );
        // A time of day keeps its colon.
        assert_eq!(
            split_title("在22:00至次日08:00之间发送：该时段不得催收。"),
            (
                "在22:00至次日08:00之间发送".to_string(),
                "该时段不得催收。".to_string()
            )
        );
        assert_eq!(
            split_title("Sent at 23:10: outside 08:00-21:00"),
            (
                "Sent at 23:10".to_string(),
                "outside 08:00-21:00".to_string()
            )
        );
    }
}
