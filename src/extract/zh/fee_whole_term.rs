//! A fee percentage stated for the whole term but collected in parts with each instalment
//! (分期手续费率（总）10.08%，按期平均收取; 总手续费率; 手续费率合计; 分36期，费率10.08%): the
//! percentage is the fee over the term, and each period's share is 1/n of it. Without such a
//! word the stated figures decide: a total for the fee that is the percentage of the principal
//! once (not n times), or instalments that cannot hold n times the percentage.

use super::*;

/// Words that mark a fee's percentage as its total over the term. `n`: the number of periods
/// the sentence names, which must be the loan's.
static WHOLE_TERM_RATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"总(?:手续|服务|分期|管理)?费率|费率\s*[(（]\s*(?:总|合计|总计|全期|总额)\s*[)）]|费率\s*(?:合计|总计|共计)|(?:全期|整期)\s*(?:手续|服务|分期)?费率|分\s*(?P<n>\d{1,3})\s*期[^。;；每]{0,16}?费率",
    )
    .expect("static regex")
});

/// The fee is said to be inside the instalment (已含在月供中, 计入每期还款额).
static IN_INSTALMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:含|包含|包括|计入|并入|摊入)[^。;；]{0,4}(?:月供|每期还款|每期应还|还款额|分期款)",
    )
    .expect("static regex")
});

/// Why the percentage of fee `f` is its total over `n` periods, if it is.
fn whole_term_reason(
    f: &Fee,
    n: u32,
    principal: Decimal,
    totals: &[Decimal],
    repaid: Option<Decimal>,
) -> Option<String> {
    let pct = f.percent?;
    if let Some(m) = WHOLE_TERM_RATE.captures(&f.evidence.text) {
        let named = m.name("n").and_then(|x| x.as_str().parse::<u32>().ok());
        if named.is_none_or(|k| k == n) {
            return Some(format!(
                "its wording ({}) states it for the whole term",
                m.get(0).map_or("", |x| x.as_str())
            ));
        }
    }
    let once = principal * pct / Decimal::ONE_HUNDRED;
    let every = once * Decimal::from(n);
    let tolerance = Decimal::new(1, 2) * Decimal::from(n);
    if let Some(t) = totals
        .iter()
        .find(|t| (**t - once).abs() <= tolerance && (**t - every).abs() > tolerance)
    {
        return Some(format!(
            "its stated total {} is the percentage of the principal once, not {n} times",
            t.normalize()
        ));
    }
    let excess = repaid? - principal;
    (IN_INSTALMENT.is_match(&f.evidence.text)
        && every > excess + tolerance
        && once <= excess + tolerance)
        .then(|| {
            format!(
                "the instalments, which include it, come to only {} above the principal, less than {n} × {}",
                excess.round_dp(2).normalize(),
                once.round_dp(2).normalize()
            )
        })
}

impl Extractor<'_> {
    /// Each fee paid with every instalment whose percentage is stated for the whole term:
    /// charged at its 1/n share each period, said as worked out. Runs once the principal and
    /// the number of periods are known, before fee totals are reconciled.
    pub(in super::super) fn whole_term_fee_rates(&mut self) {
        let (Some(principal), Some(n)) = (
            self.terms.principal.as_ref().map(|p| p.amount),
            self.terms.installments.as_ref().map(|c| c.count),
        ) else {
            return;
        };
        if n < 2 {
            return;
        }
        let repaid = self
            .terms
            .total_of_payments
            .as_ref()
            .map(|t| t.amount)
            .or_else(|| {
                let pay = self.terms.payment.as_ref()?.amount;
                let last = self.terms.last_payment.as_ref().map_or(pay, |l| l.amount);
                Some(pay * Decimal::from(n - 1) + last)
            });
        for i in 0..self.terms.fees.len() {
            let Some(f) = self.terms.fees.get(i) else {
                break;
            };
            let candidate = f.timing == FeeTiming::PerPeriod
                && f.percent.is_some_and(|p| p > Decimal::ZERO)
                // 按月平均收取 / 每期分摊 says how the total is collected, and is read as a
                // monthly percentage: the figures and the wording below still decide.
                && matches!(f.per, None | Some(Per::Once) | Some(Per::Month))
                && matches!(f.basis, None | Some(Basis::Principal));
            if !candidate {
                continue;
            }
            let totals = self.stated_fee_totals(f);
            let Some(reason) = whole_term_reason(f, n, principal, &totals, repaid) else {
                continue;
            };
            let Some(f) = self.terms.fees.get_mut(i) else {
                break;
            };
            let Some(pct) = f.percent else { continue };
            let share = (pct / Decimal::from(n)).round_dp(6).normalize();
            let amount = (principal * share / Decimal::ONE_HUNDRED)
                .round_dp(2)
                .normalize();
            f.percent = Some(share);
            f.per = Some(Per::Once);
            f.amount = Some(amount);
            let note = format!(
                "{}% is the fee over all {n} periods, as {reason}: {share}% of the principal ({amount}) each period",
                pct.normalize()
            );
            f.note = Some(match f.note.take() {
                Some(old) => format!("{old}; {note}"),
                None => note,
            });
        }
    }
}
