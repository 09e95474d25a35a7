//! A period of two dates in a plan of several instalments (`还款起止日期:2025年3月15日至
//! 2026年2月15日`, 分12期): the first date may be the loan's start or its first due date. The
//! figures decide: dates (count − 1) periods apart are the first and last due dates (the loan
//! starts one period before the first), `count` periods apart (or one payment) the loan period.
//! A repayment period the figures leave open is read as the loan period, and the report says so.

use chrono::{Months, NaiveDate};

use super::*;

/// A loan period as the text gave it, and which terms it filled.
#[derive(Debug, Clone)]
pub(super) struct Span {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub evidence: Evidence,
    /// Labelled as the repayment's (还款起止日期), not the loan's.
    pub repayment_label: bool,
    /// The span set the term / the payout date (none was stated before it).
    pub gave_term: bool,
    pub gave_start: bool,
}

/// One period of a plan: whole months or whole days.
#[derive(Debug, Clone, Copy)]
enum Step {
    Months(u32),
    Days(u32),
}

impl Step {
    fn of(frequency: Option<Frequency>) -> Option<Step> {
        match frequency {
            // A plan of several instalments with no frequency stated is tried as monthly; only
            // dates that fall whole months apart then decide anything.
            None | Some(Frequency::Monthly) => Some(Step::Months(1)),
            Some(Frequency::Quarterly) => Some(Step::Months(3)),
            Some(Frequency::Weekly) => Some(Step::Days(7)),
            Some(Frequency::Biweekly) => Some(Step::Days(14)),
            _ => None,
        }
    }

    /// `from` moved on `k` periods.
    fn after(self, from: NaiveDate, k: u32) -> Option<NaiveDate> {
        match self {
            Step::Months(m) => from.checked_add_months(Months::new(m.checked_mul(k)?)),
            Step::Days(d) => from.checked_add_days(chrono::Days::new(u64::from(d.checked_mul(k)?))),
        }
    }

    /// The whole periods from `from` to `to` exactly (a month-end date stays at month-end).
    fn periods_between(self, from: NaiveDate, to: NaiveDate) -> Option<u32> {
        (1..=600).find(|k| self.after(from, *k) == Some(to))
    }

    /// The term of `count` periods, as (months, days).
    fn term(self, count: u32) -> (Option<u32>, Option<u32>) {
        match self {
            Step::Months(m) => (m.checked_mul(count), None),
            Step::Days(d) => (None, d.checked_mul(count)),
        }
    }
}

impl Extractor<'_> {
    /// Decide what the period of two dates is, once the count and frequency are known (see the
    /// module docs).
    pub(super) fn loan_period_or_due_dates(&mut self) {
        let Some(span) = self.period_span.take() else {
            return;
        };
        let count = self.terms.installments.as_ref().map(|c| c.count);
        let frequency = self.terms.frequency.as_ref().map(|f| f.frequency);
        let single = count == Some(1)
            || frequency == Some(Frequency::Single)
            || self.terms.repayment.as_ref().map(|r| r.method) == Some(RepaymentMethod::Bullet);
        let Some(step) = Step::of(frequency).filter(|_| !single) else {
            return;
        };
        let Some(periods) = step.periods_between(span.from, span.to) else {
            // Not whole periods apart: no run of due dates of this plan.
            return;
        };
        match count {
            Some(n) if n > 1 && periods + 1 == n => self.span_is_due_dates(&span, step, n),
            Some(n) if periods == n => {}
            _ if span.repayment_label => self.terms.assumptions.push(format!(
                "the repayment period «{}» is read as the loan period (from the payout to the last due date); the stated figures do not show whether its first date is the payout or the first due date",
                span.evidence.text
            )),
            _ => {}
        }
    }

    /// The span runs from the first to the last of `count` due dates: the first date is the
    /// first due date, the loan runs `count` periods, and its start is not stated.
    fn span_is_due_dates(&mut self, span: &Span, step: Step, count: u32) {
        let (months, days) = step.term(count);
        if span.gave_term && (months.is_some() || days.is_some()) {
            self.terms.term = Some(LoanTerm {
                months,
                days,
                evidence: span.evidence.clone(),
            });
        }
        if span.gave_start
            && self
                .terms
                .disbursement_date
                .as_ref()
                .is_some_and(|d| d.date == span.from)
        {
            self.terms.disbursement_date = None;
        }
        if self.terms.first_payment_date.is_none() {
            self.terms.first_payment_date = Some(DateTerm {
                date: span.from,
                evidence: span.evidence.clone(),
            });
        }
        self.terms.assumptions.push(format!(
            "«{}» runs from the first to the last of {count} due dates (its dates are {count} − 1 periods apart): the first date is the first due date, not the start of the loan, which runs {count} periods",
            span.evidence.text
        ));
    }
}
