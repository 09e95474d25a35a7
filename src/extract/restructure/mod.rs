//! Restructuring documents, in any language: a settlement or instalment plan after default
//! (还款协商协议), a loan modification, a forbearance or workout agreement. Such a document
//! quotes the ORIGINAL loan (its amount, rate and count) to say what it changes; the terms to
//! report are the new arrangement's.
//!
//! The extractor reads a copy with the original loan's context blanked (the recitals, 鉴于 /
//! RECITALS, and any other sentence that tells the original loan with a figure; same
//! characters, same offsets, every quote taken again from the document as written), and an
//! assumption names what was left out. What the new arrangement states and the extractor did
//! not read is then completed from its own words ([`complete`]): the balance restructured is
//! the new principal, and a schedule given only by its first and last due dates has the count
//! those dates make. Every completed term says so and names its figures. The vocabulary is data
//! (`restructure_data.toml`).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::extract::en::{Deglued, blanked, quote_left_out};
use crate::model::{
    Amount, Count, DateTerm, Frequency, FrequencyTerm, Inferred, Language, LoanTerm, Repayment,
    RepaymentMethod, Terms,
};
use crate::pattern;
use crate::read::Document;

mod context;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawData {
    titles: Vec<String>,
    owed_marks: String,
    original_marks: String,
    new_marks: String,
    dates: String,
    recitals_open: String,
    recitals_close: String,
    balance_labels: Vec<String>,
    first_due: Vec<String>,
    last_due: Vec<String>,
    regular_payment: Vec<String>,
    total_payments: Vec<String>,
    last_payment: Vec<String>,
    no_interest: String,
}

struct Data {
    titles: Vec<String>,
    owed_marks: Regex,
    original_marks: Regex,
    new_marks: Regex,
    dates: Regex,
    recitals_open: Regex,
    recitals_close: Regex,
    balance_labels: Vec<String>,
    first_due: Vec<Regex>,
    last_due: Vec<Regex>,
    regular_payment: Vec<Regex>,
    total_payments: Vec<Regex>,
    last_payment: Vec<Regex>,
    no_interest: Regex,
}

static DATA: LazyLock<Data> = LazyLock::new(|| {
    let raw: RawData =
        toml::from_str(include_str!("restructure_data.toml")).expect("bundled restructure data");
    let re = |p: &str| pattern::regex(p).expect("restructure data regex");
    let all = |ps: &[String]| ps.iter().map(|p| re(p)).collect::<Vec<_>>();
    Data {
        titles: raw.titles.iter().map(|t| t.to_lowercase()).collect(),
        owed_marks: re(&raw.owed_marks),
        original_marks: re(&raw.original_marks),
        new_marks: re(&raw.new_marks),
        dates: re(&raw.dates),
        recitals_open: re(&raw.recitals_open),
        recitals_close: re(&raw.recitals_close),
        balance_labels: raw
            .balance_labels
            .iter()
            .map(|t| t.to_lowercase())
            .collect(),
        first_due: all(&raw.first_due),
        last_due: all(&raw.last_due),
        regular_payment: all(&raw.regular_payment),
        total_payments: all(&raw.total_payments),
        last_payment: all(&raw.last_payment),
        no_interest: re(&raw.no_interest),
    }
});

/// A money figure: 1,303.33, $8,412.56.
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:[$£€¥￥]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
        .expect("static regex")
});

/// How far after a balance label its figure may stand (bytes).
const LABEL_REACH: usize = 40;
/// How many leading bytes may hold the title.
const TITLE_REACH: usize = 400;

/// Is `text` a restructuring: a title of one, and a mark of the loan it changes or of the
/// balance it restructures?
fn restructuring(text: &str) -> bool {
    let d = &*DATA;
    let head_end = text
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| i >= TITLE_REACH)
        .unwrap_or(text.len());
    let head = text.get(..head_end).unwrap_or("").to_lowercase();
    // The whole text is lower-cased only for a document with such a title (a few in a run):
    // this is asked of every document, several times.
    d.titles.iter().any(|t| head.contains(t.as_str()))
        && (d.original_marks.is_match(text) || d.owed_marks.is_match(text) || {
            let lower = text.to_lowercase();
            d.balance_labels.iter().any(|l| lower.contains(l.as_str()))
        })
}

/// The original loan's context of a restructuring document (byte spans).
fn context_spans(text: &str) -> Vec<(usize, usize)> {
    let d = &*DATA;
    if !restructuring(text) {
        return Vec::new();
    }
    let mut spans = Vec::new();
    let mut covered_to = 0;
    if let Some(open) = d.recitals_open.find(text) {
        let close = text
            .get(open.end()..)
            .and_then(|rest| d.recitals_close.find(rest))
            .map(|m| open.end() + m.start());
        if let Some(close) = close {
            spans.push((open.start(), close));
            covered_to = close;
        }
    }
    // After the recitals, a sentence that tells the original loan, by its name or its date.
    let first_due = DATA
        .first_due
        .iter()
        .flat_map(|re| re.captures_iter(text))
        .filter(|c| c.get(0).is_some_and(|m| m.start() >= covered_to))
        .filter_map(|c| c.name("date").and_then(|m| parse_date(m.as_str())))
        .max();
    let more = context::original_loan_sentences(text, &spans, first_due);
    spans.extend(more);
    spans
}

/// A copy of `doc` with the original loan's context blanked, and the assumption naming it;
/// `None` when `doc` is no restructuring document or tells nothing of the original loan.
pub(crate) fn mask(doc: &Document) -> Option<(Deglued, String)> {
    let text = doc.text.as_str();
    let mut spans = context_spans(text);
    if spans.is_empty() {
        return None;
    }
    spans.sort_unstable();
    spans.dedup();
    let left_out: Vec<String> = spans
        .iter()
        .map(|&(s, e)| quote_left_out(text, s, e))
        .collect();
    let note = format!(
        "a restructuring of an earlier loan: the original loan's figures are not read as this arrangement's terms ({})",
        left_out.join("; ")
    );
    Some((blanked(doc, &spans), note))
}

/// Complete the terms of a restructuring document from the new arrangement's own words: the
/// balance restructured as the principal, and the count of a schedule given by its first and
/// last due dates. Nothing is done for any other document.
pub(crate) fn complete(doc: &Document, language: Language, terms: &mut Terms) {
    if !restructuring(&doc.text) {
        return;
    }
    let spans = context_spans(&doc.text);
    let outside = |at: usize| !spans.iter().any(|&(s, e)| s <= at && at < e);
    let currency = terms
        .stated_currency()
        .map(str::to_string)
        .unwrap_or_else(|| default_currency(&doc.text, language).to_string());
    // The balance restructured is the principal, over a figure of the original loan the
    // extractor read (a clause that tells the original without a mark of it).
    if let Some((start, end, amount)) = balance(&doc.text, &outside)
        && terms.principal.as_ref().is_none_or(|p| p.amount != amount)
    {
        let evidence = doc.sentence_evidence(start, end);
        let replaced = terms.principal.as_ref().map(|p| p.amount);
        let principal = Amount {
            amount,
            currency: currency.clone(),
            evidence: evidence.clone(),
            derived: false,
        };
        if terms
            .disbursed
            .as_ref()
            .is_some_and(|d| Some(d.amount) == replaced)
        {
            terms.disbursed = Some(Amount {
                derived: true,
                ..principal.clone()
            });
        }
        terms.principal = Some(principal);
        let instead = replaced.map_or(String::new(), |old| {
            format!(", not {old} (the original loan's figure)")
        });
        terms.inferred.push(Inferred {
            field: "principal".to_string(),
            value: amount.to_string(),
            reason: format!("a restructuring: the balance the arrangement restructures is its principal (no new money is lent){instead}"),
            evidence: vec![evidence],
        });
    }
    capitalised_total(&doc.text, terms);
    regular_payment(doc, &outside, &currency, terms);
    schedule(doc, &outside, &currency, terms);
}

/// The new schedule's regular payment (每月30日还款852.95元, "monthly payments of $247.48") and
/// the total of its payments, when the extractor read none: figures every reading must
/// reproduce.
fn regular_payment(
    doc: &Document,
    outside: &dyn Fn(usize) -> bool,
    currency: &str,
    terms: &mut Terms,
) {
    let found = |patterns: &[Regex]| {
        let c = first(patterns, &doc.text, outside)?;
        let whole = c.get(0)?;
        let amount = c.name("amount").and_then(|m| parse_money(m.as_str()))?;
        Some(Amount {
            amount,
            currency: currency.to_string(),
            evidence: doc.sentence_evidence(whole.start(), whole.end()),
            derived: false,
        })
    };
    if terms.payment.is_none() {
        terms.payment = found(&DATA.regular_payment);
    }
    if terms.total_of_payments.is_none() {
        terms.total_of_payments = found(&DATA.total_payments);
    }
}

/// A "total" read as the interest or the finance charge that is the balance plus another figure
/// of the document (本金与未付利息合计 19,346.40 = 18,640.00 + 706.40): the balance with its
/// unpaid interest capitalised, which the arrangement restructures, not a charge. It is not
/// read as one; which of the two balances is the principal, the new schedule decides
/// (reconcile: the figure that reproduces the stated instalment).
fn capitalised_total(text: &str, terms: &mut Terms) {
    let Some(balance) = terms.principal.as_ref().map(|p| p.amount) else {
        return;
    };
    let cent = Decimal::new(1, 2);
    let figures: Vec<Decimal> = MONEY
        .captures_iter(text)
        .filter_map(|c| c.get(1).and_then(|g| parse_money(g.as_str())))
        .collect();
    let parts_of = |total: Decimal| {
        figures
            .iter()
            .find(|&&x| x > Decimal::ZERO && (balance + x - total).abs() <= cent)
            .copied()
    };
    for slot in [&mut terms.finance_charge, &mut terms.total_interest] {
        let Some(read) = slot.as_ref().filter(|a| a.amount > balance) else {
            continue;
        };
        let Some(part) = parts_of(read.amount) else {
            continue;
        };
        let note = format!(
            "«{}» is the balance {balance} plus {part}, restructured together: not a charge of the new arrangement",
            read.evidence.text
        );
        if !terms.assumptions.contains(&note) {
            terms.assumptions.push(note);
        }
        *slot = None;
    }
}

fn default_currency(text: &str, language: Language) -> &'static str {
    match language {
        Language::Zh => "CNY",
        Language::En if text.contains('£') => "GBP",
        Language::En if text.contains('€') => "EUR",
        Language::En => "USD",
    }
}

/// A sum given a name of its own (`合计23,450.00元（以下称“挂账金额”）`), with the name.
static DEFINED_SUM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"([0-9][0-9,]*(?:\.[0-9]+)?)\s*元\s*[（(]\s*(?:以下|下文)(?:简称|称为?|统称)\s*[“"「『]?([^”"」』）)\s]{2,10}?)[”"」』]?\s*[）)]"#)
        .expect("static regex")
});

/// A sum the arrangement names and then splits into instalments (`合计23,450.00元（以下称
/// “挂账金额”）` … `挂账金额分36期按月偿还`): the balance restructured, whatever its name.
fn defined_balance(text: &str, outside: &dyn Fn(usize) -> bool) -> Option<(usize, usize, Decimal)> {
    DEFINED_SUM.captures_iter(text).find_map(|c| {
        let (figure, name) = (c.get(1)?, c.get(2)?);
        let split = text.match_indices(name.as_str()).any(|(at, _)| {
            let after = text.get(at + name.len()..).unwrap_or("");
            outside(at) && SPLIT_INTO_INSTALMENTS.is_match(after)
        });
        (split && outside(figure.start()))
            .then(|| parse_money(figure.as_str()))
            .flatten()
            .map(|v| (figure.start(), figure.end(), v))
    })
}

/// Right after a sum's name: it is repaid in instalments (`分36期`, `按月分12期偿还`, `分期偿还`).
static SPLIT_INTO_INSTALMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:由[^，,。；;]{0,8})?(?:按月|每月)?\s*(?:分\s*[0-9一二两三四五六七八九十]+\s*(?:期|个月|次)|分期(?:偿还|归还|还款))")
        .expect("static regex")
});

/// The first figure after the most specific balance label found: in the new terms first, then
/// in the recitals; a sum the arrangement names and splits into instalments comes first.
fn balance(text: &str, outside: &dyn Fn(usize) -> bool) -> Option<(usize, usize, Decimal)> {
    if let Some(found) = defined_balance(text, outside) {
        return Some(found);
    }
    let lower = text.to_lowercase();
    // Lower-casing keeps byte offsets for the scripts read here (ASCII letters, CJK).
    if lower.len() != text.len() {
        return None;
    }
    for pass_outside in [true, false] {
        for label in &DATA.balance_labels {
            for (at, _) in lower.match_indices(label.as_str()) {
                if outside(at) != pass_outside {
                    continue;
                }
                let from = at + label.len();
                let reach = text
                    .char_indices()
                    .map(|(i, _)| i)
                    .find(|&i| i >= from + LABEL_REACH)
                    .unwrap_or(text.len());
                let window = text.get(from..reach).unwrap_or("");
                // The figure may wrap to the next line; a sentence's end stops the search.
                let cut = [window.find(['。', '；', ';']), window.find(". ")]
                    .into_iter()
                    .flatten()
                    .min()
                    .unwrap_or(window.len());
                if let Some(m) = MONEY.captures(window.get(..cut).unwrap_or(""))
                    && let Some(g) = m.get(1)
                    && let Some(v) = parse_money(g.as_str())
                    && v > Decimal::ONE
                {
                    return Some((at, from + g.end(), v));
                }
            }
        }
    }
    None
}

fn parse_money(s: &str) -> Option<Decimal> {
    s.replace(',', "").parse().ok()
}

/// The first match of any of `patterns` outside the original loan's context.
fn first<'t>(
    patterns: &[Regex],
    text: &'t str,
    outside: &dyn Fn(usize) -> bool,
) -> Option<regex::Captures<'t>> {
    patterns
        .iter()
        .flat_map(|re| re.captures_iter(text))
        .filter(|c| c.get(0).is_some_and(|m| outside(m.start())))
        .min_by_key(|c| c.get(0).map_or(usize::MAX, |m| m.start()))
}

/// A schedule given by its first and last due dates (and its regular and last payments): the
/// count of monthly payments those dates make, when the day of the month agrees.
fn schedule(doc: &Document, outside: &dyn Fn(usize) -> bool, currency: &str, terms: &mut Terms) {
    let d = &*DATA;
    let text = doc.text.as_str();
    let (Some(first_c), Some(last_c), Some(pay_c)) = (
        first(&d.first_due, text, outside),
        first(&d.last_due, text, outside),
        first(&d.regular_payment, text, outside),
    ) else {
        return;
    };
    let date = |c: &regex::Captures| c.name("date").and_then(|m| parse_date(m.as_str()));
    let (Some(first_day), Some(last_day)) = (date(&first_c), date(&last_c)) else {
        return;
    };
    let Some(payment) = pay_c.name("amount").and_then(|m| parse_money(m.as_str())) else {
        return;
    };
    if first_day.day() != last_day.day() || last_day <= first_day {
        return;
    }
    let months = (last_day.year() - first_day.year()) * 12 + last_day.month() as i32
        - first_day.month() as i32;
    let Ok(count) = u32::try_from(months + 1) else {
        return;
    };
    let span = |c: &regex::Captures| c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
    let ev = |c: &regex::Captures| {
        let (s, e) = span(c);
        doc.sentence_evidence(s, e)
    };
    let (first_ev, last_ev, pay_ev) = (ev(&first_c), ev(&last_c), ev(&pay_c));
    let replaced = terms.installments.as_ref().map(|c| c.count);
    if replaced == Some(count) {
        return;
    }
    let instead = replaced.map_or(String::new(), |old| format!(", not {old}"));
    let reason = format!(
        "the new schedule's count: monthly payments from {first_day} to {last_day} make {count} payments{instead}"
    );
    terms.installments = Some(Count {
        count,
        evidence: last_ev.clone(),
    });
    // A term in days counted from the signing date is not the arrangement's: it runs by its
    // monthly payments.
    if terms.term.as_ref().is_none_or(|t| t.months != Some(count)) {
        terms.term = Some(LoanTerm {
            months: Some(count),
            days: None,
            evidence: last_ev.clone(),
        });
    }
    terms.frequency.get_or_insert(FrequencyTerm {
        frequency: Frequency::Monthly,
        evidence: pay_ev.clone(),
    });
    terms.first_payment_date.get_or_insert(DateTerm {
        date: first_day,
        evidence: first_ev.clone(),
    });
    terms.maturity_date.get_or_insert(DateTerm {
        date: last_day,
        evidence: last_ev.clone(),
    });
    terms.payment.get_or_insert(Amount {
        amount: payment,
        currency: currency.to_string(),
        evidence: pay_ev.clone(),
        derived: false,
    });
    if terms.last_payment.is_none()
        && let Some(c) = first(&d.last_payment, text, outside)
        && let Some(v) = c.name("amount").and_then(|m| parse_money(m.as_str()))
    {
        terms.last_payment = Some(Amount {
            amount: v,
            currency: currency.to_string(),
            evidence: ev(&c),
            derived: false,
        });
    }
    terms.inferred.push(Inferred {
        field: "installments".to_string(),
        value: count.to_string(),
        reason,
        evidence: vec![first_ev, last_ev],
    });
    // No interest in the arrangement: level payments of principal, which every method gives
    // alike (said, not guessed: the method is named with its reason).
    if terms.repayment.is_none()
        && terms.rates.is_empty()
        && let Some(m) = d.no_interest.find(text).filter(|m| outside(m.start()))
    {
        let evidence = doc.sentence_evidence(m.start(), m.end());
        terms.repayment = Some(Repayment {
            method: RepaymentMethod::EqualInstallment,
            evidence: evidence.clone(),
        });
        terms.inferred.push(Inferred {
            field: "repayment".to_string(),
            value: "equal_installment".to_string(),
            reason: "the arrangement charges no interest: level payments of principal (every repayment method gives the same schedule)".to_string(),
            evidence: vec![evidence],
        });
    }
}

/// 2026年2月8日, 2026-02-08, 2026/2/8, "December 3, 2025": read by the extractors' own date
/// readers (Chinese first, then English words, month first as the data's patterns write them).
fn parse_date(s: &str) -> Option<NaiveDate> {
    super::zh::parse_date(s).or_else(|| super::en::number::first_date(s, false).map(|f| f.date))
}
