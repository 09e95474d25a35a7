//! An insurance premium paid in instalments (保费分期): the lender pays the insurer the whole
//! premium and the policyholder repays it in parts, so the premium is the amount financed and
//! each period's share of it (分摊保费) is that period's principal, not an insurance fee.

use super::*;
use crate::pattern;

/// A document about paying a premium in instalments: `保费分期`, `保险费分12期`, `分期缴纳保费`.
static PREMIUM_PLAN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:保费|保险费)[^。;\n]{0,12}分期|分期[^。;\n]{0,8}(?:保费|保险费)")
        .expect("static regex")
});
/// The whole premium right before its amount: `本年度保费合计`, `保险费总额为`, `全年保费:`
/// (tried after [`PREMIUM_PART`], which takes `每期保费`).
static PREMIUM_TOTAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:保费|保险费)\s*(?:总额|总金额|合计|总计|共计|金额|总价)?\s*(?:为|是|:|共)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});
/// One period's share of the premium right before its amount: `分摊保费`, `每期保费`, `当期应还保费`.
static PREMIUM_PART: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:分摊|每期|每月|当期|应还)\s*(?:应还|应付|分摊)?\s*(?:保费|保险费)(?:本金)?\s*(?:为|是|:)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

impl Extractor<'_> {
    /// Place an amount of a premium paid in instalments; true when placed. `tail` is the
    /// text right before the amount.
    pub(super) fn premium_amount(
        &mut self,
        tail: &str,
        make: impl FnOnce(&Self) -> Amount,
    ) -> bool {
        if !PREMIUM_PLAN.is_match(self.text) {
            return false;
        }
        if PREMIUM_PART.is_match(tail) {
            if self.per_period_principal.is_none() {
                self.per_period_principal = Some(make(self));
            }
            return true;
        }
        if PREMIUM_TOTAL.is_match(tail) {
            if self.terms.principal.is_none() {
                let amount = make(self);
                self.terms.inferred.push(Inferred {
                    field: "principal".into(),
                    value: amount.amount.normalize().to_string(),
                    reason: format!(
                        "the premium is paid in instalments: the premium {} is the amount financed ({})",
                        amount.amount.normalize(),
                        amount.evidence.text
                    ),
                    evidence: vec![amount.evidence.clone()],
                });
                self.terms.principal = Some(amount);
            }
            return true;
        }
        false
    }
}
