//! Figures checked against each other before they are trusted: the period a ticked box gives
//! a rate stated without one (☑月利率 □年利率 … 利率：1.2%); a principal of nothing (a figure
//! misread through scan noise) is no principal.

use super::*;
use crate::pattern;

/// A field that only names the rate's period (`利率类型：月利率`, left of a checkbox row once its
/// unticked options are dropped).
static RATE_PERIOD_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[^0-9%]{0,12}[:：]?\s*(?P<p>年|月|日)(?:利率|息|化利率)\s*[,，;；。]?\s*$")
        .expect("static regex")
});

/// The period a ticked checkbox row gives the contract's rate, if the row names only that.
pub(super) fn ticked_rate_period(ticked: &str) -> Option<Per> {
    let c = RATE_PERIOD_FIELD.captures(ticked.trim())?;
    Some(match c.name("p")?.as_str() {
        "日" => Per::Day,
        "月" => Per::Month,
        _ => Per::Year,
    })
}

impl Extractor<'_> {
    /// A rate stated without its period (利率：1.2%) takes the period a ticked box named
    /// (☑月利率) instead of the yearly reading assumed.
    pub(super) fn apply_ticked_rate_period(&mut self) {
        let Some(per) = self.ticked_rate_period else {
            return;
        };
        if !self.assumed_year || per == Per::Year {
            return;
        }
        let bare = |l: &str| !l.contains(['年', '月', '日']);
        let mut changed = false;
        for i in 0..self.terms.rates.len() {
            let Some(r) = self.terms.rates.get(i) else {
                continue;
            };
            if r.kind != RateKind::Interest || r.per != Per::Year || !bare(&r.label) {
                continue;
            }
            let r = r.clone();
            let new = self.make_rate(
                r.kind,
                r.value,
                per,
                r.label,
                r.comprehensive,
                r.basis,
                r.markup_percent,
                r.evidence,
            );
            if let Some(slot) = self.terms.rates.get_mut(i) {
                *slot = new;
                changed = true;
            }
        }
        if changed {
            self.assumed_year = false;
        }
    }

    /// A principal of 0 is a misread figure (scan noise, a blank filled with 0), not a loan of
    /// nothing: it is dropped, said so, and the cost is not computed from it.
    pub(super) fn drop_zero_principal(&mut self) {
        let Some(p) = self.terms.principal.as_ref().filter(|p| p.amount.is_zero()) else {
            return;
        };
        self.terms.assumptions.push(format!(
            "a principal of 0 is not a loan amount: the figure is not used ({})",
            p.evidence.text
        ));
        self.terms.principal = None;
    }
}
