//! A short-term loan's message that gives the sum owed and its one due date in one phrase:
//! "Total amount due Ksh4,300.00 on 02/12/26", "Amount due: $345.00 by 06/14/2026", "Repay
//! KES 2,150 by 3 March 2026". With no count of payments read, that is one repayment of that
//! sum on that date; a fee whose amount is exactly what the sum adds to the amount received
//! is paid with it.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::{Amount, Count, DateTerm, FeeTiming, Terms};

/// The label of the sum owed, right before its figure.
static DUE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:total (?:amount )?due|amount due|total to repay|(?:you )?repay)\s*:?\s*$",
    )
    .expect("static regex")
});
/// "on" or "by" right before the due date.
static ON_BY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:on|by|before|on or before)\s+$").expect("static regex")
});

/// Read the one repayment: its sum, its due date, one payment; a fee that makes up the
/// difference to the amount received is paid at maturity.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    if terms.installments.is_some() || terms.maturity_date.is_some() {
        return;
    }
    let text = cx.flat.clone();
    for money in number::find_money(&text) {
        let before = text
            .get(super::ceil(&text, money.start.saturating_sub(24))..money.start)
            .unwrap_or("");
        if !DUE_LABEL.is_match(before) {
            continue;
        }
        let after = text.get(money.end..).unwrap_or("");
        let window = after.get(..super::floor(after, 40)).unwrap_or(after);
        let Some(d) = number::first_date(window, cx.day_first) else {
            continue;
        };
        if !ON_BY.is_match(window.get(..d.start).unwrap_or("")) {
            continue;
        }
        let end = money.end + d.end;
        let evidence = cx.evidence(money.start, end);
        if terms
            .contract_date
            .as_ref()
            .is_some_and(|c| c.date >= d.date)
        {
            continue;
        }
        cx.cover(money.start);
        terms.total_of_payments.get_or_insert(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: evidence.clone(),
            derived: false,
        });
        terms.maturity_date = Some(DateTerm {
            date: d.date,
            evidence: evidence.clone(),
        });
        terms.installments = Some(Count { count: 1, evidence });
        terms.assumptions.push(format!(
            "one repayment of {} due {}: the sum owed and its date are the only repayment stated",
            money.amount.normalize(),
            d.date
        ));
        let received = terms
            .disbursed
            .as_ref()
            .or(terms.principal.as_ref())
            .map(|a| a.amount);
        if let Some(r) = received {
            for f in &mut terms.fees {
                if f.timing == FeeTiming::Other && f.amount.is_some_and(|a| r + a == money.amount) {
                    f.timing = FeeTiming::AtMaturity;
                }
            }
        }
        return;
    }
}
