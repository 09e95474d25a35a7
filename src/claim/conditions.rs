//! Conditions in the contract's own words that decide what is due after a missed payment: a
//! grace period during which no default charge runs, and the condition of an acceleration
//! clause. Each is quoted; when the words do not settle a point, the reading is stated.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use rust_decimal::Decimal;

use crate::model::{ClauseKind, Evidence, FeeKind, FeeTiming, Terms};
use crate::pattern;
use crate::read::Document;

/// A grace period after a due date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grace {
    pub days: u32,
    /// True when the contract says no default charge runs if paid within it.
    pub waives_charges: bool,
    /// True when charges after it run from its end, not from the due date.
    pub charges_from_end: bool,
    pub evidence: Evidence,
}

/// A charge the contract makes on an event other than lateness itself (a payment returned
/// unpaid): whether it is due depends on a fact the contract alone cannot tell, so what is owed
/// is a range whose upper end includes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventCharge {
    pub name: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub evidence: Evidence,
}

/// The contract's charges that fall due only on an event besides lateness (returned-payment
/// fees), with a fixed amount.
pub fn event_charges(terms: &Terms) -> Vec<EventCharge> {
    terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::OnDefault && f.kind == FeeKind::ReturnedPayment)
        .filter_map(|f| {
            Some(EventCharge {
                name: f.name.clone(),
                amount: f.amount.filter(|a| *a > Decimal::ZERO)?,
                evidence: f.evidence.clone(),
            })
        })
        .collect()
}

/// Whether an acceleration clause applies to this missed payment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Acceleration {
    pub applies: bool,
    /// Why, in words (the condition and whether it holds).
    pub reason_en: String,
    pub reason_zh: String,
    pub evidence: Evidence,
}

fn re(p: &str) -> Regex {
    pattern::regex(p).expect("constant regex compiles")
}

static GRACE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    vec![
        re(r"宽限期[^。；;，,]{0,8}?(\d{1,3})\s*(?:个)?(?:自然日|工作日|日|天)"),
        re(r"(\d{1,3})\s*(?:个)?(?:自然日|工作日|日|天)(?:的)?(?:还款)?宽限期"),
        re(r"(?i)(\d{1,3})[- ](?:calendar[- ])?days?\s+grace\s+period"),
        re(r"(?i)grace\s+period\s+of\s+(\d{1,3})\s+(?:calendar\s+)?days"),
    ]
});

/// The single patterns, compiled once.
struct Patterns {
    grace_waives: Regex,
    grace_from_end: Regex,
    about_payment: Regex,
    days_threshold: Regex,
    count_threshold: Regex,
    on_default: Regex,
    default_defined: Regex,
    within_days: Regex,
}

static P: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    grace_waives: re(
        r"(?i)不(?:计|收|收取|计收)(?:罚息|逾期|违约|复利|滞纳)|免(?:收|除)?(?:罚息|逾期)|视为(?:按时|正常|按期)还款|no (?:late|default) (?:fee|charge|interest)|without (?:any )?(?:late|default|penalty)|(?:late|default) (?:fee|charge|interest)s? (?:will|shall) not",
    ),
    grace_from_end: re(
        r"(?i)宽限期(?:届满|结束|满|到期)(?:之)?(?:后|次日|翌日)起|from the (?:end|expiry) of the grace period",
    ),
    about_payment: re(
        r"(?i)逾期|未按(?:期|时|约定|照约定)?(?:足额)?(?:还款|偿还|支付)|拖欠|未能按期|不能按期|欠款|fail\w*\s+to\s+(?:make|pay|repay)|miss\w*\s+(?:a|any|one|two)?\s*(?:payment|instal)|late\s+payment|default\s+in\s+(?:the\s+)?payment|payment\s+default|past\s+due|overdue",
    ),
    days_threshold: re(
        r"(?i)(?:逾期|拖欠)[^。；;]{0,6}?(超过|达到|满|逾|超)?\s*(\d{1,3})\s*(?:个)?(?:自然日|日|天)|(more than|at least)?\s*(\d{1,3})\s+days?\s+(?:past due|overdue|late)",
    ),
    // Instalments missed: 连续三期 / 累计六期 / 累计三次 / 连续两个月 / 三期以上 / 超过两期 /
    // "two consecutive payments". Group 1 (or 3) is the number; group 2 a strict "more than".
    count_threshold: re(
        r"(?i)(?:连续|累计|合计|共计|(超过|超出|逾))\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:个)?(?:期|次|月)|(\d{1,2}|[一二两三四五六七八九十])\s*期(?:及|或)?以上|(\d{1,2}|two|three|four|five|six)\s+(?:or\s+more\s+)?(?:consecutive\s+)?(?:scheduled\s+)?(?:monthly\s+)?(?:payments|instal+ments)",
    ),
    // An acceleration whose condition is the contract's own "default" ("Upon default, we may
    // declare ...", "If you are in default, ..."), defined in another clause.
    // Chinese: 发生违约事件的 / 借款人出现上述违约情形的 / 借款人违约的 / 违约事件发生后.
    on_default: re(
        r"(?i)\b(?:upon|on|after|in\s+the\s+event\s+of)\s+(?:(?:a|an|any|your)\s+)?(?:event\s+of\s+)?default\b|\bif\s+(?:you|the\s+borrower)\s+(?:are|is)\s+in\s+default\b|\bif\s+(?:you|the\s+borrower)\s+defaults?\b|(?:发生|出现|存在|有)[^。，,；;]{0,12}违约(?:事件|情形|情况|行为)|违约事件(?:发生|出现)|(?:借款人|乙方)(?:构成)?违约的",
    ),
    // That definition, to its sentence's end: "You will be in default if (a) you fail to make
    // any payment within 30 days after it is due, (b) ...".
    // Chinese: 下列任一情形构成借款人违约：（一）…；（二）…。 / 借款人有下列情形之一的，视为违约：…
    default_defined: re(
        r"(?i)\b(?:you|the\s+borrower|borrower)\s+(?:will|shall|are|is)\s+(?:be\s+)?in\s+default(?:\s+under\s+this\s+\w+)?\s+if\b[^.]*|\b(?:an\s+)?event\s+of\s+default\s+(?:occurs|means)\b[^.]*|(?:下列|以下)[^。：:]{0,12}(?:情形|情况|事件|行为|事项)[^。：:]{0,12}违约[^。：:]{0,6}[：:][^。]*",
    ),
    // A payment not made within some days of its due date: late by more than that many days
    // ("fail to make any payment within 30 days after it is due").
    within_days: re(
        r"(?i)\bwithin\s+(\d{1,3})\s+(?:calendar\s+)?days?\s+(?:after|of|from)\s+(?:it\s+(?:is|was|becomes)\s+due|its\s+due\s+date|the\s+(?:date\s+it\s+is\s+due|due\s+date|scheduled\s+due\s+date))",
    ),
});

/// The contract's grace period, if it states one.
pub fn grace(doc: &Document) -> Option<Grace> {
    GRACE.iter().find_map(|r| {
        let c = r.captures(&doc.text)?;
        let m = c.get(0)?;
        let days: u32 = c.get(1)?.as_str().parse().ok()?;
        let evidence = doc.sentence_evidence(m.start(), m.end());
        Some(Grace {
            days,
            waives_charges: P.grace_waives.is_match(&evidence.text),
            charges_from_end: P.grace_from_end.is_match(&evidence.text),
            evidence,
        })
    })
}

fn small_number(s: &str) -> Option<u32> {
    let n = match s.to_ascii_lowercase().as_str() {
        "一" => 1,
        "二" | "两" | "two" => 2,
        "三" | "three" => 3,
        "四" | "four" => 4,
        "五" => 5,
        "六" => 6,
        "七" => 7,
        "八" => 8,
        "九" => 9,
        "十" => 10,
        other => return other.parse().ok(),
    };
    Some(n)
}

fn holds_words(holds: bool) -> (&'static str, &'static str) {
    if holds {
        ("applies", "适用")
    } else {
        ("does not apply yet", "尚不适用")
    }
}

/// The acceleration clause that says when the loan may be called: of several sentences read as
/// one (a reminder, a heading and the operative clause), the one stating a threshold, else one
/// about late payment, else the first.
fn acceleration_clause(terms: &Terms) -> Option<&crate::model::Clause> {
    let clauses = || {
        terms
            .clauses
            .iter()
            .filter(|c| c.kind == ClauseKind::Acceleration)
    };
    clauses()
        .find(|c| threshold(&c.evidence.text, 0, 0).is_some())
        .or_else(|| clauses().find(|c| P.about_payment.is_match(&c.evidence.text)))
        .or_else(|| clauses().next())
}

/// The words an acceleration clause's condition is measured by: its own when they speak of late
/// payment; for a clause that speaks only of "default" ("Upon default, we may declare ..."), its
/// own and the contract's definition of default read from `doc`. `None` when neither.
fn condition_text<'a>(own: &'a str, doc: &Document) -> Option<std::borrow::Cow<'a, str>> {
    if P.about_payment.is_match(own) {
        Some(own.into())
    } else if P.on_default.is_match(own) {
        let definition = P.default_defined.find(&doc.text)?.as_str().trim();
        Some(format!("{own} {definition}").into())
    } else {
        None
    }
}

/// Does the acceleration clause (if any) apply after `days` days with `missed` instalments
/// unpaid? Only a condition about late payment can; a stated threshold must be met.
pub fn acceleration(terms: &Terms, doc: &Document, days: u32, missed: u32) -> Option<Acceleration> {
    let clause = acceleration_clause(terms)?;
    let quote = clause.evidence.text.trim();
    let condition = condition_text(quote, doc);
    let text = condition.as_deref().unwrap_or(quote);
    let result = |applies: bool, en: String, zh: String| Acceleration {
        applies,
        reason_en: en,
        reason_zh: zh,
        evidence: clause.evidence.clone(),
    };
    if !P.about_payment.is_match(text) {
        return Some(result(
            false,
            format!("not counted: its words name no late payment as its condition (“{quote}”)"),
            format!("未计入：条款文字未写明以逾期还款为条件（“{quote}”）"),
        ));
    }
    if let Some((holds, en, zh)) = threshold(text, days, missed) {
        return Some(result(holds, en, zh));
    }
    Some(result(
        true,
        format!("applies: the clause allows it on a late payment (“{quote}”)"),
        format!("适用：条款约定逾期即可宣布提前到期（“{quote}”）"),
    ))
}

/// The days overdue or instalments missed a condition (`text`) states, and whether `days` and
/// `missed` reach them, with the reason in words (quoting `text`). Alternatives (逾期超过90天或
/// 连续三期, 连续三期或累计六期) are met when any of them is.
fn threshold(text: &str, days: u32, missed: u32) -> Option<(bool, String, String)> {
    let by_days = days_threshold(text, days);
    let by_count = count_threshold(text, missed);
    match (by_days, by_count) {
        (Some(d), Some(c)) => Some(if c.0 { c } else { d }),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => within_days_threshold(text, days),
    }
}

fn days_threshold(text: &str, days: u32) -> Option<(bool, String, String)> {
    let quote = text.trim();
    let c = P.days_threshold.captures(text)?;
    let strict = c.get(1).or(c.get(3)).is_some_and(|m| {
        let w = m.as_str().to_ascii_lowercase();
        w.contains("超") || w.contains("逾") || w == "more than"
    });
    let n = c
        .get(2)
        .or(c.get(4))
        .and_then(|m| m.as_str().parse::<u32>().ok())?;
    let (holds, en, zh, more_en, more_zh) = measured(days, n, strict);
    Some((
        holds,
        format!("{en}: the clause needs {more_en}{n} days overdue, this is {days} (“{quote}”)"),
        format!("{zh}：条款要求逾期{more_zh}{n}天，目前逾期{days}天（“{quote}”）"),
    ))
}

/// Whether `got` reaches `n` (passes it, when `strict`), with the words for it: (holds, the
/// verdict in English and Chinese, "more than " / 超过 or nothing).
fn measured(
    got: u32,
    n: u32,
    strict: bool,
) -> (bool, &'static str, &'static str, &'static str, &'static str) {
    let holds = if strict { got > n } else { got >= n };
    let (en, zh) = holds_words(holds);
    let (more_en, more_zh) = if strict {
        ("more than ", "超过")
    } else {
        ("", "")
    };
    (holds, en, zh, more_en, more_zh)
}

/// Every count of instalments the condition names (连续三期或累计六期: 3 and 6): met when the
/// instalments missed reach the smallest (missed instalments in a row count toward each).
fn count_threshold(text: &str, missed: u32) -> Option<(bool, String, String)> {
    let quote = text.trim();
    let needs: Vec<(u32, bool)> = P
        .count_threshold
        .captures_iter(text)
        .filter_map(|c| {
            let n = c.get(2).or(c.get(3)).or(c.get(4))?;
            Some((small_number(n.as_str())?, c.get(1).is_some()))
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    let &(n, strict) = needs
        .iter()
        .min_by_key(|(n, strict)| n + u32::from(*strict))?;
    let (holds, en, zh, more_en, more_zh) = measured(missed, n, strict);
    Some((
        holds,
        format!(
            "{en}: the clause needs {more_en}{n} missed instalments, {missed} are missed (“{quote}”)"
        ),
        format!("{zh}：条款要求{more_zh}{n}期未还，目前{missed}期未还（“{quote}”）"),
    ))
}

fn within_days_threshold(text: &str, days: u32) -> Option<(bool, String, String)> {
    let quote = text.trim();
    let n = P
        .within_days
        .captures(text)
        .and_then(|c| c.get(1)?.as_str().parse::<u32>().ok())?;
    // Not paid within n days of the due date: late by more than n days.
    let holds = days > n;
    let (en, zh) = holds_words(holds);
    Some((
        holds,
        format!("{en}: the condition needs more than {n} days overdue, this is {days} (“{quote}”)"),
        format!("{zh}：条件要求逾期超过{n}天，目前逾期{days}天（“{quote}”）"),
    ))
}

/// The acceleration clause when its condition is known not to be met yet: a threshold of days
/// overdue or instalments missed, stated in the clause itself or, for a clause that speaks only
/// of "default" ("Upon default, we may declare ..."), in the contract's definition of default
/// (read from `doc` and quoted with the clause). `None` when the condition is met, or when the
/// words set no threshold to measure.
pub fn acceleration_unmet(
    doc: &Document,
    terms: &Terms,
    days: u32,
    missed: u32,
) -> Option<Acceleration> {
    let clause = acceleration_clause(terms)?;
    let text = condition_text(clause.evidence.text.trim(), doc)?;
    let (holds, reason_en, reason_zh) = threshold(&text, days, missed)?;
    (!holds).then(|| Acceleration {
        applies: false,
        reason_en,
        reason_zh,
        evidence: clause.evidence.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instalment_counts_take_the_smallest_alternative() {
        let t = "借款人累计五期或连续两期未按期还款的";
        assert!(!threshold(t, 3, 1).expect("a count").0);
        assert!(threshold(t, 40, 2).expect("a count").0);
        let more = "拖欠本息超过两期的，贷款人有权宣布贷款提前到期";
        assert!(!threshold(more, 70, 2).expect("strict").0);
        assert!(threshold(more, 70, 3).expect("strict").0);
        let above = "借款人逾期还款三期以上的";
        assert!(!threshold(above, 50, 2).expect("以上").0);
        assert!(threshold(above, 50, 3).expect("以上").0);
        let months = "连续两个月未按时归还月供";
        assert!(!threshold(months, 5, 1).expect("months").0);
        let en = "if you fail to make two or more consecutive monthly payments";
        assert!(!threshold(en, 20, 1).expect("english").0);
        assert!(threshold(en, 40, 2).expect("english").0);
    }

    #[test]
    fn days_or_instalments_is_met_by_either() {
        let t = "借款人逾期超过60天或累计三期未还的";
        assert!(!threshold(t, 10, 1).expect("both").0);
        assert!(threshold(t, 61, 1).expect("days").0);
        assert!(threshold(t, 10, 3).expect("count").0);
    }

    #[test]
    fn a_chinese_default_clause_is_measured_by_the_default_definition() {
        let text = "第八条 违约情形\n借款人有下列情形之一的，视为借款人违约：1、累计四期或连续两期未偿还借款本息；2、擅自改变借款用途。\n第九条 违约责任\n借款人出现上述违约情形的，出借人有权宣布全部借款立即到期。";
        let doc = Document::from_text(
            std::path::Path::new("c.txt"),
            crate::read::SourceKind::Text,
            text,
        );
        let own = "借款人出现上述违约情形的，出借人有权宣布全部借款立即到期。";
        let cond = condition_text(own, &doc).expect("a definition");
        assert!(cond.contains("连续两期"), "{cond}");
        assert!(!threshold(&cond, 2, 1).expect("count").0);
        // A clause naming neither late payment nor default is not measured.
        assert!(condition_text("出借人有权宣布全部借款立即到期。", &doc).is_none());
    }
}
