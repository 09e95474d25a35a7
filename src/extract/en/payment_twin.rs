//! Two statements of the instalment that disagree ("24 payments of $230.39" in the box,
//! "24 monthly installments of $203.39" in the body). The Total of Payments is the instalments
//! summed, and the stated interest rate (or, with no rate, the disclosed APR) gives the level
//! instalment: when the other statement agrees with both and the one read with neither, the
//! one read is the misprint (one figure against two). The loan is priced from the figures
//! that agree and the contradiction is reported quoting both. With fewer witnesses nothing is
//! decided and the instalment read stands.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::compute::schedule::annuity_payment;
use crate::model::{Amount, Frequency, Inconsistency, InconsistencyKind, RateKind, Terms};
use crate::pattern;

/// "24 payments of", "12 monthly installments of", "36 equal repayments of", "payments of":
/// the words right before an instalment's figure.
static INSTALMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:weekly|bi-?weekly|fortnightly|semi-?monthly|monthly|quarterly|equal|level|consecutive|regular|scheduled)\s+)*(?:payments?|instal?l?ments?|repayments?)\s+(?:of|each of|in the amount of|amounting to)\s*$")
        .expect("static regex")
});

/// How many bytes before a figure its "payments of" words may end.
const LEAD: usize = 60;

pub(super) fn reconcile(cx: &mut Ctx, terms: &mut Terms) {
    let (Some(read), Some(count), Some(total)) = (
        terms.payment.clone(),
        terms.installments.as_ref().map(|c| c.count),
        terms.total_of_payments.clone(),
    ) else {
        return;
    };
    if count < 2 {
        return;
    }
    let last = terms.last_payment.as_ref().map(|l| l.amount);
    let sums_to_total = |p: Decimal| adds_up(p, count, last, total.amount);
    let level = level_instalment(terms, count);
    let at_rate = |p: Decimal| level.is_some_and(|l| (l - p).abs() <= Decimal::new(1, 2));
    if sums_to_total(read.amount) || at_rate(read.amount) {
        return;
    }
    let flat = cx.flat.clone();
    let twins: Vec<number::Money> = number::find_money(&flat)
        .into_iter()
        .filter(|m| m.amount != read.amount && m.amount > Decimal::ZERO)
        .filter(|m| {
            let from = super::floor(&flat, m.start.saturating_sub(LEAD));
            INSTALMENT_OF.is_match(flat.get(from..m.start).unwrap_or(""))
        })
        .filter(|m| sums_to_total(m.amount) && at_rate(m.amount))
        .collect();
    let [twin] = twins.as_slice() else {
        return;
    };
    let evidence = cx.evidence(cx.sentence_of(twin.start).0, twin.end);
    cx.cover(twin.start);
    let message = format!(
        "the instalment is stated as {} («{}») and as {} («{}»): the total of payments {} and the rate both give {}, so {} is one figure against two; loanlint priced the loan from {}",
        read.amount.normalize(),
        last_line(&read.evidence.text),
        twin.amount.normalize(),
        last_line(&evidence.text),
        total.amount.normalize(),
        twin.amount.normalize(),
        read.amount.normalize(),
        twin.amount.normalize()
    );
    terms.inconsistencies.push(Inconsistency {
        kind: InconsistencyKind::StatedFiguresMismatch
            .as_str()
            .to_string(),
        message: message.clone(),
        evidence: read.evidence.clone(),
    });
    terms.assumptions.push(message);
    terms.payment = Some(Amount {
        amount: twin.amount,
        currency: read.currency,
        evidence,
        derived: false,
    });
}

/// Does `count` instalments of `p` (the last one `last` when stated) add up to `total`, within
/// a cent an instalment?
fn adds_up(p: Decimal, count: u32, last: Option<Decimal>, total: Decimal) -> bool {
    let n = Decimal::from(count);
    let cent = Decimal::new(1, 2);
    let level = (p * n - total).abs() <= cent * n;
    let with_last = last.is_some_and(|l| (p * (n - Decimal::ONE) + l - total).abs() <= cent);
    level || with_last
}

/// The level instalment of the amount financed at the stated annual interest rate (else the
/// disclosed APR) over `count` periods of the stated frequency, rounded to the cent.
fn level_instalment(terms: &Terms, count: u32) -> Option<Decimal> {
    let base = terms
        .disbursed
        .as_ref()
        .or(terms.principal.as_ref())?
        .amount;
    let annual = terms
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .and_then(|r| r.annual_percent)
        .or_else(|| terms.disclosed_apr.as_ref().and_then(|r| r.annual_percent))?;
    let per_year = match terms.frequency.as_ref()?.frequency {
        Frequency::Monthly => 12,
        Frequency::Semimonthly => 24,
        Frequency::Biweekly => 26,
        Frequency::Weekly => 52,
        Frequency::Quarterly => 4,
        _ => return None,
    };
    let r = annual / Decimal::ONE_HUNDRED / Decimal::from(per_year);
    annuity_payment(base, r, count).map(|p| p.round_dp(2))
}

/// The last line of a quote (a box's evidence spans its rows; the figure is on the last).
fn last_line(text: &str) -> &str {
    text.trim().lines().last().unwrap_or("").trim()
}

/// "Term: 12 months, instalment R840.07": a payment and a term in months, but no count or
/// frequency of payments. When the level instalment of the principal at the stated annual
/// rate over that many months, plus the charges of each period, is the stated payment, the
/// figures say it: one payment a month, as many as the term's months.
pub(super) fn monthly_from_term(terms: &mut Terms) {
    if terms.installments.is_some() || terms.frequency.is_some() || terms.repayment.is_some() {
        return;
    }
    let (Some(pay), Some(term)) = (terms.payment.clone(), terms.term.clone()) else {
        return;
    };
    let Some(months) = term.months.filter(|m| (2..=600).contains(m)) else {
        return;
    };
    let Some(principal) = terms.principal.as_ref().map(|p| p.amount) else {
        return;
    };
    let Some(annual) = terms
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && !r.comprehensive)
        .and_then(|r| r.annual_percent)
    else {
        return;
    };
    let per_period: Decimal = terms
        .fees
        .iter()
        .filter(|f| f.timing == crate::model::FeeTiming::PerPeriod)
        .filter_map(|f| f.amount)
        .sum();
    let r = annual / Decimal::ONE_HUNDRED / Decimal::from(12);
    let Some(level) = annuity_payment(principal, r, months) else {
        return;
    };
    let expected = (level + per_period).round_dp(2);
    if (expected - pay.amount).abs() > Decimal::new(1, 2) {
        return;
    }
    let with_fees = if per_period.is_zero() {
        String::new()
    } else {
        format!(" plus {} charged each period", per_period.normalize())
    };
    terms.assumptions.push(format!(
        "no count or frequency of payments is stated: the payment {} is the level instalment of {} at {}% a year over the term's {} months{}, so it is paid monthly, {} times",
        pay.amount.normalize(),
        principal.normalize(),
        annual.normalize(),
        months,
        with_fees,
        months
    ));
    let evidence = term.evidence.clone();
    terms.installments = Some(crate::model::Count {
        count: months,
        evidence: evidence.clone(),
    });
    terms.frequency = Some(crate::model::FrequencyTerm {
        frequency: Frequency::Monthly,
        evidence: evidence.clone(),
    });
    terms.repayment = Some(crate::model::Repayment {
        method: crate::model::RepaymentMethod::EqualInstallment,
        evidence,
    });
}
