//! When a fee is paid: deducted from the proceeds, paid at closing, with the first or the
//! last payment, with each payment, financed, or on default.

use std::sync::LazyLock;

use regex::Regex;

use rust_decimal::Decimal;

use crate::model::{Fee, FeeKind, FeeTiming, Terms};
use crate::pattern;

/// A charge taken from the money lent before it is paid out: "deducted from the proceeds",
/// "we keep an origination fee of $200 from it", "the remainder, less an origination fee of
/// $195 which we retain", "keep a fee of $300.00 out of the loan proceeds", "net of the set-up fee", a funding table's row "Less: origination
/// fee  -$180.00", "a setup fee of $15 is taken out, and the remaining $985 is placed in",
/// "taken from the credit before we pay it out", "the fee comes off the amount we send you".
static DEDUCTED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^[\s|•-]*(?:less|minus)\s*[:(–-]|(?-u:\b)(?:deduct[A-Za-z]*|withh[eo]ld[A-Za-z]*|(?:from|out of) the (?:loan )?proceeds|netted|net of|(?:paid|payable|taken|met) (?:out of|from) (?:the |your )?(?:amount of credit|credit amount|loan amount|loan|principal|advance|amount financed|credit|amount (?:lent|borrowed|advanced))(?-u:\b)|prepaid finance charge|taken out of|(?:is|are|will be|gets?|being) taken out(?:[,.;)]|\s+(?:first|up ?front|at the start|before|and))|(?:the )?(?:remaining|rest|remainder|balance)(?: of)?,?\s*\(?[$£€]\s?\d|taken (?:off|from) (?:the|your) (?:loan|amount|proceeds|advance|credit)|(?:subtracted|kept back|held back) from|(?:kept|retained|held|taken|subtracted)(?: back)? (?:from|out of|off) (?:loan|proceeds|advance|credit|principal)(?-u:\b)|comes? (?:out of|off) (?:the|your) (?:loan|proceeds|credit|advance|amount (?:lent|borrowed|advanced|we (?:send|pay|lend|transfer|advance|deposit))|money (?:we|the lender) (?:send|pay|lend|transfer))|comes? out of (?:the|your) amount|(?:keeps?|kept|retains?|retained|holds? back|held back)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:from|out of) (?:it|them|the|your|this|that)(?-u:\b)|(?:we|lender|the lender|creditor|the creditor)\s+(?:will\s+|shall\s+|may\s+)?(?:keeps?|retains?)(?-u:\b)|(?:less|minus)\s+(?:an?|the|our|your|its)\s+(?:[a-z$£€0-9.,-]+\s+){0,3}(?:fees?|charges?|points|premium|commission)(?-u:\b))")
        .expect("static regex")
});

static FINANCED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:financed|added to (?:the )?(?:loan|principal|amount financed|balance)|included in (?:the )?(?:loan|principal|amount financed))")
        .expect("static regex")
});

static PAID: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:separately from (?:the|your) (?:loan|proceeds|advance|amount (?:lent|borrowed))|paid (?:by (?:you|the borrower|borrower) )?(?:(?:today|now|at signing|on signing)[,;]?\s+)?(?:(?:directly )?to (?:us|the lender|lender|the creditor) )?(?:in cash|by (?:card|debit card|check|cheque)|at (?:loan )?closing|at (?:loan )?signing|separately|up-?front|before)|(?:payable |due )?(?:at|upon) (?:closing|signing|consummation)|closing costs?)")
        .expect("static regex")
});

/// A charge paid with the last repayment: "added to your repayment on the repayment date",
/// "payable at maturity", "with the final payment", "with the last monthly instalment".
static AT_MATURITY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:added to (?:your|the) (?:final |last |single )?(?:re)?payment|(?:payable|paid|charged|collected) (?:on|at|with) (?:the )?(?:(?:final |last )?(?:re)?payment date|maturity(?: date)?|due date|end of the (?:term|loan))|(?:payable|paid|due|charged|collected)(?: [a-z]+){0,4} at maturity|with (?:the|your) (?:final|last|single) (?:(?:monthly|weekly|fortnightly|regular|scheduled) )?(?:(?:re)?payment|instal?ment)|when (?:you repay|the loan is repaid))(?-u:\b)")
        .expect("static regex")
});

/// A charge paid on the day the credit is paid out, apart from it: "you must pay it on the day
/// we pay the credit to you", "payable on the funding date", "when the loan is paid out".
static AT_DISBURSEMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:on\s+the\s+(?:same\s+)?(?:day|date)\s+(?:that\s+)?(?:we|the\s+lender|the\s+creditor|lender|creditor)\s+(?:pays?|paid|advances?|lends?|transfers?|sends?|releases?|deposits?)\s+(?:the\s+|your\s+)?(?:credit|loan|money|funds|proceeds|advance)|(?:on\s+the\s+(?:same\s+)?(?:day|date)|when)\s+(?:the|your)\s+(?:credit|loan|money|funds|proceeds|advance)\s+(?:is|are|will\s+be)\s+(?:paid\s+out|paid\s+to\s+you|advanced|disbursed|funded|released|transferred|sent|deposited)|when\s+(?:we|the\s+lender|the\s+creditor)\s+(?:pays?\s+out|advances?|disburses?|releases?|transfers?)\s+(?:the|your)\s+(?:credit|loan|money|funds|proceeds)|(?:on|at)\s+the\s+(?:payout|funding|disbursement|drawdown|draw-down)\s+(?:day|date)|(?:on|at)\s+(?:payout|funding|disbursement|drawdown))(?-u:\b)")
        .expect("static regex")
});

/// A charge paid with the one payment of a single-payment loan: "due with your payment",
/// "payable together with the repayment".
static WITH_THE_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:due|payable|paid|collected|charged|added)\s+(?:together\s+)?(?:with|to)\s+(?:your|the)\s+(?:re)?payment|(?:included|contained|built|added)\s+in(?:to)?\s+(?:your|the)\s+(?:check|cheque|repayment)(?:\s+amount)?)(?-u:\b)")
        .expect("static regex")
});

/// A charge paid together with the first instalment: "payable with your first monthly
/// payment", "added to the first instalment", "due on the first payment date".
static WITH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:payable|paid|due|charged|collected|billed|added|included)\s+(?:together\s+)?(?:with|to|in|on)\s+(?:the|your)\s+first\s+(?:(?:monthly|weekly|regular|scheduled)\s+)?(?:payment|instal?lment|repayment)|(?:on|at|by)\s+(?:the|your)\s+first\s+(?:payment|instal?lment|repayment|due)\s+date)(?-u:\b)")
        .expect("static regex")
});

/// A charge paid again with every payment or period: "per month", "$2.50 per remaining
/// instalment", "added to each payment".
static PERIODIC: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:per month|each month|monthly|per week|each week|weekly|(?:with|per|on|for|added to) (?:each|every) (?:(?:remaining|later|subsequent|following|scheduled|regular|future|other) )?(?:payment|instal?lment|repayment)|per (?:(?:remaining|scheduled|regular) )?(?:payment|instal?lment|repayment|(?:pay(?:ment)? |billing )?period)|per annum|per year|annually)(?-u:\b)")
        .expect("static regex")
});

static ON_DEFAULT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:default|collect[A-Za-z]*|enforc[A-Za-z]*|breach|suit|relief|court|judgment|fail[A-Za-z]*)(?-u:\b)",
    )
    .expect("static regex")
});

/// Does the sentence say the charge is taken from the money lent? "(not taken from the
/// loan)", "it is not deducted" say the opposite.
fn deducted(sentence: &str) -> bool {
    // "Prepaid finance charge: processing fee $95.00, paid by you today by debit card": the
    // label names the charge's Reg Z class; the words say how it is paid.
    let paid_apart = paid_stated(sentence);
    DEDUCTED.find_iter(sentence).any(|m| {
        let label_only = m.as_str().eq_ignore_ascii_case("prepaid finance charge");
        let set_aside = negated_before(sentence, m.start()) || (paid_apart && label_only);
        !set_aside
    })
}

/// Does a negation end the words before byte `at`?
fn negated_before(sentence: &str, at: usize) -> bool {
    let before = sentence.get(..at).unwrap_or("").to_ascii_lowercase();
    let mut words = before
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .rev();
    let last = words.next().unwrap_or("");
    if ["not", "never", "isn't", "isn’t", "no", "nor"].contains(&last) {
        return true;
    }
    // A negative subject before the verb: "nothing is taken off the credit", "none of it will
    // be kept back from".
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "will", "be", "gets", "get", "being",
    ];
    let mut w = last;
    let mut seen_aux = false;
    while AUX.contains(&w) {
        seen_aux = true;
        w = words.next().unwrap_or("");
        if w == "it" || w == "of" {
            w = words.next().unwrap_or("");
            if w == "of" {
                w = words.next().unwrap_or("");
            }
        }
    }
    seen_aux && ["nothing", "none", "neither"].contains(&w)
}

/// Does the sentence say the charge is financed? "(not financed)" says the opposite.
/// "The amount financed is $6,305.00" names a disclosure figure, not a financed charge.
pub(super) fn financed(sentence: &str) -> bool {
    FINANCED.find_iter(sentence).any(|m| {
        let before = sentence.get(..m.start()).unwrap_or("").to_ascii_lowercase();
        let before = before.trim_end();
        !["not", "never", "isn't", "no", "amount"]
            .iter()
            .any(|w| before.ends_with(w))
    })
}

/// The charge is said to be made only on a default ("applies on default", "is charged upon
/// repossession", "payable if you fail to pay"): whatever its name, not a cost of credit.
static ONLY_ON_DEFAULT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:appl(?:y|ies)|(?:is|are|will be|may be|becomes?|shall be) (?:charged|payable|due|imposed|assessed|added)|charged|payable|due|imposed|assessed)(?: only)? (?:on|upon|if|after|following|in the event of|in case of)(?: (?:a|an|any|your|the))? (?:default|repossession|failure to pay|fail(?:s)? to (?:pay|make)|missed payment|late payment|you default)(?-u:\b)",
    )
    .expect("static regex")
});

/// The charge falls due only when a payment is not made: "if it is still unpaid 14 days after
/// the due date", "when a repayment is not received by its due date", "if you fall behind",
/// "once an instalment is overdue". Not "while the loan is outstanding" nor "the unpaid
/// balance" (a charge of the credit reckoned on what is owed).
static ON_NON_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?-u:\b)(?:(?:if|when|once|where|should)(?-u:\b)[^.;:]{0,60}?(?-u:\b)(?:unpaid|overdue|past due|in arrears|fall(?:s|en)? (?:behind|into arrears)|(?:is|are|was|were|has|have)(?: still)? not (?:been )?(?:received|paid|made))|(?:days?|weeks?) (?:after|past|beyond) (?:the|its|a|your|each|any) (?:\w+ )?due date)(?-u:\b)",
    )
    .expect("static regex")
});

pub(super) fn timing_of(kind: FeeKind, sentence: &str) -> FeeTiming {
    match kind {
        FeeKind::Late | FeeKind::ReturnedPayment | FeeKind::Penalty => FeeTiming::OnDefault,
        _ if ONLY_ON_DEFAULT.is_match(sentence) => FeeTiming::OnDefault,
        _ if kind != FeeKind::Prepayment && ON_NON_PAYMENT.is_match(sentence) => {
            FeeTiming::OnDefault
        }
        FeeKind::Collection | FeeKind::Legal if ON_DEFAULT.is_match(sentence) => {
            FeeTiming::OnDefault
        }
        FeeKind::Prepayment => FeeTiming::Other,
        _ if deducted(sentence) => FeeTiming::UpfrontDeducted,
        _ if AT_DISBURSEMENT.is_match(sentence) => FeeTiming::AtDisbursement,
        _ if WITH_FIRST.is_match(sentence) => FeeTiming::OnDate,
        _ if AT_MATURITY.is_match(sentence) => FeeTiming::AtMaturity,
        _ if financed(sentence) => FeeTiming::Other,
        _ if PERIODIC.is_match(sentence) => FeeTiming::PerPeriod,
        _ if PAID.is_match(sentence) => FeeTiming::UpfrontPaid,
        FeeKind::Origination => FeeTiming::UpfrontPaid,
        _ => FeeTiming::Other,
    }
}

/// Does the sentence say when the charge is paid apart from the loan ("in cash at closing",
/// "separately")? "Fully earned at closing" says when it is earned, not how it is paid.
fn paid_stated(sentence: &str) -> bool {
    PAID.find_iter(sentence).any(|m| {
        let before = sentence.get(..m.start()).unwrap_or("").to_ascii_lowercase();
        !before.trim_end().ends_with("earned") && !negated_before(sentence, m.start())
    })
}

/// A Truth in Lending Amount Financed that is the principal less exactly the fees taken at the
/// start whose paying no words state (an origination fee's default is "paid up front"): the
/// figures show those fees withheld from the money lent, so they are deducted. A fee stated
/// paid in cash or separately keeps its timing (the amount financed nets it out all the same).
pub(super) fn withheld_by_amount_financed(terms: &mut Terms) {
    let Some((principal, financed)) = super::amounts::principal_and_stated_amount_financed(terms)
    else {
        return;
    };
    let unstated = |f: &Fee| {
        f.timing == FeeTiming::UpfrontPaid && f.amount.is_some() && !paid_stated(&f.evidence.text)
    };
    let sum: Decimal = terms
        .fees
        .iter()
        .filter(|f| unstated(f))
        .filter_map(|f| f.amount)
        .sum();
    let stated_paid = terms
        .fees
        .iter()
        .any(|f| f.timing == FeeTiming::UpfrontPaid && !unstated(f));
    if sum.is_zero() || stated_paid || principal.amount - sum != financed.amount {
        return;
    }
    let (p, a) = (principal.amount, financed.amount);
    for f in terms.fees.iter_mut().filter(|f| unstated(f)) {
        f.timing = FeeTiming::UpfrontDeducted;
        let note = format!(
            "its paying is not written: the amount financed {a} = the principal {p} less the fees taken at the start shows it withheld from the loan"
        );
        f.note = Some(match f.note.take() {
            Some(n) => format!("{n}; {note}"),
            None => note,
        });
    }
}

/// One payment whose stated total is the principal plus the fees of no stated timing: those
/// fees are paid with that payment, at maturity (a payday receipt's "Fee ..... $52.50"). A fee
/// "due with your payment" of a single-payment loan is paid with it whatever the totals say.
pub(super) fn paid_with_the_one_payment(terms: &mut Terms) {
    let single = terms.installments.as_ref().is_some_and(|c| c.count == 1);
    if single {
        for f in terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other && WITH_THE_PAYMENT.is_match(&f.evidence.text))
        {
            f.timing = FeeTiming::AtMaturity;
        }
    }
    let untimed = |f: &Fee| f.timing == FeeTiming::Other && f.amount.is_some();
    let fees: Decimal = terms
        .fees
        .iter()
        .filter(|f| untimed(f))
        .filter_map(|f| f.amount)
        .sum();
    // (A receipt may state only the sum handed over: the principal is derived from it later.
    // With a finance charge stated, the fee is that charge, read there, unless the fees are
    // the finance charge's parts: a deferred-presentment box's $55.00 finance charge is its
    // $50.00 presentment fee and its $5.00 verification fee.)
    let received = terms.disbursed.as_ref().filter(|_| {
        terms.finance_charge.as_ref().is_none_or(|c| {
            terms.fees.iter().filter(|f| untimed(f)).count() > 1 && c.amount == fees
        })
    });
    let (Some(p), Some(t)) = (
        terms.principal.as_ref().or(received),
        &terms.total_of_payments,
    ) else {
        return;
    };
    if !single || fees.is_zero() || p.amount + fees != t.amount {
        return;
    }
    let total = t.amount;
    for f in terms.fees.iter_mut().filter(|f| untimed(f)) {
        f.timing = FeeTiming::AtMaturity;
        let note = format!(
            "paid with the one payment: principal {} plus the fees = the total of payments {total}",
            p.amount
        );
        f.note = Some(match f.note.take() {
            Some(n) => format!("{n}; {note}"),
            None => note,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charge_made_when_a_payment_goes_unpaid_is_a_default_charge() {
        for s in [
            "Should an instalment remain unpaid for 10 days we add a reminder charge of $8.",
            "When a repayment has not been received within 7 days, a follow-up letter fee of £12 applies.",
            "A second notice charge of £6.00 is made 21 days after the due date.",
            "If you fall behind, we may add a recovery handling charge of £9.",
        ] {
            assert_eq!(timing_of(FeeKind::Other, s), FeeTiming::OnDefault, "{s}");
        }
        for s in [
            "A monthly account fee of $4 is charged while the loan is outstanding.",
            "A service charge of 1% of the unpaid balance is added each month.",
        ] {
            assert_ne!(timing_of(FeeKind::Service, s), FeeTiming::OnDefault, "{s}");
        }
    }

    #[test]
    fn a_charge_with_the_last_repayment_is_due_at_maturity() {
        let s = "Express payout fee: £4.50, collected with your final repayment.";
        assert_eq!(timing_of(FeeKind::Other, s), FeeTiming::AtMaturity);
        let s = "An arrangement fee of $40 is payable on the maturity date.";
        assert_eq!(timing_of(FeeKind::Origination, s), FeeTiming::AtMaturity);
    }

    #[test]
    fn a_charge_with_every_payment_is_periodic() {
        let s = "Servicing fee: $3.00 per remaining installment (none on today's payment).";
        assert_eq!(timing_of(FeeKind::Service, s), FeeTiming::PerPeriod);
        let s = "A handling charge of £1.50 is added to every repayment.";
        assert_eq!(timing_of(FeeKind::Handling, s), FeeTiming::PerPeriod);
        for s in [
            "A one-off set-up fee of $20.00 is taken out, and the remaining $780.00 is paid to you.",
            "We charge a $20.00 setup fee; the rest ($780.00) goes into your savings certificate.",
            "The $20.00 setup fee is taken out first, then $780.00 is deposited.",
        ] {
            assert_eq!(
                timing_of(FeeKind::Origination, s),
                FeeTiming::UpfrontDeducted,
                "{s}"
            );
        }
        // "the balance of the loan" with no figure after it is no remainder paid on.
        let s = "A setup fee of $20.00 is payable at closing; the balance of the loan is repaid monthly.";
        assert_ne!(
            timing_of(FeeKind::Origination, s),
            FeeTiming::UpfrontDeducted
        );
        let s = "Less: arrangement fee (2%)   -$80.00";
        assert_eq!(
            timing_of(FeeKind::Origination, s),
            FeeTiming::UpfrontDeducted
        );
    }

    #[test]
    fn a_charge_taken_from_the_credit_or_coming_off_the_sum_sent_is_withheld() {
        for s in [
            "Arrangement fee (taken from your credit before it is paid to you) £25.00",
            "A $35 admin fee comes off the amount we send to your bank.",
            "The documentation fee is paid out of the amount borrowed.",
            "Processing fee $18, which comes off your advance.",
        ] {
            assert_eq!(
                timing_of(FeeKind::Origination, s),
                FeeTiming::UpfrontDeducted,
                "{s}"
            );
        }
        // A fee paid apart, whatever the credit is: not withheld.
        let s = "An arrangement fee of £25 is not taken from the credit; you pay it by card.";
        assert_ne!(
            timing_of(FeeKind::Origination, s),
            FeeTiming::UpfrontDeducted
        );
    }

    #[test]
    fn a_charge_paid_on_the_payout_day_is_at_disbursement_and_not_a_deduction() {
        for s in [
            "You must pay it to the broker on the day we pay the credit to you; it is not deducted from the credit.",
            "Broker fee: £395, payable to the broker when the loan is paid out (not taken from the loan).",
            "The intermediary's fee is due on the funding date.",
        ] {
            assert_eq!(
                timing_of(FeeKind::Consulting, s),
                FeeTiming::AtDisbursement,
                "{s}"
            );
        }
        let s = "A broker fee of £395 is deducted when the loan is paid out.";
        assert_eq!(
            timing_of(FeeKind::Consulting, s),
            FeeTiming::UpfrontDeducted
        );
    }

    #[test]
    fn a_fee_not_financed_is_paid_at_closing() {
        let s = "Title fee: $30.00, which you pay in cash at closing and which is not financed.";
        assert_eq!(timing_of(FeeKind::Other, s), FeeTiming::UpfrontPaid);
        let s = "The $30.00 title fee is financed as part of the loan.";
        assert_eq!(timing_of(FeeKind::Other, s), FeeTiming::Other);
    }
}
