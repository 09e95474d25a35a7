//! Amounts written in words and in figures ("Five Thousand Dollars ($5,000.00)", "€2.000,00
//! (two thousand euros)"): the words must say what the figure says.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number::{self, Money};
use crate::model::{Inconsistency, Terms};

/// Currency words between the number words and the bracketed figure.
const CURRENCY_WORDS: [&str; 12] = [
    "dollars", "dollar", "us", "pounds", "pound", "sterling", "euros", "euro", "francs", "swiss",
    "rupees", "only",
];

/// The amount that opens `text`: a figure ("$900"), words ("three thousand dollars"), or
/// words with their figure in brackets after them ("one thousand two hundred and fifty
/// dollars ($1,250)", "One Hundred Seventy-Five Dollars (US$175.00)": the figure is read).
/// Anything else before a figure (prose, another noun) means no amount opens the text.
pub(super) fn amount_opening(text: &str) -> Option<Money> {
    let money = number::find_money(text).into_iter().next()?;
    let gap = text.get(..money.start)?;
    let words_only = gap
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | ',' | '('))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.to_ascii_lowercase();
            number::is_number_word(&w)
                || w.ends_with("/100")
                || CURRENCY_WORDS.contains(&w.as_str())
                || matches!(w.as_str(), "u.s.")
        });
    words_only.then_some(money)
}

/// "Five Thousand Dollars ($5,000.00)": the words must say what the figure says.
pub(super) fn words_and_figures(cx: &mut Ctx, terms: &mut Terms) {
    static CENTS: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)and (\d{1,2})/100\s*$").expect("static regex")
    });
    let flat = cx.flat.clone();
    for money in cx.money_in_flat() {
        let before = flat.get(..money.start).unwrap_or("").trim_end();
        let after = flat.get(money.end..).unwrap_or("").trim_start();
        if !before.ends_with('(') || !after.starts_with(')') {
            figures_then_words(cx, terms, &flat, &money);
            continue;
        }
        let before = before.trim_end_matches('(').trim_end();
        let lo = super::floor(before, before.len().saturating_sub(160));
        let tail = before.get(lo..).unwrap_or("");
        let mut words: Vec<&str> = Vec::new();
        let mut cents = Decimal::ZERO;
        let mut rest = tail;
        if let Some(c) = CENTS.captures(tail)
            && let (Some(w), Some(n)) = (c.get(0), c.get(1))
        {
            cents = n.as_str().parse::<Decimal>().unwrap_or_default() / Decimal::from(100);
            rest = tail.get(..w.start()).unwrap_or("");
        }
        let mut word_start = lo + rest.len();
        for w in rest.rsplit(|c: char| c.is_whitespace()) {
            let lw = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_ascii_lowercase();
            if lw.is_empty() {
                continue;
            }
            if words.is_empty() && CURRENCY_WORDS.contains(&lw.as_str()) {
                word_start = word_start.saturating_sub(w.len() + 1);
                continue;
            }
            let parts_ok = lw.split('-').all(number::is_number_word);
            if !parts_ok {
                break;
            }
            words.push(w);
            word_start = lo + rest.rfind(w).unwrap_or(0);
        }
        words.reverse();
        let phrase = words.join(" ");
        let meaningful = words
            .iter()
            .any(|w| !matches!(w.to_ascii_lowercase().as_str(), "and" | "a"));
        if !meaningful {
            continue;
        }
        let Some(value) = number::parse_number_words(&phrase) else {
            continue;
        };
        let value = value + cents;
        cx.cover(money.start);
        if value != money.amount {
            terms.inconsistencies.push(Inconsistency {
                kind: "amount-words-figures-mismatch".to_string(),
                message: format!(
                    "amount in words ({phrase} = {value}) differs from the figure {}",
                    money.amount
                ),
                evidence: cx.evidence(word_start, money.end),
            });
        }
    }
}

/// "€2.000,00 (two thousand euros)": words in brackets after the figure.
fn figures_then_words(cx: &mut Ctx, terms: &mut Terms, flat: &str, money: &Money) {
    let after = flat.get(money.end..).unwrap_or("");
    let trimmed = after.trim_start();
    if !trimmed.starts_with('(') {
        return;
    }
    let open = money.end + (after.len() - trimmed.len());
    let Some(close) = trimmed
        .get(..super::floor(trimmed, 160))
        .and_then(|t| t.find(')'))
    else {
        return;
    };
    let inner = trimmed.get(1..close).unwrap_or("");
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .filter(|w| !CURRENCY_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        .collect();
    let all_numeric = !words.is_empty()
        && words.iter().all(|w| {
            w.to_ascii_lowercase()
                .split('-')
                .all(number::is_number_word)
        })
        && words
            .iter()
            .any(|w| !matches!(w.to_ascii_lowercase().as_str(), "and" | "a"));
    if !all_numeric {
        return;
    }
    let phrase = words.join(" ");
    let Some(value) = number::parse_number_words(&phrase) else {
        return;
    };
    cx.cover(money.start);
    if value != money.amount.trunc()
        || (money.amount.fract() != Decimal::ZERO && value != money.amount)
    {
        terms.inconsistencies.push(Inconsistency {
            kind: "amount-words-figures-mismatch".to_string(),
            message: format!(
                "amount in words ({phrase} = {value}) differs from the figure {}",
                money.amount
            ),
            evidence: cx.evidence(money.start, open + close + 1),
        });
    }
}
