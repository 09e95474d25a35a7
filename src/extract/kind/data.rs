//! The kind vocabulary, read from `kind_data.toml` (see the file's header) and its `cues_*.toml`: title words, the
//! classes of non-loan documents, subject words and the weighed cues.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::extract::prefilter::{LazyRegex, PatternSet};
use crate::model::Language;

/// The bundled kind vocabulary: `kind_data.toml` followed by its cue files, in this order (kept
/// apart so that no file grows long; one TOML text, as if written in one file).
pub const KIND_DATA: &str = concat!(
    include_str!("kind_data.toml"),
    "\n",
    include_str!("cues_loan.toml"),
    "\n",
    include_str!("cues_disclosure.toml"),
    "\n",
    include_str!("cues_other_debts.toml"),
    "\n",
    include_str!("cues_other_documents.toml"),
);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct KindData {
    pub title_weight: u32,
    pub form_weight: u32,
    pub message_weight: u32,
    pub other_min: u32,
    pub min_loan_words: usize,
    pub titles: Titles,
    pub classes: BTreeMap<String, Class>,
    pub vocabulary: Vocabulary,
    #[serde(rename = "cue")]
    pub cues: Vec<CueSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Titles {
    pub loan_zh: Vec<String>,
    pub loan_en: Vec<String>,
    /// Titles of a debt of any cause (欠条, IOU).
    pub debt_titles: Vec<String>,
    pub credit_subjects_en: Vec<String>,
    pub agreement_nouns_en: Vec<String>,
    pub disclosure_zh: Vec<String>,
    pub disclosure_en: Vec<String>,
    pub plan_zh: Vec<String>,
    /// Words of a request's state that may follow a plan title (账单分期 · 办理成功).
    pub plan_states_zh: Vec<String>,
    pub credit_subjects_zh: Vec<String>,
    pub agreement_nouns_zh: Vec<String>,
    pub notice_nouns_zh: Vec<String>,
    pub case_suffixes_zh: Vec<String>,
    pub prose_openings_zh: Vec<String>,
    pub subject_prefixes: Vec<String>,
    /// Class -> title words of a document that is not a loan.
    pub other_zh: BTreeMap<String, Vec<String>>,
    pub other_en: BTreeMap<String, Vec<String>>,
}

/// A kind of document that is not a loan.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Class {
    /// Whether the document is itself an agreement (a guarantee, a sale, a lease).
    pub agreement: bool,
    /// The class in words ("a guarantee of someone else's debt").
    pub what: String,
    /// A debt of this class is written as an IOU (欠条): an IOU's title does not weigh against it.
    #[serde(default)]
    pub debt: bool,
    /// The class holds only when the terms put no price on the time given (no rate above zero,
    /// no fee but a charge for default): a debt rescheduled for a charge is priced credit.
    #[serde(default)]
    pub unpriced_only: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Vocabulary {
    pub loan_zh: Vec<String>,
    pub loan_en: Vec<String>,
    pub other_zh: Vec<String>,
    pub other_en: Vec<String>,
    pub message_marks_zh: Vec<String>,
    pub opt_out_marks_zh: Vec<String>,
    pub statute_issuers_zh: Vec<String>,
    pub statute_forms_zh: Vec<String>,
    /// Ids of the cues that make a text message a notice of a loan paid out.
    pub payout_message_cues_en: Vec<String>,
    /// Ids of the cues that make a text message the record of its agreement (weighed).
    pub agreement_message_cues_en: Vec<String>,
    /// Ids of the cues that make a payout e-mail the record of its agreement (weighed).
    pub agreement_email_cues_en: Vec<String>,
    pub sms_marks_en: Vec<String>,
    pub statute_title_words_en: Vec<String>,
    /// Openings of an advertising banner line inside a page (lower-cased).
    pub banner_openings: Vec<String>,
    /// The fewest non-empty lines of a page that can carry a banner.
    pub banner_min_lines: usize,
    /// Openings of a sentence that gives a worked example (lower-cased).
    pub example_marks: Vec<String>,
}

/// Which kind a cue weighs towards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Side {
    Contract,
    Disclosure,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum CueLang {
    Zh,
    En,
    Any,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CueSpec {
    /// The cue's name (unique; checked by the test below).
    pub id: String,
    pub side: Side,
    pub class: String,
    #[serde(default)]
    pub loan: bool,
    pub weight: u32,
    pub lang: CueLang,
    pub label: String,
    pub pattern: String,
}

impl CueSpec {
    pub fn applies_to(&self, language: Language) -> bool {
        match self.lang {
            CueLang::Any => true,
            CueLang::Zh => language == Language::Zh,
            CueLang::En => language == Language::En,
        }
    }
}

pub(super) static DATA: LazyLock<KindData> =
    LazyLock::new(|| toml::from_str(KIND_DATA).expect("bundled kind_data.toml"));

/// The first match of the cues named in `ids`, with its cue.
pub(super) fn first_cue_match<'t>(
    ids: &[String],
    text: &'t str,
) -> Option<(&'static CueSpec, regex::Match<'t>)> {
    DATA.cues
        .iter()
        .zip(CUE_PATTERNS.iter())
        .filter(|(c, _)| ids.contains(&c.id))
        .find_map(|(c, re)| re.re().find(text).map(|m| (c, m)))
}

/// The cues' patterns, in the order of [`KindData::cues`], each compiled on its first use.
pub(super) static CUE_PATTERNS: LazyLock<Vec<LazyRegex>> = LazyLock::new(|| {
    DATA.cues
        .iter()
        .map(|c| LazyRegex::new(c.pattern.as_str()))
        .collect()
});

type CueSet = (Vec<usize>, PatternSet);

/// The cues that apply to `language` (indices into [`KindData::cues`], in order) and one pass
/// over a document that rules out most of them before each is searched.
fn new_cue_set(language: Language) -> CueSet {
    let indices: Vec<usize> = (0..DATA.cues.len())
        .filter(|&i| DATA.cues.get(i).is_some_and(|c| c.applies_to(language)))
        .collect();
    let set = PatternSet::new(
        indices
            .iter()
            .filter_map(|&i| DATA.cues.get(i).map(|c| c.pattern.as_str())),
    );
    (indices, set)
}

/// The cues of `language` and their prefilter, built on first use per language (a run reads
/// most often one language only).
pub(super) fn cue_set(language: Language) -> &'static CueSet {
    static ZH: LazyLock<CueSet> = LazyLock::new(|| new_cue_set(Language::Zh));
    static EN: LazyLock<CueSet> = LazyLock::new(|| new_cue_set(Language::En));
    match language {
        Language::Zh => &ZH,
        Language::En => &EN,
    }
}

/// The class named `name` (an unknown class is an agreement of no stated kind).
pub(super) fn class(name: &str) -> Option<&'static Class> {
    DATA.classes.get(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_parses_and_every_class_is_described() {
        assert!(CUE_PATTERNS.iter().all(|re| re.get().is_some()));
        for c in &DATA.cues {
            if c.side == Side::Other {
                assert!(class(&c.class).is_some(), "cue {}: class {}", c.id, c.class);
            }
        }
        for name in DATA
            .titles
            .other_zh
            .keys()
            .chain(DATA.titles.other_en.keys())
        {
            assert!(class(name).is_some(), "title class {name}");
        }
        let mut ids: Vec<&str> = DATA.cues.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), DATA.cues.len(), "cue ids are unique");
        let v = &DATA.vocabulary;
        for id in v
            .payout_message_cues_en
            .iter()
            .chain(&v.agreement_message_cues_en)
            .chain(&v.agreement_email_cues_en)
        {
            assert!(ids.contains(&id.as_str()), "payout message cue {id}");
        }
    }
}
