//! The last payment stated apart from the level ones: a balloon (尾款, 尾付款) paid with the
//! last instalment of an auto loan, said as the last row's sum (第36期偿还38,769.41元,
//! 最后一期应还…, 末期还款额…) or as the balloon alone (尾款36,000元, 于最后一期支付).
//! Without it the level instalment reads as interest alone, which the rate contradicts.

use super::*;
use crate::pattern;

/// A named row of the schedule, to read which row it is: 第36期, 第三十六个月, 末期, 最后一期.
static ROW_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"第\s*([0-9]+|[一二两三四五六七八九十百]+)\s*(?:期|个月|次)|(末期|末月|最后\s*(?:一|1)\s*期|最后\s*(?:一|1)\s*个?月|尾期|最末一期|最末一?个?月)|(首期|首次还款|首月)")
        .expect("static regex")
});

/// The balloon named right before its amount: 尾款, 尾付款, 尾付金额, 弹性尾款, 末期尾款.
static BALLOON_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:尾款|尾付款|尾付|尾付金额|尾款金额|尾期款|尾期付款|弹性尾款)(?:金额|款项)?\s*(?:为|是|计|共)?\s*[:：]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// A row's amount that is only a part of it (本金, 利息), not what is paid in the row.
static PART_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本金|利息|息费)\s*(?:为|是|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// A figure the sentences gave for a named row or for the balloon.
#[derive(Debug, Clone)]
pub(super) struct RowFigure {
    /// The row's number (第36期); `None` for the last (末期, 最后一期).
    index: Option<u32>,
    amount: Decimal,
    evidence: Evidence,
}

/// The figures seen for rows and the balloon, resolved in `finish`.
#[derive(Debug, Clone, Default)]
pub(super) struct LastFigures {
    rows: Vec<RowFigure>,
    balloons: Vec<(Decimal, Evidence)>,
}

/// Which row the words before an amount name (the last row named in them).
pub(super) fn row_named(before: &str) -> Option<Option<u32>> {
    let c = ROW_NAME.captures_iter(before).last()?;
    if c.get(2).is_some() {
        return Some(None);
    }
    if c.get(3).is_some() {
        return Some(Some(1));
    }
    Some(Some(dates::parse_count(c.get(1)?.as_str().trim())?))
}

/// The balloon's own amount: its word right before the figure.
pub(super) fn is_balloon(lead: &str) -> bool {
    BALLOON_WORD.is_match(lead)
}

impl Extractor<'_> {
    /// Note a row's whole amount (第36期偿还38,769.41元); a part (本金, 利息) is not noted.
    pub(super) fn note_row_figure(
        &mut self,
        row_before: &str,
        tail: &str,
        amount: Decimal,
        evidence: Evidence,
    ) {
        if PART_ONLY.is_match(tail) {
            return;
        }
        if let Some(index) = row_named(row_before) {
            self.last_figures.rows.push(RowFigure {
                index,
                amount,
                evidence,
            });
        }
    }

    /// Equal principal (等额本金): the instalments fall, and a last row stated below the first
    /// (末月还款1,504.50 after 首月还款1,608.00) is the schedule's last instalment, a figure to
    /// fix an unstated count with and to check the schedule against.
    fn equal_principal_last_row(&self, first: Decimal) -> Option<RowFigure> {
        let method = self.terms.repayment.as_ref().map(|r| r.method);
        if method != Some(RepaymentMethod::EqualPrincipal) {
            return None;
        }
        self.last_figures
            .rows
            .iter()
            .find(|r| r.index.is_none() && r.amount > Decimal::ZERO && r.amount < first)
            .cloned()
    }

    /// Equal principal with no instalment read: the first row's sum (第一期还款额5,240元) is
    /// the instalment the schedule's first is checked against (the later ones fall).
    fn equal_principal_first_row(&mut self) {
        let method = self.terms.repayment.as_ref().map(|r| r.method);
        if method != Some(RepaymentMethod::EqualPrincipal) || self.terms.payment.is_some() {
            return;
        }
        let Some(row) = self
            .last_figures
            .rows
            .iter()
            .find(|r| r.index == Some(1) && r.amount > Decimal::ZERO)
            .cloned()
        else {
            return;
        };
        self.terms.payment = Some(self.amount_of(row.amount, row.evidence));
    }

    /// Has a schedule row's figure been noted (第1期应还款…)?
    pub(super) fn has_row_figures(&self) -> bool {
        !self.last_figures.rows.is_empty()
    }

    pub(super) fn note_balloon(&mut self, amount: Decimal, evidence: Evidence) {
        self.last_figures.balloons.push((amount, evidence));
    }

    /// The stated last payment: the last row's sum when larger than the level instalment, else
    /// the level instalment plus the balloon paid with it.
    pub(super) fn last_payment(&mut self) {
        if self.terms.last_payment.is_some() || !self.terms.stated_schedule.is_empty() {
            return;
        }
        self.equal_principal_first_row();
        let Some(pay) = self.terms.payment.as_ref().map(|p| p.amount) else {
            return;
        };
        let principal = self.terms.principal.as_ref().map(|p| p.amount);
        let count = self
            .terms
            .installments
            .as_ref()
            .map(|c| c.count)
            .or_else(|| {
                let monthly = self
                    .terms
                    .frequency
                    .as_ref()
                    .is_none_or(|f| f.frequency == Frequency::Monthly);
                self.terms
                    .term
                    .as_ref()
                    .and_then(|t| t.months)
                    .filter(|_| monthly)
            });
        // A last row within a cent a payment of the level ones absorbs the rounding (末期含尾差调整):
        // not a balloon.
        let rounding = Decimal::new(1, 2) * Decimal::from(count.unwrap_or(1).max(1) + 1);
        let last_row = self.last_figures.rows.iter().find(|r| {
            r.amount - pay > rounding
                && principal.is_none_or(|p| r.amount <= p)
                && match r.index {
                    None => true,
                    Some(i) => i >= 2 && count == Some(i),
                }
        });
        if let Some(row) = self.equal_principal_last_row(pay) {
            self.terms.last_payment = Some(self.amount_of(row.amount, row.evidence));
            return;
        }
        if let Some(row) = last_row.cloned() {
            self.terms.assumptions.push(format!(
                "the last instalment {} is stated apart from the level ones {pay} (a balloon)",
                row.amount
            ));
            self.terms.last_payment = Some(self.amount_of(row.amount, row.evidence));
            return;
        }
        let Some((balloon, evidence)) = self
            .last_figures
            .balloons
            .iter()
            .find(|(b, _)| *b > pay && principal.is_none_or(|p| *b < p))
            .cloned()
        else {
            return;
        };
        let last = pay + balloon;
        self.terms.assumptions.push(format!(
            "the balloon {balloon} (尾款) is paid with the last level instalment {pay}: the last payment is {last}"
        ));
        self.terms.last_payment = Some(self.amount_of(last, evidence));
    }

    /// The first instalment stated above the level ones by exactly one fee's amount (首期应还
    /// 1,960元, 每期1,000元, 分期手续费960元): that fee is paid with the first instalment.
    pub(super) fn fee_in_first_instalment(&mut self) {
        let Some(pay) = self.terms.payment.as_ref().map(|p| p.amount) else {
            return;
        };
        let Some(first) = self
            .last_figures
            .rows
            .iter()
            .find(|r| r.index == Some(1) && r.amount > pay)
            .cloned()
        else {
            return;
        };
        let extra = first.amount - pay;
        let matching: Vec<usize> = (0..self.terms.fees.len())
            .filter(|&i| {
                let f = &self.terms.fees[i];
                f.amount == Some(extra)
                    && matches!(f.timing, FeeTiming::Other | FeeTiming::OnDate)
                    && f.due_date.is_none()
            })
            .collect();
        let [i] = matching.as_slice() else {
            return;
        };
        let fee = &mut self.terms.fees[*i];
        fee.timing = FeeTiming::OnDate;
        let (name, kind) = (fee.name.clone(), fee.kind);
        self.terms.assumptions.push(format!(
            "the first instalment {} is the level instalment {pay} plus the {name} {extra}: the fee is paid with the first instalment ({})",
            first.amount, first.evidence.text
        ));
        self.fee_instalments.push((name, kind, 1));
    }

    /// No rate written, and the first instalment is stated as its share of the principal plus
    /// the fee paid with it, nothing more (首期应还合计1,074.00 = 本金750.00 + 手续费324.00; 首期
    /// 1,864.00, then 1,000.00 a month on 12,000 in 12): the plan charges no interest, said as
    /// worked out (a 0% rate with the figures as evidence).
    pub(super) fn interest_free_first_instalment(&mut self) {
        if self.states_interest_rate() {
            return;
        }
        let Some(n) = self.terms.installments.as_ref().map(|c| c.count) else {
            return;
        };
        let principal = self.terms.principal.as_ref().map(|p| p.amount);
        // The principal a period: stated as such, or a level payment that repays exactly the
        // principal over the count (to a cent a period).
        let part = self
            .per_period_principal
            .as_ref()
            .map(|p| p.amount)
            .or_else(|| {
                let pay = self.terms.payment.as_ref()?.amount;
                let whole = principal?;
                ((pay * Decimal::from(n) - whole).abs() <= Decimal::new(1, 2) * Decimal::from(n))
                    .then_some(pay)
            });
        let Some(part) = part else { return };
        let Some(first) = self.last_figures.rows.iter().find(|r| r.index == Some(1)) else {
            return;
        };
        let with_first: Vec<&Fee> = self
            .terms
            .fees
            .iter()
            .filter(|f| {
                f.timing == FeeTiming::OnDate
                    && self
                        .fee_instalments
                        .iter()
                        .any(|(name, _, k)| *k == 1 && f.name.contains(name.as_str()))
            })
            .collect();
        let [fee] = with_first.as_slice() else { return };
        let Some(fee_amount) = fee.amount else { return };
        if (first.amount - part - fee_amount).abs() > Decimal::new(1, 2) {
            return;
        }
        let reason = format!(
            "no rate is written: the first instalment {} is the principal {} plus the {} {} paid with it, so no interest is charged",
            first.amount.normalize(),
            part.normalize(),
            fee.name,
            fee_amount.normalize()
        );
        let evidence = first.evidence.clone();
        let rate = self.make_rate(
            RateKind::Interest,
            Decimal::ZERO,
            Per::Year,
            "0".into(),
            false,
            None,
            None,
            evidence.clone(),
        );
        self.terms.inferred.push(Inferred {
            field: "interest".into(),
            value: "0".into(),
            reason,
            evidence: vec![evidence, fee.evidence.clone()],
        });
        self.terms.rates.push(rate);
    }

    /// Some interest rate is read (stated, or worked out before).
    pub(super) fn states_interest_rate(&self) -> bool {
        self.terms
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest)
    }

    fn amount_of(&self, amount: Decimal, evidence: Evidence) -> Amount {
        Amount {
            amount,
            currency: self.currency.into(),
            evidence,
            derived: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_named_by_number_or_as_the_last() {
        assert_eq!(row_named("第36期(2028年8月26日)偿还"), Some(Some(36)));
        assert_eq!(
            row_named("第1期至第35期每月偿还2,769.52元;第三十六期应还"),
            Some(Some(36))
        );
        assert_eq!(row_named("最后一期应还"), Some(None));
        assert_eq!(row_named("首期应还"), Some(Some(1)));
        assert_eq!(row_named("末期还款金额为"), Some(None));
        assert_eq!(row_named("每月应还"), None);
        assert!(is_balloon("其中含尾款"));
        assert!(is_balloon("尾付金额:人民币"));
        assert!(!is_balloon("首付款"));
        assert_eq!(row_named("末月还款"), Some(None));
        assert_eq!(row_named("最后一个月月供"), Some(None));
        assert_eq!(row_named("最后一月应还"), Some(None));
    }

    /// Equal principal: the falling last instalment and a first row stated as such are the
    /// schedule's figures (not a balloon, not a second instalment).
    #[test]
    fn equal_principal_rows_are_the_first_and_the_last_instalment() {
        let t = super::super::extract_text(
            "个人装修贷款\n贷款金额：人民币80,000元\n年利率：4.2%\n还款方式：按月等额本金\n第1期应还款：3,613.33元\n最后一个月还款：3,344.44元\n",
        );
        assert_eq!(t.payment.map(|p| p.amount), Some(Decimal::new(361333, 2)));
        assert_eq!(
            t.last_payment.map(|p| p.amount),
            Some(Decimal::new(334444, 2))
        );
        // Level instalments: a smaller last row is no last payment of its own.
        let t = super::super::extract_text(
            "贷款金额：人民币80,000元\n年利率：4.2%\n还款方式：等额本息\n每月还款：3,480.00元\n最后一期还款：3,479.10元\n",
        );
        assert!(t.last_payment.is_none());
    }
}
