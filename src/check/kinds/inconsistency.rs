#![doc = include_str!("docs/inconsistency.md")]

use serde::Deserialize;

use super::util::push_evidence;
use super::{Context, Hit};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/inconsistency.md");

/// Parameters of `inconsistency`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Inconsistency ids that trigger the rule.
    pub kinds: Vec<String>,
}

/// Evaluate `inconsistency`.
pub fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit> {
    let mut evidence = Vec::new();
    let mut messages = Vec::new();
    for i in cx
        .input
        .terms
        .inconsistencies
        .iter()
        .filter(|i| p.kinds.contains(&i.kind))
    {
        push_evidence(&mut evidence, &i.evidence);
        messages.push(i.message.clone());
    }
    if evidence.is_empty() {
        return None;
    }
    let m = messages.join("; ");
    Some(Hit {
        detail_en: format!("{m}."),
        detail_zh: format!("{m}。"),
        evidence,
        figures: Default::default(),
        note: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::Inconsistency;

    #[test]
    fn matches_listed_kinds_only() {
        let k = kind(
            "inconsistency",
            r#"kinds = ["amount-words-figures-mismatch"]"#,
        );
        let mut fx = Fx::new();
        fx.terms.inconsistencies.push(Inconsistency {
            kind: "other".into(),
            message: "x".into(),
            evidence: ev("x"),
        });
        assert!(fx.eval(&k).is_none());
        fx.terms.inconsistencies.push(Inconsistency {
            kind: "amount-words-figures-mismatch".into(),
            message: "壹万元 vs 100,000".into(),
            evidence: ev("壹万元整（¥100,000）"),
        });
        let hit = fx.eval(&k).expect("fires");
        assert!(hit.detail_en.contains("壹万元"));
    }
}
