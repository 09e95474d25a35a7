//! Fees: up-front charges (origination, points, application, processing, administration,
//! insurance, membership) and whether deducted, paid or financed; charges on default (late fee,
//! returned payment, collection costs, attorneys' fees, default charge); prepayment penalty.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::amounts::{BOX_LABEL, DISBURSED};
use super::fee_timing::{financed, timing_of};
use super::fee_values::{PART_OF, basis_of, rate_awaits_figure, values};
use super::number;
use crate::model::{
    Basis, Clause, ClauseKind, Fee, FeeKind, FeeTiming, Payee, Per, RateKind, Terms,
};
use crate::pattern;

mod rows;
use rows::{row_after, row_end, whole_figure_end, withheld_from_principal};

/// Words that hand a percentage after a fee's name to another charge: "… and interest of
/// 1% a day", "plus default interest at 1% per day".
static ANOTHER_CHARGE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:and|plus|with|as well as)\s+(?:default\s+|daily\s+|late\s+)?(?:interest|a\s+(?:daily\s+)?rate)(?-u:\b)")
        .expect("static regex")
});

static FEE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(loan origination fee|origination (?:fee|charges?)|(?:loan )?set-?up fee|arrangement fee|facility fee|establishment fee|(?:discount )?points(?-u:\b)|prepaid finance charges?|admin(?:istration|istrative)? fee|processing fees?|handling fee|application fees?|underwriting fees?|documentation fees?|document preparation fee|credit (?:life |disability )?insurance(?: premium)?|debt (?:cancellation|suspension)(?: fee| agreement| coverage)?|membership (?:fees?|dues|charges?)|subscription (?:fees?|charges?)|(?:monthly|weekly|annual) plan fees?|deferred (?:presentment|deposit) (?:fees?|charges?)|(?:fee|charge) for (?:the )?deferred (?:presentment|deposit)|(?:(?:database|identity|employment|income|account|bank|check|cheque) )?verification fees?|(?:state )?database fees?|(?:check|cheque)[- ]cashing fees?|service fees?|servicing fee|maintenance fee|(?:monthly |account |periodic )?statement fees?|management fees?|broker(?:age)? fees?|late (?:payment )?(?:fee|charge)s?|returned (?:payment|item|check|cheque) (?:fee|charge)s?|return item fee|nsf (?:fee|charge)|insufficient funds (?:fee|charge)|dishonou?red (?:payment )?(?:fee|charge)|prepayment (?:penalty|fee|charge|premium)|early (?:repayment|settlement) (?:fee|charge)|collection (?:costs|fees|charges)|attorneys?['’]?s?['’]? fees|legal fees|legal costs|default (?:fee|charge))")
        .expect("static regex")
});
/// Other fees named in title case in forms ("Appraisal Fee", "Funding Fee").
static OTHER_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)((?:[A-Z][A-Za-z'’/&-]*\s){1,3}(?:Fees?|Charges?))(?-u:\b)")
        .expect("static regex")
});
/// A template blank where a fee's amount belongs.
static BLANK_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:of\s+)?[:\-]?\s*(?:[$£€]\s?)?(?:\{|\[|_{3,}|<<|\.{4,})")
        .expect("static regex")
});
/// A fee named in lower case (or by an acronym) inside prose, after an article: "An exit fee
/// of $250.00", "the completion charge is", "the CSO fee of". Its name is the one or two words before "fee" or "charge".
static PROSE_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?-u:\b)(?i:an?|the|your|one)\s+)((?:[a-z][a-z'’-]*\s|[A-Z]{2,5}\s){1,2}?(?:fee|charge))\s+(?:of|is|will|shall|equal|amounting)(?-u:\b)")
        .expect("static regex")
});
/// A fee named at the head of its own line in lower case ("Same-day transfer fee: £10.00").
/// A bracketed aside or its payee may stand between the name and its value ("Acquisition
/// charge (paid at closing) | $100.00", "Arranger fee payable to Acme Loans  $80.00"), or how
/// it is paid ("Loan fee withheld from disbursement: USD 90.00", "Setup fee deducted at
/// funding  $40.00"), with its percent before ("Initiation fee 5% deducted: P300.00").
static LINE_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t|]*([A-Z][A-Za-z'’/&-]*(?:[ \t][A-Za-z][A-Za-z'’/&-]*){0,3}[ \t](?:fees?|charges?))[ \t]*(?:\([^)\n]{0,60}\)[ \t]*)?(?:(?:(?:payable|paid|due|owed|owing) to|(?:withheld|deducted|taken|retained|subtracted|netted|held back|kept back) (?:from|out of|at|on)) [^$£€\d\n|:]{1,60}?|(?:\d{1,2}(?:\.\d{1,2})?[ \t]?%[ \t]+|\(\d{1,2}(?:\.\d{1,2})?[ \t]?%\)[ \t]+)?(?:withheld|deducted|taken off|retained|subtracted|netted|held back|kept back))?(?:[:|]|[ \t]{2,}[$£€\d]|\t[$£€\d]|[ \t][$£€]\d|[ \t]*(?:\.[ \t]*){3,}[$£€\d]|[ \t]*…+[ \t]*[$£€\d])")
        .expect("static regex")
});
/// A receipt's bare "Fee" row ("Fee ........ $52.50", "Charge: $45.00"): the one charge of the
/// transaction, named by its label alone, or by what it pays for ("Fee for appraising the
/// vehicle ..... $150.00").
static BARE_FEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t|]*((?:Fees?|Charges?|FEES?|CHARGES?)(?:[ \t]+(?:for|FOR)[ \t][^\n$£€:|.]{1,60})?)[ \t]*(?:[:|]|\.{3,}|…+)[ \t.…]*(?:[$£€][ \t]?\d|\d[\d,]*\.\d\d(?-u:\b))")
        .expect("static regex")
});
static NOTE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(whichever is (?:greater|higher|more|less|lower|smaller)|the (?:greater|lesser) of|not (?:to )?exceed(?:ing)?|up to|maximum of|reasonable|non-?refundable)")
        .expect("static regex")
});

/// The words that join a name to its own figure ("fee of", "fee: ", "fee is", "fee (paid at
/// closing) -"): anything longer leads to another figure.
static LINKS_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[\s:|=\-–]*(?:\([^)]{0,60}\)[\s:|=\-–]*)?(?:(?:of|is|was|will be|shall be|equal to|amounting to|in the amount of|totall?ing)\s*[:\-]?\s*)?$")
        .expect("static regex")
});

/// An article or determiner right before a figure: the figure is inside a noun phrase ("the
/// $20.00 application fee"), not the value of a label before it ("Principal amount $2,000.00").
static DETERMINER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:the|a|an|your|our|this|that|its|their|one)\s*$")
        .expect("static regex")
});

/// A statement that all charges together stay under a limit (the UK HCSTC 100% cap, a state
/// total-charge cap): "will never exceed 100% of the amount of credit", "you will never pay
/// more than 100% of the amount borrowed in charges".
static TOTAL_CAP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:never|not|no|cannot|can't|won't)\s+(?:[a-z]+\s+){0,3}?(?:exceed|more than|over)\s+(?:\d[\d.,]*\s?(?:%|percent|per cent)|(?:double|twice))[^.;]{0,40}?(?-u:\b)(?:amount (?:of (?:the )?)?(?:credit|loan)|amount (?:you )?(?:borrowed|borrow)|(?:credit|loan|sum) (?:amount|borrowed|advanced)|principal)")
        .expect("static regex")
});
/// A total that names its parts before the fee's name ("The total cost of borrowing over the
/// term, interest and broker fee, is CAD 516.65", "Finance charge (interest plus the
/// processing fee): $412.00"): the cost of credit, not another fee.
static TOTAL_OF_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:total cost of borrowing|cost of borrowing|finance charge|total charge for credit|(?:total )?cost of (?:the )?credit|total (?:amount of )?(?:interest and )?(?:charges|costs))(?:\s+(?:over|for|during) the (?:term|life of the loan|loan))?\s*[,(:-]?\s*(?:(?:the|your|our|all)\s+)?(?:interest|fees|charges)(?:\s*(?:,|and|plus|\+|&)\s*(?:the\s+|a\s+|an\s+)?)+$")
        .expect("static regex")
});
/// A missed or late payment (the occasion of a late fee).
static MISSED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:miss(?:ed|es|ing)?\s+(?:a\s+|the\s+|any\s+|your\s+)?(?:(?:re)?payments?|instal?lments?)|late (?:re)?payments?|(?:do|does|did) not (?:make|pay)|fail(?:s|ure)? to (?:make|pay)|past due|overdue|in arrears)(?-u:\b)")
        .expect("static regex")
});

/// A charge made one time only, however many payments are missed: "may be charged once",
/// "a one-off default fee", "a single £12.00 late fee, no more", "only one late charge of $10".
/// Not "once for each missed payment" or "once a month".
static ONCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:charged|payable|applied|levied|imposed|collected|added)\s+(?:only\s+)?once|only once|once only|(?:no|not) more than once|at most once|one-off|one-time|(?:(?:a|one) single|(?:only|just) (?:one|a single)) (?:\S+\s+){0,3}?(?:time|charge|fee|sum|payment)|no more\s*(?:[.;!)]|$)|(?:in total|in all|altogether|in aggregate)(?:\s+(?:for|over|during) the (?:life|term) of the (?:loan|agreement|credit))?|once (?:over|during|for) the (?:life|term) of)(?-u:\b)")
        .expect("static regex")
});
static ONCE_PER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:per|for each|for every|for any|on each|each|every|a (?:day|week|month|year)|in (?:any|each|every))(?-u:\b)")
        .expect("static regex")
});

/// Does the sentence say the charge is made one time only?
fn charged_once(sentence: &str) -> bool {
    // "£12 for each missed payment, up to £24 in total" is charged more than once.
    static EACH_MISSED: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:each|every|per|any|a) (?:missed|late|failed|returned|dishonou?red|unpaid) (?:payment|instal?ment|repayment)")
            .expect("static regex")
    });
    !EACH_MISSED.is_match(sentence)
        && ONCE
            .find_iter(sentence)
            .any(|m| !ONCE_PER.is_match(sentence.get(m.end()..).unwrap_or("")))
}

static TO_LENDER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:to (?:the )?lender|pay (?:the )?lender|to us)(?-u:\b)")
        .expect("static regex")
});

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|\s)[A-L]\.\s+(?:[A-Z][a-z]+\s+){0,4}$").expect("static regex")
});
static CLOSING_FORM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:loan estimate|closing disclosure|closing cost details)(?-u:\b)")
        .expect("static regex")
});

pub(super) fn kind_of(name: &str) -> FeeKind {
    let n = name.to_ascii_lowercase();
    let has = |w: &str| n.contains(w);
    // "Arrears fee", "further arrears fee", "overdue charge", "past-due fee": charged for
    // a payment not made, whatever the word.
    if has("late")
        || has("missed")
        || has("arrears")
        || has("overdue")
        || has("past due")
        || has("past-due")
        || has("delinquen")
    {
        FeeKind::Late
    } else if has("return")
        || n.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "nsf")
        || has("insufficient")
        || has("dishono")
    {
        FeeKind::ReturnedPayment
    } else if has("prepayment") || has("early") {
        FeeKind::Prepayment
    } else if has("collection") {
        FeeKind::Collection
    } else if has("attorney") || has("legal") {
        FeeKind::Legal
    } else if has("default")
        || has("penalt")
        // "Penal charges", "penal interest": the Indian (RBI) name of a default charge.
        || n.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == "penal")
    {
        FeeKind::Penalty
    } else if has("origination")
        || has("points")
        || has("prepaid finance")
        || has("set-up")
        || has("setup")
        || has("set up")
        || has("arrangement")
        || has("establishment")
        // The National Credit Act's (South Africa, Botswana) "initiation fee".
        || has("initiation")
        // Deciding and making the loan: an origination-type fee (the lead's ruling, s32).
        || has("underwriting")
    {
        FeeKind::Origination
    } else if has("admin") {
        FeeKind::Management
    } else if has("processing") || has("handling") || has("document") {
        // Preparing the papers is handling them (the lead's ruling on documentation fees, s28).
        FeeKind::Handling
    } else if has("application") {
        FeeKind::Application
    } else if has("insurance") || has("debt cancellation") || has("debt suspension") {
        FeeKind::Insurance
    } else if has("membership") || has("subscription") || (has("plan fee") && !has("payment plan"))
    {
        FeeKind::Membership
    } else if has("service")
        || has("servicing")
        || has("maintenance")
        // A statement fee charged every period pays for servicing the account.
        || has("statement")
    {
        FeeKind::Service
    } else if has("broker") {
        // A broker's fee for arranging the loan is a service to the borrower, not advice.
        FeeKind::Service
    } else {
        FeeKind::Other
    }
}

/// Whether a title-case name runs from an all-capitals heading line onto the next line
/// (`KEY INFORMATION` / `Charges`): a heading over a section label, not a fee's name.
fn under_heading(text: &str, start: usize, end: usize) -> bool {
    let Some(nl) = text.get(start..end).and_then(|t| t.find('\n')) else {
        return false;
    };
    let line_start = text
        .get(..start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let heading = text.get(line_start..start + nl).unwrap_or("");
    heading.chars().any(char::is_alphabetic)
        && !heading
            .chars()
            .any(|c| c.is_alphabetic() && c.is_lowercase())
}

/// The rest of the line after byte `pos`, at most 200 bytes: the words that qualify a charge
/// named on it ("... are not part of this note"), not the next line's charge.
fn own_line_after(text: &str, pos: usize) -> &str {
    let from = super::floor(text, pos);
    let to = super::floor(text, pos + 200);
    let rest = text.get(from..to).unwrap_or("");
    rest.split('\n').next().unwrap_or("")
}

/// Read fees.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    named_fees(cx, terms);
    merge_percent_with_amount(terms);
    super::fee_context::timing_in_note_below(cx, terms);
    super::fee_context::timing_stated_apart(cx, terms);
    super::fee_timing::paid_with_the_one_payment(terms);
    super::fee_context::card_pricing_table(cx, terms);
}

fn named_fees(cx: &mut Ctx, terms: &mut Terms) {
    super::per_hundred::extract(cx, terms);
    let flat = cx.flat.clone();
    let mut names: Vec<(usize, usize)> = FEE_NAME
        .find_iter(&flat)
        .map(|m| (m.start(), m.end()))
        .collect();
    // A form row's own label keeps its words ("Title processing fee: $20.00"), not only the
    // vocabulary's name inside it.
    for m in LINE_FEE.captures_iter(&cx.doc.text) {
        if let Some(g) = m.get(1)
            && let Some(n) = names.iter_mut().find(|n| g.start() < n.0 && n.1 <= g.end())
        {
            n.0 = g.start();
        }
    }
    for m in OTHER_FEE
        .captures_iter(&flat)
        .chain(LINE_FEE.captures_iter(&cx.doc.text))
        .chain(BARE_FEE.captures_iter(&cx.doc.text))
        .chain(PROSE_FEE.captures_iter(&flat))
        .chain(super::fee_labels::SENTENCE_LABEL_FEE.captures_iter(&flat))
        .chain(super::receipt::cost_names(&flat, terms))
    {
        if let Some(g) = m.get(1)
            && !names.iter().any(|&(s, e)| s < g.end() && g.start() < e)
            && !g.as_str().to_ascii_lowercase().contains("finance charge")
            && !under_heading(&cx.doc.text, g.start(), g.end())
        {
            names.push((g.start(), g.end()));
        }
    }
    names.sort_unstable();
    let closing_form = CLOSING_FORM.is_match(&flat);
    for (ns, ne) in names {
        // A name runs on one line: "None\nPenalty Fees" is an answer, then a name (a name
        // wrapped in prose, "collection\ncharges", stays whole).
        let ns = cx
            .doc
            .text
            .get(ns..ne)
            .and_then(|n| {
                n.rfind('\n')
                    .filter(|&i| n.get(i + 1..).is_some_and(|r| r.trim().contains(' ')))
            })
            .map_or(ns, |i| ns + i + 1);
        // (A dot leader reads as a colon in `flat`: "Fee for storage:" is "Fee for storage".)
        let name = flat
            .get(ns..ne)
            .unwrap_or("")
            .trim()
            .trim_end_matches([':', ' ']);
        let lname = name.to_ascii_lowercase();
        // A finance charge or a (minimum) interest charge is the cost of credit, not a fee.
        if (lname.contains("finance charge") && !lname.contains("prepaid"))
            || lname.contains("interest charge")
        {
            continue;
        }
        // "Annual percentage rate of charge (APRC): 9.28%" names a rate, not a fee.
        if lname.split_whitespace().any(|w| w == "rate") {
            continue;
        }
        if super::principal_labels::price_paid_for_borrower(&flat, ne, terms) {
            cx.cover(ns);
            continue;
        }
        let kind = kind_of(name);
        // A part of the amount financed in a Reg Z itemization (a documentary fee, a service
        // contract, charges paid to others) is lent, not a cost, unless it is a prepaid
        // finance charge.
        let on_default = super::fee_context::on_default_kind(kind);
        // An itemized part whose figure is the principal less the amount paid out is what was
        // withheld, not what was lent ("Less: premium for credit insurance $184.00").
        // (A charge of no lender's kind, a title or registration fee, is lent to pay others.)
        let itemized = !on_default && super::itemization::financed_item(&cx.doc.text, ns);
        let withheld =
            itemized && kind != FeeKind::Other && withheld_from_principal(&cx.doc.text, ne, terms);
        if itemized && !withheld {
            cx.cover(ns);
            continue;
        }
        let (sent_start, sent_end) = cx.sentence_of(ns);
        let before = cx.slice(sent_start.max(ns.saturating_sub(40)), ns);
        // (A dot leader may stand between: "Annual Fee ........ None".)
        let after_short = cx.slice(ne, ne + 80);
        let after_short = after_short
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '_' | '…'));
        // "Prepayment Penalty NO", "without premium or penalty", "no late fee".
        // "[ ] Application fee [X] None": a box left unticked charges nothing.
        let before_list = cx.slice(sent_start.max(ns.saturating_sub(160)), ns);
        if super::fee_negation::not_charged(before, before_list, after_short)
            || super::fee_negation::product_points(name, before)
            || super::fee_negation::outside_the_credit(own_line_after(&cx.doc.text, ne))
            || super::unticked(&flat, ns)
            || super::itemization::options_not_chosen(row_after(&cx.doc.text, ne))
            || super::ledger::in_posting_list(&cx.doc.text, ns)
        {
            cx.cover(ns);
            continue;
        }
        if TOTAL_OF_PARTS.is_match(cx.slice(sent_start, ns)) {
            cx.cover(ns);
            continue;
        }
        // "A. Origination Charges $3,110", "E. Taxes and Other Government Fees": a section
        // total of a Loan Estimate / Closing Disclosure, whose items are read one by one.
        if SECTION.is_match(before) || lname.starts_with("total") {
            cx.cover(ns);
            if let Some(m) = number::find_money(window(cx, ne, ne + 40)).first() {
                cx.cover(ne + m.start);
            }
            continue;
        }
        // Values: in the rest of the sentence, else just after the label (forms), else just
        // before it ("a £10 default charge").
        // A figure just before the name on its own line ("less the $75.00 arrangement fee.")
        // comes before a figure of the next sentence.
        let primary = window(cx, ne, sent_end);
        let part_of =
            PART_OF.is_match(before) && !super::receipt::in_the_repayment(cx.slice(sent_start, ns));
        let (mut money, mut pct) = if part_of {
            (None, None)
        } else {
            values(primary)
        };
        let mut base = ne;
        let before_base = ns - before.len();
        let money_before = number::find_money(before)
            .into_iter()
            .last()
            .filter(|m| before.get(m.end..).is_some_and(|g| g.trim().len() <= 3));
        let same_line = money_before.as_ref().is_some_and(|m| {
            cx.doc
                .text
                .get(before_base + m.end..ns)
                .is_some_and(|g| !g.contains('\n'))
        });
        // "The $20.00 application fee is taken out of that amount, so $980.00 goes into your
        // account": the figure right before the name is the fee's; a figure words later in
        // the sentence is another term's.
        if same_line
            && pct.is_none()
            && money_before
                .as_ref()
                .is_some_and(|m| DETERMINER.is_match(before.get(..m.start).unwrap_or("")))
            && money
                .as_ref()
                .is_some_and(|m| !LINKS_VALUE.is_match(primary.get(..m.start).unwrap_or("")))
        {
            money = None;
        }
        // "a £30 fee and interest of 1% a day on the missed amount", "a default fee of £30 and
        // interest at 1% per day": the percentage after "and interest" is the default
        // interest's (read as a rate), not this fee's, whose figure is the sum.
        if (money.is_some() || money_before.is_some())
            && let Some(p) = number::find_percents(primary).first()
            && ANOTHER_CHARGE_LEAD.is_match(primary.get(..p.start).unwrap_or(""))
        {
            pct = None;
        }
        // A fee named again with no figure of its own ("The establishment fee is included in
        // each repayment.") is the fee already read, not the owner of the next line's figure.
        let named_before = terms.fees.iter().any(|f| f.name.eq_ignore_ascii_case(name));
        if money.is_none() && pct.is_none() && !same_line && !part_of && !named_before {
            let end = cx.paragraph_end(ne, ne + 80);
            // A figure the limit cuts ("$1" of "$1,520.00") is not read whole: not read.
            let end = whole_figure_end(&flat, end);
            let w = window(cx, ne, end);
            (money, pct) = values(w);
        }
        // "The APR (which takes the $60 documentation fee into account): 31.2%": a rate named
        // before the fee and not yet given its figure owns the percentage after the name.
        if pct.is_some() && rate_awaits_figure(cx.slice(sent_start, ns)) {
            pct = None;
        }
        if money.is_none()
            && pct.is_none()
            && let Some(m) = money_before
        {
            base = before_base;
            money = Some(m);
        }
        // "1 % of Loan Amount (Points)", "a 5% origination fee": the percentage precedes
        // the name.
        if pct.is_none()
            && let Some(p) = number::find_percents(before).into_iter().last()
            && before.get(p.end..).is_some_and(|g| {
                (g.trim().len() < 25 && g.to_ascii_lowercase().contains("of"))
                    || g.trim().is_empty()
            })
        {
            let rest = before.get(p.end..).unwrap_or("");
            pct = Some((p.value, basis_of(rest), None));
        }
        // A fee heading its own form row ("Processing fee: $50.00, paid at closing"): the row
        // is its sentence, whatever rows a layout ran into it before.
        let line_start = cx
            .doc
            .text
            .get(..ns)
            .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
        let heads_row = line_start >= sent_start
            && cx.doc.text.get(line_start..ns).is_some_and(|p| {
                let p = p.trim_matches([' ', '\t', '|', '•', '-', ':']);
                p.len() <= 4 || ["less", "minus", "plus"].contains(&&*p.to_ascii_lowercase())
            });
        let (sentence_from, sentence_to) = if heads_row {
            (line_start, row_end(&cx.doc.text, ns, sent_end))
        } else {
            super::clause_span::clause_around(&flat, sent_start, sent_end, ns)
        };
        let sentence = flat.get(sentence_from..sentence_to).unwrap_or("");
        // "The total of the interest, fees and charges ... will never exceed 100% of the
        // amount of credit": a limit on all charges, not a fee.
        if TOTAL_CAP.is_match(sentence) {
            cx.cover(ns);
            continue;
        }
        // A charge stated as nothing ("Prepaid finance charge: $0.00") is no charge.
        if pct.is_none() && money.as_ref().is_some_and(|m| m.amount.is_zero()) {
            cx.cover(ns);
            if let Some(m) = &money {
                cx.cover(base + m.start);
            }
            continue;
        }
        // A "default fee" for a missed or late payment is a late-payment fee.
        let kind = if kind == FeeKind::Penalty && MISSED.is_match(sentence) {
            FeeKind::Late
        } else {
            kind
        };
        if matches!(kind, FeeKind::Late | FeeKind::Penalty)
            && pct.is_some_and(|(v, _, _)| {
                read_as_default_rate(cx, terms, v, sentence_from, sentence_to)
            })
        {
            cx.cover(ns);
            continue;
        }
        let no_value = money.is_none() && pct.is_none();
        // "Origination fee: ${origination_fee}", "Set-up fee: £____": named, amount left blank.
        let blank = no_value && BLANK_VALUE.is_match(cx.slice(ne, ne + 24));
        if no_value && !blank && !matches!(kind, FeeKind::Legal | FeeKind::Collection) {
            continue;
        }
        let mut timing = if withheld {
            FeeTiming::UpfrontDeducted
        } else {
            timing_of(kind, sentence)
        };
        let mut timing_said = None;
        if timing == FeeTiming::Other {
            // The sentence after the one that gives the fee's figure.
            let value_at = money.as_ref().map_or(ne, |m| base + m.start).max(ne);
            let value_sentence_end = cx.sentence_of(value_at).1.max(sentence_to);
            if let Some((t, said)) =
                super::fee_context::timing_from_next_sentence(cx, kind, value_sentence_end)
            {
                timing = t;
                timing_said = Some(format!("when it is paid: «{said}»"));
            }
        }
        if timing == FeeTiming::Other
            && kind != FeeKind::Prepayment
            && closing_form
            && money.is_some()
        {
            // Loan Estimate / Closing Disclosure costs are paid at closing unless financed.
            timing = FeeTiming::UpfrontPaid;
        }
        let on_an_event = super::fee_negation::on_an_event(name);
        if on_an_event && !matches!(kind, FeeKind::Insurance) {
            timing = FeeTiming::OnDefault;
        }
        let mut notes: Vec<String> = NOTE
            .find_iter(sentence)
            .map(|m| m.as_str().to_ascii_lowercase())
            .collect();
        notes.dedup();
        if timing == FeeTiming::Other && financed(sentence) {
            notes.push("financed".to_string());
        }
        if no_value {
            notes.push("amount not stated".to_string());
        }
        if withheld {
            notes.push(
                "withheld at payout: its figure is the principal less the amount paid out"
                    .to_string(),
            );
        }
        if on_an_event && timing == FeeTiming::OnDefault {
            notes.push(
                "charged only if the event it names occurs: not a cost of credit".to_string(),
            );
        }
        notes.extend(timing_said);
        let amount = money.as_ref().map(|m| m.amount);
        if let Some(m) = &money {
            cx.cover(base + m.start);
        }
        cx.cover(ns);
        let (percent, basis, per) = match pct {
            Some((v, b, p)) => (Some(v), b, p),
            None => (None, None, None),
        };
        // "A default fee of £15 may be charged once": not again for each missed payment.
        let per = per.or_else(|| {
            (timing == FeeTiming::OnDefault && charged_once(sentence)).then_some(Per::Once)
        });
        let payee = if kind == FeeKind::Insurance {
            Some(Payee::Insurer)
        } else if TO_LENDER.is_match(sentence) {
            Some(Payee::Lender)
        } else {
            None
        };
        // The same fee named again ("... plus the $30.00 maintenance fee", an itemization's
        // "prepaid finance charge (origination) $16.00"): one fee, read once.
        // A "further arrears fee" or "second late fee" of the same sum is another charge.
        let another = super::fee_labels::names_another(name);
        let again = |f: &Fee| {
            !another
                && f.kind == kind
                && f.amount == amount
                && (f.percent == percent
                    || (amount.is_some()
                        && (percent.is_none() || f.percent.is_none())
                        && (kind != FeeKind::Other || f.name.eq_ignore_ascii_case(name))))
        };
        if let Some(f) = terms.fees.iter_mut().find(|f| again(f)) {
            if f.timing == FeeTiming::Other {
                f.timing = timing;
            }
            continue;
        }
        let value_end = money.as_ref().map_or(ne, |m| base + m.end).max(ne);
        // Paid with the first instalment: on the first due date.
        let due_date = (timing == FeeTiming::OnDate)
            .then(|| terms.first_payment_date.clone())
            .flatten();
        if timing == FeeTiming::OnDate {
            notes.push("paid with the first instalment".to_string());
        }
        terms.fees.push(Fee {
            name: name.to_string(),
            kind,
            amount,
            percent,
            basis,
            per,
            timing,
            payee,
            note: (!notes.is_empty()).then(|| notes.join("; ")),
            evidence: cx.evidence(ns.min(base), value_end),
            due_date,
            amount_blank: blank,
        });
        if kind == FeeKind::Prepayment {
            terms.clauses.push(Clause {
                kind: ClauseKind::PrepaymentPenalty,
                evidence: cx.evidence(ns, value_end),
            });
        }
    }
}

/// Was the late charge's or penalty's percentage `value` in the sentence `from..to` read as a
/// default rate with its period ("a late charge of 1.5% a month")? Then it is that rate, not a
/// fee as well. A rate per fortnight is kept as half of it per week.
fn read_as_default_rate(cx: &Ctx, terms: &Terms, value: Decimal, from: usize, to: usize) -> bool {
    let sentence = cx.quote(from, to);
    terms.rates.iter().any(|r| {
        r.kind == RateKind::Overdue
            && r.evidence.start < sentence.end
            && r.evidence.end > sentence.start
            && (r.value == value || (r.per == Per::Week && r.value * Decimal::TWO == value))
    })
}

/// One fee stated as a percentage and as an amount ("Sec. 2 Origination fee. A 5%
/// origination fee of $125.00 is withheld") is one fee: a fee known only by its percentage
/// joins a fee of the same kind whose amount is that percentage of the principal (or that
/// already carries the same percentage).
fn merge_percent_with_amount(terms: &mut Terms) {
    let principal = terms.principal.as_ref().map(|a| a.amount);
    let mut i = 0;
    while i < terms.fees.len() {
        let f = &terms.fees[i];
        let (None, Some(p)) = (f.amount, f.percent) else {
            i += 1;
            continue;
        };
        let of_principal = matches!(f.basis, None | Some(Basis::Principal));
        let kind = f.kind;
        let twin = terms.fees.iter().position(|g| {
            let Some(a) = g.amount else { return false };
            let by_figure = of_principal
                && g.percent.is_none()
                && principal
                    .is_some_and(|b| (b * p / Decimal::ONE_HUNDRED - a).abs() < Decimal::new(1, 2));
            g.kind == kind
                && kind != FeeKind::Late
                && g.timing != FeeTiming::OnDefault
                && (by_figure || g.percent == Some(p))
        });
        let Some(j) = twin else {
            i += 1;
            continue;
        };
        let lone = terms.fees.remove(i);
        let j = if j > i { j - 1 } else { j };
        let fee = &mut terms.fees[j];
        if fee.percent.is_none() {
            fee.percent = Some(p);
            fee.basis = lone.basis.or(Some(Basis::Principal));
        }
        if fee.timing == FeeTiming::Other {
            fee.timing = lone.timing;
        }
    }
}

/// `flat[start..end]`, cut at the next label (so one box does not read the next one's value).
fn window<'c>(cx: &'c Ctx, start: usize, end: usize) -> &'c str {
    let w = cx.slice(start, end.max(start));
    // The next box label or named fee ("Application Fee"), not any word "fee" ("a fee of").
    // A box label inside brackets ("Origination fee (deducted from the loan amount): $250") is
    // a remark on this one, not the next box; a fee named in brackets ("Prepaid finance
    // charge (origination fee): $200") names the fee itself and takes the figure.
    let bracketed = |at: usize| {
        let before = w.get(..at).unwrap_or("");
        before.matches('(').count() > before.matches(')').count()
    };
    let first_after_start = |(re, remark): (&Regex, bool)| {
        re.find_iter(w)
            .find(|m| m.start() > 0 && !(remark && bracketed(m.start())))
            .map(|m| m.start())
    };
    // "..., so that the amount disbursed to you is $4,800.00": that figure is another term's.
    let stop = [
        (&*BOX_LABEL, true),
        (&*FEE_NAME, false),
        (&*OTHER_FEE, false),
        (&*DISBURSED, true),
    ]
    .into_iter()
    .filter_map(first_after_start)
    .min()
    .unwrap_or(w.len());
    w.get(..stop).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_transfer_fee_is_not_a_returned_payment_fee() {
        assert_eq!(kind_of("Next-day transfer fee"), FeeKind::Other);
        assert_eq!(kind_of("NSF fee"), FeeKind::ReturnedPayment);
        assert_eq!(kind_of("Loan initiation charge"), FeeKind::Origination);
    }

    #[test]
    fn an_arrears_or_overdue_charge_is_a_late_fee() {
        for name in [
            "Arrears administration fee",
            "overdue account charge",
            "Past-due notice fee",
            "delinquency charge",
        ] {
            assert_eq!(kind_of(name), FeeKind::Late, "{name}");
        }
    }

    #[test]
    fn a_lower_case_fee_heading_its_line_is_named() {
        let text = "Summary\nCard replacement charge: $9.00\nlate payments: see below\n";
        let names: Vec<&str> = LINE_FEE
            .captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| m.as_str()))
            .collect();
        assert_eq!(names, ["Card replacement charge"]);
        // How the fee is paid may stand between its name and its value.
        let text = "Setup fee deducted at funding  $40.00\nAccount charge taken from the advance: CAD 12.50\n";
        let names: Vec<&str> = LINE_FEE
            .captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| m.as_str()))
            .collect();
        assert_eq!(names, ["Setup fee", "Account charge"]);
        // Its percent and how it is paid, then the figure.
        let text =
            "Establishment fee 3.5% withheld: R1,050.00\nService charge (2%) deducted  $24.00\n";
        let names: Vec<&str> = LINE_FEE
            .captures_iter(text)
            .filter_map(|c| c.get(1).map(|m| m.as_str()))
            .collect();
        assert_eq!(names, ["Establishment fee", "Service charge"]);
    }
}
