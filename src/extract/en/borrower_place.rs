//! The borrower's state told by where their own money or mail goes, when no party line or
//! residence clause names it: an approval e-mail's "to your Chase account ending 5521 (Brooklyn,
//! NY)", "Your address on file: 41 Elm St, Albany, NY 12207", "we'll mail it to your home at 7
//! Oak Ave, Yonkers, New York". A lender's own address is not read here.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::clauses::STATES;
use crate::model::{JurisdictionHint, Terms};

/// "your [bank] account|address|home|residence ... (City, ST)" within one line and sentence.
static YOUR_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?i:your)\s+(?:[A-Za-z&'’-]+\s+){0,3}?(?i:account|address|home|residence|house|apartment)(?-u:\b)[^.;\n]{0,60}?[(,]\s*[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,2},\s*([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:\s+\d{5}(?:-\d{4})?)?(?:\s*\)|[ \t]*$|[.,;]|\s)")
        .expect("static regex")
});

/// Set the borrower's state from the place of their own account or address, with the
/// assumption stated.
pub(crate) fn extract(cx: &Ctx, terms: &mut Terms) {
    if terms.borrower_state.is_some() {
        return;
    }
    for c in YOUR_PLACE.captures_iter(&cx.doc.text) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some(code) = STATES
            .iter()
            .find(|(name, code)| *code == place.as_str() || *name == place.as_str())
            .map(|(_, code)| *code)
        else {
            continue;
        };
        let evidence = cx.quote(w.start(), place.end());
        terms.assumptions.push(format!(
            "the borrower's state {code} taken from the place of the borrower's own account or address («{}»): the document names no governing law and no borrower's residence",
            evidence.text
        ));
        terms.borrower_state = Some(JurisdictionHint {
            code: format!("US-{code}"),
            evidence,
        });
        return;
    }
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
