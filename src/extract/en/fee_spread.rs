//! A one-off fee collected in parts with the repayments: "The establishment fee and the
//! monthly fees are included in each repayment", "the set-up fee is spread evenly over your
//! repayments". The fee's stated amount is its total over the term; each period carries its
//! 1/n share, as `zh/fee_whole_term.rs` reads 分期手续费 stated for the whole term. Where the
//! loan charges no interest the figures must agree (n repayments = principal + the fee +
//! the per-period fees); a fee said to be deducted from the proceeds is left alone.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use crate::model::{FeeTiming, Per, RateKind, Terms};

/// A sentence saying fees are paid inside each repayment (the fees it names come before).
static IN_EACH_REPAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:is|are)\s+(?:included|built|rolled)\s+in(?:to)?\s+(?:each|every|your|the)\s+(?:(?:monthly|weekly|fortnightly|regular)\s+)?(?:re)?payments?|(?:is|are)\s+(?:spread|divided|split)\s+(?:evenly\s+|equally\s+)?(?:over|across|between|among)\s+(?:the|your|all)\s+(?:\d+\s+)?(?:(?:monthly|weekly|fortnightly)\s+)?(?:re)?payments|(?:is|are)\s+(?:paid|collected|charged)\s+in\s+(?:equal\s+)?(?:parts|instal?lments|shares)\s+with\s+(?:each|every)\s+(?:re)?payment)(?-u:\b)")
        .expect("static regex")
});

/// Spread each one-off fee that a sentence puts inside every repayment over the `n`
/// repayments: its amount and percentage become the per-period share, said in a note.
pub(crate) fn spread(cx: &Ctx, terms: &mut Terms) {
    let Some(n) = terms
        .installments
        .as_ref()
        .map(|c| c.count)
        .filter(|&n| n >= 2)
    else {
        return;
    };
    let sentences: Vec<(usize, String)> = IN_EACH_REPAYMENT
        .find_iter(&cx.flat)
        .map(|m| {
            let (s, _) = cx.sentence_of(m.start());
            (
                m.start(),
                cx.flat.get(s..m.start()).unwrap_or("").to_ascii_lowercase(),
            )
        })
        .collect();
    if sentences.is_empty() {
        return;
    }
    let n_dec = Decimal::from(n);
    let no_interest = terms
        .rates
        .iter()
        .filter(|r| r.kind == RateKind::Interest)
        .all(|r| r.value.is_zero());
    let per_period_total: Decimal = terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::PerPeriod)
        .filter_map(|f| f.amount)
        .sum();
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let payment = terms.payment.as_ref().map(|p| p.amount);
    for f in &mut terms.fees {
        if !matches!(f.timing, FeeTiming::UpfrontPaid | FeeTiming::Other) {
            continue;
        }
        let name = f.name.to_ascii_lowercase();
        let Some((at, _)) = sentences.iter().find(|(_, before)| before.contains(&name)) else {
            continue;
        };
        let Some(amount) = f.amount else { continue };
        // With no interest the repayments hold nothing else: they must add up.
        if no_interest
            && let (Some(p), Some(pay)) = (principal, payment)
            && (pay * n_dec - (p + amount + per_period_total * n_dec)).abs()
                > Decimal::new(1, 2) * n_dec
        {
            continue;
        }
        let share = (amount / n_dec).round_dp(2).normalize();
        f.percent = f.percent.map(|p| (p / n_dec).round_dp(6).normalize());
        f.note = Some(format!(
            "{} is the fee over all {n} repayments, each of which includes its share {share} («{}»)",
            amount.normalize(),
            cx.quote(cx.sentence_of(*at).0, cx.sentence_of(*at).1).text
        ));
        f.amount = Some(share);
        f.per = Some(Per::Once);
        f.timing = FeeTiming::PerPeriod;
    }
}
