//! Fees: name, kind, amount or percentage, timing and payee; fees named with a blank amount.

use super::*;

/// Paid once at the end: 到期一次性支付, 到期时支付, 随最后一期(还款)支付, 于到期日与本息一并支付.
static TIMING_AT_MATURITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:到期|期满|届满)(?:时|日|之日|当日)?\s*(?:一次性|一并)?\s*(?:支付|缴纳|交纳|付清|收取|结清)|随(?:最后|末)\s*(?:一)?\s*期|(?:最后|末)\s*(?:一)?\s*期(?:还款时)?\s*(?:一并|一次性)?\s*(?:支付|缴纳|收取)|借款到期后(?:一次性)?(?:支付|缴纳)|(?:到期|期满|届满)(?:时|日|之日|当日)?[^,。;]{0,8}?(?:一次性|一并)\s*(?:支付|缴纳|交纳|付清|收取|结清)")
        .expect("static regex")
});
/// Paid on the payout day, apart from the loan: 放款当日支付, 放款时另行支付.
static TIMING_AT_DISBURSEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:放款|发放贷款|发放借款|借款发放|款项到账)(?:当日|当天|之日|时)\s*(?:另行|单独|一次性)?\s*(?:向[^,。;]{0,8})?(?:支付|缴纳|交纳|付清)")
        .expect("static regex")
});
/// The words after a date that make it the day a fee is paid: `于2025年6月1日前支付`.
static PAID_ON_DATE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:之?前|当日|当天|以前)?\s*(?:一次性)?\s*(?:向[^,。;]{0,8})?(?:支付|缴纳|交纳|付清)",
    )
    .expect("static regex")
});
/// A blank where a fee's amount belongs, soon after the fee's name.
static BLANK_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^,。;]{0,16}?(?:_{2,}|【\s*】|\[\s*\]|\$\{[^}]*\}|\{\{[^}]*\}\}|\(\s+\)\s*元)")
        .expect("static regex")
});

/// When the fee a sentence speaks of is paid, as far as the sentence says.
pub(super) fn timing_of(sentence: &str) -> Option<FeeTiming> {
    Some(if says_deducted(sentence) {
        FeeTiming::UpfrontDeducted
    } else if TIMING_AT_MATURITY.is_match(sentence) {
        FeeTiming::AtMaturity
    } else if TIMING_AT_DISBURSEMENT.is_match(sentence) {
        FeeTiming::AtDisbursement
    } else if TIMING_PER_PERIOD.is_match(sentence) {
        FeeTiming::PerPeriod
    } else if TIMING_UPFRONT_PAID.is_match(sentence) {
        FeeTiming::UpfrontPaid
    } else {
        return None;
    })
}

/// The day a fee is paid, when the sentence names one (`于2025年6月1日前支付`).
fn paid_on_date(sentence: &str) -> Option<NaiveDate> {
    DATE.captures_iter(sentence).find_map(|c| {
        let m = c.get(0)?;
        let after = sentence.get(m.end()..)?;
        PAID_ON_DATE_AFTER
            .is_match(after)
            .then(|| date_of(&c))
            .flatten()
    })
}

/// The sentence names fee `name` as one already stated: 上述/前述/该 平台服务费.
fn refers_back(sentence: &str, name: &str) -> bool {
    sentence.match_indices(name).any(|(at, _)| {
        let before = &sentence[..at];
        ["上述", "前述", "所述", "该", "此项", "以上"]
            .iter()
            .any(|w| before.trim_end().ends_with(w))
    })
}

/// A fee the contract names without a usable amount (see [`Extractor::named_fees`]).
pub(super) struct NamedFee {
    name: String,
    kind: FeeKind,
    timing: FeeTiming,
    evidence: Evidence,
}

/// Charges that arise only on default or prepayment: not part of a blank-fee listing.
fn on_default_kind(kind: FeeKind) -> bool {
    matches!(
        kind,
        FeeKind::Prepayment
            | FeeKind::Late
            | FeeKind::Collection
            | FeeKind::Legal
            | FeeKind::Penalty
    )
}

/// A figure of its own (an amount or a rate): a sentence with one is about that figure.
static MONEY_TOPIC_VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]|[壹贰叁肆伍陆柒捌玖拾佰仟]").expect("static regex"));

/// Whether two fees are one fee stated twice: the same name and
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
    a.name == b.name
        && a.timing == b.timing
        && on_principal
        && (principal * pct / Decimal::ONE_HUNDRED).round_dp(2) == amount.round_dp(2)
}

impl Extractor<'_> {
    /// Statements about when a fee is paid or that the interest is deducted, which may sit in
    /// a sentence without the fee's amount (the amount is in the clause before). `raw` is the
    /// sentence before fill-in lines were blanked, to see a `____` blank.
    pub(super) fn timing_and_deduction(
        &mut self,
        text: &str,
        raw: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> usize {
        let mut found = 0;
        let timing = timing_of(text);
        if let Some(timing) = timing {
            for m in FEE_NAME.find_iter(text) {
                let kind = fee_kind(m.as_str());
                if on_default_kind(kind) {
                    continue;
                }
                self.timing_notes
                    .push((m.as_str().to_string(), kind, timing));
            }
        }
        // A fee named with a blank amount, or named by a deduction clause: listed in `finish`
        // unless its amount is stated elsewhere.
        for m in FEE_NAME.find_iter(raw) {
            let kind = fee_kind(m.as_str());
            if on_default_kind(kind) {
                continue;
            }
            let blank = raw
                .get(m.end()..)
                .is_some_and(|after| BLANK_AFTER_NAME.is_match(after));
            if blank || timing == Some(FeeTiming::UpfrontDeducted) {
                let evidence = ev(self);
                self.named_fees.push(NamedFee {
                    name: m.as_str().to_string(),
                    kind,
                    timing: timing.unwrap_or(FeeTiming::Other),
                    evidence,
                });
            }
        }
        if self.interest_deducted.is_none() && interest_deducted_in(text) {
            self.interest_deducted = Some(ev(self));
            self.interest_deducted_stated = interest_amount_named(text);
            found += 1;
        }
        found
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_fee(
        &mut self,
        name: &str,
        kind: FeeKind,
        amount: Option<Decimal>,
        percent: Option<Decimal>,
        basis: Option<Basis>,
        per: Option<Per>,
        sentence: &str,
        evidence: Evidence,
    ) {
        let on_default = matches!(
            kind,
            FeeKind::Late | FeeKind::Collection | FeeKind::Legal | FeeKind::Penalty
        ) || OVERDUE_WORD.is_match(name);
        let due = paid_on_date(sentence);
        let timing = if on_default {
            FeeTiming::OnDefault
        } else if kind == FeeKind::Prepayment {
            FeeTiming::Other
        } else if let Some(t) = timing_of(sentence).filter(|t| *t == FeeTiming::UpfrontDeducted) {
            t
        } else if due.is_some() {
            FeeTiming::OnDate
        } else if let Some(t) = timing_of(sentence) {
            t
        } else if OVERDUE_WORD.is_match(sentence) {
            FeeTiming::OnDefault
        } else {
            FeeTiming::Other
        };
        // 将上述平台服务费从借款本金中扣除: the sentence speaks of a fee stated before, and a
        // figure in it belongs to something else (the amount received, a total).
        if refers_back(sentence, name) {
            if let Some(stated) = self.terms.fees.iter_mut().find(|f| f.name == name) {
                if stated.timing == FeeTiming::Other {
                    stated.timing = timing;
                }
                return;
            }
        }
        // 分期手续费每期0.75%: a percentage charged each period.
        let per = match (percent, per) {
            (Some(_), None) if timing == FeeTiming::PerPeriod && sentence.contains("每期") => {
                self.per_period_fee_assumed = true;
                Some(Per::Month)
            }
            (Some(_), None) => Some(Per::Once),
            (_, p) => p,
        };
        let due_date = due
            .filter(|_| timing == FeeTiming::OnDate)
            .map(|date| DateTerm {
                date,
                evidence: evidence.clone(),
            });
        let fee = Fee {
            name: name.to_string(),
            kind,
            amount: amount.map(|a| a.normalize()),
            percent: percent.map(|p| p.normalize()),
            basis,
            per: if percent.is_some() { per } else { None },
            timing,
            payee: payee_of(sentence, kind),
            note: None,
            evidence,
            due_date,
            amount_blank: false,
        };
        let dup = self.terms.fees.iter().any(|f| {
            f.kind == fee.kind
                && f.amount == fee.amount
                && f.percent == fee.percent
                && f.per == fee.per
        });
        if !dup {
            self.terms.fees.push(fee);
        }
    }

    /// 按借款本金的0.6%按期收取（每期72.00元）: a percentage and the amount it comes to, read
    /// from one sentence, are one fee. Run once the principal is known, wherever it is stated.
    pub(super) fn merge_restated_fees(&mut self) {
        let principal = self.terms.principal.as_ref().map(|p| p.amount);
        let mut i = 0;
        while i < self.terms.fees.len() {
            let (head, tail) = self.terms.fees.split_at_mut(i + 1);
            let Some(first) = head.last_mut() else { break };
            // The percentage and its amount may stand in one sentence or in two (分期服务费:
            // 0.8%/期 in the terms, 每期应还 本金 + 分期服务费134.40元 in the plan).
            if let Some(j) = tail.iter().position(|f| restates(first, f, principal)) {
                let other = self.terms.fees.remove(i + 1 + j);
                if let Some(first) = self.terms.fees.get_mut(i) {
                    first.amount = first.amount.or(other.amount);
                    if first.percent.is_none() {
                        first.percent = other.percent;
                        first.basis = other.basis;
                        first.per = other.per;
                    }
                }
                continue;
            }
            i += 1;
        }
    }

    /// A sentence naming no fee that only says when something is paid (收取方式: 于借款到期日
    /// 一次性支付) right after the sentence that stated fee `i` without a timing: that fee's timing.
    pub(super) fn timing_of_fee_before(&mut self, i: usize, text: &str) -> usize {
        if FEE_NAME.is_match(text) || MONEY_TOPIC_VALUE.is_match(text) {
            return 0;
        }
        let (Some(timing), Some(fee)) = (timing_of(text), self.terms.fees.get_mut(i)) else {
            return 0;
        };
        if fee.timing != FeeTiming::Other {
            return 0;
        }
        fee.timing = timing;
        1
    }

    /// A fee whose own sentence says nothing of when it is paid takes the timing another
    /// sentence states for it (6.1 平台服务费800元 / 6.2 放款时将上述平台服务费从借款本金中扣除).
    pub(super) fn apply_timing_notes(&mut self) {
        let notes = std::mem::take(&mut self.timing_notes);
        for fee in self
            .terms
            .fees
            .iter_mut()
            .filter(|f| f.timing == FeeTiming::Other)
        {
            // The same name first, else the only timing stated for fees of the same kind.
            let same_name: Vec<_> = notes.iter().filter(|n| n.0 == fee.name).collect();
            let pick = if same_name.is_empty() {
                notes.iter().filter(|n| n.1 == fee.kind).collect()
            } else {
                same_name
            };
            if let [first, rest @ ..] = pick.as_slice() {
                if rest.iter().all(|n| n.2 == first.2) {
                    fee.timing = first.2;
                }
            }
        }
    }

    /// Fees named without an amount anywhere in the contract (a blank `${fee}`, `____元`, or a
    /// deduction clause naming a fee whose amount is never given): listed with no amount, no
    /// percentage and `amount_blank`, so the deduction still shows.
    pub(super) fn list_blank_fees(&mut self) {
        for named in std::mem::take(&mut self.named_fees) {
            let stated = self
                .terms
                .fees
                .iter()
                .any(|f| f.name == named.name || f.kind == named.kind);
            if stated {
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
