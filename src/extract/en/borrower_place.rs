//! The borrower's state: from the borrower's own party line or a residence clause
//! ([`stated`]), else from where their own money or mail goes ([`extract`]): an approval
//! e-mail's "to your Chase account ending 5521 (Brooklyn, NY)", "Your address on file: 41 Elm
//! St, Albany, NY 12207", "we'll mail it to your home at 7 Oak Ave, Yonkers, New York". A
//! lender's own address is not read here.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::clauses::{state_code, state_named};
use crate::model::{JurisdictionHint, Terms};

/// "your [bank] account|address|home|residence ... (City, ST)" within one line and sentence.
static YOUR_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?i:your)\s+(?:[A-Za-z&'’-]+\s+){0,3}?(?i:account|address|home|residence|house|apartment)(?-u:\b)[^.;\n]{0,60}?[(,]\s*[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2},\s*([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s+\d{5}(?:-\d{4})?)?(?:\s*\)|[ \t]*$|[.,;]|\s)")
        .expect("static regex")
});

/// A borrower's party line that ends in a place: "Borrower: Tyler Jensen, Ogden, UT",
/// "Customer address: 12 Elm St, Peoria, Illinois 61602", "Borrower: Wyatt Gomez, El Paso TX"
/// (to the end of the line or column), the line perhaps opening with its date, the party cell
/// perhaps a later column of its line ("Loan #88231   Borrower: K. Neill, 2 Elm St, Chicago, IL").
/// The place is the party cell's own: a gap of two blanks or a bar ends the cell, or the next
/// label where a PDF's text has closed the gap ("... Chicago, IL 60618 Date: 09/15/2025").
static BORROWER_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)(?:^|[ \t]|\|)[ \t|]*(?:(?i:date)[ \t:]*\d[\d/.-]{5,9}[ \t]+)?(?i:borrower|co-borrower|customer|member|consumer|debtor|buyer|applicant|maker)(?:'s)?(?i: (?:name and )?(?:home |mailing |residential )?address)?[ \t]*:[ \t]*(?:[^\n \t|]|[ \t][^\n \t|])*?,[ \t]*(?:([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[ \t]+([A-Z]{2}))(?:[ \t]+\d{5}(?:-\d{4})?)?[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?(?:$|[ \t]{2,}|\||[ \t]+[A-Z][A-Za-z.]*(?: [A-Za-z.]+){0,2}:)")
        .expect("static regex")
});
/// The borrower's state said in words: "state of residence: Illinois", "Borrower is a resident
/// of the State of Ohio", "I reside in Texas" (not "if you are a resident of ..."), perhaps
/// after the town: "I live in Peoria IL", "she resides in Kansas City, Missouri" (group 2 the
/// state after a town, group 1 the words read as a state on their own).
static RESIDENCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i:(?:(?-u:\b)(?:state|place) of (?:residence|domicile)|(?-u:\b)(?:borrower|customer|consumer|applicant|i|you)(?:'s)?(?: (?:am|is|are))? (?:a )?(?:resident of|residing in|domiciled in|reside in|resides in|live in|lives in))\s*:?\s*(?:the (?:state|commonwealth) of )?)([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:(?: [A-Z][a-z]+)?,?[ \t]+([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?-u:\b))?")
        .expect("static regex")
});

/// The borrower's US state, from the borrower's own address line or the state of residence
/// the contract states.
pub(crate) fn stated(cx: &Ctx, terms: &mut Terms) {
    for c in RESIDENCE.captures_iter(&cx.flat) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let before = cx
            .slice(w.start().saturating_sub(16), w.start())
            .to_ascii_lowercase();
        if ["if ", "unless ", "when ", "where ", "whether "]
            .iter()
            .any(|k| before.contains(k))
        {
            continue;
        }
        let after_town = c.get(2).and_then(|s| state_code(s.as_str()));
        let Some(code) = after_town.or_else(|| state_named(place.as_str())) else {
            continue;
        };
        terms.borrower_state = Some(JurisdictionHint {
            code: format!("US-{code}"),
            evidence: cx.quote(w.start(), w.end()),
        });
        return;
    }
    for c in BORROWER_PLACE.captures_iter(&cx.doc.text) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1).or(c.get(2))) else {
            continue;
        };
        let Some(code) = state_code(place.as_str()) else {
            continue;
        };
        let lead = w.len() - w.as_str().trim_start_matches([' ', '\t', '|']).len();
        terms.borrower_state = Some(JurisdictionHint {
            code: format!("US-{code}"),
            evidence: cx.quote(w.start() + lead, place.end()),
        });
        return;
    }
}

/// A notice addressed to one state's residents: "NY residents: loan by SnapLend Inc.",
/// "California Residents: ...".
static RESIDENTS_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?i:residents?)[ \t]*:")
        .expect("static regex")
});

/// Set the borrower's state from the place of their own account or address, or from the one
/// state whose residents a notice addresses, with the assumption stated.
pub(crate) fn extract(cx: &Ctx, terms: &mut Terms) {
    if terms.borrower_state.is_some() {
        return;
    }
    for c in YOUR_PLACE.captures_iter(&cx.doc.text) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some(code) = state_code(place.as_str()) else {
            continue;
        };
        let why = "the place of the borrower's own account or address";
        assume_state(terms, code, cx.quote(w.start(), place.end()), why);
        return;
    }
    let notices: Vec<(&str, regex::Match)> = RESIDENTS_NOTICE
        .captures_iter(&cx.doc.text)
        .filter_map(|c| Some((state_code(c.get(1)?.as_str())?, c.get(0)?)))
        .collect();
    // Notices to several states' residents (a multistate form) say nothing of this borrower.
    if let Some((code, w)) = notices.first()
        && notices.iter().all(|(c, _)| c == code)
    {
        let why = "the notice to that state's residents, the only state the document addresses";
        assume_state(terms, code, cx.quote(w.start(), w.end()), why);
    }
}

/// Set the borrower's state read from `why`, with the assumption stated.
fn assume_state(terms: &mut Terms, code: &str, evidence: crate::model::Evidence, why: &str) {
    terms.assumptions.push(format!(
        "the borrower's state {code} taken from {why} («{}»): the document names no governing law and no borrower's residence",
        evidence.text
    ));
    terms.borrower_state = Some(JurisdictionHint {
        code: format!("US-{code}"),
        evidence,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(text: &str) -> Option<String> {
        YOUR_PLACE
            .captures(text)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
    }

    #[test]
    fn the_borrowers_own_account_or_address_names_a_state() {
        assert_eq!(
            state("by ACH to your Chase account ending 5521 (Brooklyn, NY)").as_deref(),
            Some("NY")
        );
        assert_eq!(
            state("Your address on file: 41 Elm St, Albany, NY 12207").as_deref(),
            Some("NY")
        );
        assert_eq!(
            state("we'll mail it to your home at 7 Oak Ave, Yonkers, New York.").as_deref(),
            Some("New York")
        );
        assert_eq!(
            state("paid to your checking account at Hudson Valley Bank, Kingston, NY today")
                .as_deref(),
            Some("NY")
        );
        assert_eq!(state("Lender: Empire Funds, 1 Main St, Albany, NY"), None);
    }
}
