//! The repayment method a printed schedule shows, when the contract does not name it: the
//! split of each row into principal and interest is the method's fingerprint.
//! - equal principal parts with no interest, or interest falling as the balance falls:
//!   等额本金 (equal principal);
//! - equal principal parts with the same interest each row: 等本等息 (flat);
//! - equal totals with falling interest: 等额本息 (equal instalments);
//! - interest alone until the principal comes with the last row: 先息后本 (interest only).

use rust_decimal::Decimal;

use crate::model::{Inferred, Repayment, RepaymentMethod, StatedRow, Terms};

/// Name the method the printed rows show, written down in `terms.inferred`.
pub(super) fn infer(terms: &mut Terms) {
    if terms.repayment.is_some() {
        return;
    }
    let rows = &terms.stated_schedule;
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let Some(method) =
        shown_by(rows, principal).or_else(|| interest_then_principal(rows, principal))
    else {
        return;
    };
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return;
    };
    let value = serde_json::to_value(method)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let reason = format!(
        "the repayment method is not stated; the {} rows of the printed schedule split principal and interest as {value} does («{}» … «{}»)",
        rows.len(),
        first.evidence.text,
        last.evidence.text
    );
    let evidence = vec![first.evidence.clone(), last.evidence.clone()];
    terms.repayment = Some(Repayment {
        method,
        evidence: first.evidence.clone(),
    });
    terms.inferred.push(Inferred {
        field: "repayment".into(),
        value,
        reason,
        evidence,
    });
}

/// The method `rows` show, if one does: every row must give its principal part, and the parts
/// must add up to the principal (when stated), within a cent a row.
fn shown_by(rows: &[StatedRow], principal: Option<Decimal>) -> Option<RepaymentMethod> {
    let n = rows.len();
    if n < 2 {
        return None;
    }
    let parts: Vec<Decimal> = rows.iter().map(|r| r.principal).collect::<Option<_>>()?;
    let cent = Decimal::new(1, 2);
    let tolerance = cent * Decimal::from(n as u64);
    let sum: Decimal = parts.iter().sum();
    if principal.is_some_and(|p| (p - sum).abs() > tolerance) {
        return None;
    }
    let interest: Vec<Decimal> = rows
        .iter()
        .map(|r| r.interest.unwrap_or(Decimal::ZERO))
        .collect();
    let (head, last) = (&parts[..n - 1], parts[n - 1]);
    let level = |xs: &[Decimal]| xs.windows(2).all(|w| (w[0] - w[1]).abs() <= cent);
    let falling = |xs: &[Decimal]| xs.windows(2).all(|w| w[1] < w[0]);
    let equal_parts = level(head) && (last - parts[0]).abs() <= tolerance;
    if equal_parts {
        if interest.iter().all(Decimal::is_zero) || falling(&interest) {
            return Some(RepaymentMethod::EqualPrincipal);
        }
        if level(&interest) {
            return Some(RepaymentMethod::FlatRate);
        }
        return None;
    }
    if head.iter().all(Decimal::is_zero) && level(&interest[..n - 1]) && !interest[0].is_zero() {
        return Some(RepaymentMethod::InterestOnly);
    }
    let paid: Vec<Decimal> = parts.iter().zip(&interest).map(|(p, i)| p + i).collect();
    let rising = parts.windows(2).all(|w| w[1] > w[0]);
    if level(&paid[..n - 1])
        && (paid[n - 1] - paid[0]).abs() <= tolerance
        && rising
        && falling(&interest)
    {
        return Some(RepaymentMethod::EqualInstallment);
    }
    None
}

/// Rows that print only their totals: the same amount each row and the last one larger by
/// exactly the principal (250, 250, 1,250 on 1,000) pay interest, then the principal with the
/// last interest: 先息后本 (interest only).
fn interest_then_principal(
    rows: &[StatedRow],
    principal: Option<Decimal>,
) -> Option<RepaymentMethod> {
    let principal = principal?;
    let totals: Vec<Decimal> = rows.iter().map(|r| r.total).collect::<Option<_>>()?;
    let (&last, head) = totals.split_last()?;
    let &first = head.first()?;
    let cent = Decimal::new(1, 2);
    let level = head.iter().all(|t| (*t - first).abs() <= cent);
    let tolerance = cent * Decimal::from(rows.len() as u64);
    (level && first > Decimal::ZERO && (last - first - principal).abs() <= tolerance)
        .then_some(RepaymentMethod::InterestOnly)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::ev;
    use rust_decimal_macros::dec;

    fn row(index: u32, principal: Decimal, interest: Option<Decimal>) -> StatedRow {
        StatedRow {
            index,
            date: None,
            principal: Some(principal),
            interest,
            fees: None,
            total: Some(principal + interest.unwrap_or_default()),
            evidence: ev("row"),
        }
    }

    #[test]
    fn equal_parts_without_interest_are_equal_principal() {
        let rows: Vec<StatedRow> = (1..=4).map(|k| row(k, dec!(250), None)).collect();
        assert_eq!(
            shown_by(&rows, Some(dec!(1000))),
            Some(RepaymentMethod::EqualPrincipal)
        );
        // The parts must make the principal.
        assert_eq!(shown_by(&rows, Some(dec!(1200))), None);
    }

    #[test]
    fn level_totals_with_falling_interest_are_equal_instalments() {
        // 1,000 over 3 months at 1% a month: 340.02 a month.
        let rows = vec![
            row(1, dec!(330.02), Some(dec!(10.00))),
            row(2, dec!(333.32), Some(dec!(6.70))),
            row(3, dec!(336.66), Some(dec!(3.37))),
        ];
        assert_eq!(
            shown_by(&rows, Some(dec!(1000))),
            Some(RepaymentMethod::EqualInstallment)
        );
    }

    #[test]
    fn level_totals_then_the_principal_are_interest_only() {
        let total = |index: u32, t: Decimal| StatedRow {
            principal: None,
            interest: None,
            total: Some(t),
            ..row(index, Decimal::ZERO, None)
        };
        let rows = vec![total(1, dec!(90)), total(2, dec!(90)), total(3, dec!(3090))];
        assert_eq!(
            interest_then_principal(&rows, Some(dec!(3000))),
            Some(RepaymentMethod::InterestOnly)
        );
        assert_eq!(interest_then_principal(&rows, Some(dec!(2000))), None);
    }

    #[test]
    fn equal_parts_with_level_interest_are_flat() {
        let rows: Vec<StatedRow> = (1..=3).map(|k| row(k, dec!(100), Some(dec!(5)))).collect();
        assert_eq!(shown_by(&rows, None), Some(RepaymentMethod::FlatRate));
    }
}
