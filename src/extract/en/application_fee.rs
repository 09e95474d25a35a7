//! An application fee charged to every applicant whether or not credit is extended ("charged
//! to all applicants, whether or not the loan is approved"): Regulation Z leaves it out of the
//! finance charge (12 CFR 1026.4(c)(1)), so it is not a charge of the credit for the APR; the
//! Military APR counts application fees (32 CFR 232.4(c)), so it is kept apart
//! (`Terms::application_fee_all_applicants`) for that measure. Both halves must be written: a
//! fee charged only to those who get the loan is a finance charge.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::model::{Amount, FeeKind, FeeTiming, Terms};
use crate::pattern;

static ALL_APPLICANTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:every|all|each|any)\s+(?:loan\s+|credit\s+)?applicants?(?-u:\b)",
    )
    .expect("static regex")
});

static WHETHER_OR_NOT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:whether\s+or\s+not|regardless\s+of\s+whether|even\s+if)\s+(?:a\s+|the\s+|your\s+|any\s+)?(?:loan|credit|application|advance)(?-u:\b)")
        .expect("static regex")
});

/// Does the sentence say the fee is charged to every applicant, credit or not?
fn all_applicants(sentence: &str) -> bool {
    ALL_APPLICANTS.is_match(sentence) && WHETHER_OR_NOT.is_match(sentence)
}

pub(super) fn set_apart(cx: &Ctx, terms: &mut Terms) {
    let Some((i, amount, (s, e))) = terms.fees.iter().enumerate().find_map(|(i, f)| {
        let amount = f.amount?;
        let sentence = cx.sentence_of(f.evidence.start);
        let (s, e) = sentence;
        (f.kind == FeeKind::Application
            && matches!(f.timing, FeeTiming::UpfrontPaid | FeeTiming::Other)
            && all_applicants(cx.doc.text.get(s..e.max(s)).unwrap_or("")))
        .then_some((i, amount, sentence))
    }) else {
        return;
    };
    let fee = terms.fees.remove(i);
    let evidence = cx.evidence(s, e);
    let currency = terms
        .principal
        .as_ref()
        .map_or_else(|| "USD".to_string(), |p| p.currency.clone());
    terms.assumptions.push(format!(
        "{} of {} charged to every applicant whether or not credit is extended («{}»): out of the finance charge and the APR (12 CFR 1026.4(c)(1)); the Military APR counts it (32 CFR 232.4(c))",
        fee.name,
        amount.normalize(),
        evidence.text.trim()
    ));
    terms.application_fee_all_applicants = Some(Amount {
        amount,
        currency,
        evidence,
        derived: false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_fee_of_every_applicant_credit_or_not_is_out_of_the_finance_charge() {
        assert!(all_applicants(
            "A $35 application fee is collected from all applicants, regardless of whether the loan is approved."
        ));
        assert!(all_applicants(
            "Each applicant pays a $20 application charge even if the application is declined."
        ));
        // Only those who get the loan pay it: a finance charge.
        assert!(!all_applicants(
            "An application fee of $35 is charged when your loan is approved."
        ));
        assert!(!all_applicants("All applicants must be 18 or older."));
    }
}
