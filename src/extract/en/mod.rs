//! English contract and disclosure extraction: loan agreements, promissory notes, US Truth in
//! Lending boxes and Loan Estimates, UK Consumer Credit Act agreements.
//!
//! The text is read twice over: once with line breaks turned into spaces (`flat`, byte for byte
//! the same length as the document text, so offsets carry over), where wrapped prose and
//! label/value boxes read as one run, and a value-first line ("$900 Origination Fee") reads
//! label first; and once cut into sentences for the evidence.
//! Each part (amounts, schedule, rates, fees, clauses) records the byte offsets of the values it
//! read, so money and rate sentences that nothing read are reported in `unparsed`.

mod amount_words;
mod amounts;
mod application_fee;
mod borrower_place;
mod box_total;
mod boxes;
mod charge_rate;
mod city_state;
mod clause_span;
mod clauses;
mod columns;
mod count_span;
mod count_split;
mod count_table;
mod covered;
mod date_order;
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
mod flat_list;
mod flatten;
mod foreign;
mod form;
mod glued;
mod itemization;
mod kept_back;
mod last_payment;
mod ledger;
mod lender_party;
mod lender_role;
mod letter_currency;
mod licence_words;
mod locale;
mod machine_keys;
mod mail_accept;
pub mod number;
mod numbered_rows;
mod open_end;
mod paid_to_others;
mod pawn;
mod payment_list;
mod payment_range;
mod payment_times;
mod payment_twin;
mod per_hundred;
mod percent_fee;
mod periodic_charge;
mod principal_labels;
mod rate_unit;
mod rates;
mod receipt;
mod repaid_from;
mod repaid_sum;
mod repay_breakdown;
mod reply_chain;
mod schedule;
mod sentences;
mod service_member;
mod signoff_place;
mod single_repayment;
mod spaced_header;
mod term;
mod total_interest;
mod voluntary_insurance;

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Evidence, Terms, Unparsed};
use crate::pattern;
use crate::read::Document;
pub(crate) use boxes::{cells_below, continues_cell, heads_cell};
pub(crate) use glued::{Deglued, blanked, quote_left_out};
use sentences::{split_sentences, starts_item};

/// Extract the terms of an English contract or disclosure.
pub fn extract(doc: &Document) -> Terms {
    // "K 12,500.00" is money where the document names a country that writes its currency so.
    let letters = letter_currency::Scope::enter(&doc.text);
    // Two text columns side by side are read column by column, quoted as written.
    let mut terms = match crate::extract::side_by_side::split_english(doc) {
        Some(columns) => columns.restore(extract_columns_apart(&columns.doc), doc),
        None => extract_columns_apart(doc),
    };
    letters.note(&mut terms);
    terms
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
    // A data export's machine keys ("loan_amount:", "termMonths") are read as words from a
    // rewritten copy, quoted as written.
    if let Some(k) = machine_keys::rewrite(doc) {
        return k.restore(extract_keys_as_words(&k.doc), doc);
    }
    extract_keys_as_words(doc)
}

fn extract_keys_as_words(doc: &Document) -> Terms {
    // A list of key terms run onto one line is read item by item, quoted as written.
    if let Some(f) = flat_list::split(doc) {
        return f.restore(extract_glued(&f.doc), doc);
    }
    extract_glued(doc)
}

fn extract_glued(doc: &Document) -> Terms {
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
    total_interest::extract(&mut cx, &mut terms);
    per_hundred::stated_cost(&mut cx, &mut terms);
    pawn::amounts(&mut cx, &mut terms);
    pawn::one_redemption(&cx, &mut terms);
    reply_chain::struck_in_messages(&mut cx, &mut terms);
    schedule::extract(&mut cx, &mut terms);
    payment_list::financed_from_price_alone(&mut cx, &mut terms);
    rates::extract(&mut cx, &mut terms);
    deferred_interest::extract(&mut cx, &mut terms);
    fees::extract(&mut cx, &mut terms);
    kept_back::extract(&mut cx, &mut terms);
    periodic_charge::extract(&mut cx, &mut terms);
    pawn::charge(&mut cx, &mut terms);
    charge_rate::drop_fee_twins(&mut terms);
    single_repayment::total_of_one_payment(&mut terms);
    repay_breakdown::charge(&mut cx, &mut terms);
    paid_to_others::add(&mut cx, &mut terms);
    voluntary_insurance::add(&mut cx, &mut terms);
    application_fee::set_apart(&cx, &mut terms);
    fee_spread::spread(&cx, &mut terms);
    due_in_one::extract(&mut cx, &mut terms);
    repaid_sum::extract(&mut cx, &mut terms);
    percent_fee::amounts(&mut terms);
    amounts::derive_disbursed(&mut terms);
    financed_box::reconcile(&mut cx, &mut terms);
    payment_twin::reconcile(&mut cx, &mut terms);
    payment_twin::monthly_from_term(&mut terms);
    box_total::prefer_box(&mut cx, &mut terms);
    disclosed_apr::rate_from_apr(&cx, &mut terms);
    clauses::extract(&mut cx, &mut terms);
    covered::extract(&cx, &mut terms);
    lender_party::lender(&mut cx, &mut terms);
    lender_role::lender_by_role(&cx, &mut terms);
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
        let flat = flatten::flatten(&doc.text);
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
        let flat = std::mem::take(&mut self.flat);
        let money = self.money_in(&flat);
        self.flat = flat;
        money
    }

    /// `number::find_money(text)`, read once while the same text (a copy of `flat`, mostly)
    /// is asked for again.
    pub fn money_in(&mut self, text: &str) -> Vec<number::Money> {
        if let Some((read, money)) = &self.flat_money
            && read == text
        {
            return money.clone();
        }
        let money = number::find_money(text);
        self.flat_money = Some((text.to_string(), money.clone()));
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
/// The terms read from a text file's words (for the tests of the readers).
#[cfg(test)]
pub(super) fn read_text(text: &str) -> Terms {
    let doc = Document::from_text(
        std::path::Path::new("x.txt"),
        crate::read::SourceKind::Text,
        text,
    );
    extract(&doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commercial_agreement_is_out_of_scope() {
        assert!(out_of_scope("among the Borrower, the Lenders party hereto and Bank, as Administrative Agent, providing a Term Loan Facility").is_some());
        assert!(
            out_of_scope("The Lender agrees to lend the Borrower $5,000 at 12% per annum.")
                .is_none()
        );
    }
}
