//! Shape terms that follow from each other by arithmetic, not by assumption: one payment at
//! maturity is one instalment; a loan paid every k months over M months has M / k instalments;
//! N instalments every k months run N × k months; N instalments over N months fall monthly.

use crate::model::{
    Count, Evidence, Frequency, FrequencyTerm, Inferred, LoanTerm, RepaymentMethod, Terms,
};

/// Fill the shape terms the stated ones imply, each written down in `terms.inferred`.
pub(super) fn complete(terms: &mut Terms) {
    single_payment_count(terms);
    frequency_from_count_and_term(terms);
    count_from_term(terms);
    term_from_count(terms);
}

/// Months between payments for a stated periodic frequency.
fn months_between(f: Frequency) -> Option<u32> {
    match f {
        Frequency::Monthly => Some(1),
        Frequency::Quarterly => Some(3),
        Frequency::Annually => Some(12),
        _ => None,
    }
}

fn frequency_words(f: Frequency) -> &'static str {
    match f {
        Frequency::Monthly => "monthly",
        Frequency::Quarterly => "quarterly",
        Frequency::Annually => "yearly",
        _ => "periodic",
    }
}

fn is_bullet(terms: &Terms) -> bool {
    terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet)
        || terms.frequency.as_ref().map(|f| f.frequency) == Some(Frequency::Single)
}

fn infer(terms: &mut Terms, field: &str, value: String, reason: String, evidence: Vec<Evidence>) {
    terms.inferred.push(Inferred {
        field: field.into(),
        value,
        reason,
        evidence,
    });
}

/// `到期一次性还本付息` / a single payment: one instalment.
pub(super) fn single_payment_count(terms: &mut Terms) {
    if terms.installments.is_some() || !is_bullet(terms) {
        return;
    }
    let evidence = terms
        .repayment
        .as_ref()
        .filter(|r| r.method == RepaymentMethod::Bullet)
        .map(|r| r.evidence.clone())
        .or_else(|| terms.frequency.as_ref().map(|f| f.evidence.clone()));
    let Some(evidence) = evidence.filter(|e| !e.text.is_empty()) else {
        return;
    };
    infer(
        terms,
        "installments",
        "1".into(),
        format!(
            "the loan is repaid in one payment at maturity («{}»)",
            evidence.text
        ),
        vec![evidence.clone()],
    );
    terms.installments = Some(Count { count: 1, evidence });
}

/// N instalments over a term of N × k months, no frequency stated: one every k months.
fn frequency_from_count_and_term(terms: &mut Terms) {
    if terms.frequency.is_some() || is_bullet(terms) {
        return;
    }
    let (Some(n), Some(t)) = (terms.installments.as_ref(), terms.term.as_ref()) else {
        return;
    };
    let Some(months) = t.months.filter(|m| *m > 0) else {
        return;
    };
    let frequency = match (n.count, months) {
        (c, m) if c > 1 && c == m => Frequency::Monthly,
        (c, m) if c > 1 && c * 3 == m => Frequency::Quarterly,
        _ => return,
    };
    let (n, t) = (n.clone(), t.clone());
    infer(
        terms,
        "frequency",
        frequency_words(frequency).into(),
        format!(
            "{} instalments over {months} months («{}», «{}»): one every {} month(s)",
            n.count,
            n.evidence.text,
            t.evidence.text,
            months / n.count
        ),
        vec![n.evidence.clone(), t.evidence.clone()],
    );
    terms.frequency = Some(FrequencyTerm {
        frequency,
        evidence: n.evidence,
    });
}

/// A stated frequency of every k months over M months: M / k instalments.
fn count_from_term(terms: &mut Terms) {
    if terms.installments.is_some() || is_bullet(terms) {
        return;
    }
    let (Some(f), Some(t)) = (terms.frequency.as_ref(), terms.term.as_ref()) else {
        return;
    };
    let (Some(k), Some(m)) = (months_between(f.frequency), t.months) else {
        return;
    };
    if m == 0 || m % k != 0 {
        return;
    }
    let (f, t) = (f.clone(), t.clone());
    let count = m / k;
    infer(
        terms,
        "installments",
        count.to_string(),
        format!(
            "{} payments over {m} months («{}», «{}»): {count} instalments",
            frequency_words(f.frequency),
            f.evidence.text,
            t.evidence.text
        ),
        vec![f.evidence.clone(), t.evidence.clone()],
    );
    terms.installments = Some(Count {
        count,
        evidence: t.evidence,
    });
}

/// N instalments every k months, no term stated: the term is N × k months.
fn term_from_count(terms: &mut Terms) {
    if terms.term.is_some() || is_bullet(terms) {
        return;
    }
    let (Some(f), Some(n)) = (terms.frequency.as_ref(), terms.installments.as_ref()) else {
        return;
    };
    let Some(k) = months_between(f.frequency) else {
        return;
    };
    if n.count < 2 {
        return;
    }
    let (f, n) = (f.clone(), n.clone());
    let months = n.count * k;
    infer(
        terms,
        "term",
        format!("{months} months"),
        format!(
            "{} {} instalments («{}», «{}»): {months} months",
            n.count,
            frequency_words(f.frequency),
            n.evidence.text,
            f.evidence.text
        ),
        vec![n.evidence.clone(), f.evidence.clone()],
    );
    terms.term = Some(LoanTerm {
        months: Some(months),
        days: None,
        evidence: n.evidence,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::ev;
    use crate::model::Repayment;

    fn count(n: u32, text: &str) -> Option<Count> {
        Some(Count {
            count: n,
            evidence: ev(text),
        })
    }

    fn months(m: u32, text: &str) -> Option<LoanTerm> {
        Some(LoanTerm {
            months: Some(m),
            days: None,
            evidence: ev(text),
        })
    }

    fn every(f: Frequency, text: &str) -> Option<FrequencyTerm> {
        Some(FrequencyTerm {
            frequency: f,
            evidence: ev(text),
        })
    }

    #[test]
    fn one_payment_at_maturity_is_one_instalment() {
        let mut t = Terms {
            repayment: Some(Repayment {
                method: RepaymentMethod::Bullet,
                evidence: ev("到期后一次性归还本息"),
            }),
            ..Terms::default()
        };
        complete(&mut t);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
        assert!(t.inferred.iter().any(|i| i.field == "installments"));
    }

    #[test]
    fn twelve_payments_over_twelve_months_fall_monthly() {
        let mut t = Terms {
            installments: count(12, "分12期"),
            term: months(12, "期限一年"),
            ..Terms::default()
        };
        complete(&mut t);
        assert_eq!(t.frequency.map(|f| f.frequency), Some(Frequency::Monthly));
    }

    #[test]
    fn quarterly_over_two_years_is_eight_instalments_and_back() {
        let mut t = Terms {
            frequency: every(Frequency::Quarterly, "按季还款"),
            term: months(24, "期限24个月"),
            ..Terms::default()
        };
        complete(&mut t);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(8));

        let mut u = Terms {
            frequency: t.frequency.clone(),
            installments: t.installments.clone(),
            ..Terms::default()
        };
        complete(&mut u);
        assert_eq!(u.term.and_then(|x| x.months), Some(24));
    }

    #[test]
    fn a_term_that_does_not_divide_is_left_alone() {
        let mut t = Terms {
            frequency: every(Frequency::Quarterly, "按季付息"),
            term: months(10, "十个月"),
            ..Terms::default()
        };
        complete(&mut t);
        assert!(t.installments.is_none() && t.inferred.is_empty());
    }
}
