//! The country an English document was written for, from its own signs (its currency codes,
//! its laws, its regulators, company forms and postal codes), and what follows from it: which
//! dollar a bare "$" is, and whether a numeric date is written day first.
//!
//! No sign is a default: a document without one keeps the US reading ("$" is the US dollar,
//! 11/08 is November 8), and a document whose signs name two countries decides nothing.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{JurisdictionHint, Terms};
use crate::pattern;

/// A country whose documents write dollars or day-first dates unlike the US.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Country {
    /// ISO 3166 code (the jurisdiction hint).
    code: &'static str,
    name: &'static str,
    /// The country's own dollar, which a bare "$" there means.
    dollar: Option<&'static str>,
    /// Numeric dates are written day first there. `None`: both orders are in use (Canada), so
    /// the country alone decides nothing.
    day_first: Option<bool>,
    /// Whether the checker needs the hint (for Canada it reads the province itself, and a
    /// country-only hint would hide the province).
    hint: bool,
}

const AUSTRALIA: Country = Country {
    code: "AU",
    name: "Australian",
    dollar: Some("AUD"),
    day_first: Some(true),
    hint: true,
};
const NEW_ZEALAND: Country = Country {
    code: "NZ",
    name: "New Zealand",
    dollar: Some("NZD"),
    day_first: Some(true),
    hint: true,
};
const CANADA: Country = Country {
    code: "CA",
    name: "Canadian",
    dollar: Some("CAD"),
    day_first: None,
    hint: false,
};
const IRELAND: Country = Country {
    code: "IE",
    name: "Irish",
    dollar: None,
    day_first: Some(true),
    hint: true,
};
const SOUTH_AFRICA: Country = Country {
    code: "ZA",
    name: "South African",
    dollar: None,
    day_first: Some(true),
    hint: true,
};
const SINGAPORE: Country = Country {
    code: "SG",
    name: "Singapore",
    dollar: Some("SGD"),
    day_first: Some(true),
    hint: true,
};

const MALAYSIA: Country = Country {
    code: "MY",
    name: "Malaysian",
    dollar: None,
    day_first: Some(true),
    hint: true,
};

const KENYA: Country = Country {
    code: "KE",
    name: "Kenyan",
    dollar: None,
    day_first: Some(true),
    hint: true,
};

/// Each country's signs. The currency codes decide even where the names of another country
/// appear; the rest are read in the document's head (parties, heading, the law it is made
/// under), where a passing mention of a place is rare.
static SIGNS: LazyLock<Vec<(Country, Regex)>> = LazyLock::new(|| {
    let table: [(Country, &str); 8] = [
        (
            AUSTRALIA,
            r"(?-u:\b)(?:Australia|Australian|Commonwealth of Australia|New South Wales|Queensland|Tasmania|Northern Territory|Australian Capital Territory|Pty\.? Ltd|PTY\.? LTD|Proprietary Limited|ABN:? ?\d|ACN:? ?\d|ACL:? ?\d|\(Cth\)|National Credit Code|National Consumer Credit Protection|Australian Credit Licen[cs]e|Australian Financial Complaints Authority|AFCA|ASIC|(?:NSW|QLD|Qld|VIC|Vic|TAS|Tas|WA|SA|NT) \d{4})(?-u:\b)",
        ),
        (
            NEW_ZEALAND,
            r"(?-u:\b)(?:New Zealand|Aotearoa|Credit Contracts and Consumer Finance Act|CCCFA|Financial Markets Authority|Financial Dispute Resolution Service|Auckland)(?-u:\b)",
        ),
        (
            CANADA,
            r"(?-u:\b)(?:Canada|Canadian|Ontario|Quebec|Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories|CANADA|ONTARIO|QUEBEC|BRITISH COLUMBIA|ALBERTA|MANITOBA|SASKATCHEWAN|NOVA SCOTIA|NEW BRUNSWICK|NEWFOUNDLAND|PRINCE EDWARD ISLAND|Financial Consumer Agency of Canada|Consumer Protection BC|(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU|NT) [A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z][a-z]+, (?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU))(?-u:\b)|(?-u:\b)(?:B\.C|N\.S|N\.B|P\.E\.I|N\.W\.T|Ont|Alta|Sask)\.",
        ),
        (
            IRELAND,
            r"(?-u:\b)(?:Republic of Ireland|Central Bank of Ireland|Consumer Credit Act 1995|Eircode)(?-u:\b)",
        ),
        (
            SOUTH_AFRICA,
            r"(?-u:\b)(?:South Africa|National Credit Act|National Credit Regulator|NCR ?CP ?\d)(?-u:\b)",
        ),
        (
            KENYA,
            r"(?-u:\b)(?:Kenya|Kenyan|Central Bank of Kenya|M-PESA|M-Pesa|Mpesa|Nairobi|Mombasa|Kisumu|KES ?\d|K[Ss]hs?\.? ?\d)",
        ),
        (
            MALAYSIA,
            r"(?-u:\b)(?:Malaysia|Malaysian|Kuala Lumpur|Selangor|Johor|Penang|Sdn\.? Bhd|Berhad|MYR|RM ?\d)",
        ),
        (
            SINGAPORE,
            r"(?-u:\b)(?:Singapore|Moneylenders Act|Registry of Moneylenders)(?-u:\b)",
        ),
    ];
    table
        .into_iter()
        .map(|(c, p)| (c, pattern::regex(p).expect("static regex")))
        .collect()
});

/// Currency codes and symbols that name a dollar outright.
static DOLLAR_CODES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?:AUD|CAD|NZD|SGD|USD)(?-u:\b)|(?:^|[^A-Za-z])(?:AU?\$|CA?\$|NZ\$|S\$|US\$)|(?i)(?-u:\b)(?:australian|canadian|new zealand|singapore|u\.s\.|united states|us) dollars?(?-u:\b)|(?i)(?-u:\b)dollars?\s*\(\s*(?:australian|canadian|new zealand|singapore|u\.s\.|united states|us)\s*\)")
        .expect("static regex")
});

/// The dollar a code or symbol names.
fn dollar_named(word: &str) -> &'static str {
    // "dollars (Canadian)": the country named after the word.
    let w = word.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
    let w = match w.find('(') {
        Some(i)
            if w[..i].trim().eq_ignore_ascii_case("dollars")
                || w[..i].trim().eq_ignore_ascii_case("dollar") =>
        {
            w[i + 1..].trim_start()
        }
        _ => w,
    };
    let lower = w.to_ascii_lowercase();
    match () {
        _ if lower.starts_with("au") || lower.starts_with("a$") => "AUD",
        _ if lower.starts_with("ca") || lower.starts_with("c$") => "CAD",
        _ if lower.starts_with("nz") || lower.starts_with("new zealand") => "NZD",
        _ if lower.starts_with("sg")
            || lower.starts_with("s$")
            || lower.starts_with("singapore") =>
        {
            "SGD"
        }
        _ => "USD",
    }
}

/// How far into the document its country is looked for (parties, heading, the law it is
/// made under).
const HEAD: usize = 3000;

/// What the document's signs decide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Locale {
    pub code: &'static str,
    /// The dollar a bare "$" is, when not the US dollar.
    pub dollar: Option<&'static str>,
    pub day_first: Option<bool>,
    /// Why, quoting the sign: "Australian contract («Pty Ltd»)".
    pub reason: String,
    /// The sign as written.
    pub sign: String,
    /// The sign is a currency code or a dollar named outright.
    pub named: bool,
    /// The checker is told the country (see [`Country::hint`]).
    pub hint: bool,
}

/// The document's country, from its signs; `None` when nothing decides (no sign, or signs of
/// several countries with no currency code to settle them, or US dollars written out).
pub(crate) fn detect(text: &str) -> Option<Locale> {
    // A dollar named outright decides which dollar "$" is, wherever it is written.
    let named: Vec<(&'static str, &str)> = DOLLAR_CODES
        .find_iter(text)
        .map(|m| (dollar_named(m.as_str()), m.as_str().trim()))
        .collect();
    let head = text.get(..super::floor(text, HEAD)).unwrap_or("");
    let found: Vec<(Country, &str)> = SIGNS
        .iter()
        .filter_map(|(c, re)| re.find(head).map(|m| (*c, m.as_str())))
        .collect();
    let first_named = named.first().map(|(d, _)| *d);
    if named.iter().any(|(d, _)| Some(*d) != first_named) {
        // Two dollars named (a conversion, a foreign payment): "$" alone stays unread as any.
        return None;
    }
    if let Some((dollar, word)) = named.first() {
        if *dollar == "USD" {
            return None;
        }
        let country = [AUSTRALIA, CANADA, NEW_ZEALAND, SINGAPORE]
            .into_iter()
            .find(|c| c.dollar == Some(dollar))?;
        return Some(locale(country, word, true));
    }
    // "Moneylenders Act" names a law of Singapore and of Malaysia alike: beside another
    // country's own sign it decides nothing.
    let mut found = found;
    if found.len() > 1 {
        found.retain(|(_, word)| !word.eq_ignore_ascii_case("Moneylenders Act"));
    }
    let [(country, word)] = found.as_slice() else {
        return None;
    };
    Some(locale(*country, word, false))
}

fn locale(country: Country, word: &str, named: bool) -> Locale {
    Locale {
        code: country.code,
        dollar: country.dollar,
        day_first: country.day_first,
        reason: format!("{} contract («{word}»)", country.name),
        sign: word.to_string(),
        named,
        hint: country.hint,
    }
}

/// Decide the document's country before anything is read from it, and give the checker its
/// hint (unless a governing-law clause already names a place).
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let Some(locale) = detect(&cx.doc.text) else {
        return;
    };
    // A US law or regulator named in the contract outweighs a place mentioned in it, unless
    // the contract names its dollar outright.
    let us_law = terms
        .jurisdiction_hints
        .iter()
        .any(|h| within(&h.code, "US"));
    if us_law && !locale.named {
        return;
    }
    // Only a contract that names no other law gets the country as its jurisdiction.
    if locale.hint && terms.jurisdiction_hints.is_empty() {
        let at = cx.doc.text.find(locale.sign.as_str());
        if let Some(at) = at.filter(|_| !locale.sign.is_empty()) {
            terms.jurisdiction_hints.push(JurisdictionHint {
                code: locale.code.to_string(),
                evidence: cx.evidence(at, at + locale.sign.len()),
            });
        }
    }
    cx.locale = Some(locale);
}

/// `code` is `j` or within it (`US-IL` within `US`).
fn within(code: &str, j: &str) -> bool {
    code == j || code.strip_prefix(j).is_some_and(|r| r.starts_with('-'))
}

/// Amounts read in "$" are the document's own dollar when its signs say so.
pub(crate) fn dollars(cx: &Ctx, terms: &mut Terms) {
    let Some((dollar, reason)) = cx
        .locale
        .as_ref()
        .and_then(|l| l.dollar.map(|d| (d, l.reason.clone())))
    else {
        return;
    };
    let mut changed = false;
    for a in [
        &mut terms.principal,
        &mut terms.disbursed,
        &mut terms.payment,
        &mut terms.last_payment,
        &mut terms.finance_charge,
        &mut terms.total_of_payments,
        &mut terms.interest_deducted,
        &mut terms.total_interest,
    ]
    .into_iter()
    .flatten()
    {
        // "$" or the bare word "dollars" ("5,200.00 dollars"): the document's own dollar.
        if a.currency == "USD" && (a.evidence.text.contains('$') || says_dollars(&a.evidence.text))
        {
            a.currency = dollar.to_string();
            changed = true;
        }
    }
    if changed {
        terms
            .assumptions
            .push(format!("amounts in \"$\" read as {dollar}: {reason}"));
    }
}

/// The word "dollar(s)" in a quote (not "US dollars": a named US dollar decides no local one).
fn says_dollars(quote: &str) -> bool {
    static WORD: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"(?i)(?-u:\b)dollars?(?-u:\b)").expect("static regex"));
    WORD.is_match(quote)
        && !DOLLAR_CODES
            .find_iter(quote)
            .any(|m| dollar_named(m.as_str()) == "USD")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_decide_the_dollar_and_the_date_order() {
        let au = detect("Lender: Gumtree Finance Pty Ltd\nAmount: $500").unwrap();
        assert_eq!(
            (au.code, au.dollar, au.day_first),
            ("AU", Some("AUD"), Some(true))
        );
        let nz = detect("Borrower lives in Hamilton.\nThis is a consumer credit contract under the Credit Contracts and Consumer Finance Act 2003.").unwrap();
        assert_eq!(nz.dollar, Some("NZD"));
        // A province written short after its city, or with points, is as good as its name
        // (Northern Territory's "NT" is Australia's too, so it needs the postal code).
        for text in [
            "Borrower: Kyle Young, Surrey, BC\nAmount $400",
            "Customer: R. Singh, Brampton, ON",
            "CASHWAY FINANCIAL (B.C.) LTD.",
            "Store 4, Moncton, N.B.\nAmount $300",
            "Licensed by Consumer Protection BC",
        ] {
            assert_eq!(detect(text).map(|l| l.code), Some("CA"), "{text}");
        }
        assert!(detect("Borrower: Lee Jones, Darwin, NT").is_none());
        let ca = detect("Borrower: A. B., 12 King St, Halifax NS B3H 1A1").unwrap();
        assert_eq!((ca.dollar, ca.day_first), (Some("CAD"), None));
        // A code settles it, whatever the places named.
        assert_eq!(
            detect("Amount $900 AUD. Our office in Toronto, Canada.")
                .unwrap()
                .dollar,
            Some("AUD")
        );
        // US dollars named, or no sign at all, or two countries: nothing is decided.
        assert!(detect("Made in Ontario. Amounts are in US dollars.").is_none());
        assert!(detect("Lender: Acme Loans, Inc., Reno, NV 89501. Amount $500").is_none());
        assert!(detect("Offices in Australia and Canada.").is_none());
        // A US ZIP code is five digits: "WA 98101" is Washington state, not Western Australia.
        assert!(detect("Borrower: Kim Lee, Seattle, WA 98101").is_none());
    }

    #[test]
    fn a_dollar_named_after_the_amount_decides_and_the_bare_word_is_the_local_dollar() {
        for (text, dollar) in [
            (
                "The lender advances 3,000 dollars (Australian) to the borrower.",
                "AUD",
            ),
            (
                "Loan amount: 800 dollars ( Canadian ), repaid weekly.",
                "CAD",
            ),
            ("Amount: 1,250.00 dollars CAD", "CAD"),
            ("You borrow 900 Canadian dollars.", "CAD"),
            (
                "PRAIRIE CASH LTD., REGINA, SASKATCHEWAN. You borrow 700 dollars.",
                "CAD",
            ),
        ] {
            assert_eq!(detect(text).and_then(|l| l.dollar), Some(dollar), "{text}");
        }
        assert!(detect("Made in Ontario; 500 dollars (U.S.) is lent.").is_none());
        assert!(says_dollars("repaid in 30 payments of 254.56 dollars"));
        assert!(!says_dollars("repaid in 30 payments of 254.56 US dollars"));
        assert!(!says_dollars("repaid in 30 payments of 254.56"));
    }
}
