//! A purchase financed on a card's deferred-interest promotion: "NO INTEREST IF PAID IN FULL
//! WITHIN 12 MONTHS", "Special financing: no interest if the balance is paid in full in 6
//! months", "0% interest if paid in full within eighteen months". The purchase is the credit;
//! paid off in equal monthly payments within the promotion it costs nothing. The account's
//! own purchase rate applies only if it is not paid in time: that dependency is stated, and
//! the card's standard APR is not this purchase's disclosed APR.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::model::{
    Amount, Count, Frequency, FrequencyTerm, LoanTerm, Repayment, RepaymentMethod, Terms,
};
use crate::pattern;

/// The promotion and its months.
static PROMOTION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:no interest|0(?:\.00)?% (?:interest|apr)|interest[- ]free|deferred interest)(?-u:\b)[^.\n]{0,40}?(?-u:\b)(?:if|when|provided)\s+(?:the\s+(?:promotional\s+)?(?:balance|purchase)\s+is\s+|it\s+is\s+)?paid\s+in\s+full\s+(?:with)?in\s+(\d{1,2}|[a-z]+(?:[- ][a-z]+)?)\s+months?(?-u:\b)")
        .expect("static regex")
});
/// The purchase put on the card: "Charged to card: $3,600.00", "Purchase amount: $950.00",
/// "Amount financed on your card $2,000".
static PURCHASE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:charged to (?:your |the )?(?:card|account)|(?:promotional )?purchase amount|amount charged(?: to (?:your |the )?(?:card|account))?|amount financed on (?:your |the )?card|financed on (?:your |the )?card)\s*[:.…-]*\s*")
        .expect("static regex")
});
/// The payment that clears the promotion in time: "Suggested monthly payment to pay off by
/// 10/02/2026: $300.00", "Pay $150.00 a month to pay it off before the promotion ends".
static PAYOFF_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:suggested|recommended|estimated|required) monthly payment[^.\n:$]{0,60}|monthly payment (?:needed |required )?to pay (?:it |this |the (?:promotional )?balance )?(?:off|in full)[^.\n:$]{0,40})[:\s]*[$£€]")
        .expect("static regex")
});
/// A standard rate of the account, not of the promotion: "Standard purchase APR 26.99%".
static STANDARD_RATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:standard|regular|ongoing|go-to|variable) (?:purchase )?(?:apr|annual percentage rate|rate)(?-u:\b)")
        .expect("static regex")
});

fn months_of(words: &str) -> Option<u32> {
    words.parse().ok().or_else(|| {
        number::parse_number_words(&words.replace('-', " "))
            .and_then(|d| u32::try_from(d.trunc().mantissa()).ok())
    })
}

pub(super) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    let Some(c) = PROMOTION.captures(&flat) else {
        return;
    };
    let (Some(whole), Some(n)) = (c.get(0), c.get(1)) else {
        return;
    };
    let Some(months) = months_of(n.as_str()).filter(|m| (1..=60).contains(m)) else {
        return;
    };
    let promo = cx.evidence(whole.start(), whole.end());
    if terms.principal.is_none()
        && let Some(m) = PURCHASE.find(&flat)
        && let Some(money) = number::find_money(flat.get(m.end()..).unwrap_or(""))
            .into_iter()
            .next()
            .filter(|x| x.start == 0)
    {
        cx.cover(m.end());
        terms.principal = Some(Amount {
            amount: money.amount,
            currency: cx.dollar(money.currency).to_string(),
            evidence: cx.evidence(m.start(), m.end() + money.end),
            derived: false,
        });
    }
    let Some(principal) = terms.principal.as_ref().map(|p| p.amount) else {
        return;
    };
    if terms.term.is_none() {
        terms.term = Some(LoanTerm {
            months: Some(months),
            days: None,
            evidence: promo.clone(),
        });
    }
    // The payment that pays the purchase off in equal monthly parts within the promotion.
    let Some(m) = PAYOFF_PAYMENT.find(&flat) else {
        return;
    };
    let from = m.end().saturating_sub(1);
    let Some(money) = number::find_money(flat.get(from..).unwrap_or(""))
        .into_iter()
        .next()
        .filter(|x| x.start == 0)
    else {
        return;
    };
    if money.amount * Decimal::from(months) != principal {
        return;
    }
    cx.cover(from);
    let evidence = cx.evidence(m.start(), from + money.end);
    terms.payment = Some(Amount {
        amount: money.amount,
        currency: cx.dollar(money.currency).to_string(),
        evidence: evidence.clone(),
        derived: false,
    });
    terms.installments = Some(Count {
        count: months,
        evidence: evidence.clone(),
    });
    terms.frequency = Some(FrequencyTerm {
        frequency: Frequency::Monthly,
        evidence: evidence.clone(),
    });
    terms.repayment = Some(Repayment {
        method: RepaymentMethod::EqualInstallment,
        evidence,
    });
    let mut note = format!(
        "a deferred-interest promotion («{}»): {months} monthly payments of {} pay the purchase of {principal} off within it at no interest; the cost is computed on that plan",
        promo.text, money.amount
    );
    if let Some(apr) = terms
        .disclosed_apr
        .take_if(|r| STANDARD_RATE.is_match(&r.evidence.text))
    {
        note.push_str(&format!(
            "; if the purchase is not paid in full in time, interest at the account's rate {}% («{}») is charged from the purchase date, which the cost then depends on",
            apr.value.normalize(),
            apr.evidence.text
        ));
    }
    terms.assumptions.push(note);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_promotion_names_its_months() {
        for (s, n) in [
            (
                "Promotion: NO INTEREST IF PAID IN FULL WITHIN 12 MONTHS*",
                12,
            ),
            (
                "Special financing: no interest if the balance is paid in full in 6 months.",
                6,
            ),
            ("0% APR if paid in full within eighteen months", 18),
            (
                "Deferred interest - interest is waived when paid in full in 24 months",
                24,
            ),
        ] {
            let c = PROMOTION.captures(s).expect(s);
            assert_eq!(c.get(1).and_then(|m| months_of(m.as_str())), Some(n), "{s}");
        }
        assert!(
            PROMOTION
                .captures("No interest is charged on this loan.")
                .is_none()
        );
    }
}
