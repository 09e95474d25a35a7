//! A lender named by another role than "lender": "between Harold Fong, owner of the building
//! (the landlord), and Maribel Soto (the tenant) ... the landlord agrees to treat [the rent] as a
//! loan to the tenant". The parties are defined by their roles; the role the text shows lending
//! (it lends, is repaid, is owed, or treats a debt as a loan) is the lender's. What the lender
//! is comes from what the contract says of that role ("the landlord is a private individual").

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{LenderType, Party, Terms};
use crate::pattern;

/// "between NAME, [a short description] (the ROLE)" or "and NAME ... (the "ROLE")" (on `flat`).
static ROLE_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?:(?-u:\b)between|,? and)\s+([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3})(?:,[^()"“;]{0,120}?)?\s*\(\s*(?i:the\s+|hereinafter\s+(?:the\s+)?)?["“]?([A-Za-z]{3,20})["”]?\s*\)"#)
        .expect("static regex")
});

/// Roles that are the borrower's side or no party at all.
const NOT_LENDER_ROLES: [&str; 8] = [
    "borrower",
    "borrowers",
    "debtor",
    "tenant",
    "buyer",
    "maker",
    "agreement",
    "note",
];

/// What shows a role lends, `{r}` standing for the role (on `flat`, case-insensitive).
const LENDING_BY_ROLE: [&str; 5] = [
    r"the {r} (?:hereby |agrees to |will |shall )?(?:lends?|lent|loans|advances|has advanced)(?-u:\b)",
    r"the {r} (?:hereby )?agrees to treat [^.;]{1,80}? as a loan",
    r"(?-u:\b)(?:borrows?|borrowed|borrowing) [^.;]{0,60}?from the {r}(?-u:\b)",
    r"(?-u:\b)(?:owes?|owed|repay|repays|will pay|shall pay|agrees to pay) (?:to )?the {r}(?-u:\b)",
    r"(?-u:\b)(?:a )?loan from the {r}(?-u:\b)",
];

/// The contract describing the role as a natural person: "the landlord is a private individual".
const ROLE_IS_INDIVIDUAL: &str = r"the {r},? (?:is|acts as) (?:a private individual|an individual|a natural person|a private person)";

/// When no lender was named as such, the lender named by a role the text shows lending.
pub(crate) fn lender_by_role(cx: &Ctx, terms: &mut Terms) {
    if terms.lender.is_some() {
        return;
    }
    for c in ROLE_DEFINED.captures_iter(&cx.flat) {
        let (Some(name), Some(role)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let role_lower = role.as_str().to_lowercase();
        if NOT_LENDER_ROLES.contains(&role_lower.as_str()) {
            continue;
        }
        let role_pattern = regex::escape(&role_lower);
        let lends = LENDING_BY_ROLE.iter().any(|p| {
            pattern::regex(&format!("(?i){}", p.replace("{r}", &role_pattern)))
                .is_ok_and(|re| re.is_match(&cx.flat))
        });
        if !lends {
            continue;
        }
        let said_individual = pattern::regex(&format!(
            "(?i){}",
            ROLE_IS_INDIVIDUAL.replace("{r}", &role_pattern)
        ))
        .is_ok_and(|re| re.is_match(&cx.flat));
        let lender_type = if said_individual {
            LenderType::Individual
        } else {
            super::lender_party::lender_type_of(cx, name.as_str(), false)
        };
        terms.lender = Some(Party {
            name: Some(name.as_str().to_string()),
            lender_type,
            evidence: cx.evidence(c.get(0).map_or(0, |m| m.start()), role.end()),
        });
        return;
    }
}
