//! Does a schedule reproduce the figures the contract states? Within rounding: a cent per
//! instalment.

use rust_decimal::Decimal;

use crate::compute::cost::LoanCost;
use crate::model::{Amount, Evidence, RateKind, Terms};

/// A stated figure the schedule does not reproduce.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// What the figure is (`the stated instalment`, `the total interest`).
    pub what: &'static str,
    pub stated: Decimal,
    pub computed: Decimal,
    pub evidence: Evidence,
}

/// The stated figures that decided a reading, for notes: (name, amount, evidence).
pub fn stated(terms: &Terms) -> Vec<(&'static str, &Amount)> {
    [
        ("the stated instalment", terms.payment.as_ref()),
        ("the total of payments", terms.total_of_payments.as_ref()),
        ("the total interest", terms.total_interest.as_ref()),
        ("the finance charge", terms.finance_charge.as_ref()),
    ]
    .into_iter()
    .filter_map(|(w, a)| a.map(|a| (w, a)))
    .collect()
}

/// A stated zero interest rate (免息, 0%, "no interest is charged") is a stated figure: the
/// interest over the term is zero, and a reading that charges interest (by letting a stated
/// instalment override the rate) does not reproduce it.
pub(crate) fn stated_zero_interest(terms: &Terms) -> Option<Amount> {
    let rate = terms
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest && !r.comprehensive && r.value.is_zero())?;
    Some(Amount {
        amount: Decimal::ZERO,
        currency: terms
            .principal
            .as_ref()
            .map(|p| p.currency.clone())
            .unwrap_or_default(),
        evidence: rate.evidence.clone(),
        derived: false,
    })
}

/// The figures that decided a reading, each in words with its quote (`the total of payments
/// 10200 («到期应还 10,200.00元»)`).
pub(super) fn quoted(decided_by: &[Mismatch]) -> Vec<String> {
    decided_by
        .iter()
        .map(|m| {
            format!(
                "{} {} («{}»)",
                m.what,
                m.stated.normalize(),
                m.evidence.text
            )
        })
        .collect()
}

/// Every stated figure `cost` does not reproduce.
pub fn mismatches(terms: &Terms, cost: &LoanCost) -> Vec<Mismatch> {
    let rows = &cost.schedule.rows;
    let tolerance = Decimal::new(1, 2) * Decimal::from(rows.len().max(1) as u64);
    let near = |a: Decimal, b: Decimal, tol: Decimal| (a - b).abs() <= tol;
    let cent = Decimal::new(1, 2);
    let mut out = Vec::new();
    let mut check = |what: &'static str, stated: &Amount, computed: Decimal, ok: bool| {
        if !ok {
            out.push(Mismatch {
                what,
                stated: stated.amount,
                computed,
                evidence: stated.evidence.clone(),
            });
        }
    };
    if let (Some(p), Some(first)) = (terms.payment.as_ref(), rows.first()) {
        let pi = first.principal + first.interest;
        let ok = near(p.amount, pi, cent) || near(p.amount, first.total, cent);
        check("the stated instalment", p, first.total, ok);
    }
    // A last payment stated apart (a balloon): a reading that ends otherwise (the principal
    // alone at the end) does not reproduce it.
    if let (Some(l), Some(last)) = (terms.last_payment.as_ref(), rows.last())
        && rows.len() >= 2
    {
        let within = Decimal::new(2, 2) * Decimal::from(rows.len() as u64);
        let ok = near(l.amount, last.total, within)
            || near(l.amount, last.principal + last.interest, within);
        check("the stated last payment", l, last.total, ok);
    }
    let paid: Decimal = rows.iter().map(|r| r.total).sum();
    if let Some(t) = terms.total_of_payments.as_ref() {
        let pi: Decimal = rows.iter().map(|r| r.principal + r.interest).sum();
        let ok = near(t.amount, paid, tolerance)
            || near(t.amount, pi, tolerance)
            || near(t.amount, cost.total_repayable, tolerance);
        check("the total of payments", t, paid, ok);
    }
    if let Some(i) = terms.total_interest.as_ref() {
        let ok = near(i.amount, cost.total_interest, tolerance);
        check("the total interest", i, cost.total_interest, ok);
    } else if let Some(zero) = stated_zero_interest(terms) {
        let ok = near(Decimal::ZERO, cost.total_interest, tolerance);
        check("the stated zero interest", &zero, cost.total_interest, ok);
    }
    if let Some(f) = terms.finance_charge.as_ref() {
        let charge = cost.total_repayable - cost.net_disbursed;
        let ok = near(f.amount, charge, tolerance)
            || near(f.amount, cost.total_interest + cost.total_fees, tolerance)
            || near(f.amount, cost.total_interest, tolerance);
        check("the finance charge", f, charge, ok);
    }
    for stated in &terms.stated_schedule {
        let Some(row) = rows.get(stated.index.saturating_sub(1) as usize) else {
            continue;
        };
        if let Some(total) = stated.total {
            if !near(total, row.total, cent) && !near(total, row.principal + row.interest, cent) {
                out.push(Mismatch {
                    what: "a row of the printed schedule",
                    stated: total,
                    computed: row.total,
                    evidence: stated.evidence.clone(),
                });
            }
        }
    }
    out
}

/// The readings re-priced with `alter` applied, when every reading misses some stated figure as
/// it is and none misses any after (the figures decide for the altered reading), with the
/// mismatches that decided (each figure once). `None` when a reading already fits, cannot be
/// priced, or still misses a figure after.
pub(super) fn only_altered_fits(
    terms: &Terms,
    readings: &[super::Reading],
    method: crate::compute::apr::Method,
    alter: impl Fn(&mut Terms),
) -> Option<(Vec<super::Reading>, Vec<Mismatch>)> {
    let missed = |r: &super::Reading| r.cost.as_ref().ok().map(|c| mismatches(terms, c));
    let mut priced_all = Vec::with_capacity(readings.len());
    let mut decided_by: Vec<Mismatch> = Vec::new();
    for r in readings {
        let before = missed(r)?;
        if before.is_empty() {
            return None;
        }
        let mut t = r.terms.clone();
        alter(&mut t);
        t.inconsistencies
            .retain(|i| i.kind != super::FIGURES_MISMATCH);
        let priced = super::Reading {
            label: r.label.clone(),
            cost: crate::compute::cost::assess(&t, method),
            terms: t,
        };
        if !missed(&priced).is_some_and(|m| m.is_empty()) {
            return None;
        }
        for m in before {
            if !decided_by.iter().any(|d| d.what == m.what) {
                decided_by.push(m);
            }
        }
        priced_all.push(priced);
    }
    Some((priced_all, decided_by))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::{dec, ev, money, rate};
    use crate::compute::apr::Method;
    use crate::compute::cost::assess;
    use crate::model::{Count, Frequency, FrequencyTerm, Per, Repayment, RepaymentMethod};

    /// 6,000 over 12 months, level instalments of 530: read with the rate the instalment
    /// implies, the schedule charges 360 of interest.
    fn twelve_of_530(rate_text: &str) -> Terms {
        Terms {
            principal: Some(money("6000", "CNY")),
            payment: Some(money("530", "CNY")),
            installments: Some(Count {
                count: 12,
                evidence: ev("12期"),
            }),
            frequency: Some(FrequencyTerm {
                frequency: Frequency::Monthly,
                evidence: ev("每月"),
            }),
            repayment: Some(Repayment {
                method: RepaymentMethod::EqualInstallment,
                evidence: ev("每期"),
            }),
            rates: vec![rate(RateKind::Interest, "0", Per::Year, rate_text)],
            ..Terms::default()
        }
    }

    #[test]
    fn a_stated_zero_interest_is_a_figure_every_reading_must_reproduce() {
        for said in ["免息（利息¥0.00）", "no interest is charged (0%)"] {
            let t = twelve_of_530(said);
            let c = assess(&t, Method::CnIrr).expect("cost");
            assert!(c.total_interest > dec("300"), "{}", c.total_interest);
            let misses = mismatches(&t, &c);
            assert!(
                misses.iter().any(|m| m.what == "the stated zero interest"),
                "{misses:?}"
            );
            // A schedule that honours the zero (500 a month) misses nothing.
            let mut level = t.clone();
            level.payment = Some(money("500", "CNY"));
            let c = assess(&level, Method::CnIrr).expect("cost");
            assert!(mismatches(&level, &c).is_empty());
        }
    }
}
