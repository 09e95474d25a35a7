//! Payments stated only as a run of dates: "every Friday, from October 9, 2026 through July 2,
//! 2027", "each other Monday between 5 January and 29 June 2026", "every month from 1 March
//! 2026 to 1 February 2027". The count is the number of payment dates in the run (the named
//! weekday's dates, a week or two apart, or one a month on the same day), the first and last
//! dates are the first payment and maturity dates.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

use super::{Ctx, number};
use crate::model::{Amount, Count, DateTerm, Frequency, FrequencyTerm, Terms};
use crate::pattern;

/// "every Friday, from", "each other Tuesday starting", "on Fridays between", "every two
/// weeks from", "each month from".
static RUN_START: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:every|each|on)\s+(other\s+|second\s+|alternate\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|two\s+weeks|fortnight|month)s?(?-u:\b)[,;]?\s*(?:from|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|commencing(?:\s+on)?|between)\s+")
        .expect("static regex")
});

/// The words between the first and the last date of the run.
static RUN_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[,;]?\s*(?:through|thru|to|until|till|up to and including|and ending(?:\s+on)?|and|[-–—])\s+")
        .expect("static regex")
});

/// What may stand between a payment's figure and the run of its dates ("$25.00 every
/// Thursday", "$90.00 is due every other Monday", "$200.00, payable each month").
static FIGURE_TO_RUN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[,]?\s*(?:(?:is|are|will be|shall be|falls?|fall)\s+)?(?:due|payable|paid)?\s*(?:on\s+)?$")
        .expect("static regex")
});

/// The longest gap a run of payment dates may span (a 30-year loan).
const MAX_RUN_DAYS: i64 = 366 * 30;

/// A run of payment dates: its first and last dates, how often, and how many.
struct Run {
    first: NaiveDate,
    last: NaiveDate,
    frequency: Frequency,
    count: u32,
    start: usize,
    end: usize,
}

/// Read the first run of payment dates, and fill what the document left unstated: the count,
/// the frequency, the first payment and maturity dates.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    if terms.installments.is_some() {
        return;
    }
    let Some(run) = RUN_START
        .captures_iter(&cx.flat)
        .find_map(|c| read_run(cx, &c))
    else {
        return;
    };
    if terms
        .frequency
        .as_ref()
        .is_some_and(|f| f.frequency != run.frequency)
    {
        return;
    }
    let evidence = cx.evidence(run.start, run.end);
    terms.assumptions.push(format!(
        "{} payments counted from the run of payment dates {} to {} («{}»)",
        run.count, run.first, run.last, evidence.text
    ));
    if terms.frequency.is_none() {
        terms.frequency = Some(FrequencyTerm {
            frequency: run.frequency,
            evidence: evidence.clone(),
        });
    }
    if terms.first_payment_date.is_none() {
        terms.first_payment_date = Some(DateTerm {
            date: run.first,
            evidence: evidence.clone(),
        });
    }
    if terms.maturity_date.is_none() {
        terms.maturity_date = Some(DateTerm {
            date: run.last,
            evidence: evidence.clone(),
        });
    }
    if terms.payment.is_none() {
        payment_before_run(cx, terms, run.start);
    }
    terms.installments = Some(Count {
        count: run.count,
        evidence,
    });
}

/// No count stated, but a regular payment, how often it falls, and the first and the last
/// payment dates stated apart ("First payment date: November 16, 2026 ... Final payment date:
/// November 1, 2027", "every Friday ... first pmt 10/23/2026, last pmt 10/15/2027"): the count
/// is the number of payment dates from one to the other, when they are a whole number of
/// periods apart. Said as inferred, with the figures it rests on.
pub(crate) fn count_from_first_and_last(terms: &mut Terms) {
    if terms.installments.is_some() || terms.payment.is_none() {
        return;
    }
    let (Some(first), Some(last), Some(freq)) = (
        &terms.first_payment_date,
        &terms.maturity_date,
        &terms.frequency,
    ) else {
        return;
    };
    let (a, b) = (first.date, last.date);
    let span = (b - a).num_days();
    if !(1..=MAX_RUN_DAYS).contains(&span) {
        return;
    }
    let months = super::term::whole_months(a, b);
    let (count, word) = match freq.frequency {
        Frequency::Weekly => (stepped(span, 7), "weekly"),
        Frequency::Biweekly => (stepped(span, 14), "biweekly"),
        Frequency::Monthly => (months.map(|m| m + 1), "monthly"),
        Frequency::Quarterly => (
            months.filter(|m| m % 3 == 0).map(|m| m / 3 + 1),
            "quarterly",
        ),
        _ => return,
    };
    let Some(count) = count.filter(|&n| n > 1) else {
        return;
    };
    let evidence = first.evidence.clone();
    terms.inferred.push(crate::model::Inferred {
        field: "installments".into(),
        value: count.to_string(),
        reason: format!(
            "no count of payments is stated: {count} {word} payment dates from the first payment date {a} to the last payment date {b}"
        ),
        evidence: vec![first.evidence.clone(), last.evidence.clone(), freq.evidence.clone()],
    });
    terms.installments = Some(Count { count, evidence });
}

/// The payment's figure right before its run of dates ("You will pay $25.00 every Thursday
/// from ...").
fn payment_before_run(cx: &mut Ctx, terms: &mut Terms, run_start: usize) {
    let from = super::floor(&cx.flat, run_start.saturating_sub(80));
    let before = cx.slice(from, run_start);
    let Some(money) = number::find_money(before)
        .into_iter()
        .last()
        .filter(|m| FIGURE_TO_RUN.is_match(before.get(m.end..).unwrap_or("")))
    else {
        return;
    };
    let money = money.shifted(from);
    cx.cover(money.start);
    terms.payment = Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(money.start, run_start),
        derived: false,
    });
}

fn read_run(cx: &Ctx, c: &regex::Captures) -> Option<Run> {
    let whole = c.get(0)?;
    let every_other = c.get(1).is_some();
    let unit = c.get(2)?.as_str().to_ascii_lowercase();
    let window = cx.slice(whole.end(), whole.end() + 40);
    let a = number::first_date(window, cx.day_first).filter(|d| d.start == 0)?;
    let rest_at = whole.end() + a.end;
    let rest = cx.slice(rest_at, rest_at + 60);
    let joint = RUN_END.find(rest)?;
    let after = rest.get(joint.end()..)?;
    let b = number::first_date(after, cx.day_first).filter(|d| d.start == 0)?;
    let (first, last) = (a.date, b.date);
    let span = (last - first).num_days();
    if !(1..=MAX_RUN_DAYS).contains(&span) {
        return None;
    }
    let (frequency, count) = match weekday(&unit) {
        Some(day) => {
            let step = if every_other { 14 } else { 7 };
            (
                if every_other {
                    Frequency::Biweekly
                } else {
                    Frequency::Weekly
                },
                weekday_dates(first, last, day, step)?,
            )
        }
        None => match (
            unit.split_whitespace().collect::<Vec<_>>().as_slice(),
            every_other,
        ) {
            (["week"], false) => (Frequency::Weekly, stepped(span, 7)?),
            (["week"], true) | (["two", "weeks"], false) | (["fortnight"], false) => {
                (Frequency::Biweekly, stepped(span, 14)?)
            }
            (["month"], false) if first.day() == last.day() => {
                let months =
                    (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32;
                (Frequency::Monthly, u32::try_from(months).ok()? + 1)
            }
            _ => return None,
        },
    };
    (count > 1).then_some(Run {
        first,
        last,
        frequency,
        count,
        start: whole.start(),
        end: rest_at + joint.end() + b.end,
    })
}

fn weekday(word: &str) -> Option<Weekday> {
    word.parse::<Weekday>().ok()
}

/// The dates on `day`, `step` days apart, from `first` to `last`: both must fall on that day
/// (a run whose ends are other days is not read as that weekday's).
fn weekday_dates(first: NaiveDate, last: NaiveDate, day: Weekday, step: i64) -> Option<u32> {
    if first.weekday() != day || last.weekday() != day {
        return None;
    }
    stepped((last - first).num_days(), step)
}

/// The number of dates `step` days apart from one end of `span` days to the other.
fn stepped(span: i64, step: i64) -> Option<u32> {
    (span % step == 0)
        .then(|| u32::try_from(span / step + 1).ok())
        .flatten()
}
