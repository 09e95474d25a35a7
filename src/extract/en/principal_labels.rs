//! Principal labels that the main list (`amounts::PRINCIPAL`) does not hold, read only when
//! no label of that list names the principal: a debt's own words ("Principal debt", the South
//! African National Credit Act's term), a consolidation's ("Principal consolidated",
//! "Consolidated balance"), the lender's verb running straight into its figure ("The lender
//! advances $4,000.00 less its fee", "Harbor Point Lending lends Casey Moore $5,000.00"), and a balance that the document itself says is paid in
//! instalments (a hospital or merchant payment plan: "Balance after insurance: $2,400.00 ...
//! payment of this balance in 12 monthly payments").

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::amounts::IF_BEFORE;
use super::amounts::labelled_money;
use super::number::{MARK_BEFORE, Money};
use crate::model::Amount;
use crate::pattern;

/// A debt's, a sale's or a consolidation's name for its principal ("Unpaid balance financed",
/// a renewal's "Principal still owed (carried into this renewal)",
/// "Repair invoice financed", "Purchase price financed"),
/// or the loan as granted ("Loan Granted PHP 50,000.00", a Philippine disclosure statement's
/// first line), or the price paid straight to the seller, school or clinic on the borrower's
/// behalf ("Tuition paid to Little Acorns", "Invoice paid directly to Northside Auto",
/// "Amount paid to the dealer", "Paid to Bright Smile Dental on your behalf"): a third party
/// named after "paid to" with nothing said of what it is must be said paid for the borrower.
static DEBT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:principal debt|(?:amount of )?loan (?:amount )?granted|amount granted|(?:unpaid |principal )?balance (?:to be )?financed|(?:(?:cash |purchase |sale |repair |service |treatment |total )?(?:price|invoice|bill|cost|purchase|repairs?|treatment|work|services?)) (?:to be )?financed|amount of (?:the )?unpaid balance financed|principal (?:amount )?consolidated|principal (?:still |now )?(?:owed|owing|outstanding)\s*\((?:carried|rolled|renewed|brought) (?:into|over|forward)(?: (?:this|the|your))?(?: (?:renewal|new loan|extension|loan))?|principal (?:carried|rolled|brought) (?:over|forward|into (?:this|the|your) (?:renewal|new loan|extension))|(?:renewed|rolled[- ]over|refinanced) principal|amount paid (?:directly )?to (?:the )?(?:seller|dealer|merchant|breeder|retailer|vendor|store|clinic|school|provider) (?:on your behalf|for you)|(?:tuition(?: and fees)?|(?:school|course|program(?:me)?|daycare|day care|childcare|child care|camp) fees?|(?:(?:cash |purchase |sale )?price|invoice|bill|treatment|repairs?|purchase)(?: amount)?|amount|sum) (?:to be )?paid (?:directly |straight )?to (?:the )?(?:seller|dealer|merchant|breeder|retailer|vendor|store|shop|garage|clinic|hospital|dentist|practice|school|college|university|academy|daycare|day care|nursery|contractor|installer|provider)(?: (?:on your behalf|for you|on behalf of (?:the )?(?:borrower|buyer|customer|parent|patient|student)))?|(?:tuition(?: and fees)?|(?:school|course|program(?:me)?|daycare|day care|childcare|child care|camp) fees?|(?:(?:cash |purchase |sale )?price|invoice|bill|treatment|repairs?|purchase)(?: amount)?) (?:to be )?paid (?:directly |straight )?to (?-i:[A-Z])[A-Za-z0-9&'’.-]*(?:[ ](?:&|(?-i:[A-Z])[A-Za-z0-9&'’.-]*)){0,5}|(?:amount |sum )?(?:to be )?paid (?:directly |straight )?to (?-i:[A-Z])[A-Za-z0-9&'’.-]*(?:[ ](?:&|(?-i:[A-Z])[A-Za-z0-9&'’.-]*)){0,5} (?:on your behalf|for you|on behalf of (?:the )?(?:borrower|buyer|customer|parent|patient|student))|consolidated (?:principal|loan amount|amount|balance)|amount consolidated|total (?:amount )?consolidated)(?-u:\b)")
        .expect("static regex")
});
/// "The lender advances $4,000.00", "We lend you £2,500", "Lender will advance to the
/// borrower the sum of $900", "The Company lends to the Employee the sum of three thousand
/// dollars", a private lender's letter's "I am glad to lend you and Lucia six thousand
/// dollars ($6,000.00)": the verb with its amount right after it (see [`amount_after_verb`]).
static LENDER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:the lender|lender|I|we|the bank|the company|the employer|the creditor|the credit provider)\s+(?:hereby\s+|will\s+|shall\s+|(?:have\s+|has\s+)?agree(?:s|d)?\s+to\s+|(?:am|are|is|would be|will be)\s+(?:glad|happy|pleased|willing|able|delighted)\s+to\s+|(?:would|'d|’d)\s+like\s+to\s+)?(?:lends?|loans?|advances?)\s+(?:to\s+)?(?:(?:you|(?:the\s+)?(?:borrower|employee|member|customer|client|debtor|maker|student|undersigned))(?:\s+(?:and|&)\s+(?:(?:your|his|her)\s+(?:wife|husband|spouse|partner|family)|(?-i:[A-Z])[a-z'’-]+)|\s+both|\s+two)?\s+)?(?:the (?:principal )?sum of\s+|an amount of\s+|the amount of\s+)?")
        .expect("static regex")
});
/// A narrative's lender, in the third person, lending to a borrower named by name, the figure
/// right after: "Harbor Point Lending Inc. lends Casey Moore $5,000.00", "the credit union
/// advances to Dana Ortiz the sum of $2,000". The verb in lower case and the name's capitals on
/// one line tell it from prose and headings ("QUICKCASH LOANS / Loan Amount Range $500").
static LENDS_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?:lends|loans|advances)[ \t]+(?:to[ \t]+)?[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,3}[ \t]+(?i:the (?:principal )?sum of\s+|an amount of\s+|the amount of\s+)?")
        .expect("static regex")
});
/// A balance named as what the plan pays off ("Balance on plan", "Balance under the payment
/// plan"). ("Plan balance" is left out: a title ending in
/// "PAYMENT PLAN" runs into the next line's "Balance ..." in the unwrapped text.)
static BALANCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:balance (?:after insurance|due from (?:the )?(?:patient|guarantor|customer)|to be paid(?: under this plan)?|covered by (?:this|the) plan)|(?:patient|guarantor)(?:['’]s)? balance|balance (?:of|under|on) (?:(?:this|the|your|a) )?(?:payment |installment |instalment )?plan|amount (?:to be paid|covered) (?:under|by) (?:this|the) plan)(?-u:\b)")
        .expect("static regex")
});
/// The document says that balance is paid in instalments ("accept payment of this balance in
/// 12 monthly payments", "your balance will be paid in 6 instalments", "the balance is
/// payable in monthly payments").
static BALANCE_IN_INSTALMENTS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:payment of (?:this|the|your) balance in|(?:this|the|your) balance (?:will be |is to be |shall be |may be |is )?(?:paid|repaid|payable|settled) (?:in|by|over))(?-u:\b)")
        .expect("static regex")
});
/// A lender's message naming the loan by its figure as paid out: "your $500 advance was
/// deposited today", "Your £250 loan has been sent to your bank", or as approved: "your
/// $1,200.00 loan is approved!".
static PAID_OUT_LOAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)your\s+[$£€]\s?\d[\d,]*(?:\.\d{2})?\s+(?:cash\s+|payday\s+|short[- ]term\s+|personal\s+)?(?:advance|loan)\s+(?:was|has been|is|will be|is being)\s+(?:now\s+)?(?:approved|confirmed|deposited|sent|funded|paid(?: out| in(?:to)?)?|transferred|disbursed|credited|wired)(?-u:\b)")
        .expect("static regex")
});
/// A lender's message saying the loan is ready and then its amount under a bare label: "Hi
/// Deshawn, your loan is ready. Amount $1,200.00, add-on interest 19%", "Your loan has been
/// approved! Loan amount: $900", or the application approved and the sum offered: "your
/// application is approved! Borrow £400.00 over 8 weeks".
static READY_LOAN_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[r"(?i)(?-u:\b)your\s+(?:cash\s+|personal\s+|short[- ]term\s+)?(?:loan|advance|(?:loan\s+)?application)\s+(?:is|has been|was)\s+(?:now\s+)?(?:ready|approved|confirmed|funded)[.!,:;]?\s+(?:(?:loan\s+|the\s+)?amount\s*(?:is\s+|:\s*)?|(?:you\s+(?:can|may)\s+)?borrow\s+)", MARK_BEFORE, r"\d"].concat())
        .expect("static regex")
});

/// A note whose body promises "the principal sum stated above": the figure is its heading's
/// ("Ten Thousand and 00/100 Dollars ($10,000.00)" over the body).
static SUM_STATED_ABOVE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:principal )?(?:sum|amount)\s+(?:stated|shown|written|set (?:out|forth)|specified|named|given)\s+above(?-u:\b)")
        .expect("static regex")
});

/// The bare label "Principal:" (or "Principal sum -") running into the amount in words, its
/// figure in brackets after them: a note's "Principal: Forty Thousand and 00/100 Dollars
/// ($40,000.00)". The words are checked to be number words, so prose after the label is not
/// taken for them.
static BARE_LABEL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&[r"(?i)(?-u:\b)principal(?:\s+(?:amount|sum))?\s*[:\-]\s*((?:[a-z]+(?:-[a-z]+)?,?\s+){0,14}?[a-z]+(?:-[a-z]+)?)\s+(?:and\s+\d{1,2}/100\s+)?(?:(?:US|U\.S\.)\s+)?(?:dollars?|pounds?(?:\s+sterling)?|euros?)?\s*(\()\s*", MARK_BEFORE, r"\d"].concat())
        .expect("static regex")
});

/// The principal under one of these labels, when one is found.
pub(super) fn read(cx: &mut Ctx) -> Option<Amount> {
    labelled(cx, &DEBT_LABEL)
        .or_else(|| bare_label_words(cx))
        .or_else(|| lender_verb(cx, &LENDER_VERB))
        .or_else(|| lender_verb(cx, &LENDS_NAMED))
        .or_else(|| paid_out_loan(cx))
        .or_else(|| ready_loan_amount(cx))
        .or_else(|| sum_stated_above(cx))
        .or_else(|| loan_card_line(cx))
        .or_else(|| {
            BALANCE_IN_INSTALMENTS
                .is_match(&cx.flat)
                .then(|| labelled(cx, &BALANCE_LABEL))
                .flatten()
        })
}

fn labelled(cx: &mut Ctx, label: &Regex) -> Option<Amount> {
    let (money, label_start) = labelled_money(cx, label)?;
    cx.cover(money.start);
    Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(label_start, money.end),
        derived: false,
    })
}

fn lender_verb(cx: &mut Ctx, verb: &Regex) -> Option<Amount> {
    let flat = cx.flat.clone();
    let (m, money) = verb.find_iter(&flat).find_map(|m| {
        let from = super::floor(&flat, m.start().saturating_sub(24));
        if IF_BEFORE.is_match(flat.get(from..m.start()).unwrap_or("")) {
            return None;
        }
        Some((m, amount_after_verb(&flat, m.end())?))
    })?;
    let (start, end) = (m.end() + money.start, m.end() + money.end);
    cx.cover(start);
    Some(Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(m.start(), end),
        derived: false,
    })
}

/// The amount that opens the text at `at` (see [`super::amount_words::amount_opening`]).
/// Offsets are from `at`.
fn amount_after_verb(flat: &str, at: usize) -> Option<Money> {
    super::amount_words::amount_opening(flat.get(at..super::floor(flat, at + 160))?)
}

fn paid_out_loan(cx: &mut Ctx) -> Option<Amount> {
    let flat = cx.flat.clone();
    let m = PAID_OUT_LOAN.find(&flat)?;
    let money = super::number::find_money(m.as_str())
        .into_iter()
        .next()?
        .shifted(m.start());
    Some(read_figure(cx, &money, m.start(), m.end()))
}

fn ready_loan_amount(cx: &mut Ctx) -> Option<Amount> {
    let flat = cx.flat.clone();
    let m = READY_LOAN_AMOUNT.find(&flat)?;
    let money = super::number::find_money(flat.get(m.start()..super::floor(&flat, m.end() + 24))?)
        .into_iter()
        .next()?
        .shifted(m.start());
    Some(read_figure(cx, &money, m.start(), money.end))
}

fn bare_label_words(cx: &mut Ctx) -> Option<Amount> {
    let flat = cx.flat.clone();
    let caps = BARE_LABEL_WORDS.captures_iter(&flat).find(|c| {
        c.get(1).is_some_and(|w| {
            w.as_str()
                .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
                .filter(|w| !w.is_empty())
                .all(|w| super::number::is_number_word(&w.to_ascii_lowercase()))
        })
    })?;
    let (label, bracket) = (caps.get(0)?.start(), caps.get(2)?.start());
    let money = super::number::find_money(flat.get(bracket..super::floor(&flat, bracket + 40))?)
        .into_iter()
        .next()?
        .shifted(bracket);
    let to = money.end;
    Some(read_figure(cx, &money, label, to))
}

/// The document's first figure, when the body names the principal as the sum stated above it.
fn sum_stated_above(cx: &mut Ctx) -> Option<Amount> {
    let at = SUM_STATED_ABOVE.find(&cx.flat)?.start();
    let money = cx
        .money_in_flat()
        .into_iter()
        .next()
        .filter(|m| m.end <= at)?;
    Some(read_figure(cx, &money, money.start, money.end))
}

/// An app's or a statement's card line that opens with the loan's figure and its noun, the
/// rest of the line about it: "$8,000.00 loan  ·  funded Feb 09, 2026", "Your £2,500 personal
/// loan | opened 3 May", "$12,000 auto loan - active". Not "a $5,000 loan limit" nor "up to a
/// $10,000 loan" (the noun must end the figure's words, and the line must open with them).
static LOAN_CARD_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|•*>-]*(?:your\s+|one\s+)?([$£€]\s?\d[\d,]*(?:\.\d{2})?\s+(?:(?:personal|installment|instalment|term|fixed[- ]rate|consumer|cash|family|student|car|auto|home[- ]improvement|signature|unsecured)\s+){0,2}loan)[ \t]*(?:[·•|,;–—-]|\(|$)")
        .expect("static regex")
});

fn loan_card_line(cx: &mut Ctx) -> Option<Amount> {
    let text = cx.doc.text.clone();
    let caps = LOAN_CARD_LINE.captures(&text)?;
    let line = caps.get(1)?;
    let money = super::number::find_money(line.as_str())
        .into_iter()
        .next()?
        .shifted(line.start());
    Some(read_figure(cx, &money, line.start(), line.end()))
}

/// Does the charge named just before `at` name the principal instead, a price paid straight
/// to a third party ("Course fees paid to Ridgeview Academy: $3,000.00" when $3,000.00 is the
/// principal)? Such a price is what is lent, not a fee for the credit.
pub(super) fn price_paid_for_borrower(flat: &str, at: usize, terms: &crate::model::Terms) -> bool {
    static PAID_TO: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^\s*(?:to be\s+)?paid\s+(?:directly\s+|straight\s+)?to\s")
            .expect("static regex")
    });
    let Some(principal) = terms.principal.as_ref() else {
        return false;
    };
    let after = flat.get(at..super::floor(flat, at + 120)).unwrap_or("");
    PAID_TO.is_match(after)
        && super::number::find_money(after)
            .first()
            .is_some_and(|m| m.amount == principal.amount)
}

/// The amount of a figure read, quoted from `from` to `to`, its place marked as read.
pub(super) fn read_figure(cx: &mut Ctx, money: &Money, from: usize, to: usize) -> Amount {
    cx.cover(money.start);
    Amount {
        amount: money.amount,
        currency: money.currency.to_string(),
        evidence: cx.evidence(from, to),
        derived: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Document, SourceKind};
    use std::path::Path;

    #[test]
    fn a_card_line_opening_with_the_loan_names_its_principal() {
        let text = "Account overview\n  Your £3,250.00 personal loan | opened 12 Jan 2026\n  Next payment £150.00 due 12 Feb 2026\n";
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        let terms = super::super::extract(&doc);
        let p = terms.principal.expect("the card's principal");
        assert_eq!(p.amount, rust_decimal::Decimal::new(325000, 2));
        assert_eq!(p.currency, "GBP");
        for not_a_card in [
            "Members may get up to a $10,000 loan limit.",
            "$5,000 loan limit available",
            "Compare: a $2,000 loan at 10% costs less.",
        ] {
            assert!(!LOAN_CARD_LINE.is_match(not_a_card), "{not_a_card}");
        }
        assert!(LOAN_CARD_LINE.is_match(" $12,000 auto loan - active"));
    }
}
