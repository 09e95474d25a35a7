//! A data export's "key: value" lines, whose keys are machine names: `loan_amount: $1,200.00`,
//! `term_months: 6`, `"annualPercentageRate": 40.19,`, `number-of-payments = 12`. The
//! extractor reads a copy whose keys are words ("loan amount: $1,200.00", "term: 6 months",
//! "annual Percentage Rate: 40.19%"), and every quote is taken again from the document as
//! written, so evidence stays exactly `document.text`.
//!
//! Only keys are rewritten, and only in a document with several such lines (one stray
//! `file_name:` in prose is left alone). A unit a key names (`_months`, `_pct`) goes after a
//! bare figure, as the words would put it; no unit is added that the key does not name.

use std::sync::LazyLock;

use regex::Regex;

use super::glued::Deglued;
use crate::pattern;
use crate::read::Document;

/// How many machine-key lines make a document a data export.
const MIN_LINES: usize = 3;

/// A line opening with a machine key and a colon or equals sign: group 1 the opening quote,
/// 2 the key, 3 the closing quote, 4 the separator, 5 the value (to the line's end).
static KEY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?m)^[ \t\-*]*(["']?)([a-z][a-z0-9]*(?:[_\-][A-Za-z0-9]+)+|[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+|[a-z]{2,})(["']?)[ \t]*([:=])[ \t]*([^\n]*)$"#)
        .expect("static regex")
});

/// A value that is a bare figure, maybe quoted, maybe with a trailing comma (JSON).
static BARE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"^["']?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)["']?,?[ \t]*$"#)
        .expect("static regex")
});

/// The unit a key's last word names, as it goes after a bare figure.
fn unit_of(last: &str) -> Option<&'static str> {
    Some(match last.to_ascii_lowercase().as_str() {
        "months" | "mos" => " months",
        "weeks" | "wks" => " weeks",
        "days" => " days",
        "years" | "yrs" => " years",
        "pct" | "percent" | "apr" | "rate" => "%",
        _ => return None,
    })
}

/// The words of a machine key: "loan_amount" → ["loan", "amount"], "loanAmount" → ["loan",
/// "Amount"].
fn words(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in key.split(['_', '-']) {
        let mut word = String::new();
        for c in part.chars() {
            if c.is_ascii_uppercase() && !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            word.push(c);
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

/// Does the key look like a machine name (not a plain word such as "note")?
fn machine(key: &str) -> bool {
    key.contains(['_', '-']) || key.chars().any(|c| c.is_ascii_uppercase())
}

/// The document with its machine keys as words, when it has at least [`MIN_LINES`] of them.
pub(crate) fn rewrite(doc: &Document) -> Option<Deglued> {
    let text = doc.text.as_str();
    if text.len() > 200_000 {
        return None;
    }
    // In an export every key line is read (a plain `"apr": 40.19` too).
    let lines: Vec<_> = KEY_LINE.captures_iter(text).collect();
    let machine_lines = lines
        .iter()
        .filter(|c| c.get(2).is_some_and(|k| machine(k.as_str())))
        .count();
    if machine_lines < MIN_LINES {
        return None;
    }
    let mut copy = String::with_capacity(text.len() + 64);
    let mut to_original = Vec::with_capacity(text.len() + 64);
    let mut at = 0usize;
    let push = |copy: &mut String, to: &mut Vec<usize>, s: &str, from: usize| {
        copy.push_str(s);
        to.extend(std::iter::repeat_n(from, s.len()));
    };
    let keep = |copy: &mut String, to: &mut Vec<usize>, from: usize, until: usize| {
        let s = text.get(from..until).unwrap_or("");
        copy.push_str(s);
        to.extend(from..until);
    };
    for c in lines {
        let (Some(open), Some(key), Some(sep), Some(value)) =
            (c.get(1), c.get(2), c.get(4), c.get(5))
        else {
            continue;
        };
        keep(&mut copy, &mut to_original, at, open.start());
        let mut ws = words(key.as_str());
        let figure = BARE_FIGURE.captures(value.as_str()).and_then(|f| f.get(1));
        // "term_months: 6" → "term: 6 months"; "apr_pct": 40.19 → "apr: 40.19%" (a key that is
        // only the unit, "apr", keeps its word).
        let unit = figure.and(ws.last().and_then(|l| unit_of(l)));
        let unit_word = ws
            .last()
            .is_some_and(|l| matches!(l.to_ascii_lowercase().as_str(), "pct" | "percent"));
        if ws.len() > 1
            && (unit.is_some_and(|u| !u.starts_with('%')) || (unit == Some("%") && unit_word))
        {
            ws.pop();
        }
        push(&mut copy, &mut to_original, &ws.join(" "), key.start());
        // The quotes around the key are left out; the separator is a colon.
        push(&mut copy, &mut to_original, ": ", sep.start());
        match (figure, unit) {
            (Some(f), Some(u)) => {
                let f_end = value.start() + f.end();
                keep(&mut copy, &mut to_original, value.start(), f_end);
                push(&mut copy, &mut to_original, u, f_end);
                keep(&mut copy, &mut to_original, f_end, value.end());
            }
            _ => keep(&mut copy, &mut to_original, value.start(), value.end()),
        }
        at = value.end();
    }
    keep(&mut copy, &mut to_original, at, text.len());
    to_original.push(text.len());
    let rewritten = Document::from_text(&doc.path, doc.kind, &copy);
    Some(Deglued::from_parts(rewritten, to_original))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(text: &str) -> Option<String> {
        let doc = Document::from_text(
            std::path::Path::new("t.txt"),
            crate::read::SourceKind::Text,
            text,
        );
        rewrite(&doc).map(|d| d.doc.text)
    }

    #[test]
    fn machine_keys_read_as_words_with_the_unit_they_name() {
        let t = "{\n  \"principalAmount\": \"$2,500.00\",\n  \"termMonths\": 18,\n  \"apr\": 24.5,\n  \"origination_fee\": \"$75.00\"\n}\n";
        let r = rewritten(t).expect("a data export");
        assert!(r.contains("principal Amount: \"$2,500.00\","), "{r}");
        assert!(r.contains("term: 18 months,"), "{r}");
        assert!(r.contains("apr: 24.5%,"), "{r}");
        assert!(r.contains("origination fee: \"$75.00\""), "{r}");
        let t = "amount-borrowed = £900\nrepayment_count = 9\ninterest_rate_pct = 12.9\n";
        let r = rewritten(t).expect("a data export");
        assert!(r.contains("interest rate: 12.9%"), "{r}");
        assert!(r.contains("repayment count: 9"), "{r}");
    }

    #[test]
    fn prose_with_one_stray_key_is_left_alone() {
        let t =
            "Note: see file_name: loan.pdf\nYou borrow $1,000 for 12 months.\nTerm: 12 months\n";
        assert!(rewritten(t).is_none());
    }
}
