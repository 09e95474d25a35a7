//! A stated count of payments and the run of their dates written as a span ("Fifteen payments
//! of $319.56 ..., one a month on the fifteenth, from April 15, 2026 through June 15, 2027",
//! "18 instalments between 1 May 2026 and 1 October 2027"): the two dates are the first and the
//! last payment's, and how far apart they are, over the count less one, is how often a payment
//! falls. Read only when the spacing is whole (a month, a quarter, a week, two weeks), so a span
//! that is the loan's own period (signing to maturity) is not taken for the payments'.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{Ctx, number};
use crate::model::{DateTerm, Frequency, FrequencyTerm, Inferred, Terms};
use crate::pattern;

/// The words before the first date of a span.
static SPAN_START: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:from|between|starting(?: on| from)?|beginning(?: on)?|commencing(?: on)?)\s+")
        .expect("static regex")
});

/// The words between the first and the last date of a span.
static SPAN_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[,;]?\s*(?:through|thru|to|until|till|up to and including|and ending(?: on)?|and ending with|and|[-–—])\s+(?:(?:and )?including\s+)?")
        .expect("static regex")
});

/// How far after the count's words its span may stand (within the paragraph).
const REACH: usize = 400;

/// Read the span after a stated count; fill the first payment date, the maturity date and the
/// frequency the document left unstated, each said as read from the span.
pub(crate) fn dates_of_counted_payments(cx: &Ctx, terms: &mut Terms) {
    let Some(count) = &terms.installments else {
        return;
    };
    let n = count.count;
    if n < 2 || (terms.first_payment_date.is_some() && terms.maturity_date.is_some()) {
        return;
    }
    let from = count.evidence.start;
    let end = cx.paragraph_end(from, count.evidence.end.max(from) + REACH);
    let region = cx.slice(from, end);
    let Some((first, last, s, e)) = span(region, cx.day_first) else {
        return;
    };
    let Some((freq, how)) = spacing(first, last, n) else {
        return;
    };
    if terms
        .frequency
        .as_ref()
        .is_some_and(|f| f.frequency != freq)
    {
        return;
    }
    if terms
        .first_payment_date
        .as_ref()
        .is_some_and(|d| d.date != first)
        || terms.maturity_date.as_ref().is_some_and(|d| d.date != last)
    {
        return;
    }
    let evidence = cx.evidence(from + s, from + e);
    if terms.frequency.is_none() {
        terms.inferred.push(Inferred {
            field: "frequency".into(),
            value: how.into(),
            reason: format!(
                "{n} payments from {first} to {last}: the {} gaps between them are {}",
                n - 1,
                gap_words(freq)
            ),
            evidence: vec![count.evidence.clone(), evidence.clone()],
        });
        terms.frequency = Some(FrequencyTerm {
            frequency: freq,
            evidence: evidence.clone(),
        });
    }
    terms.assumptions.push(format!(
        "the {n} payments run from {first} to {last} («{}»): the first payment and the last payment's dates",
        evidence.text
    ));
    if terms.first_payment_date.is_none() {
        terms.first_payment_date = Some(DateTerm {
            date: first,
            evidence: evidence.clone(),
        });
    }
    if terms.maturity_date.is_none() {
        terms.maturity_date = Some(DateTerm {
            date: last,
            evidence,
        });
    }
}

/// The first span of two dates in `text`: the dates and the byte range of the span.
fn span(text: &str, day_first: bool) -> Option<(NaiveDate, NaiveDate, usize, usize)> {
    SPAN_START.find_iter(text).find_map(|m| {
        let rest = text.get(m.end()..)?;
        let a = number::first_date(rest, day_first)?;
        if a.start > 4 {
            return None;
        }
        let after = rest.get(a.end..)?;
        let joint = SPAN_END.find(after)?;
        let tail = after.get(joint.end()..)?;
        let b = number::first_date(tail, day_first)?;
        if b.start > 4 || b.date <= a.date {
            return None;
        }
        let end = m.end() + a.end + joint.end() + b.end;
        Some((a.date, b.date, m.start(), end))
    })
}

/// How often `n` payments from `first` to `last` fall, when their gaps are whole.
fn spacing(first: NaiveDate, last: NaiveDate, n: u32) -> Option<(Frequency, &'static str)> {
    let gaps = n - 1;
    if let Some(m) = super::term::whole_months(first, last) {
        if m == gaps {
            return Some((Frequency::Monthly, "monthly"));
        }
        if m == gaps * 3 {
            return Some((Frequency::Quarterly, "quarterly"));
        }
    }
    let days = u32::try_from((last - first).num_days()).ok()?;
    match days {
        d if d == gaps * 7 => Some((Frequency::Weekly, "weekly")),
        d if d == gaps * 14 => Some((Frequency::Biweekly, "biweekly")),
        _ => None,
    }
}

fn gap_words(f: Frequency) -> &'static str {
    match f {
        Frequency::Monthly => "one month each",
        Frequency::Quarterly => "three months each",
        Frequency::Weekly => "one week each",
        _ => "two weeks each",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Document, SourceKind};

    fn terms_of(text: &str) -> Terms {
        let doc = Document::from_text(std::path::Path::new("x.txt"), SourceKind::Text, text);
        super::super::extract(&doc)
    }

    #[test]
    fn a_count_and_its_span_give_the_dates_the_spacing_and_the_term() {
        let t = terms_of(
            "Note. On 2 February 2026 Ann Lee lends Bo Chan $1,800.00 at 8% a year, repaid in eighteen instalments of $104.50 between March 2, 2026 and August 2, 2027.",
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(18));
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly)
        );
        assert_eq!(
            t.maturity_date
                .as_ref()
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2027-08-02")
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
        assert!(
            t.inferred.iter().any(|i| i.field == "frequency"),
            "{:?}",
            t.inferred
        );
    }

    #[test]
    fn weekly_spans_and_spans_that_are_not_the_payments_are_told_apart() {
        let t = terms_of(
            "Loan of $600.00 made June 1, 2026. Ten payments of $63.00, from June 8, 2026 to August 10, 2026. Interest 12% a year.",
        );
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Weekly)
        );
        // Twelve payments, but the span is the loan's own period (twelve months, not eleven):
        // no spacing is read from it.
        let t = terms_of(
            "Loan of $1,200.00 at 10% a year. Twelve payments of $105.50; the loan runs from January 10, 2026 to January 10, 2027.",
        );
        assert!(
            t.inferred.iter().all(|i| i.field != "frequency"),
            "{:?}",
            t.inferred
        );
    }

    #[test]
    fn a_final_payment_then_the_start_of_the_series_is_no_maturity_date() {
        // "final payment $88.40), starting on May 1, 2026": the date is the first payment's;
        // the count comes from the total / the payment, and the term from the count.
        let t = terms_of(
            "Agreement dated April 1, 2026. Acme Credit lends you $1,000.00 at 12% a year; you pay $88.85 per month (final payment $88.80), starting on May 1, 2026, until the total of payments of $1,066.15 is paid.",
        );
        let method = crate::compute::cost::default_method(&t, None);
        let t = crate::reconcile::reconcile(t, method).terms;
        assert_eq!(
            t.first_payment_date
                .as_ref()
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2026-05-01")
        );
        assert_ne!(
            t.maturity_date
                .as_ref()
                .map(|d| d.date.to_string())
                .as_deref(),
            Some("2026-05-01")
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    }
}
