//! A summary's total against the Truth in Lending box's: an app screen's card ("Total to repay
//! $10,312.74"), a cover letter's or a statement's total set above a disclosure box whose
//! "Total of Payments" states another figure. The box is the federal disclosure and governs
//! when its own arithmetic holds (amount financed + finance charge, or the payment schedule's
//! sum): it is the total read, and the other figure is recorded as a contradiction quoting both.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::amounts::labelled_money;
use crate::model::{Amount, Inconsistency, InconsistencyKind, Terms};
use crate::pattern;

/// The Truth in Lending label itself.
static TILA_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)total of payments(?-u:\b)").expect("static regex")
});

pub(super) fn prefer_box(cx: &mut Ctx, terms: &mut Terms) {
    let Some(read) = terms.total_of_payments.clone() else {
        return;
    };
    if TILA_TOTAL.is_match(&read.evidence.text) {
        return;
    }
    let Some((money, label)) = labelled_money(cx, &TILA_TOTAL) else {
        return;
    };
    if money.amount == read.amount || money.currency != read.currency {
        return;
    }
    if !box_holds(terms, money.amount) {
        return;
    }
    cx.cover(money.start);
    let evidence = cx.evidence(label, money.end);
    let boxed = Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: evidence.clone(),
        derived: false,
    };
    let diff = (read.amount - boxed.amount).abs();
    terms.inconsistencies.push(Inconsistency {
        kind: InconsistencyKind::StatedTotalContradictsParts.as_str().into(),
        message: format!(
            "the document states two totals: {} («{}») and the Truth in Lending box's total of payments {} («{}»), {} apart; the box's figure is the one its own amount financed and finance charge or its payment schedule give, and the disclosure governs: it is the total read; ask the lender to correct the other",
            read.amount.normalize(),
            read.evidence.text.trim(),
            boxed.amount.normalize(),
            evidence.text.trim(),
            diff.normalize(),
        ),
        evidence: read.evidence.clone(),
    });
    terms.total_of_payments = Some(boxed);
}

/// The box's total is its amount financed plus its finance charge, or the schedule's sum
/// (count x payment, the last payment as stated), to the cent per payment.
fn box_holds(terms: &Terms, total: Decimal) -> bool {
    let by_box = match (&terms.disbursed, &terms.finance_charge) {
        (Some(a), Some(f)) => (a.amount + f.amount - total).abs() <= Decimal::new(1, 2),
        _ => false,
    };
    let by_schedule = match (&terms.payment, &terms.installments) {
        (Some(p), Some(n)) if n.count > 0 => {
            let n = Decimal::from(n.count);
            let last = terms.last_payment.as_ref().map_or(p.amount, |l| l.amount);
            let sum = p.amount * (n - Decimal::ONE) + last;
            (sum - total).abs() <= Decimal::new(1, 2) * n
        }
        _ => false,
    };
    by_box || by_schedule
}

#[cfg(test)]
mod tests {
    use crate::read::{Document, SourceKind};
    use rust_decimal::Decimal;
    use std::path::Path;

    #[test]
    fn the_box_total_governs_a_summary_total_that_contradicts_it() {
        let text = "Welcome letter\nTotal amount to repay: $3,900.00\n\nTRUTH IN LENDING DISCLOSURE\nANNUAL PERCENTAGE RATE 18.00%\nFINANCE CHARGE $1,000.00\nAmount Financed $3,000.00\nTotal of Payments $4,000.00\nYour payment schedule: 40 payments of $100.00 monthly.\n";
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        let terms = crate::extract::en::extract(&doc);
        assert_eq!(
            terms.total_of_payments.map(|t| t.amount),
            Some(Decimal::new(400000, 2))
        );
        let i = terms
            .inconsistencies
            .iter()
            .find(|i| i.kind == "stated-total-contradicts-parts")
            .expect("the two totals");
        assert!(
            i.message.contains("3900") && i.message.contains("4000"),
            "{}",
            i.message
        );
    }
}
