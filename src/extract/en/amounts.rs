//! Labelled amounts (principal, amount financed / net proceeds, finance charge, total of
//! payments); amounts in words against their figures are checked in `amount_words`.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number::{self, MARK_BEFORE, Money, Percent};
use crate::extract::money_range;
use crate::model::{Amount, FeeTiming, Terms};

/// The principal: loan amount, amount of credit, principal sum, a checkout's "Financed with
/// PayPlan ..... $900.00", a product's name ("approved your Refund Advance of $1,500.00").
static PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:principal amount|principal sum|amount of (?:the )?principal\s*:|received from [^:;$£€\n]{1,120}? by (?-i:[A-Z])[^:;$£€\n]{1,60}:|original principal(?: balance| amount)?|stated principal|principal (?:balance )?of|loan amount|amount of (?:the )?loan|amount to borrow|amount you (?:will )?borrow|(?:you are|you're) borrowing|amount requested|how much (?:am I|are you|is the borrower|will I be|will you be|do I|do you) borrow(?:ing)?\??|requested (?:loan )?amount|(?:we|I|the lender|lender) (?:hereby |will |shall |am |are |is )?(?:lend|loan|advance)(?:s|ing)? (?:to )?(?:you|the borrower|borrower)|amount of (?:the )?credit|total amount of credit|initial unpaid balance|(?:total )?financing amount|amount of (?:the )?financing|(?:I|we|the borrower|borrower|the undersigned)(?:,[^,.;\n]{1,60},)? (?:have |has |hereby )?(?:received|acknowledges? (?:receipt of|receiving)|acknowledge having received) from|credit amount|face amount|(?:original )?note amount|amount of (?:the |this |your )?(?:promissory )?note(?-u:\b)|financed (?:with|through|via) (?-i:[A-Z])[A-Za-z0-9&'’-]*|(?:lend|loan|advance)s? (?:to )?(?:the )?borrower (?:the sum of|an amount of|the amount of)|(?:(?:promises?|agrees?) to (?:re)?pay|(?-u:\b)owes?)(?:[^.;$£€]|(?-i:(?-u:\b)[A-Z])\.|(?-u:\b)(?:inc|co|corp|ltd|llc|l\.l\.c|n\.a|p\.c|bros)\.){0,60}?the (?:principal )?sum of|(?:a|an|your) (?:[a-z-]+ ){0,2}?(?:loan|advance) (?:of|in the amount of|amounting to)|(?:(?:agree[sd]?|agreeing|promises?|undertakes?) to|(?:shall|will|hereby)(?: to)?) (?:lend|loan|advance)(?-u:\b)|(?:has |have )?(?:lent|loaned) (?:to )?|(?:amount borrowed|(?:amount|sum|money) (?:lent|loaned)|draw amount|amount of (?:the |this )?draw|cash advance|(?:cash|amount) advanced|advance amount|amount of (?:the |your )?(?:cash )?advance)(?:\s*\((?:the )?principal\))?\s*(?::|\.{3,}|…+))")
        .expect("static regex")
});
/// The word "Principal" alone as a label, its figure right after it ("Principal $3,000.00"),
/// or "Amount borrowed £300.00" (a UK short-term loan page's label, no colon).
static BARE_PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[r"(?i)(?-u:\b)(?:principal(?:\s+(?:amount|sum))?(?:\s*[:\-]|\s+(?:is|was|will be|shall be|equals|amounts to))?|loan\s*:|amount borrowed\s*:?)\s*", MARK_BEFORE, r"\d"].concat())
        .expect("static regex")
});
/// "You borrow $2,500.00", "the Borrower borrows £800", "You can borrow $2,000.00", "Ann Lee
/// (the borrower) borrowed $6,000.00 from": the verb with its figure right after.
static BORROWS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[r#"(?i)(?-u:\b)(?:you|I|we|the borrower|borrower)["”]?\)?\s+(?:will\s+|shall\s+|hereby\s+|have\s+|has\s+|can\s+)?borrow(?:s|ed)?\s+(?:the sum of\s+|an amount of\s+|the amount of\s+)?"#, MARK_BEFORE, r"\d"].concat())
        .expect("static regex")
});
/// A condition or an example before the verb ("if you borrow £1,000", "if the lender advances
/// ..."): no principal.
pub(super) static IF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:if|when|whenever|should|unless|once|example,?|e\.g\.,?)\s+$")
        .expect("static regex")
});
/// What reaches the borrower: amount financed, net proceeds, paid to you, a Key Fact
/// Statement's "Net disbursed amount".
pub(crate) static DISBURSED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:amount financed|net (?:loan )?proceeds|net amount (?:advanced|disbursed|credited|(?:sent|paid|deposited|transferred) to (?:you|me|your|my)(?: (?:bank |checking |savings )?account)?)|net (?:loan )?(?:disbursed|disbursal|disbursement) amount|amount (?:actually )?(?:disbursed|advanced to you)|(?:amount )?(?:given|paid) to you(?: directly)?|cash advanced? to (?:you|(?:the )?customer|(?:the )?borrower)|(?:deposited|paid|sent|transferred|credited) (?:in)?to (?:you|(?:your|my) (?:bank |checking |savings )?account)|(?:you|the borrower|borrower) (?:will |would |shall |are to |get to )?receives?(?: net)?|amount (?:you|the borrower) (?:will |would )?receives?|cash to (?:you|(?:the )?customer|the borrower|borrower)|(?:amount|cash|money|funds|sum|principal|proceeds)(?: of (?:the |this )?(?:loan|advance))? (?:handed|given|paid(?: out)?|advanced|lent|loaned|provided|delivered|released) to (?:you|(?:the )?customer|(?:the )?borrower|(?:the )?member|(?:the )?employee)|handed to you)(?-u:\b)|(?-u:\b)(?:(?:amount |cash |money |funds )?you (?:will )?(?:get|take home|walk away with|receive)(?: (?:today|now|in cash|in hand|up front|upfront))?|(?:cash|money|amount) (?:paid out|out|in hand))\s*(?::|\.{3,}|…)")
        .expect("static regex")
});
static FINANCE_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:finance charge|total charge for credit|total cost of credit|cost of credit)(?-u:\b)",
    )
    .expect("static regex")
});
static TOTAL_PAYMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:total of payments|total amount payable|total amount (?:to be )?repay(?:able|ed)|total (?:amount )?repayable|total repayment amount|total (?:amount )?(?:to repay|you (?:must|will) (?:re)?pay)|total amount (?:that )?you (?:will|would) (?:have|need) to (?:re)?pay|(?:all together|altogether|in all|in total),? (?:i|we|you|the borrower) (?:will|shall|must) (?:re)?pay(?: (?:you|the lender|the holder))?|(?:total |amount )(?:amount )?(?:due|owing|owed) on (?:the )?(?:new |payment )?(?:due|maturity|repayment) date|amount of (?:the |your )?(?:personal )?(?:check|cheque) (?:held|to be held|to be deposited))(?-u:\b)|(?-u:\b)(?:face amount of (?:the |your )?|(?:personal )?)(?:check|cheque)(?: amount)?\s*:|(?-u:\b)(?:(?:the )?(?:total |amount |sum )?(?:you (?:will |must |now )?owe(?: us)?(?: in total)?|(?:amount|total|balance|sum) (?:due|payable|owing|owed|to (?:re)?pay(?: back)?) (?:on|by) (?:your |the )?(?:next )?(?:pay ?day|due date|payment date|maturity date))|(?:repaid|deducted|debited|taken|withheld|collected)(?: automatically)? (?:from|out of) your (?:next )?(?:pay ?check|paycheque|pay ?day|pay|wages?|salary|earnings)(?: on [^:\n$£€]{0,30}?)?)\s*(?:\([^)\n]{0,40}\)\s*)?(?::|\.{3,}|…|\s(?:is|will be|comes to)\s)")
        .expect("static regex")
});
/// Any label that ends the search window of another (so a label does not take the value of
/// the next box in a form).
/// Box labels of loan forms (no fee names): where a fee's value search stops.
pub(crate) static BOX_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:principal amount|loan amount|amount financed|finance charge|total of payments|total amount payable|annual percentage rate|(?-u:\b)APR(?-u:\b)|interest rate|monthly payment|payment schedule|loan term|term of agreement|sale price|cash to close|closing costs|down payment|lender credits?|total interest percentage|maturity date|first payment)")
        .expect("static regex")
});
pub(crate) static ANY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:principal amount|loan amount|amount financed|finance charge|total of payments|total amount payable|annual percentage rate|(?-u:\b)APR(?-u:\b)|interest rate|monthly payment|payment schedule|loan term|term of agreement|[a-z]+ fees?(?-u:\b)|fees?(?-u:\b)|charges?(?-u:\b)|points(?-u:\b)|premium(?-u:\b)|sale price|cash to close|closing costs|deposit(?-u:\b)|down payment|lender credits?|total interest percentage|maturity date|first payment)")
        .expect("static regex")
});

/// How far after a label its value may be (a Truth in Lending box puts a sentence between).
pub(crate) const WINDOW: usize = 170;

/// The first label match followed, within its window, by a money figure. Returns the money
/// (offsets into `flat`) and the label's start.
pub(crate) fn labelled_money(cx: &Ctx, label: &Regex) -> Option<(Money, usize)> {
    labelled_money_in(cx, label, true).or_else(|| labelled_money_in(cx, label, false))
}

/// "Representative example: borrow £300 for 30 days ... Total repayable £372": the figures
/// of an advertised example, not of this loan.
fn in_example(cx: &Ctx, pos: usize) -> bool {
    static EXAMPLE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:representative|for) example(?-u:\b)").expect("static regex")
    });
    let (s, _) = cx.sentence_of(pos);
    let line_start = cx
        .doc
        .text
        .get(..pos)
        .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
    // The example's line (its figures may be sentences after its heading), not a whole
    // page printed as one line.
    let from = if pos - line_start <= 300 {
        s.min(line_start)
    } else {
        s
    };
    EXAMPLE.is_match(cx.slice(from, pos))
}

fn labelled_money_in(cx: &Ctx, label: &Regex, skip_examples: bool) -> Option<(Money, usize)> {
    // "2.5% of the loan amount, that is $50.00": the base of a percentage, not a label.
    static BASE_OF: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?:%|percent|per cent)\s+of\s+(?:the\s+|your\s+|this\s+)?$")
            .expect("static regex")
    });
    for m in overlapping(label, &cx.flat) {
        if BASE_OF.is_match(cx.slice(m.start().saturating_sub(24), m.start()))
            || super::receipt::charge_on(cx.slice(m.start().saturating_sub(40), m.start()))
            || (skip_examples && in_example(cx, m.start()))
        {
            continue;
        }
        // A label in a drawn box: its value is in the same column, rows below.
        let cells = super::cells_below(&cx.doc.text, m.start());
        if !cells.is_empty() {
            if !super::heads_cell(&cx.doc.text, m.start())
                || super::continues_cell(&cx.doc.text, m.start())
            {
                continue;
            }
            // A one-column box holds "Label: value" in each row: the value beside its label.
            let own = own_cell(&cx.doc.text, m.end());
            let beside = number::find_money(cx.slice(m.end(), own))
                .into_iter()
                .next()
                .filter(|x| {
                    cx.slice(m.end(), m.end() + x.start)
                        .trim_matches([' ', ':', '\t'])
                        .is_empty()
                });
            if let Some(money) = beside {
                return Some((money.shifted(m.end()), m.start()));
            }
            let found = cells.iter().find_map(|&(s, e)| {
                let money = number::find_money(cx.slice(s, e)).into_iter().next()?;
                Some(money.shifted(s))
            });
            // Nothing below: a key/value row ("| Loan amount | £3,000.00 |") has its value
            // beside the label, read as the rest of its line.
            if let Some(money) = found {
                return Some((money, m.start()));
            }
        }
        // A label alone on its line (a box or table cell) may have its value paragraphs
        // further on; a label followed by text on its line stops at the paragraph's end.
        let rest_of_line = cx
            .doc
            .text
            .get(m.end()..)
            .map_or("", |t| t.split('\n').next().unwrap_or(""));
        let alone = rest_of_line
            .trim_matches(|c: char| c.is_whitespace() || c == ':')
            .is_empty();
        let mut end = if alone {
            super::floor(&cx.flat, m.end() + WINDOW)
        } else {
            cx.paragraph_end(m.end(), m.end() + WINDOW)
        };
        // A box label (first on its line) may have its value a sentence or two further on, as
        // in a Truth in Lending box; a label inside prose keeps to its own sentence.
        let line_start = cx
            .doc
            .text
            .get(..m.start())
            .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
        let prefix = cx.doc.text.get(line_start..m.start()).unwrap_or("");
        // Only an item marker ("1.", "(a)", "B.") may precede a box label on its line.
        let heads_line =
            prefix.trim().len() <= 4 && prefix.chars().filter(|c| c.is_alphabetic()).count() <= 1;
        // A label ending its line over a line that opens with its figure (an itemization's
        // OCR layout, "Amount paid to seller on your behalf" / "$2,400.00") keeps that figure.
        let value_below = alone
            && cx
                .doc
                .text
                .get(m.end() + rest_of_line.len()..)
                .and_then(|t| number::money_at_start(t.trim_start()))
                .is_some();
        if !heads_line && !value_below {
            end = end.min(cx.sentence_of(m.start()).1.max(m.end()));
        }
        let window = cx.slice(m.end(), end);
        // "The amount of credit provided to you" describes the Amount Financed box.
        // A label inside brackets ("(Paid from your Loan Amount) $0") names no box.
        let w = window.trim_start();
        // (A label that opens its own aside, "Principal still owed (carried into this
        // renewal)", is closed by that bracket.)
        if w.starts_with("provided") || (w.starts_with(')') && !m.as_str().contains('(')) {
            continue;
        }
        // A bracketed aside right after the label ("Finance charge (our fee): $56.25") is a
        // remark on it, not the next label.
        let aside = window.len() - window.trim_start().len();
        let aside = if w.starts_with('(') {
            w.find(')')
                .filter(|&i| i <= 60)
                .map_or(0, |i| aside + i + 1)
        } else {
            0
        };
        let stop = ANY_LABEL
            .find_iter(window)
            .find(|s| s.start() >= aside)
            .map_or(window.len(), |s| s.start());
        let window = window.get(..stop).unwrap_or("");
        if let Some(money) = number::find_money(window).into_iter().next() {
            // "Loan Amount Range $500 – $15,000": what is offered, not this loan's amount.
            if money_range::is_range_end(&cx.flat, m.end() + money.start, m.end() + money.end) {
                continue;
            }
            // A figure preceded by another number-bearing phrase ("Years 6-8 $1,028") is not ours.
            let gap = window.get(..money.start).unwrap_or("");
            // (The cents of an amount in words, "and 00/100", are not another figure.)
            let gap_digits = gap
                .chars()
                .filter(char::is_ascii_digit)
                .count()
                .saturating_sub(gap.matches("/100").count() * 3);
            if gap_digits > 4 {
                continue;
            }
            return Some((money.shifted(m.end()), m.start()));
        }
    }
    None
}

/// Every match of `label`, also one that starts inside an earlier match: the flat text runs a
/// title into the next line ("PROMISSORY NOTE" over "Amount of principal: $6,500.00" reads
/// "note amount"), and that match, rejected, must not hide the label that starts in it.
fn overlapping<'t>(label: &'t Regex, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let m = label.find_at(text, from)?;
        from = super::ceil(text, m.start() + 1);
        Some(m)
    })
}

/// The end of the box cell that byte `pos` lies in: the next bar on its line, else the line's end.
fn own_cell(text: &str, pos: usize) -> usize {
    let rest = text.get(super::floor(text, pos)..).unwrap_or("");
    let line = rest.split('\n').next().unwrap_or("");
    pos + line.find(['|', '│', '║']).unwrap_or(line.len())
}

/// "You borrow $2,500.00": the figure the verb runs into, when no label names the principal.
fn borrowed(cx: &mut Ctx) -> Option<Amount> {
    let m = BORROWS
        .find_iter(&cx.flat)
        .find(|m| {
            let before = cx.slice(m.start().saturating_sub(12), m.start());
            !IF_BEFORE.is_match(before)
        })?
        .range();
    figure_after(cx, m)
}

/// "We sent $1,000.00 to your checking account", "$800 was deposited into your account", "so
/// $980.00 goes into your share draft account": the figure of a payout told in prose, when no
/// label names the amount received.
fn sent_to_you(cx: &mut Ctx) -> Option<Amount> {
    static SENT: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:we|I|the lender|lender)(?:['’]ve)?\s+(?:have\s+|has\s+|had\s+|just\s+)?(?:sent|deposited|transferred|wired|paid|credited|disbursed|advanced|handed|gave|lent|loaned)\s+(?:you\s+)?$")
            .expect("static regex")
    });
    static SENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^\s+(?:(?:was|were|has been|have been|is being)\s+(?:sent|deposited|transferred|wired|paid|credited|disbursed)\s+)?(?:in)?to\s+(?:you|your\s+(?:[a-z]+\s+){0,2}(?:account|card)|the borrower)(?-u:\b)")
            .expect("static regex")
    });
    static PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^,?\s+(?:(?:was|were|has been|have been|is|are|will be)\s+)?(?:sent|deposited|transferred|wired|paid|credited|disbursed|goes|go|will go|lands|will land)\s+(?:(?:in full|directly|today|straight)\s+)?(?:in(?:to)?|to)\s+you(?:r\s+(?:[a-z-]+\s+){0,2}(?:account|wallet))?(?-u:\b)").expect("static regex")
    });
    static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:if|unless|example|e\.g\.)(?-u:\b)").expect("static regex")
    });
    for money in cx.money_in_flat() {
        let before = cx.slice(money.start.saturating_sub(40), money.start);
        let after = cx.slice(money.end, money.end + 60);
        // "We advanced you $375.00": the verb names who received it.
        let to_you = before.trim_end().to_ascii_lowercase().ends_with(" you");
        let active = SENT.is_match(before) && (to_you || SENT_AFTER.is_match(after));
        if !active && !PASSIVE.is_match(after) {
            continue;
        }
        if CONDITION.is_match(cx.slice(cx.sentence_of(money.start).0, money.start)) {
            continue;
        }
        cx.cover(money.start);
        return Some(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: cx.evidence(money.start, money.end),
            derived: false,
        });
    }
    None
}

/// "The whole $1,452.00 is due one month from today": a single repayment's figure, the total
/// of payments.
fn whole_due(cx: &mut Ctx) -> Option<Amount> {
    static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:whole|entire)(?: amount| sum| debt| balance)?(?: of)?\s*$")
            .expect("static regex")
    });
    static DUE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^,?\s+(?:is|shall be|will be|must be|becomes)\s+(?:due|payable|repayable|repaid)(?-u:\b)")
            .expect("static regex")
    });
    let money = cx.money_in_flat().into_iter().find(|m| {
        WHOLE.is_match(cx.slice(m.start.saturating_sub(30), m.start))
            && DUE.is_match(cx.slice(m.end, m.end + 30))
    })?;
    let (from, to) = (money.start, money.end);
    Some(super::principal_labels::read_figure(cx, &money, from, to))
}

/// "Principal $3,000.00": the figure that the bare label runs into.
fn bare_principal(cx: &mut Ctx) -> Option<Amount> {
    // "Credit: £400.00" or "Amount of principal $6,500.00" heading its line (a row of a
    // short-term agreement or a note; "Cost of credit:" is not one).
    static CREDIT_ROW: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            &[
                r"(?im)^[ \t|]*(?:credit[ \t]*[:|]|amount of (?:the )?principal)[ \t]*",
                MARK_BEFORE,
                r"\d",
            ]
            .concat(),
        )
        .expect("static regex")
    });
    // "Cost of this loan: $56.25", "Interest on principal: $40": a figure about the loan.
    static ABOUT: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:of|for|on|to|per|from|about|in)\s+(?:(?:the|this|that|your|my|our|a|each)\s+)?$")
            .expect("static regex")
    });
    let m = BARE_PRINCIPAL
        .find_iter(&cx.flat)
        .find(|m| !ABOUT.is_match(cx.slice(m.start().saturating_sub(24), m.start())))
        .or_else(|| CREDIT_ROW.find(&cx.doc.text))?
        .range();
    figure_after(cx, m)
}

/// The first figure from the start of `m` (a label or verb that runs into it).
fn figure_after(cx: &mut Ctx, m: std::ops::Range<usize>) -> Option<Amount> {
    let money = number::find_money(cx.slice(m.start, m.end + 24))
        .into_iter()
        .next()?;
    let (start, end) = (m.start + money.start, m.start + money.end);
    if money_range::is_range_end(&cx.flat, start, end) {
        return None;
    }
    cx.cover(start);
    Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(m.start, end),
        derived: false,
    })
}

fn amount(cx: &mut Ctx, label: &Regex) -> Option<Amount> {
    let (money, label_start) = labelled_money(cx, label)?;
    cx.cover(money.start);
    Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(label_start, money.end),
        derived: false,
    })
}

/// The total of payments, unless its label is the end of a part's name ("Fee included in the
/// check amount: $56.25", "Interest part of the amount due: $40"): a part is not the whole.
fn total_amount(cx: &mut Ctx) -> Option<Amount> {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:fees?|charges?|interest|cost|finance charge)(?-u:\b)[^\n$£€:.;]{0,40}?(?-u:\b)(?:included|contained|built|added|part|portion|share)(?: in(?:to)?| of)?\s+(?:(?:the|your|this|our)\s+)?$")
            .expect("static regex")
    });
    let parts: Vec<usize> = TOTAL_PAYMENTS
        .find_iter(&cx.flat)
        .filter(|m| PART.is_match(cx.slice(m.start().saturating_sub(60), m.start())))
        .map(|m| m.start())
        .collect();
    if parts.is_empty() {
        return amount(cx, &TOTAL_PAYMENTS);
    }
    // Read with those labels blanked (same offsets), so the next label is found instead.
    let saved = cx.flat.clone();
    for at in parts {
        if let Some(m) = TOTAL_PAYMENTS.find_at(&saved, at) {
            let blank = " ".repeat(m.len());
            cx.flat.replace_range(m.range(), &blank);
        }
    }
    let total = amount(cx, &TOTAL_PAYMENTS);
    cx.flat = saved;
    total
}

/// Read the labelled amounts and check words against figures.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    // A zero under a label ("Principal paid down ..... $0.00") names no principal: the next
    // reading is tried.
    let nonzero = |a: Option<Amount>| a.filter(|a| !a.amount.is_zero());
    terms.principal = nonzero(amount(cx, &PRINCIPAL))
        .or_else(|| nonzero(bare_principal(cx)))
        .or_else(|| nonzero(borrowed(cx)))
        .or_else(|| nonzero(super::open_end::draw_amount(cx)))
        .or_else(|| nonzero(super::principal_labels::read(cx)));
    terms.disbursed = amount(cx, &DISBURSED).or_else(|| sent_to_you(cx));
    terms.finance_charge = amount(cx, &FINANCE_CHARGE);
    terms.total_of_payments = total_amount(cx)
        .or_else(|| held_check(cx))
        .or_else(|| whole_due(cx))
        .or_else(|| super::receipt::repaid_on_a_date(cx));
    // The figures of a disclosure box whose columns were read as lines are checked by their
    // sum; they stand over what a label window found in the scattered text.
    if let Some(b) = disclosure_box(cx) {
        for (slot, (money, label)) in [
            (&mut terms.finance_charge, b.finance_charge),
            (&mut terms.disbursed, b.amount_financed),
            (&mut terms.total_of_payments, b.total_of_payments),
        ] {
            cx.cover(money.start);
            *slot = Some(Amount {
                amount: money.amount,
                currency: money.currency.to_string(),
                evidence: cx.evidence(label, money.end),
                derived: false,
            });
        }
    }
    super::amount_words::words_and_figures(cx, terms);
}

/// A deferred-deposit (payday) loan: the borrower writes a check that the lender holds until
/// the due date ("your personal check No. 1047 for $300.00, which we agree not to deposit until
/// ..."). The check's face amount is what the borrower repays.
fn held_check(cx: &mut Ctx) -> Option<Amount> {
    static CHECK: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:check|cheque)(?:\s+(?:no\.?|number|#)\s*\d+)?\s+(?:for|in the amount of|of)\s+")
            .expect("static regex")
    });
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:not (?:to )?(?:deposit|present|cash|negotiate)|(?:hold|defer)(?:s|ring)?(?-u:\b)|(?:will|shall|is to|may) (?:only )?be (?:deposited|presented|cashed|negotiated) (?:on|after|no earlier than)(?-u:\b))")
            .expect("static regex")
    });
    let flat = cx.flat.clone();
    for m in CHECK.find_iter(&flat) {
        let (s, e) = cx.sentence_of(m.start());
        let held = flat
            .get(m.end()..e.max(m.end()))
            .is_some_and(|t| HELD.is_match(t));
        let Some(money) = number::find_money(cx.slice(m.end(), m.end() + 24))
            .into_iter()
            .next()
            .filter(|x| x.start == 0)
        else {
            continue;
        };
        if !held {
            continue;
        }
        cx.cover(m.end());
        return Some(Amount {
            amount: money.amount,
            currency: money.currency.to_string(),
            evidence: cx.evidence(s, e),
            derived: false,
        });
    }
    None
}

/// The figures of a US Truth in Lending box, each with the byte offset of its heading.
pub(crate) struct DisclosureBox {
    /// The Annual Percentage Rate, when the box shows one.
    pub apr: Option<(Percent, usize)>,
    /// The Finance Charge.
    pub finance_charge: (Money, usize),
    /// The Amount Financed.
    pub amount_financed: (Money, usize),
    /// The Total of Payments.
    pub total_of_payments: (Money, usize),
}

/// A Truth in Lending box laid out in columns (APR, Finance Charge, Amount Financed, Total
/// of Payments, each a heading over a description over a figure) reads, line by line, as
/// the headings and descriptions interleaved and then the figures. Which figure belongs to
/// which heading is fixed by the box's column order and confirmed by its arithmetic: the
/// finance charge plus the amount financed is the total of payments. Nothing is read when
/// the sum does not hold. A box drawn with bars is read by column instead (`cells_below`).
pub(crate) fn disclosure_box(cx: &Ctx) -> Option<DisclosureBox> {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:(annual\s+percentage(?:\s+rate)?)|(finance\s+charge)|(amount\s+financed)|(total\s+of\s+payments))(?-u:\b)")
            .expect("static regex")
    });
    /// How far apart the headings of one box may be, and how far its figures may follow.
    const SPAN: usize = 600;
    const FIGURES: usize = 400;
    let heads: Vec<(usize, usize, usize)> = HEAD
        .captures_iter(&cx.flat)
        .filter_map(|c| {
            let which = (1..=4).find(|&i| c.get(i).is_some())?;
            let m = c.get(0)?;
            Some((which, m.start(), m.end()))
        })
        .collect();
    for (i, &(_, first, _)) in heads.iter().enumerate() {
        // Each heading once, all four close together: the box's heading block.
        let mut slot: [Option<(usize, usize)>; 4] = [None; 4];
        let mut last_end = first;
        for &(which, s, e) in heads.get(i..).unwrap_or_default() {
            if s > first + SPAN {
                break;
            }
            let Some(cell) = slot.get_mut(which - 1) else {
                continue;
            };
            if cell.is_some() {
                break;
            }
            *cell = Some((s, e));
            last_end = e;
            if slot.iter().all(Option::is_some) {
                break;
            }
        }
        let [Some(apr_head), Some(fc_head), Some(af_head), Some(tp_head)] = slot else {
            continue;
        };
        // Drawn boxes are read by column; a box whose headings carry their own figures
        // ("Finance Charge  $1,250.00") is read label by label.
        let heading_block = cx.slice(first, last_end);
        if !super::cells_below(&cx.doc.text, first).is_empty()
            || !number::find_money(heading_block).is_empty()
            || !number::find_percents(heading_block).is_empty()
        {
            continue;
        }
        let end = super::floor(&cx.flat, last_end + FIGURES);
        let region = cx.slice(last_end, end);
        let monies = number::find_money(region);
        let (Some(a), Some(b), Some(c)) = (monies.first(), monies.get(1), monies.get(2)) else {
            continue;
        };
        if a.amount + b.amount != c.amount || a.currency != b.currency || b.currency != c.currency {
            continue;
        }
        let at = |m: &Money| m.clone().shifted(last_end);
        // The APR figure is the first percentage under the headings, before the last amount.
        let apr = number::find_percents(region)
            .into_iter()
            .next()
            .filter(|p| p.start < c.start)
            .map(|p| {
                (
                    Percent {
                        start: last_end + p.start,
                        end: last_end + p.end,
                        ..p
                    },
                    apr_head.0,
                )
            });
        return Some(DisclosureBox {
            apr,
            finance_charge: (at(a), fc_head.0),
            amount_financed: (at(b), af_head.0),
            total_of_payments: (at(c), tp_head.0),
        });
    }
    None
}

/// The principal and a Truth in Lending "Amount Financed" read as written (not derived), the
/// pair the fee-timing and amount-received inferences both start from (copies: both then edit
/// the terms).
pub(super) fn principal_and_stated_amount_financed(terms: &Terms) -> Option<(Amount, Amount)> {
    let (principal, financed) = (terms.principal.as_ref()?, terms.disbursed.as_ref()?);
    let stated = !financed.derived
        && financed
            .evidence
            .text
            .to_ascii_lowercase()
            .contains("amount financed");
    stated.then(|| (principal.clone(), financed.clone()))
}

/// A Truth in Lending "Amount Financed" is the principal less every prepaid finance charge,
/// whether it is taken from the loan or paid in cash at closing. When the charges paid at
/// closing account for the whole difference, the borrower is paid the principal and pays the
/// charges separately: the amount received is the principal (the cost still counts the
/// charges, at closing).
fn financed_net_of_cash_fees(terms: &mut Terms) {
    let Some((principal, financed)) = principal_and_stated_amount_financed(terms) else {
        return;
    };
    if terms
        .fees
        .iter()
        .any(|f| f.timing == FeeTiming::UpfrontDeducted)
    {
        return;
    }
    let paid: Vec<&crate::model::Fee> = terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::UpfrontPaid && f.amount.is_some())
        .collect();
    let cash: Decimal = paid.iter().filter_map(|f| f.amount).sum();
    if cash.is_zero() || principal.amount - cash != financed.amount {
        return;
    }
    let names: Vec<String> = paid
        .iter()
        .map(|f| format!("{} {}", f.name, f.amount.unwrap_or_default()))
        .collect();
    let mut evidence = vec![principal.evidence.clone(), financed.evidence.clone()];
    evidence.extend(paid.iter().map(|f| f.evidence.clone()));
    terms.inferred.push(crate::model::Inferred {
        field: "disbursed".into(),
        value: principal.amount.to_string(),
        reason: format!(
            "the amount financed {} is the principal {} less {} paid at closing: the borrower is paid the principal",
            financed.amount,
            principal.amount,
            names.join(", ")
        ),
        evidence,
    });
    terms.disbursed = Some(Amount {
        derived: true,
        ..principal.clone()
    });
}

/// When the disbursed amount is not stated: principal minus fees deducted up front.
pub(crate) fn derive_disbursed(terms: &mut Terms) {
    super::fee_timing::withheld_by_amount_financed(terms);
    financed_net_of_cash_fees(terms);
    let deducted_fees = terms
        .fees
        .iter()
        .any(|f| f.timing == FeeTiming::UpfrontDeducted || f.name.contains("prepaid finance"));
    // A TILA disclosure with an Amount Financed and no prepaid finance charge lent exactly that.
    if terms.principal.is_none()
        && !deducted_fees
        && let Some(d) = &terms.disbursed
    {
        terms.principal = Some(Amount {
            derived: true,
            ..d.clone()
        });
        terms.assumptions.push(
            "principal taken as the amount financed (no prepaid finance charge or deducted fee stated)"
                .to_string(),
        );
    }
    if terms.disbursed.is_some() {
        return;
    }
    let Some(principal) = &terms.principal else {
        return;
    };
    let mut deducted = Decimal::ZERO;
    for fee in &terms.fees {
        if fee.timing != FeeTiming::UpfrontDeducted {
            continue;
        }
        if let Some(a) = fee.amount {
            deducted += a;
        } else if let Some(p) = fee.percent {
            deducted += principal.amount * p / Decimal::from(100);
        }
    }
    if deducted.is_zero() {
        // Nothing taken out: the borrower receives the whole principal.
        terms.disbursed = Some(Amount {
            derived: true,
            ..principal.clone()
        });
        terms.assumptions.push(
            "disbursed amount taken as the principal (no fee deducted up front stated)".to_string(),
        );
        return;
    }
    terms.disbursed = Some(Amount {
        amount: principal.amount - deducted,
        currency: principal.currency.clone(),
        evidence: principal.evidence.clone(),
        derived: true,
    });
    terms
        .assumptions
        .push("disbursed amount derived as principal minus the fees deducted up front".to_string());
}
