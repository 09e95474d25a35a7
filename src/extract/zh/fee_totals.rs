//! Restated fee figures: a fee's total over the term (手续费合计, 上述服务费共计), a percentage
//! and the amount it comes to, and figures read as fees that only restate another fee. Each is
//! reconciled with the fee it restates, never charged again.

use super::*;

/// A total the contract states for a fee (手续费合计518.40元): reconciled with the fee once
/// every term is read (see [`Extractor::reconcile_fee_totals`]).
pub(in super::super) struct FeeTotal {
    name: String,
    kind: FeeKind,
    amount: Decimal,
    /// When the sentence says the fee is paid, if it does.
    timing: Option<FeeTiming>,
    evidence: Evidence,
    /// Every fee the total is stated for, when several are named together before it
    /// (咨询费、审核费、服务费共计3,000元); empty for one fee's own total.
    joint: Vec<String>,
}

/// Between two fee names of one list: a 、, a comma or a conjunction, nothing else.
static NAME_JOINER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::regex(r"^\s*(?:、|,|，|/|及|和|与|以及|或)\s*$").expect("static regex")
});

/// The fee names listed together and ending with the last name in `lead` (`咨询费、审核费、
/// 服务费共计`): two or more, in order, or none when the last name stands alone.
fn joint_names(lead: &str) -> Vec<String> {
    let names: Vec<_> = FEE_NAME.find_iter(lead).collect();
    let Some(last) = names.last() else {
        return Vec::new();
    };
    let mut listed = vec![last.as_str().to_string()];
    let mut start = last.start();
    for m in names.iter().rev().skip(1) {
        let gap = lead.get(m.end()..start).unwrap_or("");
        if !NAME_JOINER.is_match(gap) {
            break;
        }
        listed.insert(0, m.as_str().to_string());
        start = m.start();
    }
    if listed.len() < 2 {
        listed.clear();
    }
    listed
}

/// Why a figure read as a fee restates it: it is at least the principal.
const INCLUDES_PRINCIPAL: &str = "a total that includes the principal";

/// One payment of fee `f` (its amount, or its share of the principal).
fn fee_once(f: &Fee, principal: Option<Decimal>) -> Option<Decimal> {
    match (f.amount, f.percent) {
        (Some(a), _) => Some(a),
        (None, Some(p))
            if matches!(f.basis, None | Some(Basis::Principal))
                && matches!(f.per, None | Some(Per::Once) | Some(Per::Month)) =>
        {
            principal?.checked_mul(p)?.checked_div(Decimal::ONE_HUNDRED)
        }
        _ => None,
    }
}

/// What fee `f` comes to over the loan, and the arithmetic (`12 × 43.20`): once, or each of `n`
/// periods.
fn fee_total(f: &Fee, principal: Option<Decimal>, n: Option<u32>) -> Option<(Decimal, String)> {
    let once = fee_once(f, principal)?;
    if f.timing == FeeTiming::PerPeriod {
        let n = n.filter(|n| *n > 0)?;
        let total = once.checked_mul(Decimal::from(n))?;
        Some((total, format!("{n} × {}", once.round_dp(2).normalize())))
    } else {
        Some((once, format!("{}", once.round_dp(2).normalize())))
    }
}

/// Whether two fees are one fee stated twice: the same name (or one ending the other) and
/// timing, one as a percentage of the principal and the other as the amount that percentage
/// comes to (to the cent).
fn restates(a: &Fee, b: &Fee, principal: Option<Decimal>) -> bool {
    let Some(principal) = principal else {
        return false;
    };
    let (pct, amount) = match (a.amount, a.percent, b.amount, b.percent) {
        (None, Some(p), Some(x), None) | (Some(x), None, None, Some(p)) => (p, x),
        _ => return false,
    };
    let on_principal = [a.basis, b.basis]
        .iter()
        .all(|basis| matches!(basis, None | Some(Basis::Principal)));
    // One name may end the other (每期服务费 in a table, 分期服务费按…0.48%每月收取 in a note).
    // A timing said of one only (担保费率 1.5% over 担保费金额 450元, 放款当日支付) is the
    // other's too.
    let timing_agrees =
        a.timing == b.timing || a.timing == FeeTiming::Other || b.timing == FeeTiming::Other;
    (a.name.ends_with(&b.name) || b.name.ends_with(&a.name))
        && timing_agrees
        && on_principal
        && (principal * pct / Decimal::ONE_HUNDRED).round_dp(2) == amount.round_dp(2)
}
/// One sentence states a fee as a percentage and as the amount it comes to (按分期本金的0.25%
/// 按月收取分期手续费,即每期121.50元) where the principal read does not give that amount: one
/// fee still, when the amount's base (amount ÷ percentage) is a figure the document states.
fn restates_in_one_sentence(a: &Fee, b: &Fee, stated: &[Decimal]) -> bool {
    let (pct, amount) = match (a.amount, a.percent, b.amount, b.percent) {
        (None, Some(p), Some(x), None) | (Some(x), None, None, Some(p)) => (p, x),
        _ => return false,
    };
    let same_sentence = a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;
    let on_principal = [a.basis, b.basis]
        .iter()
        .all(|basis| matches!(basis, None | Some(Basis::Principal)));
    let Some(base) = (pct > Decimal::ZERO)
        .then(|| amount.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(pct))
        .flatten()
    else {
        return false;
    };
    same_sentence
        && a.name == b.name
        && a.timing == b.timing
        && on_principal
        && stated.iter().any(|s| {
            (*s * pct / Decimal::ONE_HUNDRED).round_dp(2) == amount.round_dp(2)
                && (*s - base).abs() < Decimal::ONE
        })
}

impl Extractor<'_> {
    /// 按借款本金的0.6%按期收取（每期72.00元）: a percentage and the amount it comes to, read
    /// from one sentence, are one fee. Run once the principal is known, wherever it is stated.
    pub(in super::super) fn merge_restated_fees(&mut self) {
        let principal = self.terms.principal.as_ref().map(|p| p.amount);
        // The document's money figures, read once when first needed.
        let mut stated: Option<Vec<Decimal>> = None;
        let mut i = 0;
        while i < self.terms.fees.len() {
            let (head, tail) = self.terms.fees.split_at_mut(i + 1);
            let Some(first) = head.last_mut() else { break };
            // The percentage and its amount may stand in one sentence or in two (分期服务费:
            // 0.8%/期 in the terms, 每期应还 本金 + 分期服务费134.40元 in the plan).
            let mut found = tail.iter().position(|f| restates(first, f, principal));
            if found.is_none() && first.amount.is_some() != first.percent.is_some() {
                let stated = stated.get_or_insert_with(|| {
                    tokens(self.text)
                        .iter()
                        .filter_map(|t| t.val.money())
                        .collect()
                });
                found = tail
                    .iter()
                    .position(|f| restates_in_one_sentence(first, f, stated));
            }
            if let Some(j) = found {
                let other = self.terms.fees.remove(i + 1 + j);
                if let Some(first) = self.terms.fees.get_mut(i) {
                    first.amount = first.amount.or(other.amount);
                    if other.name.len() > first.name.len() {
                        first.name = other.name;
                    }
                    if first.percent.is_none() {
                        first.percent = other.percent;
                        first.basis = other.basis;
                        first.per = other.per;
                    }
                    if first.timing == FeeTiming::Other {
                        first.timing = other.timing;
                    }
                }
                continue;
            }
            i += 1;
        }
    }

    /// The totals stated for fee `f` (its name or kind), not yet reconciled.
    pub(super) fn stated_fee_totals(&self, f: &Fee) -> Vec<Decimal> {
        self.fee_totals
            .iter()
            .filter(|t| t.joint.is_empty() && same_fee(f, &t.name, t.kind))
            .map(|t| t.amount)
            .collect()
    }

    /// A figure the sentence states as a fee's total (手续费合计518.40元): kept to reconcile.
    pub(in super::super) fn fee_restated(
        &mut self,
        name: &str,
        amount: Decimal,
        sentence: &str,
        evidence: Evidence,
    ) {
        self.fee_totals.push(FeeTotal {
            name: name.to_string(),
            kind: fee_kind(name),
            amount: amount.normalize(),
            timing: timing_of(sentence).or_else(|| {
                listed_under_total(self.text.get(..self.seg_start).unwrap_or(""), sentence)
            }),
            evidence,
            joint: Vec::new(),
        });
    }

    /// A figure stated as a total after the fee names in `lead`: the joint amount of every fee
    /// listed together there (咨询费、审核费、服务费共计3,000元), else the total of the last one.
    pub(in super::super) fn fee_total_after_names(
        &mut self,
        name: &str,
        lead: &str,
        amount: Decimal,
        sentence: &str,
        evidence: Evidence,
    ) {
        self.fee_restated(name, amount, sentence, evidence);
        let joint = joint_names(lead);
        if let Some(total) = self.fee_totals.last_mut() {
            total.joint = joint;
        }
    }

    /// Several fees stated by one total (咨询费、审核费、服务费共计3,000元). When none of them
    /// has an amount of its own, they are one charge of that total, paid when they are; when
    /// each has one, the total is checked against their sum (as one fee's total is). True when
    /// the total was settled here.
    fn joint_total(&mut self, total: &FeeTotal) -> bool {
        if total.joint.len() < 2 {
            return false;
        }
        let listed: Vec<usize> = (0..self.terms.fees.len())
            .filter(|&i| {
                self.terms.fees.get(i).is_some_and(|f| {
                    f.timing != FeeTiming::OnDefault
                        && total
                            .joint
                            .iter()
                            .any(|n| f.name == *n || f.name.ends_with(n.as_str()))
                })
            })
            .collect();
        let unpriced = listed.iter().all(|&i| {
            self.terms
                .fees
                .get(i)
                .is_some_and(|f| f.amount.is_none() && f.percent.is_none())
        });
        if !unpriced {
            return false;
        }
        // The fees are paid when the sentences naming them say (all alike), else as the
        // total's own sentence says.
        let mut timings = listed
            .iter()
            .filter_map(|&i| self.terms.fees.get(i))
            .map(|f| f.timing)
            .filter(|t| *t != FeeTiming::Other);
        let named_timing = timings.next().filter(|first| timings.all(|t| t == *first));
        let timing = named_timing.or(total.timing).unwrap_or(FeeTiming::Other);
        // A total spread over the periods is left to the per-fee reading below.
        if timing == FeeTiming::PerPeriod {
            return false;
        }
        for &i in listed.iter().rev() {
            self.terms.fees.remove(i);
        }
        let name = total.joint.join("、");
        let kind = total.joint.first().map_or(total.kind, |n| fee_kind(n));
        self.terms.fees.push(Fee {
            payee: payee_of(&total.evidence.text, kind),
            name: name.clone(),
            kind,
            amount: Some(total.amount),
            percent: None,
            basis: None,
            per: None,
            timing,
            note: Some(format!(
                "one total {} is stated for {} fees named together ({name}); they are priced as one charge",
                total.amount,
                total.joint.len()
            )),
            evidence: total.evidence.clone(),
            due_date: None,
            amount_blank: false,
        });
        true
    }

    /// Each stated fee total against the fee it restates: n × the per-period fee, or the fee
    /// itself. Agreement is noted on the fee; a disagreement is an inconsistency quoting both.
    /// A total with no fee of its own is the fee's only statement: a per-period fee is its
    /// share of each of the stated periods, any other the total itself.
    pub(in super::super) fn reconcile_fee_totals(&mut self) {
        let principal = self.terms.principal.as_ref().map(|p| p.amount);
        let n = self.terms.installments.as_ref().map(|c| c.count);
        for total in std::mem::take(&mut self.fee_totals) {
            if self.joint_total(&total) {
                continue;
            }
            let same: Vec<usize> = (0..self.terms.fees.len())
                .filter(|&i| {
                    self.terms
                        .fees
                        .get(i)
                        .is_some_and(|f| same_fee(f, &total.name, total.kind))
                })
                .collect();
            if same.is_empty() {
                self.fee_from_total(total, n);
                continue;
            }
            let computed: Option<(Decimal, Vec<String>)> =
                same.iter()
                    .try_fold((Decimal::ZERO, Vec::new()), |(sum, mut parts), &i| {
                        let (t, how) = fee_total(self.terms.fees.get(i)?, principal, n)?;
                        parts.push(how);
                        Some((sum.checked_add(t)?, parts))
                    });
            let tolerance = Decimal::new(1, 2) * Decimal::from(n.unwrap_or(1).max(1));
            let quoted: Vec<String> = same
                .iter()
                .filter_map(|&i| self.terms.fees.get(i))
                .map(|f| format!("«{}»", f.evidence.text))
                .collect();
            match computed {
                Some((sum, parts)) if (sum - total.amount).abs() <= tolerance => {
                    let note = format!(
                        "stated total {} («{}») agrees: {} = {}",
                        total.amount,
                        total.evidence.text,
                        parts.join(" + "),
                        sum.round_dp(2).normalize()
                    );
                    if let Some(f) = same.first().and_then(|&i| self.terms.fees.get_mut(i)) {
                        f.note = Some(match f.note.take() {
                            Some(old) => format!("{old}; {note}"),
                            None => note,
                        });
                    }
                }
                Some((sum, parts)) => self.terms.inconsistencies.push(Inconsistency {
                    kind: crate::reconcile::FIGURES_MISMATCH.into(),
                    message: format!(
                        "the stated total of {} {} («{}») does not agree with the fee as stated: {} = {} ({})",
                        total.name,
                        total.amount,
                        total.evidence.text,
                        parts.join(" + "),
                        sum.round_dp(2).normalize(),
                        quoted.join(", ")
                    ),
                    evidence: total.evidence,
                }),
                None => self.terms.assumptions.push(format!(
                    "the stated total of {} {} («{}») is not checked: the fee's own terms ({}) do not give a total without the number of periods",
                    total.name,
                    total.amount,
                    total.evidence.text,
                    quoted.join(", ")
                )),
            }
        }
    }

    /// A fee stated only by its total: charged per period (its share of each of the `n`
    /// periods, to the cent, when it divides evenly) or once as stated.
    fn fee_from_total(&mut self, total: FeeTotal, n: Option<u32>) {
        let noted = |by: &dyn Fn(&(String, FeeKind, FeeTiming)) -> bool| {
            let mut t = self.timing_notes.iter().filter(|x| by(x)).map(|x| x.2);
            let first = t.next()?;
            t.all(|x| x == first).then_some(first)
        };
        let timing = total
            .timing
            .or_else(|| noted(&|x| x.0 == total.name))
            .or_else(|| noted(&|x| x.1 == total.kind))
            .unwrap_or(FeeTiming::Other);
        let per_period = (timing == FeeTiming::PerPeriod)
            .then_some(n)
            .flatten()
            .filter(|n| *n > 0)
            .and_then(|n| {
                let share = total.amount.checked_div(Decimal::from(n))?;
                (share.round_dp(2) * Decimal::from(n) == total.amount).then_some((n, share))
            });
        let (amount, timing, note) = match per_period {
            Some((n, share)) => (
                Some(share.round_dp(2).normalize()),
                timing,
                Some(format!(
                    "only the total {} over {n} periods is stated: {} a period",
                    total.amount,
                    share.round_dp(2).normalize()
                )),
            ),
            // Paid each period, but over how many is not known: not priced.
            None if timing == FeeTiming::PerPeriod => (
                None,
                timing,
                Some(format!(
                    "only the total {} is stated, not the number of periods it is spread over",
                    total.amount
                )),
            ),
            None => (Some(total.amount), timing, None),
        };
        self.terms.fees.push(Fee {
            payee: payee_of(&total.evidence.text, total.kind),
            name: total.name,
            kind: total.kind,
            amount,
            percent: None,
            basis: None,
            per: None,
            timing,
            note,
            evidence: total.evidence,
            due_date: None,
            amount_blank: false,
        });
    }

    /// Figures read as fees that only restate another fee of the same name or kind: n × a
    /// per-period fee (the fee's total over the term), or at least the principal (a total
    /// repayment that includes the fee). Such a figure is not charged again; the fee keeps it
    /// as a note. Runs once the number of periods is known.
    pub(in super::super) fn fold_fee_restatements(&mut self) {
        // No principal read yet, a price the plan finances whole (订单金额 ¥2,680.00, no down
        // payment): a percentage of it and the amount it comes to are one fee all the same.
        let principal = self
            .terms
            .principal
            .as_ref()
            .map(|p| p.amount)
            .or_else(|| self.price_with_no_down_payment());
        let n = self.terms.installments.as_ref().map(|c| c.count);
        let mut i = 0;
        while i < self.terms.fees.len() {
            let Some(a) = self.terms.fees.get(i) else {
                break;
            };
            let Some(x) = a
                .amount
                .filter(|_| !on_default_kind(a.kind) && a.timing != FeeTiming::OnDefault)
            else {
                i += 1;
                continue;
            };
            let restated = self.terms.fees.iter().enumerate().find_map(|(j, b)| {
                if j == i || !same_fee(b, &a.name, a.kind) {
                    return None;
                }
                // 费率为每期0.65%(每期128.70元): the percentage's amount, said beside it.
                let same_amount = b.amount.is_none()
                    && b.percent.is_some()
                    && b.timing == a.timing
                    && fee_once(b, principal).is_some_and(|o| (o - x).abs() <= Decimal::new(1, 2));
                if same_amount {
                    return Some((
                        j,
                        "its percentage of the principal as an amount".to_string(),
                    ));
                }
                let once = fee_once(b, principal).filter(|o| *o > Decimal::ZERO && *o < x)?;
                // A rate a period whose whole is paid at once (每期手续费率0.60%, 首期一次性收取,
                // 总手续费864.00): the total is that fee's amount, with its timing.
                let whole_at_once =
                    b.timing == a.timing && b.amount.is_none() && b.per == Some(Per::Month);
                let per_period = b.timing == FeeTiming::PerPeriod || whole_at_once;
                if let Some(n) = n.filter(|n| *n >= 2 && per_period) {
                    let total = once * Decimal::from(n);
                    if (total - x).abs() <= Decimal::new(1, 2) * Decimal::from(n) {
                        return Some((j, format!("{n} × {}", once.round_dp(2).normalize())));
                    }
                }
                principal
                    .filter(|p| x >= *p)
                    .map(|_| (j, INCLUDES_PRINCIPAL.to_string()))
            });
            let Some((j, how)) = restated else {
                i += 1;
                continue;
            };
            let a = self.terms.fees.remove(i);
            let j = if j > i { j - 1 } else { j };
            if let Some(b) = self.terms.fees.get_mut(j) {
                // A total that includes the principal is never the fee's own amount.
                if b.amount.is_none()
                    && b.percent.is_some()
                    && a.timing == b.timing
                    && how != INCLUDES_PRINCIPAL
                {
                    b.amount = Some(x);
                }
                let note = format!(
                    "{} («{}») restates this fee ({how}), not a charge of its own",
                    x.normalize(),
                    a.evidence.text
                );
                b.note = Some(match b.note.take() {
                    Some(old) => format!("{old}; {note}"),
                    None => note,
                });
            }
        }
    }
}

impl Extractor<'_> {
    /// Fees stated with no timing beside a breakdown of the instalment (每期应还536元 / 其中
    /// 本金500元 / 分期手续费36元): when the principal part and those fees add up to the
    /// instalment, each fee is paid with every instalment, said as worked out.
    pub(in super::super) fn fees_within_instalment(&mut self) {
        let (Some(pay), Some(part)) = (
            self.terms.payment.as_ref(),
            self.per_period_principal.as_ref(),
        ) else {
            return;
        };
        let open: Vec<usize> = (0..self.terms.fees.len())
            .filter(|&i| {
                self.terms.fees[i].timing == FeeTiming::Other
                    && self.terms.fees[i].amount.is_some_and(|a| a > Decimal::ZERO)
                    && !on_default_kind(self.terms.fees[i].kind)
            })
            .collect();
        if open.is_empty() {
            return;
        }
        let charges: Decimal = open.iter().filter_map(|&i| self.terms.fees[i].amount).sum();
        if part.amount + charges != pay.amount {
            return;
        }
        let note = format!(
            "paid with each instalment: the principal part {} and the fee(s) {charges} make the instalment {} ({}; {})",
            part.amount.normalize(),
            pay.amount.normalize(),
            part.evidence.text,
            pay.evidence.text
        );
        for i in open {
            if let Some(f) = self.terms.fees.get_mut(i) {
                f.timing = FeeTiming::PerPeriod;
                f.note = Some(note.clone());
            }
        }
    }
}
