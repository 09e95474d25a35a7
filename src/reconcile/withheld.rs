//! What is taken from the principal at payout, told by the figures alone: the stated amount
//! received against the principal.
//! - A fee whose timing is not written, and whose amount is the principal less the amount
//!   received (alone or with the other such fees), is deducted at payout: the arithmetic says
//!   so whatever the words (an itemization, a payout slip, an IOU's "actually received").
//! - With no fee to explain the gap, no interest rate and nothing else taken, the gap is
//!   interest taken in advance.
//! - An amount received that is a small share of the principal, with nothing stated to
//!   explain the gap, is a misreading (an instalment, a fee) and is not taken.

use rust_decimal::Decimal;

use crate::compute::cost;
use crate::model::{Amount, Basis, Evidence, Fee, FeeTiming, Inferred, Terms};

/// Below this share of the principal, an amount received that nothing stated explains is a
/// misreading: no loan pays out a fifth of what it lends with no word on the rest.
const LEAST_PLAUSIBLE_SHARE: Decimal = Decimal::from_parts(2, 0, 0, false, 1);

/// Settle what the gap between the principal and the stated amount received is (see the
/// module docs). Run once the amount received is known or derived.
pub(super) fn settle(terms: &mut Terms) {
    received_among_figures(terms);
    let (Some(principal), Some(received)) = (terms.principal.clone(), terms.disbursed.clone())
    else {
        return;
    };
    if received.derived || principal.derived || received.amount <= Decimal::ZERO {
        return;
    }
    let gap = principal.amount - received.amount;
    let cent = Decimal::new(1, 2);
    if gap <= cent {
        return;
    }
    let taken = taken_at_payout(terms, principal.amount);
    let Some(left) = taken.map(|t| gap - t) else {
        return;
    };
    if left.abs() <= cent {
        return;
    }
    if let Some(fees) = open_fees_making(terms, principal.amount, left) {
        deduct(terms, &fees, &principal, &received);
        return;
    }
    if received.amount < principal.amount * LEAST_PLAUSIBLE_SHARE && left > Decimal::ZERO {
        terms.assumptions.push(format!(
            "the amount received read as {} («{}») is not taken: it is a small share of the principal {} and nothing the contract states is taken from the rest",
            received.amount.normalize(),
            received.evidence.text,
            principal.amount.normalize()
        ));
        terms.disbursed = None;
        super::disbursed::derive(terms);
        return;
    }
    if left == gap && nothing_else_charged(terms) {
        interest_in_advance(terms, gap, &principal, &received);
    }
}

/// No amount received is read, and a fee of no stated timing is priced: a figure the document
/// states that is exactly the principal less that fee (and is no other term's figure) is the
/// amount received, whatever its words ("the lender will send $2,304.00", 实际转入14550元).
fn received_among_figures(terms: &mut Terms) {
    if terms.disbursed.as_ref().is_some_and(|d| !d.derived) {
        return;
    }
    let Some(principal) = terms.principal.clone().filter(|p| !p.derived) else {
        return;
    };
    let fees: Vec<Decimal> = terms
        .fees
        .iter()
        .filter(|f| open(f))
        .filter_map(|f| once(f, principal.amount))
        .filter(|a| *a > Decimal::ZERO && *a * Decimal::TWO < principal.amount)
        .collect();
    if fees.is_empty() {
        return;
    }
    let others: Vec<Decimal> = [
        &terms.payment,
        &terms.last_payment,
        &terms.total_of_payments,
        &terms.finance_charge,
        &terms.total_interest,
    ]
    .into_iter()
    .flatten()
    .map(|a| a.amount)
    .collect();
    let found: Vec<&crate::model::Figure> = terms
        .candidates
        .iter()
        .filter(|f| f.amount.currency == principal.currency || f.amount.currency.is_empty())
        .filter(|f| !others.contains(&f.amount.amount))
        .filter(|f| {
            fees.iter()
                .any(|a| principal.amount - *a == f.amount.amount)
        })
        .collect();
    let Some(first) = found.first() else {
        return;
    };
    // Two different amounts would each fit one fee: the figures do not tell which is paid out.
    if found.iter().any(|f| f.amount.amount != first.amount.amount) {
        return;
    }
    let received = Amount {
        derived: false,
        ..first.amount.clone()
    };
    terms.inferred.push(Inferred {
        field: "disbursed".into(),
        value: received.amount.normalize().to_string(),
        reason: format!(
            "no label names the amount received; {} («{}») is the principal {} less a fee the contract states",
            received.amount.normalize(),
            received.evidence.text,
            principal.amount.normalize()
        ),
        evidence: vec![received.evidence.clone(), principal.evidence.clone()],
    });
    terms.disbursed = Some(received);
}

/// What the fees deducted at payout and the interest taken in advance come to; `None` when
/// one of them cannot be priced (a blank amount).
fn taken_at_payout(terms: &Terms, principal: Decimal) -> Option<Decimal> {
    let mut taken = terms
        .interest_deducted
        .as_ref()
        .map_or(Decimal::ZERO, |i| i.amount)
        + terms
            .deposit_returned
            .as_ref()
            .map_or(Decimal::ZERO, |d| d.amount);
    for f in terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
    {
        taken += once(f, principal)?;
    }
    Some(taken)
}

/// A fee's one amount: stated, or its share of the principal.
fn once(f: &Fee, principal: Decimal) -> Option<Decimal> {
    f.amount.or_else(|| {
        f.percent
            .filter(|_| matches!(f.basis, None | Some(Basis::Principal)) && f.per.is_none())
            .map(|p| principal * p / Decimal::ONE_HUNDRED)
    })
}

/// Fees of no stated timing that a payout could take (priced, not a default charge).
fn open(f: &Fee) -> bool {
    f.timing == FeeTiming::Other
        && !f.amount_blank
        && !f.kind.on_default_or_prepayment()
        && f.due_date.is_none()
}

/// Words that pay a fee apart from the loan (另行支付, 单独缴纳, paid separately): such a fee is
/// not taken from the payout whatever the figures.
static PAID_APART: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::pattern::regex(
        r"(?i)另行|另外|单独|自行|额外支付|线下|现金支付|不从[^,，。;；]{0,8}扣|不在[^,，。;；]{0,8}扣|separately|out of pocket|in cash|not (?:deducted|withheld|taken) from",
    )
    .expect("static regex")
});

/// A fee collected when the loan is paid out (放款时一次性收取, 于放款当日收取, charged at
/// funding) without words that pay it apart: the stated amount received tells whether the
/// payout took it.
fn collected_at_payout(f: &Fee) -> bool {
    f.timing == FeeTiming::UpfrontPaid
        && !f.amount_blank
        && !f.kind.on_default_or_prepayment()
        && f.due_date.is_none()
        && !PAID_APART.is_match(&f.evidence.text)
}

/// The fees of no stated timing (or collected at payout) whose amounts make `left`: one of
/// them, else all together.
fn open_fees_making(terms: &Terms, principal: Decimal, left: Decimal) -> Option<Vec<usize>> {
    let priced: Vec<(usize, Decimal)> = terms
        .fees
        .iter()
        .enumerate()
        .filter(|(_, f)| open(f) || collected_at_payout(f))
        .filter_map(|(i, f)| Some((i, once(f, principal)?)))
        .filter(|(_, a)| *a > Decimal::ZERO)
        .collect();
    let cent = Decimal::new(1, 2);
    let singles: Vec<usize> = priced
        .iter()
        .filter(|(_, a)| (*a - left).abs() <= cent)
        .map(|(i, _)| *i)
        .collect();
    if singles.len() == 1 {
        return Some(singles);
    }
    if !singles.is_empty() {
        // Two fees of the same amount: which one is taken is not told by the figures.
        return None;
    }
    let all: Decimal = priced.iter().map(|(_, a)| *a).sum();
    (priced.len() > 1 && (all - left).abs() <= cent).then(|| priced.iter().map(|p| p.0).collect())
}

fn deduct(terms: &mut Terms, fees: &[usize], principal: &Amount, received: &Amount) {
    for &k in fees {
        let Some(fee) = terms.fees.get_mut(k) else {
            continue;
        };
        fee.timing = FeeTiming::UpfrontDeducted;
        let name = cost::fee_label(fee);
        let evidence: Vec<Evidence> = vec![
            fee.evidence.clone(),
            principal.evidence.clone(),
            received.evidence.clone(),
        ];
        terms.inferred.push(Inferred {
            field: "fee_timing".into(),
            value: format!("{name}: upfront_deducted"),
            reason: format!(
                "the {name} (the contract does not say it is paid apart from the loan): deducted at payout, since the principal {} less the amount received {} is what the fee(s) come to",
                principal.amount.normalize(),
                received.amount.normalize()
            ),
            evidence,
        });
    }
}

/// No interest rate, no stated cost of credit and no charge but default ones: nothing else
/// the gap could be.
fn nothing_else_charged(terms: &Terms) -> bool {
    cost::interest_rate(terms).is_none()
        && terms.total_interest.is_none()
        && terms.finance_charge.is_none()
        && terms
            .fees
            .iter()
            .all(|f| f.kind.on_default_or_prepayment() || f.timing == FeeTiming::OnDefault)
}

fn interest_in_advance(terms: &mut Terms, gap: Decimal, principal: &Amount, received: &Amount) {
    terms.interest_deducted = Some(Amount {
        amount: gap.normalize(),
        currency: principal.currency.clone(),
        evidence: received.evidence.clone(),
        derived: true,
    });
    terms.inferred.push(Inferred {
        field: "interest_deducted".into(),
        value: gap.normalize().to_string(),
        reason: format!(
            "no rate and no fee is stated, yet the amount received {} is less than the principal {}: the {} kept back is interest taken in advance",
            received.amount.normalize(),
            principal.amount.normalize(),
            gap.normalize()
        ),
        evidence: vec![principal.evidence.clone(), received.evidence.clone()],
    });
}
