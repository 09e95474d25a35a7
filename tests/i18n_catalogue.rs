#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The message catalogue (`locales/{zh,en}.toml`): every key in both languages, every
//! placeholder in both, and the producer patterns compile.

use std::collections::BTreeSet;

use loanlint::Language;
use loanlint::i18n;

fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.insert(rest[start + 1..start + len].to_string());
        rest = &rest[start + len..];
    }
    out
}

#[test]
fn every_key_exists_in_both_languages_with_the_same_placeholders() {
    let [(zh_lang, zh_src), (en_lang, en_src)] = i18n::sources();
    assert_eq!((zh_lang, en_lang), (Language::Zh, Language::En));
    let zh = i18n::parse_catalogue(zh_src).unwrap();
    let en = i18n::parse_catalogue(en_src).unwrap();
    assert!(zh.len() > 150, "the catalogue holds the reports' words");
    let only_zh: Vec<_> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
    assert!(
        only_zh.is_empty() && only_en.is_empty(),
        "keys missing a language: only in zh {only_zh:?}, only in en {only_en:?}"
    );
    for (key, zh_text) in &zh {
        let en_text = &en[key];
        assert_eq!(
            placeholders(zh_text),
            placeholders(en_text),
            "{key}: the two languages fill different values"
        );
    }
}

#[test]
fn chinese_words_carry_no_english() {
    let [(_, zh_src), _] = i18n::sources();
    let zh = i18n::parse_catalogue(zh_src).unwrap();
    // Codes people may see as they are: the product's name, LPR (so written in Chinese law),
    // file formats as Chinese technical text writes them.
    let allowed = ["loanlint", "LPR", "PDF", "JSON", "CSV", "HTML"];
    for (key, text) in &zh {
        // What one types (a flag's value, a tool's name) is quoted in backticks, as it is.
        let typed: String = text.split('`').step_by(2).collect();
        let cleaned = typed
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 2 && !allowed.contains(w))
            .filter(|w| !placeholders(text).contains(*w))
            .collect::<Vec<_>>();
        // Currency codes in `[currency]` of the English file only.
        assert!(
            cleaned.is_empty(),
            "zh {key} = {text:?} carries {cleaned:?}"
        );
    }
}

#[test]
fn a_key_missing_from_a_catalogue_is_detected() {
    // The check above must be able to fail: a catalogue lacking a key differs from the other.
    let zh = i18n::parse_catalogue("[report]\ntitle = \"标题\"\n").unwrap();
    let en = i18n::parse_catalogue("[report]\ntitle = \"Title\"\nextra = \"x\"\n").unwrap();
    assert!(en.keys().any(|k| !zh.contains_key(k)));
    assert!(i18n::parse_catalogue("[report]\ntitle = 3\n").is_err());
}

#[test]
fn producer_patterns_compile() {
    let (patterns, inline) = i18n::patterns().unwrap();
    assert!(!patterns.is_empty() && !inline.is_empty());
}

#[test]
fn every_chinese_rule_note_is_translated_from_its_current_english() {
    let notes = i18n::rule_notes().unwrap();
    let rulesets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rulesets");
    let mut missing = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(&rulesets).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("cn-") || path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let table: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        // The ruleset's own note, which a finding's note carries before its rule's.
        if let Some(note) = table.get("note").and_then(|v| v.as_str()) {
            seen += 1;
            if i18n::rule_note_zh(note).is_none_or(|zh| zh.is_empty()) {
                missing.push(format!("{name}: the ruleset's note"));
            }
        }
        let rules = table.get("rules").and_then(|r| r.as_array()).cloned();
        for rule in rules.unwrap_or_default() {
            let (Some(id), Some(note)) = (
                rule.get("id").and_then(|v| v.as_str()),
                rule.get("note").and_then(|v| v.as_str()),
            ) else {
                continue;
            };
            seen += 1;
            match i18n::rule_note_zh(note) {
                Some(zh) if !zh.is_empty() => {}
                _ => missing.push(format!("{name}: {id}")),
            }
        }
    }
    assert!(seen >= 20, "the Chinese rulesets' notes are read ({seen})");
    assert!(
        missing.is_empty(),
        "notes without Chinese (add or update them in locales/zh-rule-notes.toml): {missing:?}"
    );
    // A changed English note no longer finds its translation.
    let (_, first) = notes.iter().next().unwrap();
    assert!(i18n::rule_note_zh(&first.en).is_some());
    assert!(i18n::rule_note_zh(&format!("{} Changed.", first.en)).is_none());
}
