//! A charge told by what the lender keeps out of the advance, with no fee's name: "The Lender
//! keeps twenty dollars ($20.00) for drawing up this note, so that $4,980.00 is handed over",
//! "I will keep $20 of the $5,000 for the paperwork", "$35 is held back from the advance as a
//! processing charge", "$25 comes out of the money you get". Such a sum is a charge withheld at
//! payout (a prepaid finance charge): what the borrower receives is the principal less it.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::number::{Money, find_money};
use crate::model::{Fee, FeeTiming, Terms};
use crate::pattern;

/// A verb of keeping or taking off.
static KEEP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:keeps?|kept|keeping|retains?|retained|retaining|holds? back|held back|holding back|deducts?|deducted|deducting|withholds?|withheld|withholding|subtracts?|subtracted|takes? (?:off|out)|took (?:off|out)|taken (?:off|out)|comes? (?:out of|off)|came (?:out of|off))(?-u:\b)")
        .expect("static regex")
});
/// What the sum is kept from: the loan, the advance, the money lent or received, or the
/// rest of it handed over.
static FROM_LOAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:of|from|out of|off) (?:the|your|this|that|my|our|his|her) (?:loan|advance|amount|money|principal|proceeds|credit|sum|cash)|(?:so that|leaving|and (?:the )?(?:rest|remainder|balance)|the (?:rest|remainder|balance))[^;]{0,100}?(?-u:\b)(?:is|are|will be|gets?|goes) (?:handed|paid|sent|given|transferred|deposited|advanced|lent|wired|credited)|of the [$£€]\s?\d)")
        .expect("static regex")
});
/// Not a charge: a repayment taken from pay or an account, a sum held until work is done, a
/// deposit or a reserve.
static NOT_A_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:pay ?check|paycheque|salary|wages?|payroll|pay ?day|bank account|until|escrow|reserve|security deposit|instal?lments?|(?:re)?payments?|tax(?:es)?)(?-u:\b)")
        .expect("static regex")
});
/// The lender as the one who keeps: "the Lender keeps", "we will retain", "kept by the
/// Lender", "held back by us".
static LENDER_KEEPS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:lender|creditor|we|I)\s+(?:(?:will|shall|may|is\s+to|are\s+to)\s+)?(?:keeps?|retains?|holds?\s+back|withholds?)|(?:kept|retained|held\s+back|withheld)\s+by\s+(?:the\s+)?(?:lender|creditor|us|me))(?-u:\b)")
        .expect("static regex")
});
/// What the sum is for: "for drawing up this note", "as a processing charge".
static PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:for|to cover|as)\s+((?:an?|the|its|his|her|my|our)\s+)?([^,.;:()\n$£€]{3,50}?)(?:\s*[,.;:()]|\s+(?:so|and|which|leaving)(?-u:\b)|$)")
        .expect("static regex")
});

/// The sums kept back from the advance, added to the fees as withheld at payout.
pub(super) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    let Some(principal) = terms.principal.as_ref().map(|p| p.amount) else {
        return;
    };
    let mut found = Vec::new();
    for &(s, e) in &cx.sentences {
        let Some(sentence) = cx.flat.get(s..e) else {
            continue;
        };
        if NOT_A_CHARGE.is_match(sentence) {
            continue;
        }
        let Some(verb) = KEEP.find(sentence) else {
            continue;
        };
        let money = find_money(sentence);
        let Some(kept) = kept_sum(sentence, &money, verb.start(), verb.end()) else {
            continue;
        };
        if kept.amount <= Decimal::ZERO || kept.amount >= principal {
            continue;
        }
        let rest = sentence.get(kept.end.max(verb.end())..).unwrap_or("");
        // Kept from the loan: said so ("of the loan", "the rest is handed over"), or the
        // sentence also names the rest, the principal less the sum ("$10.00 of it is kept ...,
        // and $3,990.00 is paid to you"), or the lender keeps it for a purpose ("the Lender
        // retains $25.00 for the credit report").
        let rest_named = money
            .iter()
            .any(|m| m.start != kept.start && m.amount == principal - kept.amount);
        let lender_keeps = LENDER_KEEPS.is_match(sentence) && PURPOSE.is_match(rest);
        if !(FROM_LOAN.is_match(sentence) || rest_named || lender_keeps) {
            continue;
        }
        let name = PURPOSE.captures(rest).map_or_else(
            || "sum kept back from the advance".to_string(),
            |c| {
                let article = c.get(1).map_or("", |m| m.as_str());
                let what = c.get(2).map_or("", |m| m.as_str().trim());
                // "as a processing charge": the charge's own name.
                if ["fee", "fees", "charge", "charges", "cost", "costs"]
                    .iter()
                    .any(|w| what.to_ascii_lowercase().ends_with(w))
                {
                    what.to_string()
                } else {
                    format!("charge for {article}{what}")
                }
            },
        );
        found.push((name, kept.amount, s, e, s + kept.start));
    }
    for (name, amount, s, e, at) in found {
        // Read already as a named fee of that sum, or inside a fee's own quote.
        if terms
            .fees
            .iter()
            .any(|f| f.amount == Some(amount) || (f.evidence.start < e && s < f.evidence.end))
        {
            continue;
        }
        cx.cover(at);
        let evidence = cx.quote(s, e);
        terms.fees.push(Fee {
            kind: super::fees::kind_of(&name),
            name,
            amount: Some(amount),
            percent: None,
            basis: None,
            per: None,
            timing: FeeTiming::UpfrontDeducted,
            payee: None,
            note: Some(
                "kept back from the advance at payout (no fee's name: told by what the lender keeps): the amount paid out is the principal less it"
                    .to_string(),
            ),
            evidence,
            due_date: None,
            amount_blank: false,
        });
    }
}

/// Between a sum and its verb when the sum is the subject: "($10.00) of it is", "$25 will be".
static SUBJECT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\)?\s*(?:of\s+(?:it|that|this|them)\s+)?(?:(?:is|are|was|were|will\s+be|shall\s+be|is\s+to\s+be|gets?|got)\s+)?$")
        .expect("static regex")
});

/// "… of the " right before a figure: the figure is the whole a part is taken from.
static OF_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:of|from|out\s+of)(?:\s+(?:the|your|this|that|my|our|his|her))?\s*\(?$",
    )
    .expect("static regex")
});

/// The sum kept: the figure right before the verb when it is its subject ("$10.00 of it is
/// kept ..., and $3,990.00 is paid"), else the first figure after the verb (within 60 bytes),
/// else the last one before it ("$20 of the $5,000 is held back": the figure before "of the").
fn kept_sum(sentence: &str, money: &[Money], verb_start: usize, verb_end: usize) -> Option<Money> {
    if let Some(m) = money.iter().rev().find(|m| {
        m.end <= verb_start
            // "$30 of the $2,000 is held back": the whole, not the sum kept.
            && !OF_BEFORE.is_match(sentence.get(..m.start).unwrap_or(""))
            && sentence
                .get(m.end..verb_start)
                .is_some_and(|gap| SUBJECT_GAP.is_match(gap))
    }) {
        return Some(m.clone());
    }
    if let Some(m) = money
        .iter()
        .find(|m| m.start >= verb_end && m.start <= verb_end + 60)
    {
        return Some(m.clone());
    }
    money
        .iter()
        .filter(|m| m.end <= verb_start && m.end + 60 >= verb_start)
        .min_by_key(|m| m.start)
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Document, SourceKind};
    use std::path::Path;

    fn fees(text: &str) -> Vec<(String, Decimal)> {
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        let terms = super::super::extract(&doc);
        terms
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::UpfrontDeducted)
            .map(|f| (f.name.clone(), f.amount.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_sum_the_lender_keeps_from_the_advance_is_withheld() {
        let got = fees(
            "Family loan agreement. Amount of loan: $3,000.00. Interest: 6% a year, repaid in 12 monthly payments of $258.20. She retains $45.00 from the loan to cover the notary, and the rest is paid to me on 1 May 2026.",
        );
        assert_eq!(
            got,
            [("charge for the notary".to_string(), Decimal::new(4500, 2))]
        );
        let got = fees(
            "Promissory note. Principal: $2,000.00. Interest: 8% a year, repaid in 10 monthly payments of $207.39. Of this, $30.00 of the $2,000.00 is held back as a filing charge.",
        );
        assert_eq!(got, [("filing charge".to_string(), Decimal::new(3000, 2))]);
    }

    #[test]
    fn a_sum_kept_by_the_lender_with_the_rest_named_is_withheld() {
        // The rest handed over is named as a figure: the principal less the sum kept.
        let got = fees(
            "Note. Amount of loan: $2,500.00 at 7% a year, repaid in 10 monthly payments of $258.06. Twenty-five dollars ($25.00) of it is retained by my aunt for the title search, and $2,475.00 goes to me by cheque.",
        );
        assert_eq!(
            got,
            [(
                "charge for the title search".to_string(),
                Decimal::new(2500, 2)
            )]
        );
        // The lender keeps it for a purpose.
        let got = fees(
            "Loan agreement. Principal: $1,200.00. Interest: 11% a year, 12 monthly payments of $106.06. The Lender will retain $18.00 for the credit report.",
        );
        assert_eq!(
            got,
            [(
                "charge for the credit report".to_string(),
                Decimal::new(1800, 2)
            )]
        );
    }

    #[test]
    fn a_repayment_taken_from_pay_or_a_holdback_is_no_charge() {
        assert!(
            fees("Principal: $1,500.00. Interest: 10% a year. We will deduct $150.00 from your paycheck each month until the loan is repaid.")
                .is_empty()
        );
        assert!(
            fees("Principal: $8,000.00. Interest: 9% a year, 24 monthly payments of $365.48. The lender holds back $2,000.00 of the advance until the roof is finished.")
                .is_empty()
        );
    }
}
