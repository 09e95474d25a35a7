//! A one-time fee stated only as a percentage of the loan ("Processing fee 3% deducted at
//! disbursement", "Administration fee: 2.5% of the loan amount") gets its amount: the
//! percentage of the stated principal, said as an assumption. (A fee with a floor or a
//! ceiling, charged per period or on default, or on another base, keeps its percentage only.)

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::{Basis, FeeTiming, Per, Terms};

pub(super) fn amounts(terms: &mut Terms) {
    let Some(principal) = terms.principal.as_ref().filter(|p| !p.derived) else {
        return;
    };
    let base = principal.amount;
    if base <= Decimal::ZERO {
        return;
    }
    let mut notes = Vec::new();
    for fee in &mut terms.fees {
        let one_time = matches!(
            fee.timing,
            FeeTiming::UpfrontDeducted | FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement
        ) && fee.per.is_none_or(|p| p == Per::Once);
        let of_principal = fee.basis.is_none_or(|b| b == Basis::Principal);
        let Some(percent) = fee.percent else {
            continue;
        };
        if fee.amount.is_some()
            || fee.note.is_some()
            || fee.amount_blank
            || !one_time
            || !of_principal
            || percent <= Decimal::ZERO
        {
            continue;
        }
        let amount = (base * percent / Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        fee.amount = Some(amount);
        notes.push(format!(
            "{}: {}% of the principal {} = {} (the fee is stated as a percentage only)",
            fee.name,
            percent.normalize(),
            base.normalize(),
            amount.normalize()
        ));
    }
    terms.assumptions.extend(notes);
}
