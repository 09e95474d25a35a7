//! The loan term: read from its label or a span after the loan's date, or derived from the
//! schedule (a count of regular payments, or one payment from the funding date to its due
//! date), and the count of payments a term implies.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use super::schedule::{COUNT, LATE_WORDS, PAYMENT_NOUN, parse_count};
use crate::model::{Count, Frequency, FrequencyTerm, LoanTerm, RepaymentMethod, Terms};
use crate::pattern;

/// A unit of a term, whole or abbreviated as forms write it ("12 mos.", "3 yrs", "26 wks").
const TERM_UNIT: &str = "months?|mos|mo|mths?|years?|yrs?|weeks?|wks?|days?";
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)(?:(?:loan (?:term|length|duration|period)|length of (?:the |your )?loan|term of (?:the )?(?:loan|agreement|note|credit|transaction|advance)|term\s*[:|]?|duration of (?:the )?(?:loan|agreement|credit(?: agreement)?)|repayment period|for a (?:term|period) of|a term of|duration\s*:)\s*:?\s*(?:(?:is|shall be|will be)\s+)?(?:of\s+)?(?:\[ ?\]\s*|☐\s*|□\s*)?{COUNT}\s*-?\s*({TERM_UNIT})(?-u:\b)|(\d{{1,3}})[ -]({TERM_UNIT})\.?[ -](?:loan )?term(?-u:\b))"))
        .expect("static regex")
});
pub(super) fn loan_term(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    for c in TERM.captures_iter(&flat) {
        let Some(whole) = c.get(0) else { continue };
        if names_other_term(cx, whole.start()) {
            continue;
        }
        let (count, unit) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(n), Some(u), _, _) | (_, _, Some(n), Some(u)) => {
                if number::is_money_figure(&flat, n.start(), n.end()) {
                    continue;
                }
                (n.as_str(), u.as_str())
            }
            _ => continue,
        };
        let Some(n) = parse_count(count) else {
            continue;
        };
        // "Term: [ ] 12 months [X] 18 months": the ticked option, not the first offered.
        if let Some(n_at) = c.get(1).or(c.get(3))
            && super::unticked(&flat, n_at.start())
        {
            static TICKED_TERM: LazyLock<Regex> = LazyLock::new(|| {
                pattern::regex(r"(?i)(?:\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)|[☑☒✓✔■●])\s*(\d{1,3})\s*-?\s*(months?|years?|weeks?|days?)(?-u:\b)")
                    .expect("static regex")
            });
            let line_end = cx.doc.text.get(whole.end()..).map_or(whole.end(), |t| {
                whole.end() + t.find('\n').unwrap_or(t.len())
            });
            let rest = cx.slice(whole.start(), line_end).to_string();
            if let Some(t) = TICKED_TERM.captures(&rest)
                && let (Some(m), Some(k), Some(u)) = (t.get(0), t.get(1), t.get(2))
                && let Ok(k) = k.as_str().parse::<u32>()
            {
                let at = whole.start() + m.start();
                set_term(cx, terms, k, u.as_str(), (whole.start(), at + m.len()));
                return;
            }
            continue;
        }
        set_term(cx, terms, n, unit, (whole.start(), whole.end()));
        return;
    }
    // "Your loan is due in full 14 days from today": a term counted from the loan's day.
    static DUE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(&format!(r"(?i)(?-u:\b)(?:due|repayable|payable|repaid)(?: in full)?(?: in)? {COUNT} (days?|weeks?|months?) (?:from|after) (?:today|now|the (?:date|day) (?:of (?:this|the) )?(?:loan|agreement|advance|transaction|funding)|funding|the transaction date|the loan date)"))
            .expect("static regex")
    });
    // "on October 1, 2026, eighteen (18) months after the date of this Note": the due date
    // stated as a span from the note's own date.
    static AFTER_NOTE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(&format!(r"(?i)(?-u:\b){COUNT}\s*-?\s*(days?|weeks?|months?|years?) (?:from|after) (?:the date (?:of (?:this|the) (?:note|agreement|loan(?: agreement)?|contract)|hereof)|this (?:note|agreement)(?:'s| is) (?:date|signed)|funding|disbursement|the (?:funding|disbursement|advance|loan) date|the date (?:of|on which) (?:the )?(?:funding|disbursement|advance|loan is (?:funded|made|advanced)))"))
            .expect("static regex")
    });
    // "I will repay it all at once, eighteen months later": a span after the loan's day.
    static LATER: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(&format!(r"(?i)(?-u:\b)(?:repay|pay|return|due|payable|repaid)(?-u:\b)[^.;]{{0,80}}?(?-u:\b){COUNT}\s*-?\s*(days?|weeks?|months?|years?) later(?-u:\b)"))
            .expect("static regex")
    });
    // "on the twenty-fourth day of December, 2026, which is 45 days from today": the due date
    // restated as a span from the day of the loan.
    static DATE_IS_SPAN: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(&format!(r"(?i)(?-u:\b)(?:which|that) (?:is|will be|falls) {COUNT} (days?|weeks?|months?) (?:from|after) (?:today|now|the date (?:hereof|of this (?:note|agreement|loan|receipt)))(?-u:\b)"))
            .expect("static regex")
    });
    for c in DUE_AFTER
        .captures_iter(&flat)
        .chain(AFTER_NOTE_DATE.captures_iter(&flat))
        .chain(LATER.captures_iter(&flat))
        .chain(DATE_IS_SPAN.captures_iter(&flat).filter(|c| {
            // Only right after the due date it restates ("valid for an offer period which is
            // 14 days from today" is no term).
            let at = c.get(0).map_or(0, |m| m.start());
            let before = cx.slice(at.saturating_sub(48), at);
            number::first_date(before, cx.day_first).is_some_and(|d| {
                before.get(d.end..).is_some_and(|gap| {
                    gap.trim_matches(|ch: char| ch == ',' || ch.is_whitespace())
                        .is_empty()
                })
            })
        }))
    {
        let (Some(whole), Some(n), Some(unit)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = cx.slice(whole.start().saturating_sub(40), whole.start());
        // "the first due one month after the date of this agreement" dates the first payment.
        static FIRST_DUE: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(
                r"(?i)(?-u:\b)(?:first|commenc[a-z]*|beginning|starting)(?-u:\b)[^.;,]{0,30}$",
            )
            .expect("static regex")
        });
        if LATE_WORDS.is_match(before)
            || FIRST_DUE.is_match(before)
            || number::is_money_figure(&flat, n.start(), n.end())
        {
            continue;
        }
        if let Some(n) = parse_count(n.as_str())
            && n > 0
        {
            set_term(cx, terms, n, unit.as_str(), (whole.start(), whole.end()));
            return;
        }
    }
    // "lend ... $10,000.00 for 24 months", "$3,000.00 at 18% over 12 months": a duration right
    // after the loan's figures. (Days are left out: "late for 15 days" is not a term.)
    static FOR_TERM: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:for|over)\s+(?:a (?:term|period) of\s+)?(\d{1,3})\s*-?\s*(months?|years?|weeks?)(?-u:\b)")
            .expect("static regex")
    });
    for c in FOR_TERM.captures_iter(&flat) {
        let (Some(whole), Some(n), Some(unit)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = cx.slice(whole.start().saturating_sub(40), whole.start());
        let figure_before = figure_ends_within(before, 32);
        let Ok(n) = n.as_str().parse::<u32>() else {
            continue;
        };
        if figure_before && n > 0 && !LATE_WORDS.is_match(before) {
            set_term(cx, terms, n, unit.as_str(), (whole.start(), whole.end()));
            return;
        }
    }
    // A retail credit plan named with its length, as checkout and app screens print it:
    // "Interest-free credit · 12 months", "0% APR finance: 24 months", "Payment plan, 10 months",
    // "12 months interest free", "Buy now pay later – 6 months".
    static PLAN_SPAN: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:(?:(?:interest[- ]free|0\s?%(?: APR| interest)?|buy now,? pay later|pay later|instal?ment|finance|credit|payment) (?:credit|finance|plan|option|credit plan)|interest[- ]free|buy now,? pay later)[ \t]*[·•:|,–—-][ \t]*(\d{1,3})[ \t]*-?[ \t]*(months?|years?|weeks?)|(\d{1,3})[ \t]*-?[ \t]*(months?|years?|weeks?)(?:'|’)?[ \t]+(?:interest[- ]free|(?:at )?0\s?% (?:APR|interest|finance)))(?-u:\b)")
            .expect("static regex")
    });
    if let Some(c) = PLAN_SPAN.captures(&flat)
        && let Some(whole) = c.get(0)
        && let (Some(n), Some(unit)) = (c.get(1).or(c.get(3)), c.get(2).or(c.get(4)))
        && let Ok(n) = n.as_str().parse::<u32>()
        && n > 0
    {
        set_term(cx, terms, n, unit.as_str(), (whole.start(), whole.end()));
        return;
    }
    // An offer card prints the term as a line of its own: "36 Months", "12-month term", or as
    // one cell of a line whose cells a middle dot or bullet parts: "36 months · Fixed rate",
    // "Fixed · 60 months · No fees" (months or years only: "Grace · 15 days" is no term). OCR
    // of a screenshot may render the dot as a mark or two between blanks ("36 months <: Fixed").
    static TERM_LINE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?im)^[ \t]*(\d{1,3})[ \t]*-?[ \t]*(months?|years?|weeks?|days?)(?:[ \t]+(?:loan )?term)?[ \t]*$|(?:^|[·•])[ \t]*(\d{1,3})[ \t]*-?[ \t]*(months?|years?)(?:[ \t]+(?:loan )?term)?(?:[ \t]*(?:$|[·•])|[ \t]+[^\sA-Za-z0-9]{1,2}[ \t]+)")
            .expect("static regex")
    });
    if let Some(c) = TERM_LINE.captures(&cx.doc.text)
        && let (Some(whole), Some(n), Some(unit)) =
            (c.get(0), c.get(1).or(c.get(3)), c.get(2).or(c.get(4)))
        && let Ok(n) = n.as_str().parse::<u32>()
        && n > 0
    {
        set_term(cx, terms, n, unit.as_str(), (whole.start(), whole.end()));
    }
}

/// The term of something the loan pays for, not the loan's: "Policy: commercial auto, term 12
/// months" (a premium finance agreement), "Warranty term: 36 months", "Coverage period of 6
/// months". The words of the line (and sentence) before the term's label name it.
static OTHER_TERM_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:polic(?:y|ies)|coverage|warranty|service contract|service plan|membership|subscription)(?-u:\b)[^.;]*$")
        .expect("static regex")
});

fn names_other_term(cx: &Ctx, at: usize) -> bool {
    let (sentence_start, _) = cx.sentence_of(at);
    let text = cx.doc.text.as_str();
    let line_start = text
        .get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    OTHER_TERM_OWNER.is_match(cx.slice(sentence_start.max(line_start), at))
}

/// A count given as so many a year for so many years: "26 payroll deductions a year for 5
/// years", "52 payments per year over three (3) years". The count is their product, and the
/// number a year is the frequency.
pub(super) fn count_per_year(cx: &mut Ctx, terms: &mut Terms) {
    static PER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(&format!(r"(?i)(?-u:\b)(52|26|24|12|4|fifty-?two|twenty-?six|twenty-?four|twelve|four)\s+(?:(?:{PAYMENT_NOUN})\s+)?(?:per|a|each|every)\s+year,?\s+(?:for|over|during)\s+(?:a (?:term|period) of\s+)?{COUNT}\s+years?(?-u:\b)"))
            .expect("static regex")
    });
    if terms.installments.is_some() {
        return;
    }
    let flat = cx.flat.clone();
    let Some(c) = PER_YEAR.captures(&flat) else {
        return;
    };
    let (Some(whole), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
        return;
    };
    let (Some(per_year), Some(years)) = (parse_count(a.as_str()), parse_count(b.as_str())) else {
        return;
    };
    let frequency = match per_year {
        52 => Frequency::Weekly,
        26 => Frequency::Biweekly,
        24 => Frequency::Semimonthly,
        12 => Frequency::Monthly,
        _ => Frequency::Quarterly,
    };
    let count = per_year * years;
    if years == 0 || count > 600 {
        return;
    }
    cx.cover(a.start());
    let evidence = cx.evidence(whole.start(), whole.end());
    terms.assumptions.push(format!(
        "{count} payments: {per_year} a year for {years} years («{}»)",
        whole.as_str()
    ));
    terms.installments = Some(Count {
        count,
        evidence: evidence.clone(),
    });
    if terms.frequency.is_none() {
        terms.frequency = Some(FrequencyTerm {
            frequency,
            evidence,
        });
    }
}

/// The number of whole calendar months from `start` to `end`, when `end` falls on the same
/// day of the month (or both on a month's last day).
pub(super) fn whole_months(start: chrono::NaiveDate, end: chrono::NaiveDate) -> Option<u32> {
    use chrono::{Datelike, Months};
    let span = (end.year() - start.year()) * 12 + i32::try_from(end.month()).ok()?
        - i32::try_from(start.month()).ok()?;
    let span = u32::try_from(span).ok().filter(|&m| m > 0)?;
    (start.checked_add_months(Months::new(span)) == Some(end)).then_some(span)
}
/// No count of payments stated, but a term in whole months and a stated monthly payment: one
/// payment a month over the term.
/// A mortgage form (Loan Estimate, Closing Disclosure) is left alone: its payment changes
/// over the term (adjustable rate, interest-only years), so the term alone is no count.
pub(super) fn count_from_term(terms: &mut Terms) {
    let mortgage_form = terms
        .disclosure_form
        .as_ref()
        .is_some_and(|f| f.form.is_mortgage());
    // Interest paid each month and the principal at the end: one payment a month too.
    let interest_only = terms
        .repayment
        .as_ref()
        .is_some_and(|r| r.method == RepaymentMethod::InterestOnly);
    if terms.installments.is_some() || (terms.payment.is_none() && !interest_only) || mortgage_form
    {
        return;
    }
    let (Some(term), Some(freq)) = (&terms.term, &terms.frequency) else {
        return;
    };
    let Some(months) = term.months else {
        return;
    };
    // Payments a year: a weekly or biweekly schedule fits a term only in whole years (26
    // biweekly payroll deductions a year for 5 years); a monthly one any whole months.
    let (per_year, word) = match freq.frequency {
        Frequency::Weekly => (52, "weekly"),
        Frequency::Biweekly => (26, "biweekly"),
        Frequency::Semimonthly => (24, "semimonthly"),
        Frequency::Monthly => (12, "monthly"),
        Frequency::Quarterly => (4, "quarterly"),
        Frequency::Annually => (1, "yearly"),
        _ => return,
    };
    let whole_periods = if per_year > 12 {
        months % 12 == 0 || (per_year == 24)
    } else {
        (months * per_year) % 12 == 0
    };
    let count = months * per_year / 12;
    if months < 2 || !whole_periods || count < 2 {
        return;
    }
    let from = if interest_only {
        format!("{word} interest payments")
    } else {
        format!("the stated {word} payment")
    };
    terms.assumptions.push(format!(
        "{count} {word} payments derived from the stated term of {months} months and {from}"
    ));
    terms.installments = Some(Count {
        count,
        evidence: term.evidence.clone(),
    });
}

/// No term and no count stated, but regular payments from the loan's date to a maturity date
/// a whole number of months later: the term is that span, said with the two dates it came from.
pub(super) fn term_from_dates(terms: &mut Terms) {
    if terms.term.is_some() || terms.installments.is_some() {
        return;
    }
    let periodic = terms.frequency.as_ref().is_some_and(|f| {
        matches!(
            f.frequency,
            Frequency::Monthly | Frequency::Quarterly | Frequency::Annually
        )
    });
    let (Some(start), Some(due)) = (terms.start_date(), &terms.maturity_date) else {
        return;
    };
    let Some(months) = whole_months(start.date, due.date).filter(|_| periodic) else {
        return;
    };
    terms.inferred.push(crate::model::Inferred {
        field: "term".into(),
        value: format!("{months} months"),
        reason: format!(
            "no term is stated: {months} months from the loan's date {} to the maturity date {}",
            start.date, due.date
        ),
        evidence: vec![start.evidence.clone(), due.evidence.clone()],
    });
    terms.term = Some(LoanTerm {
        months: Some(months),
        days: None,
        evidence: due.evidence.clone(),
    });
}

/// The loan's length named in a heading or a table row rather than a term's label: "Your
/// 45-day loan", "a 12-month personal loan", "Interest (0.72% a day on £400.00 for 45 days)".
static SPAN_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(\d{1,3})[ -](days?|weeks?|months?)[ -](?:(?:payday|cash|short[- ]term|personal|instal?ment|bridging|repair|car|emergency) )?loan(?-u:\b)|(?-u:\b)(?:for|over)\s+(\d{1,3})\s*-?\s*(days?)(?-u:\b)")
        .expect("static regex")
});

/// The first length of the loan named in a heading ("45-day loan") or after the loan's figures
/// ("£400.00 for 45 days"): its count, unit, span and the words.
fn span_named(cx: &Ctx) -> Option<(u32, String, (usize, usize))> {
    let flat = cx.flat.as_str();
    for c in SPAN_NAMED.captures_iter(flat) {
        let Some(whole) = c.get(0) else { continue };
        let before = cx.slice(whole.start().saturating_sub(40), whole.start());
        if LATE_WORDS.is_match(before) || names_other_term(cx, whole.start()) {
            continue;
        }
        let (n, unit) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(n), Some(u), _, _) => (n, u),
            (_, _, Some(n), Some(u)) => {
                // "for 45 days" only right after a figure of the loan (an amount or a rate):
                // "open for 30 days", "valid for 14 days" are no term.
                let figure_before = figure_ends_within(before, 4);
                if !figure_before {
                    continue;
                }
                (n, u)
            }
            _ => continue,
        };
        let Some(n) = n.as_str().parse::<u32>().ok().filter(|&n| n > 0) else {
            continue;
        };
        return Some((n, unit.as_str().to_string(), (whole.start(), whole.end())));
    }
    None
}

/// A length named in a heading or a row ("Your 45-day loan", "on £400.00 for 45 days"),
/// reconciled with the term: with no term it is the term; with a term from the dates or the
/// schedule it confirms it, or, when it differs, the difference is said and the dates kept.
pub(super) fn span_in_words(cx: &mut Ctx, terms: &mut Terms) {
    let Some((n, unit, span)) = span_named(cx) else {
        return;
    };
    let words = cx.slice(span.0, span.1).to_string();
    let unit_l = unit.to_ascii_lowercase();
    let (months, days) = if unit_l.starts_with('m') {
        (Some(n), None)
    } else if unit_l.starts_with('w') {
        (None, n.checked_mul(7))
    } else {
        (None, Some(n))
    };
    match &terms.term {
        None => {
            // Several regular payments but no frequency: a length alone is no schedule.
            if terms.installments.as_ref().is_some_and(|c| c.count > 1) && terms.frequency.is_none()
            {
                return;
            }
            set_term(cx, terms, n, &unit, span);
            terms.assumptions.push(format!(
                "term of {n} {unit_l} read from «{words}» (no term's label or due date gives it)"
            ));
        }
        Some(t) if (t.months, t.days) == (months, days) => {
            terms
                .assumptions
                .push(format!("the term agrees with «{words}»"));
        }
        Some(t) if t.months.is_some() == months.is_some() => {
            let had = t.months.map_or_else(
                || format!("{} days", t.days.unwrap_or(0)),
                |m| format!("{m} months"),
            );
            terms.assumptions.push(format!(
                "the document also names the loan's length as «{words}», which differs from the term of {had} read from «{}»: the term is kept as read",
                t.evidence.text
            ));
        }
        Some(_) => {}
    }
}

/// Whether an amount or a rate ends at most `max` bytes before the end of `before`.
fn figure_ends_within(before: &str, max: usize) -> bool {
    number::find_money(before)
        .last()
        .map(|m| m.end)
        .into_iter()
        .chain(number::find_percents(before).last().map(|p| p.end))
        .max()
        .is_some_and(|end| before.len() - end <= max)
}

/// Record a term of `n` `unit`s (months, years, weeks or days) read at `span`.
fn set_term(cx: &mut Ctx, terms: &mut Terms, n: u32, unit: &str, span: (usize, usize)) {
    let unit = unit.to_ascii_lowercase();
    // The first letter tells the unit, whole or abbreviated ("mos", "yrs", "wks").
    let (months, days) = if unit.starts_with('m') {
        (Some(n), None)
    } else if unit.starts_with('y') {
        (n.checked_mul(12), None)
    } else if unit.starts_with('w') {
        (None, n.checked_mul(7))
    } else {
        (None, Some(n))
    };
    cx.cover(span.0);
    terms.term = Some(LoanTerm {
        months,
        days,
        evidence: cx.evidence(span.0, span.1),
    });
}

/// No term stated: it follows from the schedule. A count of regular payments gives whole
/// months (or weeks); a single payment runs from the contract date to its due date.
pub(crate) fn derive_term(terms: &mut Terms) {
    if terms.term.is_some() {
        return;
    }
    let Some(count) = &terms.installments else {
        return;
    };
    let n = count.count;
    let term = if n == 1 {
        // The term runs from the day the money is paid out; the signing date stands in only
        // when no funding date is stated.
        let (Some(start), Some(due)) = (terms.start_date(), &terms.maturity_date) else {
            return;
        };
        let days = (due.date - start.date).num_days();
        let Ok(days) = u32::try_from(days) else {
            return;
        };
        if days == 0 {
            return;
        }
        let from = if terms.disbursement_date.is_some() {
            "funding date"
        } else {
            "contract date"
        };
        // From the 1st of June to the 1st of July is one month, whatever its days.
        let months = whole_months(start.date, due.date);
        let length = match months {
            Some(m) => format!("{m} month(s) ({days} days)"),
            None => format!("{days} days"),
        };
        let note = format!(
            "term of {length} derived from the payment schedule: one payment, from the {from} {} to the due date {}",
            start.date, due.date
        );
        let evidence = due.evidence.clone();
        terms.assumptions.push(note);
        terms.term = Some(LoanTerm {
            months,
            days: months.is_none().then_some(days),
            evidence,
        });
        return;
    } else {
        let Some(freq) = terms.frequency.as_ref().map(|f| f.frequency) else {
            return;
        };
        let (months, days) = match freq {
            Frequency::Monthly => (Some(n), None),
            Frequency::Quarterly => (n.checked_mul(3), None),
            Frequency::Annually => (n.checked_mul(12), None),
            Frequency::Weekly => (None, n.checked_mul(7)),
            Frequency::Biweekly => (None, n.checked_mul(14)),
            // Two payments a month: half as many months.
            Frequency::Semimonthly if n % 2 == 0 => (Some(n / 2), None),
            _ => return,
        };
        if months.is_none() && days.is_none() {
            return;
        }
        LoanTerm {
            months,
            days,
            evidence: count.evidence.clone(),
        }
    };
    // The figures it came from: the count and how often (one payment: its due date, above).
    let from = match terms.frequency.as_ref().map(|f| f.frequency) {
        Some(f) if n > 1 => format!(" ({n} payments x one {} period)", period_word(f)),
        _ => String::new(),
    };
    terms.assumptions.push(match (term.months, term.days) {
        (Some(m), _) => format!("term of {m} months derived from the payment schedule{from}"),
        (_, Some(d)) => format!("term of {d} days derived from the payment schedule{from}"),
        _ => String::new(),
    });
    terms.term = Some(term);
}

/// The word of one payment period ("monthly" for a monthly schedule).
fn period_word(f: Frequency) -> &'static str {
    match f {
        Frequency::Weekly => "weekly",
        Frequency::Biweekly => "two-week",
        Frequency::Semimonthly => "half-month",
        Frequency::Monthly => "monthly",
        Frequency::Quarterly => "quarterly",
        Frequency::Annually => "yearly",
        Frequency::Daily => "daily",
        Frequency::Single => "single",
    }
}

#[cfg(test)]
mod tests {
    use crate::model::Terms;
    use crate::read::{Document, SourceKind};
    use std::path::Path;

    fn terms(text: &str) -> Terms {
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        super::super::extract(&doc)
    }

    fn days(t: &Terms) -> Option<u32> {
        t.term.as_ref().and_then(|t| t.days)
    }

    #[test]
    fn one_payment_on_an_ordinal_date_gives_the_term_in_days() {
        let t = terms(
            "QuickFix Loans Ltd, Bristol. Agreement signed on 2nd March 2026.\nCredit: £250.00\nInterest: 0.6% per day\nYou will pay us back, in a single instalment on 1st April 2026: £295.00",
        );
        assert_eq!(days(&t), Some(30));
    }

    #[test]
    fn a_length_in_a_heading_or_row_is_the_term_or_confirms_it() {
        // No due date: the heading gives the term.
        let t = terms(
            "Your 28-day cash loan\nLoan amount: £300.00\nDaily interest 0.7% on £300.00 for 28 days: £58.80\nRepay £358.80 in one payment.",
        );
        assert_eq!(days(&t), Some(28));
        // A due date too: the row confirms the term from the dates.
        let t = terms(
            "Signed on 1st June 2026. Credit of £200.00 at 0.5% a day on £200.00 for 29 days. You repay, in one payment on 30th June 2026, £229.00.",
        );
        assert_eq!(days(&t), Some(29));
        assert!(t.assumptions.iter().any(|a| a.contains("agrees")));
    }

    #[test]
    fn a_span_that_is_not_the_loan_s_is_no_term() {
        let t = terms(
            "Offer of credit £500.00 is valid for 14 days. Interest 12% a year. Late payments: default charge £12.00 for 10 days overdue.",
        );
        assert_eq!(days(&t), None);
    }
}
