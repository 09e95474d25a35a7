//! The disclosed APR (kept apart from the contract rate): in a drawn disclosure box, read as
//! the interest rate when no fee is charged, and an Australian credit contract's "annual
//! percentage rate".

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::model::{Per, Rate, RateKind, Terms};
use crate::pattern;

/// The APR of a drawn disclosure box: the label heads a column, the figure is rows below
/// (the label may wrap in its cell: "ANNUAL PERCENTAGE" over "RATE"). Returns where the figure
/// starts.
pub(super) fn boxed_apr(cx: &mut Ctx, terms: &mut Terms) -> Option<usize> {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)annual percentage(?: rate|\s*\|)|(?-u:\b)apr(?-u:\b)")
            .expect("static regex")
    });
    if terms.disclosed_apr.is_some() {
        return None;
    }
    let flat = cx.flat.clone();
    for m in LABEL.find_iter(&flat) {
        if !super::heads_cell(&cx.doc.text, m.start()) {
            continue;
        }
        let cells = super::cells_below(&cx.doc.text, m.start());
        let Some((s, p)) = cells.iter().find_map(|&(s, e)| {
            number::find_percents(cx.slice(s, e))
                .into_iter()
                .next()
                .map(|p| (s, p))
        }) else {
            continue;
        };
        cx.cover(s + p.start);
        terms.disclosed_apr = Some(disclosed_apr(p.value, cx.evidence(m.start(), s + p.end)));
        return Some(s + p.start);
    }
    None
}

/// An APR the document discloses (kept apart from the contract rate).
/// "15.99% APR · no fees", no interest rate stated: with no charge but interest, the APR of
/// a level schedule is its interest rate. Read so only when the text says no fees are
/// charged, no fee was read, and the stated payment is the level payment at that rate (the
/// figures prove it).
pub(crate) fn rate_from_apr(cx: &Ctx, terms: &mut Terms) {
    static NO_FEES: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:no (?:other |hidden |additional |extra |up-?front |origination )?(?:fees|charges)|without (?:any )?fees|fee-free|fees?\s*[:|.…]*\s*(?:none|nil|\$0(?:\.00)?)(?-u:\b))")
            .expect("static regex")
    });
    if terms.rates.iter().any(|r| r.kind == RateKind::Interest) {
        return;
    }
    let cost_fee = terms
        .fees
        .iter()
        .any(|f| f.timing != crate::model::FeeTiming::OnDefault);
    let (Some(apr), Some(pay), Some(count), Some(freq)) = (
        &terms.disclosed_apr,
        &terms.payment,
        &terms.installments,
        &terms.frequency,
    ) else {
        return;
    };
    let Some(principal) = terms.principal.as_ref().or(terms.disbursed.as_ref()) else {
        return;
    };
    let per_year = match freq.frequency {
        crate::model::Frequency::Monthly => 12,
        crate::model::Frequency::Biweekly => 26,
        crate::model::Frequency::Weekly => 52,
        crate::model::Frequency::Semimonthly => 24,
        crate::model::Frequency::Quarterly => 4,
        _ => return,
    };
    // A simple-interest contract whose stated amount financed is its principal withholds no fee.
    static SIMPLE_INTEREST: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)simple[ -]interest(?-u:\b)").expect("static regex")
    });
    let all_financed = terms
        .disbursed
        .as_ref()
        .is_some_and(|d| !d.derived && d.amount == principal.amount);
    let Some(no_fees) = NO_FEES
        .find(&cx.flat)
        .or_else(|| SIMPLE_INTEREST.find(&cx.flat).filter(|_| all_financed))
    else {
        return;
    };
    if cost_fee || count.count < 2 || count.count > 600 {
        return;
    }
    // The level payment of the principal over the count at APR / periods a year.
    let r = apr.value / Decimal::ONE_HUNDRED / Decimal::from(per_year);
    let mut growth = Decimal::ONE;
    for _ in 0..count.count {
        let Some(g) = growth.checked_mul(Decimal::ONE + r) else {
            return;
        };
        growth = g;
    }
    let Some(level) = (principal.amount * r * growth).checked_div(growth - Decimal::ONE) else {
        return;
    };
    if (level - pay.amount).abs() > Decimal::new(1, 2) {
        return;
    }
    let mut rate = apr.clone();
    rate.kind = RateKind::Interest;
    rate.comprehensive = false;
    rate.label = "APR (no fees: the interest rate)".to_string();
    terms.assumptions.push(format!(
        "interest rate read as the disclosed APR {}%: no fee is charged or withheld («{}», the whole principal financed) and the payment {} is the level payment at that rate",
        apr.value,
        cx.quote(no_fees.start(), no_fees.end()).text,
        pay.amount
    ));
    terms.rates.push(rate);
}

pub(super) fn disclosed_apr(value: Decimal, evidence: crate::model::Evidence) -> Rate {
    Rate {
        kind: RateKind::Other,
        value,
        per: Per::Year,
        annual_percent: Some(value),
        day_basis: None,
        day_basis_assumed: false,
        label: "APR".to_string(),
        comprehensive: true,
        basis: None,
        markup_percent: None,
        evidence,
    }
}

/// Under Australia's National Credit Code the "annual percentage rate" of a credit contract's
/// financial table is its annual interest rate (fees are disclosed apart), unlike a US APR.
/// When no other interest rate is stated in such a contract, that rate is the interest rate.
pub(super) fn credit_code_rate(cx: &Ctx, terms: &mut Terms) {
    static CREDIT_CODE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)national credit code|australian credit licen[cs]e|national consumer credit protection")
            .expect("static regex")
    });
    let australian = terms
        .principal
        .as_ref()
        .is_some_and(|p| p.currency == "AUD")
        || CREDIT_CODE.is_match(&cx.flat);
    if !australian || terms.rates.iter().any(|r| r.kind == RateKind::Interest) {
        return;
    }
    let Some(apr) = terms.disclosed_apr.clone() else {
        return;
    };
    terms.assumptions.push(format!(
        "the annual percentage rate {}% of an Australian credit contract is its annual interest rate (National Credit Code)",
        apr.value
    ));
    terms.rates.push(Rate {
        kind: RateKind::Interest,
        label: "annual percentage rate".to_string(),
        comprehensive: false,
        ..apr
    });
}
