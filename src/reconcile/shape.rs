//! Shape terms that follow from each other by arithmetic, not by assumption: one payment at
//! maturity is one instalment; a loan paid every k months over M months has M / k instalments;
//! N instalments every k months run N × k months; N instalments over N months fall monthly.

use rust_decimal::Decimal;

use crate::model::{
    Count, Evidence, Frequency, FrequencyTerm, Inferred, LoanTerm, RepaymentMethod, Terms,
};

/// Fill the shape terms the stated ones imply, each written down in `terms.inferred`.
pub(super) fn complete(terms: &mut Terms) {
    single_payment_count(terms);
    count_from_due_dates(terms);
    super::count_equal_principal::infer(terms);
    count_from_total(terms);
    frequency_from_dates(terms);
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
        Frequency::Weekly => "weekly",
        Frequency::Biweekly => "every two weeks",
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
    if terms.installments.is_some() || !is_bullet(terms) || terms.total_holds_several_payments() {
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

/// A payment plan that lists N due dates has N instalments.
fn count_from_due_dates(terms: &mut Terms) {
    if terms.installments.is_some() {
        return;
    }
    let (Some(first), Ok(count)) = (
        terms.due_dates.first(),
        u32::try_from(terms.due_dates.len()),
    ) else {
        return;
    };
    let evidence = first.evidence.clone();
    let quoted = terms.due_dates.iter().map(|d| d.evidence.clone()).collect();
    infer(
        terms,
        "installments",
        count.to_string(),
        format!("the plan lists {count} due dates («{}»)", evidence.text),
        quoted,
    );
    terms.installments = Some(Count { count, evidence });
}

/// No count stated, but a level instalment and the total repaid are (or the finance charge and
/// the amount financed, which add up to it), and the total is a whole number of instalments,
/// the last one as stated when it differs (10,109.59 = 35 × 280.82 + 280.89), within a cent an
/// instalment for rounding: that many instalments.
fn count_from_total(terms: &mut Terms) {
    // Interest alone each period and the principal at the end: the total is not a multiple
    // of the instalment (50,500 due at the end is not 101 × 500).
    // Equal principal: the instalments fall (count_equal_principal reads its figures).
    let interest_only = matches!(
        terms.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::InterestOnly | RepaymentMethod::EqualPrincipal)
    );
    if terms.installments.is_some() || is_bullet(terms) || interest_only {
        return;
    }
    let (Some(pay), Some((total, total_words, mut quoted))) =
        (terms.payment.clone(), total_repaid(terms))
    else {
        return;
    };
    let last = terms
        .last_payment
        .as_ref()
        .filter(|l| l.amount > Decimal::ZERO && l.amount != pay.amount);
    let last_amount = last.map_or(pay.amount, |l| l.amount);
    if pay.amount <= Decimal::ZERO || total <= pay.amount || total <= last_amount {
        return;
    }
    let Some(n) = (total - last_amount)
        .checked_div(pay.amount)
        .map(|q| q.round() + Decimal::ONE)
        .and_then(|q| u32::try_from(q).ok())
        .filter(|n| (2..=600).contains(n))
    else {
        return;
    };
    let slack = Decimal::new(1, 2) * Decimal::from(n);
    if (total - last_amount - pay.amount * Decimal::from(n - 1)).abs() > slack {
        return;
    }
    let last_words = match last {
        Some(l) => {
            quoted.push(l.evidence.clone());
            format!(
                "{} instalments of {} and a last one of {}",
                n - 1,
                pay.amount.normalize(),
                l.amount.normalize()
            )
        }
        None => format!("{n} instalments of {}", pay.amount.normalize()),
    };
    quoted.push(pay.evidence.clone());
    let quotes: Vec<String> = quoted.iter().map(|e| format!("«{}»", e.text)).collect();
    let evidence = quoted[0].clone();
    infer(
        terms,
        "installments",
        n.to_string(),
        format!("{total_words} is {last_words} ({})", quotes.join(", ")),
        quoted,
    );
    terms.installments = Some(Count { count: n, evidence });
}

/// The total repaid as stated, or as the finance charge plus the amount financed (a TILA
/// box's two figures), with its words and evidence.
fn total_repaid(terms: &Terms) -> Option<(Decimal, String, Vec<Evidence>)> {
    if let Some(total) = &terms.total_of_payments {
        return Some((
            total.amount,
            format!("the total repaid {}", total.amount.normalize()),
            vec![total.evidence.clone()],
        ));
    }
    // The principal and the total interest stated beside it ("Total interest over the life
    // of the loan: USD 1424.40"): the payments repay both when no fee rides on them (a fee
    // that does leaves the count unsettled: the check against the instalments fails).
    if let (Some(principal), Some(interest)) = (&terms.principal, &terms.total_interest)
        && interest.amount > Decimal::ZERO
    {
        let total = principal.amount + interest.amount;
        return Some((
            total,
            format!(
                "the principal {} plus the stated total interest {} ({})",
                principal.amount.normalize(),
                interest.amount.normalize(),
                total.normalize()
            ),
            vec![interest.evidence.clone(), principal.evidence.clone()],
        ));
    }
    let charge = terms.finance_charge.as_ref()?;
    let financed = terms
        .principal
        .as_ref()
        .filter(|p| p.evidence.text.to_lowercase().contains("amount financed"))?;
    let total = charge.amount + financed.amount;
    Some((
        total,
        format!(
            "the finance charge {} plus the amount financed {} ({})",
            charge.amount.normalize(),
            financed.amount.normalize(),
            total.normalize()
        ),
        vec![charge.evidence.clone(), financed.evidence.clone()],
    ))
}

/// The frequency whose spacing `days` is, within the slack of calendar months.
fn spacing(days: i64) -> Option<Frequency> {
    match days {
        7 => Some(Frequency::Weekly),
        14 => Some(Frequency::Biweekly),
        28..=31 => Some(Frequency::Monthly),
        89..=92 => Some(Frequency::Quarterly),
        _ => None,
    }
}

/// No frequency stated, but the dates space the instalments: the first and last due dates
/// of N instalments N − 1 periods apart, or the dates of a printed schedule.
fn frequency_from_dates(terms: &mut Terms) {
    if terms.frequency.is_some() || is_bullet(terms) {
        return;
    }
    let dated: Vec<(u32, chrono::NaiveDate, &Evidence)> = if terms.due_dates.is_empty() {
        terms
            .stated_schedule
            .iter()
            .filter_map(|r| r.date.map(|d| (r.index, d, &r.evidence)))
            .collect()
    } else {
        (1..)
            .zip(&terms.due_dates)
            .map(|(k, d)| (k, d.date, &d.evidence))
            .collect()
    };
    let from_rows = dated.windows(2).try_fold(None, |seen, w| {
        let gaps = i64::from(w[1].0.saturating_sub(w[0].0).max(1));
        let f = spacing((w[1].1 - w[0].1).num_days() / gaps).ok_or(())?;
        match seen {
            Some(s) if s != f => Err(()),
            _ => Ok(Some(f)),
        }
    });
    if let (Ok(Some(f)), Some(first)) = (from_rows, dated.first()) {
        let evidence = first.2.clone();
        let reason = format!(
            "the {} listed due dates fall due {} («{}»)",
            dated.len(),
            frequency_words(f),
            evidence.text
        );
        infer(
            terms,
            "frequency",
            frequency_words(f).into(),
            reason,
            vec![evidence.clone()],
        );
        terms.frequency = Some(FrequencyTerm {
            frequency: f,
            evidence,
        });
        return;
    }
    let (Some(n), Some(first), Some(last)) = (
        terms.installments.as_ref(),
        terms.first_payment_date.as_ref(),
        terms.maturity_date.as_ref(),
    ) else {
        return;
    };
    if n.count < 2 {
        return;
    }
    let span = (last.date - first.date).num_days();
    let gaps = i64::from(n.count - 1);
    // Weeks are exact; months vary in length by a day or three.
    let Some(f) = spacing(span / gaps)
        .filter(|f| !matches!(f, Frequency::Weekly | Frequency::Biweekly) || span % gaps == 0)
    else {
        return;
    };
    let reason = format!(
        "{} instalments from {} to {} («{}», «{}»): one {}",
        n.count,
        first.date,
        last.date,
        first.evidence.text,
        last.evidence.text,
        frequency_words(f)
    );
    let evidence = vec![
        n.evidence.clone(),
        first.evidence.clone(),
        last.evidence.clone(),
    ];
    let quote = first.evidence.clone();
    infer(
        terms,
        "frequency",
        frequency_words(f).into(),
        reason,
        evidence,
    );
    terms.frequency = Some(FrequencyTerm {
        frequency: f,
        evidence: quote,
    });
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
