//! "Paid to you $1,916.00 / Paid to Heartland Life for credit life $84.00 / Amount Financed
//! $2,000.00", with "Credit life insurance is not required ... By signing below you ask for
//! it": a credit insurance premium the borrower chose in writing after being told it is not
//! required. Regulation Z leaves such a premium out of the finance charge (12 CFR
//! 1026.4(d)(1)), so it is a part of the amount financed, received on the borrower's behalf;
//! the Military APR (32 CFR 232.4(c)) and the state laws that measure by it count it as a
//! charge. The premium is kept apart (`Terms::voluntary_insurance`) for those measures.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::Ctx;
use super::amounts::labelled_money;
use crate::model::{Amount, Terms};
use crate::pattern;

/// The premium's line: paid to an insurer, or a credit insurance premium by name.
static PREMIUM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:paid to [^\n$£€:]{0,40}?(?:insurance|insurer|assurance|life)(?-u:\b)[^\n$£€:]{0,50}?(?:insurance|life|disability|premium|coverage)|(?:single[- ]premium )?credit (?:life|disability|accident and health|insurance)(?: insurance)? premium|premium (?:for|of) (?:the |your )?(?:optional |voluntary )?credit (?:life|disability|insurance)(?: insurance)?|(?:paid to [^\n$£€:]{0,40}?for )?(?:the |a |your )?(?:optional |voluntary )?(?:(?-i:GAP)|guaranteed asset protection|debt (?:cancellation|suspension))(?: waiver| insurance| coverage| protection| agreement| contract| fee| charge)?)(?-u:\b)")
        .expect("static regex")
});
/// The insurance is told to be not required ("is not required to obtain this loan",
/// "optional", "voluntary").
static NOT_REQUIRED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:insurance|coverage|protection|waiver|(?-i:GAP)|debt cancellation|debt suspension)(?-u:\b)[^.\n]{0,40}?(?:is|are) (?:not required|optional|voluntary)|(?:optional|voluntary) (?:credit )?(?:life |disability )?(?:insurance|coverage|protection|(?-i:GAP)|debt cancellation|debt suspension)|you (?:do not|don't|don’t|need not) (?:have to )?(?:buy|purchase|take|get) (?:it|this|the|credit)(?-u:\b))")
        .expect("static regex")
});
/// The borrower asks for it in writing ("By signing below you ask for it", "I want credit
/// life insurance", "you elected to buy").
static ASKED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:by signing|by (?:your |my )?(?:signature|initials)|(?:you|I|the borrower|borrower) (?:hereby )?(?:ask|asks|asked|request|requests|requested|want|wants|elect|elects|elected|choose|chooses|chose|opt|opts|opted) (?:for|to buy|to purchase|to get|it|this|credit|(?-i:GAP)|debt cancellation|debt suspension|the waiver)|(?:sign|initial) (?:here|below))(?-u:\b)")
        .expect("static regex")
});
static AMOUNT_FINANCED: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?i)(?-u:\b)amount financed(?-u:\b)").expect("static regex"));
/// How far the written request may be from the words that make the insurance optional.
const NEAR: usize = 300;

/// Count a voluntary, financed credit insurance premium as received (Reg Z) and keep it
/// apart, when what is paid to the borrower and the premium add up to the amount financed.
pub(super) fn add(cx: &mut Ctx, terms: &mut Terms) {
    let Some(to_you) = terms.disbursed.clone().filter(|d| !d.derived) else {
        return;
    };
    let Some(optional) = NOT_REQUIRED.find(&cx.flat) else {
        return;
    };
    let around = cx.slice(optional.start().saturating_sub(NEAR), optional.end() + NEAR);
    if !ASKED.is_match(around) {
        return;
    }
    let Some((premium, label)) = labelled_money(cx, &PREMIUM) else {
        return;
    };
    if premium.amount <= Decimal::ZERO {
        return;
    }
    let received = to_you.amount + premium.amount;
    // The parts must add up to the amount financed (or the principal) the document states,
    // or the amount received read is that amount financed already.
    let financed = labelled_money(cx, &AMOUNT_FINANCED)
        .map(|(m, _)| m.amount)
        .or_else(|| terms.principal.as_ref().map(|p| p.amount));
    let already_financed = financed == Some(to_you.amount);
    if financed != Some(received) && !already_financed {
        return;
    }
    cx.cover(premium.start);
    let evidence = cx.evidence(label, premium.end);
    let product = product_name(&evidence.text);
    // The premium's line may also have been read as a fee: it is one item, financed and out
    // of the finance charge, so it is not a charge of the loan as well.
    terms.fees.retain(|f| {
        !(f.kind == crate::model::FeeKind::Insurance && f.amount == Some(premium.amount))
    });
    terms.voluntary_insurance = Some(Amount {
        amount: premium.amount,
        currency: to_you.currency.clone(),
        evidence: evidence.clone(),
        derived: false,
    });
    if already_financed {
        terms.assumptions.push(format!(
            "{product} of {} the borrower chose in writing, told it is not required («{}»): Regulation Z leaves it out of the finance charge; the Military APR counts it",
            premium.amount.normalize(),
            evidence.text.trim()
        ));
        return;
    }
    let part = format!(
        "{product} of {} the borrower chose in writing, told it is not required",
        premium.amount.normalize()
    );
    super::paid_to_others::receive_with(
        terms,
        to_you,
        (premium.amount, &part, evidence),
        "Regulation Z leaves it out of the finance charge; the Military APR counts it",
    );
}

/// What the charge is, by the words of its line: a debt cancellation (GAP) fee or a credit
/// insurance premium. Both count in the Military APR (32 CFR 232.4(c)).
fn product_name(line: &str) -> &'static str {
    static DEBT_CANCELLATION: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:(?-i:GAP)|guaranteed asset protection|debt (?:cancellation|suspension))(?-u:\b)")
            .expect("static regex")
    });
    if DEBT_CANCELLATION.is_match(line) {
        "a debt cancellation (GAP) fee"
    } else {
        "a credit insurance premium"
    }
}
