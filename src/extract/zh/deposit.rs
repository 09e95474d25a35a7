//! A deposit (保证金, 押金) held back from the payout and returned at the end, in cash or set
//! off against the last instalment: not a charge but money lent back to the lender. It leaves
//! the fees, and the cost sees it as an advance to the borrower with the last instalment. One the
//! contract says is kept (不予退还) is no deposit: it is a charge like any other.

use super::*;
use crate::pattern;

/// The nouns of a deposit, simplified and traditional.
static DEPOSIT_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"保证金|保證金|押金|准备金|準備金|保障金|风险金|風險金|履约金|履約金")
        .expect("static regex")
});
/// Returned to the borrower or set off against what the borrower owes.
static RETURNED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"冲抵|沖抵|充抵|抵扣|抵减|抵減|抵销|抵銷|抵消|抵作|抵偿|抵償|抵充|退还|退還|返还|返還|退回|发还|發還|退给|退給|归还[^。;\n]{0,4}(?:借款人|乙方|您|你)")
        .expect("static regex")
});
/// A default named in a sentence (the deposit then pays what is overdue, not the borrower).
static DEFAULT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"逾期|违约|違約|拖欠|欠款|未按|不按期").expect("static regex")
});
/// Words right before a default word that make it the condition of the return (无逾期,
/// 未发生违约, 没有拖欠).
static NO_DEFAULT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:无|無|未|没有|沒有|不存在|未曾)(?:发生|發生|出现|出現|任何)?\s*$")
        .expect("static regex")
});
/// The deposit is kept (不予退还, 不得返还): not returned.
static KEPT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"不(?:予|得|能|会|會|再)?(?:退|返|归|歸|发还|發還|冲|沖|抵)")
        .expect("static regex")
});
/// A return on a condition in the same sentence (逾期的不予退还, 否则…退还): kept only in a
/// default, returned otherwise, so not a charge kept in any case.
static RETURNED_IF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:逾期|违约|違約|拖欠|未按)[^。;\n]{0,12}不(?:予|得)?(?:退|返)|(?:无|未|没有)(?:逾期|违约|違約)[^。;\n]{0,12}(?:退还|退還|返还|返還|退回)")
        .expect("static regex")
});

/// A sentence about a default or about keeping the deposit: not the ordinary return.
fn not_the_return(sentence: &str) -> bool {
    KEPT.is_match(sentence)
        || DEFAULT_WORD
            .find_iter(sentence)
            .any(|m| !NO_DEFAULT_BEFORE.is_match(&sentence[..m.start()]))
}
static SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[^。;；\n]+").expect("static regex"));

impl Extractor<'_> {
    /// Take a deposit held back at payout and returned at the end out of the fees (see the
    /// module docs). Held back at payout is told by the figures: the stated amount received is
    /// the principal less the deposit (or the deposit is read as deducted at payout).
    pub(super) fn deposit_returned(&mut self) {
        let Some(principal) = self.terms.principal.as_ref().map(|p| p.amount) else {
            return;
        };
        let Some(returned) = SENTENCE.find_iter(self.text).find(|s| {
            let s = s.as_str();
            DEPOSIT_NOUN.is_match(s) && RETURNED.is_match(s) && !not_the_return(s)
        }) else {
            return;
        };
        let received = self
            .terms
            .disbursed
            .as_ref()
            .filter(|d| !d.derived)
            .map(|d| d.amount);
        let cent = Decimal::new(1, 2);
        let Some(at) = self.terms.fees.iter().position(|f| {
            let amount = f.amount.or_else(|| {
                f.percent
                    .filter(|_| matches!(f.basis, None | Some(Basis::Principal)))
                    .map(|p| principal * p / Decimal::ONE_HUNDRED)
            });
            f.kind == FeeKind::Deposit
                && amount.is_some_and(|a| match received {
                    Some(r) => (principal - r - a).abs() <= cent,
                    None => f.timing == FeeTiming::UpfrontDeducted,
                })
        }) else {
            return;
        };
        let fee = self.terms.fees.remove(at);
        let amount = fee
            .amount
            .unwrap_or_else(|| principal * fee.percent.unwrap_or_default() / Decimal::ONE_HUNDRED);
        self.terms.assumptions.push(format!(
            "{} {} is held back at payout and returned at the end («{}»): not a charge; the cost counts it as paid back to the borrower with the last instalment",
            fee.name,
            amount.normalize(),
            returned.as_str().trim()
        ));
        self.terms.deposit_returned = Some(Amount {
            amount,
            currency: self.currency.to_string(),
            evidence: self.doc.evidence(returned.start(), returned.end()),
            derived: false,
        });
    }

    /// A 保证金 or 押金 the contract says is never returned (借款结清后不予退还, 概不退还) is a
    /// charge, not a deposit: its kind becomes `other`, so no reader takes it for money that
    /// comes back. The sentence that says so names the fee or its noun (该保证金).
    pub(super) fn deposit_kept(&mut self) {
        let kept: Vec<&str> = SENTENCE
            .find_iter(self.text)
            .map(|s| s.as_str())
            .filter(|s| DEPOSIT_NOUN.is_match(s) && KEPT.is_match(s) && !RETURNED_IF.is_match(s))
            .collect();
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.kind == FeeKind::Deposit)
        {
            // 该保证金…不予退还 names the 风险保证金 by its noun.
            let Some(said) = kept.iter().find(|s| {
                DEPOSIT_NOUN
                    .find_iter(s)
                    .any(|n| fee.name.contains(n.as_str()))
            }) else {
                continue;
            };
            fee.kind = FeeKind::Other;
            self.terms.assumptions.push(format!(
                "{} is never returned («{}»): a charge, not a deposit",
                fee.name,
                said.trim()
            ));
        }
    }
}
