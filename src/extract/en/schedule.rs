//! Term and schedule: number of payments, payment amount, frequency, loan term, contract /
//! first payment / maturity dates, repayment method, balloon payment.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::amounts::labelled_money;
use super::number::{self, parse_number_words};
use crate::model::{
    Amount, Count, DateTerm, Frequency, FrequencyTerm, LoanTerm, Repayment, RepaymentMethod, Terms,
};

/// A count in figures, words, or both ("twenty (20)").
const COUNT: &str = r"(\d{1,3}|[a-z]+(?:[ -][a-z]+)?\s*\(\d{1,3}\)|[a-z]+(?:-[a-z]+)?)";
const FREQ: &str = r"weekly|bi-?weekly|fortnightly|semi-?monthly|monthly|quarterly|annual|yearly";

static INSTALLMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b){COUNT}\s+(?:(?:equal|consecutive|successive|substantially equal|regular|scheduled|level)\s+)*(?:({FREQ})\s+)?(?:(?:principal and interest|level)\s+)?(payments?|instal?lments?|repayments?)(?-u:\b)"))
        .expect("static regex")
});
/// A TILA payment-schedule box: "Number of Payments: 12".
static NUMBER_OF_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:number of (?:payments|instal?lments|repayments)|no\. of (?:payments|instal?lments))\s*:?\s*(\d{1,3})(?-u:\b)")
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
    Regex::new(r"(?i)(?-u:\b)(?:(?:monthly|weekly|bi-?weekly|semi-?monthly|fortnightly|regular|periodic|scheduled) (?:loan )?(?:payment|instal?lment|repayment)(?: amount)?|monthly principal (?:&|and) interest|payment amount|instal?lment amount|amount of (?:each )?(?:payments?|instal?lments?))(?-u:\b)")
        .expect("static regex")
});
static FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(bi-?weekly|every (?:two|2) weeks|fortnightly|semi-?monthly|twice (?:a|per|each) month|weekly|monthly|quarterly|annually)\s+(?:(?:loan|principal (?:&|and) interest|level|equal)\s+)?(?:payments?|instal?lments?|repayments?)|(?:payments?|instal?lments?|repayments?|payable|due)(?-u:\b)[^.;]{0,40}?(?-u:\b)(bi-?weekly|every (?:two|2) weeks|fortnightly|semi-?monthly|twice (?:a|per|each) month|weekly|monthly|quarterly|annually|on the \d{1,2}(?:st|nd|rd|th) (?:day )?of each month|each month))(?-u:\b)")
        .expect("static regex")
});
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(?:(?:loan term|term of (?:the )?(?:loan|agreement|note|credit)|term\s*:|duration of (?:the )?(?:loan|agreement|credit(?: agreement)?)|repayment period|for a (?:term|period) of|a term of)\s*:?\s*(?:(?:is|shall be|will be)\s+)?(?:of\s+)?{COUNT}\s*-?\s*(months?|years?|weeks?|days?)(?-u:\b)|(\d{{1,3}})[ -](months?|years?|weeks?|days?)[ -](?:loan )?term(?-u:\b))"))
        .expect("static regex")
});
static CONTRACT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?-u:\b)dated(?-u:\b)|(?-u:\b)date of (?:this )?(?:agreement|note|loan|contract)(?-u:\b)|(?-u:\b)agreement date(?-u:\b)|(?-u:\b)entered into(?: as of| on)?(?-u:\b)|(?-u:\b)made (?:and entered into )?(?:as of|on|this)(?-u:\b)|(?-u:\b)date issued(?-u:\b)|(?-u:\b)signed (?:on )?this(?-u:\b)|(?-u:\b)effective date(?-u:\b)|(?:^|[^a-z ] ?|\s\s)(?-u:\b)date\s*:)")
        .expect("static regex")
});
static FIRST_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:first (?:payment|instal?lment)(?: date| is due| due| shall be (?:due|made|paid))?(?: on)?|payments? (?:shall |will )?(?:begin|commence|start)(?:ning)?(?: on)?|beginning(?: on)?|commencing(?: on)?|starting(?: on)?)(?-u:\b)")
        .expect("static regex")
});
static MATURITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:maturity date|matures? on|final (?:payment|instal?lment)(?: date| is due| due)?(?: on)?|due (?:in full )?on|(?:re)?pa(?:id|yable) in full (?:on or before|by|on)|(?:the|final|last) repayment date)(?-u:\b)")
        .expect("static regex")
});
static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(add-on interest|precomputed|pre-computed|flat rate of interest|flat interest)|(interest-only|interest only (?:payments?|instal?lments?|repayments?|loan|period|basis)|(?:payments?|instal?lments?|repayments?) (?:of|are|is) (?:for )?interest only)|(payable (?:up)?on demand|(?:repay|repaid|pay|payable|due)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:in a single (?:lump[- ]sum )?payment|in one (?:single |lump[- ]sum )?payment|in a lump[- ]sum|one \(1\) payment))|(simple interest|amortiz|amortis|equal (?:monthly |weekly )?(?:payments|instal?lments)|level payments))")
        .expect("static regex")
});
static BALLOON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)balloon payment(?-u:\b)").expect("static regex"));

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
        if w.starts_with("bi") || w.contains("two") || w.contains(" 2 ") || w == "fortnightly" {
            Frequency::Biweekly
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
        && let Some((money, label)) = labelled_money(cx, &PAYMENT_LABEL)
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
        && let Some(c) = FREQUENCY.captures(&cx.flat)
        && let (Some(w), Some(f)) = (c.get(0), c.get(1).or_else(|| c.get(2)))
        && let Some(freq) = frequency_of(f.as_str())
    {
        terms.frequency = Some(FrequencyTerm {
            frequency: freq,
            evidence: cx.evidence(w.start(), w.end()),
        });
    }
    final_payment(cx, terms);
    loan_term(cx, terms);
    dates(cx, terms);
    derive_term(terms);
    method(cx, terms);
    if let Some(m) = BALLOON.find(&cx.flat) {
        let after = cx.slice(m.end(), m.end() + 40).trim_start();
        let negated = after.to_ascii_lowercase().starts_with("no");
        // Only a stated balloon amount counts ("Balloon Payment NO" or a blank form is none).
        if !negated && let Some(mo) = number::find_money(after).into_iter().next() {
            cx.cover(m.end() + (cx.slice(m.end(), m.end() + 40).len() - after.len()) + mo.start);
            terms.assumptions.push(format!(
                "balloon payment of {} {} stated: the schedule is not level",
                mo.currency, mo.amount
            ));
        }
    }
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
        cx.cover(whole.start());
        terms.term = Some(LoanTerm {
            months,
            days,
            evidence: cx.evidence(whole.start(), whole.end()),
        });
        return;
    }
}

/// "The final payment of $161.18", "a last instalment of £51.96": the odd last payment that
/// absorbs the rounding. Noted (the schedule recomputes it) and marked as read.
fn final_payment(cx: &mut Ctx, terms: &mut Terms) {
    static FINAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:final|last|concluding) (?:scheduled )?(?:payment|instal?lment|repayment)(?: amount)?\s*(?:of|is|will be|shall be|:)?\s*")
            .expect("static regex")
    });
    let flat = cx.flat.clone();
    let mut first: Option<number::Money> = None;
    for m in FINAL.find_iter(&flat) {
        let head = cx.slice(m.end(), m.end() + 24);
        if let Some(money) = number::find_money(head).into_iter().next()
            && money.start == 0
        {
            cx.cover(m.end());
            if first.is_none() {
                first = Some(money);
            }
        }
    }
    if let Some(money) = first {
        terms.assumptions.push(format!(
            "final payment stated as {} {} (the last instalment absorbs the rounding)",
            money.currency, money.amount
        ));
    }
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
        let note = format!(
            "term of {days} days derived from the payment schedule: one payment, from the {from} {} to the due date {}",
            start.date, due.date
        );
        let evidence = due.evidence.clone();
        terms.assumptions.push(note);
        terms.term = Some(LoanTerm {
            months: None,
            days: Some(days),
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

/// A date read after a label, and whether its day/month order was ambiguous.
struct LabelledDate {
    term: DateTerm,
    /// The date as written, when its day/month order was ambiguous.
    ambiguous: Option<String>,
}

/// The first `label` followed closely by a date. A label right after one of `not_after`
/// ("first payment due") names another date.
fn labelled_date(cx: &Ctx, label: &Regex, not_after: &[&str]) -> Option<LabelledDate> {
    for m in label.find_iter(&cx.flat) {
        let before = cx
            .slice(m.start().saturating_sub(16), m.start())
            .to_ascii_lowercase();
        if not_after.iter().any(|w| before.trim_end().ends_with(w)) {
            continue;
        }
        let window = cx.slice(m.end(), m.end() + 60);
        if let Some(d) = number::first_date(window, cx.day_first) {
            // The date must follow the label closely (allowing "the 12th day of").
            let gap = window.get(..d.start).unwrap_or("");
            if gap.trim().len() > 25 {
                continue;
            }
            return Some(LabelledDate {
                term: DateTerm {
                    date: d.date,
                    evidence: cx.evidence(m.start(), m.end() + d.end),
                },
                ambiguous: d
                    .ambiguous
                    .then(|| window.get(d.start..d.end).unwrap_or("").to_string()),
            });
        }
    }
    None
}

/// The day the money reaches the borrower: a payday disclosure's transaction or funding date,
/// "the APR is based on ... the date the proceeds will be deposited ..., which is 02/20/2006".
static DISBURSEMENT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:transaction date|date of (?:the )?(?:loan|advance|transaction)|loan date|(?:anticipated |expected |estimated )?(?:funding|disbursement|advance) date|date (?:funded|of funding|of disbursement)|proceeds (?:will be |are |were )?(?:deposited|disbursed|paid|funded|credited)[^.;]{0,80}?(?:which is|on))(?-u:\b)")
        .expect("static regex")
});
/// A single payment's due date ("Due Date", "Payment Due", "Date Due").
static DUE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:payment |loan )?due date|payment due(?: on)?|date due|repayment date)(?-u:\b)")
        .expect("static regex")
});

/// Longest span, in days, that a transaction date and a due date alone are read as one
/// single-payment loan (payday and short-term loans run two weeks to two months).
const SINGLE_PAYMENT_MAX_DAYS: i64 = 62;

fn dates(cx: &mut Ctx, terms: &mut Terms) {
    // Numeric dates: UK and Indian documents, and sterling or rupee amounts, write day first.
    let uk_currency = [&terms.principal, &terms.disbursed, &terms.total_of_payments]
        .into_iter()
        .flatten()
        .any(|a| a.currency == "GBP" || a.currency == "INR");
    cx.day_first = uk_currency
        || terms
            .jurisdiction_hints
            .iter()
            .any(|h| h.code == "GB" || h.code == "IN");
    let not_first = [
        "first",
        "next",
        "each",
        "monthly",
        "every",
        "first payment",
        "first installment",
        "first instalment",
    ];
    let contract = labelled_date(cx, &CONTRACT_DATE, &[]);
    let first = labelled_date(cx, &FIRST_PAYMENT, &[]);
    let maturity = labelled_date(cx, &MATURITY, &not_first)
        .or_else(|| labelled_date(cx, &DUE_DATE, &not_first));
    let funding = labelled_date(cx, &DISBURSEMENT_DATE, &[]);
    for d in [&contract, &first, &maturity, &funding]
        .into_iter()
        .flatten()
    {
        if let Some(written) = &d.ambiguous {
            terms.assumptions.push(format!(
                "numeric date \"{written}\" read {} as {}: day and month could be either way round",
                if cx.day_first {
                    "day-first (UK order, from the currency or governing law)"
                } else {
                    "month-first (US order)"
                },
                d.term.date
            ));
        }
    }
    terms.contract_date = contract.map(|d| d.term);
    terms.first_payment_date = first.map(|d| d.term);
    terms.maturity_date = maturity.map(|d| d.term);
    if terms.disbursement_date.is_none()
        && let Some(f) = funding
    {
        let text = f.term.evidence.text.to_ascii_lowercase();
        if text.contains("annual percentage rate") || text.contains("apr") {
            terms.assumptions.push(format!(
                "the disclosed APR is stated to be based on the funding date {}: the term runs from that date",
                f.term.date
            ));
        }
        terms.disbursement_date = Some(f.term);
    }
    single_payment_from_dates(terms);
    if terms.installments.as_ref().is_some_and(|c| c.count == 1) {
        // A single payment is due on the maturity date.
        if terms.first_payment_date.is_none() {
            terms.first_payment_date = terms.maturity_date.clone();
        }
        if terms.maturity_date.is_none() {
            terms.maturity_date = terms.first_payment_date.clone();
        }
    }
    if cx.day_first {
        terms
            .assumptions
            .push("numeric dates read day-first (UK/India style)".to_string());
    }
}

/// A payday disclosure that gives only a transaction (funding) date and a due date, with no
/// count of payments and no payment frequency, is one payment on the due date.
fn single_payment_from_dates(terms: &mut Terms) {
    if terms.installments.is_some() || terms.frequency.is_some() {
        return;
    }
    let (Some(start), Some(due)) = (terms.start_date(), &terms.maturity_date) else {
        return;
    };
    let days = (due.date - start.date).num_days();
    if !(1..=SINGLE_PAYMENT_MAX_DAYS).contains(&days) {
        return;
    }
    terms.assumptions.push(format!(
        "one payment inferred: no count of payments or frequency is stated, only a start date ({}) and a due date ({}) {days} days apart",
        start.date, due.date
    ));
    terms.installments = Some(Count {
        count: 1,
        evidence: due.evidence.clone(),
    });
    terms.frequency = Some(FrequencyTerm {
        frequency: Frequency::Single,
        evidence: due.evidence.clone(),
    });
}

fn method(cx: &mut Ctx, terms: &mut Terms) {
    let mut best: Option<(u8, RepaymentMethod, usize, usize)> = None;
    for c in METHOD.captures_iter(&cx.flat) {
        let Some(w) = c.get(0) else { continue };
        let (rank, method) = if c.get(1).is_some() {
            (0, RepaymentMethod::FlatRate)
        } else if c.get(2).is_some() {
            (1, RepaymentMethod::InterestOnly)
        } else if c.get(3).is_some() {
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
