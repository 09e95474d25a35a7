//! Pawn and pledge loans: a pawn ticket (a "pawn transaction form", a pledge receipt) lends
//! against goods left with the pawnbroker. It names its figures in its own words: the amount
//! advanced or loaned to the pledgor, the pawn service (or storage) charge for the period, and
//! the amount that redeems the goods at maturity. Read only in a document that speaks of a
//! pawn or a pledge, and only where the general labels found nothing.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::amounts::labelled_money;
use crate::model::{Amount, Fee, FeeKind, FeeTiming, Terms};

/// The words of a pawn or pledge loan: the pawnbroker, the pledgor, pledged goods.
static PAWN_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:pawn(?:broker|brokers|shop|ed|s)?|pledg(?:or|er|ed goods|ed property|ed items?|ed articles?|e (?:ticket|receipt|loan))|pawn[- ]?(?:ticket|receipt|transaction|loan))(?-u:\b)")
        .expect("static regex")
});

/// The amount lent on the goods: "Amount of money advanced", "Amount loaned", "Cash advanced to
/// pledgor", "Pawn loan amount", "Amount of pledge loan".
static ADVANCED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:amount (?:of )?(?:money |cash |the loan |loan )?(?:advanced|loaned|lent)(?: (?:to|on) (?:you|the pledgor|pledgor|the customer|customer|the goods|pledged goods))?|(?:money|cash) (?:advanced|loaned|lent|paid) (?:to )?(?:you|the pledgor|pledgor|the customer|customer)|(?:pawn|pledge) (?:loan )?amount|amount of (?:the |this )?(?:pawn|pledge)(?: loan)?)(?-u:\b)")
        .expect("static regex")
});

/// The charge for the pawn period: "Pawn service charge", "Pawnshop charge", "Storage fee",
/// "Monthly pawn charge", "Storage and service charge". (A "finance charge" is read as the
/// finance charge, not again here.)
const CHARGE_WORDS: &str = r"(?:monthly |daily |30[- ]day )?(?:pawn(?:shop)?|pledge|pawnbroker(?:'s|’s)?)(?: service| storage| loan)? (?:charge|fee)s?|storage (?:and (?:service|handling) )?(?:charge|fee)s?|(?:service|handling) and storage (?:charge|fee)s?";
static CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)({CHARGE_WORDS})(?-u:\b)")).expect("static regex")
});
/// A finance charge that names itself the pawn charge: "FINANCE CHARGE (pawn service
/// charge):", "Finance charge — pawnshop charge:".
static FINANCE_CHARGE_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?i)(?-u:\b)finance charges?\s*(?:\(\s*|[-–—:]\s*)(?:the |your |a |our )?({CHARGE_WORDS})(?-u:\b)"
    ))
    .expect("static regex")
});

/// The sum that buys the goods back: "Total amount due to redeem", "Redemption amount",
/// "Amount required to redeem", "To redeem, pay", "Total to redeem".
static REDEEM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:total )?(?:amount|sum) (?:due |required |needed |payable |necessary )?(?:to redeem|for redemption|on redemption)|redemption (?:amount|price|value|total|sum)|(?:total )?(?:due|payable) (?:to|at|on) redeem(?:ing|ption)|to redeem,? (?:you )?(?:must )?pay|total (?:due |payable |needed )?(?:to|for) redeem(?:ing|ption)?)(?-u:\b)")
        .expect("static regex")
});

/// Does the document speak of a pawn or a pledge of goods?
fn is_pawn(cx: &Ctx) -> bool {
    PAWN_WORDS.is_match(&cx.flat)
}

/// The amount advanced and the redemption amount, where the general labels read none.
pub(crate) fn amounts(cx: &mut Ctx, terms: &mut Terms) {
    if !is_pawn(cx) {
        return;
    }
    if terms.principal.is_none()
        && let Some((money, label)) = labelled_money(cx, &ADVANCED)
    {
        cx.cover(money.start);
        terms.principal = Some(Amount {
            amount: money.amount,
            currency: cx.dollar(money.currency).to_string(),
            evidence: cx.evidence(label, money.end),
            derived: false,
        });
    }
    if terms.total_of_payments.is_none()
        && let Some((money, label)) = labelled_money(cx, &REDEEM)
    {
        cx.cover(money.start);
        terms.total_of_payments = Some(Amount {
            amount: money.amount,
            currency: cx.dollar(money.currency).to_string(),
            evidence: cx.evidence(label, money.end),
            derived: false,
        });
    }
}

/// Words of a repayment in parts: instalments, or a count of periodic payments.
static IN_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:instal?lments?|part[- ]payments?|\d{1,3}\s+(?:weekly\s+|fortnightly\s+|monthly\s+|equal\s+)?(?:re)?payments)(?-u:\b)")
        .expect("static regex")
});
/// Redeeming the goods: the total's label or the charge's words ("payable ... on redemption").
static REDEEMS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:redeem(?:s|ed|ing)?|redemption)(?-u:\b)").expect("static regex")
});

/// A pawn is repaid by redeeming the goods: the whole sum at once. When the total read is the
/// sum that redeems them ("Total amount payable to redeem at the end of the agreement:
/// £1,112.00") and the text speaks of no instalments, it is one payment.
pub(crate) fn one_redemption(cx: &Ctx, terms: &mut Terms) {
    if !is_pawn(cx)
        || terms.installments.is_some()
        || terms.frequency.is_some()
        || terms.payment.is_some()
        || IN_PARTS.is_match(&cx.flat)
    {
        return;
    }
    let Some(total) = terms
        .total_of_payments
        .as_ref()
        .filter(|t| REDEEMS.is_match(&t.evidence.text))
    else {
        return;
    };
    let evidence = total.evidence.clone();
    terms.assumptions.push(format!(
        "one payment: a pawn is repaid by redeeming the goods, the whole sum at once («{}»)",
        evidence.text.trim()
    ));
    super::schedule::one_payment(terms, evidence);
}

/// The pawn charge: a cost of the credit paid when the goods are redeemed, unless the general
/// fee reader already read a fee of that amount. A finance charge that is the pawn charge
/// ("FINANCE CHARGE (pawn service charge): $62.50") holds it: the cost counts it once.
pub(crate) fn charge(cx: &mut Ctx, terms: &mut Terms) {
    if !is_pawn(cx) {
        return;
    }
    let (name, amount, evidence) = if let Some((money, label)) = labelled_money(cx, &CHARGE) {
        let name = CHARGE
            .find(cx.slice(label, money.start))
            .map_or("pawn charge".to_string(), |m| m.as_str().to_lowercase());
        cx.cover(money.start);
        (name, money.amount, cx.evidence(label, money.end))
    } else if let Some(fc) = &terms.finance_charge
        && let Some(named) = FINANCE_CHARGE_NAMED.captures(&fc.evidence.text)
    {
        (named[1].to_lowercase(), fc.amount, fc.evidence.clone())
    } else {
        return;
    };
    if terms.fees.iter().any(|f| f.amount == Some(amount)) {
        return;
    }
    terms.assumptions.push(format!(
        "the {name} is paid when the goods are redeemed, with the amount advanced"
    ));
    terms.fees.push(Fee {
        name,
        kind: FeeKind::Service,
        amount: Some(amount),
        percent: None,
        basis: None,
        per: None,
        timing: FeeTiming::AtMaturity,
        payee: None,
        note: None,
        evidence,
        due_date: None,
        amount_blank: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pawn_labels_in_several_wordings() {
        for l in [
            "AMOUNT OF MONEY ADVANCED",
            "Amount loaned",
            "Cash advanced to pledgor",
            "Pawn loan amount",
        ] {
            assert!(ADVANCED.is_match(l), "{l}");
        }
        for l in [
            "PAWN SERVICE CHARGE",
            "Pawnshop charge",
            "Storage fee",
            "Monthly pawn charge",
        ] {
            assert!(CHARGE.is_match(l), "{l}");
        }
        assert!(!CHARGE.is_match("Finance charge"));
        for l in [
            "TOTAL AMOUNT DUE TO REDEEM",
            "Redemption amount",
            "Amount required to redeem",
            "To redeem, pay",
            "Total to redeem",
        ] {
            assert!(REDEEM.is_match(l), "{l}");
        }
    }
}
