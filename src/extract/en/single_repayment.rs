//! One repayment of a stated amount ("Repayment: $100.00 auto-debited on your next payday",
//! "You repay $250 on May 2") is the whole of what is repaid: the total of payments, from
//! which the cost follows once the amount received is known. (With no interest rate and no
//! finance charge stated, nothing else says what the advance costs.)

use crate::model::Terms;

pub(super) fn total_of_one_payment(terms: &mut Terms) {
    let one = terms.installments.as_ref().is_some_and(|c| c.count == 1);
    if !one
        || terms.total_of_payments.is_some()
        || terms.finance_charge.is_some()
        || !terms.rates.is_empty()
    {
        return;
    }
    let Some(payment) = terms.payment.as_ref().filter(|p| !p.derived) else {
        return;
    };
    terms.assumptions.push(format!(
        "the one repayment of {} is the total repaid («{}»)",
        payment.amount.normalize(),
        payment.evidence.text.trim()
    ));
    terms.total_of_payments = Some(payment.clone());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Amount, Count, Evidence};
    use rust_decimal::Decimal;

    fn amount(v: i64) -> Amount {
        Amount {
            amount: Decimal::from(v),
            currency: "USD".into(),
            evidence: Evidence::default(),
            derived: false,
        }
    }

    #[test]
    fn one_stated_repayment_is_the_total() {
        let mut t = Terms {
            payment: Some(amount(100)),
            installments: Some(Count {
                count: 1,
                evidence: Evidence::default(),
            }),
            ..Terms::default()
        };
        total_of_one_payment(&mut t);
        assert_eq!(
            t.total_of_payments.map(|a| a.amount),
            Some(Decimal::from(100))
        );
        // Two payments: the payment is not the total.
        let mut t = Terms {
            payment: Some(amount(100)),
            installments: Some(Count {
                count: 2,
                evidence: Evidence::default(),
            }),
            ..Terms::default()
        };
        total_of_one_payment(&mut t);
        assert!(t.total_of_payments.is_none());
    }
}
