//! A loan agreed in an e-mail chain: the latest message only accepts ("Deal. I'll transfer the
//! $12,000.00 tomorrow") and the terms sit in the replies it quotes:
//!
//! ```text
//! On November 19, 2026, 6:40 PM, Danica Park wrote:
//! > $12,000.00 at 9.75% over 36 months comes to $385.80 a month ...
//! >
//! > On November 19, 2026, 2:05 PM, Marisela wrote:
//! >> Let's say 9.75% a year, paid monthly over three years.
//! ```
//!
//! When the latest message states no rate, term or count of its own and the quoted messages
//! do, the quoted lines are read as text: only their `>` marks and their "On … wrote:" lines
//! are blanked. The later message wins where two differ: an older message's rate or term
//! that a newer one changed is blanked too, and a note names both. A latest message with
//! terms of its own keeps its quotes out (`foreign.rs`): they are proposals, not the deal.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::glued::quote_left_out;
use super::{Ctx, number};
use crate::model::{Amount, Count, LoanTerm, Repayment, RepaymentMethod, Terms};
use crate::pattern;

/// The quote marks opening a line: `>`, `> >`, `>>`.
static MARKS: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^[ \t]*(?:>[ \t]?)+").expect("static regex"));

/// The line heading a quoted message: "On Nov 3, 2026, X wrote:".
static WROTE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[ \t>]*On [^\n]{1,200}?wrote:[ \t]*$").expect("static regex")
});

/// A figure of a loan's terms other than money: a percentage or a count of periods.
static TERMS_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)\d\s?%|(?-u:\b)percent(?-u:\b)|\d+\s+(?:(?:equal|monthly|weekly|fortnightly|bi-?weekly)\s+)?(?:months?|weeks?|years?|payments?|instal?lments?|repayments?)(?-u:\b)")
        .expect("static regex")
});

/// A rate ("9.75%") or a term ("36 months", "3 years") a later message may change.
static CHANGEABLE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(\d{1,3}(?:\.\d{1,4})?)\s?%|(?-u:\b)(\d{1,3})\s+(months?|years?|weeks?)(?-u:\b)",
    )
    .expect("static regex")
});

/// What the chain's quoted messages add to the reading: spans to blank (quote marks, the
/// "On … wrote:" lines, figures a later message changed) and the notes that say so.
pub(super) struct Reading {
    pub(super) blanks: Vec<(usize, usize)>,
    pub(super) notes: Vec<String>,
}

/// One line: its span (without the line break), its quote depth and where its text starts.
pub(super) struct Line {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) depth: usize,
    pub(super) body: usize,
}

/// The lines of `text`, each with its quote depth.
pub(super) fn lines_of(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let marks = MARKS.find(line).map_or(0, |m| m.end());
        let depth = line.get(..marks).map_or(0, |m| m.matches('>').count());
        lines.push(Line {
            start: at,
            end: at + line.len(),
            depth,
            body: at + marks,
        });
        at += raw.len();
    }
    lines
}

/// The reading of a chain whose latest message leaves the terms to the messages it quotes;
/// `None` when there is no quote, or the latest message states terms of its own, or the
/// quotes state none. `header` tells an e-mail's header line (it is not the message).
pub(super) fn agreed_in_quotes(text: &str, header: impl Fn(&str) -> bool) -> Option<Reading> {
    let lines = lines_of(text);
    let said = |l: &Line| text.get(l.body..l.end).unwrap_or("");
    let message = |l: &&Line| !WROTE.is_match(said(l)) && !header(said(l));
    let latest_has_terms = lines
        .iter()
        .filter(|l| l.depth == 0)
        .filter(message)
        .any(|l| TERMS_FIGURE.is_match(said(l)));
    let quotes_have_terms = lines
        .iter()
        .filter(|l| l.depth > 0)
        .filter(message)
        .any(|l| TERMS_FIGURE.is_match(said(l)));
    if latest_has_terms || !quotes_have_terms {
        return None;
    }
    let mut blanks = Vec::new();
    for l in &lines {
        if WROTE.is_match(said(l)) && (l.depth > 0 || said(l).trim_start().starts_with("On ")) {
            blanks.push((l.start, l.end));
        } else if l.depth > 0 {
            blanks.push((l.start, l.body));
        }
    }
    let mut notes = vec![
        "read as this loan's terms: the messages quoted in the reply (the latest message states \
         no rate, term or count of its own)"
            .to_string(),
    ];
    blanks.extend(superseded(text, &lines, &mut notes));
    blanks.retain(|&(s, e)| e > s);
    blanks.sort_unstable();
    Some(Reading { blanks, notes })
}

/// Rates and terms of older messages that a newer message states otherwise (the newer one
/// states a single value of that kind): their spans, each named in a note.
fn superseded(text: &str, lines: &[Line], notes: &mut Vec<String>) -> Vec<(usize, usize)> {
    let deepest = lines.iter().map(|l| l.depth).max().unwrap_or(0);
    // Per kind ("%", "months", "weeks"): the values newer messages state, with a quote.
    let mut newer: HashMap<&'static str, Vec<(String, String)>> = HashMap::new();
    let mut spans = Vec::new();
    for depth in 1..=deepest {
        let mut here: Vec<(&'static str, String, String)> = Vec::new();
        for l in lines.iter().filter(|l| l.depth == depth) {
            let said = text.get(l.body..l.end).unwrap_or("");
            for c in CHANGEABLE.captures_iter(said) {
                let Some(m) = c.get(0) else { continue };
                let Some((kind, value)) = kind_and_value(&c) else {
                    continue;
                };
                let quote = quote_left_out(text, l.body + m.start(), l.body + m.end());
                match newer.get(kind) {
                    Some(values)
                        if distinct(values) == 1 && !values.iter().any(|(v, _)| *v == value) =>
                    {
                        notes.push(format!(
                            "not read as this loan's terms: an earlier message's {quote}; a \
                             later message says {}",
                            values[0].1
                        ));
                        spans.push((l.body + m.start(), l.body + m.end()));
                    }
                    _ => here.push((kind, value, quote)),
                }
            }
        }
        for (kind, value, quote) in here {
            newer.entry(kind).or_default().push((value, quote));
        }
    }
    spans
}

fn distinct(values: &[(String, String)]) -> usize {
    let mut v: Vec<&String> = values.iter().map(|(v, _)| v).collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// The kind and value of a `CHANGEABLE` match: a percentage, or a term in months (years
/// counted as twelve months) or in weeks.
fn kind_and_value(c: &regex::Captures) -> Option<(&'static str, String)> {
    if let Some(p) = c.get(1) {
        let rate: rust_decimal::Decimal = p.as_str().parse().ok()?;
        return Some(("%", rate.normalize().to_string()));
    }
    let n: u32 = c.get(2)?.as_str().parse().ok()?;
    let unit = c.get(3)?.as_str().to_ascii_lowercase();
    Some(if unit.starts_with("year") {
        ("months", (n * 12).to_string())
    } else if unit.starts_with("month") {
        ("months", n.to_string())
    } else {
        ("weeks", n.to_string())
    })
}

// ---------- a loan struck in a message thread ----------

/// A loan struck in a chat's or a text thread's words: a sum handed over now and a larger sum
/// to send back ("$500 now, you send back $650 in 2 weeks", "I'll give you £200 today, pay me
/// back £260 in 10 days"), the same vocabulary the kind reader takes such a thread for a loan
/// by (`kind/cues_loan.toml`). Group 1: the sum lent; 2: the sum repaid; 3 and 4: the time.
static NOW_AND_BACK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)([$£€]\s?\d[\d,]*(?:\.\d{2})?)\s+(?:now|today|up\s*front|right\s+away)(?-u:\b)[^\n.;?]{0,60}?(?-u:\b)(?:send|pay|give|hand)\s+(?:(?:it|me|us)\s+)?back\s+(?:the\s+)?([$£€]\s?\d[\d,]*(?:\.\d{2})?)(?:\s+(?:in|within)\s+(\d{1,3}|one|two|three|four|five|six|seven|ten|fourteen|thirty)\s+(days?|weeks?)(?-u:\b))?")
        .expect("static regex")
});

/// The one repayment of a loan struck in a thread: the sum lent, the sum sent back, one
/// payment and (when said) the time to it. Read only where no reader of a contract's labels
/// has read a principal.
pub(super) fn struck_in_messages(cx: &mut Ctx, terms: &mut Terms) {
    if terms.principal.is_some() || terms.total_of_payments.is_some() {
        return;
    }
    let flat = cx.flat.clone();
    let Some(c) = NOW_AND_BACK.captures(&flat) else {
        return;
    };
    let (Some(all), Some(lent), Some(back)) = (c.get(0), c.get(1), c.get(2)) else {
        return;
    };
    let (Some(lent_money), Some(back_money)) = (
        number::find_money(lent.as_str()).into_iter().next(),
        number::find_money(back.as_str()).into_iter().next(),
    ) else {
        return;
    };
    if back_money.amount <= lent_money.amount {
        return;
    }
    let evidence = cx.evidence(all.start(), all.end());
    let currency = cx.dollar(lent_money.currency).to_string();
    cx.cover(lent.start());
    cx.cover(back.start());
    terms.principal = Some(Amount {
        amount: lent_money.amount,
        currency: currency.clone(),
        evidence: evidence.clone(),
        derived: false,
    });
    terms.total_of_payments = Some(Amount {
        amount: back_money.amount,
        currency,
        evidence: evidence.clone(),
        derived: false,
    });
    terms.installments = Some(Count {
        count: 1,
        evidence: evidence.clone(),
    });
    terms.repayment = Some(Repayment {
        method: RepaymentMethod::Bullet,
        evidence: evidence.clone(),
    });
    let days = c.get(3).zip(c.get(4)).and_then(|(n, unit)| {
        let n = n.as_str().parse::<u32>().ok().or_else(|| {
            number::parse_number_words(n.as_str())
                .and_then(|d| u32::try_from(d.trunc().mantissa()).ok())
        })?;
        let per = if unit.as_str().to_ascii_lowercase().starts_with('w') {
            7
        } else {
            1
        };
        Some(n * per)
    });
    if let Some(days) = days {
        terms.term = Some(LoanTerm {
            months: None,
            days: Some(days),
            evidence,
        });
    }
    terms.assumptions.push(format!(
        "a loan struck in messages: {} handed over now and {} sent back in one payment («{}»)",
        lent_money.amount.normalize(),
        back_money.amount.normalize(),
        all.as_str()
    ));
}
