//! Dates: the contract (signing) date, the funding / transaction date, the first payment and
//! maturity dates, and a single payment inferred from a transaction date and a due date.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::number;
use crate::model::{Count, DateTerm, Frequency, FrequencyTerm, Terms};

/// Labels of the signing date, anywhere in the text.
static CONTRACT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?-u:\b)dated(?-u:\b)|(?-u:\b)date of (?:the |this )?(?:agreement|note|loan agreement|loan contract|loan|contract|credit agreement|offer|signature|signing|execution|(?:this |the )?(?:information|disclosure|statement|document))(?-u:\b)|(?-u:\b)(?:agreement|contract|signature|signing|execution|offer|loan) date(?:(?-u:\b)|(?-i:[A-Z]))|(?-u:\b)entered into(?: as of| on)?(?-u:\b)|(?-u:\b)made (?:and entered into )?(?:as of|on|this)(?-u:\b)|(?-u:\b)date issued(?-u:\b)|(?-u:\b)(?:date )?prepared(?: on)?\s*:|(?-u:\b)(?:prepared|produced|issued|provided|given) (?:for|to)\s*:?\s*(?:(?:mr|mrs|ms|dr|miss)\.?\s+)?[a-z][^.;\n\d]{1,60}? on(?-u:\b)|(?-u:\b)(?:renewal|rollover|roll-over|extension|refinanc(?:e|ing)) date(?-u:\b)|(?-u:\b)date of (?:the |this )?(?:renewal|rollover|extension|refinanc(?:e|ing))(?-u:\b)|(?-u:\b)(?:provided|given|issued|supplied|delivered|handed) to (?:the |you,? the )?(?:prospective )?(?:debtor|borrower|customer|consumer|applicant|hirer)(?: on)?(?-u:\b)|(?-u:\b)(?:provided|given|issued|supplied|delivered|handed) to\s*:|(?-u:\b)(?:signed|executed|accepted)(?: and dated)?(?: on| this| as of)?(?-u:\b)|(?-u:\b)effective date(?-u:\b)|(?-u:\b)(?:plan|agreement|arrangement|contract|loan) (?:agreed|accepted|confirmed|set up|entered into)(?: on| as of)?(?-u:\b)|(?-u:\b)date (?:agreed|accepted|of acceptance)(?-u:\b)|(?-u:\b)(?:requested|submitted|request date|date requested|date submitted)(?: on)?(?-u:\b)|(?-u:\b)(?:place and date|date and place)(?: of (?:signing|signature|execution))?\s*:|(?:^|[^a-z ] ?|\s\s)(?-u:\b)date\s*:)")
        .expect("static regex")
});
/// A "Date:" label heading its line (a form's signing-date row), read on the text with its
/// line breaks; or an e-mail's "Sent:" header (Outlook's name for its date), which is read only
/// where it is left unmasked: the quoted reply that accepts the terms (`mail_accept`).
static LINE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|]*(?:(?:date|dated|date signed)[ \t]*[:\-–|]|sent[ \t]*:)")
        .expect("static regex")
});
static FIRST_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:first (?:payment|pmt|instal?lment)(?: date| is due| due| shall be (?:due|made|paid))?(?: on)?|payments? (?:shall |will )?(?:begin|commence|start)(?:ning)?(?: on)?|beginning(?: on)?|commencing(?: on)?|starting(?: on)?|the first(?: one)? (?:(?:is |falls |falling )?due )?on|the first of|(?:(?-u:\b)1|one|an initial) (?:monthly |weekly )?(?:payment|instal?ment|repayment|rental)s? of|initial (?:payment|instal?ment|repayment))(?-u:\b)")
        .expect("static regex")
});
static MATURITY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:maturity date|matures? on|(?:final|last) (?:interest |regular |scheduled |monthly )?(?:payment|pmt|instal?lment)(?: date| is due| due)?(?: on)?|due (?:and payable )?(?:in full )?on|(?:repay|pay back|return) (?:the )?(?:whole |entire |full |unpaid )?principal(?: amount| sum| balance)?(?: in full)? (?:on|by)|principal(?: amount| sum| balance)? (?:is |shall be |will be |must be )?(?:due|payable|repayable|repaid)(?: in full)? (?:on|by)|(?:re)?pa(?:id|yable|y) in full (?:on or before|by|on)|(?:re)?pa(?:id|yable) in (?:one|a single) (?:sum|lump[- ]sum|payment) on|repayable on|not (?:to )?deposit (?:it |the check |your check )?until|(?:the|final|last) repayment date|due in (?:one|a single) (?:lump[- ]sum )?payment(?: of)?|(?:re)?pay(?: (?:it|us|this|the loan|everything|it all|all of it|the lot|the whole (?:amount|sum|loan|balance))(?: back)?| back)?,? (?:(?:[A-Z]{1,2})?[$£€]\s?\d[\d,]*(?:\.\d{1,2})?,?\s+)?(?:in one go|in full|all at once|in (?:one|a single) (?:lump[- ]sum |sum |(?:re)?payment |instal?ment ))\s*(?:on or before|on|by)|in (?:one|a single) (?:lump[- ]sum )?(?:payment|sum|instal?ment) of (?:[^.;]|\.\d){1,120}? (?:on or before|on|by))(?-u:\b)")
        .expect("static regex")
});

/// Does `text` hold a signing-date label with a date right after it ("Date: April 9, 2025",
/// "dated March 1, 2025")?
pub(super) fn has_signing_date(text: &str) -> bool {
    [&*CONTRACT_DATE, &*LINE_DATE].iter().any(|re| {
        re.find_iter(text).any(|m| {
            let after = text.get(m.end()..).unwrap_or("");
            let window = after.get(..super::floor(after, 40)).unwrap_or(after);
            number::first_date(window, false).is_some()
        })
    })
}

/// A date read after a label, and whether its day/month order was ambiguous.
struct LabelledDate {
    term: DateTerm,
    /// The date as written, when its day/month order was ambiguous.
    ambiguous: Option<String>,
}

/// The first `label` followed closely by a date. A label right after one of `not_after`
/// ("first payment due") names another date.
/// The place between a signing verb and its date: "in Chicago, Illinois, on the", "at
/// Yonkers, New York, this".
static PLACE_THEN_ON: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:in|at)\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}(?:,\s*[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}){0,2},?\s+(?:on|this)\s+(?:the\s+)?$")
        .expect("static regex")
});

fn labelled_date(cx: &Ctx, label: &Regex, not_after: &[&str]) -> Option<LabelledDate> {
    labelled_date_in(cx, &cx.flat, label, not_after)
}

/// As `labelled_date`, with the label searched in `hay` (the flat text or the text with its
/// line breaks: both share byte offsets).
fn labelled_date_in(
    cx: &Ctx,
    hay: &str,
    label: &Regex,
    not_after: &[&str],
) -> Option<LabelledDate> {
    for m in label.find_iter(hay) {
        let before = cx
            .slice(m.start().saturating_sub(16), m.start())
            .to_ascii_lowercase();
        if not_after.iter().any(|w| before.trim_end().ends_with(w))
            || bare_other_date(cx, m)
            || earlier_period(&before, m.as_str())
        {
            continue;
        }
        // A label glued to the value after it ("Agreement dateDecember 1, 2025", two cells of
        // a page): the capital starts the value.
        let mut tail = m.as_str().chars().rev();
        let end = match (tail.next(), tail.next()) {
            (Some(c), Some(b)) if c.is_ascii_uppercase() && b.is_ascii_lowercase() => m.end() - 1,
            _ => m.end(),
        };
        let window = cx.slice(end, end + 60);
        if let Some(d) = number::first_date(window, cx.day_first) {
            // The date must follow the label closely (allowing "the 12th day of").
            let gap = window.get(..d.start).unwrap_or("");
            // (A dot leader "Transaction Date ........ 10/03/2025" is no gap, nor the place of
            // signing: "Signed in Chicago, Illinois, on the 3rd day of November, 2026".)
            if gap
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '_' | '-'))
                .len()
                > 25
                && !PLACE_THEN_ON.is_match(gap)
            {
                continue;
            }
            // "final payment $280.89), the first on December 20", "final payment $145.19),
            // beginning April 23": the date is another payment's (the first), not the label's.
            if FIRST_OF_SERIES.is_match(gap) {
                continue;
            }
            return Some(LabelledDate {
                term: DateTerm {
                    date: d.date,
                    evidence: cx.evidence(m.start(), end + d.end),
                },
                ambiguous: d
                    .ambiguous
                    .then(|| window.get(d.start..d.end).unwrap_or("").to_string()),
            });
        }
    }
    None
}

/// Between a label and its date, words that hand the date to the first of a series.
static FIRST_OF_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:the )?first(?: (?:one|payment|instal?lment))?(?: is)?(?: due)? (?:on|by)|(?:beginning|starting|commencing)(?: (?:on|from|with))?|(?:payments?|instal?lments?|repayments?) (?:begin|start|commence)(?:s|ning|ing)?(?: on)?)\s*$")
        .expect("static regex")
});

/// Words that put a dated event in an earlier loan or period than this one: a renewal's
/// "Original transaction date", "Previous due date", "Prior loan date".
const EARLIER: &[&str] = &[
    "previous",
    "original",
    "prior",
    "former",
    "old",
    "preceding",
];

/// Does the label (or the word right before it) name an earlier loan's or period's date?
fn earlier_period(before: &str, label: &str) -> bool {
    let label = label.to_ascii_lowercase();
    let last_word = before
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    EARLIER.contains(&last_word)
        || label
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| EARLIER.contains(&w))
}

/// A bare "Date:" label whose line names another date before it ("Deferred Deposit (Due)
/// Date: 10/24/2025", "1. Transaction / Date:").
fn bare_other_date(cx: &Ctx, m: regex::Match) -> bool {
    let label = m.as_str().trim_matches(|c: char| !c.is_ascii_alphabetic());
    if !label.eq_ignore_ascii_case("date") {
        return false;
    }
    let text = cx.doc.text.as_str();
    let at = super::floor(text, m.start());
    let line_start = text
        .get(..at)
        .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
    let mut before = text.get(line_start..at).unwrap_or("").to_ascii_lowercase();
    // A cell before it that holds its own date ("First payment: 1 November 2025.   Date: 1
    // October 2025") is another field: only the words after the last such date qualify "Date".
    while let Some(d) = number::first_date(&before, cx.day_first) {
        before = before.get(d.end..).unwrap_or("").to_string();
    }
    [&*DISBURSEMENT_DATE, &*DUE_DATE, &*MATURITY, &*FIRST_PAYMENT]
        .iter()
        .any(|re| re.is_match(&before))
        || before
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| !w.is_empty() && NOT_SIGNING.iter().any(|n| w.starts_with(n)))
}

/// The day the money reaches the borrower: a payday disclosure's transaction or funding date,
/// "the APR is based on ... the date the proceeds will be deposited ..., which is 02/20/2006".
static DISBURSEMENT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:transaction date|(?:plan|loan|credit) start(?: date)?|date of (?:the )?(?:loan|advance|transaction)|loan date|(?:anticipated |expected |estimated )?(?:funding|disbursement|advance) date|date (?:funded|of funding|of disbursement)|date (?:the )?(?:funds|money|cash|loan|advance)(?: (?:were|was|are|is|will be))? (?:advanced|disbursed|given|lent|loaned|paid(?: out)?|funded|sent|deposited|provided|made)|(?:funds|money|cash|loan) (?:were |was )?(?:advanced|disbursed|funded|given to you|paid to you|provided) on|paid (?:in)?to your (?:bank|account)(?: account)? on|(?:funds|money|cash|loan|proceeds)(?: (?:were|was|are|is|will be))? (?:sent|deposited|transferred|wired|credited|pushed|lands?|arrives?) (?:to|into|onto|in) (?:your |the )?(?:[a-z]+ ){0,3}(?:card|account)(?: ending(?: in)? \d{2,6})?(?: on)?|proceeds (?:will be |are |were )?(?:deposited|disbursed|paid|funded|credited)[^.;]{0,80}?(?:which is|on)|(?:funds|money|cash|loan|proceeds) (?:deposited|disbursed|sent|transferred|wired|credited|released|paid out)(?: on)?)(?-u:\b)")
        .expect("static regex")
});
/// A single payment's due date ("Due Date", "Payment Due", "Date Due").
static DUE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:payment |loan )?due date|deferred (?:deposit|presentment) (?:\(due\) )?date|payment due(?: on)?|date due|repayment date|(?:check |cheque )?(?:deposit|presentment|presentation|redemption) date|date (?:we|lender|the lender|I) (?:will|may|can|shall) (?:deposit|present|cash|negotiate|debit|withdraw|collect|process)|date (?:your|the) (?:check|cheque|payment) (?:will be|is to be|is|shall be) (?:deposited|presented|cashed|debited|due)|(?:repay|pay back)(?: it| the loan| the advance)?(?: back)?(?: in full)? (?:by|no later than)|(?:(?:auto-?)?debit(?:ed)?|deduct(?:ed)?|withdraw(?:n)?|repaid|paid back)(?: automatically)?(?: [$£€] ?\d[\d,]*(?:\.\d{2})?)?(?: from your (?:[a-z]+ ){0,2}(?:account|card|pay ?check|paycheque|pay|wages?|salary|earnings))? (?:on|by)(?: your next pay ?day,?)?|(?:on|by) your next pay ?day,?|(?:(?:re)?pay(?: us)?(?: back)?|owe(?: us)?)\s+(?:a total of\s+)?[$£€] ?\d[\d,]*(?:\.\d{2})?(?: \([^()]{1,60}\))?(?: in full)?,? (?:on or before|no later than|on|by)|(?:one|a single|single|final|last|lump[- ]sum) (?:payment|repayment),? due(?: on| by)?|(?:one|a single|single|only|final|last|lump[- ]sum) (?:re)?payment\s*[|:]?\s*(?:of\s+|is\s+)?[$£€] ?\d[\d,]*(?:\.\d{2})?,?\s+(?:due\s+)?(?:on or before|no later than|on|by)|(?:check|cheque)(?-u:\b)(?:[^.;\n]|\.\d){0,80}?(?-u:\b)(?:will|shall|is to|may) (?:only )?be (?:deposited|presented|cashed|negotiated) (?:on|no earlier than))(?-u:\b)")
        .expect("static regex")
});

/// A loan period stated by its two ends: "Duration ...... from 06-11-2025 to 11-12-2025",
/// "Loan period: 3 March 2026 until 7 April 2026", "this loan runs from ... to ...". The first date is the loan's start, the
/// second its end.
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:duration|term|(?:loan|credit|repayment) period|period of (?:the |this |your )?(?:loan|credit|agreement)|(?:loan|credit|agreement) (?:runs|lasts|will run|will last))(?: of (?:the |this |your )?(?:loan|agreement|credit))?(?-u:\b)[\s.:…|-]*(?:(?:runs|running|is) )?(?:from\s+)?")
        .expect("static regex")
});
/// The words between the two ends of a period.
static PERIOD_JOIN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:to|until|till|through|thru|and|-|–|—)\s*(?:and including\s+)?$")
        .expect("static regex")
});

/// The two ends of a loan period ("from D1 to D2") after a duration or period label.
fn period(cx: &Ctx) -> Option<(LabelledDate, LabelledDate)> {
    for m in PERIOD.find_iter(&cx.flat) {
        let window = cx.slice(m.end(), m.end() + 80);
        let Some(first) = number::first_date(window, cx.day_first) else {
            continue;
        };
        if first.start > 0 {
            continue;
        }
        let rest = window.get(first.end..).unwrap_or("");
        let Some(second) = number::first_date(rest, cx.day_first) else {
            continue;
        };
        if !PERIOD_JOIN.is_match(rest.get(..second.start).unwrap_or(""))
            || second.date <= first.date
        {
            continue;
        }
        let end_at = m.end() + first.end + second.end;
        let written = |w: &str, d: &number::FoundDate| {
            d.ambiguous
                .then(|| w.get(d.start..d.end).unwrap_or("").to_string())
        };
        let evidence = cx.evidence(m.start(), end_at);
        return Some((
            LabelledDate {
                term: DateTerm {
                    date: first.date,
                    evidence: evidence.clone(),
                },
                ambiguous: written(window, &first),
            },
            LabelledDate {
                term: DateTerm {
                    date: second.date,
                    evidence,
                },
                ambiguous: written(rest, &second),
            },
        ));
    }
    None
}

/// How many leading non-blank lines are the document's heading, where a date with no label
/// is the date the document was made ("Sacramento, California, January 31, 2025").
const HEADER_LINES: usize = 8;
/// Words before a date on its line that make it another date than the signing date.
const NOT_SIGNING: &[&str] = &[
    "due", "pay", "repa", "matur", "expir", "birth", "deliver", "first", "final", "last", "begin",
    "commenc", "start", "until", "through", "end", "from", "valid", "period", "term",
];

/// The first date in the heading lines when nothing on its line before it names another date.
/// The end of an account statement's billing cycle ("Statement closing date", "Billing cycle
/// ends", "Closing date of billing cycle"): a date of the account, not the day a loan was made.
static BILLING_CYCLE_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:statement (?:closing|end(?:ing)?|period|cycle)|(?:billing|statement) (?:cycle|period)|cycle (?:closing|end(?:ing)?|close)|closing date of (?:the |this )?(?:statement|billing cycle|billing period))(?-u:\b)")
        .expect("static regex")
});

/// E-mail headers run onto one line, ending in the one that dates the message: "From: ... To:
/// ...Subject: ...Sent: " (a "Date:" header only after a sign, not "Subject: new due date:").
static MAIL_DATE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:from|to|subject|cc)[ \t]*:.*?(?:(sent[ \t]*:[ \t]*)|[^a-z \t](date[ \t]*:[ \t]*))$")
        .expect("static regex")
});

fn header_date(cx: &Ctx) -> Option<LabelledDate> {
    let text = cx.doc.text.as_str();
    let mut offset = 0usize;
    let mut seen = 0usize;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        seen += 1;
        if seen > HEADER_LINES {
            break;
        }
        let Some(d) = number::first_date(line, cx.day_first) else {
            continue;
        };
        let before = line.get(..d.start).unwrap_or("").to_ascii_lowercase();
        // An e-mail's "Sent:" or "Date:" header right before the date: the header fields
        // run onto its line before it ("From: ... To: ...Subject: ...Sent: November 18,
        // 2026") name no other date.
        let before = match MAIL_DATE_HEADER
            .captures(&before)
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
        {
            Some(h) => before.get(h.start()..).unwrap_or("").to_string(),
            None => before,
        };
        // A sentence wrapped before its date ("You must repay $575.00\non 04/22/2025"): the
        // previous line, when it holds no date of its own, is read with it.
        let previous = text
            .get(..start)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r']);
        let previous = previous.rsplit('\n').next().unwrap_or("");
        let wrapped = if number::first_date(previous, cx.day_first).is_none() {
            format!("{} {before}", previous.trim().to_ascii_lowercase())
        } else {
            before.clone()
        };
        let other_label = [&*DISBURSEMENT_DATE, &*DUE_DATE, &*MATURITY, &*FIRST_PAYMENT]
            .iter()
            .any(|re| re.is_match(&wrapped))
            || BILLING_CYCLE_END.is_match(&before);
        // A row of a payment table ("1 | 12/15/2025 | $60.00"): a numbered row, or a date
        // cell followed by an amount cell; a later payment, unless the row is paid today.
        let today = line.to_ascii_lowercase().contains("today");
        let after = line.get(d.end..).unwrap_or("");
        let index = before.trim_matches(|c: char| c.is_whitespace() || c == '|');
        let numbered_row =
            !index.is_empty() && index.chars().all(|c| c.is_ascii_digit() || c == '.');
        let amount_cell =
            number::money_at_start(after.trim_start_matches([' ', '\t', '|'])).is_some();
        // "... to your account ending 4410 today (2 October 2025)": the date told as today's
        // is the day the document was written, whatever the words before it.
        let told_as_today = before
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ',' | ':' | '-'))
            .ends_with("today");
        if other_label
            || ((numbered_row || amount_cell) && !today)
            || (!told_as_today
                && before
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| NOT_SIGNING.iter().any(|n| w.starts_with(n))))
        {
            continue;
        }
        let (s, e) = (start + d.start, start + d.end);
        return Some(LabelledDate {
            term: DateTerm {
                date: d.date,
                evidence: cx.quote(start + (line.len() - line.trim_start().len()), e.max(s)),
            },
            ambiguous: d
                .ambiguous
                .then(|| line.get(d.start..d.end).unwrap_or("").to_string()),
        });
    }
    None
}

/// A date that is a line by itself, as an app screen, an e-mail or a letter stamps the day it
/// was made ("11/14/2025" under the offer, above the accept button): the signing date when no
/// label names one. Not when the line before names another date ("First payment" wrapped onto
/// its own line), nor a run of such lines (a list of due dates).
fn lone_date_line(cx: &Ctx) -> Option<LabelledDate> {
    let text = cx.doc.text.as_str();
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0usize, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let alone = |line: &str| {
        let t = line.trim().trim_end_matches('.');
        number::first_date(t, cx.day_first).filter(|d| d.start == 0 && d.end == t.len())
    };
    let mut found = None;
    for (i, (start, line)) in lines.iter().enumerate() {
        let Some(d) = alone(line) else { continue };
        let previous = i.checked_sub(1).map_or("", |k| lines[k].1);
        let next = lines.get(i + 1).map_or("", |l| l.1);
        if alone(previous).is_some() || alone(next).is_some() {
            continue;
        }
        let before = previous.to_ascii_lowercase();
        let other_label = [&*DISBURSEMENT_DATE, &*DUE_DATE, &*MATURITY, &*FIRST_PAYMENT]
            .iter()
            .any(|re| re.is_match(&before));
        if other_label
            || before
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| NOT_SIGNING.iter().any(|n| w.starts_with(n)))
        {
            continue;
        }
        // Two lone dates name different days: which one was signed is not known.
        if found.is_some() {
            return None;
        }
        let lead = line.len() - line.trim_start().len();
        let (s, e) = (start + lead, start + lead + d.end);
        found = Some(LabelledDate {
            term: DateTerm {
                date: d.date,
                evidence: cx.quote(s, e),
            },
            ambiguous: d
                .ambiguous
                .then(|| line.trim().get(d.start..d.end).unwrap_or("").to_string()),
        });
    }
    found
}

/// Longest span, in days, that a transaction date and a due date alone are read as one
/// single-payment loan (payday and short-term loans run two weeks to two months).
const SINGLE_PAYMENT_MAX_DAYS: i64 = 62;

pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    // Numeric dates: UK, European and Indian documents, and sterling, euro or rupee amounts,
    // write day first.
    let uk_currency = [&terms.principal, &terms.disbursed, &terms.total_of_payments]
        .into_iter()
        .flatten()
        .any(|a| matches!(a.currency.as_str(), "GBP" | "EUR" | "INR"));
    let uk = uk_currency
        || terms
            .jurisdiction_hints
            .iter()
            .any(|h| h.code == "GB" || h.code == "IN");
    // The country the document's signs name writes its dates one way (Australia, New
    // Zealand), or both ways (Canada).
    let local_order = cx.locale.as_ref().and_then(|l| l.day_first.map(|d| (d, l)));
    let uk = uk || local_order.is_some_and(|(d, _)| d);
    // Other day-first countries, by the loan's currency or the country named in its head.
    let other_country = super::date_order::sign(&cx.doc.text, terms);
    let uk = uk || other_country.is_some();
    // The document's own word on the order, or a date that can only be read one way, decides
    // how every numeric date in it is read.
    let order = document_order(&cx.doc.text);
    cx.day_first = order.as_ref().map_or(uk, |o| o.day_first);
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
    let contract = labelled_date(cx, &CONTRACT_DATE, &[])
        .or_else(|| labelled_date_in(cx, &cx.doc.text, &LINE_DATE, &[]))
        .or_else(|| header_date(cx))
        .or_else(|| lone_date_line(cx));
    let first = labelled_date(cx, &FIRST_PAYMENT, &[]);
    let maturity = labelled_date(cx, &MATURITY, &not_first)
        .or_else(|| labelled_date(cx, &DUE_DATE, &not_first))
        .or_else(|| {
            let d = labelled_date(cx, &super::repaid_from::ESTIMATED_REPAYMENT, &not_first)?;
            terms.assumptions.push(format!(
                "the repayment date {} is the lender's estimate of when the money it is repaid from arrives («{}»): the term and cost depend on the real date",
                d.term.date, d.term.evidence.text
            ));
            Some(d)
        });
    let mut funding = labelled_date(cx, &DISBURSEMENT_DATE, &[]);
    // A period stated by its two ends: the loan runs from the first to the second.
    let mut maturity = maturity;
    let mut period_note = None;
    if maturity.is_none()
        && let Some((from, to)) = period(cx)
    {
        period_note = Some(format!(
            "the loan period runs from {} to {} («{}»): the loan starts on the first date and is due on the second",
            from.term.date, to.term.date, to.term.evidence.text
        ));
        if funding.is_none() && terms.disbursement_date.is_none() {
            funding = Some(from);
        }
        maturity = Some(to);
    }
    terms.assumptions.extend(period_note);
    for d in [&contract, &first, &maturity, &funding]
        .into_iter()
        .flatten()
    {
        if let Some(written) = &d.ambiguous {
            let how = match (&order, cx.day_first) {
                (Some(o), _) => o.reason.clone(),
                (None, true) => match local_order {
                    Some((true, l)) if !uk_currency => format!("day-first (the {})", l.reason),
                    _ if uk_currency
                        || terms
                            .jurisdiction_hints
                            .iter()
                            .any(|h| h.code == "GB" || h.code == "IN") =>
                    {
                        "day-first (UK order, from the currency or governing law)".to_string()
                    }
                    _ => format!(
                        "day-first ({})",
                        other_country.as_deref().unwrap_or("the contract's country")
                    ),
                },
                (None, false) => match &cx.locale {
                    Some(l) if l.day_first.is_none() => format!(
                        "month-first (US order), though the {} may write either order: it depends on which the lender uses",
                        l.reason
                    ),
                    _ => "month-first (US order)".to_string(),
                },
            };
            terms.assumptions.push(format!(
                "numeric date \"{written}\" read {how} as {}: day and month could be either way round",
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
        // "APR" as a word: the month "April" names no rate.
        static APR_WORD: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"(?i)annual percentage rate|(?-u:\b)APR(?-u:\b)").expect("static regex")
        });
        if APR_WORD.is_match(&f.term.evidence.text) {
            terms.assumptions.push(format!(
                "the disclosed APR is stated to be based on the funding date {}: the term runs from that date",
                f.term.date
            ));
        }
        terms.disbursement_date = Some(f.term);
    }
    if terms.contract_date.is_none()
        && let Some(d) = &terms.disbursement_date
    {
        terms.assumptions.push(format!(
            "no signing date is written: the contract date is taken as the funding / transaction date {} («{}»)",
            d.date, d.evidence.text
        ));
        terms.contract_date = Some(d.clone());
    }
    super::payment_range::extract(cx, terms);
    super::payment_list::extract(cx, terms);
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
    match order {
        Some(o) => terms
            .assumptions
            .push(format!("numeric dates read {}", o.reason)),
        None if cx.day_first => terms
            .assumptions
            .push("numeric dates read day-first (UK/India style)".to_string()),
        None => {}
    }
}

/// How a document's numeric dates are ordered, and why.
struct DateOrder {
    day_first: bool,
    reason: String,
}

/// A stated order ("dates are day-month-year", "DD/MM/YYYY", "dates shown day first"), or
/// else the order proved by the document's own dates: a first part above 12 ("27/11/2025")
/// can only be a day, a second part above 12 ("11/27/2025") only a day. Nothing when the
/// document neither says nor proves it, or when its dates prove both orders.
fn document_order(text: &str) -> Option<DateOrder> {
    static STATED: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:(dd?)[ ./-]?(mm?)[ ./-]?(?:yy){1,2}|(mm?)[ ./-]?(dd?)[ ./-]?(?:yy){1,2}|(day)[ ./-]+(?:then )?(month)[ ./-]+(?:then )?year|(month)[ ./-]+(?:then )?(day)[ ./-]+(?:then )?year|(?:dates? (?:are |is )?(?:shown|written|given|stated|printed|set out|entered|expressed) |(?:with|giving|putting) the )(day|month) first)(?-u:\b)")
            .expect("static regex")
    });
    if let Some(c) = STATED.captures(text) {
        let day_first = c.get(1).is_some()
            || c.get(5).is_some()
            || c.get(9)
                .is_some_and(|w| w.as_str().eq_ignore_ascii_case("day"));
        let said = c.get(0).map_or("", |w| w.as_str());
        return Some(DateOrder {
            day_first,
            reason: format!(
                "{} as the document states («{said}»)",
                if day_first {
                    "day-first"
                } else {
                    "month-first"
                }
            ),
        });
    }
    let (mut day_first, mut month_first) = (None, None);
    for (a, b, written) in number::numeric_dates(text) {
        if a > 12 && a <= 31 && (1..=12).contains(&b) {
            day_first.get_or_insert(written);
        } else if b > 12 && b <= 31 && (1..=12).contains(&a) {
            month_first.get_or_insert(written);
        }
    }
    match (day_first, month_first) {
        (Some(w), None) => Some(DateOrder {
            day_first: true,
            reason: format!("day-first: the document's date \"{w}\" can only be read that way"),
        }),
        (None, Some(w)) => Some(DateOrder {
            day_first: false,
            reason: format!("month-first: the document's date \"{w}\" can only be read that way"),
        }),
        _ => None,
    }
}

/// A payday disclosure that gives only a transaction (funding) date and a due date, with no
/// count of payments and no payment frequency, is one payment on the due date.
fn single_payment_from_dates(terms: &mut Terms) {
    if terms.installments.is_some()
        || terms.frequency.is_some()
        || terms.total_holds_several_payments()
    {
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
