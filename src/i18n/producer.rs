//! Chinese for the English notes of the inner stages, and plain words for a rule's grade.

use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

use super::{has, t};
use crate::extract::prefilter::LazyRegex;
use crate::model::Language;
use crate::pattern;

/// `zh-producer.toml` and its continuation, in order (the first pattern matching a part wins).
const PATTERNS_SOURCE: &str = concat!(
    include_str!("../../locales/zh-producer.toml"),
    "\n",
    include_str!("../../locales/zh-producer-terms.toml"),
);
const RULE_NOTES_SOURCE: &str = include_str!("../../locales/zh-rule-notes.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleNote {
    /// The English note translated (as its ruleset writes it).
    pub en: String,
    pub zh: String,
}

/// The Chinese rule notes, by rule id (the tests check them against the bundled rulesets).
pub fn rule_notes() -> Result<std::collections::BTreeMap<String, RuleNote>, String> {
    toml::from_str(RULE_NOTES_SOURCE).map_err(|e| e.to_string())
}

/// The Chinese of a finding's English note: the ruleset's and the rule's own notes (from
/// `locales/zh-rule-notes.toml`, by ruleset or rule id) and the sentences the checks add around
/// them (by the producer patterns). None when any part has no Chinese, so that the report
/// points to the English one rather than mixing languages.
pub fn rule_note_zh(note: &str) -> Option<String> {
    static BY_NOTE: OnceLock<Vec<(String, String)>> = OnceLock::new();
    let notes = BY_NOTE.get_or_init(|| {
        let mut notes: Vec<(String, String)> = rule_notes()
            .unwrap_or_default()
            .into_values()
            .map(|n| (squash(&n.en), n.zh))
            .collect();
        // The longest first, so that a note that extends another is taken whole.
        notes.sort_by_key(|(en, _)| std::cmp::Reverse(en.len()));
        notes
    });
    let zh = notes_zh(&squash(note), notes)?;
    (!zh.is_empty()).then_some(zh)
}

/// The known notes found in `note`, each put into Chinese, and the text around them by the
/// producer patterns (as one part, else sentence by sentence).
fn notes_zh(note: &str, notes: &[(String, String)]) -> Option<String> {
    let note = note.trim();
    if note.is_empty() {
        return Some(String::new());
    }
    if let Some((i, en, zh)) = notes
        .iter()
        .find_map(|(en, zh)| note.find(en.as_str()).map(|i| (i, en, zh)))
    {
        let before = notes_zh(&note[..i], notes)?;
        let after = notes_zh(&note[i + en.len()..], notes)?;
        return Some(format!("{before}{zh}{after}"));
    }
    let whole = from_english(Language::Zh, note);
    if !whole.contains(t(Language::Zh, "report.english_source")) {
        return Some(whole);
    }
    sentences_zh(note)
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Chinese of English sentences ("A. B."), each through the producer patterns; None when
/// one has no Chinese.
fn sentences_zh(text: &str) -> Option<String> {
    let untranslated = t(Language::Zh, "report.english_source");
    let mut zh = String::new();
    for sentence in english_sentences(text) {
        let part = from_english(Language::Zh, sentence);
        if part.contains(untranslated) {
            return None;
        }
        zh.push_str(part.trim_end_matches(['。', '；']));
        zh.push('。');
    }
    Some(zh)
}

/// English sentences, without their full stops: cut at ". " before a capital, a digit or a
/// quote, outside brackets and quotes (a file name like `index/x.toml` or "3.5%" stays whole).
fn english_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '(' | '«' | '“' => depth += 1,
            ')' | '»' | '”' => depth = (depth - 1).max(0),
            '.' if depth == 0 => {
                let next = text[i + 1..].chars().nth(1);
                let at_end = text[i + 1..].trim().is_empty();
                let before_sentence = text[i + 1..].starts_with(' ')
                    && next
                        .is_some_and(|n| n.is_ascii_uppercase() || n.is_ascii_digit() || n == '«');
                if at_end || before_sentence {
                    out.push(text[start..i].trim());
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        out.push(tail);
    }
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    pattern: Vec<PatternEntry>,
    /// Replaced anywhere inside a Chinese finding message (a code or an English word the
    /// rule's Chinese summary carries over from the figures).
    #[serde(default)]
    inline: Vec<PatternEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternEntry {
    en: String,
    zh: String,
}

type Compiled = Vec<(Regex, String)>;

/// The producer patterns and the inline ones, compiled; an error names the pattern (the tests
/// load them too).
pub fn patterns() -> Result<(Compiled, Compiled), String> {
    let file: PatternFile = toml::from_str(PATTERNS_SOURCE).map_err(|e| e.to_string())?;
    let compile = |list: Vec<PatternEntry>| -> Result<Compiled, String> {
        list.into_iter()
            .map(|p| {
                // A quoted sentence may run over a line break.
                pattern::builder(&p.en)
                    .dot_matches_new_line(true)
                    .build()
                    .map(|re| (re, p.zh))
                    .map_err(|e| format!("{}: {e}", p.en))
            })
            .collect()
    };
    Ok((compile(file.pattern)?, compile(file.inline)?))
}

/// A pattern of `zh-producer.toml` (or its continuation), compiled on its first use, and the
/// literal text a part must start with for it to match (read from the pattern: most notes are matched by a few of
/// a hundred patterns, and a run compiles only the patterns a note's start leaves).
struct Lazy {
    re: LazyRegex,
    start: String,
    zh: String,
}

fn lazy_lists() -> &'static (Vec<Lazy>, Vec<Lazy>) {
    static LISTS: OnceLock<(Vec<Lazy>, Vec<Lazy>)> = OnceLock::new();
    LISTS.get_or_init(|| {
        let Ok(file) = toml::from_str::<PatternFile>(PATTERNS_SOURCE) else {
            return Default::default();
        };
        let lazy = |list: Vec<PatternEntry>| -> Vec<Lazy> {
            list.into_iter()
                .map(|p| Lazy {
                    start: literal_start(&p.en),
                    // As `patterns` builds them: `.` matches a line break.
                    re: LazyRegex::new(format!("(?s){}", p.en)),
                    zh: p.zh,
                })
                .collect()
        };
        (lazy(file.pattern), lazy(file.inline))
    })
}

/// The literal text every match of `pattern` starts with when it is anchored (`^abc\(d`
/// gives `abc(d`), or "" (no condition).
fn literal_start(pattern: &str) -> String {
    let Some(rest) = pattern.strip_prefix('^') else {
        return String::new();
    };
    // An alternative at the top (`^a|b`) is not anchored: no condition.
    let mut depth = 0i32;
    let mut escaped = false;
    let mut class = false;
    for c in rest.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => class = true,
            ']' => class = false,
            '(' if !class => depth += 1,
            ')' if !class => depth -= 1,
            '|' if !class && depth == 0 => return String::new(),
            _ => {}
        }
    }
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(d) if d.is_ascii_punctuation() => out.push(d),
                _ => break,
            },
            // A repetition makes the character before it optional or repeated.
            '?' | '*' | '+' | '{' => {
                out.pop();
                break;
            }
            '.' | '[' | '(' | ')' | '|' | '^' | '$' | '}' | ']' => break,
            _ => out.push(c),
        }
    }
    out
}

/// A finding's Chinese message with the codes it carries (clause kinds such as
/// `contact-list-access`, currency codes) put into words. English messages are unchanged.
pub fn fix_message(lang: Language, message: &str) -> String {
    if lang == Language::En {
        return message.to_string();
    }
    let mut s = message.to_string();
    for Lazy { re, zh, .. } in &lazy_lists().1 {
        let Some(re) = re.get() else { continue };
        s = re
            .replace_all(&s, |caps: &regex::Captures<'_>| {
                let mut out = zh.clone();
                for name in re.capture_names().flatten() {
                    let value = caps.name(name).map_or("", |m| m.as_str());
                    out = out.replace(&format!("{{{name}}}"), &captured_word(name, value));
                }
                out
            })
            .into_owned();
    }
    // Longest codes first, so `debt-exposure` is not cut by a shorter code inside it.
    let mut clauses = super::entries(Language::Zh, "clause");
    clauses.sort_by_key(|(code, _)| std::cmp::Reverse(code.len()));
    for (code, name) in clauses {
        s = s.replace(code, name);
    }
    s
}

/// A producer's English note in the report language: unchanged in English; in Chinese each
/// "; "-separated part through the patterns, and a part none matches quoted as English.
pub fn from_english(lang: Language, text: &str) -> String {
    if lang == Language::En {
        return text.to_string();
    }
    // The range note ends with a remark on its figure, after its last open term: said apart,
    // so that the term before it reads as it does anywhere else.
    const FIRST_READING: &str = " (this figure is the first reading's; see apr_range)";
    let (body, remark) = match text.strip_suffix(FIRST_READING) {
        Some(body) if split_outside_quotes(body).len() > 1 => {
            (body, "（上方数字按第一种解读计算）")
        }
        _ => (text, ""),
    };
    let mut zh = split_outside_quotes(body)
        .iter()
        .map(|part| translate_part(part))
        .collect::<Vec<_>>()
        .join("；");
    zh.push_str(remark);
    // Contract words quoted over a line break stay on the note's one line.
    if zh.contains(['\n', '\r']) {
        zh = zh.lines().map(str::trim).collect::<Vec<_>>().join(" ");
    }
    zh
}

fn translate_part(part: &str) -> String {
    let part = part.trim();
    if let Some(zh) = matched(part) {
        return zh;
    }
    // A reading's label joins its choices with ", " ("50% a year, 365 days a year"): each
    // choice on its own, when every one is known.
    let pieces = split_outside_quotes_at(part, ',');
    if pieces.len() > 1 {
        let zh: Option<Vec<String>> = pieces.iter().map(|p| matched(p.trim())).collect();
        if let Some(zh) = zh {
            return zh.join("，");
        }
    }
    format!("{}“{part}”", t(Language::Zh, "report.english_source"))
}

/// The part in Chinese, when a pattern knows it (or it has no English word in it).
fn matched(part: &str) -> Option<String> {
    if !part.chars().any(|c| c.is_ascii_alphabetic()) {
        return Some(part.to_string());
    }
    for Lazy { re, start, zh } in &lazy_lists().0 {
        if !part.starts_with(start.as_str()) {
            continue;
        }
        let Some(re) = re.get() else { continue };
        if let Some(caps) = re.captures(part) {
            let mut out = zh.clone();
            for name in re.capture_names().flatten() {
                let value = caps.name(name).map_or("", |m| m.as_str());
                out = out.replace(&format!("{{{name}}}"), &captured_word(name, value));
            }
            // Contract words quoted «…» in English are quoted “…” in Chinese.
            return Some(out.replace('«', "“").replace('»', "”"));
        }
    }
    None
}

/// A captured value in Chinese when its capture name says what kind of word it is.
fn captured_word(name: &str, value: &str) -> String {
    let section = match name.split('_').next() {
        Some("u") => "period_word",
        Some("j") => "jurisdiction",
        Some("cur") => "currency",
        Some("lt") => "lender_type",
        Some("m") => "method",
        Some("tm") => "timing",
        // A clause of its own (the first open term after "it depends on"): translated as a part.
        Some("t") => return translate_part(value),
        _ => return value.to_string(),
    };
    let key = format!("{section}.{value}");
    if has(Language::Zh, &key) {
        t(Language::Zh, &key).to_string()
    } else {
        value.to_string()
    }
}

/// Cut at "; " except inside “…” or "…" quotes and (…) brackets.
fn split_outside_quotes(text: &str) -> Vec<String> {
    split_outside_quotes_at(text, ';')
}

/// Cut at `sep` followed by a space, except inside “…” or "…" quotes and (…) brackets.
/// A quote cut short inside (evidence shortened to “…出借人凌国栋(身份证号…”) leaves its
/// brackets and inner quotes open: then a quote is read as one span, whatever is inside it.
fn split_outside_quotes_at(text: &str, sep: char) -> Vec<String> {
    split_at(text, sep, true).unwrap_or_else(|| split_at(text, sep, false).unwrap_or_default())
}

/// The parts, or `None` when `nested` and the quotes and brackets do not close.
fn split_at(text: &str, sep: char, nested: bool) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut depth = 0i32;
    let mut in_quote = false;
    let mut straight = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '“' | '«' if !nested => in_quote = true,
            '”' | '»' if !nested => in_quote = false,
            _ if in_quote => {}
            '“' | '(' | '«' => depth += 1,
            '”' | ')' | '»' => depth = (depth - 1).max(0),
            '"' if depth == 0 => straight = !straight,
            c if c == sep && depth == 0 && !straight && chars.peek() == Some(&' ') => {
                chars.next();
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    if nested && (depth != 0 || straight) {
        return None;
    }
    parts.push(current);
    Some(parts.into_iter().filter(|p| !p.trim().is_empty()).collect())
}

/// How firmly a rule's legal basis is established, from the grade marks in its note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    /// Primary text confirmed, or no mark.
    Confirmed,
    /// A value that changes (a quarterly threshold, an index past its last verified month).
    Changing,
    /// Known from secondary sources only ([S]).
    Secondary,
    /// Not confirmed ([U], "from memory").
    Unconfirmed,
}

/// The weakest grade a note mentions.
pub fn note_confidence(note: &str) -> Confidence {
    if note.contains("[U") || note.contains("from memory") {
        Confidence::Unconfirmed
    } else if note.contains("[S]") || note.contains("secondary source") {
        Confidence::Secondary
    } else if note.contains("quarterly") || note.contains("last verified") {
        Confidence::Changing
    } else {
        Confidence::Confirmed
    }
}

/// The note without its grade marks (`[C]`, `[S]`, `[U]`, `[U: …]`), "from memory" in plain words.
pub fn strip_grades(note: &str) -> String {
    static MARKS: OnceLock<Option<Regex>> = OnceLock::new();
    let marks = MARKS.get_or_init(|| pattern::regex(r"\s*\[(?:C|S|U)(?::[^\]]*)?\]").ok());
    let Some(re) = marks.as_ref() else {
        return note.to_string();
    };
    let cleaned = re.replace_all(note, "").to_string();
    cleaned
        .replace("from memory", "not yet verified against the primary text")
        .replace("()", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        let (p, inline) = patterns().unwrap();
        assert!(p.len() > 20 && !inline.is_empty());
    }

    #[test]
    fn a_pattern_starts_with_its_literal_text() {
        assert_eq!(
            literal_start(r"^rounding: level (?P<x>\S+)$"),
            "rounding: level "
        );
        assert_eq!(
            literal_start(r"^interest \(as stated\)\.$"),
            "interest (as stated)."
        );
        assert_eq!(literal_start(r"^instalments? of"), "instalment");
        assert_eq!(literal_start(r"^ab\(?c"), "ab");
        assert_eq!(literal_start(r"^ab{2}"), "a");
        assert_eq!(literal_start(r"^day \d+"), "day ");
        assert_eq!(literal_start(r"^ab.c"), "ab");
        assert_eq!(literal_start(r"^ab|cd"), "");
        assert_eq!(literal_start(r"^a(?:b|c)|d"), "");
        assert_eq!(literal_start(r"^a(?:b|c)d"), "a");
        assert_eq!(literal_start(r"ab"), "");
        // Every pattern matches its own examples only where they start with its literal text.
        let (compiled, _) = patterns().unwrap();
        for ((re, _), lazy) in compiled.iter().zip(&lazy_lists().0) {
            assert_eq!(re.as_str(), lazy.re.as_str().trim_start_matches("(?s)"));
            let start = &lazy.start;
            assert!(
                re.as_str().replace('\\', "").contains(start.as_str()),
                "{start}"
            );
        }
    }

    #[test]
    fn assumptions_come_out_in_chinese_part_by_part() {
        let zh = from_english(
            Language::Zh,
            "rounding: level instalment 916.8 (as stated); interest on the balance each period rounded half up to 0.01; the last instalment takes the remainder",
        );
        assert_eq!(
            zh,
            "取整：每期还款 916.8（按合同所写）；每期利息按剩余本金计算，四舍五入到分；尾差计入最后一期"
        );
        assert_eq!(
            from_english(
                Language::Zh,
                "unit-period month: the most frequent common period (12 times)"
            ),
            "计算周期为月：合同中最常见的还款间隔（共 12 次）"
        );
    }

    #[test]
    fn quotes_keep_their_semicolons_and_unknown_parts_stay_quoted() {
        let zh = from_english(
            Language::Zh,
            "jurisdiction CN from the contract's words “a; b”; something new",
        );
        assert_eq!(
            zh,
            "适用地区：中国内地（依据合同用语 “a; b”）；（以下为英文原文）“something new”"
        );
        assert_eq!(from_english(Language::En, "x; y"), "x; y");
    }

    #[test]
    fn a_fee_timing_code_is_said_through_the_catalogue() {
        assert_eq!(
            from_english(Language::Zh, "平台服务费: upfront_deducted"),
            "平台服务费：放款时从本金中扣除"
        );
        // Another fee and another timing: the same words around them.
        assert_eq!(
            from_english(Language::Zh, "账户管理费: per_period"),
            "账户管理费：每期随还款支付"
        );
        // Not a timing code: left to the other patterns (here none), not read as one.
        assert!(from_english(Language::Zh, "账户管理费: weekly_fee").contains("英文原文"));
    }

    #[test]
    fn a_quote_cut_short_inside_still_ends_at_its_closing_mark() {
        // The quoted evidence was shortened inside a bracket: the bracket never closes.
        let zh = from_english(
            Language::Zh,
            "lender type individual: the lender party “出借人王某(身份证号1101…”; contract date 2025-03-01: 4 of 6 rules apply",
        );
        assert_eq!(
            zh,
            "出借人类型：自然人（依据 “出借人王某(身份证号1101…”）；合同日期 2025-03-01：6 条规则中 4 条适用"
        );
        // An inner quote left open, and the parts in the other order.
        let zh = from_english(
            Language::Zh,
            "contract date 2024-12-31: 2 of 2 rules apply; lender type bank: a bank lends: “贷款人：某某银行“城东支行…”",
        );
        assert_eq!(
            zh,
            "合同日期 2024-12-31：2 条规则中 2 条适用；出借人类型：银行（依据 “贷款人：某某银行“城东支行…”）"
        );
        // Words quoted over a line break stay on the note's line.
        assert!(
            !from_english(
                Language::Zh,
                "lender type bank: a bank lends: “贷款人：某某银行\n借款人：张三”"
            )
            .contains('\n')
        );
    }

    #[test]
    fn chinese_messages_lose_their_codes() {
        assert_eq!(
            fix_message(
                Language::Zh,
                "合同含有：third-party-collection。本金CNY 10000（computed）"
            ),
            "合同含有：向第三人催收。本金10000元（计算值）"
        );
        assert_eq!(fix_message(Language::En, "CNY 1"), "CNY 1");
    }

    #[test]
    fn grades_become_confidence_and_marks_are_stripped() {
        assert_eq!(
            note_confidence("known from secondary sources [S]."),
            Confidence::Secondary
        );
        assert_eq!(
            note_confidence("wording unconfirmed [U]; also [S]"),
            Confidence::Unconfirmed
        );
        assert_eq!(
            note_confidence("is from memory [U]"),
            Confidence::Unconfirmed
        );
        assert_eq!(
            note_confidence("A borrower's contacts are not parties."),
            Confidence::Confirmed
        );
        assert_eq!(
            strip_grades("The list is from memory [U]; Art. 670 [C] holds [U: date]."),
            "The list is not yet verified against the primary text; Art. 670 holds."
        );
    }

    #[test]
    fn english_sentences_are_cut_at_full_stops_before_a_new_sentence_only() {
        assert_eq!(
            english_sentences(
                "See rulesets/index/cn-lpr-1y.toml. One-off at 3.5% (e.g. Art. 5). 30 days."
            ),
            vec![
                "See rulesets/index/cn-lpr-1y.toml",
                "One-off at 3.5% (e.g. Art. 5)",
                "30 days"
            ]
        );
        assert_eq!(
            english_sentences("The contract states it: «a. B.». Next"),
            vec!["The contract states it: «a. B.»", "Next"]
        );
    }

    #[test]
    fn a_finding_note_of_known_notes_and_computed_sentences_is_all_chinese() {
        let rule = "Requirement known from secondary sources [S] (People's Daily, 2021-04-01).";
        let ruleset = "The notice's number, date of force and fee-inclusion clause are known from secondary sources (Xinhua, a lawyer's article-by-article reading) [S]; its official text was not retrieved.";
        let lpr = "1-year LPR after its last verified value (2026-08-20): assumed unchanged at 3%; add newer months to rulesets/index/cn-lpr-1y.toml.";
        let days = "One-off and fixed default charges are annualised over an assumed 30 days overdue on one instalment.";
        let basis = "The contract does not state the day basis: 365 days a year was assumed; on 360 days the rate is 18%, still above the limit.";
        for note in [
            format!("{ruleset} {rule}"),
            format!("{rule} {lpr} {days}"),
            format!("{lpr} {basis}"),
            format!("{ruleset} {rule} {lpr}"),
        ] {
            let zh = rule_note_zh(&note).unwrap_or_else(|| panic!("no Chinese for {note}"));
            let words = zh
                .replace("rulesets/index/cn-lpr-1y.toml", "")
                .replace("LPR", "");
            assert!(!words.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
        }
        let zh = rule_note_zh(&format!("{lpr} {days}")).unwrap();
        assert!(
            zh.contains("2026-08-20") && zh.contains("3%") && zh.contains("30天"),
            "{zh}"
        );
        // A sentence with no Chinese leaves the whole note to the English report.
        assert!(rule_note_zh(&format!("{rule} An unknown remark.")).is_none());
        assert!(rule_note_zh(&format!("An unknown remark. {lpr}")).is_none());
    }
}
