//! Fees read with the sentences around them: a timing told in the next sentence ("You must
//! pay it on the day we pay the credit to you") or in a line of its own ("[X] Fee is payable
//! with the principal at maturity"), and an open-end card's pricing table, whose fees are the
//! account's, not a loan's.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::fee_timing::timing_of;
use super::number;
use crate::model::{FeeKind, FeeTiming, Terms};
use crate::pattern;

/// A sentence that speaks of a fee named just before: "it", "this fee", "the charge".
static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:it|this (?:fee|charge|sum)|that (?:fee|charge|sum)|the (?:fee|charge))(?-u:\b)")
        .expect("static regex")
});
/// A fee's timing in a sentence of its own: "Fee is payable with the principal at maturity",
/// "the charge will be collected on the funding date", a box's "Fee due at maturity" (up to
/// the next box on its line).
static TIMING_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:fee|charge)\s+(?:(?:is|will be|shall be|must be|is to be|falls)\s+)?(?:payable|paid|due|collected|charged|added|deducted|taken|withheld)(?-u:\b)[^.;\n\[☐□☒☑○]{0,100}")
        .expect("static regex")
});
/// A credit card's pricing table (the "Schumer box"): rates for purchases, balance transfers
/// or cash advances.
static CARD_RATES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:APR|annual percentage rate(?:\s*\(APR\))?)\s+for\s+(?:purchases|balance transfers?|cash advances?)(?-u:\b)")
        .expect("static regex")
});
/// Words of an open-end account, beside the card's rates.
static OPEN_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:balance transfers?|cash advances?|billing cycle|credit (?:limit|line)|grace period|how to avoid paying interest)(?-u:\b)")
        .expect("static regex")
});

/// A use of a card account priced in its table.
static ACCOUNT_ROW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:cash advances?|balance transfers?|purchases?)(?-u:\b)")
        .expect("static regex")
});

/// Kinds of fees charged only on default or on early repayment: no timing to find for them.
pub(super) fn on_default_kind(kind: FeeKind) -> bool {
    matches!(
        kind,
        FeeKind::Late
            | FeeKind::ReturnedPayment
            | FeeKind::Penalty
            | FeeKind::Prepayment
            | FeeKind::Collection
            | FeeKind::Legal
    )
}

/// The timing the sentence after a fee's own gives, with that sentence, when it speaks of
/// that fee ("You agreed to pay the broker a fee of £395.00. You must pay it on the day we pay
/// the credit to you."), names no figure and gives a timing.
pub(super) fn timing_from_next_sentence(
    cx: &Ctx,
    kind: FeeKind,
    sentence_end: usize,
) -> Option<(FeeTiming, String)> {
    if on_default_kind(kind) {
        return None;
    }
    let i = cx.sentences.partition_point(|&(s, _)| s < sentence_end);
    let &(s, e) = cx.sentences.get(i)?;
    let next = cx.slice(s, e);
    let head = next.get(..super::floor(next, 80)).unwrap_or(next);
    if !REFERS_BACK.is_match(head) || !number::find_money(next).is_empty() {
        return None;
    }
    let timing = timing_of(kind, next);
    (!matches!(timing, FeeTiming::Other | FeeTiming::OnDefault)).then(|| {
        (
            timing,
            cx.doc.text.get(s..e).unwrap_or(next).trim().to_string(),
        )
    })
}

/// A timing told in a line of its own ("[X] Fee is payable with the principal at maturity")
/// for the one fee whose own sentence says nothing of when it is paid. An unticked box
/// ("[ ] Fee is paid in cash today") says nothing.
pub(super) fn timing_stated_apart(cx: &Ctx, terms: &mut Terms) {
    let untimed: Vec<usize> = terms
        .fees
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.timing == FeeTiming::Other
                && !on_default_kind(f.kind)
                && (f.amount.is_some() || f.percent.is_some())
        })
        .map(|(i, _)| i)
        .collect();
    let [only] = untimed[..] else {
        return;
    };
    let kind = terms.fees[only].kind;
    // On the text with its line breaks: a box's line ends its statement.
    let text = &cx.doc.text;
    for m in TIMING_SENTENCE.find_iter(text) {
        let line_start = text
            .get(..m.start())
            .map_or(0, |t| t.rfind(['.', ';', '\n']).map_or(0, |i| i + 1));
        let clause = text.get(line_start..m.start()).unwrap_or("");
        if super::unticked(text, m.start()) || last_box_unticked(clause) {
            continue;
        }
        let timing = timing_of(kind, m.as_str());
        if matches!(timing, FeeTiming::Other | FeeTiming::OnDefault) {
            continue;
        }
        let fee = &mut terms.fees[only];
        fee.timing = timing;
        let note = format!("when it is paid: «{}»", m.as_str().trim());
        fee.note = Some(match fee.note.take() {
            Some(n) => format!("{n}; {note}"),
            None => note,
        });
        return;
    }
}

/// A form row's fee whose note stands in brackets on the lines below it, in the fee's own
/// column, beside another column's rows ("Application fee .... $40.00      Last due ..." over
/// "  (paid by you today, by card;      Total of payments ..." and "   not taken from the
/// loan)"): the note's words give the timing its row does not.
pub(super) fn timing_in_note_below(cx: &Ctx, terms: &mut Terms) {
    let text = &cx.doc.text;
    for fee in terms
        .fees
        .iter_mut()
        .filter(|f| f.timing == FeeTiming::Other && !on_default_kind(f.kind) && f.amount.is_some())
    {
        let Some((at, _)) = text.char_indices().nth(fee.evidence.start) else {
            continue;
        };
        let line_start = text
            .get(..at)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        let Some(column) = text.get(line_start..at).map(|t| t.chars().count()) else {
            continue;
        };
        let Some(note) = note_below(text.get(line_start..).unwrap_or(""), column) else {
            continue;
        };
        let timing = timing_of(fee.kind, &note);
        if matches!(timing, FeeTiming::Other | FeeTiming::OnDefault) {
            continue;
        }
        fee.timing = timing;
        let said = format!("when it is paid: «{}»", note.trim());
        fee.note = Some(match fee.note.take() {
            Some(n) => format!("{n}; {said}"),
            None => said,
        });
    }
}

/// The bracketed note under a row's first cell (the row is the first line of `rows`): lines
/// indented a little past `column`, the first opening a bracket, each cut where a run of two
/// blanks starts the next column, up to the line that closes the bracket.
fn note_below(rows: &str, column: usize) -> Option<String> {
    let mut note = String::new();
    for line in rows.lines().skip(1).take(4) {
        let rest = line.trim_start();
        let indent = line.chars().count() - rest.chars().count();
        if rest.is_empty() || indent < column || indent > column + 8 {
            return None;
        }
        if note.is_empty() && !rest.starts_with('(') {
            return None;
        }
        let cell = rest.split("  ").next().unwrap_or(rest).trim_end();
        note.push_str(cell);
        note.push(' ');
        if cell.contains(')') {
            return Some(note.trim_end().to_string());
        }
    }
    None
}

/// Is the last check box before a statement on its line an empty one ("[ ] Paid in cash
/// today   [X] Fee is payable at maturity" ticks the second)?
fn last_box_unticked(clause: &str) -> bool {
    const UNTICKED: [&str; 7] = ["[ ]", "[]", "[  ]", "( )", "☐", "□", "○"];
    const TICKED: [&str; 8] = ["[X]", "[x]", "[✓]", "[✔]", "(X)", "(x)", "☒", "☑"];
    let last = |boxes: &[&str]| boxes.iter().filter_map(|b| clause.rfind(b)).max();
    match (last(&UNTICKED), last(&TICKED)) {
        (Some(u), Some(t)) => u > t,
        (Some(_), None) => true,
        _ => false,
    }
}

/// An open-end card's pricing table lists the account's fees (annual, balance transfer, cash
/// advance), not the charges of a sum lent: they are left out of the loan's fees, and said so.
/// Its periods (an introductory rate's months) are no loan term either.
pub(super) fn card_pricing_table(cx: &Ctx, terms: &mut Terms) {
    let Some(rates) = CARD_RATES.find(&cx.flat) else {
        return;
    };
    if !OPEN_END.is_match(&cx.flat) {
        return;
    }
    // A row of its fee table ("Cash Advance ..... $10 or 5% of each advance") is no sum lent.
    if terms
        .principal
        .as_ref()
        .is_some_and(|p| ACCOUNT_ROW.is_match(&p.evidence.text))
    {
        let p = terms.principal.take();
        terms.disbursed = None;
        terms.assumptions.push(format!(
            "a credit card's pricing table: «{}» prices a use of the account, it is not a sum lent",
            p.map(|p| p.evidence.text).unwrap_or_default().trim()
        ));
    }
    // No sum is lent, so no term: "0% introductory APR for 15 months" times a rate.
    if terms.principal.is_none()
        && let Some(term) = terms.term.take()
    {
        terms.installments = None;
        terms.assumptions.push(format!(
            "a credit card's pricing table: «{}» is a period of the account's rates, not a loan's term",
            term.evidence.text.trim()
        ));
    }
    let (kept, account): (Vec<_>, Vec<_>) = std::mem::take(&mut terms.fees)
        .into_iter()
        .partition(|f| f.timing == FeeTiming::OnDefault || on_default_kind(f.kind));
    terms.fees = kept;
    if account.is_empty() {
        return;
    }
    let names: Vec<&str> = account.iter().map(|f| f.name.as_str()).collect();
    terms.assumptions.push(format!(
        "a credit card's pricing table («{}»): its fees ({}) are charges of an open-end account, not of a sum lent, and are not listed as the loan's fees",
        rates.as_str(),
        names.join(", ")
    ));
}
