//! A contract rate priced over the LPR (贷款市场报价利率): `LPR加45个基点`, `LPR+80bp`,
//! `一年期LPR加0.5个百分点`, `在LPR基础上上浮10%`.
//!
//! With the LPR value stated (`签约前一工作日一年期LPR为3.00%`) the rate is that value plus the
//! spread. Without it the rate depends on the LPR in force on the contract date: it is taken
//! from the bundled index table (`rulesets/index/cn-lpr-1y.toml`) and said so, or, when the
//! table cannot answer for that date, no rate is given and the assumption says what it
//! depends on. Figures inside such a sentence (`1个基点为0.01%`) are never the rate.

use super::*;
use crate::pattern;

/// The spread: `LPR … 加 45 个基点`, `LPR＋80bp`, `LPR加0.5个百分点`, `LPR上浮10%`,
/// `LPR减20个基点`. `op` is the sign word, `v` the figure, `u` its unit.
static SPREAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?:LPR|贷款市场报价利率)\s*[)）]?[^。;；\n]{0,24}?(?P<op>加点|加上|加|减去|减|上浮|下浮|[+＋\-－])\s*(?P<v>[0-9]+(?:\.[0-9]+)?)\s*(?P<u>个基点|基点|bps|bp|个百分点|百分点|%)",
    )
    .expect("static regex")
});

/// A spread stated apart from the LPR words: `加点幅度为45个基点`, `加点数值：+0.80%`.
static SPREAD_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?P<op>加点|加减点)(?:幅度|数值|值)?\s*(?:为|是|:|：)?\s*(?P<sign>[+＋\-－])?\s*(?P<v>[0-9]+(?:\.[0-9]+)?)\s*(?P<u>个基点|基点|bps|bp|个百分点|百分点|%)",
    )
    .expect("static regex")
});

/// The LPR value a contract states: `签约前一工作日一年期LPR为3.00%`, `LPR：3.00%`.
static VALUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:LPR|贷款市场报价利率)\s*[)）]?(?:[^。;；\n0-9+＋]{0,16}?(?:为|是|:|：|=|＝))?\s*[(（]?(?P<v>[0-9]+(?:\.[0-9]+)?)\s*%",
    )
    .expect("static regex")
});

/// A rate the contract states as the one it executes (`本合同执行年利率3.8%`, `执行利率为4.2%`):
/// it wins over any figure worked out from the LPR and its spread.
static EXECUTED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"执行(?:的)?(?:年)?利率\s*(?:为|是|:|：)?\s*(?:年)?\s*(?P<v>[0-9]+(?:\.[0-9]+)?)\s*%",
    )
    .expect("static regex")
});

/// A tenor other than one year named for the LPR (`5年期以上LPR`, `五年期以上贷款市场报价利率`):
/// the bundled 1-year table cannot stand in for it.
static LONG_TENOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:5|五)\s*年期?以上[^。;；\n0-9]{0,12}?(?:LPR|贷款市场报价利率)")
        .expect("static regex")
});

/// A rate set as a multiple of the LPR (`LPR的四倍`, `贷款市场报价利率(LPR)的4倍`, `四倍LPR`):
/// `v` the multiple (`a` after the LPR words, `b` before them).
static MULTIPLE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?i)(?:(?:LPR|贷款市场报价利率)\s*(?:[(（]\s*LPR\s*[)）])?\s*的\s*(?P<a>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])\s*倍|(?P<b>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])\s*倍\s*(?:的\s*)?(?:一年期\s*)?(?:LPR|贷款市场报价利率))",
    )
    .expect("static regex")
});

/// Words before a multiple of the LPR that make it a legal cap, not this contract's rate
/// (`不得超过LPR的四倍`, `超过LPR四倍的部分`).
static CAP_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"不超过|不得超过|不高于|超过|超出|上限|最高|司法保护|法律保护|法定|受保护|以内")
        .expect("static regex")
});

/// Words of a rate sentence tied to the LPR: its figures are not the contract rate.
static LPR_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)LPR|贷款市场报价利率|基点|\bbps?\b").expect("static regex")
});

/// How the spread applies to the LPR.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Spread {
    /// Percentage points added (negative: taken off).
    Points(Decimal),
    /// A relative mark-up in percent of the LPR (上浮10% -> ×1.10).
    Relative(Decimal),
    /// A multiple of the LPR (LPR的四倍 -> ×4).
    Times(Decimal),
}

/// The whole line around `start..end` of `text`, trimmed: the evidence of a spread.
fn line_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let from = text
        .get(..start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    let to = text
        .get(end..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| end + i);
    let line = text.get(from..to).unwrap_or("");
    let lead = line.len() - line.trim_start().len();
    (from + lead, from + lead + line.trim().len())
}

fn spread_of(op: &str, sign: Option<&str>, v: &str, unit: &str) -> Option<Spread> {
    // A spread of a few points: a figure beyond that is not a price over the LPR.
    let value = parse_decimal(v).filter(|v| *v < Decimal::from(1000))?;
    let minus =
        matches!(op, "减" | "减去" | "下浮" | "-" | "－") || matches!(sign, Some("-" | "－"));
    let signed = if minus { -value } else { value };
    let unit = unit.to_ascii_lowercase();
    if unit.contains("基点") || unit.starts_with("bp") {
        return Some(Spread::Points(signed.checked_div(Decimal::ONE_HUNDRED)?));
    }
    if unit == "%" && matches!(op, "上浮" | "下浮") {
        return Some(Spread::Relative(signed));
    }
    (value <= Decimal::TEN).then_some(Spread::Points(signed))
}

impl Extractor<'_> {
    /// The contract rate of a loan priced over the LPR (see the module note). Before the
    /// `last_try`, a loan with no date yet waits for the dates found last.
    pub(super) fn lpr_priced_rate(&mut self, last_try: bool) {
        // An overdue or penalty rate over the LPR (逾期利率为LPR加50%) is not the contract rate.
        let of_default = |start: usize| {
            let (ls, _) = line_around(self.text, start, start);
            let lead = self.text.get(ls..start).unwrap_or("");
            let lead = tail_chars(lead, 30);
            OVERDUE_WORD.is_match(lead) || PENALTY_WORD.is_match(lead)
        };
        let found = SPREAD
            .captures_iter(self.text)
            .find_map(|c| {
                let whole = c.get(0)?;
                if of_default(whole.start()) {
                    return None;
                }
                let s = spread_of(&c["op"], None, &c["v"], &c["u"])?;
                Some((s, whole.start(), whole.end()))
            })
            .or_else(|| {
                // A spread named alone counts only where the contract names the LPR.
                if !self.text.contains("LPR") && !self.text.contains("贷款市场报价利率") {
                    return None;
                }
                SPREAD_ALONE.captures_iter(self.text).find_map(|c| {
                    let whole = c.get(0)?;
                    if of_default(whole.start()) {
                        return None;
                    }
                    let sign = c.name("sign").map(|m| m.as_str());
                    let s = spread_of(&c["op"], sign, &c["v"], &c["u"])?;
                    Some((s, whole.start(), whole.end()))
                })
            })
            .or_else(|| self.lpr_multiple(&of_default));
        let Some((spread, s_start, s_end)) = found else {
            return;
        };
        if self.executed_rate_stated() {
            return;
        }
        // A rate stated as a figure outside the LPR sentences stands: the spread only explains it.
        let lpr_rate = |r: &Rate| {
            r.kind == RateKind::Interest && !r.comprehensive && LPR_WORDS.is_match(&r.evidence.text)
        };
        let explicit = self
            .terms
            .rates
            .iter()
            .any(|r| r.kind == RateKind::Interest && !r.comprehensive && !lpr_rate(r));
        if explicit {
            return;
        }
        let before = self.terms.rates.len();
        self.terms.rates.retain(|r| !lpr_rate(r));
        // The figures dropped were the only rates read: no period was assumed for a rate.
        if self.terms.rates.len() < before
            && !self
                .terms
                .rates
                .iter()
                .any(|r| r.kind == RateKind::Interest)
        {
            self.assumed_year = false;
        }
        let (ls, le) = line_around(self.text, s_start, s_end);
        let evidence = self.doc.evidence(ls, le);
        let spread_text = self.text.get(s_start..s_end).unwrap_or("").to_string();
        let stated = VALUE.captures_iter(self.text).find_map(|c| {
            let m = c.get(0)?;
            let v = parse_decimal(&c["v"])?;
            // A value of a few percent, not a multiple or a cap (LPR的4倍 is not read here).
            (v > Decimal::ZERO && v < Decimal::from(20)).then_some((v, m.start(), m.end()))
        });
        let (lpr, note) = match stated {
            Some((v, vs, ve)) => {
                let value_text = self.text.get(vs..ve).unwrap_or("").to_string();
                self.terms
                    .unparsed
                    .retain(|u| !u.evidence.text.contains(&value_text));
                (
                    v,
                    format!(
                        "contract rate = the LPR the contract states ({value_text}) with its spread ({spread_text})"
                    ),
                )
            }
            None if LONG_TENOR.is_match(self.text) => {
                self.terms.assumptions.push(format!(
                    "the contract rate depends on the 5-year-plus LPR in force ({spread_text}) and the contract states no LPR value; only the 1-year LPR is bundled: no rate is given"
                ));
                return;
            }
            None => match self.lpr_in_force() {
                Ok((v, published)) => (
                    v,
                    format!(
                        "the contract rate depends on the LPR in force ({spread_text}); the contract states no LPR value, so the 1-year LPR published on {published} ({}%, bundled table cn-lpr-1y) is used",
                        v.normalize()
                    ),
                ),
                Err(_)
                    if !last_try
                        && self.terms.contract_date.is_none()
                        && self.terms.disbursement_date.is_none() =>
                {
                    self.lpr_waits_for_date = true;
                    return;
                }
                Err(why) => {
                    self.terms.assumptions.push(format!(
                        "the contract rate depends on the LPR in force ({spread_text}) and the contract states no LPR value; {why}: no rate is given"
                    ));
                    return;
                }
            },
        };
        let value = match spread {
            Spread::Points(p) => lpr.checked_add(p),
            Spread::Relative(m) => Decimal::ONE_HUNDRED
                .checked_add(m)
                .and_then(|f| lpr.checked_mul(f))
                .and_then(|x| x.checked_div(Decimal::ONE_HUNDRED)),
            Spread::Times(m) => lpr.checked_mul(m),
        };
        let Some(value) = value.filter(|v| *v > Decimal::ZERO) else {
            return;
        };
        self.terms
            .unparsed
            .retain(|u| !u.evidence.text.contains(&spread_text));
        let rate = self.make_rate(
            RateKind::Interest,
            value,
            Per::Year,
            "LPR".into(),
            false,
            None,
            None,
            evidence,
        );
        self.terms.assumptions.push(note);
        self.terms.rates.insert(0, rate);
    }

    /// The contract rate set as a multiple of the LPR in a rate sentence (`借款利率按…LPR的四倍
    /// 计算`), not a legal cap named beside it nor a default rate.
    fn lpr_multiple(&self, of_default: &impl Fn(usize) -> bool) -> Option<(Spread, usize, usize)> {
        MULTIPLE.captures_iter(self.text).find_map(|c| {
            let whole = c.get(0)?;
            let (ls, le) = line_around(self.text, whole.start(), whole.end());
            let lead = tail_chars(self.text.get(ls..whole.start()).unwrap_or(""), 40);
            let line = self.text.get(ls..le).unwrap_or("");
            if of_default(whole.start()) || CAP_LEAD.is_match(lead) || !line.contains("利率") {
                return None;
            }
            let v = c.name("a").or(c.name("b"))?.as_str();
            let times = crate::extract::numerals::parse_number(v)?;
            (times > Decimal::ZERO && times <= Decimal::TEN).then_some((
                Spread::Times(times),
                whole.start(),
                whole.end(),
            ))
        })
    }

    /// A stated executed rate (`执行年利率3.8%`) outside any default clause: it is the contract
    /// rate, the LPR and spread beside it only explain it. Keeps (or adds) that rate and drops
    /// the other figures of the LPR sentences. True when one was found.
    fn executed_rate_stated(&mut self) -> bool {
        let found = EXECUTED.captures_iter(self.text).find_map(|c| {
            let m = c.get(0)?;
            let lead = tail_chars(self.text.get(..m.start()).unwrap_or(""), 30);
            if OVERDUE_WORD.is_match(lead) || PENALTY_WORD.is_match(lead) {
                return None;
            }
            let v =
                parse_decimal(&c["v"]).filter(|v| *v > Decimal::ZERO && *v < Decimal::from(40))?;
            Some((v, m.start(), m.end()))
        });
        let Some((value, start, end)) = found else {
            return false;
        };
        let is_it = |r: &Rate| {
            r.kind == RateKind::Interest && !r.comprehensive && r.annual_percent == Some(value)
        };
        self.terms.rates.retain(|r| {
            is_it(r)
                || !(r.kind == RateKind::Interest
                    && !r.comprehensive
                    && LPR_WORDS.is_match(&r.evidence.text))
        });
        if !self.terms.rates.iter().any(is_it) {
            let (ls, le) = line_around(self.text, start, end);
            let evidence = self.doc.evidence(ls, le);
            let rate = self.make_rate(
                RateKind::Interest,
                value,
                Per::Year,
                "执行利率".into(),
                false,
                None,
                None,
                evidence,
            );
            self.terms.rates.insert(0, rate);
        }
        true
    }

    /// The bundled 1-year LPR on the contract date (else the payout date): (value, published).
    fn lpr_in_force(&self) -> Result<(Decimal, NaiveDate), &'static str> {
        let date = self
            .terms
            .contract_date
            .as_ref()
            .or(self.terms.disbursement_date.as_ref())
            .map(|d| d.date)
            .ok_or("no contract date to look it up on")?;
        let table = crate::check::BUNDLED_INDEXES
            .iter()
            .find(|(id, _)| *id == "cn-lpr-1y")
            .and_then(|(_, text)| crate::check::IndexTable::parse(text).ok())
            .ok_or("no LPR table")?;
        if table.possibly_stale_on(date) {
            return Err("the bundled LPR table may not hold the value for the contract date");
        }
        let v = table
            .value_on(date)
            .ok_or("the contract date is before the first LPR in the table")?;
        Ok((v.percent, v.from))
    }
}
