//! What is due now after missed instalments: each missed instalment by the contract and by
//! law, the default charges on each (after the grace period's rule), and the balance when an
//! acceleration clause applies. The contract's arithmetic is [`crate::compute::overdue`]'s.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::conditions::{Acceleration, Grace};
use super::{ClaimComponent, ClaimPart, LawfulClaim, cents};
use crate::compute::cost::LoanCost;
use crate::compute::overdue::{self, LegalLimit, OverdueResult, OverdueSituation};
use crate::compute::schedule::RowTime;
use crate::model::Terms;

/// A missed instalment: its index in the schedule (0-based) and its days overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MissedRow {
    pub index: usize,
    pub days: u32,
}

/// One missed instalment: its days overdue and what it costs, by the contract and by law.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissedInstalment {
    pub number: u32,
    pub due: Option<NaiveDate>,
    pub days_overdue: u32,
    /// Days default charges run for (after a grace period's rule).
    pub days_charged: u32,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_amount: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_amount: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub contract_charges: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub lawful_charges: Decimal,
}

/// What is due now: the side-by-side part, the contract's combined arithmetic, each instalment.
#[derive(Debug, Clone)]
pub struct DueNow {
    pub part: ClaimPart,
    pub result: OverdueResult,
    pub missed: Vec<MissedInstalment>,
}

/// Days default charges run for, under the grace period's rule.
fn charged_days(days: u32, grace: Option<&Grace>, notes: &mut Vec<String>) -> u32 {
    let Some(g) = grace.filter(|g| g.waives_charges) else {
        return days;
    };
    if days <= g.days {
        return 0;
    }
    if g.charges_from_end {
        days - g.days
    } else {
        let note = format!(
            "paid after the {}-day grace period, default charges are counted from the due date (the contract does not say they start at its end)",
            g.days
        );
        if !notes.contains(&note) {
            notes.push(note);
        }
        days
    }
}

/// The limit with the room a cap on the total cost of credit leaves for default charges
/// measured against the lawful claim's own charges of the term, not the contract's: the
/// charges the law cuts from the term are no part of the cost (UK HCSTC: £300 lent, £81 of
/// interest cut to £72 by the daily cap, leaves £228 of the 100% cap, not £219).
fn lawful_room(mut limit: LegalLimit, claim: &LawfulClaim) -> LegalLimit {
    let cut = claim.whole_loan.contract_total - claim.whole_loan.lawful_total;
    if let Some(room) = limit.total_charges_room.as_mut() {
        *room += cut.max(Decimal::ZERO);
    }
    limit
}

/// Everything due now for `missed` under the contract and by law.
#[allow(clippy::too_many_arguments)]
pub fn due_now(
    terms: &Terms,
    cost: &LoanCost,
    claim: &LawfulClaim,
    missed: &[MissedRow],
    limit: Option<LegalLimit>,
    grace: Option<&Grace>,
    acceleration: Option<&Acceleration>,
    demanded: Option<Decimal>,
) -> Option<DueNow> {
    let rows = &cost.schedule.rows;
    let first = missed.first()?;
    let share = claim.lawful_principal / claim.contract_principal;
    let limit = limit.map(|l| lawful_room(l, claim));
    let mut notes = Vec::new();
    let mut instalments = Vec::new();
    let mut components = Vec::new();
    let mut by_day = Vec::new();
    let mut legal_max: Option<Decimal> = None;
    for (n, m) in missed.iter().enumerate() {
        let row = rows.get(m.index)?;
        let lawful = claim.rows.get(m.index)?;
        let before = row.balance + row.principal;
        let days = charged_days(m.days, grace, &mut notes);
        let contract_side = OverdueSituation {
            overdue_amount: row.total,
            remaining_principal: before,
            total_outstanding: before + row.interest + row.fees,
            principal: claim.contract_principal,
            days,
        };
        let mut r = overdue::compute(terms, &contract_side, limit.clone());
        if n > 0 {
            // A charge on the whole balance runs once, not once per missed instalment.
            r.components
                .retain(|c| c.base_name.starts_with("overdue amount") || c.base_name == "fixed");
        }
        let contract_charges: Decimal = r.components.iter().map(|c| c.amount).sum();
        let lawful_side = OverdueSituation {
            overdue_amount: lawful.lawful_total,
            remaining_principal: lawful.lawful_balance_before,
            total_outstanding: lawful.lawful_balance_before + lawful.lawful_charges,
            principal: claim.lawful_principal,
            days,
        };
        let scaled = if row.total > Decimal::ZERO {
            contract_charges * lawful.lawful_total / row.total
        } else {
            Decimal::ZERO
        };
        let max = limit
            .as_ref()
            .and_then(|l| overdue::legal_max_at(l, &lawful_side, days));
        let lawful_charges = cents(max.map_or(scaled, |m| scaled.min(m)));
        if let Some(m) = max {
            legal_max = Some(legal_max.unwrap_or_default() + m);
        }
        for c in &mut r.components {
            if missed.len() > 1 {
                c.name = format!("{} (#{})", c.name, row.number);
            }
        }
        if n == 0 {
            by_day = r.by_day.clone();
            for d in &mut by_day {
                d.legal_max_charges = limit
                    .as_ref()
                    .and_then(|l| overdue::legal_max_at(l, &lawful_side, d.day));
            }
        }
        components.extend(r.components);
        notes.extend(r.assumptions);
        instalments.push(MissedInstalment {
            number: row.number,
            due: match row.due {
                RowTime::Date(d) => Some(d),
                RowTime::Periods(_) => None,
            },
            days_overdue: m.days,
            days_charged: days,
            contract_amount: row.total,
            lawful_amount: lawful.lawful_total,
            contract_charges,
            lawful_charges,
        });
    }
    notes.sort();
    notes.dedup();
    let sum = |f: fn(&MissedInstalment) -> Decimal| instalments.iter().map(f).sum::<Decimal>();
    let (owed_c, owed_l) = (sum(|i| i.contract_amount), sum(|i| i.lawful_amount));
    let (charges_c, charges_l) = (sum(|i| i.contract_charges), sum(|i| i.lawful_charges));
    let listing = |f: fn(&MissedInstalment) -> Decimal| {
        instalments
            .iter()
            .map(|i| format!("#{} {}", i.number, cents(f(i))))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    // "contract #1 a + #2 b; law #1 c + #2 d", in both languages.
    let contract_vs_law = |c: fn(&MissedInstalment) -> Decimal, l| {
        let (c, l) = (listing(c), listing(l));
        (
            format!("contract {c}; law {l}"),
            format!("合同 {c}；依法 {l}"),
        )
    };
    let (owed_en, owed_zh) = contract_vs_law(|i| i.contract_amount, |i| i.lawful_amount);
    let mut part = vec![
        ClaimComponent::new(
            "instalments",
            ("Missed instalments", "逾期未还的分期"),
            owed_c,
            owed_l,
        )
        .explained(
            format!("{owed_en} (each instalment as restated in the lawful claim)"),
            format!("{owed_zh}（每期按依法重算的金额）"),
            "",
        ),
    ];
    let last = missed.last().and_then(|m| rows.get(m.index));
    let accelerated = acceleration.filter(|a| a.applies).and(last).map(|row| {
        let lawful = cents(row.balance * share);
        ClaimComponent::new(
            super::ACCELERATED_BALANCE,
            (
                "Balance declared due (acceleration)",
                "宣布提前到期的剩余本金",
            ),
            row.balance,
            lawful,
        )
        .explained(
            acceleration
                .map(|a| a.reason_en.clone())
                .unwrap_or_default(),
            acceleration
                .map(|a| a.reason_zh.clone())
                .unwrap_or_default(),
            "",
        )
    });
    part.extend(accelerated.clone());
    let (limit_en, limit_zh, citation) = limit
        .as_ref()
        .map(|l| {
            (
                l.description.clone(),
                l.description_zh.clone(),
                l.citation.clone(),
            )
        })
        .unwrap_or_else(|| {
            (
                "no cap on default charges in the rulesets in force: the contract's own, on the lawful amount".into(),
                "所适用规则无逾期费用总额上限：按合同约定，以依法金额计".into(),
                String::new(),
            )
        });
    let days_listing = instalments
        .iter()
        .map(|i| format!("#{}: {}", i.number, crate::i18n::days_en(i.days_charged)))
        .collect::<Vec<_>>()
        .join(", ");
    let (charges_en, charges_zh) = contract_vs_law(|i| i.contract_charges, |i| i.lawful_charges);
    part.push(
        ClaimComponent::new(
            super::DEFAULT_CHARGES,
            ("Default charges", "逾期费用"),
            charges_c,
            charges_l,
        )
        .explained(
            format!("{days_listing}; {charges_en} ({limit_en})"),
            format!(
                "{}；{charges_zh}（{limit_zh}）",
                days_listing.replace(" days", "天").replace(" day", "天")
            ),
            &citation,
        ),
    );
    let part = ClaimPart::new(part, demanded, &claim.currency);
    let accelerated_owed = accelerated.map(|a| owed_c + a.contract + charges_c);
    let result = OverdueResult {
        days: first.days,
        overdue_amount: owed_c,
        components,
        contract_charges: charges_c,
        contract_owed: part.contract_total,
        legal_limit: limit,
        legal_max_charges: legal_max,
        legal_max_owed: Some(part.lawful_total),
        excess: legal_max.map(|m| (charges_c - m).max(Decimal::ZERO)),
        by_day,
        if_accelerated_owed: accelerated_owed,
        assumptions: notes,
    };
    Some(DueNow {
        part,
        result,
        missed: instalments,
    })
}
