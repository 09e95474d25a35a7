//! Fees the contract names without a usable amount: a blank (`${fee}`, `____元`), a
//! deduction clause that only names the fee, or a fee the borrower must pay whose figure is
//! nowhere in the contract. Each is listed with no amount (`amount_blank`) unless its amount is
//! stated elsewhere, so the charge and its deduction still show.

use super::*;
use crate::pattern;

/// A blank where a fee's amount belongs, soon after the fee's name.
static BLANK_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^[^,。;]{0,16}?(?:_{2,}|【\s*】|\[\s*\]|\$\{[^}]*\}|\{\{[^}]*\}\}|\(\s+\)\s*元)",
    )
    .expect("static regex")
});

/// The borrower is bound to pay a fee the clause names with no figure (乙方应向丙方支付平台
/// 维护费；借款人须另行缴纳账户管理费): its amount is elsewhere (a price list) or nowhere, and
/// the fee is still a charge to list.
static OBLIGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:应|须|需|应当|需要|同意)\s*(?:另行|按约|按时)?\s*(?:向[^,，。;；]{1,16}?)?(?:支付|缴纳|交纳|缴付)\s*$")
        .expect("static regex")
});

/// Is the fee named at `at` one the borrower must pay, in a clause with no figure? (乙方无需
/// 另行支付留购价款 is not.)
fn obliged_without_amount(sentence: &str, at: usize) -> bool {
    let (start, end) = clause_bounds(sentence, at, at);
    let clause = sentence.get(start..end).unwrap_or("");
    let lead = sentence.get(start..at).unwrap_or("");
    let Some(m) = OBLIGED_BEFORE.find(lead) else {
        return false;
    };
    let denied = lead
        .get(..m.start())
        .and_then(|b| b.chars().last())
        .is_some_and(|c| matches!(c, '无' | '不' | '毋' | '免' | '勿' | '非'));
    !denied && !MONEY_TOPIC_VALUE.is_match(clause)
}

/// A fee the contract names without a usable amount (see [`Extractor::named_fees`]).
pub(in super::super) struct NamedFee {
    name: String,
    kind: FeeKind,
    timing: FeeTiming,
    evidence: Evidence,
}

impl Extractor<'_> {
    /// The fees `raw` (a sentence before fill-in lines were blanked) names with a blank amount,
    /// by a deduction clause, or as owed with no figure: kept for [`Self::list_blank_fees`].
    /// `timing` is what the sentence says of when its fees are paid.
    pub(super) fn note_named_fees(
        &mut self,
        raw: &str,
        timing: Option<FeeTiming>,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) {
        for m in FEE_NAME.find_iter(raw) {
            let kind = fee_kind(m.as_str());
            if on_default_kind(kind) || not_charged(raw, m.as_str()) {
                continue;
            }
            let blank = raw
                .get(m.end()..)
                .is_some_and(|after| BLANK_AFTER_NAME.is_match(after));
            if blank
                || timing == Some(FeeTiming::UpfrontDeducted)
                || obliged_without_amount(raw, m.start())
            {
                let evidence = ev(self);
                self.named_fees.push(NamedFee {
                    name: m.as_str().to_string(),
                    kind,
                    timing: timing.unwrap_or(FeeTiming::Other),
                    evidence,
                });
            }
        }
    }

    /// Fees named without an amount anywhere in the contract (a blank `${fee}`, `____元`, or a
    /// deduction clause naming a fee whose amount is never given): listed with no amount, no
    /// percentage and `amount_blank`, so the deduction still shows.
    pub(in super::super) fn list_blank_fees(&mut self) {
        let read = self.terms.fees.len();
        let all = std::mem::take(&mut self.named_fees);
        // 第七条 服务费：平台服务费______元: the heading's 服务费 is the 平台服务费 named after it.
        let within = |n: &NamedFee| {
            all.iter().any(|o| {
                o.evidence.start == n.evidence.start
                    && o.name != n.name
                    && o.name.ends_with(&n.name)
            })
        };
        let keep: Vec<bool> = all.iter().map(|n| !within(n)).collect();
        for (named, keep) in all.into_iter().zip(keep) {
            if !keep {
                continue;
            }
            // 居间服务费${fee}元,该服务费由…扣除: a name that ends another fee's name (服务费 of
            // 居间服务费) speaks of that fee. A fee of the same kind speaks of it when it was read
            // with its terms; two fees named without them (平台维护费, 信息技术服务费) are two.
            let stated = self.terms.fees.iter().enumerate().any(|(k, f)| {
                f.name == named.name
                    || (k < read && f.kind == named.kind)
                    || f.name.ends_with(&named.name)
            });
            // 服务费用：借款人应支付居间咨询费1,400元、风险评估费600元: a collective name (…费用)
            // heading a sentence whose own fees carry amounts groups them; it is not one more fee.
            let heading = named.name.ends_with("费用")
                && self.terms.fees.iter().any(|f| {
                    f.evidence.start == named.evidence.start
                        && (f.amount.is_some() || f.percent.is_some())
                });
            if stated || heading {
                continue;
            }
            self.terms.fees.push(Fee {
                name: named.name,
                kind: named.kind,
                amount: None,
                percent: None,
                basis: None,
                per: None,
                // Other is settled by `apply_timing_notes`, which runs after.
                timing: named.timing,
                payee: None,
                note: None,
                evidence: named.evidence,
                due_date: None,
                amount_blank: true,
            });
        }
    }
}
