//! "Paid to you $0.00" beside "Total paid to creditors $14,550.00": a consolidation or
//! refinance pays others on the borrower's behalf. What the borrower receives is what is
//! paid to them plus what is paid for them (Truth in Lending's Amount Financed counts both),
//! so the figure "paid to you" alone is not the amount received.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::amounts::labelled_money;
use crate::model::{Amount, Evidence, Terms};
use crate::pattern;

/// The total paid to others on the borrower's behalf ("Total paid to creditors", "Amount
/// paid to others on your behalf", "Paid directly to your creditors", "Payoffs to lenders").
static TO_OTHERS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:total (?:amount )?paid (?:directly )?(?:to|on) (?:your |the )?(?:creditors|others|third parties|lenders)|(?:amounts? )?paid (?:directly )?to (?:your |the )?(?:creditors|others|third parties|other lenders)(?: on your behalf)?|(?:amounts? )?paid on your behalf|total (?:of )?payoffs?|payoffs? to (?:your )?(?:creditors|lenders))(?-u:\b)")
        .expect("static regex")
});
/// The words of a figure paid to the borrower themself.
static TO_YOU: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:given|paid|sent|deposited|transferred|credited|cash)\s+(?:directly\s+)?to\s+(?:you|the borrower|borrower)(?-u:\b)")
        .expect("static regex")
});

pub(super) fn add(cx: &mut Ctx, terms: &mut Terms) {
    let Some(to_you) = terms.disbursed.clone() else {
        return;
    };
    if to_you.derived || !TO_YOU.is_match(&to_you.evidence.text) {
        return;
    }
    let Some((others, label_start)) = labelled_money(cx, &TO_OTHERS) else {
        return;
    };
    if others.amount <= Decimal::ZERO {
        return;
    }
    cx.cover(others.start);
    let received = to_you.amount + others.amount;
    // Nobody receives more than is lent.
    if terms
        .principal
        .as_ref()
        .is_some_and(|p| received > p.amount)
    {
        return;
    }
    let evidence = cx.evidence(label_start, others.end);
    let part = format!(
        "{} paid to others on the borrower's behalf",
        others.amount.normalize()
    );
    receive_with(
        terms,
        to_you,
        (others.amount, &part, evidence),
        "Truth in Lending's amount financed counts both",
    );
}

/// The amount received is what is paid to the borrower plus a `part` paid for them (its
/// amount, what it is, its quote), for the reason `why`: said as an assumption.
pub(super) fn receive_with(
    terms: &mut Terms,
    to_you: Amount,
    (amount, what, evidence): (Decimal, &str, Evidence),
    why: &str,
) {
    let received = to_you.amount + amount;
    terms.assumptions.push(format!(
        "amount received {}: {} paid to the borrower («{}») plus {what} («{}»); {why}",
        received.normalize(),
        to_you.amount.normalize(),
        to_you.evidence.text.trim(),
        evidence.text.trim()
    ));
    terms.disbursed = Some(Amount {
        amount: received,
        currency: to_you.currency,
        evidence,
        derived: true,
    });
}
