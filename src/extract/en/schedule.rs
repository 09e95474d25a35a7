//! Term and schedule: number of payments, payment amount, frequency, loan term, contract /
//! first payment / maturity dates, repayment method, balloon payment.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::amounts::labelled_money;
use super::number::{self, parse_number_words};
use crate::model::{
    Amount, Count, Frequency, FrequencyTerm, LoanTerm, Repayment, RepaymentMethod, Terms,
};

/// A count in figures, words, or both ("twenty (20)").
const COUNT: &str = r"(\d{1,3}|[a-z]+(?:[ -][a-z]+)?\s*\(\d{1,3}\)|[a-z]+(?:-[a-z]+)?)";
const FREQ: &str = r"weekly|bi-?weekly|fortnightly|semi-?monthly|monthly|quarterly|annual|yearly";

static INSTALLMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b){COUNT}\s+(?:(?:equal|consecutive|successive|substantially equal|regular|scheduled|level)\s+)*(?:({FREQ})\s+)?(?:(?:principal and interest|level)\s+)?(payments?|instal?lments?|repayments?)(?-u:\b)"))
        .expect("static regex")
});
/// A TILA payment-schedule box: "Number of Payments: 12". An app screen glues label and
/// figure ("$75.65Number of Payments18Payment Frequency"), so no word boundary is required
/// around them.
static NUMBER_OF_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:number of (?:payments|instal?lments|repayments)|no\. of (?:payments|instal?lments))\s*:?\s*(\d{1,3})(?:(?-u:\b)|(?-i:[A-Z]))")
        .expect("static regex")
});
/// After a count of regular payments, the odd last one(s) in the same sentence: "and one final
/// payment of", "plus a final instalment", "followed by 1 balloon payment", "+ 1 last payment".
static FINAL_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)and|(?-u:\b)plus|(?-u:\b)followed by|(?-u:\b)then|\+)\s+(?:(?:a|an|the)\s+|(one\s*\(1\)|one|two|three|\d{1,2})\s+)(?:(?:final|last|concluding|closing|balloon|irregular|odd)\s+)+(?:(?:monthly|weekly|loan|regular)\s+)?(?:payments?|instal?lments?|repayments?)(?-u:\b)")
        .expect("static regex")
});
static AMOUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:each\s+)?(?:of|in the amount of|amounting to|totall?ing)\s+")
        .expect("static regex")
});
static PAYMENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:monthly|weekly|bi-?weekly|semi-?monthly|fortnightly|regular|periodic|scheduled) (?:loan )?(?:payment|instal?lment|repayment)(?: amount)?|monthly principal (?:&|and) interest|payment amount|instal?lment amount|amount of (?:each )?(?:payments?|instal?lments?)|(?:fixed|equal|level|regular) (?:monthly |weekly )?(?:payments?|instal?lments?|repayments?) of)(?-u:\b)")
        .expect("static regex")
});
/// "Payment: $239.77 per month" as a form row of its own ("Late payment:" is not one).
static LINE_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)(?:^|\|)[ \t]*(?:payment|repayment|instal?lment)(?: amount)?[ \t]*:")
        .expect("static regex")
});
/// The figure right after a `LINE_PAYMENT` label, with the label's offset.
fn line_payment(cx: &Ctx) -> Option<(number::Money, usize)> {
    LINE_PAYMENT.find_iter(&cx.doc.text).find_map(|m| {
        let money = number::find_money(cx.slice(m.end(), m.end() + 40))
            .into_iter()
            .next()
            .filter(|x| x.start <= 3)?;
        Some((money.shifted(m.end()), m.start()))
    })
}

/// The words of a payment frequency.
const FREQ_WORDS: &str = r"bi-?weekly|every (?:two|2) weeks|every other (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|fortnightly|semi-?monthly|twice (?:a|per|each) month|weekly|monthly|quarterly|every (?:three|3) months|every quarter|annually";
static FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?:(?-u:\b)(?:({FREQ_WORDS})\s+(?:(?:loan|principal (?:&|and) interest|level|equal)\s+)?(?:payments?|instal?lments?|repayments?)|(?:payments?|instal?lments?|repayments?|payable|paid|due)(?-u:\b)(?:[^.;]|\.\d){{0,40}}?(?-u:\b)({FREQ_WORDS}|on the \d{{1,2}}(?:st|nd|rd|th) (?:day )?of each month|each month)|({FREQ_WORDS}),?\s+(?:beginning|starting|commencing)(?:\s+on)?\s+\S*\d)(?-u:\b)|(?-u:\b)(?:payment |repayment )?frequency\s*:?\s*({FREQ_WORDS}|every (?:week|month))(?:(?-u:\b)|(?-i:[A-Z]))|(?-u:\b)(?:on|by) the ((?:first|last|\d{{1,2}}(?:st|nd|rd|th)) (?:calendar )?day of (?:each|every) (?:calendar )?month)(?-u:\b))"))
        .expect("static regex")
});
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(?:(?:loan term|term of (?:the )?(?:loan|agreement|note|credit|transaction|advance)|term\s*[:|]?|duration of (?:the )?(?:loan|agreement|credit(?: agreement)?)|repayment period|for a (?:term|period) of|a term of|duration\s*:)\s*:?\s*(?:(?:is|shall be|will be)\s+)?(?:of\s+)?(?:\[ ?\]\s*|☐\s*|□\s*)?{COUNT}\s*-?\s*(months?|years?|weeks?|days?)(?-u:\b)|(\d{{1,3}})[ -](months?|years?|weeks?|days?)[ -](?:loan )?term(?-u:\b))"))
        .expect("static regex")
});
static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(add-on interest|precomputed|pre-computed|flat rate of interest|flat interest)|(interest-only|interest only (?:payments?|instal?lments?|repayments?|loan|period|basis)|(?:pay|pays|paying|repay)(?: the)? interest only|(?:pay|pays|paying) only (?:the )?(?:accrued )?interest(?: each| every| monthly| on)|(?:payments?|instal?lments?|repayments?) (?:of|are|is) (?:for )?interest only|(?:interest only|only (?:the )?interest)(?: of [$£€]\s?\d[\d,]*(?:\.\d{1,2})?)? (?:is |are |shall be |will be |is to be |must be )?(?:paid|payable|due))|(payable (?:up)?on demand|(?:repay|repaid|pay|payable|due)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:in a single (?:lump[- ]sum )?payment|in one (?:single |lump[- ]sum )?payment|in a lump[- ]sum|one \(1\) payment)|(?:due|repayable|payable|repay|repaid) in full (?:(?:with)?in )?\d{1,3} (?:days?|weeks?) (?:from|after)|(?:whole|all|entire|full amount|total) of the (?:unpaid )?principal(?: balance| sum)?,? (?:and|together with|plus|with) (?:all )?(?:accrued |unpaid )*interest(?:[^.;]|\.\d){0,80}?(?:due|payable|repaid|paid)(?: and payable)?(?: in full)? (?:on|by))|(simple interest|amortiz|amortis|equal (?:monthly |weekly )?(?:payments|instal?lments)|level payments)|((?:(?:repay|pay back|return) )?(?:the )?(?:whole |entire |full |outstanding |unpaid )?principal(?: amount| sum| balance)?(?: (?:is |shall be |will be |must be )?(?:due|payable|repayable|repaid|paid))?(?: in full)?(?: (?:together )?with (?:the )?(?:last|final) (?:interest )?(?:payment|instal?lment))? (?:on|at|upon|by))|((?:the )?(?:whole|entire|full)(?: amount| sum| balance| debt| loan)?(?: of)?(?:\s+[$£€]\s?\d[\d,]*(?:\.\d{1,2})?)?,?\s+(?:is|shall be|will be|becomes|must be)\s+(?:due|payable|repayable|repaid)(?: in full| in one sum| in a single payment)?\s+(?:on|by|at|in|within|one|two|three|four|\d)(?-u:\b)))")
        .expect("static regex")
});

/// The frequency word at `word`, or, when it is an unticked box of a form ("☐ Weekly ☐
/// Fortnightly ☑ Monthly"), the ticked option later on its line; `None` when none is ticked.
fn ticked_choice(flat: &str, word: std::ops::Range<usize>) -> Option<(usize, usize)> {
    if !super::unticked(flat, word.start) {
        return Some((word.start, word.end));
    }
    static OPTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?:\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)|[☑☒✓✔■●])\s*({FREQ})(?-u:\b)"
        ))
        .expect("static regex")
    });
    let rest = flat.get(word.end..)?;
    let rest = rest.get(..super::floor(rest, 80)).unwrap_or(rest);
    let c = OPTION.captures(rest)?;
    let m = c.get(1)?;
    Some((word.end + m.start(), word.end + m.end()))
}

/// Words of lateness and default: a duration after them is a grace or notice period.
static LATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:late|overdue|past due|delinquen|default|notice|within|grace)")
        .expect("static regex")
});

/// Parse "20", "twenty", "twenty (20)"; the figure in brackets wins.
fn parse_count(s: &str) -> Option<u32> {
    if let (Some(o), Some(c)) = (s.find('('), s.find(')')) {
        return s.get(o + 1..c)?.trim().parse().ok();
    }
    if let Ok(n) = s.trim().parse() {
        return Some(n);
    }
    let d = parse_number_words(s)?;
    u32::try_from(d.trunc().mantissa()).ok()
}

fn frequency_of(word: &str) -> Option<Frequency> {
    let w = word.to_ascii_lowercase();
    Some(
        if w.starts_with("bi")
            || w.contains("two")
            || w.contains(" 2 ")
            || w.starts_with("every other")
            || w == "fortnightly"
        {
            Frequency::Biweekly
        } else if w == "quarterly"
            || w.contains("three")
            || w.contains(" 3 ")
            || w.ends_with("quarter")
        {
            Frequency::Quarterly
        } else if w == "every week" || (w.starts_with("every") && w.ends_with("day")) {
            // "every week", "every Friday": one payment a week.
            Frequency::Weekly
        } else if w.starts_with("semi") || w.starts_with("twice") {
            Frequency::Semimonthly
        } else if w == "weekly" {
            Frequency::Weekly
        } else if w.contains("month") {
            Frequency::Monthly
        } else if w == "quarterly" {
            Frequency::Quarterly
        } else if w == "annual" || w == "annually" || w == "yearly" {
            Frequency::Annually
        } else {
            return None;
        },
    )
}

/// Read schedule terms.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    installments(cx, terms);
    if terms.payment.is_none()
        && let Some((money, label)) =
            labelled_money(cx, &PAYMENT_LABEL).or_else(|| line_payment(cx))
    {
        cx.cover(money.start);
        terms.payment = Some(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: cx.evidence(label, money.end),
            derived: false,
        });
    }
    if terms.frequency.is_none()
        && let Some((w, f)) = FREQUENCY.captures_iter(&cx.flat).find_map(|c| {
            let (w, f) = (c.get(0)?, (1..=5).find_map(|i| c.get(i))?);
            Some((w.range(), ticked_choice(&cx.flat, f.range())?))
        })
        && let Some(freq) = frequency_of(cx.slice(f.0, f.1))
    {
        terms.frequency = Some(FrequencyTerm {
            frequency: freq,
            evidence: cx.evidence(w.start.min(f.0), w.end.max(f.1)),
        });
    }
    if terms.installments.is_none() {
        table_count(cx, terms);
    }
    let last = super::last_payment::final_payment(cx, terms);
    let balloon = super::last_payment::balloon(cx, terms);
    if let Some((amount, at)) = last.or(balloon) {
        super::last_payment::count_with_last(cx, terms, amount, at);
    }
    loan_term(cx, terms);
    count_from_term(terms);
    super::dates::extract(cx, terms);
    derive_term(terms);
    method(cx, terms);
    term_from_dates(terms);
    count_from_term(terms);
}

fn installments(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    if let Some(c) = NUMBER_OF_PAYMENTS.captures(&flat)
        && let (Some(w), Some(n)) = (c.get(0), c.get(1))
        && !number::is_money_figure(&flat, n.start(), n.end())
        && let Ok(count) = n.as_str().parse::<u32>()
        && count > 0
    {
        cx.cover(n.start());
        terms.installments = Some(Count {
            count,
            evidence: cx.evidence(w.start(), w.end()),
        });
        if count == 1 {
            terms.frequency = Some(FrequencyTerm {
                frequency: Frequency::Single,
                evidence: cx.evidence(w.start(), w.end()),
            });
        }
        return;
    }
    for c in INSTALLMENTS.captures_iter(&flat) {
        let (Some(whole), Some(count)) = (c.get(0), c.get(1)) else {
            continue;
        };
        // "$998.89 Monthly Payment": the cents of an amount are not a count.
        if number::is_money_figure(&flat, count.start(), count.end()) {
            continue;
        }
        // "your first 60 payments", "the remaining payments" describe a part of the schedule.
        let before = flat
            .get(super::floor(&flat, whole.start().saturating_sub(12))..whole.start())
            .unwrap_or("")
            .to_ascii_lowercase();
        if ["first", "last", "next", "remaining", "missed", "late", "#"]
            .iter()
            .any(|w| before.trim_end().ends_with(w))
            || super::numbers_section(&flat, count.start())
        {
            continue;
        }
        let Some(n) = parse_count(count.as_str()) else {
            continue;
        };
        if n == 0 || n > 600 {
            continue;
        }
        cx.cover(count.start());
        // "35 monthly payments of $161.34 ... and one final payment of $161.18": count all.
        let sent_end = cx.sentence_of(whole.start()).1.max(whole.end());
        let tail = flat.get(whole.end()..sent_end).unwrap_or("");
        let (n, whole_end) = match FINAL_PAYMENTS.captures(tail) {
            Some(f) => {
                let extra = f.get(1).and_then(|k| parse_count(k.as_str())).unwrap_or(1);
                let end = f.get(0).map_or(whole.end(), |m| whole.end() + m.end());
                (n.saturating_add(extra), end)
            }
            None => (n, whole.end()),
        };
        terms.installments = Some(Count {
            count: n,
            evidence: cx.evidence(whole.start(), whole_end),
        });
        let freq = c.get(2).and_then(|f| frequency_of(f.as_str()));
        let freq = if n == 1 {
            Some(Frequency::Single)
        } else {
            freq
        };
        if let Some(f) = freq {
            terms.frequency = Some(FrequencyTerm {
                frequency: f,
                evidence: cx.evidence(whole.start(), whole.end()),
            });
        }
        let after = flat.get(whole.end()..).unwrap_or("");
        if let Some(lead) = AMOUNT_AFTER.find(after) {
            let rest = after.get(lead.end()..).unwrap_or("");
            let head = rest.get(..super::floor(rest, 30)).unwrap_or(rest);
            if let Some(money) = number::find_money(head).into_iter().next()
                && money.start == 0
            {
                let abs = whole.end() + lead.end();
                cx.cover(abs);
                terms.payment = Some(Amount {
                    amount: money.amount,
                    currency: money.currency.to_string(),
                    evidence: cx.evidence(whole.start(), abs + money.end),
                    derived: false,
                });
            }
        }
        return;
    }
}

fn loan_term(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    for c in TERM.captures_iter(&flat) {
        let Some(whole) = c.get(0) else { continue };
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
                Regex::new(r"(?i)(?:\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)|[☑☒✓✔■●])\s*(\d{1,3})\s*-?\s*(months?|years?|weeks?|days?)(?-u:\b)")
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
        Regex::new(&format!(r"(?i)(?-u:\b)(?:due|repayable|payable|repaid)(?: in full)?(?: in)? {COUNT} (days?|weeks?|months?) (?:from|after) (?:today|the (?:date|day) (?:of (?:this|the) )?(?:loan|agreement|advance|transaction|funding)|funding|the transaction date|the loan date)"))
            .expect("static regex")
    });
    // "on October 1, 2026, eighteen (18) months after the date of this Note": the due date
    // stated as a span from the note's own date.
    static AFTER_NOTE_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)(?-u:\b){COUNT}\s*-?\s*(days?|weeks?|months?|years?) (?:from|after) (?:the date (?:of (?:this|the) (?:note|agreement|loan(?: agreement)?|contract)|hereof)|this (?:note|agreement)(?:'s| is) (?:date|signed)|funding|disbursement|the (?:funding|disbursement|advance|loan) date|the date (?:of|on which) (?:the )?(?:funding|disbursement|advance|loan is (?:funded|made|advanced)))"))
            .expect("static regex")
    });
    for c in DUE_AFTER
        .captures_iter(&flat)
        .chain(AFTER_NOTE_DATE.captures_iter(&flat))
    {
        let (Some(whole), Some(n), Some(unit)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = cx.slice(whole.start().saturating_sub(40), whole.start());
        // "the first due one month after the date of this agreement" dates the first payment.
        static FIRST_DUE: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(
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
        Regex::new(r"(?i)(?-u:\b)(?:for|over)\s+(?:a (?:term|period) of\s+)?(\d{1,3})\s*-?\s*(months?|years?|weeks?)(?-u:\b)")
            .expect("static regex")
    });
    for c in FOR_TERM.captures_iter(&flat) {
        let (Some(whole), Some(n), Some(unit)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = cx.slice(whole.start().saturating_sub(40), whole.start());
        let figure_before = number::find_money(before)
            .last()
            .map(|m| m.end)
            .into_iter()
            .chain(number::find_percents(before).last().map(|p| p.end))
            .max()
            .is_some_and(|end| before.len() - end <= 32);
        let Ok(n) = n.as_str().parse::<u32>() else {
            continue;
        };
        if figure_before && n > 0 && !LATE_WORDS.is_match(before) {
            set_term(cx, terms, n, unit.as_str(), (whole.start(), whole.end()));
            return;
        }
    }
    // An offer card prints the term as a line of its own: "36 Months", "12-month term".
    static TERM_LINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?im)^[ \t]*(\d{1,3})[ \t]*-?[ \t]*(months?|years?|weeks?|days?)(?:[ \t]+(?:loan )?term)?[ \t]*$")
            .expect("static regex")
    });
    if let Some(c) = TERM_LINE.captures(&cx.doc.text)
        && let (Some(whole), Some(n), Some(unit)) = (c.get(0), c.get(1), c.get(2))
        && let Ok(n) = n.as_str().parse::<u32>()
        && n > 0
    {
        set_term(cx, terms, n, unit.as_str(), (whole.start(), whole.end()));
    }
}

/// The number of whole calendar months from `start` to `end`, when `end` falls on the same
/// day of the month (or both on a month's last day).
fn whole_months(start: chrono::NaiveDate, end: chrono::NaiveDate) -> Option<u32> {
    use chrono::{Datelike, Months};
    let span = (end.year() - start.year()) * 12 + i32::try_from(end.month()).ok()?
        - i32::try_from(start.month()).ok()?;
    let span = u32::try_from(span).ok().filter(|&m| m > 0)?;
    (start.checked_add_months(Months::new(span)) == Some(end)).then_some(span)
}

/// A payment-schedule table drawn with bars: the "Number of Payments" column lists the count
/// of each run of payments ("| 35 | $161.31 | Monthly beginning ... |" over "| 1 | $161.41 |"),
/// and the count is their sum.
fn table_count(cx: &mut Ctx, terms: &mut Terms) {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:number|no\.|count) of (?:payments|instal?lments|repayments)(?-u:\b)",
        )
        .expect("static regex")
    });
    let text = cx.doc.text.clone();
    for m in HEAD.find_iter(&text) {
        if super::cells_below(&text, m.start()).is_empty() {
            if let Some((total, last)) = aligned_column_sum(&text, m.start(), m.end()) {
                terms.installments = Some(Count {
                    count: total,
                    evidence: cx.evidence(m.start(), last),
                });
                return;
            }
            continue;
        }
        if !super::heads_cell(&text, m.start()) {
            continue;
        }
        let mut total = 0u32;
        let mut cells = Vec::new();
        for (s, e) in super::cells_below(&text, m.start()) {
            let cell = text.get(s..e).unwrap_or("").trim();
            // A Markdown rule row ("|---|:--:|") between the heading and the figures.
            if !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | '=' | '+')) {
                continue;
            }
            let Ok(n) = cell.parse::<u32>() else {
                break;
            };
            total = total.saturating_add(n);
            cells.push(s);
        }
        let Some(&last) = cells.last() else {
            continue;
        };
        if total == 0 || total > 600 {
            continue;
        }
        for &s in &cells {
            cx.cover(s);
        }
        terms.installments = Some(Count {
            count: total,
            evidence: cx.evidence(m.start(), last),
        });
        return;
    }
}

/// A table laid out with spaces: the counts standing under the heading `start..end` on the
/// lines below ("Number of Payments" over "35" over "1"), summed, with the last one's offset.
fn aligned_column_sum(text: &str, start: usize, end: usize) -> Option<(u32, usize)> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let col = text.get(line_start..start)?.chars().count();
    let width = text.get(start..end)?.chars().count();
    let mut pos = line_start + text.get(line_start..)?.find('\n')? + 1;
    let (mut total, mut last) = (0u32, None);
    while let Some(line) = text.get(pos..).and_then(|t| t.split('\n').next()) {
        // The figure's first character must stand inside the heading's columns.
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let Some(&(at, _)) = chars
            .iter()
            .skip(col.saturating_sub(2))
            .take(width + 2)
            .find(|(_, c)| !c.is_whitespace())
        else {
            break;
        };
        let token: String = line
            .get(at..)?
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let before_ok = line
            .get(..at)
            .is_some_and(|b| b.trim().is_empty() || col > 0);
        let Ok(n) = token.parse::<u32>() else {
            break;
        };
        if !before_ok || n == 0 {
            break;
        }
        total = total.saturating_add(n);
        last = Some(pos + at);
        pos += line.len() + 1;
    }
    let last = last?;
    (total > 0 && total <= 600).then_some((total, last))
}

/// No count of payments stated, but a term in whole months and a stated monthly payment: one
/// payment a month over the term.
/// A mortgage form (Loan Estimate, Closing Disclosure) is left alone: its payment changes
/// over the term (adjustable rate, interest-only years), so the term alone is no count.
fn count_from_term(terms: &mut Terms) {
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
    let (span, word) = match freq.frequency {
        Frequency::Monthly => (1, "monthly"),
        Frequency::Quarterly => (3, "quarterly"),
        Frequency::Annually => (12, "yearly"),
        _ => return,
    };
    if months < 2 || months % span != 0 || months / span < 2 {
        return;
    }
    let count = months / span;
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
fn term_from_dates(terms: &mut Terms) {
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

/// Record a term of `n` `unit`s (months, years, weeks or days) read at `span`.
fn set_term(cx: &mut Ctx, terms: &mut Terms, n: u32, unit: &str, span: (usize, usize)) {
    let unit = unit.to_ascii_lowercase();
    let (months, days) = if unit.starts_with("month") {
        (Some(n), None)
    } else if unit.starts_with("year") {
        (n.checked_mul(12), None)
    } else if unit.starts_with("week") {
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
    terms.assumptions.push(match (term.months, term.days) {
        (Some(m), _) => format!("term of {m} months derived from the payment schedule"),
        (_, Some(d)) => format!("term of {d} days derived from the payment schedule"),
        _ => String::new(),
    });
    terms.term = Some(term);
}

fn method(cx: &mut Ctx, terms: &mut Terms) {
    let mut best: Option<(u8, RepaymentMethod, usize, usize)> = None;
    for c in METHOD.captures_iter(&cx.flat) {
        let Some(w) = c.get(0) else { continue };
        // The principal due in full on a date: with interest paid periodically before it, the
        // loan is interest-only; with no periodic payments, one payment at the end.
        let periodic_interest = terms
            .frequency
            .as_ref()
            .is_some_and(|f| f.frequency != Frequency::Single)
            && terms.payment.is_none()
            && terms.installments.as_ref().is_none_or(|c| c.count > 1);
        // "The whole $1,452.00 is due on ...": unless it recurs ("due on the 1st of each month").
        // "The principal is due on May 1, 2027": without "in full", only a date after it
        // makes the principal due at once.
        if let Some(g) = c.get(5)
            && !g.as_str().to_ascii_lowercase().contains("in full")
            && number::first_date(cx.slice(g.end(), g.end() + 24), cx.day_first)
                .is_none_or(|d| d.start > 2)
        {
            continue;
        }
        if c.get(6).is_some() || c.get(5).is_some() {
            let (_, e) = cx.sentence_of(w.end());
            static RECURS: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"(?i)(?-u:\b)(?:each|every|monthly|weekly|fortnightly|instal?lments?|payments)(?-u:\b)")
                    .expect("static regex")
            });
            if RECURS.is_match(cx.slice(w.start(), e)) {
                continue;
            }
        }
        let (rank, method) = if c.get(1).is_some() {
            (0, RepaymentMethod::FlatRate)
        } else if c.get(2).is_some() || (c.get(5).is_some() && periodic_interest) {
            (1, RepaymentMethod::InterestOnly)
        } else if c.get(3).is_some() || c.get(5).is_some() || c.get(6).is_some() {
            (2, RepaymentMethod::Bullet)
        } else {
            (3, RepaymentMethod::EqualInstallment)
        };
        if best.is_none_or(|b| rank < b.0) {
            best = Some((rank, method, w.start(), w.end()));
        }
    }
    let single = terms.installments.as_ref().is_some_and(|c| c.count == 1);
    // One repayment of principal and interest at the end is a bullet, whatever else the text
    // says about interest ("you will pay interest only for the days you had the credit").
    let best = best
        .filter(|b| {
            !(single
                && matches!(
                    b.1,
                    RepaymentMethod::InterestOnly | RepaymentMethod::EqualInstallment
                ))
        })
        .or_else(|| single.then_some((2, RepaymentMethod::Bullet, usize::MAX, 0)))
        // A count of regular payments of one stated amount is a level (annuity) schedule.
        .or_else(|| {
            (terms.installments.as_ref().is_some_and(|c| c.count > 1) && terms.payment.is_some())
                .then_some((3, RepaymentMethod::EqualInstallment, usize::MAX, 0))
        });
    // The whole debt due at once, and no count or frequency of payments stated: one payment.
    // (A note payable on demand has no due date: it stays without a count.)
    if let Some((_, RepaymentMethod::Bullet, s, e)) = best
        && s != usize::MAX
        && !cx.slice(s, e).to_ascii_lowercase().contains("demand")
        && terms.installments.is_none()
        && terms.frequency.is_none()
    {
        let evidence = cx.evidence(s, e);
        terms.assumptions.push(
            "one payment: the text makes the whole debt due at once and states no count or frequency of payments"
                .to_string(),
        );
        terms.installments = Some(Count {
            count: 1,
            evidence: evidence.clone(),
        });
        terms.frequency = Some(FrequencyTerm {
            frequency: Frequency::Single,
            evidence,
        });
        if terms.first_payment_date.is_none() {
            terms.first_payment_date = terms.maturity_date.clone();
        }
        derive_term(terms);
    }
    if let Some((_, method, s, e)) = best {
        if s == usize::MAX && method == RepaymentMethod::EqualInstallment {
            terms.assumptions.push(
                "repayment method not stated: a count of payments of one stated amount read as a level (annuity) schedule"
                    .to_string(),
            );
        }
        let evidence = if s == usize::MAX {
            match &terms.installments {
                Some(c) => c.evidence.clone(),
                None => return,
            }
        } else {
            cx.evidence(s, e)
        };
        terms.repayment = Some(Repayment { method, evidence });
    }
}
