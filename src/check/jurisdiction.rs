//! Where a contract belongs, resolved once for the whole run: from `--jurisdiction`, else the
//! contract's words (governing law, courts), its currency, its lender's type, its language.
//!
//! Hong Kong, Taiwan and Macau have their own law: a contract from there (a hint `HK`, `TW`,
//! `MO`, or a currency HKD, TWD, MOP) gets no mainland ruleset, and [`Resolved::not_covered`]
//! says why, for the report's warnings.

use crate::model::{Evidence, LenderType, Terms};

use super::kinds;

/// Where a contract belongs, and why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resolved {
    /// Jurisdiction codes (`CN`, `US`, `US-NY`, `GB`), most certain first; empty when nothing
    /// says.
    pub codes: Vec<String>,
    /// Why, quoting the contract (goes into `AppliedRuleset.reason`).
    pub reason: String,
    /// The contract sentences it rests on.
    pub evidence: Vec<Evidence>,
    /// Set for a contract from a place the bundled rulesets do not cover (Hong Kong, Taiwan,
    /// Macau): the notice to show with the report.
    pub not_covered: Option<String>,
}

impl Resolved {
    /// The main jurisdiction code, when there is one.
    pub fn code(&self) -> Option<&str> {
        self.codes.first().map(String::as_str)
    }
}

/// Places with their own law, which the bundled (mainland) rulesets do not cover:
/// (code, currency, name).
const OUTSIDE_MAINLAND: &[(&str, &str, &str)] = &[
    ("HK", "HKD", "Hong Kong"),
    ("TW", "TWD", "Taiwan"),
    ("MO", "MOP", "Macau"),
];

/// Words for the currencies of Hong Kong, Taiwan and Macau, as an amount may be written even
/// when the extractor took the currency for yuan: (words, code).
const OUTSIDE_MAINLAND_MONEY: &[(&[&str], &str)] = &[
    (&["新臺幣", "新台幣", "新台币", "NT$", "NTD", "TWD"], "TW"),
    (&["港幣", "港币", "港元", "HK$", "HKD"], "HK"),
    (&["澳門元", "澳门元", "澳門幣", "澳门币", "MOP"], "MO"),
];

/// `UK` is written `GB` in ISO 3166.
pub(crate) fn norm_code(s: &str) -> String {
    let up = s.trim().to_uppercase();
    match up.as_str() {
        "UK" => "GB".into(),
        _ => up.replace('_', "-"),
    }
}

/// `code` is `j` or a subdivision of it (`US-NY` within `US`).
pub(crate) fn within(code: &str, j: &str) -> bool {
    code == j
        || code
            .strip_prefix(j)
            .is_some_and(|rest| rest.starts_with('-'))
}

/// A sentence as a reason quotes it: at most 60 characters.
pub(crate) fn quote(s: &str) -> String {
    let t: String = s.chars().take(60).collect();
    if t.chars().count() < s.chars().count() {
        format!("“{t}…”")
    } else {
        format!("“{t}”")
    }
}

/// The place outside the mainland a code or currency names: (code, name).
fn outside_mainland(code_or_currency: &str) -> Option<(&'static str, &'static str)> {
    let c = norm_code(code_or_currency);
    let c = if c == "NTD" { "TWD".to_string() } else { c };
    OUTSIDE_MAINLAND
        .iter()
        .find(|(code, currency, _)| within(&c, code) || c == *currency)
        .map(|(code, _, name)| (*code, *name))
}

/// A place abroad the bundled rulesets do not cover (Thailand, Japan …; `foreign_places.tsv`),
/// by its code or its currency: (code, name).
fn abroad(code_or_currency: &str) -> Option<(&'static str, &'static str)> {
    let c = norm_code(code_or_currency);
    super::foreign_places::place_of_code(&c)
        .or_else(|| super::foreign_places::place_of_currency(&c))
        .map(|p| (p.code.as_str(), p.name.as_str()))
}

/// An amount written in Hong Kong, Taiwan or Macau money (`新臺幣伍拾萬元`): the place's code
/// and the sentence.
fn money_words_outside_mainland(t: &Terms) -> Option<(&'static str, &Evidence)> {
    let amounts = [&t.principal, &t.disbursed, &t.payment, &t.total_of_payments];
    amounts.into_iter().flatten().find_map(|a| {
        let text = &a.evidence.text;
        OUTSIDE_MAINLAND_MONEY
            .iter()
            .find(|(words, _)| words.iter().any(|w| text.contains(w)))
            .map(|(_, code)| (*code, &a.evidence))
    })
}

/// Canada's provinces and territories and their postal codes.
const PROVINCES: [(&str, &str); 14] = [
    ("Ontario", "ON"),
    ("Quebec", "QC"),
    ("Québec", "QC"),
    ("British Columbia", "BC"),
    ("Alberta", "AB"),
    ("Manitoba", "MB"),
    ("Saskatchewan", "SK"),
    ("Nova Scotia", "NS"),
    ("New Brunswick", "NB"),
    ("Newfoundland and Labrador", "NL"),
    ("Prince Edward Island", "PE"),
    ("Northwest Territories", "NT"),
    ("Yukon", "YT"),
    ("Nunavut", "NU"),
];

/// A Canadian province named with the words of a governing-law clause or an address
/// ("laws of the Province of Ontario", "Toronto, Ontario, Canada"): `CA-ON` and `CA`.
fn canadian_province(t: &Terms) -> Option<Resolved> {
    crate::lender::terms_sentences(t).into_iter().find_map(|e| {
        let text = &e.text;
        let canadian = text.contains("Province")
            || text.contains("Canada")
            || text.contains("laws of")
            || text.contains("CAD");
        let (name, code) = PROVINCES.iter().find(|(name, _)| {
            canadian
                && text.match_indices(name).any(|(i, _)| {
                    let after = text[i + name.len()..].chars().next();
                    !after.is_some_and(char::is_alphanumeric)
                })
        })?;
        Some(Resolved {
            codes: vec![format!("CA-{code}"), "CA".into()],
            reason: format!("jurisdiction CA-{code} ({name}) from {}", quote(text)),
            evidence: vec![e.clone()],
            not_covered: None,
        })
    })
}

/// Resolve the jurisdiction of `terms`; `flag` is `--jurisdiction` (comma-separated codes).
pub fn resolve(terms: &Terms, flag: Option<&str>) -> Resolved {
    let mut r = match flag {
        Some(j) => from_flag(terms, j),
        None => from_contract(terms),
    };
    let outside: Vec<(&str, &str)> = r.codes.iter().filter_map(|c| outside_mainland(c)).collect();
    if let Some((code, name)) = outside.first() {
        // Mainland China's rules do not reach Hong Kong, Taiwan or Macau, even when the
        // contract is in Chinese or also names mainland law.
        if flag.is_none() {
            r.codes.retain(|c| !within(c, "CN"));
        }
        r.not_covered = Some(format!(
            "the contract belongs to {name} ({code}; {}): the bundled rulesets cover mainland China, not Hong Kong, Taiwan or Macau, so no mainland ruleset was applied; check it against {name}'s own law",
            r.reason
        ));
    } else if let Some((code, name)) = r.codes.first().and_then(|c| abroad(c)) {
        // A contract abroad in a Chinese text (a translation, a lender abroad): its own law,
        // not the mainland's, whatever the language says.
        if flag.is_none() {
            r.codes.retain(|c| !within(c, "CN"));
        }
        r.not_covered = Some(format!(
            "the contract belongs to {name} ({code}; {}): no bundled ruleset covers it, so no lending rules were applied and no verdict is given; check it against {name}'s own law",
            r.reason
        ));
    }
    r
}

fn from_flag(terms: &Terms, j: &str) -> Resolved {
    let mut codes: Vec<String> = j
        .split(',')
        .map(norm_code)
        .filter(|c| !c.is_empty())
        .collect();
    // `--jurisdiction US` with a New York governing-law clause: keep the state.
    let mut refined = Vec::new();
    let mut evidence = Vec::new();
    for h in &terms.jurisdiction_hints {
        let c = norm_code(&h.code);
        if !codes.contains(&c) && codes.iter().any(|j| within(&c, j)) {
            refined.push(format!("{c} from {}", quote(&h.evidence.text)));
            evidence.push(h.evidence.clone());
            codes.push(c);
        }
    }
    let reason = if refined.is_empty() {
        format!("--jurisdiction {j}")
    } else {
        format!("--jurisdiction {j}, {}", refined.join(", "))
    };
    Resolved {
        codes,
        reason,
        evidence,
        not_covered: None,
    }
}

fn from_contract(t: &Terms) -> Resolved {
    let currency = kinds::util_currency(t);
    let currency_evidence = || {
        t.principal
            .as_ref()
            .or(t.disbursed.as_ref())
            .map(|a| a.evidence.clone())
            .into_iter()
            .collect::<Vec<_>>()
    };
    let hinted_outside = t
        .jurisdiction_hints
        .iter()
        .any(|h| outside_mainland(&h.code).is_some() || abroad(&h.code).is_some());
    // A Hong Kong, Taiwan or Macau currency outweighs a mainland hint (and the language).
    if !hinted_outside {
        if let Some((code, _)) = outside_mainland(currency) {
            return Resolved {
                codes: vec![code.into()],
                reason: format!("jurisdiction {code} from the contract currency {currency}"),
                evidence: currency_evidence(),
                not_covered: None,
            };
        }
        // So does the money of a place abroad (泰铢, 韩元): a Chinese translation of a contract
        // from there.
        if let Some((code, _)) = abroad(currency) {
            return Resolved {
                codes: vec![code.into()],
                reason: format!("jurisdiction {code} from the contract currency {currency}"),
                evidence: currency_evidence(),
                not_covered: None,
            };
        }
        if let Some((code, e)) = money_words_outside_mainland(t) {
            return Resolved {
                codes: vec![code.into()],
                reason: format!(
                    "jurisdiction {code} from the currency words {}",
                    quote(&e.text)
                ),
                evidence: vec![e.clone()],
                not_covered: None,
            };
        }
    }
    if !t.jurisdiction_hints.is_empty() {
        let mut codes = Vec::new();
        let mut words = Vec::new();
        let mut evidence = Vec::new();
        for h in &t.jurisdiction_hints {
            let c = norm_code(&h.code);
            if !codes.contains(&c) {
                codes.push(c);
                words.push(quote(&h.evidence.text));
                evidence.push(h.evidence.clone());
            }
        }
        let reason = format!(
            "jurisdiction {} from the contract's words {}",
            codes.join(", "),
            words.join(", ")
        );
        return Resolved {
            codes,
            reason,
            evidence,
            not_covered: None,
        };
    }
    if let Some(r) = canadian_province(t) {
        return r;
    }
    let by_currency = match currency {
        "CNY" | "RMB" => Some("CN"),
        "CAD" => Some("CA"),
        "USD" => Some("US"),
        "GBP" => Some("GB"),
        "EUR" => Some("EU"),
        _ => None,
    };
    if let Some(c) = by_currency {
        return Resolved {
            codes: vec![c.into()],
            reason: format!("jurisdiction {c} from the contract currency {currency}"),
            evidence: currency_evidence(),
            not_covered: None,
        };
    }
    if let Some(l) = &t.lender {
        if matches!(
            l.lender_type,
            LenderType::ConsumerFinance | LenderType::Microloan | LenderType::P2pPlatform
        ) {
            return Resolved {
                codes: vec!["CN".into()],
                reason: format!(
                    "jurisdiction CN from the lender type words {}",
                    quote(&l.evidence.text)
                ),
                evidence: vec![l.evidence.clone()],
                not_covered: None,
            };
        }
    }
    if kinds::terms_have_cjk(t) {
        return Resolved {
            codes: vec!["CN".into()],
            reason: "jurisdiction CN from the contract language (Chinese)".into(),
            evidence: Vec::new(),
            not_covered: None,
        };
    }
    Resolved {
        codes: Vec::new(),
        reason: "no jurisdiction found in the contract".into(),
        evidence: Vec::new(),
        not_covered: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::{ev, money};
    use crate::model::{Amount, JurisdictionHint, Party};

    fn hint(code: &str, text: &str) -> JurisdictionHint {
        JurisdictionHint {
            code: code.into(),
            evidence: ev(text),
        }
    }

    #[test]
    fn hints_then_currency_then_lender_then_language() {
        let mut t = Terms {
            principal: Some(money("10000", "CNY")),
            ..Terms::default()
        };
        let r = resolve(&t, None);
        assert_eq!(r.codes, ["CN"]);
        assert!(r.reason.contains("currency CNY"), "{}", r.reason);
        assert!(r.not_covered.is_none());
        t.jurisdiction_hints
            .push(hint("US-NY", "laws of the State of New York"));
        t.jurisdiction_hints
            .push(hint("US", "laws of the State of New York"));
        let r = resolve(&t, None);
        assert_eq!(r.codes, ["US-NY", "US"]);
        assert_eq!(r.code(), Some("US-NY"));
        assert_eq!(r.evidence.len(), 2);
        t.jurisdiction_hints.clear();
        t.principal = Some(money("10000", ""));
        t.lender = Some(Party {
            name: None,
            lender_type: LenderType::ConsumerFinance,
            evidence: ev("贷款人：某某消费金融有限公司"),
        });
        let r = resolve(&t, None);
        assert_eq!(r.codes, ["CN"]);
        assert!(r.reason.contains("lender type"), "{}", r.reason);
        t.lender = None;
        assert!(resolve(&t, None).codes.is_empty());
    }

    #[test]
    fn a_flag_keeps_the_state_the_contract_names() {
        let mut t = Terms::default();
        t.jurisdiction_hints
            .push(hint("US-NY", "laws of the State of New York"));
        let r = resolve(&t, Some("us"));
        assert_eq!(r.codes, ["US", "US-NY"]);
        assert!(r.reason.starts_with("--jurisdiction us, US-NY from"));
        assert_eq!(resolve(&t, Some("UK")).codes, ["GB"]);
    }

    #[test]
    fn hong_kong_taiwan_and_macau_are_not_mainland() {
        // A Taiwan NT$ contract in Chinese: the language alone would say CN.
        let t = Terms {
            principal: Some(money("50000", "TWD")),
            ..Terms::default()
        };
        let r = resolve(&t, None);
        assert_eq!(r.codes, ["TW"]);
        let notice = r.not_covered.unwrap_or_default();
        assert!(notice.contains("Taiwan"), "{notice}");
        assert!(notice.contains("no mainland ruleset"), "{notice}");
        // A Hong Kong court named beside mainland law: still not mainland.
        let mut t = Terms {
            principal: Some(money("50000", "CNY")),
            ..Terms::default()
        };
        t.jurisdiction_hints
            .push(hint("CN", "适用中华人民共和国法律"));
        t.jurisdiction_hints.push(hint("HK", "由香港法院管辖"));
        let r = resolve(&t, None);
        assert_eq!(r.codes, ["HK"]);
        assert!(r.not_covered.is_some());
        // Taiwan money in the words, though the amount was read as yuan.
        let t = Terms {
            principal: Some(Amount {
                evidence: ev("借款金額：新臺幣伍拾萬元整"),
                ..money("500000", "CNY")
            }),
            ..Terms::default()
        };
        let r = resolve(&t, None);
        assert_eq!(r.codes, ["TW"]);
        assert!(r.reason.contains("新臺幣"), "{}", r.reason);
        assert_eq!(r.evidence.len(), 1);
        // Macau by currency, and by flag.
        let t = Terms {
            principal: Some(money("1000", "MOP")),
            ..Terms::default()
        };
        assert_eq!(resolve(&t, None).codes, ["MO"]);
        let r = resolve(&Terms::default(), Some("MO"));
        assert_eq!(r.codes, ["MO"]);
        assert!(r.not_covered.is_some());
        // A mainland contract is covered.
        let t = Terms {
            principal: Some(money("1000", "CNY")),
            ..Terms::default()
        };
        assert!(resolve(&t, None).not_covered.is_none());
    }
}
