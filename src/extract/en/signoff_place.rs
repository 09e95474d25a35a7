//! The place a document is signed or sent from, when nothing else names a state: a place of
//! signing or execution anywhere ("Signed at Rochester, New York", "Place of execution:
//! Albany, NY"), else the lender's sign-off at the document's end ("Empire Fastlane Funding
//! LLC, Buffalo, New York."). Read only after the governing law, the borrower's state and the
//! lender's heading have named none; the state found is said in an assumption, because a
//! place of signing is not a choice of law.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::clauses::{push_hint, state_code};
use crate::model::Terms;

/// "signed at Rochester, New York", "Place of execution: Albany, NY", "executed in Utica,
/// New York" (group 1 the state).
static SIGNED_AT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i:place of (?:signing|execution)|(?:signed|executed|made and signed) (?:at|in))\s*:?\s*[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2},\s*([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s+\d{5}(?:-\d{4})?)?(?-u:\b)")
        .expect("static regex")
});

/// A note's place-and-date line, a line of its own: "Fresno, California, August 30, 2026",
/// "Austin, TX 03/02/2026", "Dated: Albany, New York, 2 March 2026" (group 1 the state).
static PLACE_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
    pattern::regex(&format!(r"(?m)^[ \t]*(?:(?i:dated|made)[ \t]*:?[ \t]*(?:(?i:at)[ \t]+)?)?[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){{0,2}},[ \t]*([A-Z]{{2}}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),?[ \t]+(?:{MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{1,2}}[ \t]+{MONTH},?[ \t]+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})[ \t]*\.?[ \t]*$"))
        .expect("static regex")
});

/// A company's sign-off that ends its line: its name with a legal form or a lender's word,
/// then its town and state ("Empire Fastlane Funding LLC, Buffalo, New York.", "Granite
/// Lending Co. - Albany, NY 12207", "Lumen Cash Online, LLC - 75 Broad Street, New York, NY
/// 10004": a street address may stand before the town). The name holds no full stop, so a sentence before it on
/// the same line is not taken in (group 1 the state).
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[A-Z][A-Za-z0-9&'’ -]{0,60}?(?:, )?(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|Bank|Credit Union|Lending|Loans|Finance|Funding|Credit)(?:,? (?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Ltd\.?))?(?:,?\s+|\s+[-–—|]\s+)(?:\d{1,6} [A-Z][A-Za-z0-9.' -]{1,40}?,\s*)?[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2},\s*([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s+\d{5}(?:-\d{4})?)?\s*\.?\s*$")
        .expect("static regex")
});

/// How many closing non-empty lines make the sign-off.
const SIGN_OFF_LINES: usize = 3;

/// The line that opens a quoted or forwarded message in an e-mail thread: "-----Original
/// Message-----", "On Mar 4, 2026, Ann wrote:", "---------- Forwarded message ---------", or a
/// bare "From: ..." header after the first message.
static MESSAGE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[ 	>]*(?:-{2,}[ 	]*(?:original message|forwarded message|reply message)[ 	]*-{2,}|on [^\n]{1,200}?wrote:|from:[ 	]+\S)")
        .expect("static regex")
});

/// A signature's address line ending in a town, a state's postal code and a ZIP code: "2150 W
/// Jefferson St, Joliet, IL 60435", "Ann Lee | Peoria, IL 61602" (group 1 the state). The ZIP
/// code is required: a town and a code alone may be any place the message names.
static SIGNATURE_ZIP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[,|]\s*|\s{2,})[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2},?[ 	]+([A-Z]{2})[ 	]+\d{5}(?:-\d{4})?[ 	]*\.?[ 	]*$")
        .expect("static regex")
});

/// Set the contract's state from its place of signing or the lender's sign-off, said in an
/// assumption. Returns whether a state was found.
pub(crate) fn extract(cx: &Ctx, terms: &mut Terms) -> bool {
    let text = cx.doc.text.as_str();
    for c in SIGNED_AT.captures_iter(text) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if let Some(code) = state_code(place.as_str()) {
            set(cx, terms, code, w.start(), w.end(), "the place of signing");
            return true;
        }
    }
    for c in PLACE_DATE_LINE.captures_iter(text) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if let Some(code) = state_code(place.as_str()) {
            let s = w.start() + (w.as_str().len() - w.as_str().trim_start().len());
            set(
                cx,
                terms,
                code,
                s,
                w.end(),
                "the note's place-and-date line",
            );
            return true;
        }
    }
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            lines.push((offset, line.trim_end()));
        }
        offset += line.len();
    }
    // The sign-off closes the document, or one message of an e-mail thread: the lines
    // before each break that opens a quoted message count too.
    let mut closing: Vec<(usize, &str)> =
        lines.iter().rev().take(SIGN_OFF_LINES).copied().collect();
    for (i, &(_, line)) in lines.iter().enumerate() {
        if i > 0 && MESSAGE_BREAK.is_match(line) && !MESSAGE_BREAK.is_match(lines[i - 1].1) {
            closing.extend(lines[..i].iter().rev().take(SIGN_OFF_LINES).copied());
        }
    }
    for &(start, line) in &closing {
        let Some(c) = SIGN_OFF.captures(line) else {
            // No company's name before it: a signature's address with its ZIP code.
            if let Some(place) = SIGNATURE_ZIP.captures(line).and_then(|c| c.get(1))
                && let Some(code) = state_code(place.as_str())
            {
                let s = start + line.len() - line.trim_start().len();
                set(
                    cx,
                    terms,
                    code,
                    s,
                    start + line.len(),
                    "an e-mail signature's address",
                );
                return true;
            }
            continue;
        };
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if let Some(code) = state_code(place.as_str()) {
            let end = start + w.as_str().trim_end().trim_end_matches('.').len() + w.start();
            set(
                cx,
                terms,
                code,
                start + w.start(),
                end,
                "the lender's sign-off",
            );
            return true;
        }
    }
    false
}

fn set(cx: &Ctx, terms: &mut Terms, code: &str, s: usize, e: usize, why: &str) {
    push_hint(cx, terms, &format!("US-{code}"), s, e);
    push_hint(cx, terms, "US", s, e);
    terms.assumptions.push(format!(
        "state {code} taken from {why} («{}»): the document names no governing law, no borrower's address and no lender's place of business in its heading",
        cx.doc.text.get(s..e).unwrap_or("").trim()
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sign_off(line: &str) -> Option<String> {
        SIGN_OFF
            .captures(line)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    }

    fn place_date(text: &str) -> Option<String> {
        PLACE_DATE_LINE
            .captures(text)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    }

    #[test]
    fn a_place_and_date_line_names_its_state() {
        assert_eq!(
            place_date("NOTE\n\nSan Diego, California, March 3, 2026\n\nI promise").as_deref(),
            Some("California")
        );
        assert_eq!(place_date("Austin, TX 03/02/2026\n").as_deref(), Some("TX"));
        assert_eq!(
            place_date("Dated: Albany, New York, 2 March 2026").as_deref(),
            Some("New York")
        );
        // A sentence naming a town and a date is no place-and-date line.
        assert_eq!(
            place_date("We met in Reno, Nevada, May 1, 2026 and agreed on the loan."),
            None
        );
    }

    #[test]
    fn a_signature_address_needs_its_zip_code() {
        let zip = |l: &str| {
            SIGNATURE_ZIP
                .captures(l)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_string())
        };
        assert_eq!(
            zip("Tom Reyes | 88 Oak Ave, Peoria, IL 61602").as_deref(),
            Some("IL")
        );
        assert_eq!(zip("Springfield MO 65806").as_deref(), Some("MO"));
        assert_eq!(zip("paid to the roofer in Joliet, IL"), None);
        assert!(MESSAGE_BREAK.is_match("-----Original Message-----"));
        assert!(
            MESSAGE_BREAK.is_match("On Tue, Mar 3, 2026 at 9:14 AM Ann Lee <ann@x.example> wrote:")
        );
        assert!(!MESSAGE_BREAK.is_match("Thanks, we received it."));
    }

    #[test]
    fn a_sign_off_after_a_sentence_on_its_line_is_read_alone() {
        assert_eq!(
            sign_off("the next business day. Empire Fastlane Funding LLC, Buffalo, New York.")
                .as_deref(),
            Some("New York")
        );
        assert_eq!(
            sign_off("Granite Lending Co. - Albany, NY 12207").as_deref(),
            Some("NY")
        );
        assert_eq!(
            sign_off("Lakeside Quick Loans, Inc., Rochester, NY 14604").as_deref(),
            Some("NY")
        );
        assert_eq!(
            sign_off("Harbor Quick Loans, LLC - 210 State Street, Albany, NY 12207").as_deref(),
            Some("NY")
        );
        assert_eq!(
            sign_off("Borrower: Ann Lee, Albany, NY is the payee of"),
            None
        );
    }
}
