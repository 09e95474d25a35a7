//! Which standard disclosure form the document is: a closed-end Truth in Lending box, a CFPB
//! Loan Estimate, a Closing Disclosure (or other closing form), or UK/EU pre-contract credit
//! information (SECCI). Each is compared under its own rules: a Loan Estimate's APR is an
//! estimate on a mortgage's own assumptions, not a closed-end TILA disclosure.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{DisclosureForm, DisclosureFormTerm, Terms};
use crate::pattern;

/// A form's title where it heads a line ("Loan Estimate  LOAN TERM 30 years").
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t]*(?:(loan estimate)|(closing disclosure|guide to closing forms|settlement statement)|(standard european consumer credit information|pre-contract (?:credit )?information|secci))(?-u:\b)")
        .expect("static regex")
});
/// The four headings of a Truth in Lending box.
static TILA_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(annual\s+percentage(?:\s+rate)?)|(finance\s+charge)|(amount\s+financed)|(total\s+of\s+payments)|(truth[\s-]+in[\s-]+lending\s+disclosure))(?-u:\b)")
        .expect("static regex")
});
/// How close together the four headings of one box stand.
const TILA_SPAN: usize = 800;

/// Recognise the disclosure form.
pub(crate) fn extract(cx: &Ctx, terms: &mut Terms) {
    if let Some(c) = TITLE.captures(&cx.doc.text)
        && let Some(w) = c.get(0)
    {
        let form = if c.get(1).is_some() {
            DisclosureForm::LoanEstimate
        } else if c.get(2).is_some() {
            DisclosureForm::ClosingDisclosure
        } else {
            DisclosureForm::Secci
        };
        let start = w.start() + (w.as_str().len() - w.as_str().trim_start().len());
        terms.disclosure_form = Some(DisclosureFormTerm {
            form,
            evidence: cx.quote(start, w.end()),
        });
        return;
    }
    if let Some((s, e)) = tila_box(cx) {
        terms.disclosure_form = Some(DisclosureFormTerm {
            form: DisclosureForm::TilaBox,
            evidence: cx.quote(s, e),
        });
    }
}

/// The span of a Truth in Lending box's headings: all four within `TILA_SPAN` bytes, or the
/// words "Truth in Lending Disclosure".
fn tila_box(cx: &Ctx) -> Option<(usize, usize)> {
    let heads: Vec<(usize, usize, usize)> = TILA_HEAD
        .captures_iter(&cx.flat)
        .filter_map(|c| {
            let which = (1..=5).find(|&i| c.get(i).is_some())?;
            let m = c.get(0)?;
            Some((which, m.start(), m.end()))
        })
        .collect();
    if let Some(&(_, s, e)) = heads.iter().find(|h| h.0 == 5) {
        return Some((s, e));
    }
    for (i, &(_, first, _)) in heads.iter().enumerate() {
        let mut seen = [false; 4];
        for &(which, _, end) in heads.get(i..).unwrap_or_default() {
            if end > first + TILA_SPAN {
                break;
            }
            if let Some(slot) = seen.get_mut(which - 1) {
                *slot = true;
            }
            if seen.iter().all(|&x| x) {
                return Some((first, end));
            }
        }
    }
    None
}
