//! A term from the interest: a note that states the principal, a simple rate and the total
//! interest (利息合计2,250元 at 年利率9% on 30,000) but no term or end date, repaid in one sum
//! or interest-only, fixes the term: total / (principal x rate a month) months, when that is a
//! whole number, else total / (principal x rate a day) days on a 365- or 360-day year, when
//! that is. Nothing else is guessed: a figure that fits neither sets no term.

use rust_decimal::Decimal;

use crate::model::{Frequency, Inferred, LoanTerm, Per, Rate, RateKind, RepaymentMethod, Terms};

/// The longest term read this way (50 years).
const MAX_MONTHS: u32 = 600;

/// How far the stated total may be from the interest of a whole number of periods: the total
/// is rounded to the cent.
fn fits(periods: Decimal, each: Decimal, total: Decimal) -> Option<u32> {
    let whole = periods.round();
    let n = u32::try_from(whole).ok().filter(|n| *n > 0)?;
    ((whole * each - total).abs() <= Decimal::new(1, 2)).then_some(n)
}

/// The one interest rate the terms state, with its simple annual percent (a monthly rate x 12);
/// None when there are several or none, or it is neither a yearly nor a monthly rate.
pub(super) fn only_interest_rate(terms: &Terms) -> Option<(&Rate, Decimal)> {
    let mut interest = terms.rates.iter().filter(|r| r.kind == RateKind::Interest);
    let (Some(rate), None) = (interest.next(), interest.next()) else {
        return None;
    };
    let annual = match (rate.annual_percent, rate.per) {
        (Some(a), _) => a,
        (None, Per::Year) => rate.value,
        (None, Per::Month) => rate.value * Decimal::from(12),
        _ => return None,
    };
    Some((rate, annual))
}

/// Set `terms.term` from the stated total interest, principal and simple rate.
pub(super) fn infer(terms: &mut Terms) {
    if terms.term.is_some() || terms.maturity_date.is_some() {
        return;
    }
    let method = terms.repayment.as_ref().map(|r| r.method);
    let one_payment = terms.installments.as_ref().is_some_and(|c| c.count == 1)
        || terms.frequency.as_ref().map(|f| f.frequency) == Some(Frequency::Single);
    let simple = matches!(
        method,
        Some(RepaymentMethod::Bullet | RepaymentMethod::InterestOnly)
    ) || (method.is_none() && one_payment);
    if !simple {
        return;
    }
    let (Some(total), Some(principal)) = (terms.total_interest.as_ref(), terms.principal.as_ref())
    else {
        return;
    };
    let Some((rate, annual)) = only_interest_rate(terms) else {
        return;
    };
    if annual <= Decimal::ZERO || total.amount <= Decimal::ZERO {
        return;
    }
    let year_interest = principal.amount * annual / Decimal::ONE_HUNDRED;
    let month = year_interest / Decimal::from(12);
    let by_month = fits(total.amount / month, month, total.amount).filter(|m| *m <= MAX_MONTHS);
    let (term, words) = if let Some(m) = by_month {
        (
            LoanTerm {
                months: Some(m),
                days: None,
                evidence: total.evidence.clone(),
            },
            format!(
                "{m} months: {} / ({} x {}% / 12 = {} a month)",
                total.amount,
                principal.amount,
                annual.normalize(),
                month.round_dp(4).normalize()
            ),
        )
    } else {
        let Some((d, basis)) = [365u32, 360].into_iter().find_map(|basis| {
            let day = year_interest / Decimal::from(basis);
            let d = fits(total.amount / day, day, total.amount)?;
            (d <= MAX_MONTHS * 31).then_some((d, basis))
        }) else {
            return;
        };
        (
            LoanTerm {
                months: None,
                days: Some(d),
                evidence: total.evidence.clone(),
            },
            format!(
                "{d} days: {} / ({} x {}% / {basis} a day)",
                total.amount,
                principal.amount,
                annual.normalize()
            ),
        )
    };
    terms.inferred.push(Inferred {
        field: "term".into(),
        value: term
            .months
            .map_or_else(|| format!("{} days", term.days.unwrap_or(0)), |m| format!("{m} months")),
        reason: format!(
            "no term or end date is stated; the total interest {}, the principal {} and the simple rate {}% a year fix it at {words}",
            total.amount,
            principal.amount,
            annual.normalize()
        ),
        evidence: vec![
            total.evidence.clone(),
            principal.evidence.clone(),
            rate.evidence.clone(),
        ],
    });
    terms.term = Some(term);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Evidence, Rate, Repayment};

    fn ev() -> Evidence {
        Evidence::default()
    }

    fn terms(
        principal: i64,
        percent: &str,
        per: Per,
        interest: &str,
        method: RepaymentMethod,
    ) -> Terms {
        let value: Decimal = percent.parse().expect("decimal");
        Terms {
            principal: Some(Amount {
                amount: Decimal::from(principal),
                currency: "CNY".into(),
                derived: false,
                evidence: ev(),
            }),
            total_interest: Some(Amount {
                amount: interest.parse().expect("decimal"),
                currency: "CNY".into(),
                derived: false,
                evidence: ev(),
            }),
            rates: vec![Rate {
                annual_percent: None,
                ..crate::check::kinds::fixtures::rate(
                    RateKind::Interest,
                    &value.to_string(),
                    per,
                    "x",
                )
            }],
            repayment: Some(Repayment {
                method,
                evidence: ev(),
            }),
            ..Terms::default()
        }
    }

    #[test]
    fn whole_months_then_whole_days() {
        // 50,000 at 6% a year, 4,500 of interest: 18 months, paid monthly interest-only.
        let mut t = terms(
            50_000,
            "6",
            Per::Year,
            "4500",
            RepaymentMethod::InterestOnly,
        );
        infer(&mut t);
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
        assert!(t.inferred[0].reason.contains("4500"), "{:?}", t.inferred);
        // 1% a month on 8,000 for 7 months.
        let mut t = terms(8_000, "1", Per::Month, "560", RepaymentMethod::Bullet);
        infer(&mut t);
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(7));
        // 20,000 at 7.3% a year, 800 of interest: 200 days on a 365-day year.
        let mut t = terms(20_000, "7.3", Per::Year, "800", RepaymentMethod::Bullet);
        infer(&mut t);
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(200));
    }

    #[test]
    fn no_term_when_nothing_fits_or_the_loan_amortises() {
        let mut t = terms(30_000, "9", Per::Year, "2251.37", RepaymentMethod::Bullet);
        infer(&mut t);
        assert!(t.term.is_none());
        let mut t = terms(
            30_000,
            "9",
            Per::Year,
            "2250",
            RepaymentMethod::EqualInstallment,
        );
        infer(&mut t);
        assert!(t.term.is_none());
    }
}
