//! A lender's state told by the kind of licence it holds, when no "licensed by" phrase names
//! it: "an Illinois consumer installment lender", "a Texas credit access business", "Ohio
//! small loan licensee", or a licence known by its state's acronym ("CILA license no. 2871",
//! "CFL license 60DBO-12345", "DFPI"). The state is the lender's home or licensing state, so
//! the caller says so in an assumption.

use std::sync::LazyLock;

use regex::Regex;

use super::clauses::state_named;
use crate::pattern;

/// "an Illinois consumer installment lender", "a Missouri small loan company", "Texas credit
/// access business": the state, then up to three lower-case words of the licence's kind, then
/// the lender's noun (group 1 the state).
static STATE_LENDER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?:(?i:an?)\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:(?:licensed|state-licensed|regulated|chartered)\s+)?(?:[a-z][a-z-]+\s+){0,3}(?:lender|licensee|loan company|finance company|credit access business|loan broker)(?-u:\b)")
        .expect("static regex")
});

/// Licences and regulators a state's own acronym names, with the state: the Illinois
/// Consumer Installment Loan Act and Payday Loan Reform Act, the California Financing Law and
/// its regulator, New York's Department of Financial Services.
const ACRONYMS: [(&str, &str); 6] = [
    ("CILA", "IL"),
    ("PLRA", "IL"),
    ("IDFPR", "IL"),
    ("CFL", "CA"),
    ("DFPI", "CA"),
    ("NYDFS", "NY"),
];

/// An acronym of [`ACRONYMS`] beside a licence word ("CILA license", "licensed under the
/// CFL", "DFPI license #") (group 1 the acronym).
static ACRONYM_LICENCE: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = ACRONYMS.iter().map(|(a, _)| *a).collect();
    let alt = names.join("|");
    pattern::regex(&format!(r"(?-u:\b)({alt})(?-u:\b)\s*(?i:licen[cs]e|licensee|lic\.)|(?i:licen[cs]ed|licen[cs]e|regulated) (?:by|under)(?: the)? ({alt})(?-u:\b)"))
        .expect("static regex")
});

/// The first licence phrase in `head` that names a state: its byte range and the state's
/// postal code.
pub(super) fn find(head: &str) -> Option<(usize, usize, &'static str)> {
    for c in STATE_LENDER.captures_iter(head) {
        let (Some(w), Some(place)) = (c.get(0), c.get(1)) else {
            continue;
        };
        if let Some(code) = state_named(place.as_str()) {
            return Some((w.start(), w.end(), code));
        }
    }
    for c in ACRONYM_LICENCE.captures_iter(head) {
        let (Some(w), Some(a)) = (c.get(0), c.get(1).or(c.get(2))) else {
            continue;
        };
        if let Some((_, code)) = ACRONYMS.iter().find(|(n, _)| *n == a.as_str()) {
            return Some((w.start(), w.end(), code));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Option<&'static str> {
        find(text).map(|(_, _, c)| c)
    }

    #[test]
    fn a_licence_kind_names_its_state() {
        assert_eq!(
            code("Riverbend Cash LLC, a Missouri small loan company, 14 Elm St"),
            Some("MO")
        );
        assert_eq!(
            code("We are an Ohio licensed short-term lender."),
            Some("OH")
        );
        assert_eq!(
            code("Lone Star Advance (Texas credit access business)"),
            Some("TX")
        );
        assert_eq!(
            code("North Star Lending, New Mexico installment lender"),
            Some("NM")
        );
        // A word that is no state, and a sentence's capital, name none.
        assert_eq!(code("Acme Consumer Installment Lender"), None);
        assert_eq!(code("The lender may charge a late fee."), None);
    }

    #[test]
    fn a_state_acronym_beside_a_licence_names_its_state() {
        assert_eq!(code("Lic. no. 4471 (CILA license)"), Some("IL"));
        assert_eq!(
            code("Loans made or arranged pursuant to a CFL license 60DBO-99"),
            Some("CA")
        );
        assert_eq!(code("licensed by the DFPI"), Some("CA"));
        // The acronym alone, without a licence word, is not read.
        assert_eq!(code("See CFL section 22000."), None);
    }
}
