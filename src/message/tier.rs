//! The verdict tier of a message, from its findings, with a one-line reason.
//!
//! Likely fraud beats unlawful collection, which beats a demand above the lawful claim; with
//! none of these the message is a lawful reminder. A strong sign of fraud (a private or "safe"
//! account, posing as a regulator, a screen-sharing app) decides alone; weaker ones (an
//! unofficial link, a sender other than the lender) only together.

use serde::Serialize;

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

/// The tier of a message with its one-line reason (English, Chinese). `findings` are sorted
/// worst first.
pub fn classify(findings: &[MessageFinding]) -> (Tier, String, String) {
    let of = |cat: Category, min: Severity| {
        findings
            .iter()
            .filter(move |f| f.category == cat && f.severity >= min)
    };
    let strong_fraud = of(Category::FraudSign, Severity::Violation).next();
    let weak_fraud: Vec<&MessageFinding> = of(Category::FraudSign, Severity::Warning).collect();
    let pick = if let Some(f) = strong_fraud {
        Some((Tier::LikelyFraud, vec![f]))
    } else if weak_fraud.len() >= 2 {
        Some((Tier::LikelyFraud, weak_fraud))
    } else if let Some(f) = of(Category::UnlawfulCollection, Severity::Warning).next() {
        Some((Tier::UnlawfulCollection, vec![f]))
    } else {
        of(Category::DemandAboveLawful, Severity::Warning)
            .next()
            .map(|f| (Tier::DemandAboveLawfulClaim, vec![f]))
    };
    match pick {
        Some((tier, why)) => {
            let en = why.iter().map(|f| f.message.as_str()).collect::<Vec<_>>();
            let zh = why
                .iter()
                .map(|f| f.message_zh.as_str())
                .collect::<Vec<_>>();
            (tier, en.join(" "), zh.join(""))
        }
        None => (
            Tier::LawfulReminder,
            "No sign of fraud or unlawful collection, and no demand above the lawful claim.".into(),
            "未发现诈骗或违法催收迹象，也没有超出依法应还的要求。".into(),
        ),
    }
}
