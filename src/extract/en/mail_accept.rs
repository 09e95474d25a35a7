//! A loan agreed by e-mail: the terms go out in one message and the borrower's reply accepts
//! them ("I agree to the loan terms you sent", "I accept the offer"); the lender's later
//! message, dated by its own header, only confirms. The contract is made when the terms are
//! accepted: the date in the accepting reply's own `Date:` (or `Sent:`) header, quoted in the
//! later message, is the contract date, not the date the confirming e-mail was sent.
//!
//! ```text
//! Date: November 13, 2026, 11:47 AM          <- the confirmation's header: not the contract date
//! Thanks, we have your "I agree" below. ...
//! > From: Terrell Banks
//! > Date: November 13, 2026, 11:31 AM         <- the accepting reply's date
//! > I agree to the loan terms you sent.
//! ```

use std::sync::LazyLock;

use regex::Regex;

use super::glued::quote_left_out;
use super::number;
use crate::pattern;

/// Words that accept terms: "I agree", "I accept the offer", "we accept these terms",
/// "Agreed." or "Accepted." on a line of their own. Not "Reply "I agree" to sign": words in
/// quotation marks are an instruction, not an acceptance.
static ACCEPTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?i)(?:^|[^"“'‘\w])(?:i|we)\s+(?:hereby\s+|do\s+)?(?:agree|accept)(?-u:\b)(?:\s+(?:to\s+)?(?:the|these|your|this|all|those)\s+(?:loan\s+)?(?:terms|offer|loan|agreement|conditions))?(?:[^"”’\w]|$)|^\s*(?:agreed|accepted)\s*[.!]?\s*$"#)
        .expect("static regex")
});

/// A message's date header: "Date: …", "Sent: …".
static DATE_HEADER: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)^\s*(?:date|sent)\s*:").expect("static regex"));

/// The quoted date line of the reply that accepts the terms.
pub(super) struct Accepted {
    /// The date line: its start, and where its words start (after the quote marks).
    pub(super) start: usize,
    pub(super) body: usize,
    /// Says where the contract date comes from.
    pub(super) note: String,
}

/// The accepting reply among the quoted messages of `text`, and its own date line; `None`
/// when no quoted message accepts, or the one that does carries no dated header.
pub(super) fn accepted_in_quote(text: &str) -> Option<Accepted> {
    let lines = super::reply_chain::lines_of(text);
    let said = |l: &super::reply_chain::Line| text.get(l.body..l.end).unwrap_or("");
    let i = lines
        .iter()
        .position(|l| l.depth > 0 && !DATE_HEADER.is_match(said(l)) && ACCEPTS.is_match(said(l)))?;
    let depth = lines[i].depth;
    // Back through the same message's lines to its header's date.
    let date_line = lines[..i]
        .iter()
        .rev()
        .take_while(|l| l.depth == depth)
        .find(|l| DATE_HEADER.is_match(said(l)) && number::first_date(said(l), false).is_some())?;
    let (start, end, body) = (date_line.start, date_line.end, date_line.body);
    let (accept_start, accept_end) = (lines[i].body, lines[i].end);
    Some(Accepted {
        start,
        body,
        note: format!(
            "the contract date is the date of the reply that accepts the terms ({}, {}), not the date of the e-mail that quotes it",
            quote_left_out(text, body, end),
            quote_left_out(text, accept_start, accept_end)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quoted_acceptance_dates_the_contract() {
        let text = "From: Lending Team\nSent: Monday, March 2, 2026 9:12 AM\nSubject: RE: your offer\n\nConfirmed, funds go out today.\n\n>> From: Ana Ruiz\n>> Sent: Friday, February 27, 2026 6:05 PM\n>> Yes - I accept the offer. Please send the money.\n>>\n>>> Reply \"I accept\" to take the loan.\n";
        let a = accepted_in_quote(text).expect("the acceptance is found");
        assert!(
            text.get(a.body..)
                .is_some_and(|t| t.starts_with("Sent: Friday, February 27, 2026 6:05 PM\n"))
        );
        assert_eq!(text.get(a.start..a.body), Some(">> "));
        assert!(a.note.contains("I accept the offer"), "{}", a.note);
    }

    #[test]
    fn an_instruction_to_accept_is_no_acceptance() {
        let text = "From: Loans\nDate: May 4, 2026\nSubject: docs\n\nSee below.\n> From: Loans\n> Date: May 1, 2026\n> Reply \"I agree\" to sign electronically.\n";
        assert!(accepted_in_quote(text).is_none());
        // An acceptance with no dated header of its own gives no date.
        let text = "Thanks.\n> I agree to these terms.\n";
        assert!(accepted_in_quote(text).is_none());
    }

    #[test]
    fn a_loan_agreed_by_reply_is_dated_by_the_reply() {
        let text = "From: Rapid Funds <help@rapidfunds.example>\nTo: Kim Lowe <kim@example.com>\nDate: Tue, 8 Sep 2026 16:20\nSubject: Re: your loan\n\nKim, thank you for accepting. You borrow $900.00 at 24% a year and repay 12 monthly payments of $85.11 starting October 8, 2026.\n\n> From: Kim Lowe\n> Date: Sep 7, 2026, 9:02 PM\n> I accept these terms, thanks.\n";
        let t = super::super::read_text(text);
        let date = t.contract_date.expect("a contract date");
        assert_eq!(date.date.to_string(), "2026-09-07");
        assert!(
            t.assumptions
                .iter()
                .any(|a| a.contains("reply that accepts")),
            "{:?}",
            t.assumptions
        );
    }

    #[test]
    fn an_outlook_sent_header_dates_the_accepting_reply() {
        let text = "From: Loans Desk <loans@riverbend.example>\nDate: 10 March 2026, 09:05\nSubject: RE: Loan RB-2231 - paid\n\nThank you for accepting the offer. The loan of $2,400.00 was paid to your account today. You repay 8 monthly instalments of $331.20.\n\n> From: Noor Haddad\n> Sent: 09 March 2026, 21:14\n> I accept the loan offer of $2,400.00 as discussed.\n";
        let t = super::super::read_text(text);
        let date = t.contract_date.expect("a contract date");
        assert_eq!(date.date.to_string(), "2026-03-09");
        assert!(
            date.evidence.text.starts_with("Sent:"),
            "{}",
            date.evidence.text
        );
    }
}
