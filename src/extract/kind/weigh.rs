//! The weighed decision: the title and the cues of the body (`kind_data.toml` [[cue]]) each
//! weigh towards a kind; see the data file's header for the rule. The reason names the cues
//! that decided, and the evidence quotes their sentences.

use std::collections::BTreeMap;

use super::data::{self, CUE_PATTERNS, CueSpec, DATA, Side};
use super::{Title, find_word, message_zh};
use crate::model::{DocumentInfo, DocumentKind, Evidence, Language, Terms};
use crate::read::Document;

/// The class of the contract cues that make a document a loan in substance, whatever it is
/// worded as (`kind_data.toml`: a sale and leaseback).
const SUBSTANCE: &str = "substance";

/// The class of an advertisement: its cues in a banner line speak of the banner.
const ADVERTISEMENT: &str = "advertisement";

/// At most this many sentences are quoted as the evidence of a decision.
const MAX_EVIDENCE: usize = 4;

/// A cue found in the text (byte offsets of its first match).
struct Hit {
    cue: &'static CueSpec,
    start: usize,
    end: usize,
}

/// Every cue of `language` found in the document, in the order of the data.
fn hits(doc: &Document, language: Language) -> Vec<Hit> {
    let (indices, set) = data::cue_set(language);
    let banners = banner_lines(&doc.text);
    let candidates = set.candidates(&doc.text);
    indices
        .iter()
        .enumerate()
        .filter(|&(k, _)| candidates.may_match(k))
        .filter_map(|(_, &i)| {
            let cue = DATA.cues.get(i)?;
            let re = CUE_PATTERNS.get(i)?;
            let m = re.re().find_iter(&doc.text).find(|m| {
                (cue.side != Side::Disclosure || !on_example(doc, m.start(), m.end()))
                    && (cue.class != ADVERTISEMENT
                        || !banners.iter().any(|b| b.contains(&m.start())))
            })?;
            Some(Hit {
                cue,
                start: m.start(),
                end: m.end(),
            })
        })
        .collect()
}

/// The byte ranges of the advertising banner lines of a page (【广告】… under an app's record):
/// not the first line, and only in a page of `banner_min_lines` lines or more.
fn banner_lines(text: &str) -> Vec<std::ops::Range<usize>> {
    let v = &DATA.vocabulary;
    let mut lines = Vec::new();
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            lines.push(offset..offset + line.len());
        }
        offset += line.len();
    }
    if lines.len() < v.banner_min_lines {
        return Vec::new();
    }
    lines
        .into_iter()
        .skip(1)
        .filter(|r| {
            let head = text.get(r.clone()).unwrap_or("").trim_start();
            may_open_with(head, &v.banner_openings) && {
                let lower = head.to_lowercase();
                v.banner_openings
                    .iter()
                    .any(|o| lower.starts_with(o.as_str()))
            }
        })
        .collect()
}

/// False only when `text` lower-cased cannot start with any of `openings` (lower-cased), as
/// its first character tells: most lines are let go without lower-casing them whole. The first
/// character lower-cases alone as it does in the text, except a capital sigma, which becomes
/// `ς` at the end of a word.
fn may_open_with(text: &str, openings: &[String]) -> bool {
    let Some(first) = text.chars().next() else {
        return true;
    };
    let lower: String = first.to_lowercase().collect();
    let opens = |form: &str| {
        openings
            .iter()
            .any(|o| o.starts_with(form) || form.starts_with(o.as_str()))
    };
    opens(&lower) || (first == 'Σ' && opens("ς"))
}

/// Is the match at `start..end` in a sentence that gives a worked example (示例：借款10,000元…（仅供
/// 参考）, "Example: a $5,000 loan … for illustration only")? A remark there is about the example,
/// not about the document: it does not make the document a disclosure.
fn on_example(doc: &Document, start: usize, end: usize) -> bool {
    let sentence = doc.sentence_evidence(start, end);
    let head = sentence.text.trim_start().to_lowercase();
    DATA.vocabulary
        .example_marks
        .iter()
        .any(|m| head.starts_with(m.as_str()))
}

/// The weights of the evidence, side by side.
struct Tally<'h> {
    hits: &'h [Hit],
    title: Option<&'h Title>,
    /// Marks of a loan agreement (with a loan-contract title).
    contract_loan: u32,
    /// ... and the marks of any agreement.
    contract_any: u32,
    /// Marks of a disclosure (with a disclosure title, a disclosure form, a message).
    disclosure: u32,
    /// What stands on the disclosure side besides the cues, in words.
    disclosure_extra: Vec<String>,
    /// The disclosure form's own evidence.
    form_evidence: Option<Evidence>,
    /// Each class of non-loan document and its weight (with its title).
    classes: BTreeMap<&'static str, u32>,
}

impl<'h> Tally<'h> {
    fn new(
        doc: &Document,
        language: Language,
        terms: &Terms,
        hits: &'h [Hit],
        title: Option<&'h Title>,
    ) -> Self {
        let weight = |f: &dyn Fn(&CueSpec) -> bool| -> u32 {
            hits.iter().filter(|h| f(h.cue)).map(|h| h.cue.weight).sum()
        };
        let titled = |kind: DocumentKind| {
            if title.is_some_and(|t| t.kind == kind) {
                DATA.title_weight
            } else {
                0
            }
        };
        let contract_loan =
            titled(DocumentKind::LoanContract) + weight(&|c| c.side == Side::Contract && c.loan);
        let contract_any = contract_loan + weight(&|c| c.side == Side::Contract && !c.loan);
        let mut disclosure =
            titled(DocumentKind::LoanDisclosure) + weight(&|c| c.side == Side::Disclosure);
        let mut disclosure_extra = Vec::new();
        if let Some(f) = &terms.disclosure_form {
            disclosure += DATA.form_weight;
            disclosure_extra.push(format!("a {:?} disclosure form", f.form));
        }
        if language == Language::Zh && message_zh(&doc.text) {
            disclosure += DATA.message_weight;
            disclosure_extra.push("a message about the loan (SMS or app notice)".to_string());
        }
        let mut classes: BTreeMap<&'static str, u32> = BTreeMap::new();
        let priced = priced(terms);
        for h in hits.iter().filter(|h| {
            h.cue.side == Side::Other
                && !(priced && data::class(&h.cue.class).is_some_and(|c| c.unpriced_only))
        }) {
            *classes.entry(h.cue.class.as_str()).or_default() += h.cue.weight;
        }
        if let Some(class) = title.and_then(|t| t.class) {
            *classes.entry(class).or_default() += DATA.title_weight;
        }
        Tally {
            hits,
            title,
            contract_loan,
            contract_any,
            disclosure,
            disclosure_extra,
            form_evidence: terms.disclosure_form.as_ref().map(|f| f.evidence.clone()),
            classes,
        }
    }

    /// The class of non-loan document that outweighs every loan reading, if one does, with
    /// its weight and the weight against it.
    fn other(&self) -> Option<(&'static str, u32, u32)> {
        let (class, score) = self
            .classes
            .iter()
            .max_by_key(|(name, score)| {
                let titled = self.title.and_then(|t| t.class) == Some(**name);
                (**score, titled)
            })
            .map(|(c, s)| (*c, *s))?;
        // A guarantee or a sale is an agreement too: only the marks of a LOAN agreement
        // count against it. An advertisement or a judgment is no agreement at all.
        let agreement = data::class(class).is_none_or(|c| c.agreement);
        let mut against = self.disclosure
            + if agreement {
                self.contract_loan
            } else {
                self.contract_any
            };
        // An IOU's title (欠条) names a debt of any cause: against a debt of another cause (a
        // price of goods owed) it weighs nothing.
        if self.title.is_some_and(|t| t.debt) && data::class(class).is_some_and(|c| c.debt) {
            against = against.saturating_sub(DATA.title_weight);
        }
        // A headline that names a loan ("Buy now, pay later use hits a record") over a body
        // with no mark of any agreement or disclosure names the article's subject, not the
        // document: the title weighs half against a class that is no agreement.
        let loan_title = self.title.is_some_and(|t| t.kind != DocumentKind::Other);
        if !agreement && loan_title && against == DATA.title_weight {
            against -= DATA.title_weight / 2;
        }
        (score >= DATA.other_min && score > against).then_some((class, score, against))
    }

    /// The labels of the cues found on `side` (of `class`, when given).
    fn labels(&self, side: Side, class: Option<&str>) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for h in self.hits_on(side, class) {
            if !out.contains(&h.cue.label.as_str()) {
                out.push(h.cue.label.as_str());
            }
        }
        out
    }

    fn hits_on<'a>(
        &'a self,
        side: Side,
        class: Option<&'a str>,
    ) -> impl Iterator<Item = &'h Hit> + 'a {
        self.hits
            .iter()
            .filter(move |h| h.cue.side == side && class.is_none_or(|c| h.cue.class == c))
    }

    /// The sentences of the cues on `side` (of `class`), at most [`MAX_EVIDENCE`].
    fn evidence(&self, doc: &Document, side: Side, class: Option<&str>) -> Vec<Evidence> {
        let mut spans: Vec<(usize, usize)> = self
            .hits_on(side, class)
            .map(|h| (h.start, h.end))
            .collect();
        spans.sort_unstable();
        let mut out: Vec<Evidence> = Vec::new();
        for (s, e) in spans {
            let ev = doc.sentence_evidence(s, e);
            if !out.iter().any(|o| o.start == ev.start) {
                out.push(ev);
            }
            if out.len() == MAX_EVIDENCE {
                break;
            }
        }
        out
    }
}

/// Whether the terms charge for the credit: a rate above zero, or a fee other than a charge
/// for default or for repaying early.
fn priced(terms: &Terms) -> bool {
    terms
        .rates
        .iter()
        .any(|r| r.value > rust_decimal::Decimal::ZERO)
        || terms
            .fees
            .iter()
            .any(|f| !f.kind.on_default_or_prepayment())
}

/// "a, b (7)" or "" when nothing weighs.
fn weighed(labels: &[&str], extra: &[String], weight: u32) -> String {
    let mut all: Vec<String> = labels.iter().map(|l| (*l).to_string()).collect();
    all.extend(extra.iter().cloned());
    if all.is_empty() {
        format!("nothing ({weight})")
    } else {
        format!("{} ({weight})", all.join(", "))
    }
}

/// Decide the kind from the title (if any) and the cues.
pub(super) fn decide(
    doc: &Document,
    language: Language,
    terms: &Terms,
    title: Option<Title>,
) -> DocumentInfo {
    let hits = hits(doc, language);
    let tally = Tally::new(doc, language, terms, &hits, title.as_ref());
    if let Some((class, score, against)) = tally.other() {
        return other_info(doc, &tally, class, score, against);
    }
    let loan_title = title.as_ref().filter(|t| t.kind != DocumentKind::Other);
    let subject = if loan_title.is_none() {
        let substance = hits
            .iter()
            .any(|h| h.cue.side == Side::Contract && h.cue.class == SUBSTANCE);
        let subject = Subject::count(doc, language, terms, tally.contract_loan, substance);
        if subject.loan < DATA.min_loan_words || subject.other >= subject.loan {
            return subject.not_a_loan(title.as_ref());
        }
        Some(subject)
    } else {
        None
    };
    let kind = if tally.disclosure > tally.contract_any {
        DocumentKind::LoanDisclosure
    } else {
        DocumentKind::LoanContract
    };
    if let Some(t) = loan_title
        && t.kind == kind
    {
        return DocumentInfo {
            kind,
            reason: t.reason(),
            evidence: vec![t.evidence.clone()],
        };
    }
    loan_info(doc, &tally, kind, subject.as_ref())
}

/// A document that is not a loan, decided by the cues (and title) of its class.
fn other_info(
    doc: &Document,
    tally: &Tally,
    class: &'static str,
    score: u32,
    against: u32,
) -> DocumentInfo {
    let what = data::class(class).map_or(class, |c| c.what.as_str());
    let labels = tally.labels(Side::Other, Some(class));
    let title = tally.title.filter(|t| t.class == Some(class));
    // The title alone decided: say so as a title does.
    if labels.is_empty()
        && let Some(t) = title
    {
        return DocumentInfo {
            kind: DocumentKind::Other,
            reason: format!("{}: {what}", t.reason()),
            evidence: vec![t.evidence.clone()],
        };
    }
    let mut evidence: Vec<Evidence> = title.map(|t| t.evidence.clone()).into_iter().collect();
    evidence.extend(tally.evidence(doc, Side::Other, Some(class)));
    evidence.truncate(MAX_EVIDENCE);
    let title_part = title.map_or(String::new(), |t| format!("the title \"{}\", ", t.text));
    DocumentInfo {
        kind: DocumentKind::Other,
        reason: format!(
            "{what}, not a loan: {title_part}{} outweigh the marks of a loan agreement or disclosure ({against})",
            weighed(&labels, &[], score)
        ),
        evidence,
    }
}

/// A loan contract or disclosure decided by its cues (no title, or a title they overrule).
fn loan_info(
    doc: &Document,
    tally: &Tally,
    kind: DocumentKind,
    subject: Option<&Subject>,
) -> DocumentInfo {
    let contract = weighed(&tally.labels(Side::Contract, None), &[], tally.contract_any);
    let disclosure = weighed(
        &tally.labels(Side::Disclosure, None),
        &tally.disclosure_extra,
        tally.disclosure,
    );
    let (side, weighing) = match kind {
        DocumentKind::LoanDisclosure => (
            Side::Disclosure,
            format!(
                "marks of a disclosure: {disclosure} against marks of an agreement: {contract}"
            ),
        ),
        _ => (
            Side::Contract,
            format!(
                "marks of an agreement: {contract} against marks of a disclosure: {disclosure}"
            ),
        ),
    };
    let mut evidence = Vec::new();
    let opening = match (tally.title, subject) {
        (Some(t), _) => {
            evidence.push(t.evidence.clone());
            format!("{}, but", t.reason())
        }
        (None, Some(s)) => {
            evidence.extend(s.loan_evidence.iter().cloned());
            format!(
                "no title names the document; {} loan words against {} others;",
                s.loan, s.other
            )
        }
        (None, None) => String::new(),
    };
    evidence.extend(tally.evidence(doc, side, None));
    if kind == DocumentKind::LoanDisclosure
        && let Some(f) = &tally.form_evidence
    {
        evidence.push(f.clone());
    }
    evidence.truncate(MAX_EVIDENCE + 3);
    DocumentInfo {
        kind,
        reason: format!("{opening} {weighing}"),
        evidence,
    }
}

/// The subject words of a document without a loan title.
struct Subject {
    loan: usize,
    other: usize,
    loan_evidence: Vec<Evidence>,
    other_evidence: Vec<Evidence>,
}

impl Subject {
    /// Loan words, the loan terms read (a principal, a rate, a disclosed APR, a count of
    /// payments of a stated amount) and the weight of the marks of a loan agreement, against
    /// the words of a sale, a lease or employment.
    /// When the document is a loan in substance (`substance`: a sale and leaseback told
    /// through rents), the words of the lease it is told in are the loan's, not against it.
    fn count(
        doc: &Document,
        language: Language,
        terms: &Terms,
        loan_marks: u32,
        substance: bool,
    ) -> Self {
        let v = &DATA.vocabulary;
        let (loan_words, other_words) = match language {
            Language::Zh => (&v.loan_zh, &v.other_zh),
            Language::En => (&v.loan_en, &v.other_en),
        };
        let hay = match language {
            Language::Zh => doc.text.clone(),
            Language::En => doc.text.to_ascii_lowercase(),
        };
        let (loan, loan_evidence) = count_words(doc, &hay, loan_words);
        let (other, other_evidence) = if substance {
            (0, Vec::new())
        } else {
            count_words(doc, &hay, other_words)
        };
        let stated_terms = usize::from(terms.principal.as_ref().is_some_and(|p| !p.derived))
            + usize::from(!terms.rates.is_empty())
            + usize::from(terms.disclosed_apr.is_some())
            + usize::from(terms.payment.is_some() && terms.installments.is_some())
            // A sum handed over and a larger sum owed back for it: a receipt of credit.
            + usize::from(
                terms
                    .disbursed
                    .as_ref()
                    .zip(terms.total_of_payments.as_ref())
                    .is_some_and(|(d, t)| !d.derived && !t.derived && t.amount > d.amount),
            );
        let marks = usize::try_from(loan_marks).unwrap_or(usize::MAX);
        Subject {
            loan: loan.saturating_add(stated_terms).saturating_add(marks),
            other,
            loan_evidence,
            other_evidence,
        }
    }

    fn not_a_loan(self, title: Option<&Title>) -> DocumentInfo {
        let words = format!(
            "{} loan words against {} words of sales, leases or employment",
            self.loan, self.other
        );
        match title {
            Some(t) => DocumentInfo {
                kind: DocumentKind::Other,
                reason: format!("{}; {words}", t.reason()),
                evidence: vec![t.evidence.clone()],
            },
            None => DocumentInfo {
                kind: DocumentKind::Other,
                reason: format!("no title names the document; {words}"),
                evidence: self.other_evidence,
            },
        }
    }
}

/// How often `words` occur (each word counted at most `WORD_CAP` times, so one word repeated
/// does not outweigh a vocabulary) and the evidence of the first three found.
fn count_words(doc: &Document, hay: &str, words: &[String]) -> (usize, Vec<Evidence>) {
    const WORD_CAP: usize = 5;
    let mut count = 0;
    let mut found: Vec<usize> = Vec::new();
    for w in words {
        let mut from = 0;
        for _ in 0..WORD_CAP {
            let Some(at) = hay
                .get(from..)
                .and_then(|h| find_word(h, w))
                .map(|i| from + i)
            else {
                break;
            };
            if from == 0 {
                found.push(at);
            }
            count += 1;
            from = at + w.len();
        }
    }
    found.sort_unstable();
    let evidence = found
        .iter()
        .take(3)
        .map(|&at| doc.sentence_evidence(at, at))
        .collect();
    (count, evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-character test lets through every line whose lower-cased text starts with an
    /// opening, the bundled ones and openings that start with a letter whose lower case is
    /// longer or depends on its place (İ, Σ).
    #[test]
    fn the_first_character_never_rules_out_a_banner() {
        let bundled = DATA.vocabulary.banner_openings.clone();
        let odd: Vec<String> = ["i\u{307}x", "ς", "σa", "ǆ", "ß"]
            .iter()
            .map(|s| (*s).to_string())
            .collect();
        let lines = [
            "【广告】 低息贷款",
            "AD: apply today",
            "Ad | sponsored",
            "Advertisement: rates from 3%",
            "SPONSORED: loans",
            "广告：点击领取",
            "Σ",
            "ΣA",
            "İx and more",
            "ǅ title",
            "ẞ",
            "the loan",
            "Borrower: Jane",
            "借款人：张三",
            "",
        ];
        for openings in [&bundled, &odd] {
            for line in lines {
                let lower = line.to_lowercase();
                let opens = openings.iter().any(|o| lower.starts_with(o.as_str()));
                assert!(
                    !opens || may_open_with(line, openings),
                    "{line:?} opens with one of {openings:?} but was ruled out"
                );
            }
        }
        // ... and it does rule out most lines.
        assert!(!may_open_with("the loan", &bundled));
        assert!(!may_open_with("借款人：张三", &bundled));
        assert!(may_open_with("AD: apply", &bundled));
    }
}
