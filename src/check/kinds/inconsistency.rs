#![doc = include_str!("docs/inconsistency.md")]

use serde::Deserialize;

use super::util::push_evidence;
use super::{Context, Hit, Kind};
use crate::model::InconsistencyKind;

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/inconsistency.md");

/// Parameters of `inconsistency`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Inconsistency kinds that trigger the rule (an unknown kind is a load error).
    pub kinds: Vec<InconsistencyKind>,
}

impl Kind for Params {
    const NAME: &'static str = "inconsistency";
    const DOCS: &'static str = DOCS;
    type Figures = ();

    fn validate(&self) -> Result<(), String> {
        if self.kinds.is_empty() {
            Err("inconsistency needs at least one entry in `kinds`".into())
        } else {
            Ok(())
        }
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<()>> {
        evaluate(self, cx)
    }
}

fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit<()>> {
    let mut evidence = Vec::new();
    let mut messages = Vec::new();
    for i in cx
        .input
        .terms
        .inconsistencies
        .iter()
        .filter(|i| p.kinds.iter().any(|k| k.as_str() == i.kind))
    {
        push_evidence(&mut evidence, &i.evidence);
        messages.push(i.message.clone());
    }
    if evidence.is_empty() {
        return None;
    }
    let m = messages.join("; ");
    // The extractor's notes are English; a Chinese report says them through the patterns.
    let zh = crate::i18n::from_english(crate::model::Language::Zh, &m);
    Some(Hit::says(&m, zh).quoting(evidence))
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
