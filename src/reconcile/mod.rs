//! Stage 2½, reconcile: square every figure the contract states with the schedules that could
//! produce it, for both languages, after extraction and before the verdicts.
//!
//! Each plausible reading of the open terms (today: the repayment method when the contract
//! does not state it) is priced once. Readings that do not reproduce the stated figures
//! (instalment, totals, interest, finance charge, printed schedule rows) within a cent per
//! instalment are dropped; a single survivor is an inferred term, written down with the
//! figures it came from. Figures no reading reproduces are an inconsistency. When several
//! readings survive, no default chooses between them: the caller prices and checks each.
//!
//! A principal no label names (or one the stated figures contradict) is chosen the same way,
//! among every money figure of the document (`candidates.rs`): only a unique figure that
//! reproduces the stated ones becomes the principal.

mod actual_days;
mod alternatives;
mod candidates;
mod contradictions;
mod count_equal_principal;
mod dates;
mod disbursed;
mod fee_is_instalment;
mod fee_timing;
pub mod figures;
mod gross_or_net;
mod interest_again;
pub use interest_again::INTEREST_TAKEN_AT_PAYOUT;
mod interest_kept;
mod method_check;
mod rate_from_apr;
mod rate_from_payment;
mod rate_override;
mod rates;
mod rates_disagree;
mod row_method;
mod shape;
mod term_from_interest;
mod withheld;
mod year_length;

use rust_decimal::Decimal;

use crate::compute::apr::Method;
use crate::compute::cost::{self, CostError, LoanCost};
use crate::model::{
    Basis, FeeTiming, Frequency, Inconsistency, Inferred, Per, Repayment, RepaymentMethod, Terms,
};

/// The `Inconsistency.kind` of stated figures that no schedule reproduces.
pub const FIGURES_MISMATCH: &str = "stated-figures-mismatch";

/// One plausible reading of the contract, priced.
#[derive(Debug, Clone)]
pub struct Reading {
    /// The reading in words (`等额本息 (equal_installment)`); empty when it is the only one.
    pub label: String,
    /// The terms as this reading takes them.
    pub terms: Terms,
    pub cost: Result<LoanCost, CostError>,
}

/// The reconciled contract.
#[derive(Debug, Clone)]
pub struct Reconciled {
    /// The terms to report: as extracted, plus the derived amount received, inferred terms
    /// and inconsistencies.
    pub terms: Terms,
    /// The plausible readings, at least one.
    pub readings: Vec<Reading>,
    /// What the cost depends on, when the readings differ or a charge cannot be priced.
    pub depends_on: Vec<String>,
    /// A fee taken at payout has a blank amount: the cost is only a lower bound.
    pub upper_unknown: bool,
    /// The entries of `depends_on` that are open terms read more than one way (the rest are
    /// blank charges): moot when the readings turn out to agree.
    pub open_terms: Vec<String>,
}

impl Reconciled {
    /// Keep only the readings at `keep` (indices, in order). When one is left, the open terms
    /// no longer matter and leave `depends_on`.
    pub fn keep_readings(&mut self, keep: &[usize]) {
        let mut k = 0;
        self.readings.retain(|_| {
            k += 1;
            keep.contains(&(k - 1))
        });
        if self.readings.len() == 1 {
            if let Some(only) = self.readings.first_mut() {
                only.label.clear();
            }
            let open = std::mem::take(&mut self.open_terms);
            self.depends_on.retain(|d| !open.contains(d));
        }
    }
}

/// Reconcile extracted terms and price every plausible reading under `method`.
pub fn reconcile(extracted: Terms, method: Method) -> Reconciled {
    let mut terms = extracted;
    disbursed::derive(&mut terms);
    withheld::settle(&mut terms);
    fee_is_instalment::settle(&mut terms);
    dates::term_from_dates(&mut terms);
    term_from_interest::infer(&mut terms);
    shape::complete(&mut terms);
    actual_days::settle(&mut terms);
    let mut depends_on = Vec::new();
    gross_or_net::settle(&mut terms, method, &mut depends_on);
    if candidates::principal(&mut terms, method) {
        disbursed::derive(&mut terms);
    }
    year_length::settle(&mut terms, method);
    row_method::infer(&mut terms);
    rate_from_apr::infer(&mut terms);
    rate_from_payment::infer(&mut terms);
    rates::settle(&mut terms, method);
    method_check::settle(&mut terms, method);
    let blank_deducted: Vec<String> = terms
        .fees
        .iter()
        .filter(|f| f.amount_blank && f.timing == FeeTiming::UpfrontDeducted)
        .map(crate::compute::cost::fee_label)
        .collect();
    for name in &blank_deducted {
        depends_on.push(format!(
            "the amount of {name}, deducted at payout but left blank in the contract"
        ));
    }
    let mut open_terms = Vec::new();
    let mut readings = if cost::complete_rows(&terms).is_some() {
        vec![Reading {
            label: String::new(),
            cost: cost::from_stated_rows(&terms, method),
            terms: terms.clone(),
        }]
    } else {
        let mut open = Vec::new();
        let readings = choose(&mut terms, method, &mut open);
        shape::single_payment_count(&mut terms);
        let equal_parts = repaid_in_equal_parts(&terms).is_some();
        let mut notes = Vec::new();
        let readings =
            alternatives::widen(&terms, readings, method, equal_parts, &mut open, &mut notes);
        terms.assumptions.extend(notes);
        let readings = fee_timing::widen(&mut terms, readings, method, &mut open);
        let readings = interest_again::settle(&mut terms, readings, method);
        let readings = interest_kept::settle(&mut terms, readings, method);
        depends_on.extend(open.iter().cloned());
        open_terms = open;
        readings
    };
    contradictions::find(&mut terms, &mut readings);
    rates_disagree::find(&mut terms, &mut readings);
    let left_out = left_out_of_cost(&readings, &blank_deducted, &mut depends_on);
    Reconciled {
        terms,
        readings,
        depends_on,
        upper_unknown: !blank_deducted.is_empty() || left_out,
        open_terms,
    }
}

/// A charge some reading could not price (its timing, amount or basis unclear) is left out of
/// that reading's flows: the cost is then at least the one computed, never exactly it. Says
/// so in `depends_on` (blank deducted fees are said already) and tells whether any was.
fn left_out_of_cost(
    readings: &[Reading],
    blank_deducted: &[String],
    depends_on: &mut Vec<String>,
) -> bool {
    let mut names: Vec<&String> = Vec::new();
    for name in readings
        .iter()
        .filter_map(|r| r.cost.as_ref().ok())
        .flat_map(|c| &c.left_out)
    {
        if !names.contains(&name) && !blank_deducted.contains(name) {
            names.push(name);
        }
    }
    for name in &names {
        depends_on.push(format!(
            "the {name}: the contract does not say enough to price it, so the cost leaves it out"
        ));
    }
    !names.is_empty()
}

/// The repayment methods a contract could mean when it does not say.
pub(super) fn method_candidates(terms: &Terms) -> Vec<RepaymentMethod> {
    use RepaymentMethod::*;
    if let Some(m) = terms.repayment.as_ref().map(|r| r.method) {
        if m != Other {
            return vec![m];
        }
    }
    let count = terms.installments.as_ref().map(|c| c.count);
    let term = terms.term.as_ref();
    let single = count == Some(1)
        || terms.frequency.as_ref().map(|f| f.frequency) == Some(Frequency::Single)
        || (count.is_none() && term.is_some_and(|t| t.months.is_none() && t.days.is_some()))
        || (count.is_none() && term.and_then(|t| t.months) == Some(1));
    if repaid_in_equal_parts(terms).is_some() {
        return vec![EqualInstallment];
    }
    let periodic: Vec<RepaymentMethod> = [EqualInstallment, EqualPrincipal, InterestOnly, FlatRate]
        .into_iter()
        .filter(|m| *m != InterestOnly || !instalment_alone(terms))
        .collect();
    match count {
        _ if single => vec![Bullet],
        Some(_) => periodic,
        None if term.is_some() => [Bullet].into_iter().chain(periodic).collect(),
        None => periodic,
    }
}

/// No rate and no figure but the instalment: reading the instalment as interest alone would
/// leave the whole principal to a last payment that nothing states, so that reading is not
/// offered; the level instalment is.
fn instalment_alone(terms: &Terms) -> bool {
    cost::interest_rate(terms).is_none()
        && terms.payment.is_some()
        && figures::stated(terms).len() == 1
        && terms.stated_schedule.is_empty()
}

/// No rate (or a zero rate) is stated, and the stated instalment less the per-period charges, times the number
/// of instalments, is the principal (545 × 12 = 6,000 + 12 × 45): the principal is repaid in
/// equal parts with no interest beyond the charges. Returns the charge per period.
fn repaid_in_equal_parts(terms: &Terms) -> Option<Decimal> {
    if cost::interest_rate(terms).is_some_and(|r| !r.value.is_zero()) {
        return None;
    }
    let principal = terms.principal.as_ref()?.amount;
    let payment = terms.payment.as_ref()?.amount;
    let n = Decimal::from(terms.installments.as_ref()?.count);
    let charge = per_period_charge(terms)?;
    let tolerance = Decimal::new(1, 2) * n;
    ((payment - charge) * n - principal)
        .abs()
        .le(&tolerance)
        .then_some(charge)
}

/// The charges of every period, when each is a fixed amount or a share of the principal
/// (zero without per-period charges); `None` when one depends on the balance or is unclear.
pub(crate) fn per_period_charge(terms: &Terms) -> Option<Decimal> {
    let principal = terms.principal.as_ref()?.amount;
    let mut charge = Decimal::ZERO;
    for f in terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::PerPeriod)
    {
        let once = matches!(f.per, None | Some(Per::Month) | Some(Per::Once));
        let of_principal = matches!(f.basis, None | Some(Basis::Principal));
        charge += match (f.amount, f.percent) {
            (Some(a), _) if once => a,
            (None, Some(p)) if once && of_principal => principal * p / Decimal::ONE_HUNDRED,
            _ => return None,
        };
    }
    Some(charge)
}

fn method_words(m: RepaymentMethod) -> &'static str {
    match m {
        RepaymentMethod::EqualInstallment => "等额本息 (equal instalments)",
        RepaymentMethod::EqualPrincipal => "等额本金 (equal principal)",
        RepaymentMethod::InterestOnly => "先息后本 (interest only, principal at the end)",
        RepaymentMethod::Bullet => "到期一次性还本付息 (one payment at maturity)",
        RepaymentMethod::FlatRate => "等本等息 (flat interest on the original principal)",
        RepaymentMethod::Other => "another method",
    }
}

/// Price each candidate method; keep those that reproduce the stated figures.
fn choose(terms: &mut Terms, method: Method, depends_on: &mut Vec<String>) -> Vec<Reading> {
    let stated_method = terms
        .repayment
        .as_ref()
        .is_some_and(|r| r.method != RepaymentMethod::Other);
    let zero_level = !stated_method && zero_rate_level(terms);
    let candidates = if zero_level {
        vec![RepaymentMethod::EqualInstallment]
    } else {
        method_candidates(terms)
    };
    let priced: Vec<(RepaymentMethod, Reading, Vec<figures::Mismatch>)> = candidates
        .iter()
        .map(|&m| {
            let mut t = terms.clone();
            if !stated_method {
                t.repayment = Some(Repayment {
                    method: m,
                    evidence: terms
                        .payment
                        .as_ref()
                        .map(|p| p.evidence.clone())
                        .or_else(|| terms.principal.as_ref().map(|p| p.evidence.clone()))
                        .unwrap_or_else(empty_evidence),
                });
            }
            let cost = cost::assess(&t, method);
            let misses = cost
                .as_ref()
                .map(|c| figures::mismatches(terms, c))
                .unwrap_or_default();
            let label = if stated_method {
                String::new()
            } else {
                method_words(m).to_string()
            };
            (
                m,
                Reading {
                    label,
                    terms: t,
                    cost,
                },
                misses,
            )
        })
        .collect();
    let fits: Vec<usize> = (0..priced.len())
        .filter(|&k| priced[k].1.cost.is_ok() && priced[k].2.is_empty())
        .collect();
    let fits = agreeing_with_rate(terms, &priced, fits, method);
    let far = far_readings(&priced, method);
    let fits = not_overriding_the_rate(terms, &priced, fits, &far);
    let checked = !figures::stated(terms).is_empty() || !terms.stated_schedule.is_empty();
    let fitted = !fits.is_empty();
    let keep: Vec<usize> = if fits.is_empty() {
        record_mismatches(terms, &priced);
        // A reading that follows the instalment against the rate is not one of the range,
        // when a reading at the rate is left.
        let near: Vec<usize> = (0..priced.len()).filter(|k| far[*k].is_none()).collect();
        if near.is_empty() {
            (0..priced.len()).collect()
        } else {
            near
        }
    } else {
        fits
    };
    let several = fitted && keep.len() > 1;
    if let Some(charge) = repaid_in_equal_parts(terms) {
        note_equal_parts(terms, charge);
    } else if zero_level {
        name_zero_rate_level(terms);
    } else if !stated_method && candidates == [RepaymentMethod::Bullet] && fitted {
        one_payment(terms);
    } else if keep.len() == 1 && priced.len() > 1 && checked {
        let (m, _, _) = &priced[keep[0]];
        infer_method(terms, *m);
    }
    let mut readings: Vec<Reading> = keep.into_iter().map(|k| priced[k].1.clone()).collect();
    dedupe_by_cost(&mut readings);
    // Level payments that several methods reproduce alike (no rate to tell them apart): the
    // level reading is named, with the figures that decide it.
    if several
        && readings.len() == 1
        && !stated_method
        && terms.payment.is_some()
        && cost::interest_rate(terms).is_none()
    {
        level_instalment(terms);
    }
    if readings.len() > 1 {
        depends_on.push("the repayment method, which the contract does not state".into());
    } else if let Some(only) = readings.first_mut() {
        if !stated_method && priced.len() > 1 {
            only.label.clear();
        }
    }
    readings
}

/// With a rate stated, a reading that reproduces the stated instalment only by letting it
/// override the rate (382.63 a week read as interest alone on 3,000) gives way to one where
/// rate and instalment agree, when there is one.
fn agreeing_with_rate(
    terms: &Terms,
    priced: &[(RepaymentMethod, Reading, Vec<figures::Mismatch>)],
    fits: Vec<usize>,
    method: Method,
) -> Vec<usize> {
    if fits.len() < 2 || terms.payment.is_none() || cost::interest_rate(terms).is_none() {
        return fits;
    }
    let agree: Vec<usize> = fits
        .iter()
        .copied()
        .filter(|&k| {
            let mut t = priced[k].1.terms.clone();
            t.payment = None;
            cost::assess(&t, method).is_ok_and(|c| figures::mismatches(terms, &c).is_empty())
        })
        .collect();
    if agree.is_empty() { fits } else { agree }
}

/// A fit that reproduces the stated instalment only by charging interest far from the stated
/// rate's is no fit: when every fit is such, none is, and the disagreement is recorded.
fn not_overriding_the_rate(
    terms: &mut Terms,
    priced: &[(RepaymentMethod, Reading, Vec<figures::Mismatch>)],
    fits: Vec<usize>,
    far: &[Option<(Decimal, Decimal)>],
) -> Vec<usize> {
    if fits.iter().any(|&k| far[k].is_none()) {
        return fits.into_iter().filter(|&k| far[k].is_none()).collect();
    }
    if let Some((k, Some((stated, by_rate)))) = fits.first().map(|&k| (k, far[k])) {
        rate_override::record(terms, &priced[k].1.label, stated, by_rate);
    }
    Vec::new()
}

/// For each priced reading, whether it charges interest far from the stated rate's (see
/// [`rate_override::far_from_rate`]).
fn far_readings(
    priced: &[(RepaymentMethod, Reading, Vec<figures::Mismatch>)],
    method: Method,
) -> Vec<Option<(Decimal, Decimal)>> {
    priced
        .iter()
        .map(|(_, r, _)| {
            r.cost
                .as_ref()
                .ok()
                .and_then(|c| rate_override::far_from_rate(&r.terms, c, method))
        })
        .collect()
}

/// Readings with the same cost are one reading: the open term does not matter.
fn dedupe_by_cost(readings: &mut Vec<Reading>) {
    let key = |r: &Reading| {
        r.cost
            .as_ref()
            .ok()
            .map(|c| (c.apr.nominal_percent, c.apr.effective_percent))
    };
    let mut seen: Vec<Option<(Decimal, Decimal)>> = Vec::new();
    readings.retain(|r| {
        let k = key(r);
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
    // A reading that cannot be priced adds nothing when another can.
    if readings.iter().any(|r| r.cost.is_ok()) {
        readings.retain(|r| r.cost.is_ok());
    }
}

/// A stated zero rate, no method, and a level instalment over several periods: every method
/// that pays level instalments gives the same schedule at a zero rate (interest alone would
/// leave the principal to the end, which the level instalment rules out).
fn zero_rate_level(terms: &Terms) -> bool {
    figures::stated_zero_interest(terms).is_some()
        && terms.payment.is_some()
        && terms.installments.as_ref().is_some_and(|c| c.count > 1)
        && repaid_in_equal_parts(terms).is_none()
}

fn name_zero_rate_level(terms: &mut Terms) {
    let (Some(zero), Some(pay)) = (figures::stated_zero_interest(terms), terms.payment.as_ref())
    else {
        return;
    };
    let evidence = vec![zero.evidence.clone(), pay.evidence.clone()];
    let reason = format!(
        "the repayment method is not stated; at the stated zero rate every method of level instalments ({}) gives the same schedule, priced as {}",
        pay.amount,
        method_words(RepaymentMethod::EqualInstallment)
    );
    let pay_evidence = pay.evidence.clone();
    priced_as_level(terms, pay_evidence, reason, evidence);
}

/// The method is named as equal instalments, with the reason and the figures it rests on.
fn priced_as_level(
    terms: &mut Terms,
    pay_evidence: crate::model::Evidence,
    reason: String,
    evidence: Vec<crate::model::Evidence>,
) {
    terms.repayment = Some(Repayment {
        method: RepaymentMethod::EqualInstallment,
        evidence: pay_evidence,
    });
    terms.inferred.push(Inferred {
        field: "repayment".into(),
        value: "equal_installment".into(),
        reason,
        evidence,
    });
}

/// The methods that fit all give the same flows: the stated instalment, level each period with
/// no rate stated, is priced as equal instalments, and the method is reported as such.
fn level_instalment(terms: &mut Terms) {
    let (Some(pay), Some(n)) = (terms.payment.as_ref(), terms.installments.as_ref()) else {
        return;
    };
    let evidence = vec![pay.evidence.clone(), n.evidence.clone()];
    let reason = format!(
        "no repayment method and no rate are stated; {} instalments of {} are level, priced as {}: every method that fits gives the same payments",
        n.count,
        pay.amount,
        method_words(RepaymentMethod::EqualInstallment)
    );
    let pay_evidence = pay.evidence.clone();
    priced_as_level(terms, pay_evidence, reason, evidence);
}

fn note_equal_parts(terms: &mut Terms, charge: Decimal) {
    let (Some(p), Some(pay), Some(n)) = (
        terms.principal.as_ref(),
        terms.payment.as_ref(),
        terms.installments.as_ref(),
    ) else {
        return;
    };
    let none = if cost::interest_rate(terms).is_some() {
        "the contract charges no interest"
    } else {
        "no interest rate is stated"
    };
    let reason = format!(
        "{none}; {} × {} = {} + {} × {charge}: the principal is repaid in equal parts, with no interest beyond the per-period charge",
        pay.amount, n.count, p.amount, n.count
    );
    let method_reason = format!(
        "the repayment method is not stated; {} × {} less the per-period charge {charge} repays {} in equal parts",
        pay.amount, n.count, p.amount
    );
    let pay_evidence = pay.evidence.clone();
    let mut evidence = vec![p.evidence.clone(), pay.evidence.clone(), n.evidence.clone()];
    evidence.extend(
        terms
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::PerPeriod)
            .map(|f| f.evidence.clone()),
    );
    if terms.repayment.is_none() {
        // The principal in equal parts, no interest: 等额本金 at a zero rate (the same payments
        // as any other level reading).
        terms.repayment = Some(Repayment {
            method: RepaymentMethod::EqualPrincipal,
            evidence: pay_evidence,
        });
        terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "equal_principal".into(),
            reason: method_reason,
            evidence: evidence.clone(),
        });
    }
    terms.inferred.push(Inferred {
        field: "interest".into(),
        value: "0".into(),
        reason,
        evidence,
    });
}

/// Nothing but one payment fits the terms (one instalment, a term in days or a month with no
/// count): the method is the bullet, said with the terms it rests on.
fn one_payment(terms: &mut Terms) {
    let count = terms.installments.as_ref().filter(|c| c.count == 1);
    let (why, evidence) = if let Some(c) = count {
        ("one instalment", c.evidence.clone())
    } else if let Some(f) = terms
        .frequency
        .as_ref()
        .filter(|f| f.frequency == Frequency::Single)
    {
        ("one payment at maturity", f.evidence.clone())
    } else if let Some(t) = terms.term.as_ref() {
        ("a term with no instalments", t.evidence.clone())
    } else {
        return;
    };
    let mut quoted = vec![evidence.clone()];
    let total = terms.total_of_payments.as_ref().map(|t| {
        quoted.push(t.evidence.clone());
        format!(" and one sum due, {}", t.amount)
    });
    terms.repayment = Some(Repayment {
        method: RepaymentMethod::Bullet,
        evidence,
    });
    terms.inferred.push(Inferred {
        field: "repayment".into(),
        value: "bullet".into(),
        reason: format!(
            "the repayment method is not stated; {why}{}: {}",
            total.unwrap_or_default(),
            method_words(RepaymentMethod::Bullet)
        ),
        evidence: quoted,
    });
}

fn infer_method(terms: &mut Terms, m: RepaymentMethod) {
    let figures = figures::stated(terms);
    let named: Vec<String> = figures
        .iter()
        .map(|(w, a)| format!("{w} {}", a.amount))
        .collect();
    let evidence = figures.iter().map(|(_, a)| a.evidence.clone()).collect();
    let value = serde_json::to_value(m)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let quoted = figures
        .first()
        .map(|(_, a)| a.evidence.clone())
        .or_else(|| terms.stated_schedule.first().map(|r| r.evidence.clone()));
    if let Some(evidence) = quoted {
        terms.repayment = Some(Repayment {
            method: m,
            evidence,
        });
    }
    terms.inferred.push(Inferred {
        field: "repayment".into(),
        value,
        reason: format!(
            "the repayment method is not stated; only {} reproduces {}",
            method_words(m),
            if named.is_empty() {
                "the printed schedule".to_string()
            } else {
                named.join(", ")
            }
        ),
        evidence,
    });
}

/// No reading reproduces the stated figures: each figure that the (first) reading misses is an
/// inconsistency quoting the figure and what the other terms give.
fn record_mismatches(
    terms: &mut Terms,
    priced: &[(RepaymentMethod, Reading, Vec<figures::Mismatch>)],
) {
    let Some((_, reading, misses)) = priced.iter().find(|(_, r, _)| r.cost.is_ok()) else {
        return;
    };
    let basis = basis_quote(&reading.terms);
    let all = if priced.len() > 1 {
        " under any repayment method"
    } else {
        ""
    };
    for miss in misses {
        terms.inconsistencies.push(Inconsistency {
            kind: FIGURES_MISMATCH.into(),
            message: format!(
                "{} {} («{}») does not follow from the other terms{all}: they give {} ({basis})",
                miss.what, miss.stated, miss.evidence.text, miss.computed
            ),
            evidence: miss.evidence.clone(),
        });
    }
}

/// The terms a computed figure rests on, quoted.
fn basis_quote(terms: &Terms) -> String {
    let mut parts = Vec::new();
    if let Some(p) = terms.principal.as_ref() {
        parts.push(format!("principal «{}»", p.evidence.text));
    }
    if let Some(r) = crate::compute::cost::interest_rate(terms) {
        parts.push(format!("rate «{}»", r.evidence.text));
    }
    if let Some(m) = terms
        .repayment
        .as_ref()
        .filter(|m| !m.evidence.text.is_empty())
    {
        parts.push(format!("method «{}»", m.evidence.text));
    }
    parts.join(", ")
}

fn empty_evidence() -> crate::model::Evidence {
    crate::model::Evidence {
        page: None,
        text: String::new(),
        start: 0,
        end: 0,
        low_confidence: false,
        ..Default::default()
    }
}
