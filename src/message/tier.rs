//! The verdict tier of a message, from its findings, with a one-line reason.
//!
//! The order of the tiers is data (`[tiers]` of the rule file): likely fraud beats unlawful
//! collection, which beats a demand above the lawful claim; with none of these the message is a
//! lawful reminder. A strong sign of fraud (a private or "safe" account, posing as a regulator,
//! a screen-sharing app) decides alone; weaker ones (an unofficial link, a sender other than the
//! lender) only together. A rule of the tiers (`[[tiers.subsumed]]`) may make some findings rank
//! with another tier when that tier has a deciding finding: an unlawful collection fee inside a
//! demand above the lawful claim is part of the excess, so the demand decides. Among the tiers of
//! a collector (`[tiers.by_severity]`), a tier decided by a violation outranks one that rests on
//! warnings alone: a field visit announced (lawful when it keeps the rules, so only a warning)
//! does not hide a demand above the lawful claim. Whether the message is genuine is asked first:
//! likely fraud keeps its place.

use serde::{Deserialize, Serialize};

use super::{Category, MessageFinding};
use crate::model::Severity;

/// The four tiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tier {
    LawfulReminder,
    DemandAboveLawfulClaim,
    UnlawfulCollection,
    LikelyFraud,
}

impl Tier {
    /// The kebab-case id (as in JSON and the corpus sidecar files).
    pub fn id(self) -> &'static str {
        match self {
            Tier::LawfulReminder => "lawful-reminder",
            Tier::DemandAboveLawfulClaim => "demand-above-lawful-claim",
            Tier::UnlawfulCollection => "unlawful-collection",
            Tier::LikelyFraud => "likely-fraud",
        }
    }

    /// Parse an id.
    pub fn from_id(id: &str) -> Option<Tier> {
        [
            Tier::LawfulReminder,
            Tier::DemandAboveLawfulClaim,
            Tier::UnlawfulCollection,
            Tier::LikelyFraud,
        ]
        .into_iter()
        .find(|t| t.id() == id.trim())
    }

    /// The tier's name for a reader.
    pub fn name(self, zh: bool) -> &'static str {
        match (self, zh) {
            (Tier::LawfulReminder, true) => "合法提醒",
            (Tier::DemandAboveLawfulClaim, true) => "要求金额超出依法应还",
            (Tier::UnlawfulCollection, true) => "违法催收",
            (Tier::LikelyFraud, true) => "疑似诈骗",
            (Tier::LawfulReminder, false) => "lawful reminder",
            (Tier::DemandAboveLawfulClaim, false) => "demand above the lawful claim",
            (Tier::UnlawfulCollection, false) => "unlawful collection",
            (Tier::LikelyFraud, false) => "likely fraud",
        }
    }
}

/// A rule of the tiers: findings of `rules` rank with the tier `by` whenever that tier has a
/// deciding finding (an unlawful fee inside a demand that is above the lawful claim is part of
/// the excess: the borrower's first fact is the sum above what they owe).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subsumed {
    pub rules: Vec<String>,
    pub by: Tier,
    /// Leads the subsumed findings in the tier's reason (`Part of the excess:`).
    pub lead_en: String,
    pub lead_zh: String,
}

/// A rule of the tiers: among `tiers`, the tier whose deciding findings are the most severe
/// decides (a violation outranks warnings alone); equal severities go by `order`. The findings of
/// the tier it outranks are named in its reason after `lead_*`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BySeverity {
    pub tiers: Vec<Tier>,
    pub lead_en: String,
    pub lead_zh: String,
}

/// The `[tiers]` table of the rule file: how findings of different kinds rank.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierRules {
    /// Worst first: the first tier with a deciding finding is the message's tier (every tier but
    /// `lawful-reminder`, once each).
    pub order: Vec<Tier>,
    #[serde(default)]
    pub subsumed: Vec<Subsumed>,
    #[serde(default)]
    pub by_severity: Option<BySeverity>,
}

impl Default for TierRules {
    /// Likely fraud, then unlawful collection, then a demand above the lawful claim.
    fn default() -> Self {
        TierRules {
            order: vec![
                Tier::LikelyFraud,
                Tier::UnlawfulCollection,
                Tier::DemandAboveLawfulClaim,
            ],
            subsumed: Vec::new(),
            by_severity: None,
        }
    }
}

impl TierRules {
    /// Every tier but `lawful-reminder` exactly once in `order`; every rule a subsumption names
    /// is one of `rule_ids`, and it ranks with a tier that can decide.
    pub fn validate(&self, rule_ids: &[&str]) -> Result<(), String> {
        for s in &self.subsumed {
            if s.by == Tier::LawfulReminder {
                return Err("tiers.subsumed: `by` cannot be lawful-reminder".into());
            }
            if let Some(r) = s.rules.iter().find(|r| !rule_ids.contains(&r.as_str())) {
                return Err(format!("tiers.subsumed: no rule {r}"));
            }
        }
        if self
            .by_severity
            .as_ref()
            .is_some_and(|b| b.tiers.contains(&Tier::LawfulReminder))
        {
            return Err("tiers.by_severity: lawful-reminder cannot decide".into());
        }
        let mut order: Vec<&str> = self.order.iter().map(|t| t.id()).collect();
        order.sort_unstable();
        let mut want: Vec<&str> = TierRules::default().order.iter().map(|t| t.id()).collect();
        want.sort_unstable();
        if order == want {
            Ok(())
        } else {
            Err(format!(
                "tiers.order must name each of {} once",
                want.join(", ")
            ))
        }
    }

    /// The findings that decide `tier` on their own account (before any subsumption).
    fn deciding(tier: Tier, findings: &[MessageFinding]) -> Vec<&MessageFinding> {
        let of = |cat: Category, min: Severity| {
            findings
                .iter()
                .filter(move |f| f.category == cat && f.severity >= min)
        };
        match tier {
            Tier::LikelyFraud => {
                if let Some(f) = of(Category::FraudSign, Severity::Violation).next() {
                    return vec![f];
                }
                let weak: Vec<&MessageFinding> =
                    of(Category::FraudSign, Severity::Warning).collect();
                if weak.len() >= 2 { weak } else { Vec::new() }
            }
            Tier::UnlawfulCollection => of(Category::UnlawfulCollection, Severity::Warning)
                .take(1)
                .collect(),
            Tier::DemandAboveLawfulClaim => of(Category::DemandAboveLawful, Severity::Warning)
                .take(1)
                .collect(),
            Tier::LawfulReminder => Vec::new(),
        }
    }

    /// The findings that do not rank with another tier (a rule of `subsumed` whose tier has a
    /// deciding finding).
    fn standing(&self, findings: &[MessageFinding]) -> Vec<MessageFinding> {
        findings
            .iter()
            .filter(|f| {
                !self.subsumed.iter().any(|s| {
                    s.rules.contains(&f.rule_id) && !TierRules::deciding(s.by, findings).is_empty()
                })
            })
            .cloned()
            .collect()
    }

    /// Each tier with a deciding finding among `standing`, in `order`.
    fn deciding_tiers<'f>(
        &self,
        standing: &'f [MessageFinding],
    ) -> Vec<(Tier, Vec<&'f MessageFinding>)> {
        self.order
            .iter()
            .map(|&t| (t, TierRules::deciding(t, standing)))
            .filter(|(_, why)| !why.is_empty())
            .collect()
    }

    /// The tier that `by_severity` let a more severe one outrank, if any: its findings still call
    /// for their own remedy (a complaint about unlawful collection beside an objection to the sum).
    pub fn outranked(&self, findings: &[MessageFinding]) -> Option<Tier> {
        let standing = self.standing(findings);
        let deciding = self.deciding_tiers(&standing);
        self.by_severity(&deciding).0.map(|(t, _)| *t)
    }

    /// Which of the tiers with a deciding finding (in `order`) decides: the first, unless
    /// `by_severity` lets a later tier decided by more severe findings outrank it; then also the
    /// tier it outranked.
    fn by_severity<'a, 'f>(
        &self,
        deciding: &'a [(Tier, Vec<&'f MessageFinding>)],
    ) -> (Option<&'a (Tier, Vec<&'f MessageFinding>)>, usize) {
        let Some(b) = &self.by_severity else {
            return (None, 0);
        };
        let worst = |why: &[&MessageFinding]| why.iter().map(|f| f.severity).max();
        let Some(first) = deciding.first().filter(|(t, _)| b.tiers.contains(t)) else {
            return (None, 0);
        };
        let mut best = (0, worst(&first.1));
        for (i, (t, why)) in deciding.iter().enumerate().skip(1) {
            if b.tiers.contains(t) && worst(why) > best.1 {
                best = (i, worst(why));
            }
        }
        if best.0 == 0 {
            (None, 0)
        } else {
            (Some(first), best.0)
        }
    }

    /// The tier of a message with its one-line reason (English, Chinese). `findings` are
    /// sorted worst first.
    pub fn classify(&self, findings: &[MessageFinding]) -> (Tier, String, String) {
        let standing = self.standing(findings);
        let deciding = self.deciding_tiers(&standing);
        let (outranked, winner) = self.by_severity(&deciding);
        if let Some((tier, why)) = deciding.get(winner) {
            let tier = *tier;
            let mut en: Vec<String> = why.iter().map(|f| f.message.clone()).collect();
            let mut zh: Vec<String> = why.iter().map(|f| f.message_zh.clone()).collect();
            if let (Some(b), Some((_, below))) = (&self.by_severity, outranked) {
                en.push(b.lead_en.clone());
                zh.push(b.lead_zh.clone());
                en.extend(below.iter().map(|f| f.message.clone()));
                zh.extend(below.iter().map(|f| f.message_zh.clone()));
            }
            for s in self.subsumed.iter().filter(|s| s.by == tier) {
                let parts: Vec<&MessageFinding> = findings
                    .iter()
                    .filter(|f| s.rules.contains(&f.rule_id))
                    .collect();
                if parts.is_empty() {
                    continue;
                }
                en.push(s.lead_en.clone());
                zh.push(s.lead_zh.clone());
                en.extend(parts.iter().map(|f| f.message.clone()));
                zh.extend(parts.iter().map(|f| f.message_zh.clone()));
            }
            return (tier, en.join(" "), zh.join(""));
        }
        (
            Tier::LawfulReminder,
            "No sign of fraud or unlawful collection, and no demand above the lawful claim.".into(),
            "未发现诈骗或违法催收迹象，也没有超出依法应还的要求。".into(),
        )
    }
}

/// The tier of a message with its one-line reason (English, Chinese), by the bundled rules of
/// the tiers. `findings` are sorted worst first.
pub fn classify(findings: &[MessageFinding]) -> (Tier, String, String) {
    match super::MessageRules::bundled() {
        Ok(rules) => rules.tiers.classify(findings),
        Err(_) => TierRules::default().classify(findings),
    }
}
