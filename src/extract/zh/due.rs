//! When the loan falls due, from words that name no term: one repayment on a date
//! (`借款人应于2025年12月15日一次性归还人民币8,000.00元`), and instalments billed on a card
//! statement (`计入当期账单`: monthly).

use super::*;
use crate::pattern;

/// Repaid in one sum: `一次性归还`, `一并偿还`, `全部还清`. What precedes it is checked for a
/// date (`应于2025年12月15日(前)`).
static ONE_SUM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:一次性?|一并|全部)\s*(?:归还|偿还|还清|清偿|返还|结清)")
        .expect("static regex")
});

/// What may stand between the date and the words of one sum: `前`, `之前`, `当日`, a comma.
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:之前|以前|前|当日|当天)?\s*[,，]?\s*(?:向[^,。;]{0,10})?$")
        .expect("static regex")
});

/// Instalments billed on a card statement: each period is one monthly bill.
static CARD_BILL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"账单分期|信用卡分期|(?:计入|列入|记入|并入)\s*(?:当期|每期|每月|次月|下期)?\s*(?:信用卡)?账单")
        .expect("static regex")
});

/// The last date in the `chars` characters before byte `at` of `text`: the date, where it
/// starts in `text`, and the window's text before it (trimmed at its end) and after it.
pub(super) fn last_date_before(
    text: &str,
    at: usize,
    chars: usize,
) -> Option<(NaiveDate, usize, &str, &str)> {
    let before = text.get(..at)?;
    let window_start = before.char_indices().rev().nth(chars).map_or(0, |(i, _)| i);
    let window = before.get(window_start..)?;
    let c = DATE.captures_iter(window).last()?;
    let whole = c.get(0)?;
    let lead = window.get(..whole.start())?.trim_end();
    let tail = window.get(whole.end()..)?;
    Some((date_of(&c)?, window_start + whole.start(), lead, tail))
}

impl Extractor<'_> {
    /// One repayment on a named date (`应于DATE一次性归还…`): the date is the maturity date, and
    /// with no instalments, frequency or periodic interest stated, the loan is one payment at
    /// maturity, said as inferred.
    pub(super) fn one_repayment_date(&mut self) {
        let found = ONE_SUM.find_iter(self.text).find_map(|m| {
            let (date, start, lead, tail) = last_date_before(self.text, m.start(), 40)?;
            if !(lead.ends_with('于') || lead.ends_with('在')) || !DATE_TAIL.is_match(tail) {
                return None;
            }
            Some((date, start, m.end()))
        });
        let Some((date, start, end)) = found else {
            return;
        };
        let evidence = self.doc.sentence_evidence(start, end);
        if self.terms.maturity_date.is_none() {
            self.terms.maturity_date = Some(DateTerm {
                date,
                evidence: evidence.clone(),
            });
        }
        let stated = self.terms.repayment.as_ref().map(|r| r.method);
        if !matches!(stated, None | Some(RepaymentMethod::Other)) || self.periodic_stated() {
            return;
        }
        let reason = format!(
            "no instalments or repayment frequency are stated; the loan is repaid in one sum on one date ({}): one payment at maturity",
            evidence.text
        );
        self.infer_bullet(reason, evidence);
    }

    /// Instalments, a frequency, due dates, a printed plan or periodic interest are stated (or
    /// the method was left open between readings): the loan is not one sum.
    pub(super) fn periodic_stated(&self) -> bool {
        self.terms.frequency.is_some()
            || self.terms.installments.is_some()
            || self.terms.first_payment_date.is_some()
            || !self.terms.due_dates.is_empty()
            || !self.terms.stated_schedule.is_empty()
            || self.repayment_ambiguous.is_some()
            || method::periodic_interest(self.text)
    }

    /// One payment at maturity, said as inferred for `reason` from `evidence`.
    pub(super) fn infer_bullet(&mut self, reason: String, evidence: Evidence) {
        self.terms.inferred.push(Inferred {
            field: "repayment".into(),
            value: "bullet".into(),
            reason,
            evidence: vec![evidence.clone()],
        });
        self.terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Single,
            evidence: evidence.clone(),
        });
        self.terms.repayment = Some(Repayment {
            method: RepaymentMethod::Bullet,
            evidence,
        });
    }

    /// Instalments billed on a card statement (账单分期, 计入当期账单) fall due monthly, one
    /// bill each, when no frequency is written.
    pub(super) fn card_bill_monthly(&mut self) {
        if self.terms.frequency.is_some()
            || self.terms.installments.as_ref().is_none_or(|c| c.count < 2)
        {
            return;
        }
        let Some(m) = CARD_BILL.find(self.text) else {
            return;
        };
        let evidence = self.doc.sentence_evidence(m.start(), m.end());
        self.terms.assumptions.push(format!(
            "instalments billed on a card statement are monthly, one statement each ({})",
            evidence.text
        ));
        self.terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Monthly,
            evidence,
        });
    }
}
