//! The kinds of contradiction a contract can contain. `Inconsistency::kind` stays a string
//! (the extractors build it); this enum is the list rulesets are checked against at load.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What two statements of a contract disagree about. Serialised kebab-case, as written in
/// `Inconsistency::kind` and in a ruleset's `inconsistency` rule (`kinds = [...]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InconsistencyKind {
    /// An amount in words (壹万元整, "one thousand dollars") differs from the same amount in
    /// figures.
    AmountWordsFiguresMismatch,
    /// Stated figures (还款总额 / total of payments, 利息合计, finance charge, the instalment,
    /// printed schedule rows) contradict the schedule computed from the contract's own terms.
    StatedFiguresMismatch,
    /// A stated total (还款总额, 本息合计, total of payments, 利息合计, finance charge) that the
    /// parts it sums contradict, when those parts reproduce every other stated figure.
    StatedTotalContradictsParts,
    /// Two statements of the same rate disagree (年利率 vs 月利率 / 日利率, a rate in words vs
    /// in figures).
    RatesMismatch,
    /// The stated term disagrees with the loan-period dates (借款期限12个月 but 自…至… spans 6).
    TermDatesMismatch,
}

impl InconsistencyKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [InconsistencyKind] = &[
        InconsistencyKind::AmountWordsFiguresMismatch,
        InconsistencyKind::StatedFiguresMismatch,
        InconsistencyKind::StatedTotalContradictsParts,
        InconsistencyKind::RatesMismatch,
        InconsistencyKind::TermDatesMismatch,
    ];

    /// The kebab-case id, as in `Inconsistency::kind`.
    pub const fn as_str(self) -> &'static str {
        match self {
            InconsistencyKind::AmountWordsFiguresMismatch => "amount-words-figures-mismatch",
            InconsistencyKind::StatedFiguresMismatch => "stated-figures-mismatch",
            InconsistencyKind::StatedTotalContradictsParts => "stated-total-contradicts-parts",
            InconsistencyKind::RatesMismatch => "rates-mismatch",
            InconsistencyKind::TermDatesMismatch => "term-dates-mismatch",
        }
    }
}

impl fmt::Display for InconsistencyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InconsistencyKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        InconsistencyKind::ALL
            .iter()
            .copied()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = InconsistencyKind::ALL.iter().map(|k| k.as_str()).collect();
                format!(
                    "unknown inconsistency kind `{s}` (expected one of: {})",
                    names.join(", ")
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::InconsistencyKind;

    #[test]
    fn as_str_from_str_and_serde_agree() {
        for k in InconsistencyKind::ALL {
            let json = serde_json::to_value(k).map(|v| v.as_str().map(str::to_string));
            assert_eq!(json.ok().flatten().as_deref(), Some(k.as_str()));
            assert_eq!(k.as_str().parse::<InconsistencyKind>(), Ok(*k));
        }
        let err = "words-mismatch".parse::<InconsistencyKind>();
        assert!(err.is_err_and(|e| e.contains("amount-words-figures-mismatch")));
    }
}
