#![doc = include_str!("docs/compound-interest.md")]

use serde::{Deserialize, Serialize};

use super::util::{contract_rate, pct, push_evidence};
use super::{CapFigures, CapSpec, Context, Fig, Hit, Kind};
use crate::model::ClauseKind;

/// The user-facing docs of this kind.
pub const DOCS: &str = include_str!("docs/compound-interest.md");

/// Parameters of `compound-interest`.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// The rate above which interest may not be capitalised.
    #[serde(default)]
    pub cap: Option<CapSpec>,
}

/// The figures of a `compound-interest` finding (set when the rule has a cap and the contract
/// a rate).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Figures {
    /// The cap and how it was reached.
    #[serde(flatten)]
    pub cap: Option<CapFigures>,
    /// The agreed interest rate, percent a year.
    pub actual_percent: Option<Fig>,
}

impl Kind for Params {
    const NAME: &'static str = "compound-interest";
    const DOCS: &'static str = DOCS;
    type Figures = Figures;

    fn cap(&self) -> Option<&CapSpec> {
        self.cap.as_ref()
    }

    fn evaluate(&self, cx: &Context<'_>) -> Option<Hit<Figures>> {
        evaluate(self, cx)
    }
}

fn evaluate(p: &Params, cx: &Context<'_>) -> Option<Hit<Figures>> {
    let t = cx.input.terms;
    let mut evidence = Vec::new();
    for c in t
        .clauses
        .iter()
        .filter(|c| c.kind == ClauseKind::CompoundInterest)
    {
        push_evidence(&mut evidence, &c.evidence);
    }
    // A rate the contract itself labels as compound (复利 / compound interest).
    for r in &t.rates {
        let l = r.label.to_lowercase();
        if l.contains("复利") || l.contains("compound") {
            push_evidence(&mut evidence, &r.evidence);
        }
    }
    if evidence.is_empty() {
        return None;
    }
    let mut en =
        "the contract charges interest on interest (compounding / capitalisation)".to_string();
    let mut zh = "合同约定计收复利或将利息计入本金".to_string();
    let mut figures = Figures::default();
    let mut note = None;
    if let (Some(cap), Some((rate, a))) =
        (p.cap.as_ref().and_then(|c| c.resolve(cx)), contract_rate(t))
    {
        figures.cap = Some(cap.figures);
        figures.actual_percent = Some(Fig(a));
        note = cap.note;
        push_evidence(&mut evidence, &rate.evidence);
        if a > cap.limit {
            en = format!(
                "{en}; the agreed rate {}% is above {}% ({}), so no interest may be capitalised",
                pct(a),
                pct(cap.limit),
                cap.explain_en
            );
            zh = format!(
                "{zh}；约定利率{}%已超过{}%（{}），利息不得计入本金",
                pct(a),
                pct(cap.limit),
                cap.explain_zh
            );
        } else {
            en = format!(
                "{en}; capitalised interest is allowed only after a settlement, and the total may not exceed interest at {}% on the original principal",
                pct(cap.limit)
            );
            zh = format!(
                "{zh}；仅在结算后可计入本金，且总额不得超过以最初本金按{}%计算的利息",
                pct(cap.limit)
            );
        }
    }
    Some(
        Hit::says(en, zh)
            .quoting(evidence)
            .with_figures(figures)
            .with_note(note),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use crate::model::{Clause, ClauseKind, Per, RateKind};

    #[test]
    fn fires_on_the_clause_and_says_whether_the_rate_allows_capitalisation() {
        let k = kind("compound-interest", r#"cap = { cap_percent = "12" }"#);
        let mut fx = Fx::new();
        assert!(fx.eval(&k).is_none());
        fx.terms.clauses.push(Clause {
            kind: ClauseKind::CompoundInterest,
            evidence: ev("利息计入本金"),
        });
        fx.terms
            .rates
            .push(rate(RateKind::Interest, "10", Per::Year, "年利率10%"));
        let hit = fx.eval(&k).expect("fires");
        assert!(
            hit.detail_en.contains("only after a settlement"),
            "{}",
            hit.detail_en
        );
        fx.terms.rates[0] = rate(RateKind::Interest, "15", Per::Year, "年利率15%");
        let hit = fx.eval(&k).expect("fires");
        assert!(
            hit.detail_en.contains("no interest may be capitalised"),
            "{}",
            hit.detail_en
        );
    }

    #[test]
    fn a_rate_labelled_compound_counts() {
        let k = kind("compound-interest", "");
        let mut fx = Fx::new();
        let mut r = rate(
            RateKind::Overdue,
            "0.05",
            Per::Day,
            "对未付利息按日0.05%计收复利",
        );
        fx.terms.rates.push(r.clone());
        assert!(fx.eval(&k).is_none());
        r.label = "复利".into();
        fx.terms.rates.push(r);
        assert!(fx.eval(&k).is_some());
    }
}
