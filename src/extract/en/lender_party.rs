//! The lender: named in prose ("between Acme Lending Co. ("Lender")"), on a party line, as the
//! payee, or as a relative; its type (bank, licensed consumer lender, company, individual).

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{LenderType, Party, Terms};

/// "between Acme Lending Co. ("Lender")", ""We" Ameriloan are the lender" (on `flat`).
static LENDER_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?:(?-u:\b)between|["“](?i:we)["”])\s+([A-Z][A-Za-z0-9&.,'’ -]{1,80}?)(?:\s*\(\s*(?:the\s+)?["“]?(?i:lender)|\s*,?\s+(?:are|is) the lender)"#)
        .expect("static regex")
});
/// "Lender: Name", "Lender Name Acme", "Lender  Ficus Bank" (a table row: label and value
/// cells two spaces or more apart): at the start of a line or of a
/// layout column, up to the end of the line or of the column (on the text).
static LENDER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)(?:^|[ \t]{2,})[ \t]*(?:(?i:lender(?:'s)? name|name \(the lender\)|lender)[ \t]*:[ \t]*|(?i:lender name)[ \t]+|(?i:lender|creditor)(?:[ \t]{2,}|\t))([A-Z][A-Za-z0-9&.,'’ -]{1,80}?)(?:[ \t]{2,}|[ \t]*$|[ \t]+\()")
        .expect("static regex")
});
/// "LENDER: Acme Finance, LLC, 1400 Main St.", "Credit Union: Golden FCU, 500 ...": a party
/// line whose name runs to the address, a bracket or the full stop; also after a sentence
/// ("... Borrower: Daniel Reyes. Lender: Marisol Reyes.").
static LENDER_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)(?:^|[.;][ \t]+)[ \t]*(?i:lender|creditor|credit union)[ \t]*:[ \t]*([A-Z][A-Za-z0-9&.'’ -]{1,80}?(?:,? (?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|plc|PLC|N\.A\.|Corp\.?|LLP|LP))?)(?:,|\.\s|\s*\(|[ \t]{2,}|[ \t]*$)")
        .expect("static regex")
});
/// A note's payee named by its role: "promises to pay to the order of Linda Tran, an
/// individual ("Holder")", "payable to Grace Lee (the "Lender")" (on `flat`).
static LENDER_PAYEE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?i:to the order of|payable to|pay to)\s+([A-Z][A-Za-z.'’ -]{1,60}?)(?:,\s*(?i:an individual|a [a-z ]{2,40}?))?\s*\(\s*(?i:the\s+)?["“]?(?i:holder|payee|lender|note ?holder)"#)
        .expect("static regex")
});
/// Relatives, friends and neighbours a family note names its lender by ("promise to pay my
/// aunt, Gloria Oyelaran", "borrow from my neighbour Ruth Okamoto").
const KIN: [&str; 26] = [
    "mother",
    "father",
    "parents?",
    "aunt",
    "uncle",
    "brother",
    "sister",
    "son",
    "daughter",
    "cousin",
    "grand(?:mother|father|parents?|son|daughter)",
    "niece",
    "nephew",
    "friend",
    "spouse",
    "wife",
    "husband",
    "partner",
    "(?:mother|father|brother|sister|son|daughter)-in-law",
    "step(?:mother|father|son|daughter)",
    "godmother",
    "godfather",
    "neighbou?r",
    "colleague",
    "co-?worker",
    "room-?mate",
];
/// A note's payee named by kinship: "I promise to pay my aunt, Gloria Oyelaran,", "I borrow
/// from my neighbour Ruth Okamoto, of ..." (on `flat`).
static LENDER_KIN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i:(?-u:\b)(?:pay|repay|owe|lent|loaned|lend|lends|borrow(?:s|ed)? from|borrowing from)(?: to)? (?:my|our|his|her|their) (?:{}),?)\s+([A-Z][A-Za-z.'’ -]{{1,60}}?)(?:,|\.\s|\s+\(|\s+(?i:the (?:principal |full |total )?(?:sum|amount)|of|on|in)(?-u:\b))",
        KIN.join("|")
    ))
    .expect("static regex")
});
/// ", an individual" after a party's name.
static AN_INDIVIDUAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*,?\s*(?i:an individual|a private individual|a natural person)(?-u:\b)")
        .expect("static regex")
});
/// A name on its own line, then "(Hereinafter referred to as the Lender)" within two lines.
static LENDER_HEREINAFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?m)^[ \t]*([A-Z][A-Za-z.'’ -]{1,60}?)[ \t]*\n(?:[^\n]*\n){0,2}[ \t]*\(?\s*(?i:hereinafter (?:referred to as|called)) (?:the )?["“]?(?i:lender)"#)
        .expect("static regex")
});
static BANK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:bank|n\.a\.|credit union|savings|bancorp|building society)(?-u:\b)",
    )
    .expect("static regex")
});
static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:llc|l\.l\.c|inc|ltd|limited|plc|corp(?:oration)?|company|co\.|c\.i\.c|lending|finance|financial|loans?|credit|capital|mortgage|funding)(?-u:\b)")
        .expect("static regex")
});
static CONSUMER_LENDING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:short[- ]term loans?|payday|consumer credit act|licensed lender|lending licen[cs]e|nmls|loan note and disclosure|licensed (?:under|by|pursuant to|with) (?:the )?[A-Z]|licen[cs]e (?:no\.?|number|#)|licensee|(?:consumer|finance|installment|instalment|small) loan act|department of financial (?:protection|institutions|services|regulation)|authori[sz]ed and regulated by the financial conduct authority|fca (?:firm )?reference number|firm reference number)(?-u:\b)")
        .expect("static regex")
});

/// The lender's name and type.
pub(crate) fn lender(cx: &mut Ctx, terms: &mut Terms) {
    let text = &cx.doc.text;
    let found = LENDER_PROSE
        .captures_iter(&cx.flat)
        .chain(LENDER_PAYEE.captures_iter(&cx.flat))
        .chain(LENDER_KIN.captures_iter(&cx.flat))
        .chain(LENDER_PARTY.captures_iter(text))
        .chain(LENDER_LINE.captures_iter(text))
        .chain(LENDER_HEREINAFTER.captures_iter(text))
        .filter_map(|c| c.get(1));
    for g in found {
        let raw = g.as_str().trim().trim_end_matches(',');
        // Keep the full stop of "Inc." or "N.A.", drop a sentence's.
        let abbreviated = raw
            .trim_end_matches('.')
            .rsplit([' ', ','])
            .next()
            .is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                ["inc", "co", "ltd", "corp", "n.a", "l.l.c", "p.c", "plc"].contains(&w.as_str())
            });
        let name = if abbreviated && raw.ends_with('.') {
            raw
        } else {
            raw.trim_end_matches(['.', ',']).trim()
        };
        let lname = name.to_ascii_lowercase();
        if name.len() < 2
            || name.contains('[')
            || ["the ", "you", "us", "this", "borrower", "nmls", "name"]
                .iter()
                .any(|w| lname.starts_with(w))
            // A sentence, not a name: "LENDER MAY INCUR ...", "Lender shall ...".
            || lname.split_whitespace().next().is_some_and(|w| {
                ["may", "shall", "will", "agrees", "is", "has", "hereby", "and", "or", "to", "of", "in", "must", "can"]
                    .contains(&w)
            })
        {
            continue;
        }
        // The name stands in `flat` or in the text, at the same place either way.
        let individual = cx
            .flat
            .get(g.end()..)
            .is_some_and(|rest| AN_INDIVIDUAL.is_match(rest));
        let lender_type = lender_type_of(cx, name, individual);
        terms.lender = Some(Party {
            name: Some(name.to_string()),
            lender_type,
            evidence: cx.evidence(g.start(), g.end()),
        });
        return;
    }
}

/// What a lender of this name is; `individual` when the contract says so after the name.
pub(crate) fn lender_type_of(cx: &Ctx, name: &str, individual: bool) -> LenderType {
    if BANK.is_match(name) {
        LenderType::Bank
    } else if individual {
        LenderType::Individual
    } else if says_consumer_lending(&cx.flat) {
        LenderType::LicensedNonBank
    } else if COMPANY.is_match(name) {
        LenderType::Company
    } else if name.split_whitespace().count() <= 3
        && name
            .chars()
            .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '.')
    {
        LenderType::Individual
    } else {
        LenderType::Unknown
    }
}

/// A consumer-lending licence or regulator named, not denied ("not a licensed lender").
fn says_consumer_lending(flat: &str) -> bool {
    CONSUMER_LENDING.find_iter(flat).any(|m| {
        let before = flat[..m.start()].to_ascii_lowercase();
        let before = before.trim_end();
        !["not a", "not an", "not", "no", "nor a", "neither a"]
            .iter()
            .any(|w| {
                before.ends_with(w) && before[..before.len() - w.len()].ends_with([' ', ',', '('])
            })
    })
}
