//! What a kind returns when a rule fires: the detail in both languages, the quoted evidence and
//! the kind's typed figures; and [`Fig`], a figure as findings print it.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

use crate::model::Evidence;

/// Figures as a finding carries them (`Finding.figures`): name -> decimal string.
pub type FigureMap = BTreeMap<String, String>;

/// One thing a kind found. The checker adds the rule's severity, citation and summary.
///
/// A kind returns `Hit<its Figures>`; the registry turns the typed figures into the string map
/// of the public JSON ([`Hit::into_map`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hit<F = FigureMap> {
    /// What was found, with the figures, in English (no leading summary).
    pub detail_en: String,
    /// The same in Chinese.
    pub detail_zh: String,
    /// The contract sentences behind the finding.
    pub evidence: Vec<Evidence>,
    /// Figures (limit, actual, index value...).
    pub figures: F,
    /// A caveat the kind adds (an assumption it had to make), shown with the rule's own note.
    pub note: Option<String>,
    /// The finding holds only under an assumption the contract does not settle (how long a
    /// payment is late): at most a warning, whatever the rule's severity.
    pub rests_on_assumption: bool,
}

impl<F: Default> Hit<F> {
    /// A hit saying `en` / `zh`, each closed with its full stop.
    pub fn says(en: impl fmt::Display, zh: impl fmt::Display) -> Hit<F> {
        Hit {
            detail_en: format!("{en}."),
            detail_zh: format!("{zh}。"),
            evidence: Vec::new(),
            figures: F::default(),
            note: None,
            rests_on_assumption: false,
        }
    }
}

impl<F> Hit<F> {
    /// The contract sentences the finding quotes.
    pub fn quoting(mut self, evidence: Vec<Evidence>) -> Hit<F> {
        self.evidence = evidence;
        self
    }

    /// The figures behind the finding.
    pub fn with_figures(mut self, figures: F) -> Hit<F> {
        self.figures = figures;
        self
    }

    /// A caveat the kind adds.
    pub fn with_note(mut self, note: Option<String>) -> Hit<F> {
        self.note = note;
        self
    }

    /// Whether the finding holds only under an assumption the contract does not settle.
    pub fn resting_on_assumption(mut self, rests: bool) -> Hit<F> {
        self.rests_on_assumption = rests;
        self
    }

    /// One more caveat, after those already noted.
    pub fn and_note(mut self, more: Option<String>) -> Hit<F> {
        self.note = match (self.note, more) {
            (Some(note), Some(more)) => Some(format!("{note} {more}")),
            (note, more) => note.or(more),
        };
        self
    }
}

impl<F: Serialize> Hit<F> {
    /// The hit with its figures as the finding's string map.
    pub fn into_map(self) -> Hit {
        Hit {
            figures: figure_map(&self.figures),
            detail_en: self.detail_en,
            detail_zh: self.detail_zh,
            evidence: self.evidence,
            note: self.note,
            rests_on_assumption: self.rests_on_assumption,
        }
    }
}

/// Typed figures as `Finding.figures`: every field that is set, as a string (absent fields,
/// `None`, are left out; a kind without figures uses `()`).
pub fn figure_map<F: Serialize>(figures: &F) -> FigureMap {
    match serde_json::to_value(figures) {
        Ok(serde_json::Value::Object(fields)) => fields
            .into_iter()
            .filter_map(|(name, value)| match value {
                serde_json::Value::Null => None,
                serde_json::Value::String(s) => Some((name, s)),
                other => Some((name, other.to_string())),
            })
            .collect(),
        _ => FigureMap::new(),
    }
}

/// A figure as findings print it: up to 6 dp, half away from zero, trailing zeros dropped
/// (`12.3456789` -> `"12.345679"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Fig(pub Decimal);

impl fmt::Display for Fig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self
            .0
            .round_dp_with_strategy(6, RoundingStrategy::MidpointAwayFromZero)
            .normalize();
        fmt::Display::fmt(&d, f)
    }
}

impl From<Decimal> for Fig {
    fn from(d: Decimal) -> Fig {
        Fig(d)
    }
}

impl Serialize for Fig {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::dec;

    #[derive(Default, Serialize)]
    struct Sample {
        limit_percent: Fig,
        index_date: Option<chrono::NaiveDate>,
        source: &'static str,
        times: Option<u32>,
    }

    #[test]
    fn typed_figures_become_the_string_map() {
        let hit: Hit<Sample> = Hit::says("above", "超过").with_figures(Sample {
            limit_percent: Fig(dec("12.30000049")),
            index_date: chrono::NaiveDate::from_ymd_opt(2025, 5, 20),
            source: "computed",
            times: Some(12),
        });
        let hit = hit.into_map();
        assert_eq!(hit.detail_en, "above.");
        assert_eq!(hit.detail_zh, "超过。");
        assert_eq!(hit.figures["limit_percent"], "12.3");
        assert_eq!(hit.figures["index_date"], "2025-05-20");
        assert_eq!(hit.figures["source"], "computed");
        assert_eq!(hit.figures["times"], "12");
        let empty = Hit::<Sample>::default().into_map();
        assert!(
            !empty.figures.contains_key("index_date"),
            "None is left out"
        );
        assert!(figure_map(&()).is_empty());
    }

    #[test]
    fn notes_add_up_in_order() {
        let note = |a: Option<&str>, b: Option<&str>| {
            Hit::<()>::says("x", "x")
                .with_note(a.map(String::from))
                .and_note(b.map(String::from))
                .note
        };
        assert_eq!(
            note(Some("Cap."), Some("Days.")).as_deref(),
            Some("Cap. Days.")
        );
        assert_eq!(note(None, Some("Days.")).as_deref(), Some("Days."));
        assert_eq!(note(Some("Cap."), None).as_deref(), Some("Cap."));
        assert_eq!(note(None, None), None);
    }
}
