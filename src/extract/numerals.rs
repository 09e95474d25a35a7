//! Number parsing shared by the extractors: ASCII decimals (thousands separators, stray
//! spaces), 万/亿 multipliers, Chinese numerals (大写 壹贰叁… and small 一二三…), money in
//! words (…元…角…分整) and percentage forms (万分之五, 千分之三, 百分之二, 0.05%).
//!
//! Every function returns `None` rather than guessing: a blank or malformed number is
//! "not stated".

use rust_decimal::Decimal;

/// Parse an ASCII decimal such as `12,500.00`, `12 500`, `0.05` or `1.25`.
///
/// Commas (ASCII or full-width) and spaces are accepted only as digit-group separators
/// inside the integer part; anything else returns `None`.
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    let mut clean = String::with_capacity(s.len());
    let mut seen_dot = false;
    for c in s.trim().chars() {
        match c {
            '0'..='9' => clean.push(c),
            '.' if !seen_dot => {
                seen_dot = true;
                clean.push('.');
            }
            ',' | '，' | ' ' | '\u{a0}' | '\u{3000}' if !seen_dot => {}
            _ => return None,
        }
    }
    if clean.is_empty() || clean == "." || clean.len() > 28 {
        return None;
    }
    let clean = clean.trim_end_matches('.');
    clean.parse::<Decimal>().ok().map(|d| d.normalize())
}

/// The value of one Chinese digit character (大写 or small), `None` when not a digit.
pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' | '0' => 0,
        '壹' | '一' | '幺' => 1,
        '贰' | '贵' | '二' | '两' | '俩' => 2,
        '叁' | '参' | '三' => 3,
        '肆' | '四' => 4,
        '伍' | '五' => 5,
        '陆' | '六' => 6,
        '柒' | '七' => 7,
        '捌' | '八' => 8,
        '玖' | '九' => 9,
        _ => return None,
    })
}

/// The value of a small unit character (拾/十, 佰/百, 仟/千), `None` otherwise.
fn cn_small_unit(c: char) -> Option<u32> {
    Some(match c {
        '拾' | '十' => 10,
        '佰' | '百' => 100,
        '仟' | '千' => 1000,
        _ => return None,
    })
}

/// True for characters that can appear in a Chinese numeral (digits and units).
pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || cn_small_unit(c).is_some() || matches!(c, '万' | '萬' | '亿' | '億')
}

/// Parse a Chinese integer numeral: `壹万贰仟伍佰`, `一千二百`, `十二`, `两万`, `三千亿`,
/// `一二三` (digit-by-digit) or `贰零贰伍`.
pub fn parse_cn_integer(s: &str) -> Option<Decimal> {
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.is_empty() || !chars.iter().all(|c| is_cn_numeral_char(*c)) {
        return None;
    }
    // Digit-by-digit form (二〇二五, 一二): only digits, more than one.
    if chars.len() > 1 && chars.iter().all(|c| cn_digit(*c).is_some()) {
        let mut v = Decimal::ZERO;
        for c in &chars {
            v = v
                .checked_mul(Decimal::TEN)?
                .checked_add(Decimal::from(cn_digit(*c)?))?;
        }
        return Some(v);
    }
    let mut total = Decimal::ZERO; // finished 亿 groups
    let mut wan_part = Decimal::ZERO; // finished 万 groups below 亿
    let mut section = Decimal::ZERO; // below 万
    let mut digit: Option<u32> = None;
    for &c in &chars {
        if let Some(d) = cn_digit(c) {
            if digit.is_some() && d != 0 {
                // Two digits in a row without a unit (贰贰): not a well-formed numeral.
                return None;
            }
            digit = if d == 0 { None } else { Some(d) };
        } else if let Some(u) = cn_small_unit(c) {
            // 十二 = 12: a bare unit counts as one.
            let d = digit.take().unwrap_or(1);
            section = section.checked_add(Decimal::from(d) * Decimal::from(u))?;
        } else if matches!(c, '万' | '萬') {
            let d = digit.take().unwrap_or(0);
            let group = section.checked_add(Decimal::from(d))?;
            let group = if group.is_zero() { Decimal::ONE } else { group };
            wan_part = wan_part.checked_add(group.checked_mul(Decimal::from(10_000))?)?;
            section = Decimal::ZERO;
        } else if matches!(c, '亿' | '億') {
            let d = digit.take().unwrap_or(0);
            let group = wan_part
                .checked_add(section)?
                .checked_add(Decimal::from(d))?;
            let group = if group.is_zero() { Decimal::ONE } else { group };
            total = total.checked_add(group.checked_mul(Decimal::from(100_000_000))?)?;
            wan_part = Decimal::ZERO;
            section = Decimal::ZERO;
        }
    }
    let rest = Decimal::from(digit.unwrap_or(0));
    total
        .checked_add(wan_part)?
        .checked_add(section)?
        .checked_add(rest)
}

/// Parse a number written with ASCII digits or Chinese numerals, with an optional trailing
/// 万/亿 multiplier: `1.25万` -> 12500, `12,500` -> 12500, `壹万贰仟` -> 12000.
pub fn parse_number(s: &str) -> Option<Decimal> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let (num, mult) = split_multiplier(s);
        let v = parse_decimal(num)?;
        return v.checked_mul(mult);
    }
    parse_cn_decimal(s)
}

/// A Chinese numeral with a decimal point: `二十三点九九` -> 23.99 (digits after 点 are read
/// one by one); without 点 it is [`parse_cn_integer`].
pub fn parse_cn_decimal(s: &str) -> Option<Decimal> {
    let Some((whole, fraction)) = s.split_once('点') else {
        return parse_cn_integer(s);
    };
    let whole = if whole.trim().is_empty() {
        Decimal::ZERO
    } else {
        parse_cn_integer(whole)?
    };
    let mut value = whole;
    let mut scale = Decimal::ONE;
    let mut digits = 0;
    for c in fraction.chars().filter(|c| !c.is_whitespace()) {
        scale = scale.checked_div(Decimal::TEN)?;
        value = value.checked_add(Decimal::from(cn_digit(c)?).checked_mul(scale)?)?;
        digits += 1;
    }
    (digits > 0).then(|| value.normalize())
}

/// Split a trailing 万/亿/千 multiplier from an ASCII number (`1.25万`).
fn split_multiplier(s: &str) -> (&str, Decimal) {
    let t = s.trim_end();
    for (suffix, mult) in [
        ("万亿", Decimal::from(1_000_000_000_000u64)),
        ("亿", Decimal::from(100_000_000)),
        ("億", Decimal::from(100_000_000)),
        ("万", Decimal::from(10_000)),
        ("萬", Decimal::from(10_000)),
        ("千", Decimal::from(1000)),
    ] {
        if let Some(head) = t.strip_suffix(suffix) {
            return (head.trim_end(), mult);
        }
    }
    (t, Decimal::ONE)
}

/// Parse money written in words: `壹万贰仟伍佰元整`, `人民币叁仟元伍角`, `伍拾元零捌分`,
/// `一万元`. The leading `人民币` and a trailing `整`/`正` are optional. Returns yuan.
pub fn parse_cn_money(s: &str) -> Option<Decimal> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let s = s.strip_prefix("人民币").unwrap_or(&s);
    let s = s.trim_end_matches(['整', '正']);
    let (yuan_part, rest) = s.split_once(['元', '圆']).unwrap_or((s, ""));
    let mut value = if yuan_part.is_empty() {
        Decimal::ZERO
    } else {
        parse_cn_integer(yuan_part)?
    };
    let mut rest = rest.trim_start_matches(['零', '〇']);
    if let Some((jiao, after)) = rest.split_once('角') {
        let d = parse_cn_integer(jiao)?;
        value = value.checked_add(d.checked_mul(Decimal::new(1, 1))?)?;
        rest = after.trim_start_matches(['零', '〇']);
    }
    if let Some((fen, after)) = rest.split_once('分') {
        let d = parse_cn_integer(fen)?;
        value = value.checked_add(d.checked_mul(Decimal::new(1, 2))?)?;
        rest = after;
    }
    if !rest.is_empty() || (yuan_part.is_empty() && value.is_zero()) {
        return None;
    }
    Some(value.normalize())
}

/// Parse a percentage into percent: `0.05%` -> 0.05, `万分之五` -> 0.05, `千分之三` -> 0.3,
/// `百分之二` -> 2, `百分之0.5` -> 0.5, `十万分之五` -> 0.005, `12 %` -> 12.
pub fn parse_percent(s: &str) -> Option<Decimal> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(num) = s.strip_suffix('%').or_else(|| s.strip_suffix('％')) {
        return parse_decimal(num);
    }
    if let Some(num) = s.strip_suffix('‰') {
        return parse_decimal(num)?
            .checked_div(Decimal::TEN)
            .map(|d| d.normalize());
    }
    let (denom, num) = s.split_once("分之")?;
    let denom = parse_number(denom)?;
    let num = parse_number(num)?;
    if denom.is_zero() {
        return None;
    }
    num.checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(denom)
        .map(|d| d.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn decimals_with_separators() {
        assert_eq!(parse_decimal("12,500.00"), Some(dec!(12500)));
        assert_eq!(parse_decimal("12 500"), Some(dec!(12500)));
        assert_eq!(parse_decimal("0.05"), Some(dec!(0.05)));
        assert_eq!(parse_decimal("1.2.3"), None);
        assert_eq!(parse_decimal(""), None);
        assert_eq!(parse_decimal("abc"), None);
    }

    #[test]
    fn multipliers() {
        assert_eq!(parse_number("1.25万"), Some(dec!(12500)));
        assert_eq!(parse_number("2亿"), Some(dec!(200000000)));
        assert_eq!(parse_number("20 万"), Some(dec!(200000)));
    }

    #[test]
    fn chinese_integers() {
        assert_eq!(parse_cn_integer("壹万贰仟伍佰"), Some(dec!(12500)));
        assert_eq!(parse_cn_integer("十二"), Some(dec!(12)));
        assert_eq!(parse_cn_integer("一百零五"), Some(dec!(105)));
        assert_eq!(parse_cn_integer("两万"), Some(dec!(20000)));
        assert_eq!(parse_cn_integer("贰拾万"), Some(dec!(200000)));
        assert_eq!(parse_cn_integer("三千亿"), Some(dec!(300000000000)));
        assert_eq!(parse_cn_integer("壹亿零伍佰万"), Some(dec!(105000000)));
        assert_eq!(parse_cn_integer("二〇二五"), Some(dec!(2025)));
        assert_eq!(parse_cn_integer("元"), None);
        assert_eq!(parse_cn_integer(""), None);
    }

    #[test]
    fn money_in_words() {
        assert_eq!(parse_cn_money("人民币壹万贰仟伍佰元整"), Some(dec!(12500)));
        assert_eq!(parse_cn_money("叁仟元伍角"), Some(dec!(3000.5)));
        assert_eq!(parse_cn_money("伍拾元零捌分"), Some(dec!(50.08)));
        assert_eq!(parse_cn_money("贰拾万元整"), Some(dec!(200000)));
        assert_eq!(parse_cn_money("壹佰元贰角叁分"), Some(dec!(100.23)));
        assert_eq!(parse_cn_money("元整"), None);
    }

    #[test]
    fn percents() {
        assert_eq!(parse_percent("0.05%"), Some(dec!(0.05)));
        assert_eq!(parse_percent("万分之五"), Some(dec!(0.05)));
        assert_eq!(parse_percent("千分之三"), Some(dec!(0.3)));
        assert_eq!(parse_percent("百分之二"), Some(dec!(2)));
        assert_eq!(parse_percent("百分之三十"), Some(dec!(30)));
        assert_eq!(parse_percent("十万分之五"), Some(dec!(0.005)));
        assert_eq!(parse_percent("百分之0.5"), Some(dec!(0.5)));
        assert_eq!(parse_percent("百分之十四点六"), Some(dec!(14.6)));
        assert_eq!(parse_percent("千分之零点五"), Some(dec!(0.05)));
        assert_eq!(parse_percent("百分之十点"), None);
        assert_eq!(parse_percent("百分之二十四"), Some(dec!(24)));
        assert_eq!(parse_percent("百分之十一点五"), Some(dec!(11.5)));
        assert_eq!(parse_percent("千分之一点五"), Some(dec!(0.15)));
        assert_eq!(parse_percent("万分之五点五"), Some(dec!(0.055)));
        assert_eq!(parse_percent("百分之一百五十"), Some(dec!(150)));
        assert_eq!(parse_percent("12 %"), Some(dec!(12)));
        assert_eq!(parse_percent("万分之"), None);
        assert_eq!(parse_percent("%"), None);
    }
}
