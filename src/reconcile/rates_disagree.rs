//! Two statements of the interest rate in different units (年化利率 35.5% and 日利率 0.098%,
//! a monthly and a yearly rate) that disagree beyond the rounding of their printed digits: the
//! contract contradicts itself. The schedule is priced at one of them; the finding quotes both
//! and says which one the cost follows.

use rust_decimal::Decimal;

use super::{FIGURES_MISMATCH, Reading};
use crate::compute::cost;
use crate::model::{
    FeeTiming, Inconsistency, InconsistencyKind, Per, Rate, RateKind, RepaymentMethod, Terms,
};

/// How far a stated annualised cost may be from the computed one and still be that cost.
const APR_TOLERANCE_PP: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

/// A rate's yearly percentage and how far its printed digits let it be off (half a unit of its
/// last digit, scaled to the year).
fn yearly(r: &Rate) -> Option<(Decimal, Decimal)> {
    let annual = match r.per {
        Per::Year => r.value,
        Per::Day | Per::Week | Per::Month => r.annual_percent?,
        Per::Once => return None,
    };
    if r.value <= Decimal::ZERO || annual <= Decimal::ZERO {
        return None;
    }
    let half_unit = Decimal::new(5, r.value.scale() + 1);
    Some((annual, half_unit * annual / r.value))
}

/// Words of a rate offered for another loan or as a bound, not this loan's rate: 最低日利率,
/// 低至, 领券再借, 优惠利率.
const OFFER_WORDS: [&str; 5] = ["最低", "低至", "再借", "领券", "优惠"];

/// A statement of this loan's interest rate whose label names its unit (年利率, 年化利率,
/// 月利率, 日利率): a rate read from a calculation (`5,000.00×0.2%×30天`) or a bracketed
/// restatement under another unit's label is not a second statement.
fn stated_in_its_unit(r: &Rate) -> bool {
    let unit = match r.per {
        Per::Year => '年',
        Per::Month => '月',
        Per::Day => '日',
        Per::Week | Per::Once => return false,
    };
    r.kind == RateKind::Interest
        && r.label.contains(unit)
        && !OFFER_WORDS.iter().any(|w| r.evidence.text.contains(w))
}

/// Record the contradiction when the contract states its interest rate exactly twice, in
/// different units, and the two disagree beyond rounding. A contract with more rates (a table
/// of tenors, a cap, another loan's rate) leaves which two state the same rate a guess.
pub(super) fn find(terms: &mut Terms, readings: &mut [Reading]) {
    let method = terms.repayment.as_ref().map(|r| r.method);
    if !terms.rate_steps.is_empty() || method == Some(RepaymentMethod::FlatRate) {
        return;
    }
    let Some(reading) = readings.iter().find(|r| r.cost.is_ok()) else {
        return;
    };
    let mut stated: Vec<&Rate> = terms
        .rates
        .iter()
        .filter(|r| stated_in_its_unit(r))
        .collect();
    stated.dedup_by(|x, y| x.value == y.value && x.per == y.per);
    let [a, b] = stated[..] else {
        return;
    };
    let (Some((ya, ta)), Some((yb, tb))) = (yearly(a), yearly(b)) else {
        return;
    };
    if a.per == b.per || (ya - yb).abs() <= ta + tb {
        return;
    }
    // An all-in figure is the loan's cost, not a second statement of the rate, when fees are
    // charged; and a figure the schedule costs (a flat or monthly rate's IRR) is that cost.
    let has_fees = terms
        .fees
        .iter()
        .any(|f| !matches!(f.timing, FeeTiming::OnDefault));
    if (a.comprehensive || b.comprehensive) && has_fees {
        return;
    }
    let used = cost::interest_rate(&reading.terms);
    let same = |r: &Rate, u: &Rate| r.value == u.value && r.per == u.per;
    let other = used.and_then(|u| [(a, ya), (b, yb)].into_iter().find(|(r, _)| !same(r, u)));
    let apr = reading.cost.as_ref().ok().map(|c| c.apr.nominal_percent);
    if let (Some((_, y)), Some(apr)) = (other, apr) {
        if (apr - y).abs() <= APR_TOLERANCE_PP {
            return;
        }
    }
    let found = message(a, ya, b, yb, used, terms);
    // Each reading is checked on its own terms: each carries the contradiction.
    for r in readings.iter_mut() {
        r.terms.inconsistencies.push(found.clone());
    }
    terms.inconsistencies.push(found);
}

/// The inconsistency: both rates quoted with their yearly figure, and the one the cost follows.
fn message(
    a: &Rate,
    ya: Decimal,
    b: &Rate,
    yb: Decimal,
    used: Option<&Rate>,
    terms: &Terms,
) -> Inconsistency {
    let same = |r: &Rate, u: &Rate| r.value == u.value && r.per == u.per;
    let followed = used.and_then(|u| [a, b].into_iter().find(|r| same(r, u)));
    let mut parts = vec![format!(
        "two stated rates disagree beyond rounding: «{}» is {}% a year and «{}» is {}% a year",
        a.evidence.text,
        ya.round_dp(2).normalize(),
        b.evidence.text,
        yb.round_dp(2).normalize(),
    )];
    if let Some(days) = [a, b].into_iter().find(|r| r.per == Per::Day) {
        if let Some(n) = days.day_basis {
            parts.push(format!(
                "the daily rate is annualised on {n} days{}",
                if days.day_basis_assumed {
                    " (assumed)"
                } else {
                    ""
                }
            ));
        }
    }
    if let Some(r) = followed {
        parts.push(format!(
            "the cost follows «{}», the rate the schedule is priced at",
            r.evidence.text
        ));
        let figures_agree = !terms
            .inconsistencies
            .iter()
            .any(|i| i.kind == FIGURES_MISMATCH);
        if let Some(p) = terms.payment.as_ref().filter(|_| figures_agree) {
            parts.push(format!(
                "the stated instalment «{}» agrees with it",
                p.evidence.text
            ));
        }
    }
    Inconsistency {
        kind: InconsistencyKind::RatesMismatch.as_str().into(),
        message: parts.join("; "),
        evidence: followed
            .and_then(|f| [a, b].into_iter().find(|r| !same(r, f)))
            .unwrap_or(a)
            .evidence
            .clone(),
    }
}
