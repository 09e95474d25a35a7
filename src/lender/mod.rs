//! Who lends: the lender type (bank, consumer finance company, microloan company online or not,
//! 助贷 platform with a funding bank, financing guarantee company, P2P intermediary, private
//! person or ordinary company, not a lender), told from the contract's parties and words, with
//! the sentences it rests on.
//!
//! [`classify`] reads the sentences the extractor kept in [`Terms`] (the lender party first,
//! then fees, clauses, rates and amounts); [`classify_text`] also reads the whole document,
//! where party roles (`丙方为甲乙双方提供平台撮合服务`) usually stand. The extractor's own guess
//! ([`crate::model::Party::lender_type`]) is the fallback when no wording here decides.

mod words;

use crate::model::{Evidence, LenderClass, LenderType, Terms};
use words::{Signal, signals_in};

/// The lender type from the sentences the extractor kept. An analysis classifies once and
/// passes the class to every question it asks the rulesets ([`crate::check::CheckInput::lender`]).
pub fn classify(terms: &Terms) -> LenderClass {
    decide(terms, &terms_sentences(terms))
}

/// The lender type from the terms and the whole document text (char offsets into `text`).
pub fn classify_text(terms: &Terms, text: &str) -> LenderClass {
    let mut sentences = terms_sentences(terms);
    sentences.extend(split_sentences(text));
    decide(terms, &sentences)
}

/// The lender type a name's own words tell ([`INSTITUTIONS`]: 汽车金融 → licensed, 小额贷款 →
/// microloan, 金融 alone → unknown), with the word that told it; `None` when no word of the list
/// is in the name.
pub fn type_by_name(name: &str) -> Option<(LenderType, &'static str)> {
    INSTITUTIONS
        .iter()
        .find(|(word, _)| name.contains(word))
        .map(|(word, t)| (*t, *word))
}

/// The words of lenders' names and the type each tells, in file order.
static INSTITUTIONS: std::sync::LazyLock<Vec<(&'static str, LenderType)>> =
    std::sync::LazyLock::new(|| {
        include_str!("data/institutions.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (word, t) = l.split_once('\t')?;
                Some((word.trim(), type_of_snake(t.trim())?))
            })
            .collect()
    });

/// The words of [`INSTITUTIONS`] that tell type `t` (汽车金融|融资租赁|…), as a regex
/// alternation.
pub fn words_of(t: LenderType) -> String {
    INSTITUTIONS
        .iter()
        .filter(|(_, x)| *x == t)
        .map(|(w, _)| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// The type a ruleset's snake_case name stands for (the inverse of [`type_name`]).
pub fn type_of_snake(name: &str) -> Option<LenderType> {
    ALL_TYPES.into_iter().find(|t| type_name(*t) == name)
}

const ALL_TYPES: [LenderType; 12] = [
    LenderType::Bank,
    LenderType::ConsumerFinance,
    LenderType::Microloan,
    LenderType::OnlineMicroloan,
    LenderType::P2pPlatform,
    LenderType::Individual,
    LenderType::LicensedNonBank,
    LenderType::Company,
    LenderType::AssistedLending,
    LenderType::FinancingGuarantee,
    LenderType::NotALender,
    LenderType::Unknown,
];

/// The snake_case name of a type, as rulesets write it.
pub fn type_name(t: LenderType) -> &'static str {
    match t {
        LenderType::Bank => "bank",
        LenderType::ConsumerFinance => "consumer_finance",
        LenderType::Microloan => "microloan",
        LenderType::OnlineMicroloan => "online_microloan",
        LenderType::P2pPlatform => "p2p_platform",
        LenderType::Individual => "individual",
        LenderType::LicensedNonBank => "licensed_non_bank",
        LenderType::Company => "company",
        LenderType::AssistedLending => "assisted_lending",
        LenderType::FinancingGuarantee => "financing_guarantee",
        LenderType::NotALender => "not_a_lender",
        LenderType::Unknown => "unknown",
    }
}

/// The contract's own sentences, lender party first.
pub(crate) fn terms_sentences(t: &Terms) -> Vec<Evidence> {
    let mut v: Vec<Evidence> = Vec::new();
    v.extend(t.lender.iter().map(|l| l.evidence.clone()));
    v.extend(t.fees.iter().map(|f| f.evidence.clone()));
    v.extend(t.clauses.iter().map(|c| c.evidence.clone()));
    v.extend(t.rates.iter().map(|r| r.evidence.clone()));
    v.extend(t.jurisdiction_hints.iter().map(|h| h.evidence.clone()));
    let amounts = [&t.principal, &t.disbursed, &t.payment, &t.total_of_payments];
    v.extend(amounts.into_iter().flatten().map(|a| a.evidence.clone()));
    v
}

/// Sentences of a document: split at 。；! ? and line ends, and at ". " for English; char
/// offsets into `text`.
fn split_sentences(text: &str) -> Vec<Evidence> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut buf = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let english_stop = c == '.' && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        let stop = matches!(c, '。' | '；' | ';' | '！' | '？' | '\n') || english_stop;
        if !stop {
            if buf.is_empty() && c.is_whitespace() {
                start = i + 1;
            } else {
                buf.push(c);
            }
            continue;
        }
        out.extend(sentence(&buf, start));
        buf.clear();
        start = i + 1;
    }
    out.extend(sentence(&buf, start));
    out
}

/// A sentence starting at char `start`, trailing blanks cut; `None` for a fragment.
fn sentence(buf: &str, start: usize) -> Option<Evidence> {
    let text = buf.trim_end();
    let len = text.chars().count();
    (len >= 4).then(|| Evidence {
        page: None,
        text: text.to_string(),
        start,
        end: start + len,
        ..Evidence::default()
    })
}

/// What was found, with the first sentence and name for each signal.
#[derive(Default)]
struct Found {
    hits: Vec<(Signal, Option<String>, Evidence)>,
}

impl Found {
    fn first(&self, s: Signal) -> Option<&(Signal, Option<String>, Evidence)> {
        self.hits.iter().find(|(x, _, _)| *x == s)
    }
    fn has(&self, s: Signal) -> bool {
        self.first(s).is_some()
    }
    fn name(&self, s: Signal) -> Option<String> {
        self.hits
            .iter()
            .filter(|(x, _, _)| *x == s)
            .find_map(|(_, n, _)| n.clone())
    }
}

fn quoted(e: &Evidence) -> String {
    crate::check::jurisdiction::quote(&e.text)
}

/// Set the type from a signal's first sentence; false when the signal is absent.
fn because(found: &Found, class: &mut LenderClass, t: LenderType, sig: Signal, what: &str) -> bool {
    let Some((_, name, e)) = found.first(sig) else {
        return false;
    };
    class.lender_type = t;
    if class.name.is_none() {
        class.name.clone_from(name);
    }
    class.reason = format!("{what} {}", quoted(e));
    class.evidence.push(e.clone());
    true
}

fn decide(terms: &Terms, sentences: &[Evidence]) -> LenderClass {
    let mut found = Found::default();
    let mut seen = std::collections::HashSet::new();
    for s in sentences {
        if !seen.insert(s.text.clone()) {
            continue;
        }
        for (sig, name) in signals_in(&s.text) {
            found.hits.push((sig, name, s.clone()));
        }
    }
    let mut class = LenderClass {
        lender_type: LenderType::Unknown,
        name: terms.lender.as_ref().and_then(|l| l.name.clone()),
        funding_bank: None,
        platform: None,
        guarantor: found.name(Signal::Guarantor),
        reason: String::new(),
        evidence: Vec::new(),
    };
    let f = &found;
    let c = &mut class;
    // The most specific wording wins: a P2P intermediary, a bank lending through a platform or
    // with a guarantor (助贷), a licensed lender named as the lender, a platform with individual
    // lenders, a mere intermediary, then the extractor's own reading.
    let bank = f.has(Signal::BankLender);
    // 出借人:某某小额贷款有限公司(通过某平台撮合): the company lends; the platform only matches.
    let licensed_company = [
        Signal::OnlineMicroloan,
        Signal::Microloan,
        Signal::ConsumerFinance,
        Signal::GuarantorCreditor,
    ]
    .into_iter()
    .any(|s| f.has(s));
    let via_platform = f.has(Signal::LendsViaPlatform) && !licensed_company;
    // 甲方（出借人）：某某网络小额贷款有限公司 … 丙方为甲乙双方提供平台撮合服务: the lender party
    // is itself a licensed company; the platform's matching does not make it a P2P loan.
    let licensed_party = terms.lender.as_ref().is_some_and(|l| {
        signals_in(&l.evidence.text).iter().any(|(s, _)| {
            matches!(
                s,
                Signal::OnlineMicroloan | Signal::Microloan | Signal::ConsumerFinance
            )
        })
    });
    if (f.has(Signal::P2p) || via_platform) && !bank && !licensed_party {
        because(
            f,
            c,
            LenderType::P2pPlatform,
            if f.has(Signal::P2p) {
                Signal::P2p
            } else {
                Signal::LendsViaPlatform
            },
            "a P2P (network lending information intermediary) platform matches lenders:",
        );
        c.platform = f.name(Signal::Platform).or(f.name(Signal::P2p));
    } else if bank && (f.has(Signal::Platform) || f.has(Signal::Guarantor)) {
        because(
            f,
            c,
            LenderType::AssistedLending,
            Signal::BankLender,
            "a bank lends",
        );
        c.funding_bank = f.name(Signal::BankLender);
        let extra = f.first(Signal::Platform).or(f.first(Signal::Guarantor));
        if let Some((sig, name, e)) = extra {
            let role = if *sig == Signal::Platform {
                c.platform.clone_from(name);
                "through a platform"
            } else {
                "with a financing guarantee company"
            };
            c.reason = format!("{} {role} {} (助贷)", c.reason, quoted(e));
            c.evidence.push(e.clone());
        }
    } else if !(because(
        f,
        c,
        LenderType::OnlineMicroloan,
        Signal::OnlineMicroloan,
        "an online microloan company lends:",
    ) || because(
        f,
        c,
        LenderType::Microloan,
        Signal::Microloan,
        "a microloan company lends:",
    ) || because(
        f,
        c,
        LenderType::ConsumerFinance,
        Signal::ConsumerFinance,
        "a consumer finance company lends:",
    ) || because(
        f,
        c,
        LenderType::FinancingGuarantee,
        Signal::GuarantorCreditor,
        "a financing guarantee company is the creditor:",
    ) || because(f, c, LenderType::Bank, Signal::BankLender, "a bank lends:")
        || because(
            f,
            c,
            LenderType::LicensedNonBank,
            Signal::LicensedLender,
            "a licensed consumer lender:",
        ))
    {
        if f.has(Signal::Platform) && f.has(Signal::IndividualLenders) {
            because(
                f,
                c,
                LenderType::P2pPlatform,
                Signal::Platform,
                "a platform matches individual lenders:",
            );
            c.platform = f.name(Signal::Platform);
        } else if f.has(Signal::Intermediary) && !f.has(Signal::LenderParty) {
            because(
                f,
                c,
                LenderType::NotALender,
                Signal::Intermediary,
                "the party is an intermediary or service provider, not the lender:",
            );
        } else if let Some(l) = terms
            .lender
            .as_ref()
            .filter(|l| l.lender_type != LenderType::Unknown)
        {
            c.lender_type = l.lender_type;
            c.reason = format!("the lender party {}", quoted(&l.evidence));
            c.evidence.push(l.evidence.clone());
        } else {
            because(
                f,
                c,
                LenderType::Individual,
                Signal::IndividualLenders,
                "a natural person lends:",
            );
        }
    }
    if class.lender_type == LenderType::Unknown {
        class.reason = "the lender type could not be told from the contract".into();
    }
    class
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_institution_line_is_read() {
        let lines = include_str!("data/institutions.tsv")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(INSTITUTIONS.len(), lines);
        assert_eq!(
            type_by_name("骏通汽车金融有限公司").map(|t| t.0),
            Some(LenderType::LicensedNonBank)
        );
        assert_eq!(
            type_by_name("某某网络小额贷款有限公司").map(|t| t.0),
            Some(LenderType::OnlineMicroloan)
        );
        assert_eq!(
            type_by_name("某某金融信息服务有限公司").map(|t| t.0),
            Some(LenderType::Unknown)
        );
        assert_eq!(type_by_name("某某商贸有限公司"), None);
    }

    #[test]
    fn sentences_carry_char_offsets() {
        let text = "甲方：张三。乙方：某某银行股份有限公司\nThe Lender is Acme Bank. Done";
        let s = split_sentences(text);
        let chars: Vec<char> = text.chars().collect();
        for e in &s {
            let slice: String = chars[e.start..e.end].iter().collect();
            assert_eq!(slice, e.text);
        }
        assert_eq!(s.len(), 4, "{s:?}");
    }
}
