//! Rates: the contract rate, overdue and penalty rates, all-in annualised cost; their
//! period, basis and mark-ups.

use super::*;
use crate::pattern;

/// A rate stated relative to the contract rate, resolved once the whole text is read.
pub(super) struct Markup {
    pub(super) kind: RateKind,
    pub(super) markup: Decimal,
    pub(super) basis: Option<Basis>,
    pub(super) label: String,
    pub(super) evidence: Evidence,
}

pub(super) static INCLUDES: LazyLock<Regex> = LazyLock::new(|| {
    // 另计 before a charge's name (另计违约金) names that charge: only the word itself goes.
    pattern::regex(
        r"(?:已含|包含|包括|含|不含|另行收取的?)[^,。;)]{0,16}|另计(?:[^,。;)违罚滞利息费]{0,16})?",
    )
    .expect("static regex")
});

/// The interest computed from a rate the contract names: `每月利息=借款本金×年化利率÷12`,
/// `按上述年化利率计收利息`.
pub(super) static INTEREST_FROM_RATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:利息|月息|每月利息|每期利息|当期利息)\s*[=＝]\s*[^。;\n]{0,24}(?:年化)?利率|(?:按|以|依)(?:照|据)?\s*(?:上述|该|前述|此|本合同约定的?|约定的?)?\s*(?:年化)?利率\s*(?:计收|计算|计息|收取|计付)")
        .expect("static regex")
});

impl Extractor<'_> {
    /// Rates stated as a mark-up over the contract rate, resolved against it.
    pub(super) fn resolve_markups(&mut self) {
        // Rates stated as a mark-up over the contract rate.
        let base = self
            .terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && !r.comprehensive)
            .cloned();
        if base.is_none() && self.lpr_waits_for_date {
            return;
        }
        for m in std::mem::take(&mut self.markups) {
            match &base {
                Some(b) => {
                    let factor = Decimal::ONE_HUNDRED
                        .checked_add(m.markup)
                        .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED));
                    let Some((factor, value)) =
                        factor.and_then(|f| Some((f, b.value.checked_mul(f)?)))
                    else {
                        self.terms.unparsed.push(Unparsed {
                            reason: "rate".into(),
                            evidence: m.evidence,
                        });
                        continue;
                    };
                    let rate = self.make_rate(
                        m.kind,
                        value,
                        b.per,
                        m.label,
                        false,
                        m.basis,
                        Some(m.markup),
                        m.evidence,
                    );
                    self.terms.assumptions.push(format!(
                        "{} rate computed as the contract rate {}% per {:?} × {} (上浮 {}%)",
                        match m.kind {
                            RateKind::Penalty => "penalty",
                            _ => "overdue",
                        },
                        b.value,
                        b.per,
                        factor.normalize(),
                        m.markup.normalize()
                    ));
                    self.terms.rates.push(rate);
                }
                None => self.terms.unparsed.push(Unparsed {
                    reason: "rate".into(),
                    evidence: m.evidence,
                }),
            }
        }
    }

    /// The assumptions made when annualising rates.
    pub(super) fn rate_assumptions(&mut self) {
        if self.terms.rates.iter().any(|r| r.day_basis_assumed) {
            self.terms
                .assumptions
                .push("日利率 annualised ×365 (contract states no day basis)".into());
        } else if let Some((b, _)) = &self.stated_day_basis {
            if self.terms.rates.iter().any(|r| r.per == Per::Day) {
                self.terms
                    .assumptions
                    .push(format!("日利率 annualised ×{b} as the contract states"));
            }
        }
        if self.assumed_year {
            self.terms
                .assumptions
                .push("a rate stated without a period (利率X%) is read as a yearly rate".into());
        }
    }

    /// Classify one percentage; false when it could not be placed.
    pub(super) fn percent(
        &mut self,
        text: &str,
        tok: &Tok,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) -> bool {
        let Val::Pct {
            value,
            per: fixed_per,
        } = tok.val
        else {
            return false;
        };
        let (cs, ce) = clause_bounds(text, tok.start, tok.end);
        // 每日按逾期本金1%收取罚息,并另按借款本金5%支付违约金: each charge's words are its own.
        let own = charge_parts::own_part(text, tok.start, tok.end);
        let (floor, own_end) = own.unwrap_or((0, text.len()));
        let (cs, ce) = (cs.max(floor), ce.min(own_end));
        let sentence = text.get(floor..own_end).unwrap_or(text);
        let clause = text.get(cs..ce).unwrap_or("");
        let before = text.get(cs..tok.start).unwrap_or("");
        // 年化利率7.2%-24%: a range of rates, not this loan's rate.
        if CAP_WORD.is_match(clause)
            || crate::extract::rate_range::is_range_end(text, tok.start, tok.end)
        {
            return false;
        }
        // A prepayment charge is named once per sentence; its rate clause may only say 违约金率.
        // A value in brackets glosses the word just before them (利息(年利率9%)及平台服务费
        // (每月30元): the 9% is the interest rate, not the fee named after it).
        let markup = if MARKUP_BEFORE.is_match(tail_chars(before, 6)) {
            Some(value)
        } else if MULTIPLE_BEFORE.is_match(tail_chars(before, 14)) {
            Some(value - Decimal::ONE_HUNDRED)
        } else {
            None
        };
        // A mark-up names what it marks up before its figure (逾期罚息:执行利率上浮50%), whatever
        // a merged column puts after it.
        let marked = markup
            .and_then(|_| categorise(before))
            .filter(|c| matches!(c, Category::Overdue | Category::Penalty));
        let category = marked
            .or_else(|| prepayment_in(sentence))
            .or_else(|| categorise_words(&bracket_gloss(before)?))
            .or_else(|| categorise(own_field(clause, before)?))
            .or_else(|| categorise(clause))
            .or_else(|| categorise(text.get(floor..tok.start).unwrap_or("")))
            .or_else(|| categorise(sentence))
            // 月费率0.5% with no fee named in the sentence: the plan's own (flat) rate.
            .or_else(|| BARE_FEE_RATE.is_match(clause).then_some(Category::Interest));
        let Some(category) = category else {
            return false;
        };
        // 提前还款的,按借款本金2%支付违约金: the price of repaying early, not a default charge.
        let category = match category {
            Category::Penalty if for_repaying_early(sentence) => Category::Prepayment,
            c => c,
        };
        let basis = bracketed_basis(text.get(tok.end..).unwrap_or(""))
            .or_else(|| last_basis(before))
            .or_else(|| last_basis_not_a_label(clause));
        // The other charge's period word governs a 违约金 or a charge on the principal only when
        // written in its own part; a 滞纳金 of the overdue amount joined to a daily 罚息 still
        // reads as daily, as before.
        let period_floor = match category {
            Category::Penalty => floor,
            _ if basis == Some(Basis::Principal) => floor,
            _ => 0,
        };
        let per = fixed_per.or_else(|| period_near(text, period_floor, cs, tok.start, tok.end, ce));
        // 每两周5%: a rate per fortnight, read as half of it per week.
        let (value, per) = match fortnight_before(before) {
            true if fixed_per.is_none() => {
                let weekly = value / Decimal::TWO;
                self.terms.assumptions.push(format!(
                    "rate of {value}% every two weeks ({}) read as {}% per week",
                    clause.trim(),
                    weekly.normalize()
                ));
                (weekly, Some(Per::Week))
            }
            _ => (value, per),
        };
        match category {
            Category::Prepayment | Category::Fee(_) => {
                let (name, kind) =
                    match fees::last_fee_name(clause).or_else(|| last_match(&FEE_NAME, sentence)) {
                        Some(n) => (n, fee_kind(n)),
                        None if PENALTY_WORD.is_match(sentence) => {
                            ("提前还款违约金", FeeKind::Prepayment)
                        }
                        None => ("提前还款补偿金", FeeKind::Prepayment),
                    };
                let e = ev(self);
                // A fee percentage is once unless a period is named (每日 / 每月 / 年化) or a
                // formula elsewhere multiplies the late charge by the days overdue.
                let per = per
                    .or_else(|| (kind == FeeKind::Late && self.daily_formula).then_some(Per::Day));
                // 分期手续费按借款本金计收,每期0.75%: the basis may be named a clause before.
                let basis = basis.or_else(|| last_basis(text.get(..tok.start).unwrap_or("")));
                self.push_fee(name, kind, None, Some(value), basis, per, text, e);
                true
            }
            Category::Penalty
            | Category::Overdue
            | Category::Comprehensive
            | Category::Interest => {
                let kind = match category {
                    Category::Penalty
                        if NOT_FOR_LATE_PAYMENT.is_match(sentence)
                            && !LATE_PAYMENT.is_match(sentence) =>
                    {
                        RateKind::Other
                    }
                    Category::Penalty => RateKind::Penalty,
                    Category::Overdue => RateKind::Overdue,
                    // 如仅偿还最低还款额,未还部分按日利率万分之五计收循环利息: the interest of
                    // the card's revolving balance, not of this loan.
                    Category::Interest if REVOLVING_BALANCE.is_match(text) => RateKind::Other,
                    _ => RateKind::Interest,
                };
                let label = rate_label(clause, category);
                let e = ev(self);
                if let Some(markup) = markup {
                    self.markups.push(Markup {
                        kind,
                        markup,
                        basis,
                        label,
                        evidence: e,
                    });
                    return true;
                }
                let per = match per {
                    Some(p) => p,
                    None if self.charged_each_month(text, before, tok.end, own_end, value) => {
                        Per::Month
                    }
                    None => match category {
                        Category::Overdue if self.daily_formula => Per::Day,
                        Category::Penalty | Category::Overdue => Per::Once,
                        _ => {
                            self.assumed_year = true;
                            Per::Year
                        }
                    },
                };
                let rate = self.make_rate(
                    kind,
                    value,
                    per,
                    label,
                    category == Category::Comprehensive,
                    basis,
                    None,
                    e,
                );
                if rate.comprehensive && self.terms.disclosed_apr.is_none() {
                    self.terms.disclosed_apr = Some(rate.clone());
                }
                let same = self.terms.rates.iter().position(|r| {
                    r.kind == rate.kind && r.value == rate.value && r.per == rate.per
                });
                match same {
                    None => self.terms.rates.push(rate),
                    // 年化综合资金成本15% then 年息15%: the contract rate stands in for the all-in
                    // figure of the same value (kept as `disclosed_apr`), whichever comes first.
                    Some(i) if self.terms.rates[i].comprehensive && !rate.comprehensive => {
                        self.terms.rates[i] = rate;
                    }
                    Some(_) => {}
                }
                true
            }
        }
    }

    /// 按当月应还本息的10%计收逾期违约金,每月单独计算: a charge on the month's instalment that
    /// the sentence computes anew each month, read as charged each month it stays unpaid (said
    /// as an assumption: once per missed instalment is the other reading).
    fn charged_each_month(
        &mut self,
        text: &str,
        before: &str,
        end: usize,
        own_end: usize,
        value: Decimal,
    ) -> bool {
        static MONTHS_INSTALMENT: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"(?:当月|当期|每月|每期)(?:应还|应付|应偿还|到期)")
                .expect("static regex")
        });
        static EACH_MONTH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(
                r"^[^。;；]*?(?:每月|按月|逐月)\s*(?:单独|分别|重新)?\s*(?:计算|计收|收取|计取)",
            )
            .expect("static regex")
        });
        let after = text.get(end..own_end).unwrap_or("");
        if !MONTHS_INSTALMENT.is_match(before) || !EACH_MONTH_AFTER.is_match(after) {
            return false;
        }
        let v = value.normalize();
        self.terms.assumptions.push(format!(
            "a charge of {v}% of the month's instalment computed each month read as {v}% a month while it stays unpaid (once per missed instalment is the other reading)"
        ));
        true
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn make_rate(
        &self,
        kind: RateKind,
        value: Decimal,
        per: Per,
        label: String,
        comprehensive: bool,
        basis: Option<Basis>,
        markup_percent: Option<Decimal>,
        evidence: Evidence,
    ) -> Rate {
        // A stated basis (日利率=年利率/360) also fixes a day's share of a yearly or monthly
        // rate, which a charge counted by the day (罚息 on overdue days) needs.
        let (day_basis, assumed) = match (per, &self.stated_day_basis) {
            (Per::Day | Per::Month | Per::Year, Some((b, _))) => (Some(*b), false),
            (Per::Day, None) => (Some(365), true),
            _ => (None, false),
        };
        let annual_percent = match per {
            Per::Day => value.checked_mul(Decimal::from(day_basis.unwrap_or(365))),
            Per::Week => value.checked_mul(Decimal::from(52)),
            Per::Month => value.checked_mul(Decimal::from(12)),
            Per::Year => Some(value),
            Per::Once => None,
        }
        .map(|d| d.normalize());
        Rate {
            kind,
            value: value.normalize(),
            per,
            annual_percent,
            day_basis,
            day_basis_assumed: assumed,
            label,
            comprehensive,
            basis,
            markup_percent,
            evidence,
        }
    }

    /// A contract that states only an annualised rate (年化利率（单利）) states its contract
    /// rate too when it computes the interest from it (每月利息=借款本金×年化利率÷12), or when
    /// it states the loan's amount and length and no charge beside the interest: the all-in
    /// annualised rate is then the interest alone.
    pub(super) fn contract_rate_from_annualised(&mut self) {
        let has_contract_rate = self
            .terms
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest && !r.comprehensive);
        if has_contract_rate {
            return;
        }
        let Some(apr) = self
            .terms
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest && r.comprehensive)
            .cloned()
        else {
            return;
        };
        // Only the contract interest: 逾期利息=逾期本金×罚息利率×天数 is a default charge.
        let text = self.text;
        let formula = INTEREST_FROM_RATE.find_iter(text).find(|m| {
            let lead = tail_chars(text.get(..m.start()).unwrap_or(""), 4);
            !(OVERDUE_WORD.is_match(m.as_str())
                || PENALTY_WORD.is_match(m.as_str())
                || OVERDUE_WORD.is_match(lead))
        });
        let reason = match formula {
            Some(m) => {
                let evidence = self.doc.sentence_evidence(m.start(), m.end());
                format!("the interest is computed from it ({})", evidence.text)
            }
            // A whole loan (its amount and its length) with no charge beside the rate; a
            // product's rate alone (本产品年化利率15%) stays a disclosure.
            None if apr.per == Per::Year
                && self.terms.principal.is_some()
                && (self.terms.term.is_some() || self.terms.installments.is_some())
                && !self.terms.fees.iter().any(is_cost_fee) =>
            {
                "no fee or other charge is stated, so the all-in annualised rate is the interest alone".to_string()
            }
            None => return,
        };
        self.terms.assumptions.push(format!(
            "the annualised rate {}% ({}) is also the contract rate: {reason}",
            apr.value, apr.label
        ));
        self.terms.rates.push(Rate {
            comprehensive: false,
            ..apr
        });
    }
}

/// A fee that is part of the cost of credit (not a charge for default or prepayment).
fn is_cost_fee(f: &Fee) -> bool {
    f.timing != FeeTiming::OnDefault && !f.kind.on_default_or_prepayment()
}

/// A loan that states it bears no interest (本借款不收取利息, 免收利息, 零利率, 借款利息: 无息,
/// 借款人执行利率为0): not 免息期, an interest-free grace period of a card.
static ZERO_INTEREST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"不(?:另行?)?(?:收取|计收|计|收)(?:任何)?利息|不计息|免收利息|无息借款|利息为零|利率为零|零利率|年?利率为?\s*0(?:\.0+)?\s*[%％](?:[^0-9.]|$)|(?:执行|实际)(?:年|月)?利率\s*(?:为|是|:|：)?\s*(?:0(?:\.0+)?|零)\s*[%％]?\s*(?:$|[,，。;；\s])|(?:借款)?利[息率]\s*[:：]\s*(?:无息|无|免息|免收|零|不计)\s*(?:$|[,，。;；\s])|(?:借款|分期)?利息(?:金额|总额|合计)?\s*[:：为]?\s*(?:[¥￥]\s*)?0(?:\.0{1,2})?\s*元?\s*(?:$|[,，。;；\s])",
    )
    .expect("static regex")
});

impl Extractor<'_> {
    /// A contract that states no interest rate but says the loan bears none has a 0% rate:
    /// the cost is then its fees alone (stated as an assumption-free reading, with evidence).
    pub(super) fn zero_interest_stated(&mut self) {
        // An all-in annualised figure (年化利率(IRR) of the fees) is no contract rate.
        if self
            .terms
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest && !r.comprehensive)
        {
            return;
        }
        let text = self.text;
        let Some(m) = ZERO_INTEREST.find_iter(text).find(|m| {
            let lead = tail_chars(text.get(..m.start()).unwrap_or(""), 6);
            !(OVERDUE_WORD.is_match(lead) || PENALTY_WORD.is_match(lead))
        }) else {
            return;
        };
        let evidence = self.doc.sentence_evidence(m.start(), m.end());
        let rate = self.make_rate(
            RateKind::Interest,
            Decimal::ZERO,
            Per::Year,
            m.as_str().trim().to_string(),
            false,
            None,
            None,
            evidence,
        );
        self.terms.rates.push(rate);
    }
}

/// The interest of a card's revolving balance or cash withdrawal (循环利息, 仅还最低还款额,
/// 取现), which a statement states beside an instalment plan it does not apply to.
/// A rate of charge named by no fee (月费率, 每期费率, 年费率, 费率/月, 费率（月）): the rate of
/// the credit itself.
static BARE_FEE_RATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:[年月日]|每期|每月|分期)费率|费率\s*(?:/\s*每?\s*[年月日期]|[(（]\s*(?:每|按)?\s*[年月日期]\s*[)）])")
        .expect("static regex")
});
/// A 违约金 for another breach than late payment: a promise or statement broken (违反本承诺,
/// 违反上述保证), or one the lender, investor or broker owes, as the subject of its clause
/// (由投资人…支付出借款总额20%违约金; not 借款人应向投资人支付…违约金). It is no charge on the
/// overdue amount.
static NOT_FOR_LATE_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"违反[^,。;]{0,12}(?:承诺|保证|陈述|保密)|(?:由|^|[,;。])\s*(?:投资人|出借人|贷款人|居间人|居间方)(?:[^,。;向给]|[向给]借款人){0,14}?(?:,[^。;向给]{0,8})?(?:支付|承担|赔偿)[^。;]{0,16}违约金")
        .expect("static regex")
});
/// The borrower repaying early (提前还款, 提前清偿, 提早结清), not the lender calling the loan in
/// (有权要求借款人提前归还; 乙方要求提前还款 is the borrower's own request).
static REPAYING_EARLY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"提[前早](?:还款|归还|偿还|清偿|结清|还本|还贷|还清)").expect("static regex")
});
static CALLED_IN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:有权|可以?要求|责令|宣布)[^,。;]{0,10}提[前早]|提前收回|提前到期")
        .expect("static regex")
});

/// A 违约金 the sentence ties to repaying early, with no late payment named in it.
fn for_repaying_early(sentence: &str) -> bool {
    REPAYING_EARLY.is_match(sentence)
        && !CALLED_IN.is_match(sentence)
        && !LATE_PAYMENT.is_match(sentence)
}

/// Late payment named: 逾期, 未按时还款, 拖欠.
static LATE_PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"逾期|未(?:能)?(?:按时|按期|按约定?|足额|及时)[^,。;]{0,6}(?:还款|偿还|支付|归还|还本|付息)|拖欠|迟延|延迟还款")
        .expect("static regex")
});
static REVOLVING_BALANCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"循环利息|最低还款额|透支利息|取现|预借现金").expect("static regex")
});

/// For a value inside an open bracket: the word before the bracket and the bracket's text up
/// to the value (`…本金、利息(年利率` -> `金、利息(年利率`); `None` outside brackets.
fn bracket_gloss(before: &str) -> Option<String> {
    let open = before.rfind(['(', '（'])?;
    let inside = before.get(open..)?;
    if inside.contains([')', '）']) || inside.chars().count() > 10 {
        return None;
    }
    Some(format!("{}{inside}", tail_chars(before.get(..open)?, 4)))
}

/// A gap between fields of one line (blanks: the reader makes a wide gap one space).
static FIELD_GAP: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[ \t\u{3000}]+").expect("static regex"));

/// The field a value belongs to, on a line of several `label: value` fields set apart by gaps
/// (`借款利率：年18%　迟延损害金：年20%`): the text of `before` after its last gap, when it
/// holds its own label and colon; `None` on a line of one field.
fn own_field<'a>(clause: &str, before: &'a str) -> Option<&'a str> {
    let labelled = FIELD_GAP
        .split(clause)
        .filter(|f| f.contains([':', '：']))
        .count();
    if labelled < 2 {
        return None;
    }
    let start = FIELD_GAP.find_iter(before).last().map_or(0, |m| m.end());
    let field = before.get(start..)?;
    field.contains([':', '：']).then_some(field)
}

pub(super) fn prepayment_in(text: &str) -> Option<Category> {
    FEE_NAME
        .find_iter(text)
        .any(|m| fee_kind(m.as_str()) == FeeKind::Prepayment)
        .then_some(Category::Prepayment)
}

/// The highest-precedence rate/fee category named in `window`. Basis phrases (逾期金额,
/// 逾期本金) say what a charge is computed on, not what it is, so they are ignored here.
pub(super) fn categorise(window: &str) -> Option<Category> {
    let stripped = BASIS_WORD.replace_all(window, "");
    // "(含服务费)" says what a rate includes, not what the value is.
    let stripped = INCLUDES.replace_all(stripped.as_ref(), "");
    match categorise_words(stripped.as_ref()) {
        // 逾期部分按年利率19%: an interest rate charged on overdue sums is the overdue rate.
        Some(Category::Interest) if OVERDUE_WORD.is_match(window) => Some(Category::Overdue),
        c => c,
    }
}

pub(super) fn categorise_words(window: &str) -> Option<Category> {
    if let Some(name) = FEE_NAME.find(window) {
        let kind = fee_kind(name.as_str());
        return Some(if kind == FeeKind::Prepayment {
            Category::Prepayment
        } else {
            Category::Fee(kind)
        });
    }
    if PENALTY_WORD.is_match(window) {
        return Some(Category::Penalty);
    }
    if OVERDUE_WORD.is_match(window) {
        return Some(Category::Overdue);
    }
    if COMPREHENSIVE_WORD.is_match(window) {
        return Some(Category::Comprehensive);
    }
    if INTEREST_WORD.is_match(window) {
        return Some(Category::Interest);
    }
    None
}

/// The words that named the rate, for the report (`日利率`, `逾期罚息`, `年化综合成本`).
pub(super) fn rate_label(clause: &str, category: Category) -> String {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"年化综合(?:资金)?成本|综合年化(?:利率|费率|成本)?|年化利率(?:\(单利\))?|[年月日]利率|[年月日]息|[年月]平息|逾期罚息|罚息利率|罚息|违约金|逾期利息|逾期利率|借款利率|贷款利率|利率|利息")
            .expect("static regex")
    });
    LABEL.find(clause).map_or_else(
        || match category {
            Category::Penalty => "违约金".to_string(),
            Category::Overdue => "逾期".to_string(),
            _ => "利率".to_string(),
        },
        |m| m.as_str().to_string(),
    )
}

/// A formula after a value: `×24%×借款天数/365` is a yearly rate.
pub(super) static AFTER_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[*×xX]\s*[^,。;]{0,8}天数\s*[/÷]\s*36[05]").expect("static regex")
});
/// `×1%×逾期天数`, `×0.05%×N`: a daily rate.
pub(super) static AFTER_DAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*[*×xX]\s*(?:N|n|逾期天数|实际逾期天数|天数|逾期日数|占用天数)")
        .expect("static regex")
});

/// The period named nearest before the value (bare 日/月/年 only right in front of it),
/// else right after it (`0.05%/日`, `按0.05%每日`).
/// A period of two weeks named last before a rate in its clause (利息按每两周5%计算, 双周利率
/// 3%), no other period word after it.
fn fortnight_before(before: &str) -> bool {
    static FORTNIGHT: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"每\s*(?:两|2|二)\s*(?:周|星期)|每隔\s*(?:一|1)\s*(?:周|星期)|双周|两周(?:利率|费率)|每\s*(?:十四|14)\s*天")
            .expect("static regex")
    });
    FORTNIGHT
        .find_iter(before)
        .last()
        .is_some_and(|m| !PERIOD.is_match(before.get(m.end()..).unwrap_or("")))
}

/// `floor`: where the charge's own part of the sentence begins; no period before it governs it.
pub(super) fn period_near(
    text: &str,
    floor: usize,
    cs: usize,
    start: usize,
    end: usize,
    ce: usize,
) -> Option<Per> {
    let scan = |from: usize, to: usize| -> Option<(usize, Per)> {
        let window = text.get(from..to)?;
        let mut best = None;
        for c in PERIOD.captures_iter(window) {
            let m = c.get(0)?;
            if c.name("bare").is_some() {
                // Bare 日/月/年 counts only when glued to the value: 日0.05%, 年19%, 日万分之五.
                let gap = window.get(m.end()..).unwrap_or("");
                let gap = gap.trim_start_matches([' ', '为', ':', '按', '是']);
                if !gap.is_empty() {
                    continue;
                }
            }
            if let Some(p) = period_of(&c) {
                best = Some((from + m.start(), p));
            }
        }
        best
    };
    if let Some((_, p)) = scan(cs.min(start), start) {
        return Some(p);
    }
    let rest = text.get(end..).unwrap_or("");
    if AFTER_YEAR.is_match(rest) {
        return Some(Per::Year);
    }
    if AFTER_DAY.is_match(rest) {
        return Some(Per::Day);
    }
    if let Some((_, p)) = scan(floor, start) {
        return Some(p);
    }
    // After the value, only explicit markers.
    let after = text.get(end..ce.max(end))?;
    let after = tail_free_prefix(after, 12);
    PERIOD
        .captures_iter(after)
        .filter(|c| c.name("bare").is_none())
        .find_map(|c| period_of(&c))
}

/// The basis named in brackets right after a percentage (`0.7%(按学费计)`, `1%(按借款本金计算)`):
/// it prevails over a word later in the sentence. The price a plan finances is its principal.
fn bracketed_basis(after: &str) -> Option<Basis> {
    static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
        let prices = super::lexicon::label_alternation(include_str!("data/price_labels.txt"));
        pattern::regex(&format!(
            r"^\s*[(（]\s*按\s*(?:(?P<price>{prices}|分期金额|分期本金)|(?P<w>[^()（）]{{1,12}}?))\s*(?:计|计算|计收|收取)?\s*[)）]"
        ))
        .expect("static regex")
    });
    let c = BRACKETED.captures(after)?;
    if c.name("price").is_some() {
        return Some(Basis::Principal);
    }
    last_basis(c.name("w")?.as_str())
}

/// The last basis word of `s` that is not the label of a figure of its own (`月手续费率 0.5%
/// 每期还款 424.00` in a table flattened to one line: 每期还款 labels the next column's amount,
/// it is not what the 0.5% is charged on).
fn last_basis_not_a_label(s: &str) -> Option<Basis> {
    static LABELLED_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^\s*(?:额|金额)?\s*(?:为|是|:|：)?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*[0-9][0-9,]*(?:\.[0-9]+)?")
            .expect("static regex")
    });
    BASIS_WORD
        .captures_iter(s)
        .filter(|c| {
            let after = c.get(0).map_or("", |m| s.get(m.end()..).unwrap_or(""));
            !LABELLED_FIGURE.find(after).is_some_and(|f| {
                let rest = after.get(f.end()..).unwrap_or("").trim_start();
                !rest.starts_with(['%', '％'])
            })
        })
        .last()
        .and_then(|c| basis_of(&c))
}

pub(super) fn last_basis(s: &str) -> Option<Basis> {
    BASIS_WORD
        .captures_iter(s)
        .last()
        .and_then(|c| basis_of(&c))
}
