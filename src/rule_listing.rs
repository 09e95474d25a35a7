//! `rules`: which rules are loaded, all of them or one by id.

use crate::check::us_states::StateLimits;
use crate::check::{Checker, RuleInfo};

/// Some of the loaded rules, and how many rulesets are loaded.
#[derive(Debug, Clone)]
pub struct RuleListing {
    pub rules: Vec<RuleInfo>,
    pub rulesets: usize,
    /// The US state table rows for the jurisdiction asked about (`rules list --jurisdiction`).
    pub states: Vec<StateLimits>,
}

/// Every loaded rule.
pub fn all(checker: &Checker) -> RuleListing {
    RuleListing {
        rules: checker.rules(),
        rulesets: checker.rulesets().len(),
        states: Vec::new(),
    }
}

/// The rules that can apply to a contract in `code` (`US-NY`: the federal rules and New
/// York's; `US`: every state's too). `None` when the code names no covered place.
pub fn for_jurisdiction(checker: &Checker, code: &str) -> Option<RuleListing> {
    let rules: Vec<RuleInfo> = checker
        .rules()
        .into_iter()
        .filter(|r| r.applies_in(code))
        .collect();
    let code = code.trim().to_uppercase();
    let states: Vec<StateLimits> = checker
        .rulesets()
        .iter()
        .flat_map(|rs| rs.states.iter())
        .filter(|s| s.region() == code)
        .cloned()
        .collect();
    (!rules.is_empty()).then(|| RuleListing {
        rules,
        rulesets: checker.rulesets().len(),
        states,
    })
}

/// The rule with id `id`, or every rule of the ruleset with id `id`; `None` when neither exists.
pub fn by_id(checker: &Checker, id: &str) -> Option<RuleListing> {
    let rules: Vec<RuleInfo> = match checker.rule(id) {
        Some(r) => vec![r],
        None => checker
            .rules()
            .into_iter()
            .filter(|r| r.ruleset_id == id)
            .collect(),
    };
    (!rules.is_empty()).then(|| RuleListing {
        rules,
        rulesets: checker.rulesets().len(),
        states: Vec::new(),
    })
}

/// `rules list` (every rule, or those that can apply in `jurisdiction`) or, with `id`, `rules
/// show`; the error says what was not found, ready to show.
pub fn select(
    checker: &Checker,
    jurisdiction: Option<&str>,
    id: Option<&str>,
) -> Result<RuleListing, String> {
    match (id, jurisdiction) {
        (Some(id), _) => by_id(checker, id).ok_or_else(|| {
            format!("no rule or ruleset with id `{id}` (see `loanlint rules list`)")
        }),
        (None, Some(code)) => for_jurisdiction(checker, code)
            .ok_or_else(|| format!("no rule applies in `{code}` (see `loanlint rules list`)")),
        (None, None) => Ok(all(checker)),
    }
}
