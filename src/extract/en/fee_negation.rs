//! Words that say a fee is not charged (before its name, over a list of names, or after it),
//! and charges made only if an event occurs: a fee so named is no cost of credit.

use std::sync::LazyLock;

use crate::pattern;
use regex::Regex;

/// A negation right before the fee's name: "no late fee", "without penalty", "we do not
/// charge an application fee".
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?-u:\b)no(?-u:\b)|(?-u:\b)without(?-u:\b)|(?-u:\b)not subject to(?-u:\b)|(?-u:\b)free of(?-u:\b)|(?-u:\b)without (?:premium|fee|charge) or(?-u:\b)|(?-u:\b)not (?:charge|impose|collect|levy|require)[a-z]*(?-u:\b))[^.;]{0,20}$")
        .expect("static regex")
});
/// A negation over a list of charges, the fee last in it: "no application, processing or
/// origination fee", "we do not charge set-up, arrangement and administration fees".
static NEGATED_LIST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:no|without|free of|not (?:charge|impose|collect|levy|require)[a-z]*(?: you)?|waiv(?:e|es|ed|ing))\s+(?:(?:any|the|an?|your)\s+)?((?:[a-z-]+(?:\s+[a-z-]+){0,2}\s*(?:,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)){1,6})$")
        .expect("static regex")
});
/// After a fee's name (and the charges listed with it), words that say it is not charged:
/// "... and the processing fee are waived", "Arrangement fee: waived", "is not charged".
static NEGATED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^(?:\s*(?:,|and|or|&)\s+(?:the\s+|an?\s+|any\s+)?(?:[a-z-]+\s+){0,2}(?:fees?|charges?))*\s*(?:\([^)]{0,60}\))?\s*[:|\-–]?\s*(?:(?:is|are|will be|shall be|has been|have been)\s+(?:both\s+|all\s+|also\s+|entirely\s+)?)?(?:waived|not (?:charged|payable|applicable|collected|levied|imposed))(?-u:\b)")
        .expect("static regex")
});
/// A charge made only if an event the loan does not require occurs (a lost pawn ticket or card
/// replaced, a copy or statement asked for, a payment stopped or made by phone): not a cost of
/// credit, listed like a charge on default.
static CONTINGENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:lost|replac(?:e|ed|ement)|duplicate|re-?issu(?:e|ed|ance)|cop(?:y|ies)|stop[- ]payment|convenience|pay[- ]by[- ](?:phone|card|telephone)|(?:telephone|phone) payment|research|statement request|payoff (?:statement|quote|letter)|paper statement|certified|notari[sz]ation)(?-u:\b)")
        .expect("static regex")
});

/// A waiver on a condition ("waived if you set up autopay"): the fee may still be charged.
static ON_CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:if|unless|when|where|provided|for (?:the first|as long)|until|on condition|subject to|during)(?-u:\b)")
        .expect("static regex")
});

/// Does a negation over a list end right before the fee's name? The list's items are bare
/// names ("application, processing or"): an item that is a charge of its own ("no annual fee,
/// and ...") ends the negation's reach.
fn negated_list(before: &str) -> bool {
    NEGATED_LIST.captures(before).is_some_and(|c| {
        let list = c.get(1).map_or("", |m| m.as_str()).to_ascii_lowercase();
        ![
            "fee", "charge", "penalt", "cost", "interest", "premium", "rate",
        ]
        .iter()
        .any(|w| list.contains(w))
    })
}

/// Does the text after a fee's name say it is not charged, with no condition?
fn negated_after(after: &str) -> bool {
    NEGATED_AFTER
        .find(after)
        .is_some_and(|m| !ON_CONDITION.is_match(after.get(m.end()..).unwrap_or("")))
}
/// A form's answer after the name: "Prepayment penalty: NO", "Annual fee: none".
static ANSWER_NO: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[:|]?\s*(?:NO|No|(?i:none|nil|n/a|not applicable))(?-u:\b)")
        .expect("static regex")
});

/// Does the text around a fee's name say it is not charged? `before`: the words just before
/// the name; `before_list`: a longer stretch, for a negation over a list; `after`: the words
/// after it.
pub(super) fn not_charged(before: &str, before_list: &str, after: &str) -> bool {
    NEGATED.is_match(before)
        || negated_list(before_list)
        || ANSWER_NO.is_match(after)
        || negated_after(after)
}

/// Is the charge made only if an event the loan does not require occurs (see [`CONTINGENT`])?
pub(super) fn on_an_event(name: &str) -> bool {
    CONTINGENT.is_match(name)
}

/// After a charge's name, words that put it outside this credit: "Club dues ... are not part
/// of this note", "not included in this loan", "is outside this agreement", "is not charged
/// under this contract" (an owners' association's dues, a membership billed by someone else).
static OUTSIDE_THE_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:is|are)\s+not\s+(?:a\s+)?part\s+of|(?:is|are)\s+not\s+(?:included|financed|charged|payable|collected)\s+(?:in|under|by|through)|(?:is|are)\s+outside(?:\s+the\s+scope\s+of)?)\s+(?:this|the)\s+(?:promissory\s+)?(?:note|loan|agreement|contract|credit|financing)(?-u:\b)")
        .expect("static regex")
});

/// Does the text after a charge's name (to its paragraph's end) say the charge is no part of
/// this credit?
pub(super) fn outside_the_credit(after: &str) -> bool {
    OUTSIDE_THE_CREDIT.is_match(after)
}

/// Points that are a product's unit, not a loan's discount points: "154,000 annual Club
/// Points", "Vacation Points", "2,500 reward points" (loan points are few: "2 points").
static PRODUCT_POINTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:(?-u:\b)(?:\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:[a-z]+\s+){0,3}|(?-u:\b)(?:club|vacation|resort|reward|rewards|loyalty|bonus|membership|owner|ownership)\s+)$")
        .expect("static regex")
});

/// Is a fee named "points" a product's points (see [`PRODUCT_POINTS`])? `before`: the words
/// just before the name.
pub(super) fn product_points(name: &str, before: &str) -> bool {
    name.eq_ignore_ascii_case("points") && PRODUCT_POINTS.is_match(before)
}
