//! The values of a sentence: amounts (小写, 大写, 万), percentages, 分/厘 rates; and the
//! clause and character helpers that place the words around them.

use super::*;
use crate::pattern;

/// A value found in a sentence (offsets are bytes into the sentence).
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) val: Val,
}

#[derive(Debug, Clone)]
pub(super) enum Val {
    /// An amount of money; `words` holds the 大写 value when both forms were written.
    Money {
        figures: Option<Decimal>,
        words: Option<Decimal>,
    },
    /// A percentage (in percent); `per` is set for 分/厘 forms, which name their period.
    Pct { value: Decimal, per: Option<Per> },
}

impl Val {
    pub(super) fn money(&self) -> Option<Decimal> {
        match self {
            // 大写 prevails over 小写 when both are written (the words are harder to alter).
            Val::Money { figures, words } => words.or(*figures),
            Val::Pct { .. } => None,
        }
    }
}

pub(super) static SPACED_DIGITS: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?:[0-9.] ){2,}[0-9.%]").expect("static regex"));

/// A thousands separator followed by a stray space (`5, 000.00`, OCR or a reflowed line).
pub(super) static SPACED_THOUSANDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[0-9],[ \t]+(?:[0-9]{3},[ \t]*)*[0-9]{3}(?:[^0-9]|$)").expect("static regex")
});

/// A decimal point followed by a stray space inside a figure that follows a label, not a
/// clause number at the start of a line (OCR: `借款金额10,000. 00元`, `日利率0. 098%`).
pub(super) static SPACED_DECIMAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[^\s0-9.,][ \t]?[0-9][0-9,]*\.[ \t]+[0-9]").expect("static regex")
});

/// A two-digit count split by a stray space before its unit (OCR: `1 2期`, `2 4个月`).
pub(super) static SPACED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[^0-9.,\s])[ \t]*[1-9][ \t][0-9](?:期|个月)").expect("static regex")
});

/// `text` with letter-spaced figures (`1 2 5 0 0 元`, `1 2期`), stray spaces after thousands
/// separators (`5, 000.00`) and after decimal points (`10,000. 00元`) closed up; `None` when
/// there are none.
pub(super) fn close_spaced_figures(text: &str) -> Option<String> {
    let close = |c: &regex::Captures<'_>| c[0].replace([' ', '\t'], "");
    let mut out: Option<String> = None;
    for re in [
        &*SPACED_DIGITS,
        &*SPACED_THOUSANDS,
        &*SPACED_DECIMAL,
        &*SPACED_COUNT,
    ] {
        let cur = out.as_deref().unwrap_or(text);
        if re.is_match(cur) {
            out = Some(re.replace_all(cur, close).into_owned());
        }
    }
    out
}

pub(super) static RATE_TIMES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"利率(?:标准)?的?\s*(?P<x>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)\s*倍")
        .expect("static regex")
});

/// A label ending in its unit, `(元)` / `(人民币元)` / `(万元)`, right before a bare figure.
static UNIT_IN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[(（]\s*(?:人民币|RMB|CNY)?\s*(?P<wan>万)?\s*元\s*[)）]\s*[:：]?\s*$")
        .expect("static regex")
});

/// An amount's label right before a bare figure: 借款金额, 借款本金数额, 利息, 到期应还, 服务费, 月还款,
/// 利息合计, and a draw on a credit line (本次支用, 提款, 借用).
static MONEY_LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:金额|数额|本金|利息|应还|本息|费|还款(?:额)?|月供|合计|每期还|每月还|本次(?:支用|提款|提用|用款|借款|提现|取现)|支用|提款|提用|用款|借用)\s*[:：]?\s*$",
    )
    .expect("static regex")
});
/// Interest as yuan per ten thousand (or thousand, hundred) yuan a day or a month:
/// `每万元每日利息3元`, `每万元每日伍元`, `每千元每月收取利息8元`, `每百元每月壹元伍角`; the period
/// may come first (`每月每万元壹佰贰拾元`, `按日每千元0.5元`) or as 月息/日息 (`每万元月息120元`).
static PER_UNIT_OF_PRINCIPAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:(?:每|按)\s*(?P<per_first>日|天|月)\s*(?:利息|计息)?\s*(?:按|为|:)?\s*)?每\s*(?P<base>万|千|百)\s*元\s*(?:借款|本金)?\s*(?:(?:每|一)\s*(?P<per>日|天|月)|(?P<per_xi>日|月)\s*息)?\s*(?:的)?\s*(?:收取|计收|计付)?\s*(?:利息|息|计息|收息)?\s*(?:为|是|:)?\s*(?:(?P<n>[0-9]+(?:\.[0-9]+)?|[{n}]+(?:点[{n}]+)?)\s*(?:元|圆)(?:\s*[零〇])?)?(?:\s*(?P<jiao>[0-9]|[{n}])\s*角)?(?:\s*[零〇])?(?:\s*(?P<fen>[0-9]|[{n}])\s*分)?",
        n = CN_NUM
    ))
    .expect("static regex")
});

/// The percentage a [`PER_UNIT_OF_PRINCIPAL`] match states, with its period.
fn per_unit_rate(c: &regex::Captures<'_>) -> Option<(Decimal, Per)> {
    let base = match c.name("base")?.as_str() {
        "万" => Decimal::from(10_000),
        "千" => Decimal::from(1_000),
        _ => Decimal::ONE_HUNDRED,
    };
    // The period is named once: before the base, after it, or as 月息/日息.
    let periods: Vec<&str> = ["per_first", "per", "per_xi"]
        .iter()
        .filter_map(|name| c.name(name).map(|m| m.as_str()))
        .collect();
    let [period] = periods[..] else {
        return None;
    };
    let per = match period {
        "月" => Per::Month,
        _ => Per::Day,
    };
    // 壹元伍角 / 1元5角 / 8角: the 角 and 分 are tenths and hundredths of the yuan.
    let part = |name: &str, scale: u32| -> Option<Decimal> {
        match c.name(name) {
            Some(m) => parse_number(m.as_str())?.checked_mul(Decimal::new(1, scale)),
            None => Some(Decimal::ZERO),
        }
    };
    // A bare 分 (每百元每月1分) is the old 分 of interest, not a hundredth of a yuan.
    if c.name("n").is_none() && c.name("jiao").is_none() {
        return None;
    }
    let n = part("n", 0)?
        .checked_add(part("jiao", 1)?)?
        .checked_add(part("fen", 2)?)?;
    if n.is_zero() {
        return None;
    }
    let value = n.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(base)?;
    Some((value.normalize(), per))
}
/// A figure written to the cent (2,000.00), as amounts are.
static CENTS: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"\.[0-9]{2}$").expect("static regex"));

pub(super) static COMMA_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r",|，|\)|\(").expect("static regex"));

/// All values in a sentence, in order, without overlaps; 大写/小写 pairs joined.
pub(super) fn tokens(text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    let overlaps = |toks: &[Tok], s: usize, e: usize| toks.iter().any(|t| s < t.end && t.start < e);
    // Rates that name their own period: 每万元每日利息3元, 月息1分.
    let with_period = PER_UNIT_OF_PRINCIPAL
        .captures_iter(text)
        .filter_map(|c| Some((c.get(0)?, per_unit_rate(&c)?)))
        .chain(
            FEN_LI
                .captures_iter(text)
                .filter_map(|c| Some((c.get(0)?, fen_li_value(&c)?))),
        );
    for (m, (value, per)) in with_period {
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        toks.push(Tok {
            start: m.start(),
            end: m.end(),
            val: Val::Pct {
                value,
                per: Some(per),
            },
        });
    }
    // 罚息为借款利率的1.5倍: a multiple of the contract rate, read as 150 (percent of it).
    for c in RATE_TIMES.captures_iter(text) {
        let Some(x) = c.name("x") else { continue };
        let Some(value) =
            parse_number(x.as_str()).and_then(|v| v.checked_mul(Decimal::ONE_HUNDRED))
        else {
            continue;
        };
        let end = c.get(0).map_or(x.end(), |m| m.end());
        toks.push(Tok {
            start: x.start(),
            end,
            val: Val::Pct { value, per: None },
        });
    }
    for m in PERCENT.find_iter(text) {
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        if let Some(value) = parse_percent(m.as_str()) {
            toks.push(Tok {
                start: m.start(),
                end: m.end(),
                val: Val::Pct { value, per: None },
            });
        }
    }
    for c in MONEY_FIG.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let cur = c.name("cur").map(|m| m.as_str());
        // 1月1日元旦 is a date and a holiday, not an amount in yen.
        let unit = c.name("unit").is_some()
            && !(c.name("unit").is_some_and(|u| u.as_str() == "日元")
                && text.get(m.end()..).is_some_and(|t| t.starts_with('旦')));
        // 借款金额(元) 8,000.00: the label names the unit of the bare figure after it.
        let label_unit = text
            .get(..m.start())
            .and_then(|before| UNIT_IN_LABEL.captures(before));
        // 借款金额 2,000.00: an amount label and a figure in cents, with no unit written.
        let money_label = || {
            c.name("num").is_some_and(|n| CENTS.is_match(n.as_str()))
                && text
                    .get(..m.start())
                    .is_some_and(|before| MONEY_LABEL_BEFORE.is_match(before))
        };
        if !(unit || cur.is_some() || label_unit.is_some() || money_label()) {
            continue;
        }
        let label_wan =
            !unit && cur.is_none() && label_unit.is_some_and(|l| l.name("wan").is_some());
        let Some(num) = c.name("num") else { continue };
        // A number glued to a preceding digit/letter/period is part of something else.
        if text
            .get(..m.start())
            .and_then(|b| b.chars().next_back())
            .is_some_and(|ch| ch.is_ascii_alphanumeric() || ch == '.')
        {
            continue;
        }
        let mut value = parse_decimal(num.as_str());
        if let (Some(v), Some(mult)) = (value, c.name("mult")) {
            value = parse_number(&format!("{v}{}", mult.as_str()));
        }
        if label_wan {
            value = value.and_then(|v| v.checked_mul(Decimal::from(10_000)));
        }
        let Some(value) = value else { continue };
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        toks.push(Tok {
            start: m.start(),
            end: m.end(),
            val: Val::Money {
                figures: Some(value),
                words: None,
            },
        });
    }
    for m in MONEY_WORDS.find_iter(text) {
        if overlaps(&toks, m.start(), m.end()) {
            continue;
        }
        // 金额(万元): a unit alone names no amount.
        let numeral = m.as_str().chars().take_while(|c| !matches!(c, '元' | '圆'));
        if numeral
            .filter(|c| !c.is_whitespace())
            .all(|c| matches!(c, '万' | '亿'))
        {
            continue;
        }
        if let Some(value) = parse_cn_money(m.as_str()) {
            toks.push(Tok {
                start: m.start(),
                end: m.end(),
                val: Val::Money {
                    figures: None,
                    words: Some(value),
                },
            });
        }
    }
    // 大写: 贰拾万整 — words introduced by 大写 need no 元.
    for c in MONEY_WORDS_LABELLED.captures_iter(text) {
        let Some(w) = c.name("w") else { continue };
        if overlaps(&toks, w.start(), w.end()) {
            continue;
        }
        if let Some(value) = parse_cn_money(w.as_str()) {
            toks.push(Tok {
                start: w.start(),
                end: w.end(),
                val: Val::Money {
                    figures: None,
                    words: Some(value),
                },
            });
        }
    }
    toks.sort_by_key(|t| t.start);
    // Join a 大写 amount with the 小写 figures next to it (人民币壹万元整(¥10,000.00)).
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    for t in toks {
        if let Some(prev) = out.last_mut() {
            let gap = text.get(prev.end..t.start).unwrap_or("x");
            if let (
                Val::Money {
                    figures: pf,
                    words: pw,
                },
                Val::Money {
                    figures: tf,
                    words: tw,
                },
            ) = (&mut prev.val, &t.val)
            {
                let joinable = gap.chars().count() <= 12
                    && gap
                        .chars()
                        .all(|c| " ()[]:：大写小写人民币¥元整,（）".contains(c));
                let complementary = (pf.is_some() && pw.is_none() && tw.is_some() && tf.is_none())
                    || (pw.is_some() && pf.is_none() && tf.is_some() && tw.is_none());
                if joinable && complementary {
                    *pf = pf.or(*tf);
                    *pw = pw.or(*tw);
                    prev.end = t.end;
                    continue;
                }
            }
        }
        out.push(t);
    }
    out
}

pub(super) fn fen_li_value(c: &regex::Captures<'_>) -> Option<(Decimal, Per)> {
    let per = match c.name("per")?.as_str() {
        "月" => Per::Month,
        "年" => Per::Year,
        _ => Per::Day,
    };
    let a = c.name("a")?.as_str();
    let a = if a == "半" {
        Decimal::new(5, 1)
    } else if a.starts_with(|ch: char| ch.is_ascii_digit()) {
        parse_decimal(a)?
    } else {
        parse_cn_integer(a)?
    };
    let b = match c.name("b").or(c.name("b2")) {
        // 一分半: half a 分 is five 厘.
        Some(m) if m.as_str() == "半" => Decimal::from(5),
        Some(m) => parse_number(m.as_str())?,
        None => Decimal::ZERO,
    };
    // 1分 = 1%/month, 10%/year, 0.1%/day; 1厘 is a tenth of that.
    let fen_unit = match per {
        Per::Month => Decimal::ONE,
        Per::Year => Decimal::TEN,
        _ => Decimal::new(1, 1),
    };
    let li_unit = fen_unit / Decimal::TEN;
    let value = match c.name("u")?.as_str() {
        "分" => a
            .checked_mul(fen_unit)?
            .checked_add(b.checked_mul(li_unit)?)?,
        // 九厘八: a bare digit after 厘 continues the figure in 毫, a tenth of a 厘.
        _ => a
            .checked_mul(li_unit)?
            .checked_add(b.checked_mul(li_unit / Decimal::TEN)?)?,
    };
    Some((value.normalize(), per))
}

/// Byte bounds of the comma clause around `start..end` (commas between digits do not count).
pub(super) fn clause_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let mut cs = 0;
    let mut ce = text.len();
    for m in COMMA_SPLIT.find_iter(text) {
        let digit_around = text
            .get(..m.start())
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit())
            && text
                .get(m.end()..)
                .and_then(|a| a.chars().next())
                .is_some_and(|c| c.is_ascii_digit());
        if digit_around || !m.as_str().contains([',', '，']) {
            continue;
        }
        if m.end() <= start {
            cs = m.end();
        } else if m.start() >= end {
            ce = m.start();
            break;
        }
    }
    (cs, ce)
}

pub(super) fn tail_free_prefix(s: &str, chars: usize) -> &str {
    match s.char_indices().nth(chars) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// The last `chars` characters of `s`.
pub(super) fn tail_chars(s: &str, chars: usize) -> &str {
    let n = s.chars().count();
    if n <= chars {
        return s;
    }
    match s.char_indices().nth(n - chars) {
        Some((i, _)) => s.get(i..).unwrap_or(s),
        None => s,
    }
}

pub(super) fn last_match<'t>(re: &Regex, s: &'t str) -> Option<&'t str> {
    re.find_iter(s).last().map(|m| m.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fen_li_units() {
        let toks = tokens("月息1分5厘,年息1分,日息5厘");
        let vals: Vec<_> = toks
            .iter()
            .map(|t| match t.val {
                Val::Pct { value, per } => (value, per),
                _ => (Decimal::ZERO, None),
            })
            .collect();
        assert_eq!(
            vals,
            vec![
                (Decimal::new(15, 1), Some(Per::Month)),
                (Decimal::TEN, Some(Per::Year)),
                (Decimal::new(5, 2), Some(Per::Day)),
            ]
        );
    }
}
