//! The repayment method (等额本息, 等额本金, 先息后本, 一次性还本付息, ...) and the
//! payment frequency.

use super::*;

pub(super) static MONTHLY_DUE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"每月\s*(?:的)?\s*(?:第)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]+)\s*[日号]|按月(?:还款|偿还|付息|支付|等额|分期)|每月(?:还款|偿还|付息|支付)")
        .expect("static regex")
});
pub(super) static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<ei>等额本息)|(?P<ep>等额本金|等额还本)|(?P<io>先息后本|按(?:月|期|季)(?:付|结|支付|偿还)息[,、\s]*(?:到期|最后一期)(?:一次性?)?(?:还|偿还|归还)本(?:金)?|每月付息[,、\s]*到期还本)|(?P<bl>(?:到期)?一次性还本付息|利随本清|到期一次性(?:偿还|归还)(?:借款)?本(?:金)?(?:和|及|与)利息|到期还本付息)|(?P<fl>等本等息|每期利息(?:均)?按(?:照)?(?:初始|原始)?借款本金(?:计算|计收)|按(?:初始|原始)借款本金计算每期利息)|(?P<ot>随借随还)")
        .expect("static regex")
});
pub(super) static CHECKED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[☑√✓✔■☒]\s*$").expect("static regex"));

impl Extractor<'_> {
    pub(super) fn repayment(
        &mut self,
        text: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        if self.terms.frequency.is_none() {
            let freq = if MONTHLY_DUE_DAY.is_match(text) {
                Some(Frequency::Monthly)
            } else if text.contains("每周还款") || text.contains("按周还款") {
                Some(Frequency::Weekly)
            } else if text.contains("按季") || text.contains("每季") {
                Some(Frequency::Quarterly)
            } else if METHOD
                .captures(text)
                .is_some_and(|c| c.name("bl").is_some())
            {
                Some(Frequency::Single)
            } else {
                None
            };
            if let Some(frequency) = freq {
                self.terms.frequency = Some(FrequencyTerm {
                    frequency,
                    evidence: ev(self),
                });
                found += 1;
            }
        }
        let mut methods: Vec<(RepaymentMethod, bool)> = Vec::new();
        for c in METHOD.captures_iter(text) {
            let Some(m) = c.get(0) else { continue };
            let method = if c.name("ei").is_some() {
                RepaymentMethod::EqualInstallment
            } else if c.name("ep").is_some() {
                RepaymentMethod::EqualPrincipal
            } else if c.name("io").is_some() {
                RepaymentMethod::InterestOnly
            } else if c.name("bl").is_some() {
                RepaymentMethod::Bullet
            } else if c.name("fl").is_some() {
                RepaymentMethod::FlatRate
            } else {
                RepaymentMethod::Other
            };
            let checked = text.get(..m.start()).is_some_and(|b| CHECKED.is_match(b));
            if !methods.iter().any(|(x, _)| *x == method) {
                methods.push((method, checked));
            }
        }
        let chosen = match methods.as_slice() {
            [] => None,
            [(m, _)] => Some(*m),
            many => {
                let checked: Vec<_> = many.iter().filter(|(_, c)| *c).collect();
                match checked.as_slice() {
                    [(m, _)] => Some(*m),
                    _ => {
                        // A list of options with none ticked: the method is not stated here.
                        if self.repayment_ambiguous.is_none() {
                            self.repayment_ambiguous = Some(ev(self));
                        }
                        None
                    }
                }
            }
        };
        if let Some(method) = chosen {
            let labelled = text.contains("还款方式") || text.contains("还款方法");
            let evidence = ev(self);
            self.method_candidates.push((method, labelled, evidence));
            found += 1;
        }
        found
    }

    /// The repayment method: a labelled statement (还款方式:等额本息) wins; otherwise the
    /// mentions must agree, else the contract lists options and states none.
    pub(super) fn choose_method(&mut self) {
        let cands = std::mem::take(&mut self.method_candidates);
        let labelled: Vec<_> = cands.iter().filter(|c| c.1).collect();
        let pick = match labelled.as_slice() {
            [first, ..] if labelled.iter().all(|c| c.0 == first.0) => Some((*first).clone()),
            [] => match cands.as_slice() {
                [first, ..] if cands.iter().all(|c| c.0 == first.0) => Some(first.clone()),
                [] => None,
                [first, ..] => {
                    self.repayment_ambiguous.get_or_insert(first.2.clone());
                    None
                }
            },
            [first, ..] => {
                self.repayment_ambiguous.get_or_insert(first.2.clone());
                None
            }
        };
        if let Some((method, _, evidence)) = pick {
            self.terms.repayment = Some(Repayment { method, evidence });
        }
    }
}
