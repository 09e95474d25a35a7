//! Equal principal: the same share of principal each period, with the interest on the
//! declining balance on top, so the payments go down ("12 equal monthly principal
//! installments of $400.00, each with the interest then due", "principal of $250.00 each
//! month plus interest on the unpaid balance"). The count, when not stated, is the principal
//! over that share.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number;
use crate::model::{Count, Frequency, FrequencyTerm, Repayment, RepaymentMethod, Terms};
use crate::pattern;

/// "12 equal monthly principal installments", "equal principal payments", "equal
/// instalments of principal", "principal of $250.00 each month plus interest", "$400 of
/// principal a month together with the interest". Group 1 is a count before the words.
static EQUAL_PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[
        // A share of principal in figures first ("$125.00 of principal plus the interest")
        // opens with its currency mark, which no word boundary precedes.
        r"(?i)(?:(?-u:\b)(?:(?:(\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+)?equal\s+(?:monthly\s+|weekly\s+|quarterly\s+)?(?:principal|capital)\s+(?:payments?|instal?lments?|repayments?|amounts?|reductions?)|equal\s+(?:monthly\s+|weekly\s+|quarterly\s+)?(?:payments|instal?lments|repayments|amounts|parts|portions)\s+of\s+(?:the\s+)?(?:principal|capital)|(?:principal|capital)(?:\s+(?:payments?|instal?lments?|repayments?|portion))?\s+of\s+",
        number::MARK_BEFORE,
        r"\d[\d,]*(?:\.\d{1,2})?\s+(?:each|every|per|a)\s+(?:month|week|quarter)\s*,?\s*(?:plus|together with|with|and)\s+(?:the\s+|all\s+)?(?:accrued\s+)?interest",
        // In words: "the same part of the principal each time, plus interest on what is still
        // owed", "principal in equal parts with interest on the declining balance".
        r"|the\s+same\s+(?:part|share|portion|amount|sum|slice)\s+of\s+(?:the\s+)?(?:principal|capital|loan|amount borrowed)\s+(?:(?:each|every)\s+(?:time|month|week|quarter|payment|period)\s*,?\s*)?(?:plus|together with|with|and)\s+(?:the\s+)?interest",
        r"|(?:principal|capital)(?:\s+(?:is|will be|shall be|gets?)\s+(?:re)?paid(?:\s+back)?)?\s+in\s+equal\s+(?:parts|shares|portions|amounts|sums|instal?lments)\s*,?\s*(?:plus|together with|with|and)\s+(?:the\s+)?interest\s+on\s+(?:the\s+)?(?:declining|reducing|diminishing|outstanding|unpaid|remaining)\s+(?:principal\s+)?balance)|",
        number::MARK_BEFORE,
        r"\d[\d,]*(?:\.\d{1,2})?\)?\s+(?:of|in)\s+principal\s+(?:(?:each|every|per|a)\s+(?:month|week|quarter|time|payment|period)\s*,?\s*)?(?:plus|together with|with|and)\s+(?:the\s+|all\s+)?(?:accrued\s+)?interest)(?-u:\b)",
    ]
    .concat())
    .expect("static regex")
});

/// The words after the match that may still hold its share of principal ("... installments
/// of $400.00").
const SHARE_REACH: usize = 24;

/// Read an equal-principal schedule: its method, its frequency, and its count (stated in the
/// same words, or the principal over the equal share).
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let flat = cx.flat.clone();
    let Some(c) = EQUAL_PRINCIPAL.captures(&flat) else {
        return;
    };
    let Some(whole) = c.get(0) else { return };
    if terms
        .repayment
        .as_ref()
        .is_some_and(|r| !matches!(r.method, RepaymentMethod::EqualInstallment))
    {
        return;
    }
    let end = super::floor(&flat, whole.end() + SHARE_REACH);
    let words = flat.get(whole.start()..end).unwrap_or("");
    let evidence = cx.evidence(whole.start(), whole.end());
    terms.repayment = Some(Repayment {
        method: RepaymentMethod::EqualPrincipal,
        evidence: evidence.clone(),
    });
    // The period may be told before the share, in its sentence ("Every month on the 10th,
    // I will pay $125.00 of principal plus the interest").
    let (ss, _) = cx.sentence_of(whole.start());
    let lead = flat.get(ss.min(whole.start())..whole.start()).unwrap_or("");
    let lower = format!(
        "{} {}",
        lead.to_ascii_lowercase(),
        words.to_ascii_lowercase()
    );
    if terms.frequency.is_none() {
        let frequency = if lower.contains("month") {
            Some(Frequency::Monthly)
        } else if lower.contains("week") {
            Some(Frequency::Weekly)
        } else if lower.contains("quarter") {
            Some(Frequency::Quarterly)
        } else {
            None
        };
        if let Some(frequency) = frequency {
            terms.frequency = Some(FrequencyTerm {
                frequency,
                evidence: evidence.clone(),
            });
        }
    }
    if terms.installments.is_some() {
        return;
    }
    if let Some(n) = c
        .get(1)
        .and_then(|n| super::schedule::parse_count(n.as_str()))
        .filter(|&n| n > 1)
    {
        cx.cover(whole.start());
        terms.installments = Some(Count { count: n, evidence });
        return;
    }
    share_count(terms, words, evidence);
}

/// No count stated: the principal over the equal share, when it divides evenly.
fn share_count(terms: &mut Terms, words: &str, evidence: crate::model::Evidence) {
    let Some(principal) = terms.principal.as_ref().map(|p| p.amount) else {
        return;
    };
    let Some(share) = number::find_money(words)
        .into_iter()
        .map(|m| m.amount)
        .find(|a| *a > Decimal::ZERO && *a < principal)
    else {
        return;
    };
    let quotient = principal / share;
    let Some(count) = (quotient.fract().is_zero())
        .then(|| u32::try_from(quotient.trunc().mantissa()).ok())
        .flatten()
        .filter(|&n| n > 1)
    else {
        return;
    };
    terms.inferred.push(crate::model::Inferred {
        field: "installments".into(),
        value: count.to_string(),
        reason: format!(
            "no count of payments is stated: the principal {principal} repaid in equal shares of {share} is {count} payments"
        ),
        evidence: vec![evidence.clone()],
    });
    terms.installments = Some(Count { count, evidence });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_principal_in_words_is_read() {
        for s in [
            "Each quarter she repays the same share of the loan each time, with interest on the rest.",
            "I will pay back the same part of the principal every month, plus interest on what is left.",
            "The capital is repaid in equal portions, together with interest on the reducing balance.",
            "We pay ($250.00) in principal each payment and the interest then due.",
            "Pay $80 of principal with the accrued interest on the tenth of each month.",
        ] {
            assert!(EQUAL_PRINCIPAL.is_match(s), "{s}");
        }
        // Level payments that say where each goes are not equal principal.
        assert!(
            !EQUAL_PRINCIPAL
                .is_match("Each payment of $240 is applied first to interest, then to principal.")
        );
    }
}
