//! Spans of a document that speak of another loan than this one, whatever their figures:
//! - a worked example ("Example only. A $5,000.00 loan for 36 months ... This example is not
//!   your loan.", "Representative example (not your loan): borrow £2,500 over 24 months");
//! - other plans offered beside the one chosen ("Other options for this cart: 4 payments of
//!   $300.00 every two weeks");
//! - a message quoted in a reply (lines opened by `>`), and an e-mail's header block (its
//!   `Date:` is the e-mail's, not the note's).
//!
//! The extractor reads a copy of the document with these spans blanked (same characters,
//! same offsets), every quote is taken again from the document as written, and an assumption
//! names each span left out, so a reader can see what was not read as this loan's.

use std::sync::LazyLock;

use regex::Regex;

use super::glued::{Deglued, blanked, quote_left_out};
use crate::pattern;
use crate::read::Document;

/// A worked or advertised example.
static EXAMPLE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:for example|by way of example|examples? only|(?:representative|illustrative|hypothetical|worked) example|example\s*[:(\-–]|for (?:the purposes? of )?illustration|illustration only|this example|not (?:your|this) (?:loan|agreement|credit|note|plan))(?-u:\b)")
        .expect("static regex")
});

/// Plans offered beside the one chosen.
static ALTERNATIVE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:other|alternative|additional) (?:payment )?(?:options?|plans?|offers?)(?: (?:for|available|offered|we can offer))?|you could (?:also|instead)|instead,? you (?:could|can|may)|(?:options?|plans?|offers?) (?:you )?(?:did not|didn't) (?:choose|select|take|accept)|not (?:chosen|selected|taken))(?-u:\b)")
        .expect("static regex")
});

/// A figure of a loan: money, a percentage, or a count of months, weeks, days or payments.
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)[$£€]\s?\d|\d\s?%|\d+\s+(?:(?:equal|monthly|weekly|fortnightly|bi-?weekly)\s+)?(?:months?|weeks?|days?|years?|payments?|instal?lments?|repayments?)(?-u:\b)")
        .expect("static regex")
});

/// A sentence that speaks of this loan ("your loan", "this agreement"): an example ends
/// before it.
static THIS_LOAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:your|this) (?:loan|agreement|note|credit agreement|plan|contract)|you (?:agree|promise|accepted|chose|signed))(?-u:\b)")
        .expect("static regex")
});

/// An e-mail header line.
static MAIL_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t]*(from|to|cc|bcc|sent|date|subject)[ \t]*:[^\n]*$")
        .expect("static regex")
});

/// A line of a message quoted in a reply.
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?m)^[ \t]*>[^\n]*$").expect("static regex"));

/// At most this many bytes of one example or alternative are left out.
const MAX_SPAN: usize = 600;

/// A span left out and why.
struct Span {
    start: usize,
    end: usize,
    what: &'static str,
}

/// A copy of `doc` with its foreign spans blanked, and the assumptions naming them; `None`
/// when it has none.
pub(crate) fn mask(doc: &Document) -> Option<(Deglued, Vec<String>)> {
    let text = doc.text.as_str();
    if text.len() > 400_000 {
        return None;
    }
    let mut spans = Vec::new();
    // A chain whose latest message only accepts the terms its quotes state: read the quotes.
    let chain = super::reply_chain::agreed_in_quotes(text, |line| MAIL_HEADER.is_match(line));
    // The quoted reply that accepts the terms dates the contract (its date line is read).
    let accepted = chain
        .is_none()
        .then(|| super::mail_accept::accepted_in_quote(text))
        .flatten();
    quoted_and_headers(text, &mut spans, chain.is_none(), accepted.as_ref());
    if EXAMPLE.is_match(text) || ALTERNATIVE.is_match(text) {
        examples(text, &mut spans);
    }
    // Options of a form left unticked: one note names them all.
    let options = crate::extract::checkbox::unticked_options(text);
    if spans.is_empty() && options.is_empty() && chain.is_none() {
        return None;
    }
    if let Some(a) = &accepted {
        // Only the accepting reply's date line's quote marks are blanked.
        spans.retain(|s| !(s.start <= a.body && a.body < s.end));
    }
    spans.sort_by_key(|s| s.start);
    let mut notes: Vec<String> = spans
        .iter()
        .map(|s| {
            format!(
                "not read as this loan's terms: {} ({})",
                s.what,
                quote_left_out(text, s.start, s.end)
            )
        })
        .collect();
    if !options.is_empty() {
        let quoted: Vec<String> = options
            .iter()
            .map(|&(s, e)| quote_left_out(text, s, e))
            .collect();
        notes.push(format!(
            "not read as this loan's terms: options left unticked ({})",
            quoted.join(", ")
        ));
    }
    let mut bounds: Vec<(usize, usize)> = spans.iter().map(|s| (s.start, s.end)).collect();
    if let Some(a) = accepted {
        bounds.push((a.start, a.body));
        notes.push(a.note);
    }
    // An option inside a span already left out needs no second blank.
    let ticks = crate::extract::checkbox::ticks_of_chosen(text, &options);
    let apart: Vec<(usize, usize)> = options
        .into_iter()
        .chain(ticks)
        .filter(|&(s, e)| !bounds.iter().any(|&(a, b)| a < e && s < b))
        .collect();
    bounds.extend(apart);
    if let Some(chain) = chain {
        let apart: Vec<(usize, usize)> = chain
            .blanks
            .into_iter()
            .filter(|&(s, e)| !bounds.iter().any(|&(a, b)| a < e && s < b))
            .collect();
        bounds.extend(apart);
        notes.extend(chain.notes);
    }
    bounds.sort_unstable();
    Some((blanked(doc, &bounds), notes))
}

/// Lines quoted from an earlier message (unless `quotes_foreign` is false: they hold the
/// agreed terms, see `reply_chain.rs`), and an e-mail header block (three or more header
/// lines in a row, among them `From:`). The header's date line is left in unless the rest of
/// the document has a signing date of its own (an e-mail that is itself the agreement is
/// dated by its header).
/// A quoted reply that accepts the terms (`accepted`) dates the contract: the header's date
/// line is left out then, and quoted lines never count as the document's own signing date.
fn quoted_and_headers(
    text: &str,
    spans: &mut Vec<Span>,
    quotes_foreign: bool,
    accepted: Option<&super::mail_accept::Accepted>,
) {
    for m in QUOTED.find_iter(text).filter(|_| quotes_foreign) {
        spans.push(Span {
            start: m.start(),
            end: m.end(),
            what: "a message quoted in a reply",
        });
    }
    let lines: Vec<regex::Captures> = MAIL_HEADER.captures_iter(text).collect();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        // A block: header lines separated only by line breaks.
        while let (Some(a), Some(b)) = (lines.get(j), lines.get(j + 1)) {
            let (Some(a), Some(b)) = (a.get(0), b.get(0)) else {
                break;
            };
            if text
                .get(a.end()..b.start())
                .is_some_and(|g| g.trim().is_empty())
            {
                j += 1;
            } else {
                break;
            }
        }
        let block = &lines[i..=j];
        let has_from = block.iter().any(|c| {
            c.get(1)
                .is_some_and(|w| w.as_str().eq_ignore_ascii_case("from"))
        });
        if block.len() >= 3 && has_from {
            let end = block.last().and_then(|c| c.get(0)).map_or(0, |m| m.end());
            // (Quoted lines left out are other messages: their "> Date:" is not this one's.)
            let rest = text.get(end..).unwrap_or("");
            let rest_has_date = accepted.is_some()
                || if quotes_foreign {
                    let own: String = rest
                        .split_inclusive('\n')
                        .filter(|l| !l.trim_start().starts_with('>'))
                        .collect();
                    super::dates::has_signing_date(&own)
                } else {
                    super::dates::has_signing_date(rest)
                };
            for c in block {
                let (Some(line), Some(name)) = (c.get(0), c.get(1)) else {
                    continue;
                };
                let dated = matches!(name.as_str().to_ascii_lowercase().as_str(), "date" | "sent");
                if dated && !rest_has_date {
                    continue;
                }
                spans.push(Span {
                    start: line.start(),
                    end: line.end(),
                    what: "an e-mail's header",
                });
            }
        }
        i = j + 1;
    }
}

/// "not taken from your loan proceeds", "not taken out of the amount lent": a charge not
/// deducted, not a plan not taken. `end` is where the match ("... not taken") ends.
fn taken_from_the_money(sent: &str, end: usize) -> bool {
    let matched = sent.get(..end).unwrap_or("").to_ascii_lowercase();
    let after = sent
        .get(end..)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    matched.ends_with("taken")
        && ["from ", "out of ", "off "]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Examples and alternatives: the sentence that names one, the sentence after a heading
/// with no figure of its own, and the sentences that continue it (after `;`, `:` or `,`, or
/// opening in lower case or with "or"/"and"), within its paragraph, or in the table a
/// heading or a colon sets off after a blank line.
fn examples(text: &str, spans: &mut Vec<Span>) {
    let sentences = super::split_sentences(text);
    let mut i = 0;
    while i < sentences.len() {
        let (s, e) = sentences[i];
        let sent = text.get(s..e).unwrap_or("");
        let what = if EXAMPLE.is_match(sent) {
            "an example"
        } else if ALTERNATIVE
            .find_iter(sent)
            .any(|m| !taken_from_the_money(sent, m.end()))
        {
            "another plan offered, not the one chosen"
        } else {
            i += 1;
            continue;
        };
        let mut last = i;
        // A short heading with no figure ("4. Example only.") heads the sentences after it.
        let mut heading = !FIGURE.is_match(sent) && sent.len() <= 60;
        // An example that opens its sentence ("Representative example: borrow £200 ...")
        // runs to the end of its line.
        let opens = what == "an example"
            && EXAMPLE.find(sent).is_some_and(|m| {
                sent.get(..m.start())
                    .is_some_and(|h| h.trim_matches(|c: char| !c.is_alphabetic()).is_empty())
            });
        while let Some(&(ns, ne)) = sentences.get(last + 1) {
            let (_, le) = sentences[last];
            let between = text.get(le..ns).unwrap_or("");
            let next = text.get(ns..ne).unwrap_or("");
            let prev = text.get(sentences[last].0..le).unwrap_or("").trim_end();
            // An example's heading heads the line set off after a blank line, and its lead-in
            // ending in a colon ("For illustration purposes only:") the table after one.
            let gap = between.contains("\n\n");
            let leads_block =
                what == "an example" && (prev.ends_with(':') || (heading && last == i));
            if (gap && !leads_block) || between.contains('\x0c') || ne > s + MAX_SPAN {
                break;
            }
            // The rows of a table run on from the row before.
            let table_row = prev.starts_with('|') && next.starts_with('|');
            let continues = gap
                || table_row
                || (opens && !between.contains('\n'))
                || prev.ends_with([';', ':', ','])
                || next.starts_with(|c: char| c.is_lowercase() || c == '(')
                || next.starts_with("or ")
                || next.starts_with("and ");
            let this_loan = THIS_LOAN.is_match(next) && !EXAMPLE.is_match(next);
            if this_loan || !(heading || continues) || super::starts_item(next) {
                break;
            }
            heading = heading && !FIGURE.is_match(next);
            last += 1;
        }
        let end = sentences[last].1;
        if FIGURE.is_match(text.get(s..end).unwrap_or("")) {
            spans.push(Span {
                start: s,
                end,
                what,
            });
        }
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let doc = Document::from_text(
            std::path::Path::new("t.txt"),
            crate::read::SourceKind::Text,
            text,
        );
        mask(&doc).map(|(d, _)| d.doc.text).unwrap_or_default()
    }

    #[test]
    fn an_example_item_and_a_quote_are_blanked() {
        let t = "1. Term. 24 payments of $100.\n2. Example only. A $5,000 loan for 36 months has 36 payments of $190.69. This example is not your loan.\n3. Default.\n> Could we do 60 months?\n";
        let m = masked(t);
        assert_eq!(m.len(), t.len());
        assert!(m.contains("24 payments of $100"), "{m}");
        assert!(!m.contains("36 months") && !m.contains("60 months"), "{m}");
        assert!(m.contains("3. Default."), "{m}");
    }

    #[test]
    fn a_text_with_no_example_is_left_alone() {
        assert!(masked("You borrow $1,000 for 12 months at 10% a year.\n").is_empty());
    }
}
