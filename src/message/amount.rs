//! Sums a message demands, however they are written: `¥3,280`, `3.2万元`, `三万二千元`,
//! `两万八千五百块`, `$640.00`, `£795`, `640 dollars`, `seven hundred twenty-five dollars`.
//! A sum is demanded when a word for owing or paying stands before it in the same clause.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;

use crate::extract::en::number::parse_number_words;
use crate::extract::numerals::{cn_digit, parse_number};
use crate::model::Language;

fn re(p: &str) -> Regex {
    Regex::new(p).expect("constant regex compiles")
}

/// Chinese sums: Arabic or Chinese numerals (or both: `3万2千`) before 元/块/圆.
static MONEY_ZH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:人民币|RMB|¥|￥)?\s*([0-9][0-9,]*(?:\.[0-9]+)?[零〇一二两三四五六七八九十百千万亿]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+)\s*(?:多)?(?:元|块|圆)",
    )
});
/// Words for owing or paying before a Chinese sum.
static DEMAND_ZH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"还款|还清|欠款|应还|待还|需还|要还|得还|结清|偿还|归还|欠|共计|合计|总计|金额|本息|账单|还我|连本带利|一共|总额|支付|缴纳|赔偿",
    )
});
/// What ends a clause a demand word governs (Chinese).
static BREAK_ZH: LazyLock<Regex> = LazyLock::new(|| re(r"[。；;！!？?\n]"));

const EN_NUMBER: &str = r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";

/// English sums: a currency sign or code with digits, digits or number words before a
/// currency word.
static MONEY_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:[$£€]|\b(?:USD|GBP|EUR)\s?)\s*([0-9][0-9,]*(?:\.[0-9]{{1,2}})?)|\b([0-9][0-9,]*(?:\.[0-9]{{1,2}})?|(?:(?:{EN_NUMBER}|and|a)[\s-]+)*(?:{EN_NUMBER}))\s+(?:US\s+)?(?:dollars|bucks|pounds|euros|USD|GBP|EUR)\b"
    ))
});
/// Words for owing or paying before an English sum.
static DEMAND_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:balance|owe|owed|owing|due|pay|payment of|total|outstanding|settle|remit|send|demand\w*|collect\w*|amount)\b",
    )
});
static BREAK_EN: LazyLock<Regex> = LazyLock::new(|| re(r"[.;!?\n]\s"));

/// How far back (in characters) a demand word may stand from its sum.
const WINDOW: usize = 40;

/// The value of a Chinese numeral, possibly with Arabic digits and a 万/亿 multiplier
/// (`三万二千`, `3.2万`, `壹万贰仟伍佰`, `1,186.50`), read by the extractors' parser; the
/// spoken short form counts a bare last digit in the unit below the last one (`三万二` 32000,
/// `两千五` 2500; not after a 零: `一千零五` 1005). `None` when it is not a positive number.
pub fn chinese_number(s: &str) -> Option<Decimal> {
    let chars: Vec<char> = s.chars().collect();
    let spoken = match chars.as_slice() {
        [.., unit, last] if cn_digit(*last).is_some_and(|d| d > 0) => match unit {
            '万' | '萬' => Some("千"),
            '亿' | '億' => Some("千万"),
            '千' | '仟' => Some("百"),
            '百' | '佰' => Some("十"),
            _ => None,
        },
        _ => None,
    };
    let full = spoken.map_or_else(|| s.to_string(), |u| format!("{s}{u}"));
    parse_number(&full).filter(|v| *v > Decimal::ZERO)
}

/// The value of English number words (`seven hundred twenty-five`, `a thousand and fifty`).
pub fn english_number(s: &str) -> Option<Decimal> {
    parse_number_words(s)
}

fn parse_plain(s: &str) -> Option<Decimal> {
    s.replace(',', "").parse().ok()
}

/// Does a demand word stand before byte `start` of `text`, in the same clause?
fn demand_before(text: &str, start: usize, demand: &Regex, breaks: &Regex) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let from = before
        .char_indices()
        .rev()
        .nth(WINDOW - 1)
        .map_or(0, |(i, _)| i);
    let window = &before[from..];
    let clause = breaks.find_iter(window).last().map_or(0, |m| m.end());
    demand.is_match(&window[clause..])
}

/// Every sum demanded in `text` (a demand word before it in its clause), in order.
pub fn demanded_amounts(text: &str, language: Language) -> Vec<Decimal> {
    match language {
        Language::Zh => MONEY_ZH
            .captures_iter(text)
            .filter_map(|c| {
                let m = c.get(1)?;
                // Digits keep the scale they are written with (`1,000.00`).
                demand_before(text, c.get(0)?.start(), &DEMAND_ZH, &BREAK_ZH)
                    .then(|| parse_plain(m.as_str()).or_else(|| chinese_number(m.as_str())))?
            })
            .collect(),
        Language::En => MONEY_EN
            .captures_iter(text)
            .filter_map(|c| {
                let value = match (c.get(1), c.get(2)) {
                    (Some(m), _) => parse_plain(m.as_str()),
                    (None, Some(m)) => {
                        parse_plain(m.as_str()).or_else(|| english_number(m.as_str()))
                    }
                    _ => None,
                }?;
                demand_before(text, c.get(0)?.start(), &DEMAND_EN, &BREAK_EN).then_some(value)
            })
            .collect(),
    }
}

/// A sum the message demands (the largest one named after a word for owing or paying).
pub fn demanded_amount(text: &str, language: Language) -> Option<Decimal> {
    demanded_amounts(text, language).into_iter().max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn chinese_numerals_read_as_written_and_as_spoken() {
        for (s, want) in [
            ("三万二千", dec!(32000)),
            ("三万二", dec!(32000)),
            ("两万八千五百", dec!(28500)),
            ("两千五", dec!(2500)),
            ("一万四千二百", dec!(14200)),
            ("壹万贰仟伍佰", dec!(12500)),
            ("十五", dec!(15)),
            ("3.2万", dec!(32000)),
            ("1,186.50", dec!(1186.50)),
            ("一千零五", dec!(1005)),
            ("一亿二千万", dec!(120000000)),
        ] {
            assert_eq!(chinese_number(s), Some(want), "{s}");
        }
        assert_eq!(chinese_number("多"), None);
        assert_eq!(chinese_number("零"), None);
    }

    #[test]
    fn english_number_words() {
        assert_eq!(english_number("seven hundred twenty-five"), Some(dec!(725)));
        assert_eq!(english_number("a thousand and fifty"), Some(dec!(1050)));
        assert_eq!(english_number("two thousand"), Some(dec!(2000)));
        assert_eq!(english_number("loads"), None);
    }

    #[test]
    fn the_demanded_sum_follows_a_word_for_owing_or_paying() {
        let zh = "你借的两万块已经逾期五天了，现在连本带利再加违约金一共三万二千元，今天之内还清。";
        assert_eq!(demanded_amount(zh, Language::Zh), Some(dec!(32000)));
        let zh = "当前应还总额18,600.00元（含剩余本金、利息及逾期罚息）";
        assert_eq!(demanded_amount(zh, Language::Zh), Some(dec!(18600)));
        let en = "The amount now due is $640.00 (loan, finance charge and fees).";
        assert_eq!(demanded_amount(en, Language::En), Some(dec!(640)));
        let en = "With fees added, you now owe seven hundred twenty-five dollars.";
        assert_eq!(demanded_amount(en, Language::En), Some(dec!(725)));
        // A sum named without a demand word is not a demand.
        assert_eq!(
            demanded_amount("You borrowed $300 in April.", Language::En),
            None
        );
        assert_eq!(demanded_amount("你借的两万块到期了。", Language::Zh), None);
    }
}
