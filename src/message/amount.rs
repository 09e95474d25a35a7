//! Sums a message demands, however they are written: `¥3,280`, `3.2万元`, `三万二千元`,
//! `两万八千五百块`, `$640.00`, `£795`, `640 dollars`, `seven hundred twenty-five dollars`.
//! A sum is demanded when a word for owing or paying stands before it in the same clause and no
//! word naming the loan itself (`borrowed`, `借款金额`) stands between them; or when a linking
//! word (`is now`, `stands at`) puts it after a subject that names what is owed, however long the
//! subject ("your balance, including the fees and costs, is now $1,150"). The words are data
//! (`[demand.words]` of the message rules).

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::extract::en::number::parse_number_words;
use crate::extract::numerals::{cn_digit, parse_number};
use crate::model::Language;
use crate::pattern;

fn re(p: &str) -> Regex {
    pattern::regex(p).expect("constant regex compiles")
}

/// Chinese sums: Arabic or Chinese numerals (or both: `3万2千`) before 元/块/圆, with the tenths
/// spoken after the unit (`916块8`, `九百一十六块八毛`: group 2, see [`zh_sum`]).
/// A sum with a currency sign and no 元 after it (`¥1,185.00`, `人民币3.2万`) is a sum too (group 3).
static MONEY_ZH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:人民币|RMB|¥|￥)?\s*([0-9][0-9,]*(?:\.[0-9]+)?[零〇一二两三四五六七八九十百千万亿]*|[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]+)\s*(?:多)?(?:元|块|圆)(?:([0-9一二三四五六七八九])(?:毛|角)?)?|(?:人民币|RMB|CNY|¥|￥)\s*([0-9][0-9,]*(?:\.[0-9]+)?万?)",
    )
});
/// What may not follow the tenths spoken after 块/元 for them to be tenths (`916元8月1日`: a date).
static NOT_TENTHS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[0-9０-９,.，．月日号天期年个笔次%％:：/-]"));

/// The figure of a [`MONEY_ZH`] match and its value: the tenths spoken after the unit
/// (`916块8` = 916.8) count unless more digits or a date or count word follow them.
fn zh_sum(c: &regex::Captures<'_>, text: &str) -> Option<Decimal> {
    let m = c.get(1).or_else(|| c.get(3))?;
    let value = parse_plain(m.as_str()).or_else(|| chinese_number(m.as_str()))?;
    let Some(tenths) = c.get(2) else {
        return Some(value);
    };
    let after = text.get(c.get(0)?.end()..).unwrap_or("");
    if NOT_TENTHS_AFTER.is_match(after) {
        return Some(value);
    }
    let digit = tenths.as_str().chars().next().and_then(|ch| {
        ch.to_digit(10).or_else(|| {
            "一二三四五六七八九"
                .chars()
                .position(|d| d == ch)
                .map(|p| p as u32 + 1)
        })
    })?;
    Some(value + Decimal::new(i64::from(digit), 1))
}

/// A figure written as money without a sign or unit (`1,185.00`, `390.00`: cents or thousands
/// separators), as an itemised statement's column gives it; a sum only where a word for owing
/// stands before it and no unit or digit follows (`12.50%`, `2025.10.20` are not sums).
static BARE_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[^0-9.,])([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{2})?|[0-9]+\.[0-9]{2})")
});
/// What may not follow a bare figure for it to be a sum: more digits, a percent sign, a unit of
/// time or count.
static NOT_MONEY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[0-9.,%％‰]|\s*(?:%|％|期|天|日|个月|月|年|笔|次|倍|days?\b|months?\b|years?\b|payments?\b|percent\b))",
    )
});
/// A label right before a bare figure that makes it a date, a time, a count or a number, not a
/// sum ("Payment due date 04.15", "还款日期：10.20", "Account no. 1,204").
static NOT_MONEY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:date|day|time|no\.?|number|ref\w*|account|rate|term|months?|days?)\b|日期|日|时间|编号|账号|号|利率|期数|天数)[\s:：#]*$",
    )
});
/// Dot leaders and runs of blanks between an item and its figure ("TOTAL DUE ....... $1,185.00",
/// "应还合计……1,185.00元"): read as one space, so a leader is no sentence's end and its length no
/// distance between a word for owing and its sum.
static LEADERS: LazyLock<Regex> =
    LazyLock::new(|| re(r"[ \t]*(?:[.·．・…_]{3,}|…+|[ \t\u{3000}]{2,})[ \t]*"));
/// What ends a clause (Chinese).
static BREAK_ZH: LazyLock<Regex> = LazyLock::new(|| re(r"[。；;！!？?\n]"));

const EN_NUMBER: &str = r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";

/// English sums: a currency sign or code with digits, digits or number words before a
/// currency word.
static MONEY_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:[$£€]|\b(?:USD|GBP|EUR)\s?)\s*([0-9][0-9,]*(?:\.[0-9]{{1,2}})?)|\b([0-9][0-9,]*(?:\.[0-9]{{1,2}})?|(?:(?:{EN_NUMBER}|and|a)[\s-]+)*(?:{EN_NUMBER}))\s+(?:US\s+)?(?:dollars|bucks|pounds|euros|USD|GBP|EUR)\b"
    ))
});
static BREAK_EN: LazyLock<Regex> = LazyLock::new(|| re(r"[.;!?\n]\s"));

/// How far back (in characters) a demand word may stand from its sum.
const WINDOW: usize = 40;
/// How far back a linking word's subject may reach (in characters).
const CLAUSE: usize = 200;

/// One regular expression per language (`zh`, `en`); empty for none.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByLanguage {
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub en: String,
}

/// The `[demand.words]` table: what makes a sum a demand.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWords {
    /// Words for owing or paying (`balance`, `应还`).
    #[serde(default)]
    pub owing: ByLanguage,
    /// Words naming the loan itself, not what is owed (`borrowed`, `借款金额`).
    #[serde(default)]
    pub loan: ByLanguage,
    /// Words that link a sum to a subject before it (`is now`, `stands at`), matched at the end
    /// of the text before the sum.
    #[serde(default)]
    pub linking: ByLanguage,
    /// Words for owing right after a sum (`$940 is now overdue`, `28,600元未还`), matched at the
    /// start of the text after it.
    #[serde(default)]
    pub after: ByLanguage,
}

#[derive(Debug, Clone, Default)]
struct Words {
    owing: Option<Regex>,
    loan: Option<Regex>,
    linking: Option<Regex>,
    after: Option<Regex>,
}

/// The compiled `[demand.words]`.
#[derive(Debug, Clone, Default)]
pub struct DemandWords {
    zh: Words,
    en: Words,
}

impl DemandWords {
    pub fn compile(raw: &RawWords) -> Result<DemandWords, String> {
        let one = |what: &str, p: &str| -> Result<Option<Regex>, String> {
            if p.trim().is_empty() {
                return Ok(None);
            }
            pattern::regex(p)
                .map(Some)
                .map_err(|e| format!("demand.words.{what}: bad pattern: {e}"))
        };
        let words = |zh: bool| -> Result<Words, String> {
            let pick = |b: &ByLanguage| if zh { b.zh.clone() } else { b.en.clone() };
            Ok(Words {
                owing: one("owing", &pick(&raw.owing))?,
                loan: one("loan", &pick(&raw.loan))?,
                linking: one("linking", &pick(&raw.linking))?,
                after: one("after", &pick(&raw.after))?,
            })
        };
        Ok(DemandWords {
            zh: words(true)?,
            en: words(false)?,
        })
    }

    fn of(&self, language: Language) -> &Words {
        match language {
            Language::Zh => &self.zh,
            Language::En => &self.en,
        }
    }

    /// Every sum demanded in `text`, in order.
    pub fn amounts(&self, text: &str, language: Language) -> Vec<Decimal> {
        let text = LEADERS.replace_all(text, " ");
        let sums = self.amounts_at(text.as_ref(), language);
        sums.into_iter().map(|(_, v)| v).collect()
    }

    /// Every sum demanded in `text` (leaders already blanked), with where it starts, in order.
    fn amounts_at(&self, text: &str, language: Language) -> Vec<(usize, Decimal)> {
        let words = self.of(language);
        let mut sums = match language {
            Language::Zh => MONEY_ZH
                .captures_iter(text)
                .filter_map(|c| {
                    let whole = c.get(0)?;
                    if is_base_zh(text, whole.start(), whole.end()) {
                        return None;
                    }
                    // Digits keep the scale they are written with (`1,000.00`).
                    demand_before(text, whole.start(), words, &BREAK_ZH)
                        .unwrap_or_else(|| demand_after(text, whole.end(), words))
                        .then(|| zh_sum(&c, text))?
                        .map(|v| (whole.start(), v))
                })
                .collect::<Vec<_>>(),
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
                    let whole = c.get(0)?;
                    if is_base_en(text, whole.start(), whole.end()) {
                        return None;
                    }
                    demand_before(text, whole.start(), words, &BREAK_EN)
                        .unwrap_or_else(|| demand_after(text, whole.end(), words))
                        .then_some((whole.start(), value))
                })
                .collect(),
        };
        let money = match language {
            Language::Zh => &*MONEY_ZH,
            Language::En => &*MONEY_EN,
        };
        let breaks = match language {
            Language::Zh => &*BREAK_ZH,
            Language::En => &*BREAK_EN,
        };
        // Bare figures (no sign, no unit) not already read as sums, after a word for owing.
        let taken: Vec<(usize, usize)> = money
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        for c in BARE_MONEY.captures_iter(text) {
            let Some(m) = c.get(1) else { continue };
            let inside = taken.iter().any(|&(s, e)| m.start() < e && s < m.end());
            let after = text.get(m.end()..).unwrap_or("");
            let line = text.get(..m.start()).unwrap_or("");
            let label = line.rsplit('\n').next().unwrap_or("");
            if inside || NOT_MONEY_AFTER.is_match(after) || NOT_MONEY_LABEL.is_match(label) {
                continue;
            }
            if demand_before(text, m.start(), words, breaks) == Some(true)
                && let Some(v) = parse_plain(m.as_str())
            {
                sums.push((m.start(), v));
            }
        }
        sums.extend(itemised_sum(text, words));
        sums.sort_by_key(|&(at, _)| at);
        sums
    }

    /// The sum the message demands: the largest one demanded, or, after a part payment and the
    /// words of what is left (收到部分还款1,000.00元，尚欠1,233.33元), the largest demanded after
    /// the payment that is not the sum as it fell due (a figure named before the payment).
    pub fn amount(&self, text: &str, language: Language) -> Option<Decimal> {
        let text = LEADERS.replace_all(text, " ");
        let text = text.as_ref();
        let sums = self.amounts_at(text, language);
        let largest = sums.iter().map(|&(_, v)| v).max();
        let Some(paid) = part_paid_at(text, language) else {
            return largest;
        };
        let before: Vec<Decimal> = sums
            .iter()
            .filter(|&&(at, _)| at < paid)
            .map(|&(_, v)| v)
            .collect();
        sums.iter()
            .filter(|&&(at, v)| at >= paid && !before.contains(&v))
            .map(|&(_, v)| v)
            .max()
            .or(largest)
    }
}

/// A payment already made on what fell due (收到部分还款1,000.00元, 已还500元, 已经还了800块).
static PART_PAID_ZH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:收到|已还款|已还|已经还了?|还了|已归还|已偿还|已支付|已付|付了|已转账?|转了|已入账|已扣款?)(?:您|你)?(?:的)?(?:部分|一部分)?(?:还款|款项|欠款|本息)?(?:了|共|合计|共计|金额)?[:：]?\s*(?:人民币|¥|￥)?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:元|块)",
    )
});
/// What is left after a payment (尚欠, 剩余, 还差).
static REMAINDER_ZH: LazyLock<Regex> =
    LazyLock::new(|| re(r"剩余|剩下|尚欠|仍欠|还欠|还差|余下|余款|尚余|未还部分"));

/// Where the text of a part payment ends, when words of what is left follow it.
fn part_paid_at(text: &str, language: Language) -> Option<usize> {
    let (paid, left) = match language {
        Language::Zh => (&*PART_PAID_ZH, &*REMAINDER_ZH),
        Language::En => return None,
    };
    paid.find_iter(text)
        .map(|m| m.end())
        .find(|&end| left.is_match(text.get(end..).unwrap_or("")))
}

/// What parts one item of a list from the next (`违约金1,000元及催收费295元`, "a $15 late
/// charge, a $29 fee and ..."): an item's label is the text after the last of these.
static ITEM_BREAK_ZH: LazyLock<Regex> =
    LazyLock::new(|| re(r"[，,。；;、！!？?\n+＋]|以及|及|和|与|另加|加上"));
static ITEM_BREAK_EN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)[,;!?\n+]|\.\s|\b(?:and|plus)\b"));
/// An aside in brackets (`（按应还款15%计）`), left out of a label.
static ASIDE: LazyLock<Regex> = LazyLock::new(|| re(r"[(（][^)）\n]{0,40}[)）]"));

/// A factor of a product: the figure is followed by a multiplication (`99.58元×0.05%×4天=0.20元`,
/// "$99.58 x 0.05% x 4 = $0.20"): the base the charge is worked out on, not the charge.
static TIMES_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:[×xX*＊✕]|乘以?|times\b)"));
/// What follows a base a charge is worked out on (`5,000.00元的5%`, `以8,000元为基数`,
/// `10,000元×0.05%`).
static BASE_AFTER_ZH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:的\s*(?:(?:百|千|万)分之\s*[0-9.一二三四五六七八九十]+|[0-9.]+\s*[%‰])|(?:作为|为)(?:计算)?(?:基数|基础|本金基数)|[×xX*＊✕]|乘以?)",
    )
});
/// A base named with 按/以 before it and 计算 after it (`按借款本金5,000元计算`).
static BASE_BEFORE_ZH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:按|以|依|按照|依照|根据|基于)[^，,。；;！!？?\n]{0,14}$"));
static RECKONED_AFTER_ZH: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:计算|计收|计取|计)"));

/// The English base of a charge before its figure: "default interest at 24% a year on your
/// full balance of", "a 5% fee on the outstanding principal of", "interest charged on the loan
/// amount of".
static BASE_BEFORE_EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\d\s*%|\bper\s*cent\b|\bpercent\b|\binterest\b|\bcharge\b|\bfee\b)[^.;!?\n]{0,60}?\b(?:on|of)\s+(?:(?:your|the|its|this|our)\s+)?(?:(?:full|whole|entire|outstanding|total|unpaid|remaining|current)\s+)?(?:balance|principal|loan(?:\s+amount)?|amount\s+(?:borrowed|lent|financed))\s*(?:of\s*)?(?:\(?\s*)$",
    )
});
/// A figure a percentage is then worked out on ("$8,000.00 at 24% a year", "$300.00 x 0.05%").
static BASE_AFTER_EN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^\s*(?:[×xX*]\s*\d|at\s+\d+(?:\.\d+)?\s*%)"));

/// Is the English sum at `start..end` of `text` the base a charge is worked out on, named as
/// background ("default interest at 24% on your full balance of $8,000.00"), not a sum asked?
fn is_base_en(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    BASE_BEFORE_EN.is_match(tail(before, 90)) || BASE_AFTER_EN.is_match(after)
}

/// Is the Chinese sum at `start..end` of `text` the base of a charge (`违约金按借款总额5,000.00元的
/// 5%计算`, `以8,000元为基数`), not a sum asked for?
fn is_base_zh(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    BASE_AFTER_ZH.is_match(after)
        || (RECKONED_AFTER_ZH.is_match(after) && BASE_BEFORE_ZH.is_match(tail(before, 20)))
}

/// The working of a charge right before its product (`罚息：99.58元×0.05%×4天=`): left out of the
/// item, so the product takes the label before the working.
static WORKING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:人民币|RMB|[¥￥$£€])?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:元|块)?\s*(?:[×xX*＊✕]|乘以?|times\b)[^=＝\n]{0,60}[=＝]\s*$",
    )
});

/// Every sum of `text` whose label, the text of its item right before it with bracketed asides
/// left out, matches `label` (`违约金1,000.00元`, `催收服务费（按应还款15%计）295.00元`), with
/// the label as matched.
pub fn labelled_sums(text: &str, language: Language, label: &Regex) -> Vec<(String, Decimal)> {
    let (money, breaks) = match language {
        Language::Zh => (&*MONEY_ZH, &*ITEM_BREAK_ZH),
        Language::En => (&*MONEY_EN, &*ITEM_BREAK_EN),
    };
    let text = LEADERS.replace_all(text, " ");
    let text = text.as_ref();
    money
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let value = match language {
                Language::Zh => zh_sum(&c, text)?,
                Language::En => {
                    let figure = c.get(1).or_else(|| c.get(2))?.as_str();
                    parse_plain(figure).or_else(|| english_number(figure))?
                }
            };
            // The arithmetic of a charge: its product is the charge, its first factor the base.
            if TIMES_AFTER.is_match(text.get(whole.end()..)?) {
                return None;
            }
            let before = ASIDE.replace_all(tail(text.get(..whole.start())?, CLAUSE), "");
            let before = match WORKING_BEFORE.find(&before) {
                Some(w) => before.get(..w.start())?.to_string(),
                None => before.into_owned(),
            };
            // A thousands comma inside a figure ("$8,000.00") parts no items.
            let in_figure = |m: &regex::Match| {
                m.as_str() == ","
                    && before[..m.start()].ends_with(|c: char| c.is_ascii_digit())
                    && before[m.end()..].starts_with(|c: char| c.is_ascii_digit())
            };
            let item = before
                .get(
                    breaks
                        .find_iter(&before)
                        .filter(|m| !in_figure(m))
                        .last()
                        .map_or(0, |m| m.end())..,
                )?
                .trim();
            label
                .find(item)
                .or_else(|| {
                    let bracketed = whole.as_str().starts_with(['(', '（'])
                        || text.get(..whole.start())?.trim_end().ends_with(['(', '（']);
                    label.find(worked_out_head(item).filter(|_| bracketed)?)
                })
                .map(|m| (m.as_str().to_string(), value))
        })
        .collect()
}

/// A charge stated with its working and then its sum in brackets ("default interest at 24% a
/// year on your balance of $8,000.00 for the 3 days ($15.78)", "penalty of 2% of the $410.00
/// instalment ($8.20)"): the label is the item's head, before the working's first figure.
fn worked_out_head(item: &str) -> Option<&str> {
    static PERCENT: LazyLock<Regex> = LazyLock::new(|| re(r"\d\s*%|(?i)\bper ?cent\b"));
    static LINK_END: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\s*(?:\b(?:at|of|is|was|the)\b|[@=:$£€])?\s*$"));
    let item = item.trim_end_matches(['(', '（']).trim_end();
    if !PERCENT.is_match(item) {
        return None;
    }
    let first_figure = item.find(|c: char| c.is_ascii_digit())?;
    let head = item.get(..first_figure)?;
    let head = head.get(..LINK_END.find(head).map_or(head.len(), |m| m.start()))?;
    (!head.trim().is_empty()).then_some(head.trim())
}

/// Every sum of money `text` names (`3,300元`, `¥300`, "$3,300.00"), in order.
pub(super) fn sums_in(text: &str, language: Language) -> Vec<Decimal> {
    let money = match language {
        Language::Zh => &*MONEY_ZH,
        Language::En => &*MONEY_EN,
    };
    money
        .captures_iter(text)
        .filter_map(|c| match language {
            Language::Zh => zh_sum(&c, text),
            Language::En => {
                let figure = c.get(1).or_else(|| c.get(2))?.as_str();
                parse_plain(figure).or_else(|| english_number(figure))
            }
        })
        .collect()
}

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

/// The last `chars` characters of `s`.
fn tail(s: &str, chars: usize) -> &str {
    let from = s
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &s[from..]
}

/// Where the last match of `re` in `s` ends.
fn last_end(re: Option<&Regex>, s: &str) -> Option<usize> {
    re?.find_iter(s).last().map(|m| m.end())
}

/// Is the sum at byte `start` of `text` demanded, by the words before it? Yes when a word for
/// owing stands before it in its clause with no word for the loan itself after it, or a linking
/// word stands right before the sum and the clause before names what is owed; no when a word for
/// the loan itself is the nearer; `None` when the words before say neither.
fn demand_before(text: &str, start: usize, words: &Words, breaks: &Regex) -> Option<bool> {
    let before = text.get(..start)?;
    let reach = tail(before, CLAUSE);
    let clause = &reach[breaks.find_iter(reach).last().map_or(0, |m| m.end())..];
    let window = tail(clause, WINDOW);
    let owing = last_end(words.owing.as_ref(), window);
    let loan = last_end(words.loan.as_ref(), window);
    match (owing, loan) {
        // A word for the loan ending with or after the word for owing is the nearer (`借款金额`).
        (Some(o), Some(l)) if l >= o => return Some(false),
        (Some(_), _) => return Some(true),
        (None, Some(_)) => return Some(false),
        (None, None) => {}
    }
    let lead = clause.trim_end();
    let linked = words.linking.as_ref().is_some_and(|l| {
        l.find_iter(lead)
            .last()
            .is_some_and(|m| m.end() == lead.len())
    });
    let subject = last_end(words.owing.as_ref(), lead);
    let loan = last_end(words.loan.as_ref(), lead);
    (linked && subject.is_some_and(|o| loan.is_none_or(|l| l < o))).then_some(true)
}

/// Is the sum ending at byte `end` of `text` followed by a word for owing (`is overdue`, `未还`)?
fn demand_after(text: &str, end: usize, words: &Words) -> bool {
    let (Some(after), Some(rest)) = (words.after.as_ref(), text.get(end..)) else {
        return false;
    };
    let rest = rest.trim_start();
    after.find(rest).is_some_and(|m| m.start() == 0)
}

/// One item of an itemised demand: a label and its figure alone on a line ("Late fees (3 x
/// $25.00) $75.00", "催收服务费：300.00元").
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[ \t]*[-•*·]?[ \t]*([^\n0-9$£€¥￥:：。；;!?！？]{2,40}?)(?:[ \t]*[(（][^)）\n]*[)）])?[ \t]*[:：]?[ \t]*(?:[$£€¥￥]|USD|GBP|EUR|RMB|人民币)?[ \t]*([0-9][0-9,]*(?:\.[0-9]{1,2})?)[ \t]*(?:元|块|(?i:dollars|pounds|euros))?[ \t]*$",
    )
});
/// An item that states the total of the others, or a sum paid or credited (which lowers what is
/// owed): with either, the items are not added up.
static ITEM_TOTAL_OR_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:total|subtotal|sum|paid|payments?\s+received|credits?|discounts?|waived|refund\w*)\b|合计|总计|共计|总额|小计|一共|已还|已付|已缴|减免|优惠|抵扣",
    )
});

/// The sum of an itemised demand that states no total: at least two lines, each an item and its
/// figure, right under a line with a word for owing ("The balance due today is:"), none of them
/// a total, a payment or a credit, and none naming the loan itself (what was borrowed).
fn itemised_sum(text: &str, words: &Words) -> Option<(usize, Decimal)> {
    let owing = words.owing.as_ref()?;
    let mut best: Option<(usize, Decimal)> = None;
    let mut heading: Option<&str> = None;
    let mut block: Vec<Decimal> = Vec::new();
    let mut block_start = 0;
    let mut broken = false;
    let mut offset = 0;
    let mut close = |block: &mut Vec<Decimal>, broken: bool, heading: Option<&str>, at: usize| {
        if block.len() >= 2 && !broken && heading.is_some_and(|h| owing.is_match(h)) {
            let sum: Decimal = block.iter().sum();
            if best.is_none_or(|(_, b)| sum > b) {
                best = Some((at, sum));
            }
        }
        block.clear();
    };
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        // A table row's outer bars ("| Late fee | $75.00 |") frame it; an inner one parts the
        // label from the figure.
        let trimmed = line.trim().trim_matches(['|', ' ', '\t']);
        if trimmed.is_empty() {
            continue;
        }
        match ITEM.captures(trimmed) {
            Some(c) => {
                let label = c.get(1).map_or("", |m| m.as_str());
                if block.is_empty() {
                    block_start = start;
                    broken = false;
                }
                broken |= ITEM_TOTAL_OR_CREDIT.is_match(label)
                    || words.loan.as_ref().is_some_and(|l| l.is_match(label));
                if let Some(v) = c.get(2).and_then(|m| parse_plain(m.as_str())) {
                    block.push(v);
                }
            }
            None => {
                close(&mut block, broken, heading, block_start);
                heading = Some(trimmed);
            }
        }
    }
    close(&mut block, broken, heading, block_start);
    best
}

/// Every sum demanded in `text` by the bundled words, in order.
pub fn demanded_amounts(text: &str, language: Language) -> Vec<Decimal> {
    super::MessageRules::bundled()
        .map(|r| r.demand.words.amounts(text, language))
        .unwrap_or_default()
}

/// The sum the message demands (as [`DemandWords::amount`] reads it), by the bundled words.
pub fn demanded_amount(text: &str, language: Language) -> Option<Decimal> {
    super::MessageRules::bundled()
        .ok()
        .and_then(|r| r.demand.words.amount(text, language))
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
    fn the_product_of_a_charges_working_is_the_charge_and_its_first_factor_the_base() {
        let label = re("(?:违约金|罚息|滞纳金)[:：]?$");
        let zh =
            "本期应还1,200.00元已逾期10天，违约金：1,200.00元×0.1%×10天=12.00元，合计1,212.00元。";
        assert_eq!(
            labelled_sums(zh, Language::Zh, &label),
            vec![("违约金：".to_string(), dec!(12))]
        );
        let label = re("(?i)(?:late charge|penalty interest)(?:\\s+of)?\\s*$");
        let en = "Your $1,410.00 instalment is late, and penalty interest at 2% a month on $1,410.00 for 10 days ($9.27) is added.";
        assert_eq!(
            labelled_sums(en, Language::En, &label),
            vec![("penalty interest".to_string(), dec!(9.27))]
        );
        let en = "Your payment of $300.00 is 5 days late; late charge $300.00 x 0.05% x 5 = $0.75.";
        let got = labelled_sums(en, Language::En, &label);
        assert_eq!(
            got.iter().map(|(_, v)| *v).collect::<Vec<_>>(),
            vec![dec!(0.75)]
        );
    }

    #[test]
    fn english_number_words() {
        assert_eq!(english_number("seven hundred twenty-five"), Some(dec!(725)));
        assert_eq!(english_number("a thousand and fifty"), Some(dec!(1050)));
        assert_eq!(english_number("two thousand"), Some(dec!(2000)));
        assert_eq!(english_number("loads"), None);
    }

    #[test]
    fn after_a_part_payment_the_sum_asked_is_what_is_left() {
        for (text, want) in [
            (
                "老周，上个月应还的3,000元你已经还了1,200元，还差1,800元，加上违约金50元，本周内一共还1,850元。",
                dec!(1850),
            ),
            (
                "您好，您本期账单应还4,560.00元，我行已扣款2,000.00元，剩余2,560.00元请于今日存入还款账户。",
                dec!(2560),
            ),
        ] {
            assert_eq!(demanded_amount(text, Language::Zh), Some(want), "{text}");
        }
        // No payment made: the largest sum asked stands.
        let text = "您本期应还4,560.00元已逾期，另需支付罚息12.00元，请尽快还款。";
        assert_eq!(demanded_amount(text, Language::Zh), Some(dec!(4560)));
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

    #[test]
    fn the_base_a_charge_is_worked_out_on_is_no_sum_asked() {
        for (text, want) in [
            (
                "您的借款已逾期，需支付滞纳金：以剩余本金8,000.00元为基数按日0.05%计收，共计20.00元，请今日内还款合计1,020.00元。",
                dec!(1020),
            ),
            (
                "逾期费用按应还总额3,000元的千分之五计算为15元，请尽快归还本息3,015元。",
                dec!(3015),
            ),
            (
                "您需缴纳违约金，违约金按借款本金6,000元计算，金额为120元，请于今日偿还合计620元。",
                dec!(620),
            ),
        ] {
            assert_eq!(demanded_amount(text, Language::Zh), Some(want), "{text}");
        }
        // A sum asked for is still one when no base words follow it.
        let text = "请按时还款，本期应还2,300元。";
        assert_eq!(demanded_amount(text, Language::Zh), Some(dec!(2300)));
        for (text, want) in [
            (
                "Your instalment of $410.00 is overdue. Penalty interest of 2% a month is now charged on the outstanding principal of $12,500.00. Pay $430.50 by Friday.",
                dec!(430.50),
            ),
            (
                "You owe a default fee worked out as 1% of your loan amount of £6,000.00, so please pay £360.00 today.",
                dec!(360),
            ),
        ] {
            assert_eq!(demanded_amount(text, Language::En), Some(want), "{text}");
        }
        let text = "Your balance of $1,150.00 is overdue; please pay it today.";
        assert_eq!(demanded_amount(text, Language::En), Some(dec!(1150)));
    }
}
