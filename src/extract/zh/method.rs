//! The repayment method (等额本息, 等额本金, 先息后本, 一次性还本付息, ...) and the
//! payment frequency.

use super::*;

pub(super) static MONTHLY_DUE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"每月\s*(?:的)?\s*(?:第)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]+)\s*[日号]|按月(?:还款|偿还|付息|支付|等额|分期)|每月(?:还款|偿还|付息|支付)|[(]\s*(?:按月|每月)\s*[)]")
        .expect("static regex")
});
pub(super) static METHOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<ei>等额本息|等额(?:偿还|归还|支付|清偿|摊还)本(?:金(?:和|及|与))?利?息|本息(?:按月|按期|每月|每期)?(?:平均|等额)(?:摊还|偿还|归还|清偿|还款)|(?:每期|每月)(?:以)?(?:相同|固定|同等|相等)(?:的)?金额(?:偿还|归还|支付|清偿)本(?:金(?:和|及|与))?利?息)|(?P<ep>等额本金|等额还本)|(?P<io>先息后本|(?:按(?:月|期|季)|每月|每期|每季)(?:付|结|支付|偿还)利?息[^。;]{0,48}?(?:到期|最后一期)(?:时)?(?:一次性?)?(?:还|偿还|归还|清偿)(?:全部|剩余|所有)?(?:借款)?本(?:金)?)|(?P<bl>(?:到期)?一次性还本付息|利随本清|到期一次性(?:偿还|归还)(?:借款)?本(?:金)?(?:和|及|与)利息|到期还本付息|(?:到期|届满|期满|于[^。;,，]{0,16}?(?:之前|前|当日))[^。;,，]{0,12}?(?:一次性?|一并)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付)\s*(?:全部|所有)?(?:借款)?(?:本金\s*(?:和|及|与|、|连同|以及)\s*(?:全部|所有)?(?:借款)?利息|本息|本利)|(?:本金\s*(?:和|及|与|、|连同|以及)\s*利息|本息|本利)\s*(?:于|在|应于|须于)?[^。;,，]{0,16}?(?:到期|届满)[^。;,，]{0,8}?(?:一次性?|一并|全部)\s*(?:归还|偿还|清偿|还清|付清|结清|支付|偿付))|(?P<bp>(?:到期|届满|期满|于[^。;,，]{0,16}?(?:之前|前|当日))[^。;,，]{0,12}?(?:一次性?|一并)\s*(?:归还|偿还|清偿|还清|付清|结清|偿付)\s*(?:全部|所有)?(?:借款)?本金)|(?P<fl>等本等息|每期利息(?:均)?按(?:照)?(?:初始|原始)?借款本金(?:计算|计收)|按(?:初始|原始)借款本金计算每期利息)|(?P<ot>随借随还)")
        .expect("static regex")
});
/// Interest paid each period (按月付息, 每季度支付利息), which makes a lump repayment of the
/// principal at the end interest-only rather than a single payment.
static PERIODIC_INTEREST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:按|每)(?:月|期|季|季度|半年|年)\s*(?:付|结|支付|偿还|结清|缴纳)\s*(?:当期|当月|本期)?\s*利?息|利息\s*(?:应)?\s*(?:按|每)(?:月|期|季|季度|半年)\s*(?:支付|结清|结算|偿还|缴纳|付清)")
        .expect("static regex")
});
/// A ticked box right before an option: ☑ ■ √ [x] (√).
pub(super) static TICKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[☑√✓✔■▣]|\[\s*[xX√✓✔]\s*\]|\(\s*[√✓✔]\s*\))\s*$").expect("static regex")
});
/// An empty or crossed-out box right before an option: □ [ ] ( ) ☒ X. A cross is not a tick.
pub(super) static UNTICKED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[□☐▢◻☒✗✘×]|\[\s*\]|\(\s*\)|(?:^|[\s:,、])[xX])\s*$").expect("static regex")
});

/// How an option of a checkbox form is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Ticked,
    Unticked,
    /// No box: a plain statement.
    Plain,
}

fn mark_before(before: &str) -> Mark {
    if TICKED.is_match(before) {
        Mark::Ticked
    } else if UNTICKED.is_match(before) {
        Mark::Unticked
    } else {
        Mark::Plain
    }
}

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
            } else if METHOD.captures_iter(text).any(|c| {
                c.name("bl").is_some()
                    || c.name("bp").is_some() && !PERIODIC_INTEREST.is_match(self.text)
            }) {
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
        let mut methods: Vec<(RepaymentMethod, Mark)> = Vec::new();
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
            } else if c.name("bp").is_some() {
                // 到期一次性归还本金: the whole loan at the end, unless the interest is paid
                // each period (then it is interest-only with the words apart).
                if PERIODIC_INTEREST.is_match(self.text) {
                    RepaymentMethod::InterestOnly
                } else {
                    RepaymentMethod::Bullet
                }
            } else if c.name("fl").is_some() {
                RepaymentMethod::FlatRate
            } else {
                RepaymentMethod::Other
            };
            let mark = mark_before(text.get(..m.start()).unwrap_or(""));
            if !methods.iter().any(|(x, _)| *x == method) {
                methods.push((method, mark));
            }
        }
        // Only a ticked option counts when boxes are ticked; an unticked option never does.
        let ticked: Vec<RepaymentMethod> = methods
            .iter()
            .filter(|(_, k)| *k == Mark::Ticked)
            .map(|(m, _)| *m)
            .collect();
        let plain: Vec<RepaymentMethod> = methods
            .iter()
            .filter(|(_, k)| *k == Mark::Plain)
            .map(|(m, _)| *m)
            .collect();
        let options = if ticked.is_empty() { plain } else { ticked };
        let options = prefer_specific(options);
        let chosen = match options.as_slice() {
            [m] => Some(*m),
            [] if methods.is_empty() => None,
            _ => {
                // Options with none (or several) ticked: the method is not stated here.
                if self.repayment_ambiguous.is_none() {
                    self.repayment_ambiguous = Some(ev(self));
                }
                None
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
        let mut cands = std::mem::take(&mut self.method_candidates);
        let mut stated: Vec<RepaymentMethod> = Vec::new();
        for c in &cands {
            if !stated.contains(&c.0) {
                stated.push(c.0);
            }
        }
        let kept = prefer_specific(stated);
        cands.retain(|c| kept.contains(&c.0));
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

/// Among methods stated together, a product name (随借随还) gives way to a stated method,
/// and a lump repayment of the principal to interest paid each period.
fn prefer_specific(mut methods: Vec<RepaymentMethod>) -> Vec<RepaymentMethod> {
    if methods.len() > 1 {
        methods.retain(|m| *m != RepaymentMethod::Other);
    }
    if methods.contains(&RepaymentMethod::InterestOnly) {
        methods.retain(|m| *m != RepaymentMethod::Bullet);
    }
    methods
}

/// Whether `text` states interest-only repayment (先息后本, 按月付息…到期还本).
pub(super) fn interest_only_in(text: &str) -> bool {
    METHOD.captures_iter(text).any(|c| c.name("io").is_some())
}
