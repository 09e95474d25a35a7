//! The message catalogue: every human-facing word of the reports, in Chinese and English, kept
//! as data in `locales/{zh,en}.toml` (compiled in, so the binary needs no files at run time).
//!
//! TOML rather than Fluent: the reports need plain `{name}` substitution and no plural rules
//! (Chinese has none; English uses "(s)"), and the `toml` crate is already a dependency.
//! Keys are `section.name` (`report.title`, `severity.violation`). A key missing from a
//! language is a bug that `tests/i18n_catalogue.rs` catches; at run time it falls back to the
//! other language, then to the key itself, so a report never fails for want of a word.
//!
//! English notes written by the inner stages (assumptions, reading notes, ruleset reasons) are
//! put into Chinese by [`from_english`], with the patterns of `locales/zh-producer.toml`.

mod citations;
pub mod help;
mod producer;

pub use citations::citation_zh;

/// A legal citation in the report's language: Chinese where the table has every part of it,
/// else as the ruleset writes it.
pub fn citation(lang: crate::model::Language, text: &str) -> std::borrow::Cow<'_, str> {
    match lang {
        crate::model::Language::Zh => {
            citation_zh(text).map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
        }
        crate::model::Language::En => std::borrow::Cow::Borrowed(text),
    }
}

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::model::Language;

pub use producer::{
    Confidence, RuleNote, fix_message, from_english, note_confidence, patterns, rule_note_zh,
    rule_notes, strip_grades,
};

const ZH_SOURCE: &str = include_str!("../../locales/zh.toml");
const EN_SOURCE: &str = include_str!("../../locales/en.toml");

/// The command line parsed with its `--help` in the reader's language (see [`help`]).
pub fn parse_cli<T: clap::Parser>() -> T {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::help_language(&args, |v| std::env::var(v).ok());
    let matches = help::localize(T::command(), lang).get_matches_from(args);
    T::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The words of one language, flattened to `section.name` keys.
pub type Words = BTreeMap<String, String>;

/// Parse a catalogue file into `section.name` -> text. Errors name the offending key.
pub fn parse_catalogue(source: &str) -> Result<Words, String> {
    let value: toml::Table = source.parse().map_err(|e| format!("{e}"))?;
    let mut words = Words::new();
    flatten("", &toml::Value::Table(value), &mut words)?;
    Ok(words)
}

fn flatten(prefix: &str, value: &toml::Value, into: &mut Words) -> Result<(), String> {
    match value {
        toml::Value::String(s) => {
            into.insert(prefix.to_string(), s.clone());
            Ok(())
        }
        toml::Value::Table(t) => t.iter().try_for_each(|(k, v)| {
            let key = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            flatten(&key, v, into)
        }),
        other => Err(format!(
            "{prefix}: expected text, found {}",
            other.type_str()
        )),
    }
}

/// Both languages' words; an unreadable catalogue (a build-time file) leaves a language empty
/// and the test suite fails on it.
fn catalogue(lang: Language) -> &'static Words {
    static ZH: OnceLock<Words> = OnceLock::new();
    static EN: OnceLock<Words> = OnceLock::new();
    match lang {
        Language::Zh => ZH.get_or_init(|| parse_catalogue(ZH_SOURCE).unwrap_or_default()),
        Language::En => EN.get_or_init(|| parse_catalogue(EN_SOURCE).unwrap_or_default()),
    }
}

/// The bundled catalogue files, for the tests: (language, source).
pub fn sources() -> [(Language, &'static str); 2] {
    [(Language::Zh, ZH_SOURCE), (Language::En, EN_SOURCE)]
}

/// The text of `key` in `lang` (else in the other language, else the key itself).
/// "1 day", "3 days": a count of days in an English note.
pub fn days_en(n: u32) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}

pub fn t(lang: Language, key: &str) -> &'static str {
    let other = match lang {
        Language::Zh => Language::En,
        Language::En => Language::Zh,
    };
    catalogue(lang)
        .get(key)
        .or_else(|| catalogue(other).get(key))
        .map_or_else(|| leak_key(key), String::as_str)
}

/// Whether the catalogue has `key` in `lang` (for words looked up by a data value, such as a
/// clause kind, that may be new).
pub fn has(lang: Language, key: &str) -> bool {
    catalogue(lang).contains_key(key)
}

/// A missing key is shown as itself. Kept in a set so each distinct key is allocated once.
pub(crate) fn leak_key(key: &str) -> &'static str {
    use std::sync::Mutex;
    static MISSING: OnceLock<Mutex<std::collections::BTreeSet<&'static str>>> = OnceLock::new();
    let set = MISSING.get_or_init(Default::default);
    let Ok(mut set) = set.lock() else {
        return "?";
    };
    if let Some(k) = set.get(key) {
        return k;
    }
    let k: &'static str = Box::leak(key.to_string().into_boxed_str());
    set.insert(k);
    k
}

/// `key`'s text with each `{name}` replaced by its value.
pub fn tf(lang: Language, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    fill(t(lang, key), args)
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut s = template.to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), &value.to_string());
    }
    s
}

/// The `(name, text)` pairs of one section (`clause`, `severity`, ...) in `lang`.
pub fn entries(lang: Language, section: &str) -> Vec<(&'static str, &'static str)> {
    let prefix = format!("{section}.");
    catalogue(lang)
        .iter()
        .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|name| (name, v.as_str())))
        .collect()
}

/// The serde name of a unit-like enum value (`equal_installment`, `contact-list-access`):
/// the stable code its catalogue key is built from.
pub fn code<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The word for an enum value under `section` (`method`, `per`, `clause`, ...), by its code.
pub fn word<T: serde::Serialize>(lang: Language, section: &str, value: &T) -> &'static str {
    t(lang, &format!("{section}.{}", code(value)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_values() {
        assert_eq!(fill("{n} of {m}", &[("n", &1), ("m", &"two")]), "1 of two");
    }

    #[test]
    fn missing_key_falls_back_to_itself() {
        assert_eq!(t(Language::Zh, "no.such.key"), "no.such.key");
        assert_eq!(t(Language::Zh, "severity.violation"), "违规");
        assert_eq!(t(Language::En, "severity.violation"), "VIOLATION");
    }
}
