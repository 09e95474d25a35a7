//! A fee said to be taken out of the payout with no amount beside it (会员费从借款中直接抵扣),
//! while the amount lent and the amount received are both written (借款金额5,000元, 实际到账
//! 4,601元): the difference is what was taken, so it is that fee's amount.

use super::*;
use crate::pattern;

/// A blank left to fill in (`____元`, `【 】`, `${fee}`): the fee's amount is unknown, whatever
/// the payout shows.
static FILL_IN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"_{2,}|【\s*】|\$\{|\{\{|[(（]\s+[)）]").expect("static regex")
});

impl Extractor<'_> {
    /// The one fee deducted at payout without an amount takes the principal less the amount
    /// received and less the other deducted fees, said as worked out; the figure is quoted
    /// where the document writes it (开通会员(399.00元/年)).
    pub(super) fn deducted_fee_from_payout(&mut self) {
        let (Some(principal), Some(received)) = (&self.terms.principal, &self.terms.disbursed)
        else {
            return;
        };
        if principal.derived
            || received.derived
            || self.interest_deducted.is_some()
            || self.terms.interest_deducted.is_some()
        {
            return;
        }
        let deducted = |f: &Fee| f.timing == FeeTiming::UpfrontDeducted;
        let unknown: Vec<usize> = (0..self.terms.fees.len())
            .filter(|&i| {
                let f = &self.terms.fees[i];
                deducted(f)
                    && f.amount.is_none()
                    && f.percent.is_none()
                    && !FILL_IN.is_match(&f.evidence.text)
            })
            .collect();
        let [i] = unknown.as_slice() else {
            return;
        };
        let others: Decimal = self
            .terms
            .fees
            .iter()
            .filter(|f| deducted(f))
            .filter_map(|f| f.amount)
            .sum();
        let gap = principal.amount - received.amount - others;
        if gap <= Decimal::ZERO {
            return;
        }
        let gap = gap.normalize();
        let written = money_figures(self.text)
            .into_iter()
            .find(|&(.., v)| v == gap)
            .map(|(s, e, _)| self.doc.sentence_evidence(s, e).text);
        let (p, r) = (principal.amount.normalize(), received.amount.normalize());
        let fee = &mut self.terms.fees[*i];
        let mut note = format!(
            "no amount is written beside it; the principal {p} less the amount received {r}"
        );
        if !others.is_zero() {
            note.push_str(&format!(" less the other fees taken at payout {others}"));
        }
        note.push_str(&format!(" = {gap}"));
        if let Some(w) = written {
            note.push_str(&format!(", the figure written in «{w}»"));
        }
        fee.amount = Some(gap);
        fee.amount_blank = false;
        fee.note = Some(note.clone());
        self.terms.assumptions.push(format!("{}: {note}", fee.name));
    }
}
