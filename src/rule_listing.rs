//! `rules`: which rules are loaded, all of them or one by id.

use crate::check::{Checker, RuleInfo};

/// Some of the loaded rules, and how many rulesets are loaded.
#[derive(Debug, Clone)]
pub struct RuleListing {
    pub rules: Vec<RuleInfo>,
    pub rulesets: usize,
}

/// Every loaded rule.
pub fn all(checker: &Checker) -> RuleListing {
    RuleListing {
        rules: checker.rules(),
        rulesets: checker.rulesets().len(),
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
    (!rules.is_empty()).then(|| RuleListing {
        rules,
        rulesets: checker.rulesets().len(),
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
    })
}
