//! Chinese for a rule's legal citation (`Civil Code Art. 670` → `《民法典》第六百七十条`), so
//! that a Chinese report cites the law in Chinese. The law names are data
//! (`locales/zh-citations.toml`); article numbers are written in Chinese numerals here.

use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

use crate::pattern;

const SOURCE: &str = include_str!("../../locales/zh-citations.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrase {
    en: String,
    zh: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    phrase: Vec<Phrase>,
}

/// The phrases, longest first; a load error (caught by the tests) leaves none.
fn phrases() -> &'static [(String, String)] {
    static PHRASES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PHRASES.get_or_init(|| {
        let mut out: Vec<(String, String)> = toml::from_str::<Table>(SOURCE)
            .map(|t| t.phrase.into_iter().map(|p| (p.en, p.zh)).collect())
            .unwrap_or_default();
        out.sort_by_key(|(en, _)| std::cmp::Reverse(en.len()));
        out
    })
}

/// Whether the table loads (for the tests).
#[cfg(test)]
fn table_loads() -> Result<usize, String> {
    toml::from_str::<Table>(SOURCE)
        .map(|t| t.phrase.len())
        .map_err(|e| e.to_string())
}

/// `Art. 29`, `Arts. 466, 498`, `Art. 293-1`.
fn articles() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        pattern::regex(r"\s*Arts?\.\s*(\d+(?:-\d+)?(?:\s*(?:,|and)\s*\d+(?:-\d+)?)*)")
            .expect("static regex")
    })
}

/// A whole number below 10,000 in Chinese numerals, as statutes number their articles.
fn han_number(n: u32) -> Option<String> {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    if n == 0 || n >= 10_000 {
        return None;
    }
    let parts = [
        (n / 1000, "千"),
        (n / 100 % 10, "百"),
        (n / 10 % 10, "十"),
        (n % 10, ""),
    ];
    let mut out = String::new();
    let mut zero = false;
    for (d, unit) in parts {
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // 十二, not 一十二, when the number starts at the tens.
        if !(d == 1 && unit == "十" && out.is_empty()) {
            out.push_str(DIGITS[d as usize]);
        }
        out.push_str(unit);
    }
    Some(out)
}

/// One article number: `29` → 第二十九条, `293-1` → 第二百九十三条之一.
fn article(n: &str) -> Option<String> {
    let (main, sub) = match n.split_once('-') {
        Some((m, s)) => (m, Some(s)),
        None => (n, None),
    };
    let mut out = format!("第{}条", han_number(main.parse().ok()?)?);
    if let Some(s) = sub {
        out.push('之');
        out.push_str(&han_number(s.parse().ok()?)?);
    }
    Some(out)
}

/// The citation in Chinese, or `None` when a part has no Chinese (the caller keeps the
/// English).
pub fn citation_zh(citation: &str) -> Option<String> {
    let mut s = citation.to_string();
    for (en, zh) in phrases() {
        s = s.replace(en.as_str(), zh);
    }
    // 法释〔2020〕17号 and the like in brackets, and a reported number's closing bracket.
    s = s.replace(" (法释", "（法释").replace("(法释", "（法释");
    s = s.replace("号)", "号）");
    let mut failed = false;
    let s = articles()
        .replace_all(&s, |c: &regex::Captures<'_>| {
            let list: Vec<Option<String>> = c[1]
                .replace("and", ",")
                .split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(article)
                .collect();
            if list.iter().any(Option::is_none) {
                failed = true;
            }
            list.into_iter().flatten().collect::<Vec<_>>().join("、")
        })
        .into_owned();
    let s = s.replace("; ", "；").replace(" （", "（");
    let latin = s
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 2 && w != "LPR");
    (!failed && !latin).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_numbers_in_chinese() {
        for (n, zh) in [
            (1, "一"),
            (10, "十"),
            (12, "十二"),
            (20, "二十"),
            (29, "二十九"),
            (101, "一百零一"),
            (110, "一百一十"),
            (293, "二百九十三"),
            (585, "五百八十五"),
            (670, "六百七十"),
            (1005, "一千零五"),
            (1260, "一千二百六十"),
        ] {
            assert_eq!(han_number(n).as_deref(), Some(zh), "{n}");
        }
    }

    #[test]
    fn citations_in_chinese() {
        assert_eq!(
            citation_zh("Civil Code Art. 670; SPC Private Lending Provisions Art. 26").as_deref(),
            Some(
                "《民法典》第六百七十条；《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十六条"
            )
        );
        assert_eq!(
            citation_zh("SPC Private Lending Provisions (法释〔2020〕17号) Art. 29").as_deref(),
            Some(
                "《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第二十九条"
            )
        );
        assert_eq!(
            citation_zh("Personal Information Protection Law Arts. 13, 23").as_deref(),
            Some("《个人信息保护法》第十三条、第二十三条")
        );
        assert_eq!(
            citation_zh("Criminal Law Art. 293-1; CBA collection guidelines (trial, 2026)")
                .as_deref(),
            Some("《刑法》第二百九十三条之一；中国银行业协会催收指引（试行，2026年）")
        );
        assert_eq!(
            citation_zh("《小额贷款公司监督管理暂行办法》 (reported 金规〔2024〕26号)").as_deref(),
            Some("《小额贷款公司监督管理暂行办法》（据报道为金规〔2024〕26号）")
        );
        assert_eq!(
            citation_zh("法发〔2017〕22号 Art. 2 (judicial line); regulators' window guidance")
                .as_deref(),
            Some("法发〔2017〕22号第二条（司法保护上限）；监管部门窗口指导")
        );
        // Unknown English stays English.
        assert_eq!(citation_zh("FCA CONC 5A.2.3R / 5A.3.3R"), None);
        assert!(table_loads().is_ok());
    }
}
