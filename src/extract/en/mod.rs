//! English contract and disclosure extraction: loan agreements, promissory notes, US Truth in
//! Lending boxes and Loan Estimates, UK Consumer Credit Act agreements.
//!
//! The text is read twice over: once with line breaks turned into spaces (`flat`, byte for byte
//! the same length as the document text, so offsets carry over), where wrapped prose and
//! label/value boxes read as one run, and a value-first line ("$900 Origination Fee") reads
//! label first; and once cut into sentences for the evidence.
//! Each part (amounts, schedule, rates, fees, clauses) records the byte offsets of the values it
//! read, so money and rate sentences that nothing read are reported in `unparsed`.

mod amounts;
mod borrower_place;
mod boxes;
mod charge_rate;
mod clause_span;
mod clauses;
mod columns;
mod covered;
mod dates;
mod default_rate;
mod deferred_interest;
mod disclosed_apr;
mod due_at_once;
mod due_in_one;
mod equal_principal;
mod fee_context;
mod fee_labels;
mod fee_negation;
mod fee_spread;
mod fee_timing;
mod fee_values;
mod fees;
mod financed_box;
mod foreign;
mod form;
mod glued;
mod itemization;
mod last_payment;
mod ledger;
mod locale;
pub mod number;
mod open_end;
mod paid_to_others;
mod pawn;
mod payment_list;
mod payment_range;
mod payment_times;
mod payment_twin;
mod per_hundred;
mod periodic_charge;
mod principal_labels;
mod rate_unit;
mod rates;
mod receipt;
mod repaid_from;
mod repaid_sum;
mod repay_breakdown;
mod schedule;
mod signoff_place;
mod single_repayment;
mod spaced_header;
mod term;
mod voluntary_insurance;

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Evidence, Terms, Unparsed};
use crate::pattern;
use crate::read::Document;
pub(crate) use boxes::{cells_below, continues_cell, heads_cell};
pub(crate) use glued::{Deglued, blanked, quote_left_out};

/// Extract the terms of an English contract or disclosure.
pub fn extract(doc: &Document) -> Terms {
    // Two text columns side by side are read column by column, quoted as written.
    if let Some(columns) = crate::extract::side_by_side::split_english(doc) {
        return columns.restore(extract_columns_apart(&columns.doc), doc);
    }
    extract_columns_apart(doc)
}

fn extract_columns_apart(doc: &Document) -> Terms {
    // Examples, other plans, quoted messages: read a copy without them.
    if let Some((masked, notes)) = foreign::mask(doc) {
        let mut terms = masked.restore(extract_unmasked(&masked.doc), doc);
        terms.assumptions.extend(notes);
        return terms;
    }
    extract_unmasked(doc)
}

fn extract_unmasked(doc: &Document) -> Terms {
    // Figures glued to their labels are read from a spaced copy, quoted as written.
    if let Some(d) = glued::deglue(doc) {
        let terms = extract_tables(&d.doc);
        return d.restore(terms, doc);
    }
    extract_tables(doc)
}

fn extract_tables(doc: &Document) -> Terms {
    // A box whose labels head columns over a row of figures is read label by label.
    if let Some(t) = columns::transpose(doc) {
        let terms = extract_spaced(&t.doc);
        return t.restore(terms, doc);
    }
    extract_spaced(doc)
}

fn extract_spaced(doc: &Document) -> Terms {
    let mut terms = Terms::default();
    if let Some(note) = out_of_scope(&doc.text) {
        // No sentence map for a document we do not read further (it can be 1 MB and more).
        let mut cx = Ctx::new(doc, false);
        clauses::jurisdiction(&mut cx, &mut terms, true);
        terms.assumptions.push(note);
        return terms;
    }
    let mut cx = Ctx::new(doc, true);
    clauses::jurisdiction(&mut cx, &mut terms, false);
    locale::extract(&mut cx, &mut terms);
    form::extract(&cx, &mut terms);
    amounts::extract(&mut cx, &mut terms);
    pawn::amounts(&mut cx, &mut terms);
    pawn::one_redemption(&cx, &mut terms);
    schedule::extract(&mut cx, &mut terms);
    payment_list::financed_from_price_alone(&mut cx, &mut terms);
    rates::extract(&mut cx, &mut terms);
    deferred_interest::extract(&mut cx, &mut terms);
    fees::extract(&mut cx, &mut terms);
    periodic_charge::extract(&mut cx, &mut terms);
    pawn::charge(&mut cx, &mut terms);
    charge_rate::drop_fee_twins(&mut terms);
    single_repayment::total_of_one_payment(&mut terms);
    repay_breakdown::charge(&mut cx, &mut terms);
    paid_to_others::add(&mut cx, &mut terms);
    voluntary_insurance::add(&mut cx, &mut terms);
    fee_spread::spread(&cx, &mut terms);
    due_in_one::extract(&mut cx, &mut terms);
    repaid_sum::extract(&mut cx, &mut terms);
    amounts::derive_disbursed(&mut terms);
    financed_box::reconcile(&mut cx, &mut terms);
    payment_twin::reconcile(&mut cx, &mut terms);
    payment_twin::monthly_from_term(&mut terms);
    disclosed_apr::rate_from_apr(&cx, &mut terms);
    clauses::extract(&mut cx, &mut terms);
    covered::extract(&cx, &mut terms);
    clauses::lender(&mut cx, &mut terms);
    borrower_place::stated(&cx, &mut terms);
    borrower_place::extract(&cx, &mut terms);
    clauses::state_from_places(&cx, &mut terms);
    locale::dollars(&cx, &mut terms);
    unparsed(&cx, &mut terms);
    let mut seen = std::collections::HashSet::new();
    terms.assumptions.retain(|a| seen.insert(a.clone()));
    terms
}

/// Working state shared by the parts of the extractor.
pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    /// `doc.text` with line breaks and tabs as spaces: same byte offsets, prose unwrapped.
    pub flat: String,
    /// Sentence byte ranges over `doc.text`, in order.
    pub sentences: Vec<(usize, usize)>,
    /// Byte offsets of values that were read (for the unparsed report).
    pub covered: Vec<usize>,
    /// Read numeric dates day-first (UK style).
    pub day_first: bool,
    /// The country the document's own signs name, when they name one.
    pub locale: Option<locale::Locale>,
    /// The money figures of `flat` as last read, with the text they were read from (several
    /// readers scan the whole text for them; `flat` may be changed for a while).
    flat_money: Option<(String, Vec<number::Money>)>,
}

impl<'a> Ctx<'a> {
    fn new(doc: &'a Document, with_sentences: bool) -> Self {
        let flat: String = doc
            .text
            .chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let flat = label_first(
            &doc.text,
            spaced_rows(
                &doc.text,
                key_value_rows(&doc.text, dot_leaders(&doc.text, flat)),
            ),
        );
        let sentences = if with_sentences {
            split_sentences(&doc.text)
        } else {
            Vec::new()
        };
        Ctx {
            doc,
            flat,
            sentences,
            covered: Vec::new(),
            day_first: false,
            locale: None,
            flat_money: None,
        }
    }

    /// `number::find_money(&self.flat)`, read once for each content of `flat`.
    pub fn money_in_flat(&mut self) -> Vec<number::Money> {
        if let Some((read, money)) = &self.flat_money
            && *read == self.flat
        {
            return money.clone();
        }
        let money = number::find_money(&self.flat);
        self.flat_money = Some((self.flat.clone(), money.clone()));
        money
    }

    /// The currency of a figure read with `code`: a "$" is the document's own dollar when its
    /// signs name one (a document that names US dollars has none, see [`locale::detect`]).
    pub fn dollar(&self, code: &'static str) -> &'static str {
        match self.locale.as_ref().and_then(|l| l.dollar) {
            Some(local) if code == "USD" => local,
            _ => code,
        }
    }

    /// The sentence containing byte `pos`.
    pub fn sentence_of(&self, pos: usize) -> (usize, usize) {
        let i = self.sentences.partition_point(|&(_, e)| e <= pos);
        match self.sentences.get(i) {
            Some(&(s, e)) if s <= pos => (s, e),
            _ => (pos, pos),
        }
    }

    /// Evidence from the sentence holding `a` to the sentence holding `b` (`a <= b`).
    pub fn evidence(&self, a: usize, b: usize) -> Evidence {
        if self.sentences.is_empty() {
            return self.doc.sentence_evidence(a, b.max(a));
        }
        let (s, _) = self.sentence_of(a);
        let (_, mut e) = self.sentence_of(b.max(a));
        // A label and its value can be far apart in a form; quote at most ~600 bytes.
        if e > s + 600 {
            e = self.sentence_of(a).1.max(b.min(s + 600));
        }
        self.quote(s, e.max(b))
    }

    /// Evidence for exactly the byte range `s..e` of the text (clamped to char boundaries).
    pub fn quote(&self, s: usize, e: usize) -> Evidence {
        self.doc.evidence(s, e)
    }

    /// Mark byte `pos` as read.
    pub fn cover(&mut self, pos: usize) {
        self.covered.push(pos);
    }

    /// `flat[start..end]` clamped to char boundaries (empty when out of range).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let end = floor(&self.flat, end.min(self.flat.len()));
        let start = floor(&self.flat, start.min(end));
        self.flat.get(start..end).unwrap_or("")
    }

    /// The byte offset where a paragraph break (blank line or page break) first occurs in
    /// `doc.text[start..end]`, else `end`.
    pub fn paragraph_end(&self, start: usize, end: usize) -> usize {
        let t = &self.doc.text;
        let end = floor(t, end.min(t.len()));
        let start = floor(t, start.min(end));
        let Some(region) = t.get(start..end) else {
            return end;
        };
        static BLANK: LazyLock<Regex> =
            LazyLock::new(|| pattern::regex(r"\n[ \t]*\n|\x0c").expect("static regex"));
        BLANK.find(region).map_or(end, |m| start + m.start())
    }
}

/// A line that is a figure followed by its label, as app and offer screens print them
/// ("$30,000.00 Loan Amount", "17.99% Interest Rate"): the figure, the gap, the label.
static VALUE_FIRST_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        &[
            r"(?m)^[ \t]*(",
            number::MARK_BEFORE,
            r"\d[\d,]*(?:\.\d+)?|\d{1,3}(?:\.\d+)? ?%)([ \t]+)([A-Za-z][^\d\n]{2,80}?)[ \t]*$",
        ]
        .concat(),
    )
    .expect("static regex")
});

/// A two-cell table row, `| Loan amount | £3,000.00 |` or without the outer bars
/// `Loan amount | £3,000.00`: a label and its value.
static KEY_VALUE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?m)^[ \t]*(\|)?[ \t]*[A-Za-z][^|\n]{1,60}?[ \t]*(\|)[^|\n]{1,80}?(\|)?[ \t]*$",
    )
    .expect("static regex")
});

/// `flat` with each two-cell table row read as a "Label: value" line (bars as blanks and the
/// middle bar as a colon, in place), so the label readers see the value after the label.
fn key_value_rows(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in KEY_VALUE_ROW.captures_iter(text) {
        for (i, with) in [(1, b' '), (2, b':'), (3, b' ')] {
            if let Some(at) = c.get(i).map(|m| m.start())
                && let Some(b) = bytes.get_mut(at)
            {
                *b = with;
            }
        }
    }
    // Only ASCII bars were replaced by ASCII bytes.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A label and its figure set apart by a gap of two spaces or a tab, as a table converted to
/// text prints them ("Cash advance  $1,200.00", "Term\t6 months").
static SPACED_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        &[
            r"(?m)^[ \t]*[A-Za-z][A-Za-z '’/&()-]{1,60}?[A-Za-z)]( {2,}|\t+)(?:",
            number::MARK_BEFORE,
            r"|\d)[^\n]{0,80}$",
        ]
        .concat(),
    )
    .expect("static regex")
});

/// `flat` with each spaced label/figure row read as "Label: figure" (the gap's first blank
/// as a colon, in place).
fn spaced_rows(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in SPACED_ROW.captures_iter(text) {
        if let Some(at) = c.get(1).map(|m| m.start())
            && let Some(b) = bytes.get_mut(at)
        {
            *b = b':';
        }
    }
    // Only ASCII blanks were replaced by an ASCII byte.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// A label and its value joined by a dot leader, as receipts and offer sheets print them
/// ("Cash advanced ....... $400.00", "Term ………… 36 months"): the label, then the leader.
static DOT_LEADER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t]*[A-Za-z][^\n.…]{0,60}?[A-Za-z0-9)%]([ \t]*(?:\.[ \t]*){3,}|[ \t]*(?:…[ \t]*)+)[^\n.…]*[$£€\d]")
        .expect("static regex")
});

/// `flat` with each dot leader read as a colon and blanks ("Term:        36 months"), in
/// place, so the label readers see a "Label: value" line.
fn dot_leaders(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in DOT_LEADER.captures_iter(text) {
        let Some(leader) = c.get(1) else {
            continue;
        };
        if let Some(slot) = bytes.get_mut(leader.range()) {
            slot.fill(b' ');
            if let Some(first) = slot.first_mut() {
                *first = b':';
            }
        }
    }
    // Whole characters (dots, ellipses, blanks) were replaced by ASCII bytes.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// First words that make the words after a figure a qualifier of it, not its label.
const QUALIFIERS: [&str; 22] = [
    "per", "a", "an", "of", "each", "every", "for", "from", "in", "to", "plus", "p", "on", "at",
    "is", "will", "and", "or", "if", "until", "which", "with",
];

/// `flat` with each value-first line rewritten label first ("Loan Amount $30,000.00"), in
/// place: same bytes per line, so offsets still point into the same line of the document and
/// every label reader reads the figure after its label.
fn label_first(text: &str, flat: String) -> String {
    let mut bytes = flat.into_bytes();
    for c in VALUE_FIRST_LINE.captures_iter(text) {
        let (Some(value), Some(gap), Some(label)) = (c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        // "39.9% per annum", "$25 for each late payment": the words qualify the figure, and
        // a figure under a "Label:" line is that label's value.
        let first_word = label
            .as_str()
            .split(|ch: char| !ch.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let previous_line = text
            .get(..value.start())
            .unwrap_or("")
            .trim_end()
            .rsplit('\n')
            .next()
            .unwrap_or("");
        if QUALIFIERS.contains(&first_word.as_str()) || previous_line.trim_end().ends_with(':') {
            continue;
        }
        let swapped = format!(
            "{}{}{}",
            label.as_str(),
            " ".repeat(gap.len()),
            value.as_str()
        );
        if let Some(slot) = bytes.get_mut(value.start()..label.end()) {
            slot.copy_from_slice(swapped.as_bytes());
        }
    }
    // Whole lines of valid UTF-8 were moved, so the text stays valid.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Is the option at byte `pos` an unticked box of a form ("[ ] Weekly", "☐ Biweekly")? Such
/// an option is offered, not chosen.
pub(crate) fn unticked(text: &str, pos: usize) -> bool {
    let pos = floor(text, pos);
    let head = text
        .get(floor(text, pos.saturating_sub(8))..pos)
        .unwrap_or("");
    let head = head.trim_end();
    ["[ ]", "[]", "[  ]", "( )", "☐", "□", "○"]
        .iter()
        .any(|b| head.ends_with(b))
}

/// Words that number a part of the document: the figure after them is a section, clause or
/// item number ("Sec. 4 Payments", "Clause 12 Repayments", "§ 3"), never a count or amount.
const SECTION_LABELS: [&str; 14] = [
    "sec",
    "section",
    "art",
    "article",
    "clause",
    "para",
    "paragraph",
    "item",
    "part",
    "schedule",
    "exhibit",
    "annex",
    "step",
    "§",
];

/// Does the figure at byte `pos` of `text` number a section ("Sec. 4", "Section 4:", "§ 4")?
pub(crate) fn numbers_section(text: &str, pos: usize) -> bool {
    let head = text.get(..floor(text, pos)).unwrap_or("");
    let head = head.trim_end_matches([' ', '\t']);
    let head = head.strip_suffix('.').unwrap_or(head);
    let word: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '§')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    SECTION_LABELS.contains(&lower.as_str())
}

/// Largest char boundary `<= i`.
pub(crate) fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Smallest char boundary `>= i` (a window reaching back must not start inside a "£").
pub(crate) fn ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 20] = [
    "co", "inc", "ltd", "no", "nos", "mr", "mrs", "ms", "dr", "st", "u.s", "e.g", "i.e", "vs",
    "sec", "jr", "n.a", "p.o", "corp", "approx",
];

/// Cut text into sentences: at `. ; ? !` followed by a capital, digit, bullet or quote, at
/// blank lines and page breaks, before bullets and numbered items, and after short lines
/// (form rows and headings; wrapped prose lines are long).
fn split_sentences(text: &str) -> Vec<(usize, usize)> {
    // What counts as a short line depends on the document's column width: a line well short
    // of the typical (80th percentile) length ends a row or a paragraph.
    let mut lengths: Vec<usize> = text
        .lines()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    lengths.sort_unstable();
    let p80 = lengths
        .get(lengths.len().saturating_mul(4) / 5)
        .copied()
        .unwrap_or(0);
    let short = (p80 * 6 / 10).clamp(20, 60);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut line_start = 0usize;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let seg = text.get(s..e).unwrap_or("");
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        let (s2, e2) = (s + lead, e.saturating_sub(trail));
        if e2 > s2 {
            out.push((s2, e2));
        }
    };
    for (i, c) in text.char_indices() {
        let next_i = i + c.len_utf8();
        match c {
            '\u{c}' => {
                push(&mut out, start, i);
                start = next_i;
                line_start = next_i;
            }
            '\n' => {
                let line = text.get(line_start..i).unwrap_or("").trim();
                let rest = text.get(next_i..).unwrap_or("");
                let rest_trim = rest.trim_start_matches([' ', '\t']);
                let blank = rest_trim.starts_with('\n') || rest_trim.is_empty();
                let item = starts_item(rest_trim);
                let next_line = rest.trim_start();
                let next_first = next_line.chars().next();
                let last = line.chars().next_back();
                // Double-spaced text: a blank line inside a sentence ("may, at\n\nits
                // discretion") does not end it.
                let continues = last.is_some_and(|c| c.is_alphabetic() || c == ',')
                    && next_first.is_some_and(char::is_lowercase);
                // A table row ends in a figure and the next row starts with a capital or digit.
                let row_end = last.is_some_and(|c| c.is_ascii_digit() || c == '%')
                    && next_first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                // An empty line was decided by the newline before it.
                let short_line = !line.is_empty() && line.chars().count() < short && !continues;
                // A label joined to its value by a dot leader is a row of a form.
                let leader_row = line.contains(" ...") || line.contains('…');
                if (blank && !continues) || item || short_line || row_end || leader_row {
                    push(&mut out, start, i);
                    start = next_i;
                }
                line_start = next_i;
            }
            '.' | ';' | '?' | '!' => {
                let rest = text.get(next_i..).unwrap_or("");
                let after = rest.trim_start_matches([' ', '\t', '\n']);
                let spaced = rest.starts_with([' ', '\n', '\t']) || rest.is_empty();
                let next_ok = after.is_empty()
                    || after.starts_with(|ch: char| {
                        ch.is_uppercase() || ch.is_ascii_digit() || "\"“(•[-".contains(ch)
                    });
                let abbrev = c == '.' && {
                    let before = text.get(line_start.max(start)..i).unwrap_or("");
                    let word = before
                        .rsplit(|ch: char| !(ch.is_alphanumeric() || ch == '.'))
                        .next()
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    ABBREVIATIONS.contains(&word.as_str())
                        || (word.len() == 1 && word.chars().all(|ch| ch.is_alphabetic()))
                        // An item number ("1. Promise to Pay") opens its line; "£12." ends a
                        // sentence.
                        || (word.chars().all(|ch| ch.is_ascii_digit())
                            && !word.is_empty()
                            && before.trim() == word)
                };
                // The last dot of a dot leader ("Interest rate ..... 19.99%") joins a label
                // to its value.
                let leader = c == '.'
                    && text
                        .get(line_start.max(start)..i)
                        .unwrap_or("")
                        .trim_end_matches([' ', '\t'])
                        .ends_with(['.', '…']);
                if spaced && (c == ';' || (next_ok && !abbrev && !leader)) {
                    push(&mut out, start, next_i);
                    start = next_i;
                }
            }
            _ => {}
        }
    }
    push(&mut out, start, text.len());
    out
}

/// Does a line start a list item (`•`, `1.`, `(a)`, `a)`)?
fn starts_item(line: &str) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^(?:[•●▪◦\-–]\s|\d{1,2}\.\s|\(?[a-z]\)\s|\(\d{1,2}\)\s)")
            .expect("static regex")
    });
    ITEM.is_match(line)
}

/// Markers of a commercial (corporate, syndicated) credit agreement.
static COMMERCIAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(administrative\s+agent|lenders\s+party\s+hereto|term\s+loan\s+facility|revolving\s+credit\s+commitments?|revolving\s+credit\s+facility|SOFR|term\s+SOFR|syndication\s+agent|joint\s+lead\s+arrangers?|collateral\s+agent|swing\s?line\s+loans?|letter\s+of\s+credit\s+issuer|ebitda|leverage\s+ratio|interest\s+cover(?:age)?\s+ratio|majority\s+lenders|required\s+lenders|compliance\s+certificate|financial\s+covenants?|senior\s+secured\s+credit\s+agreement|borrowing\s+base)(?-u:\b)")
        .expect("static regex")
});

/// An `out-of-scope:` note when the text is a commercial credit agreement: at least three
/// distinct markers, each typical of syndicated corporate lending and absent from consumer loans.
fn out_of_scope(flat: &str) -> Option<String> {
    let mut seen: Vec<String> = Vec::new();
    for m in COMMERCIAL.find_iter(flat) {
        let k = m
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        if !seen.contains(&k) {
            seen.push(k);
        }
        if seen.len() >= 6 {
            break;
        }
    }
    (seen.len() >= 3).then(|| {
        format!(
            "out-of-scope: commercial credit agreement (markers: {}); consumer-loan terms were not extracted",
            seen.join(", ")
        )
    })
}

/// Sentences mentioning money, a rate or a fee that no part read.
static RATE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)\d\s?(?:%|percent(?-u:\b)|per cent(?-u:\b))").expect("static regex")
});
/// A money word followed by a blank or template placeholder (`[!! #### !!]`, `____`, `{{x}}`).
static BLANK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(fees?|charges?)|(apr|interest|rate)|(amount|principal|payments?|sum|instal?lments?|term))(?-u:\b)[^\n]{0,40}?(?:\[|_{3,}|\{\{|<<)")
        .expect("static regex")
});

/// At most this many unparsed sentences are listed; the rest are counted in an assumption.
const MAX_UNPARSED: usize = 300;

fn unparsed(cx: &Ctx, terms: &mut Terms) {
    // A figure equal to an amount already read is a repeat of it ("Itemization of Amount
    // Financed of $300.00"), not an unread term.
    let known: Vec<rust_decimal::Decimal> = [
        &terms.principal,
        &terms.disbursed,
        &terms.finance_charge,
        &terms.total_of_payments,
        &terms.payment,
    ]
    .into_iter()
    .flatten()
    .map(|a| a.amount)
    .chain(terms.fees.iter().filter_map(|f| f.amount))
    .collect();
    let mut covered = cx.covered.clone();
    covered.sort_unstable();
    let mut dropped = 0usize;
    for &(s, e) in &cx.sentences {
        let Some(sent) = cx.flat.get(s..e) else {
            continue;
        };
        // A blank or placeholder is an unstated term even when the rest of its sentence
        // was read ("twenty (20) installments of CHF [amount] each").
        let blank = if number::MONEY_PLACEHOLDER.is_match(sent) {
            Some("money")
        } else {
            BLANK.captures(sent).map(|c| {
                if c.get(1).is_some() {
                    "fee"
                } else if c.get(2).is_some() {
                    "rate"
                } else {
                    "money"
                }
            })
        };
        let reason = match blank {
            Some(r) => r,
            None => {
                let money = number::find_money(sent);
                let repeats = !money.is_empty() && money.iter().all(|m| known.contains(&m.amount));
                let reason = if repeats {
                    continue;
                } else if !money.is_empty() {
                    "money"
                } else if RATE_WORD.is_match(sent) {
                    "rate"
                } else {
                    continue;
                };
                let i = covered.partition_point(|&p| p < s);
                if covered.get(i).is_some_and(|&p| p < e) {
                    continue;
                }
                reason
            }
        };
        if terms.unparsed.len() >= MAX_UNPARSED {
            dropped += 1;
            continue;
        }
        terms.unparsed.push(Unparsed {
            reason: reason.to_string(),
            evidence: cx.quote(s, e),
        });
    }
    if dropped > 0 {
        terms.assumptions.push(format!(
            "{dropped} further money/rate sentences were not parsed and are not listed"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_join_wrapped_prose_and_split_rows() {
        let text = "1. Promise to Pay.\nFor value received, the Borrower promises to pay the sum of Ten Thousand Dollars ($10,000) with interest at the rate of 10\npercent (10%) per year. Next one.\n\nLoan Term 60 months\nMonthly Payment $489.32\n";
        let s = split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|&(a, b)| &text[a..b]).collect();
        assert!(texts.contains(&"1. Promise to Pay."), "{texts:?}");
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("For value") && t.ends_with("per year.")),
            "{texts:?}"
        );
        assert!(texts.contains(&"Loan Term 60 months"), "{texts:?}");
        assert!(texts.contains(&"Monthly Payment $489.32"), "{texts:?}");
    }

    #[test]
    fn double_spaced_prose_and_table_rows() {
        let text = "4. Default: If the Borrower fails to pay when due, the Lender may, at\n\nits discretion, declare the Loan due.\n\nA.  Origination Charges  $3,110\n1 % of Loan Amount (Points)  $2,110\nApplication Fee  $500\n";
        let s = split_sentences(text);
        let texts: Vec<&str> = s.iter().map(|&(a, b)| &text[a..b]).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("4. Default") && t.ends_with("due.")),
            "{texts:?}"
        );
        assert!(texts.contains(&"Application Fee  $500"), "{texts:?}");
        assert!(
            texts.contains(&"1 % of Loan Amount (Points)  $2,110"),
            "{texts:?}"
        );
    }

    #[test]
    fn value_first_lines_read_label_first() {
        let text =
            "Offer\n£12,500 Amount to borrow\n9.9% Rate of interest\n$4.00 fee\nTerm 12 months\n";
        let flat = label_first(text, text.to_string());
        assert_eq!(flat.len(), text.len());
        assert!(flat.contains("Amount to borrow £12,500\n"), "{flat}");
        assert!(flat.contains("Rate of interest 9.9%\n"), "{flat}");
        assert!(flat.contains("fee $4.00\n"), "{flat}");
        assert!(flat.contains("Term 12 months\n"), "{flat}");
    }

    #[test]
    fn commercial_agreement_is_out_of_scope() {
        assert!(out_of_scope("among the Borrower, the Lenders party hereto and Bank, as Administrative Agent, providing a Term Loan Facility").is_some());
        assert!(
            out_of_scope("The Lender agrees to lend the Borrower $5,000 at 12% per annum.")
                .is_none()
        );
    }
}
