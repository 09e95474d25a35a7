#![doc = include_str!("docs/clause-present.md")]

use serde::{Deserialize, Serialize};

use super::util::push_evidence;
use super::{Context, Hit, Kind};
use crate::model::{ClauseKind, FeeKind};

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/clause-present.md");

/// Parameters of `clause-present`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Clause kinds that trigger the rule.
    #[serde(default)]
    pub clauses: Vec<ClauseKind>,
    /// Fee kinds that trigger the rule (a fee of that kind is in the contract).
    #[serde(default)]
    pub fee_kinds: Vec<FeeKind>,
}

/// The figures of a `clause-present` finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The clause kinds and fee names found, comma-separated.
    pub matched: String,
}

impl Kind for Params {
    const NAME: &'static str = "clause-present";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn validate(&self) -> Result<(), String> {
        if self.clauses.is_empty() && self.fee_kinds.is_empty() {
            Err("clause-present needs `clauses` or `fee_kinds`".into())
        } else {
            Ok(())
        }
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        evaluate(self, cx)
    }
}

fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let mut evidence = Vec::new();
    let mut found: Vec<String> = Vec::new();
    let mut clause_spans: Vec<(usize, usize)> = Vec::new();
    for c in t.clauses.iter().filter(|c| p.clauses.contains(&c.kind)) {
        push_evidence(&mut evidence, &c.evidence);
        clause_spans.push((c.evidence.start, c.evidence.end));
        let name = serde_json::to_value(c.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        if !found.contains(&name) {
            found.push(name);
        }
    }
    for f in t.fees.iter().filter(|f| p.fee_kinds.contains(&f.kind)) {
        push_evidence(&mut evidence, &f.evidence);
        // A fee read from the very sentence of a matched clause is that clause, named once.
        let (start, end) = (f.evidence.start, f.evidence.end);
        let same_sentence = clause_spans.iter().any(|&(s, e)| start < e && s < end);
        if !same_sentence && !found.contains(&f.name) {
            found.push(f.name.clone());
        }
    }
    if evidence.is_empty() {
        return None;
    }
    let matched = found.join(", ");
    Some(
        Hit::says(
            format!("the contract contains: {matched}"),
            format!("合同含有：{matched}"),
        )
        .quoting(evidence)
        .with_figures(Figures { matched }),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{Clause, ClauseKind, FeeKind, FeeTiming};

    #[test]
    fn quotes_every_matching_clause_once() {
        let k = kind(
            "clause-present",
            r#"clauses = ["contact-list-access", "data-sharing"]"#,
        );
        let mut fx = Fx::new();
        fx.terms.clauses.push(Clause {
            kind: ClauseKind::Acceleration,
            evidence: ev("加速到期"),
        });
        assert!(fx.eval(&k).is_none());
        fx.terms.clauses.push(Clause {
            kind: ClauseKind::ContactListAccess,
            evidence: ev("授权读取通讯录"),
        });
        fx.terms.clauses.push(Clause {
            kind: ClauseKind::DataSharing,
            evidence: ev("共享给合作方"),
        });
        fx.terms.clauses.push(Clause {
            kind: ClauseKind::DataSharing,
            evidence: ev("共享给合作方"),
        });
        let hit = fx.eval(&k).expect("fires");
        assert_eq!(hit.evidence.len(), 2);
        assert_eq!(hit.figures["matched"], "contact-list-access, data-sharing");
    }

    #[test]
    fn fee_kinds_trigger_too() {
        let k = kind("clause-present", r#"fee_kinds = ["prepayment"]"#);
        let mut fx = Fx::new();
        assert!(fx.eval(&k).is_none());
        fx.terms.fees.push(fee(
            FeeKind::Prepayment,
            "100",
            FeeTiming::Other,
            "提前还款手续费100元",
        ));
        assert!(fx.eval(&k).is_some());
    }

    #[test]
    fn a_fee_read_from_a_matched_clause_sentence_is_named_once() {
        let k = kind(
            "clause-present",
            r#"clauses = ["prepayment-penalty"]
fee_kinds = ["prepayment"]"#,
        );
        let mut fx = Fx::new();
        let sentence = "借款人提前还款的，应支付借款金额3%的违约金";
        fx.terms.clauses.push(Clause {
            kind: ClauseKind::PrepaymentPenalty,
            evidence: ev(sentence),
        });
        fx.terms
            .fees
            .push(fee(FeeKind::Prepayment, "3", FeeTiming::Other, sentence));
        let hit = fx.eval(&k).expect("fires");
        assert_eq!(hit.figures["matched"], "prepayment-penalty");
        // A fee from another sentence is still named.
        let mut other = fee(FeeKind::Prepayment, "100", FeeTiming::Other, "x");
        other.name = "提前结清手续费".into();
        other.evidence.start = 1000;
        other.evidence.end = 1010;
        fx.terms.fees.push(other);
        let hit = fx.eval(&k).expect("fires");
        assert_eq!(hit.figures["matched"], "prepayment-penalty, 提前结清手续费");
    }
}

