#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The US state table: every state and DC with every field cited and graded; each state answers
//! `rules list --jurisdiction US-XX`; each state's instalment caps fire above the cap and stay
//! quiet at it, for a $500 and a $2,000 loan.

use crate::rules_support;

use std::collections::BTreeSet;

use loanlint::check::Grade;
use loanlint::model::*;
use rules_support::*;

/// The 50 states and DC, by postal code (written out here, apart from the data).
const CODES: [&str; 51] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY",
];

fn table() -> Vec<loanlint::check::us_states::StateLimits> {
    let c = checker();
    c.rulesets()
        .iter()
        .flat_map(|rs| rs.states.iter().cloned())
        .collect()
}

#[test]
fn every_state_has_every_field_with_a_citation_and_a_grade() {
    let rows = table();
    let codes: Vec<&str> = rows.iter().map(|s| s.code.as_str()).collect();
    let unique: BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(codes.len(), unique.len(), "each state once");
    assert_eq!(unique, CODES.iter().copied().collect::<BTreeSet<_>>());
    let c = checker();
    let rule_ids: BTreeSet<String> = c.rules().into_iter().map(|r| r.rule_id).collect();
    for s in &rows {
        assert!(!s.name.is_empty());
        for (field, v) in s.fields() {
            assert!(
                !v.citation.trim().is_empty(),
                "{} {field}: no citation",
                s.code
            );
            let has_value =
                v.percent.is_some() || v.per_100.is_some() || v.allowed.is_some() || v.no_cap;
            if !has_value {
                assert_eq!(
                    v.grade,
                    Grade::U,
                    "{} {field}: an empty value is [U]",
                    s.code
                );
                assert!(v.citation.starts_with("not sourced"), "{} {field}", s.code);
            }
            if let Some(r) = &v.rule {
                assert!(rule_ids.contains(r), "{} {field}: rule {r}", s.code);
            }
        }
    }
    // A [U] value never makes a violation.
    for r in c.rules() {
        if r.ruleset_id == "us-state-limits" && r.grade == Grade::U {
            assert_eq!(r.severity, Severity::Warning, "{}", r.rule_id);
        }
    }
}

#[test]
fn every_state_answers_rules_list_with_its_row() {
    let c = checker();
    for code in CODES {
        let region = format!("US-{code}");
        let listing = loanlint::rule_listing::for_jurisdiction(&c, &region)
            .unwrap_or_else(|| panic!("{region} has no rules"));
        assert_eq!(listing.states.len(), 1, "{region}");
        assert_eq!(listing.states[0].code, code);
        // Federal rules apply in every state; no other state's rule is listed.
        assert!(
            listing
                .rules
                .iter()
                .any(|r| r.rule_id == "us-mla-mapr-above-36")
        );
        let prefix = format!("us-{}-", code.to_lowercase());
        for r in &listing.rules {
            let other_state = CODES
                .iter()
                .any(|o| *o != code && r.rule_id.starts_with(&format!("us-{}-", o.to_lowercase())));
            assert!(
                !other_state || r.rule_id.starts_with(&prefix),
                "{region}: {}",
                r.rule_id
            );
        }
    }
}

/// A licensed instalment loan of `principal` in `code` at `apr` (stated and computed alike).
fn loan(code: &str, principal: &str, apr: &str) -> (Terms, loanlint::compute::cost::LoanCost) {
    let mut t = us_loan();
    t.principal = Some(amount(principal, "USD", "Amount Financed"));
    t.rates.push(interest(apr, "Interest rate"));
    t.jurisdiction_hints.push(hint(
        &format!("US-{code}"),
        "governed by the laws of the state",
    ));
    (t, cost("us-regz", apr, apr, principal, "0", "0"))
}

#[test]
fn each_states_instalment_caps_fire_above_and_not_at_the_cap() {
    let mut tested = 0;
    for s in table() {
        for (field, principal) in [("installment-500", "500"), ("installment-2000", "2000")] {
            let v = s.fields().into_iter().find(|(f, _)| *f == field).unwrap().1;
            let rule_id = v
                .rule
                .clone()
                .unwrap_or_else(|| format!("us-{}-{field}", s.code.to_lowercase()));
            let Some(cap) = v.percent else {
                // Nothing sourced (or no cap): no state rule on the loan's rate.
                let (t, c) = loan(&s.code, principal, "99");
                let (f, _) = run(&t, Some(&c), "2025-06-01", None);
                let prefix = format!("us-{}-", s.code.to_lowercase());
                assert!(
                    f.iter().all(|x| !x.rule_id.starts_with(&prefix)
                        || x.rule_id.contains("civil")
                        || x.rule_id.contains("criminal")),
                    "{} {field}: {:?}",
                    s.code,
                    ids(&f)
                );
                continue;
            };
            let at = cap.to_string();
            let above = (cap + rust_decimal::Decimal::ONE).to_string();
            let (t, c) = loan(&s.code, principal, &at);
            let (f, _) = run(&t, Some(&c), "2025-06-01", None);
            assert!(
                !has(&f, &rule_id),
                "{} {field} at {at}: {:?}",
                s.code,
                ids(&f)
            );
            let (t, c) = loan(&s.code, principal, &above);
            let (f, _) = run(&t, Some(&c), "2025-06-01", None);
            let hit = get(&f, &rule_id);
            let want = if v.grade == Grade::U {
                Severity::Warning
            } else {
                Severity::Violation
            };
            assert_eq!(hit.severity, want, "{} {field}", s.code);
            tested += 1;
        }
    }
    assert!(tested >= 6, "{tested} caps tested");
}

#[test]
fn civil_usury_binds_private_lenders_not_licensed_ones() {
    // California's 10% (Const. art. XV [S]): a private lender above it is flagged, a licensed
    // lender (exempt) or an unknown one is not.
    let (mut t, c) = loan("CA", "5000", "12");
    t.lender = lender(LenderType::Individual, "Lender: John Smith, an individual");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert_eq!(get(&f, "us-ca-civil-usury").severity, Severity::Violation);
    t.lender = lender(LenderType::LicensedNonBank, "Lender: Quick Cash LLC");
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert!(!has(&f, "us-ca-civil-usury"));
    t.lender = None;
    let (f, _) = run(&t, Some(&c), "2025-06-01", None);
    assert!(!has(&f, "us-ca-civil-usury"));
}

#[test]
fn a_us_contract_without_a_state_says_so() {
    let t = us_loan();
    let (_, a) = run(&t, None, "2025-06-01", None);
    let r = &a.iter().find(|x| x.id == "us-federal").unwrap().reason;
    assert!(r.contains("no US state found"), "{r}");
    let (t, _) = loan("NY", "1000", "10");
    let (_, a) = run(&t, None, "2025-06-01", None);
    let r = &a.iter().find(|x| x.id == "us-federal").unwrap().reason;
    assert!(!r.contains("no US state found"), "{r}");
}
