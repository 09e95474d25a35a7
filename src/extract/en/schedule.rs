//! Term and schedule: number of payments, payment amount, frequency, loan term, contract /
//! first payment / maturity dates, repayment method, balloon payment.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::amounts::labelled_money;
use super::number::{self, parse_number_words};
use super::term;
use crate::model::{Amount, Count, Frequency, FrequencyTerm, Repayment, RepaymentMethod, Terms};

/// A count in figures, words, or both ("twenty (20)").
pub(super) const COUNT: &str = r"(\d{1,3}|[a-z]+(?:[ -][a-z]+)?\s*\(\d{1,3}\)|[a-z]+(?:-[a-z]+)?)";
const FREQ: &str = r"weekly|bi-?weekly|fortnightly|semi-?monthly|monthly|quarterly|annual|yearly";

/// What a payment is called: a payment or instalment ("12 monthly amortizations", as a
/// Philippine disclosure statement calls them), or how it is taken, a payroll deduction or an
/// automatic debit ("130 biweekly payroll deductions", "24 ACH debits"), or a home-credit
/// lender's agent calling for it ("30 weekly collections").
pub(super) const PAYMENT_NOUN: &str = r"payments?|pmts?|instal?lments?|repayments?|EMIs?|amorti[sz]ations?|collections|(?:payroll |salary |wage |pay(?:check|cheque) |automatic |ACH |bank |direct |pre-?authori[sz]ed )?(?:deductions?|debits?|drafts?)|allotments?";

static INSTALLMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b){COUNT}\s+(?:(?:equal|consecutive|successive|substantially equal|regular|scheduled|level)\s+)*(?:({FREQ})\s+)?(?:(?:principal and interest|level)\s+)?({PAYMENT_NOUN})(?-u:\b)"))
        .expect("static regex")
});
/// "Installment Loans", "installment lender": the payment noun names a kind of loan.
static KIND_OF_LOAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s+(?:loans?|lending|lenders?)(?-u:\b)").expect("static regex")
});
/// A TILA payment-schedule box: "Number of Payments: 12". An app screen glues label and
/// figure ("$75.65Number of Payments18Payment Frequency"), so no word boundary is required
/// around them. A summary asks "How many ....... 18" (a colon or dot leader must follow).
static NUMBER_OF_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?:number of (?:payments|instal?lments|repayments)|no\. of (?:payments|instal?lments))\s*(?::|\.{2,}|…+)?|how many(?: (?:payments|instal?lments|repayments))?\s*(?::|\.{2,}|…+))\s*(\d{1,3})(?:(?-u:\b)|(?-i:[A-Z]))")
        .expect("static regex")
});
/// After a count of regular payments, the odd last one(s) in the same sentence: "and one final
/// payment of", "plus a final instalment", "followed by 1 balloon payment", "+ 1 last payment",
/// or with the noun left out, "then one of $138.72" (its figure must follow).
static FINAL_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?-u:\b)and|(?-u:\b)plus|(?-u:\b)followed by|(?-u:\b)then|\+)\s+(?:(?:(?:a|an|the)\s+|(one\s*\(1\)|one|two|three|\d{1,2})\s+)(?:(?:final|last|concluding|closing|balloon|irregular|odd)\s+)+(?:(?:monthly|weekly|loan|regular)\s+)?(?:payments?|instal?lments?|repayments?)(?-u:\b)|(one\s*\(1\)|one|a|1)\s+(?:(?:final|last|more)\s+)?(?:of|at|for)\s+)")
        .expect("static regex")
});
/// A payments label and its count times the figure, as a form row prints them: "Monthly
/// payments | 48 of £299.00", "Repayments: 36 x $120.00".
static LABELLED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)(?:({FREQ})\s+)?(?:payments|instal?lments|repayments)\s*[:|]\s*(\d{{1,3}})\s*(?:x|×|of|at)\s*"))
        .expect("static regex")
});
static AMOUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:each\s+)?(?:of|in the amount of|amounting to|totall?ing)\s+")
        .expect("static regex")
});
static PAYMENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:monthly|weekly|bi-?weekly|semi-?monthly|fortnightly|regular|periodic|scheduled) (?:loan )?(?:payment|pmt|instal?lment|repayment)(?: amount)?|monthly principal (?:&|and) interest|payment amount|instal?lment amount|amount of (?:each )?(?:payments?|instal?lments?)|(?:fixed|equal|level|regular) (?:monthly |weekly )?(?:payments?|instal?lments?|repayments?) of)(?-u:\b)")
        .expect("static regex")
});
/// "Payment: $239.77 per month" as a form row of its own ("Late payment:" is not one), or
/// right after the term it is paid over ("Term: 12 months, instalment R840.07").
static LINE_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)(?:(?:^|\|)[ \t]*(?:your |the )?(?:payments?|repayments?|instal?lments?)(?: amount)?[ \t]*:|(?:months?|weeks?|fortnights?)[ \t]*[,;][ \t]*(?:monthly |weekly |fortnightly )?(?:payment|repayment|instal?lment)(?: amount)?[ \t]*:?)")
        .expect("static regex")
});
/// A payment label heading its line with its figure in the next column and no colon
/// ("Payment        $73.55 every 2 weeks", an app screen's row): the figure must follow at
/// once ("payment is $10,714.78" is prose).
static COLUMN_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|]*(?:payment|repayment|instal?lment)(?: amount)?[ \t]+")
        .expect("static regex")
});
/// The figure right after a `LINE_PAYMENT` or `COLUMN_PAYMENT` label, with the label's offset.
fn line_payment(cx: &Ctx) -> Option<(number::Money, usize)> {
    let labelled = [(&*LINE_PAYMENT, 3), (&*COLUMN_PAYMENT, 0)];
    labelled.into_iter().find_map(|(label, gap)| {
        label.find_iter(&cx.doc.text).find_map(|m| {
            let money = number::find_money(cx.slice(m.end(), m.end() + 40))
                .into_iter()
                .next()
                .filter(|x| x.start <= gap)?;
            Some((money.shifted(m.end()), m.start()))
        })
    })
}

/// "You pay $714.81 on the 1st of every month", "I will repay you $250 a week", "you'll repay
/// £88.85 a month", "we'll collect £88.85 each month", "Repay £63.26 every week", "comes to":
/// a regular payment told in prose, the figure right after the verb and a period word after it.
fn prose_payment(cx: &mut Ctx, terms: &mut Terms) {
    static PAYS: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?:(?-u:\b)(?:you|I|we|the borrower|borrower|the lender|lender)(?:['’]ll)?\s+(?:will\s+|shall\s+|must\s+|agree to\s+|promise to\s+)?(?:(?:re)?pays?(?:\s+back)?|(?:collect|take|debit|deduct)s?)|(?:[.!?:;]\s+|\n\s*)(?:re)?pay(?:\s+back)?|(?-u:\b)(?:comes?|came|works?|worked)(?:\s+out)?\s+to)\s+(?:me\s+|us\s+|you\s+|the lender\s+|lender\s+)?(?:back\s+)?$")
            .expect("static regex")
    });
    static EVERY: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^[^.;$£€]{0,30}?(?-u:\b)((?:each|every|a|per) (?:month|week|fortnight|two weeks|quarter)|monthly|weekly|fortnightly|bi-?weekly|quarterly)(?-u:\b)")
            .expect("static regex")
    });
    // "We'll deduct £5 a month for the payment protection premium": a charge, not the payment.
    static FOR_A_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^[^.;]{0,60}?(?-u:\b)(?:fees?|charges?|premiums?|insurance|subscription|membership)(?-u:\b)")
            .expect("static regex")
    });
    let flat = cx.flat.clone();
    let found = number::find_money(&flat).into_iter().find(|m| {
        PAYS.is_match(cx.slice(m.start.saturating_sub(40), m.start))
            && EVERY.is_match(cx.slice(m.end, m.end + 60))
            && !IF_BEFORE_PAY.is_match(cx.slice(cx.sentence_of(m.start).0, m.start))
            && !FOR_A_CHARGE.is_match(cx.slice(m.end, m.end + 60))
    });
    let Some(money) = found else {
        return;
    };
    cx.cover(money.start);
    // The period word after the figure ("£88.85 a month") states how often it is paid.
    let period = EVERY
        .captures(cx.slice(money.end, money.end + 60))
        .and_then(|c| c.get(1))
        .map(|w| w.as_str().to_ascii_lowercase());
    if terms.frequency.is_none()
        && let Some(frequency) = period.as_deref().and_then(period_frequency)
    {
        terms.frequency = Some(FrequencyTerm {
            frequency,
            evidence: cx.evidence(money.start, money.end),
        });
    }
    terms.payment = Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(money.start, money.end),
        derived: false,
    });
}

/// The frequency a period word names ("a month", "every fortnight", "weekly").
fn period_frequency(word: &str) -> Option<Frequency> {
    Some(
        if word.contains("fortnight") || word.contains("two weeks") || word.starts_with("bi") {
            Frequency::Biweekly
        } else if word.contains("week") {
            Frequency::Weekly
        } else if word.contains("quarter") {
            Frequency::Quarterly
        } else if word.contains("month") {
            Frequency::Monthly
        } else {
            return None;
        },
    )
}

/// "6 monthly payments · $157.07/mo": a checkout screen's payment, the figure per period
/// after a slash. Read only with a count of payments, at the frequency read (if any), and not
/// a charge's figure ("$5/mo service fee").
fn slash_payment(cx: &mut Ctx, terms: &mut Terms) {
    static SLASH: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^\s*/\s*(mo|month|mth|wk|week)(?-u:\b)").expect("static regex")
    });
    static CHARGE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^[^.;|·\n]{0,25}?(?-u:\b)(?:fees?|charges?|premium|insurance)(?-u:\b)")
            .expect("static regex")
    });
    if terms.installments.as_ref().is_none_or(|c| c.count < 2) {
        return;
    }
    let flat = cx.flat.clone();
    for money in number::find_money(&flat) {
        let after = cx.slice(money.end, money.end + 40).to_string();
        let Some(unit) = SLASH.captures(&after).and_then(|c| c.get(1)) else {
            continue;
        };
        let every = if unit.as_str().to_ascii_lowercase().starts_with('w') {
            Frequency::Weekly
        } else {
            Frequency::Monthly
        };
        let rest = after.get(unit.end()..).unwrap_or("");
        if CHARGE_AFTER.is_match(rest)
            || terms
                .frequency
                .as_ref()
                .is_some_and(|f| f.frequency != every)
        {
            continue;
        }
        cx.cover(money.start);
        terms.payment = Some(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: cx.evidence(money.start, money.end + unit.end()),
            derived: false,
        });
        return;
    }
}

/// A condition or an example: the figure after it is not the contract's payment.
static IF_BEFORE_PAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:if|unless|example|e\.g\.|late|miss)(?-u:\b)")
        .expect("static regex")
});

/// The words of a payment frequency ("Frequency: monthly", "How often ...... monthly").
const FREQ_WORDS: &str = r"bi-?weekly|every (?:two|2) weeks|every other (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|fortnightly|semi-?monthly|twice (?:a|per|each) month|weekly|monthly|quarterly|every (?:three|3) months|every quarter|annually|per (?:calendar )?month|per week";
// (A run of spaces between "Payments:" and its word counts as one step: the options of a
// form left unticked are blanked to spaces.)
static FREQUENCY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?:(?-u:\b)(?:({FREQ_WORDS})\s+(?:(?:loan|principal (?:&|and) interest|level|equal)\s+)?(?:payments?|instal?lments?|repayments?)|(?:payments?|instal?lments?|repayments?|payable|paid|due|deducted|debited|withheld|drafted)(?-u:\b)(?: {{2,}}|[^.;]|\.\d){{0,40}}?(?-u:\b)({FREQ_WORDS}|on the \d{{1,2}}(?:st|nd|rd|th) (?:day )?of each month|each month)|({FREQ_WORDS}),?\s+(?:beginning|starting|commencing)(?:\s+on)?\s+\S*\d)(?-u:\b)|(?-u:\b)(?:(?:payment |repayment )?frequency\s*(?::|\.{{2,}}|…+)?|how often\s*(?::|\.{{2,}}|…+))\s*({FREQ_WORDS}|every (?:week|month))(?:(?-u:\b)|(?-i:[A-Z]))|(?-u:\b)(?:on|by) the ((?:(?:first|last|\d{{1,2}}(?:st|nd|rd|th))(?: (?:calendar )?day)?|same (?:calendar )?day) of (?:each|every) (?:following |succeeding |subsequent )?(?:calendar )?month)(?-u:\b))"))
        .expect("static regex")
});
/// How the loan is repaid; group 1 is a flat (add-on) rate: "a flat 48% a year", "29% p.a. flat",
/// "interest is charged on the full amount lent for the whole term".
static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(add-on interest|add-on rate|precomputed|pre-computed|flat rate of interest|flat interest|flat (?:annual |yearly )?(?:interest )?rate\s*(?:of|is|:)?\s*\d{1,2}(?:\.\d{1,3})?\s?%|\d{1,2}(?:\.\d{1,3})?\s?%(?:\s*(?:per annum|p\.\s?a\.?|a year|per year|annual(?:ly)?))?,?\s*\(?flat(?-u:\b)(?:\s+rate)?|(?:at )?a flat (?:annual |yearly |monthly )?(?:(?:interest )?rate of )?\d{1,3}(?:\.\d+)?\s?%|\d{1,3}(?:\.\d+)?\s?%\s+(?:(?:p\.a\.|pa|a year|per annum|per year|a month|per month)\s+)?flat(?-u:\b)|(?:charged|calculated|worked out|computed|applied) on the (?:(?:original|full|whole|initial) )?(?:amount(?: of (?:the )?(?:credit|loan))?|sum|principal|loan(?: amount)?)(?: (?:lent|borrowed|advanced))? (?:for|over|throughout) the (?:whole |full |entire )?(?:term|life of the loan|loan period|period of the loan))|(interest-only|interest only (?:payments?|instal?lments?|repayments?|loan|period|basis)|(?:pay|pays|paying|repay)(?: the)? interest only|(?:pay|pays|paying) only (?:the )?(?:accrued )?interest(?: each| every| monthly| on)|(?:pay|pays|paying) (?:the |your )?(?:accrued )?interest (?:each|every) (?:month|week|fortnight|quarter|period)|(?:payments?|instal?lments?|repayments?) (?:of|are|is) (?:for )?interest only|(?:interest only|only (?:the )?interest)(?: of [$£€]\s?\d[\d,]*(?:\.\d{1,2})?)? (?:is |are |shall be |will be |is to be |must be )?(?:paid|payable|due))|(payable (?:up)?on demand|(?:repay|repaid|pay|payable|due)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:in a single (?:lump[- ]sum )?payment|in one (?:single |lump[- ]sum )?payment|in a lump[- ]sum|one \(1\) payment|all at once|in one go|in (?:one|a single) (?:sum|instal?lment|repayment))|(?:due|repayable|payable|repay|repaid) in full (?:(?:with)?in )?\d{1,3} (?:days?|weeks?) (?:from|after)|(?:whole|all|entire|full amount|total) of the (?:unpaid )?principal(?: balance| sum)?,? (?:and|together with|plus|with) (?:all )?(?:accrued |unpaid )*interest(?:[^.;]|\.\d){0,80}?(?:due|payable|repaid|paid)(?: and payable)?(?: in full)? (?:on|by))|(simple interest|amortiz|amortis|equal (?:monthly |weekly )?(?:payments|instal?lments)|level payments)|((?:(?:repay|pay back|return) )?(?:the )?(?:whole |entire |full |outstanding |unpaid )?principal(?: amount| sum| balance)?(?: (?:is |shall be |will be |must be )?(?:due|payable|repayable|repaid|paid))?(?: in full)?(?: (?:together )?with (?:the )?(?:last|final) (?:interest )?(?:payment|instal?lment))? (?:on|at|upon|by))|((?:the )?(?:whole|entire|full)(?: amount| sum| balance| debt| loan)?(?: of)?(?:\s+[$£€]\s?\d[\d,]*(?:\.\d{1,2})?)?,?\s+(?:is|shall be|will be|becomes|must be)\s+(?:due|payable|repayable|repaid)(?: in full| in one sum| in a single payment)?\s+(?:on|by|at|in|within|one|two|three|four|\d)(?-u:\b)))")
        .expect("static regex")
});

/// The frequency word at `word`, or, when it is an unticked box of a form ("☐ Weekly ☐
/// Fortnightly ☑ Monthly"), the ticked option later on its line; `None` when none is ticked.
fn ticked_choice(flat: &str, word: std::ops::Range<usize>) -> Option<(usize, usize)> {
    if !super::unticked(flat, word.start) {
        return Some((word.start, word.end));
    }
    static OPTION: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(&format!(
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
pub(super) static LATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:late|overdue|past due|delinquen|default|notice|within|grace)")
        .expect("static regex")
});

/// Parse "20", "twenty", "twenty (20)"; the figure in brackets wins.
pub(crate) fn parse_count(s: &str) -> Option<u32> {
    if let (Some(o), Some(c)) = (s.find('('), s.find(')')) {
        return s.get(o + 1..c)?.trim().parse().ok();
    }
    if let Ok(n) = s.trim().parse() {
        return Some(n);
    }
    let d = parse_number_words(s)?;
    u32::try_from(d.trunc().mantissa()).ok()
}

pub(super) fn frequency_of(word: &str) -> Option<Frequency> {
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
        } else if w == "every week"
            || w == "per week"
            || (w.starts_with("every") && w.ends_with("day"))
        {
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
    if terms.payment.is_none() {
        prose_payment(cx, terms);
    }
    if terms.payment.is_none() {
        slash_payment(cx, terms);
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
        super::count_table::table_count(cx, terms);
    }
    let last = super::last_payment::final_payment(cx, terms);
    let balloon = super::last_payment::balloon(cx, terms);
    if let Some((amount, at)) = last.or(balloon) {
        let (amount, at) = super::last_payment::last_from_total(cx, terms, amount, at);
        super::last_payment::count_with_last(cx, terms, amount, at);
        super::last_payment::record(cx, terms, amount, at);
    } else if let Some((amount, at, all)) = super::last_payment::implied_by_total(cx, terms) {
        terms.assumptions.push(format!(
            "{all} payments, the last {amount} as stated: the stated total of payments less the other {} payments",
            all - 1
        ));
        if let Some(c) = terms.installments.as_mut() {
            c.count = all;
        }
        super::last_payment::record(cx, terms, amount, at);
    }
    term::loan_term(cx, terms);
    term::count_from_term(terms);
    super::dates::extract(cx, terms);
    super::count_span::dates_of_counted_payments(cx, terms);
    super::last_payment::balloon_date(cx, terms);
    super::last_payment::count_with_last_date(terms);
    super::payment_range::count_from_first_and_last(terms);
    term::derive_term(terms);
    method(cx, terms);
    term::term_from_dates(terms);
    term::count_from_term(terms);
    // A count known only from the dates (a balloon's date ends the term): the method again.
    if terms.repayment.is_none() && terms.installments.is_some() {
        method(cx, terms);
    }
    super::equal_principal::extract(cx, terms);
    term::derive_term(terms);
    term::span_in_words(cx, terms);
}

fn installments(cx: &mut Ctx, terms: &mut Terms) {
    // "26 deductions a year for 5 years": not 26 payments.
    term::count_per_year(cx, terms);
    if terms.installments.is_some() {
        return;
    }
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
    if super::numbered_rows::payments_left(cx, terms, &flat) {
        return;
    }
    if super::count_split::read(cx, terms, &flat)
        || labelled_count(cx, terms, &flat)
        || super::numbered_rows::extract(cx, terms)
        || super::payment_times::figure_times_count(cx, terms, &flat)
        || super::payment_times::count_times_figure(cx, terms, &flat)
    {
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
        // The day of a date before the next words: "Advance date: 2026-02-02   Repayment
        // date: ...", a statement's row "09/02  PAYMENT - THANK YOU".
        if flat.get(..count.start()).is_some_and(|b| {
            let mut back = b.chars().rev();
            matches!(back.next(), Some('-' | '/' | '.'))
                && back.next().is_some_and(|c| c.is_ascii_digit())
        }) {
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
        // A numbered row of a form ("3  Instalment details   24 EMIs of Rs. 7,344.47"): the
        // row's number before a singular payment noun counts nothing.
        let text = &cx.doc.text;
        let line_start = text
            .get(..count.start())
            .map_or(0, |b| b.rfind('\n').map_or(0, |i| i + 1));
        if text
            .get(line_start..count.start())
            .is_some_and(|b| b.trim().is_empty())
            && count.as_str().parse::<u32>().is_ok_and(|n| n > 1)
            && c.get(3)
                .is_some_and(|noun| !noun.as_str().to_ascii_lowercase().ends_with('s'))
        {
            continue;
        }
        // "Route 66 Installment Loans, Inc.": a payment noun that names a kind of loan follows
        // a number of a proper name, no count.
        if KIND_OF_LOAN.is_match(flat.get(whole.end()..).unwrap_or("")) {
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
        let mut last = None;
        let finals = FINAL_PAYMENTS.captures_iter(tail).find(|f| {
            // "then one of": only with its figure right after.
            f.get(2).is_none()
                || f.get(0).is_some_and(|m| {
                    number::find_money(tail.get(m.end()..).unwrap_or(""))
                        .first()
                        .is_some_and(|x| x.start == 0)
                })
        });
        let (n, whole_end) = match finals {
            Some(f) => {
                let extra = f.get(1).and_then(|k| parse_count(k.as_str())).unwrap_or(1);
                // The final payment's date may show it is one of the counted payments.
                let monthly = c
                    .get(2)
                    .and_then(|f| frequency_of(f.as_str()))
                    .is_some_and(|f| f == Frequency::Monthly);
                let extra = match f.get(0) {
                    Some(m)
                        if monthly
                            && super::last_payment::final_within_monthly_count(
                                tail.get(..m.start()).unwrap_or(""),
                                tail.get(m.end()..).unwrap_or(""),
                                n,
                                cx.day_first,
                            ) =>
                    {
                        terms.assumptions.push(format!(
                            "{n} payments, the final one among them: its date is {} months after the first payment's",
                            n - 1
                        ));
                        0
                    }
                    _ => extra,
                };
                let end = f.get(0).map_or(whole.end(), |m| whole.end() + m.end());
                if f.get(2).is_some()
                    && let Some(m) = f.get(0)
                    && let Some(x) = number::find_money(tail.get(m.end()..).unwrap_or("")).first()
                {
                    cx.cover(end);
                    last = Some((x.amount, whole.end() + m.start()));
                }
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
            // Room for an amount written in words ("Two Hundred Thirty-Eight and 50/100
            // Dollars", "One Hundred Seventy-Five Dollars ($175.00)"); it must start the text
            // all the same.
            let head = rest.get(..super::floor(rest, 120)).unwrap_or(rest);
            if let Some(money) = super::amount_words::amount_opening(head) {
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
        if let Some((amount, at)) = last {
            super::last_payment::record(cx, terms, amount, at);
        }
        return;
    }
}

/// "Monthly payments | 48 of £299.00": the count, the frequency and the payment of a form row.
fn labelled_count(cx: &mut Ctx, terms: &mut Terms, flat: &str) -> bool {
    for c in LABELLED_COUNT.captures_iter(flat) {
        let (Some(whole), Some(count)) = (c.get(0), c.get(2)) else {
            continue;
        };
        let Some(money) = number::money_at_start(flat.get(whole.end()..).unwrap_or("")) else {
            continue;
        };
        let Ok(n) = count.as_str().parse::<u32>() else {
            continue;
        };
        if n == 0 || n > 600 {
            continue;
        }
        let end = whole.end() + money.end;
        cx.cover(count.start());
        cx.cover(whole.end());
        let freq = if n == 1 {
            Some(Frequency::Single)
        } else {
            c.get(1).and_then(|f| frequency_of(f.as_str()))
        };
        super::payment_times::record_row(cx, terms, (n, freq, &money), (whole.start(), end));
        return true;
    }
    false
}

/// Does a listed schedule end in a payment larger than its first, with no last payment stated
/// apart (interest each period and the principal at the end, or an unnamed balloon)?
fn list_ends_larger(terms: &Terms) -> bool {
    let totals: Vec<_> = terms
        .stated_schedule
        .iter()
        .filter_map(|r| r.total)
        .collect();
    terms.last_payment.is_none()
        && totals.len() >= 2
        && totals
            .first()
            .zip(totals.last())
            .is_some_and(|(first, last)| *last > *first + rust_decimal::Decimal::ONE)
}

/// One payment: a count of one, paid once, on the words in `evidence`.
pub(super) fn one_payment(terms: &mut Terms, evidence: crate::model::Evidence) {
    terms.installments = Some(Count {
        count: 1,
        evidence: evidence.clone(),
    });
    terms.frequency = Some(FrequencyTerm {
        frequency: Frequency::Single,
        evidence,
    });
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
                pattern::regex(r"(?i)(?-u:\b)(?:each|every|monthly|weekly|fortnightly|instal?lments?|payments)(?-u:\b)")
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
        // (Not when a listed schedule ends in a larger payment with no balloon stated: that
        // shape is decided by the figures, in reconciliation.)
        .or_else(|| {
            (terms.installments.as_ref().is_some_and(|c| c.count > 1)
                && terms.payment.is_some()
                && !list_ends_larger(terms))
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
        super::due_at_once::maturity_in_clause(cx, terms, s, e, &evidence);
        one_payment(terms, evidence);
        if terms.first_payment_date.is_none() {
            terms.first_payment_date = terms.maturity_date.clone();
        }
        term::derive_term(terms);
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
