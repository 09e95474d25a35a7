//! Stage 2, extract: normalised text -> typed terms, each with its evidence.
//!
//! One extractor per language ([`zh`], [`en`]) fills the shared [`Terms`] model; the
//! post-pass here derives what the text implies but does not state (disbursed amount after
//! up-front deductions). [`kind::classify`] decides, for both languages, whether the document
//! is a loan at all.
//! Every money figure is also kept, unlabelled, as a candidate for the reconciliation
//! ([`figures`]).

mod checkbox;
pub mod en;
pub mod figures;
pub mod kind;
mod money_range;
pub mod numerals;
mod payment_phases;
pub mod prefilter;
mod rate_range;
mod restructure;
mod side_by_side;
pub mod zh;

pub use kind::classify;

use crate::model::{Language, Terms};
use crate::read::Document;

/// Extract the terms of a document in its own language.
pub fn extract(doc: &Document) -> Terms {
    extract_as(doc, doc.language())
}

/// Extract the terms of a document read as `language`.
pub fn extract_as(doc: &Document, language: Language) -> Terms {
    // A restructuring quotes the original loan: read a copy without it, then complete what
    // the new arrangement states in its own words.
    let mut terms = match restructure::mask(doc) {
        Some((masked, note)) => {
            let mut terms = masked.restore(extract_in(&masked.doc, language), doc);
            terms.assumptions.push(note);
            terms
        }
        None => extract_in(doc, language),
    };
    restructure::complete(doc, language, &mut terms);
    payment_phases::read(doc, language, &mut terms);
    terms.candidates = figures::lazy_candidates(doc, language, &terms);
    terms
}

fn extract_in(doc: &Document, language: Language) -> Terms {
    match language {
        // Two columns side by side are read column by column, quoted as written.
        Language::Zh => match side_by_side::split(doc) {
            Some(columns) => columns.restore(zh::extract(&columns.doc), doc),
            // Labels run into their values in copied web text are set apart.
            None => match zh::glued_labels::split(doc) {
                Some(apart) => apart.restore(zh::extract(&apart.doc), doc),
                None => zh::extract(doc),
            },
        },
        Language::En => en::extract(doc),
    }
}
