//! The count of an equal-principal (等额本金) loan that states neither its term nor its count,
//! fixed by the figures of its falling schedule: with the principal P, the rate r a period and
//! n instalments, the first instalment is P / n + P × r, the last P / n × (1 + r), the total
//! interest P × r × (n + 1) / 2 (and the total repaid P plus that). Each stated figure that
//! one whole n reproduces (to the cent, with the schedule's own rounding) is a vote for that n;
//! the n most figures agree on is taken, and the reason names the figures it rests on. A figure
//! that fits another count or none is not dropped: the schedule built on the count is checked
//! against every stated figure afterwards, and one it does not reproduce is an inconsistency.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::{
    Amount, Count, Evidence, Frequency, FrequencyTerm, Inferred, RepaymentMethod, Terms,
};

/// The most instalments read this way (50 years of months).
const MAX_COUNT: u32 = 600;

fn cents(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The first instalment, the last and the total interest of `n` equal-principal instalments
/// of `principal` at `rate` a period, rounded as the schedule rounds (each principal part and
/// each period's interest to the cent, the last principal part taking what is left).
fn schedule_figures(principal: Decimal, rate: Decimal, n: u32) -> (Decimal, Decimal, Decimal) {
    let each = cents(principal / Decimal::from(n));
    let mut balance = principal;
    let mut interest = Decimal::ZERO;
    let mut first = Decimal::ZERO;
    let mut last = Decimal::ZERO;
    for k in 1..=n {
        let due = cents(balance * rate);
        let part = if k == n { balance } else { each.min(balance) };
        interest += due;
        if k == 1 {
            first = part + due;
        }
        if k == n {
            last = part + due;
        }
        balance -= part;
    }
    (first, last, interest)
}

/// Which stated figure a vote comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Which {
    First,
    Interest,
    Last,
}

/// A stated figure of the schedule, with its words, evidence and the count it suggests.
struct Stated {
    which: Which,
    amount: Decimal,
    words: String,
    evidence: Vec<Evidence>,
}

impl Stated {
    /// The whole count the closed form gives for this figure, if the schedule of that count
    /// reproduces the figure.
    fn count(&self, principal: Decimal, rate: Decimal) -> Option<u32> {
        let guess = match self.which {
            Which::First => principal.checked_div(self.amount - cents(principal * rate))?,
            Which::Last => (principal * (Decimal::ONE + rate)).checked_div(self.amount)?,
            Which::Interest => {
                (self.amount * Decimal::TWO).checked_div(principal * rate)? - Decimal::ONE
            }
        };
        let n = u32::try_from(guess.round()).ok()?;
        if !(2..=MAX_COUNT).contains(&n) {
            return None;
        }
        let (first, last, interest) = schedule_figures(principal, rate, n);
        let cent = Decimal::new(1, 2);
        // Half a cent a period for a lender that rounds otherwise (the principal part unrounded,
        // the interest on the day count): far less than a step of one instalment.
        let drift = cent + Decimal::new(5, 3) * Decimal::from(n);
        let ok = match self.which {
            Which::First => (self.amount - first).abs() <= cent,
            Which::Last => (self.amount - last).abs() <= drift,
            Which::Interest => (self.amount - interest).abs() <= drift,
        };
        ok.then_some(n)
    }
}

/// The stated figures of the schedule: the first instalment, the total interest (or the total
/// repaid less the principal), the last instalment.
fn stated_figures(terms: &Terms, principal: &Amount) -> Vec<Stated> {
    let mut out = Vec::new();
    if let Some(p) = terms.payment.as_ref().filter(|p| p.amount > Decimal::ZERO) {
        out.push(Stated {
            which: Which::First,
            amount: p.amount,
            words: format!("the first instalment {}", p.amount.normalize()),
            evidence: vec![p.evidence.clone()],
        });
    }
    if let Some(i) = terms
        .total_interest
        .as_ref()
        .filter(|i| i.amount > Decimal::ZERO)
    {
        out.push(Stated {
            which: Which::Interest,
            amount: i.amount,
            words: format!("the total interest {}", i.amount.normalize()),
            evidence: vec![i.evidence.clone()],
        });
    } else if let Some(t) = terms
        .total_of_payments
        .as_ref()
        .filter(|t| t.amount > principal.amount)
    {
        out.push(Stated {
            which: Which::Interest,
            amount: t.amount - principal.amount,
            words: format!("the total repaid {}", t.amount.normalize()),
            evidence: vec![t.evidence.clone()],
        });
    }
    if let Some(l) = terms
        .last_payment
        .as_ref()
        .filter(|l| l.amount > Decimal::ZERO)
    {
        out.push(Stated {
            which: Which::Last,
            amount: l.amount,
            words: format!("the last instalment {}", l.amount.normalize()),
            evidence: vec![l.evidence.clone()],
        });
    }
    out
}

/// Months between instalments, and whether the frequency was stated.
fn period_months(terms: &Terms) -> Option<(u32, bool)> {
    match terms.frequency.as_ref().map(|f| f.frequency) {
        None => Some((1, false)),
        Some(Frequency::Monthly) => Some((1, true)),
        Some(Frequency::Quarterly) => Some((3, true)),
        Some(Frequency::Annually) => Some((12, true)),
        Some(_) => None,
    }
}

/// Set the count (and, when no frequency is stated, a monthly one) of an equal-principal loan
/// from its stated figures.
pub(super) fn infer(terms: &mut Terms) {
    let method = terms.repayment.as_ref().map(|r| r.method);
    if method != Some(RepaymentMethod::EqualPrincipal)
        || terms.installments.is_some()
        || terms.term.is_some()
        || terms.maturity_date.is_some()
        || !terms.due_dates.is_empty()
    {
        return;
    }
    let Some(principal) = terms.principal.clone().filter(|p| p.amount > Decimal::ZERO) else {
        return;
    };
    let Some(annual) = super::term_from_interest::only_interest_rate(terms)
        .filter(|(rate, _)| !rate.comprehensive)
        .map(|(_, annual)| annual)
    else {
        return;
    };
    let Some((months, frequency_stated)) = period_months(terms) else {
        return;
    };
    if annual <= Decimal::ZERO {
        return;
    }
    let r = annual / Decimal::ONE_HUNDRED * Decimal::from(months) / Decimal::from(12);
    let figures = stated_figures(terms, &principal);
    let votes: Vec<(usize, u32)> = figures
        .iter()
        .enumerate()
        .filter_map(|(k, f)| Some((k, f.count(principal.amount, r)?)))
        .collect();
    // The count most figures agree on; on a tie, the one of the earlier figure.
    let Some(n) = votes.iter().map(|(_, n)| *n).max_by_key(|n| {
        let agree = votes.iter().filter(|(_, m)| m == n).count();
        let earliest = votes.iter().position(|(_, m)| m == n).unwrap_or(0);
        (agree, usize::MAX - earliest)
    }) else {
        return;
    };
    let used: Vec<&Stated> = votes
        .iter()
        .filter(|(_, m)| *m == n)
        .map(|(k, _)| &figures[*k])
        .collect();
    // Without a stated frequency the figures themselves must show the monthly spacing: two of
    // them agreeing on one count at the monthly rate.
    if !frequency_stated && used.len() < 2 {
        return;
    }
    let others: Vec<&Stated> = figures
        .iter()
        .enumerate()
        .filter(|(k, _)| !votes.iter().any(|(j, m)| j == k && *m == n))
        .map(|(_, f)| f)
        .collect();
    let each = cents(principal.amount / Decimal::from(n));
    let first_interest = cents(principal.amount * r);
    let mut parts = vec![
        "no term or count is stated".to_string(),
        format!(
            "equal principal on {} at {}% a year paid every {months} month(s): {n} instalments of principal {each} and a first interest of {}",
            principal.amount.normalize(),
            annual.normalize(),
            first_interest.normalize(),
        ),
    ];
    for f in &used {
        parts.push(format!("{} fits {n} instalments ({})", f.words, quote(f)));
    }
    for f in &others {
        parts.push(format!(
            "{} ({}) fits another count or none: the schedule is checked against it",
            f.words,
            quote(f)
        ));
    }
    let reason = parts.join("; ");
    let quotes: Vec<String> = used.iter().map(|f| quote(f)).collect();
    let evidence: Vec<Evidence> = used.iter().flat_map(|f| f.evidence.clone()).collect();
    let Some(first_evidence) = evidence.first().cloned() else {
        return;
    };
    if !frequency_stated {
        terms.inferred.push(Inferred {
            field: "frequency".into(),
            value: "monthly".into(),
            reason: format!(
                "no frequency is stated; {} of the stated figures agree on one count at the rate a month ({})",
                used.len(),
                quotes.join(", ")
            ),
            evidence: evidence.clone(),
        });
        terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence: first_evidence.clone(),
        });
    }
    terms.inferred.push(Inferred {
        field: "installments".into(),
        value: n.to_string(),
        reason,
        evidence,
    });
    terms.installments = Some(Count {
        count: n,
        evidence: first_evidence,
    });
}

/// A figure's quoted words (`«首月还款 ¥1,608.00»`).
fn quote(f: &Stated) -> String {
    f.evidence
        .iter()
        .map(|e| format!("«{}»", e.text))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Per, Rate, RateKind, Repayment};

    fn ev(text: &str) -> Evidence {
        Evidence {
            text: text.into(),
            ..Evidence::default()
        }
    }

    fn amount(a: i64, scale: u32, text: &str) -> Amount {
        Amount {
            amount: Decimal::new(a, scale),
            currency: "CNY".into(),
            evidence: ev(text),
            derived: false,
        }
    }

    /// 60,000 at 4.8% a year over 12 months: 5,000 a month, first 5,240, last 5,020, interest
    /// 240 x 13 / 2 = 1,560.
    fn base(frequency: Option<Frequency>) -> Terms {
        let mut t = Terms {
            principal: Some(amount(60000, 0, "贷款本金 60000元")),
            repayment: Some(Repayment {
                method: RepaymentMethod::EqualPrincipal,
                evidence: ev("按月等额本金"),
            }),
            frequency: frequency.map(|f| FrequencyTerm {
                frequency: f,
                evidence: ev("按月"),
            }),
            ..Terms::default()
        };
        t.rates.push(Rate {
            kind: RateKind::Interest,
            value: Decimal::new(48, 1),
            per: Per::Year,
            annual_percent: Some(Decimal::new(48, 1)),
            day_basis: None,
            day_basis_assumed: false,
            label: "年化利率".into(),
            comprehensive: false,
            basis: None,
            markup_percent: None,
            evidence: ev("年化利率4.8%"),
        });
        t
    }

    #[test]
    fn the_closed_forms_hold_with_the_rounding() {
        let (first, last, interest) =
            schedule_figures(Decimal::from(60000), Decimal::new(4, 3), 12);
        assert_eq!(first, Decimal::from(5240));
        assert_eq!(last, Decimal::from(5020));
        assert_eq!(interest, Decimal::from(1560));
    }

    #[test]
    fn the_total_repaid_and_the_last_instalment_fix_the_count() {
        let mut t = base(Some(Frequency::Monthly));
        t.total_of_payments = Some(amount(61560, 0, "本息合计61,560元"));
        t.last_payment = Some(amount(5020, 0, "最后一期应还5,020元"));
        infer(&mut t);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
        let reason = &t.inferred.last().unwrap().reason;
        assert!(
            reason.contains("the total repaid 61560 fits 12 instalments"),
            "{reason}"
        );
        assert!(reason.contains("the last instalment 5020"), "{reason}");
    }

    #[test]
    fn a_figure_that_fits_another_count_is_named_and_not_used() {
        let mut t = base(Some(Frequency::Monthly));
        t.payment = Some(amount(5240, 0, "第一期还款5,240元"));
        t.total_interest = Some(amount(1560, 0, "利息共计1,560元"));
        // The last instalment of 10 months, not 12: outvoted, left for the schedule check.
        t.last_payment = Some(amount(6024, 0, "最后一期6,024元"));
        infer(&mut t);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
        let reason = &t.inferred.last().unwrap().reason;
        assert!(
            reason.contains("the last instalment 6024 («最后一期6,024元») fits another count"),
            "{reason}"
        );
    }

    #[test]
    fn without_a_frequency_one_figure_is_not_enough() {
        let mut t = base(None);
        t.payment = Some(amount(5240, 0, "首期5,240元"));
        infer(&mut t);
        assert!(t.installments.is_none());
        t.total_interest = Some(amount(1560, 0, "利息1,560元"));
        infer(&mut t);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly)
        );
        assert!(t.inferred.iter().any(|i| i.field == "frequency"));
    }

    #[test]
    fn figures_that_fit_no_whole_count_set_nothing() {
        let mut t = base(Some(Frequency::Monthly));
        t.payment = Some(amount(5300, 0, "首月5,300元"));
        t.total_interest = Some(amount(1500, 0, "利息1,500元"));
        infer(&mut t);
        assert!(t.installments.is_none());
    }

    #[test]
    fn a_level_instalment_loan_is_left_to_its_own_rule() {
        let mut t = base(Some(Frequency::Monthly));
        t.repayment.as_mut().unwrap().method = RepaymentMethod::EqualInstallment;
        t.payment = Some(amount(5240, 0, "每期5,240元"));
        t.total_interest = Some(amount(1560, 0, "利息1,560元"));
        infer(&mut t);
        assert!(t.installments.is_none());
    }
}
