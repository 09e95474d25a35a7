//! A statement that the borrower is a covered borrower under the Military Lending Act (an
//! active-duty member of the armed forces or a dependant, 32 CFR 232.3(g)): "the MLA database
//! shows that you are a covered member", "Covered borrower: Yes", "☑ Covered borrower". A
//! condition ("if you are a covered borrower"), a question, a negation ("you are not a
//! covered borrower") or an unticked box states nothing. A borrower named by rank and branch as
//! serving on active duty is one too ([`super::service_member`]).

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{Clause, ClauseKind, Terms};
use crate::pattern;

/// The affirmative statements.
static COVERED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:you are|you're|borrower is|applicant is|customer is|member is|I am|he is|she is|they are)\s+(?:an?\s+)?(?:active[- ]duty\s+)?covered\s+(?:member|borrower|servicemember|service member|person|dependent|dependant)s?|covered\s+(?:borrower|member)(?:\s+status)?\s*[:?|\-–]\s*(?:yes|y|true|confirmed|covered)(?-u:\b)|(?:\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)|[☑☒✓✔■])\s*(?:the\s+borrower\s+is\s+(?:a\s+)?)?covered\s+(?:borrower|member)|(?:spouse|wife|husband|dependent|dependant)\s+of\s+[^;\n]{0,80}?(?:active[- ]duty|on active duty)(?-u:\b)|(?:borrower|applicant|customer|member|you|he|she|they)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:identified|confirmed|verified|shown|listed|flagged|found|determined|recorded|certified)\s+(?:to\s+be\s+|as\s+)(?:an?\s+)?(?:active[- ]duty\s+)?covered\s+(?:borrower|member|servicemember|service member|person|dependent|dependant)(?-u:\b))")
        .expect("static regex")
});

/// Words before the statement that make it a condition, a question or a denial.
static NOT_STATED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:if|whether|unless|when|where|not|no|neither|nor|certify that|represent that|ask|asks|asked)\W*(?:\w+\W+){0,3}$")
        .expect("static regex")
});

/// Record the statement as a `covered-borrower` clause.
pub(crate) fn extract(cx: &Ctx, terms: &mut Terms) {
    if terms
        .clauses
        .iter()
        .any(|c| c.kind == ClauseKind::CoveredBorrower)
    {
        return;
    }
    for m in COVERED.find_iter(&cx.flat) {
        let (s, _) = cx.sentence_of(m.start());
        let before = cx.slice(s.max(m.start().saturating_sub(60)), m.start());
        // "widow of a former active-duty soldier": no longer a dependant of a serving member.
        let lower = m.as_str().to_ascii_lowercase();
        let past = ["former", "retired", "veteran", "late ", "deceased", "ex-"]
            .iter()
            .any(|w| lower.contains(w));
        if past || NOT_STATED.is_match(before) || cx.slice(m.end(), m.end() + 1) == "?" {
            continue;
        }
        let evidence = cx.evidence(m.start(), m.end());
        said_covered(terms, &evidence.text);
        terms.clauses.push(Clause {
            kind: ClauseKind::CoveredBorrower,
            evidence,
        });
        return;
    }
    // "Borrower: Petty Officer Second Class J. Doe, USN (active duty)": the member named.
    if let Some((s, e)) = super::service_member::find(cx) {
        let evidence = cx.quote(s, e);
        said_covered(terms, &evidence.text);
        terms.clauses.push(Clause {
            kind: ClauseKind::CoveredBorrower,
            evidence,
        });
    }
}

/// The assumption that goes with the statement: the borrower is taken as covered because the
/// contract says so, not because anything was checked.
fn said_covered(terms: &mut Terms, quote: &str) {
    let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    terms.assumptions.push(format!(
        "the borrower is taken as a covered borrower under the Military Lending Act because the contract says so: «{quote}»"
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dependant_of_an_active_duty_member_is_stated_covered() {
        let s = "Co-signer: Maria Lopez, wife of Sgt. R. Lopez, U.S. Marine Corps, on active duty at Camp Lejeune";
        assert!(COVERED.is_match(s));
        let s = "Borrower: T. Reed, dependent of PO2 K. Reed (USN, active-duty)";
        assert!(COVERED.is_match(s));
        // A veteran's spouse: the words are matched, and the extractor sets them aside.
        let m = COVERED
            .find("spouse of a retired active duty sergeant")
            .map(|m| m.as_str().to_ascii_lowercase());
        assert!(m.is_some_and(|m| m.contains("retired")));
        assert!(!COVERED.is_match("Employer: Fort Riley civilian contractor, not active duty"));
    }

    #[test]
    fn a_borrower_identified_as_covered_is_stated_covered() {
        for s in [
            "MLA status: the applicant was verified as an active-duty covered member on 3 May 2026",
            "DMDC check: borrower confirmed to be a covered borrower",
            "She has been identified as a covered dependant.",
        ] {
            assert!(COVERED.is_match(s), "{s}");
        }
        assert!(!COVERED.is_match("the borrower was identified by a driving licence"));
    }
}
