//! One payment late: what the contract's default terms charge after N days, and what the law
//! allows. Every component carries its arithmetic (rate, base, days) so a borrower can check it.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::model::{Basis, ClauseKind, Evidence, FeeKind, FeeTiming, Per, RateKind, Terms};

/// The situation: how much is overdue, how much is still outstanding, for how many days.
#[derive(Debug, Clone)]
pub struct OverdueSituation {
    /// The missed instalment(s): principal and interest due and unpaid.
    pub overdue_amount: Decimal,
    /// Principal not yet repaid (including the overdue part).
    pub remaining_principal: Decimal,
    /// Everything outstanding (remaining principal plus interest due).
    pub total_outstanding: Decimal,
    /// The original principal.
    pub principal: Decimal,
    pub days: u32,
}

/// The legal limit on default charges for this contract.
#[derive(Debug, Clone, Serialize)]
pub struct LegalLimit {
    /// What the limit is, in words.
    pub description: String,
    /// The same in Chinese.
    pub description_zh: String,
    /// Annual percent on the overdue amount (China: 4 × LPR; licensed lenders: 24%).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub annual_percent: Option<Decimal>,
    /// Per-day percent on the credit (UK HCSTC: 0.8%).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub daily_percent: Option<Decimal>,
    /// A fixed cap on default fees in total (UK: £15).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub fixed_fees_cap: Option<Decimal>,
    /// What a cap on the total cost of credit leaves for default charges (UK: 100% of the
    /// credit, less the charges of the term).
    #[serde(with = "rust_decimal::serde::str_option", default)]
    pub total_charges_room: Option<Decimal>,
    pub citation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One charge, with its arithmetic.
#[derive(Debug, Clone, Serialize)]
pub struct Component {
    pub name: String,
    /// `overdue_interest`, `penalty`, `fee`.
    pub kind: String,
    /// Percent per `per`, when a rate.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub rate_percent: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<Per>,
    /// What the rate is charged on, in words, and its amount.
    pub base_name: String,
    #[serde(with = "rust_decimal::serde::str")]
    pub base: Decimal,
    pub days: u32,
    /// The charge after `days` days (exact; round only to display).
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    /// `base × rate% × days = amount`, spelled out.
    pub arithmetic: String,
    pub evidence: Evidence,
    /// The arithmetic as figures, for a printer to word in the reader's language.
    #[serde(skip)]
    pub figures: Figures,
    /// What the charge is on, as a code (`overdue_amount`, `remaining_principal`, `fixed`, ...).
    #[serde(skip)]
    pub base_code: &'static str,
}

/// The arithmetic of one charge as figures (`arithmetic` spells the same in English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Figures {
    /// `base × percent` a day for `days` days.
    PerDay {
        base: Decimal,
        percent: Decimal,
        days: u32,
    },
    /// `base × percent`, once.
    Once { base: Decimal, percent: Decimal },
    /// The greater of `fixed` and `base × percent`.
    GreaterOf {
        fixed: Decimal,
        base: Decimal,
        percent: Decimal,
    },
    /// The lesser of `fixed` and `base × percent` ("$15 or 5%, whichever is less").
    LesserOf {
        fixed: Decimal,
        base: Decimal,
        percent: Decimal,
    },
    /// Not charged yet: the fee starts only after `grace` days late.
    NotYet { grace: u32 },
    /// A fixed sum.
    #[default]
    Fixed,
}

/// Charges on one day.
#[derive(Debug, Clone, Serialize)]
pub struct DayTotal {
    pub day: u32,
    #[serde(with = "rust_decimal::serde::str")]
    pub charges: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub owed: Decimal,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub legal_max_charges: Option<Decimal>,
}

/// What is owed after N days under the contract, and the legal maximum.
#[derive(Debug, Clone, Serialize)]
pub struct OverdueResult {
    pub days: u32,
    #[serde(with = "rust_decimal::serde::str")]
    pub overdue_amount: Decimal,
    pub components: Vec<Component>,
    /// Default charges under the contract after `days`.
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_charges: Decimal,
    /// Overdue amount plus contract charges.
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_owed: Decimal,
    pub legal_limit: Option<LegalLimit>,
    /// The most the law lets the lender charge for the delay.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub legal_max_charges: Option<Decimal>,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub legal_max_owed: Option<Decimal>,
    /// Contract charges above the legal maximum.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub excess: Option<Decimal>,
    pub by_day: Vec<DayTotal>,
    /// Acceleration: the lender may declare everything due; then this is owed now.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub if_accelerated_owed: Option<Decimal>,
    pub assumptions: Vec<String>,
}

/// A comparison of a demanded sum with what the contract and the law allow.
#[derive(Debug, Clone, Serialize)]
pub struct DemandCheck {
    #[serde(with = "rust_decimal::serde::str")]
    pub demanded: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_owed: Decimal,
    #[serde(with = "rust_decimal::serde::str_option")]
    pub legal_max_owed: Option<Decimal>,
    /// Part of the demand above what the contract itself allows.
    #[serde(with = "rust_decimal::serde::str")]
    pub above_contract: Decimal,
    /// Part of the demand above what the law allows.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub above_law: Option<Decimal>,
}

fn per_day(value: Decimal, per: Per, day_basis: Option<u32>) -> Option<Decimal> {
    let basis = Decimal::from(day_basis.unwrap_or(365));
    match per {
        Per::Day => Some(value),
        Per::Week => Some(value / Decimal::from(7)),
        Per::Month => Some(value * Decimal::from(12) / basis),
        Per::Year => Some(value / basis),
        Per::Once => None,
    }
}

fn base_for(
    basis: Option<Basis>,
    s: &OverdueSituation,
    assumptions: &mut Vec<String>,
    what: &str,
) -> (&'static str, Decimal) {
    match basis {
        Some(Basis::RemainingPrincipal) => ("remaining_principal", s.remaining_principal),
        Some(Basis::TotalOutstanding) => ("total_outstanding", s.total_outstanding),
        Some(Basis::Principal) => ("principal", s.principal),
        Some(Basis::OverdueAmount) | Some(Basis::Installment) => {
            ("overdue_amount", s.overdue_amount)
        }
        _ => {
            assumptions.push(format!("{what}: the contract does not say what it is charged on; assumed the overdue amount"));
            ("overdue_amount_assumed", s.overdue_amount)
        }
    }
}

/// The English name of a base code (the `base_name` of the JSON).
fn base_words(code: &str) -> &'static str {
    match code {
        "remaining_principal" => "remaining principal",
        "total_outstanding" => "everything outstanding",
        "principal" => "original principal",
        "overdue_amount" => "overdue amount",
        "overdue_amount_assumed" => "overdue amount (assumed)",
        _ => "fixed",
    }
}

/// `percent` of `base`: per day for `days` days when the rate has a daily equivalent `daily`,
/// else once (when any day is overdue). The amount, and its arithmetic in words.
fn percent_charge(
    base: Decimal,
    percent: Decimal,
    daily: Option<Decimal>,
    days: u32,
) -> (Decimal, String, Figures) {
    let hundred = Decimal::ONE_HUNDRED;
    match daily {
        Some(daily) => {
            let a = base * daily / hundred * Decimal::from(days);
            let words = format!(
                "{} × {}% per day × {} = {}",
                round2(base),
                daily.normalize(),
                crate::i18n::days_en(days),
                round2(a)
            );
            let figures = Figures::PerDay {
                base,
                percent: daily.normalize(),
                days,
            };
            (a, words, figures)
        }
        None => {
            let a = if days > 0 {
                base * percent / hundred
            } else {
                Decimal::ZERO
            };
            let words = format!(
                "{} × {}% once = {}",
                round2(base),
                percent.normalize(),
                round2(a)
            );
            let figures = Figures::Once {
                base,
                percent: percent.normalize(),
            };
            (a, words, figures)
        }
    }
}

/// `d` rounded half away from zero to the cent (for the words of the arithmetic).
pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// The contract's default charges after `days` days (without the legal comparison).
fn components_at(
    terms: &Terms,
    s: &OverdueSituation,
    days: u32,
    assumptions: &mut Vec<String>,
) -> Vec<Component> {
    let hundred = Decimal::ONE_HUNDRED;
    let mut out = Vec::new();
    let mut counted: Vec<&crate::model::Rate> = Vec::new();
    for r in terms
        .rates
        .iter()
        .filter(|r| matches!(r.kind, RateKind::Overdue | RateKind::Penalty))
    {
        // One sentence can state a rate twice ("上浮50%计收罚息，即罚息年利率为5.4%"): the
        // same charge read twice from overlapping text is counted once.
        let same_charge = |c: &&crate::model::Rate| {
            c.kind == r.kind
                && c.value == r.value
                && c.per == r.per
                && c.evidence.start < r.evidence.end
                && r.evidence.start < c.evidence.end
        };
        if counted.iter().any(same_charge) {
            continue;
        }
        counted.push(r);
        let name = if r.label.is_empty() {
            format!("{:?}", r.kind).to_lowercase()
        } else {
            r.label.clone()
        };
        let (base_name, base) = base_for(r.basis, s, assumptions, &name);
        let kind = if r.kind == RateKind::Overdue {
            "overdue_interest"
        } else {
            "penalty"
        };
        let daily = per_day(r.value, r.per, r.day_basis);
        let (amount, arithmetic, figures) = percent_charge(base, r.value, daily, days);
        out.push(Component {
            name,
            kind: kind.into(),
            rate_percent: Some(r.value),
            per: Some(r.per),
            base_name: base_words(base_name).into(),
            base,
            days,
            amount,
            arithmetic,
            evidence: r.evidence.clone(),
            figures,
            base_code: base_name,
        });
    }
    for f in terms
        .fees
        .iter()
        .filter(|f| f.timing == FeeTiming::OnDefault)
    {
        if f.kind == FeeKind::ReturnedPayment {
            // Charged only when a payment is returned unpaid, not for lateness as such.
            if !assumptions.iter().any(|a| a.contains(&f.name)) {
                assumptions.push(format!(
                    "{}: charged only if a payment is returned, not included",
                    f.name
                ));
            }
            continue;
        }
        let grace = grace_days(&f.evidence.text).filter(|g| days <= *g);
        let (amount, (arithmetic, figures), base_name, base) = match (f.amount, f.percent) {
            _ if grace.is_some() => {
                let grace = grace.unwrap_or_default();
                let words = format!("not charged yet: it applies only after {grace} days late");
                (
                    Decimal::ZERO,
                    (words, Figures::NotYet { grace }),
                    "fixed",
                    Decimal::ZERO,
                )
            }
            (Some(fixed), Some(p)) if days > 0 => {
                // "$25 or 5% of the unpaid instalment, whichever is greater" (or less).
                let (base_name, base) = base_for(f.basis, s, assumptions, &f.name);
                let share = base * p / hundred;
                let lesser = f.note.as_deref().is_some_and(is_ceiling);
                let a = if lesser {
                    fixed.min(share)
                } else {
                    fixed.max(share)
                };
                let words = format!(
                    "{} of {} and {} × {}% = {}",
                    if lesser { "lesser" } else { "greater" },
                    round2(fixed),
                    round2(base),
                    p.normalize(),
                    round2(a)
                );
                let percent = p.normalize();
                let figures = if lesser {
                    Figures::LesserOf {
                        fixed,
                        base,
                        percent,
                    }
                } else {
                    Figures::GreaterOf {
                        fixed,
                        base,
                        percent,
                    }
                };
                (a, (words, figures), base_name, base)
            }
            (Some(a), _) => {
                let a = if days > 0 { a } else { Decimal::ZERO };
                let words = format!("fixed {}", round2(a));
                (a, (words, Figures::Fixed), "fixed", Decimal::ZERO)
            }
            (None, Some(p)) => {
                let (base_name, base) = base_for(f.basis, s, assumptions, &f.name);
                let daily = f.per.and_then(|per| per_day(p, per, None));
                let (a, words, figures) = percent_charge(base, p, daily, days);
                (a, (words, figures), base_name, base)
            }
            (None, None) => continue,
        };
        out.push(Component {
            name: f.name.clone(),
            kind: "fee".into(),
            rate_percent: f.percent,
            per: f.per,
            base_name: base_words(base_name).into(),
            base,
            days,
            amount,
            arithmetic,
            evidence: f.evidence.clone(),
            figures,
            base_code: base_name,
        });
    }
    out
}

/// A fee's qualifier that makes its fixed sum a ceiling ("whichever is less", "the lesser of",
/// "not to exceed"), not a floor.
fn is_ceiling(note: &str) -> bool {
    let note = note.to_ascii_lowercase();
    [
        "less",
        "lower",
        "smaller",
        "lesser",
        "not exceed",
        "not to exceed",
        "up to",
        "maximum",
    ]
    .iter()
    .any(|w| note.contains(w))
}

/// The days late a default fee waits for ("not received within 10 days after the due date",
/// "more than 15 days late", "after a grace period of 10 days", 逾期超过3天, 宽限期5天).
fn grace_days(text: &str) -> Option<u32> {
    static GRACE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        crate::pattern::regex(
            r"(?i)(?:not (?:received|paid|made)|unpaid|remains? unpaid|is late)\s+(?:with)?in\s+(\d{1,2})\s+(?:calendar\s+)?days|more than\s+(\d{1,2})\s+days\s+(?:late|past due|after)|grace period of\s+(\d{1,2})\s+days|(?:逾期超过|逾期满|宽限期)\s*(\d{1,2})\s*[天日]",
        )
        .expect("static regex")
    });
    let c = GRACE.captures(text)?;
    (1..=4).find_map(|i| c.get(i)?.as_str().parse().ok())
}

/// The most the law lets the lender charge for `days` days of delay in situation `s`.
pub fn legal_max_at(limit: &LegalLimit, s: &OverdueSituation, days: u32) -> Option<Decimal> {
    let d = Decimal::from(days);
    let mut max = None;
    if let Some(a) = limit.annual_percent {
        max = Some(s.overdue_amount * a / Decimal::ONE_HUNDRED * d / Decimal::from(365));
    }
    if let Some(p) = limit.daily_percent {
        let by_day =
            s.principal * p / Decimal::ONE_HUNDRED * d + limit.fixed_fees_cap.unwrap_or_default();
        max = Some(max.map_or(by_day, |m: Decimal| m.min(by_day)));
    }
    if let Some(room) = limit.total_charges_room {
        let room = room.max(Decimal::ZERO);
        max = Some(max.map_or(room, |m: Decimal| m.min(room)));
    }
    max
}

/// What the contract charges after `situation.days` days, day by day for the first week and at
/// 30 and 90 days, with the legal maximum under `limit`.
pub fn compute(
    terms: &Terms,
    situation: &OverdueSituation,
    limit: Option<LegalLimit>,
) -> OverdueResult {
    let mut assumptions = Vec::new();
    let components = components_at(terms, situation, situation.days, &mut assumptions);
    let contract_charges: Decimal = components.iter().map(|c| c.amount).sum();
    let legal_max_charges = limit
        .as_ref()
        .and_then(|l| legal_max_at(l, situation, situation.days));
    let mut checkpoints: Vec<u32> = (1..=7)
        .chain([30, 90, situation.days])
        .filter(|d| *d <= situation.days.max(7))
        .collect();
    checkpoints.sort_unstable();
    checkpoints.dedup();
    let by_day = checkpoints
        .into_iter()
        .map(|day| {
            let charges: Decimal = components_at(terms, situation, day, &mut Vec::new())
                .iter()
                .map(|c| c.amount)
                .sum();
            let legal = limit.as_ref().and_then(|l| legal_max_at(l, situation, day));
            DayTotal {
                day,
                charges,
                owed: situation.overdue_amount + charges,
                legal_max_charges: legal,
            }
        })
        .collect();
    let accelerated = terms
        .clauses
        .iter()
        .any(|c| c.kind == ClauseKind::Acceleration);
    if components.is_empty() {
        assumptions.push("no default charge was found in the contract".into());
    }
    OverdueResult {
        days: situation.days,
        overdue_amount: situation.overdue_amount,
        contract_charges,
        contract_owed: situation.overdue_amount + contract_charges,
        legal_max_owed: legal_max_charges.map(|m| situation.overdue_amount + m),
        excess: legal_max_charges.map(|m| (contract_charges - m).max(Decimal::ZERO)),
        legal_max_charges,
        legal_limit: limit,
        components,
        by_day,
        if_accelerated_owed: accelerated.then_some(situation.total_outstanding + contract_charges),
        assumptions,
    }
}

/// Compare a demanded sum with what the contract and the law allow.
pub fn check_demand(result: &OverdueResult, demanded: Decimal) -> DemandCheck {
    DemandCheck {
        demanded,
        contract_owed: result.contract_owed,
        legal_max_owed: result.legal_max_owed,
        above_contract: (demanded - result.contract_owed).max(Decimal::ZERO),
        above_law: result
            .legal_max_owed
            .map(|m| (demanded - m).max(Decimal::ZERO)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures;
    use crate::model::{Fee, FeeKind, Rate};
    use rust_decimal_macros::dec;

    fn rate(kind: RateKind, value: Decimal, per: Per, basis: Option<Basis>) -> Rate {
        let stated = fixtures::rate(kind, &value.to_string(), per, "x");
        Rate { basis, ..stated }
    }

    fn situation(days: u32) -> OverdueSituation {
        OverdueSituation {
            overdue_amount: dec!(1000),
            remaining_principal: dec!(4000),
            total_outstanding: dec!(4100),
            principal: dec!(5000),
            days,
        }
    }

    #[test]
    fn stacked_default_charges_with_their_arithmetic() {
        // 罚息 日万分之五 on the overdue amount, 违约金 5% once, 催收费 0.5% per day.
        let mut t = Terms::default();
        t.rates.push(rate(
            RateKind::Overdue,
            dec!(0.05),
            Per::Day,
            Some(Basis::OverdueAmount),
        ));
        t.rates.push(rate(
            RateKind::Penalty,
            dec!(5),
            Per::Once,
            Some(Basis::OverdueAmount),
        ));
        t.fees.push(Fee {
            amount: None,
            percent: Some(dec!(0.5)),
            basis: Some(Basis::OverdueAmount),
            per: Some(Per::Day),
            ..fixtures::fee(FeeKind::Collection, "0", FeeTiming::OnDefault, "催收服务费")
        });
        let limit = LegalLimit {
            description: "4 × LPR".into(),
            description_zh: "4倍LPR".into(),
            annual_percent: Some(dec!(12)),
            daily_percent: None,
            fixed_fees_cap: None,
            total_charges_room: None,
            citation: "Art. 29".into(),
            note: None,
        };
        let r = compute(&t, &situation(30), Some(limit));
        // 1000 × 0.05% × 30 = 15; 1000 × 5% = 50; 1000 × 0.5% × 30 = 150.
        let amounts: Vec<Decimal> = r.components.iter().map(|c| c.amount).collect();
        assert_eq!(amounts, vec![dec!(15), dec!(50), dec!(150)]);
        assert_eq!(r.contract_charges, dec!(215));
        assert_eq!(r.contract_owed, dec!(1215));
        // Legal max: 1000 × 12% × 30/365 = 9.8630...
        assert_eq!(round2(r.legal_max_charges.unwrap_or_default()), dec!(9.86));
        assert_eq!(round2(r.excess.unwrap_or_default()), dec!(205.14));
        assert!(r.components[0].arithmetic.contains("× 30 days"));
        // Day 1: 0.5 + 50 + 5 = 55.5.
        assert_eq!(r.by_day.first().map(|d| d.charges), Some(dec!(55.5)));
        let demand = check_demand(&r, dec!(2000));
        assert_eq!(demand.above_contract, dec!(785));
    }

    #[test]
    fn unstated_base_is_assumed_and_said() {
        let mut t = Terms::default();
        t.rates
            .push(rate(RateKind::Overdue, dec!(18), Per::Year, None));
        let r = compute(&t, &situation(10), None);
        assert!(
            r.assumptions
                .iter()
                .any(|a| a.contains("assumed the overdue amount"))
        );
        // 1000 × 18%/365 × 10
        assert_eq!(round2(r.contract_charges), dec!(4.93));
        assert!(r.legal_max_charges.is_none());
    }

    #[test]
    fn uk_daily_cap_and_fixed_fee() {
        let mut t = Terms::default();
        t.fees.push(fixtures::fee(
            FeeKind::Late,
            "25",
            FeeTiming::OnDefault,
            "default fee",
        ));
        let limit = LegalLimit {
            description: "HCSTC".into(),
            description_zh: "HCSTC".into(),
            annual_percent: None,
            daily_percent: Some(dec!(0.8)),
            fixed_fees_cap: Some(dec!(15)),
            total_charges_room: None,
            citation: "CONC 5A".into(),
            note: None,
        };
        let s = OverdueSituation {
            overdue_amount: dec!(381),
            remaining_principal: dec!(300),
            total_outstanding: dec!(381),
            principal: dec!(300),
            days: 1,
        };
        let r = compute(&t, &s, Some(limit));
        assert_eq!(r.contract_charges, dec!(25));
        // 300 × 0.8% × 1 + 15 = 17.4
        assert_eq!(r.legal_max_charges, Some(dec!(17.4)));
        assert_eq!(r.excess, Some(dec!(7.6)));
    }

    #[test]
    fn a_capped_late_fee_waits_for_its_grace_days_then_takes_the_lesser() {
        let mut t = Terms::default();
        let mut fee = fixtures::fee(
            FeeKind::Late,
            "20",
            FeeTiming::OnDefault,
            "If an instalment remains unpaid within 7 days of its due date, a late charge of $20 or 4% of it, whichever is lower, applies.",
        );
        fee.percent = Some(dec!(4));
        fee.basis = Some(Basis::OverdueAmount);
        fee.note = Some("whichever is lower".into());
        t.fees.push(fee);
        // Day 7: still within the grace days.
        let r = compute(&t, &situation(7), None);
        assert_eq!(r.contract_charges, dec!(0));
        assert!(r.components[0].arithmetic.contains("after 7 days"));
        // Day 8: 1000 × 4% = 40 against 20: the lesser, 20.
        let r = compute(&t, &situation(8), None);
        assert_eq!(r.contract_charges, dec!(20));
        assert!(r.components[0].arithmetic.starts_with("lesser of"));
    }

    #[test]
    fn grace_days_in_both_languages() {
        assert_eq!(
            grace_days("payment not made within 15 days after the due date"),
            Some(15)
        );
        assert_eq!(grace_days("more than 10 days late, a fee of $25"), Some(10));
        assert_eq!(
            grace_days("借款人逾期超过3天的，按每次50元收取违约金"),
            Some(3)
        );
        assert_eq!(grace_days("a late fee of $25 on any late payment"), None);
    }
}
