//! A fee's own full name: the contract's compound name (上牌抵押服务费, GPS安装服务费) rather than
//! the generic word the vocabulary matched (服务费). Given once every fee is read, so that the
//! reading itself matches fees by the generic word throughout.

use super::*;
use crate::pattern;

/// A clause's number (第六条), which opens the clause, not the name.
static CLAUSE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"第[0-9一二三四五六七八九十百]+[条章节款项部分]").expect("static regex")
});

/// The unit closing a figure (12万元, 500.00元), at the head of a run of name characters.
static FIGURE_UNIT: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^(?:万|亿|千)?(?:元|块)").expect("static regex"));

/// The figure right after a fee's name (`：人民币1,500.00元`, `¥1500`).
static FIGURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"^\s*[:：]?\s*(?:为|是)?\s*(?:人民币|RMB)?\s*[¥￥]?\s*([0-9][0-9,，]*(?:\.[0-9]+)?)",
    )
    .expect("static regex")
});

/// How many characters before the generic word may still be a part of the fee's name.
const MAX_PREFIX_CHARS: usize = 8;

/// The run of name characters (Han, Latin letters) right before byte `at` of `text`, cut after
/// the last word that belongs to the sentence rather than to the name.
fn name_prefix(text: &str, at: usize) -> &str {
    let before = text.get(..at).unwrap_or("");
    let run_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_name_char(*c))
        .last()
        .map_or(at, |(i, _)| i);
    let mut run = before.get(run_start..).unwrap_or("");
    // 合计：59,600.00元 / 车辆监管服务费: a column read on from the line above leaves the
    // previous figure's unit (元, 万元) at the head of the run; it ends that figure.
    let after_figure = before
        .get(..run_start)
        .and_then(|b| b.trim_end().chars().next_back())
        .is_some_and(|c| c.is_ascii_digit());
    if after_figure {
        run = FIGURE_UNIT
            .find(run)
            .map_or(run, |m| run.get(m.end()..).unwrap_or(""));
    }
    // The last stop word ends what belongs to the sentence.
    let cut = fee_name_prefix_stops()
        .iter()
        .filter_map(|w| run.rfind(w.as_str()).map(|i| i + w.len()))
        .chain(CLAUSE_NUMBER.find_iter(run).map(|m| m.end()))
        .max();
    if let Some(cut) = cut {
        run = joined_name(run, cut).unwrap_or_else(|| run.get(cut..).unwrap_or(""));
    }
    // A generic word inside the run (服务费 of 服务费用途…) is another name, not a prefix; a
    // period alone (月手续费率, 日服务费) says how often the fee is charged, not which it is.
    let period_only = matches!(run, "月" | "日" | "年" | "期" | "月度" | "年度");
    if run.chars().count() > MAX_PREFIX_CHARS || FEE_NAME.is_match(run) || period_only {
        return "";
    }
    run
}

/// A conjunction at `cut` of `run` that joins two words of one name (GPS安装及服务费: the
/// installation and the service of the GPS) rather than two fees (管理费及服务费): what stands
/// before it, back to the previous stop word, names no fee. The name from there, if so.
fn joined_name(run: &str, cut: usize) -> Option<&str> {
    let conjunction = ["及", "和", "与"]
        .iter()
        .find(|w| run.get(..cut).is_some_and(|h| h.ends_with(*w)))?;
    let head_end = cut - conjunction.len();
    let head_start = fee_name_prefix_stops()
        .iter()
        .filter_map(|w| run.get(..head_end)?.rfind(w.as_str()).map(|i| i + w.len()))
        .chain(
            CLAUSE_NUMBER
                .find_iter(run.get(..head_end)?)
                .map(|m| m.end()),
        )
        .max()
        .unwrap_or(0);
    let head = run.get(head_start..head_end)?;
    (!head.is_empty() && !head.contains('费')).then(|| run.get(head_start..))?
}

/// A lease's buy-out price of one yuan or less (以留购价1元取回, 名义货价1元): the token price
/// of the title's transfer, no cost of the credit; a real price (留购价款100元) is a charge.
pub(super) fn token_buy_out(name: &str, amount: Option<Decimal>) -> bool {
    let buy_out = ["留购价", "名义货价"].iter().any(|w| name.contains(w));
    buy_out && amount.is_some_and(|a| a > Decimal::ZERO && a <= Decimal::ONE)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{4e00}'..='\u{9fff}')
}

impl Extractor<'_> {
    /// Each fee takes the full name its sentence gives it, when every mention there gives one
    /// and the same one (two different prefixes: which is this fee's is not guessed).
    pub(in super::super) fn full_fee_names(&mut self) {
        for fee in &mut self.terms.fees {
            let text = super::script::for_matching(&fee.evidence.text);
            // Two fees of one generic word in a sentence (GPS安装及服务费1,500元、融资服务费3,000元):
            // each takes the name of the mention its own amount follows.
            let figured: Vec<(usize, Option<Decimal>)> = text
                .match_indices(fee.name.as_str())
                .filter_map(|(at, n)| {
                    let after = text.get(at + n.len()..).unwrap_or("");
                    let v = FIGURE_AFTER.captures(after)?;
                    Some((at, parse_decimal(&v[1].replace([',', '，'], ""))))
                })
                .collect();
            let by_amount: Vec<String> = figured
                .iter()
                .filter(|(_, v)| v.is_some() && *v == fee.amount)
                .map(|(at, _)| format!("{}{}", name_prefix(&text, *at), fee.name))
                .collect();
            if let (true, [only]) = (figured.len() >= 2, by_amount.as_slice()) {
                fee.name = only.clone();
                continue;
            }
            let mut full: Vec<String> = text
                .match_indices(fee.name.as_str())
                .map(|(at, _)| format!("{}{}", name_prefix(&text, at), fee.name))
                .filter(|n| *n != fee.name)
                .collect();
            full.sort();
            full.dedup();
            if let [only] = full.as_slice() {
                fee.name = only.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::name_prefix;

    fn named(text: &str, generic: &str) -> String {
        let at = text.find(generic).unwrap_or(0);
        format!("{}{generic}", name_prefix(text, at))
    }

    #[test]
    fn the_words_right_before_a_fee_name_it() {
        assert_eq!(
            named("车架号:LV  上牌抵押服务费:1,800.00元", "服务费"),
            "上牌抵押服务费"
        );
        assert_eq!(
            named("装置,GPS安装服务费980.00元", "服务费"),
            "GPS安装服务费"
        );
        assert_eq!(named("借款人应向丙方支付服务费800元", "服务费"), "服务费");
        assert_eq!(named("本合同项下的服务费", "服务费"), "服务费");
        assert_eq!(named("每期手续费率0.62%", "手续费"), "手续费");
        assert_eq!(named("服务费800元", "服务费"), "服务费");
        assert_eq!(
            named("直接扣除GPS安装及服务费1,500.00元", "服务费"),
            "GPS安装及服务费"
        );
        assert_eq!(named("收取管理费及服务费各500元", "服务费"), "服务费");
        assert_eq!(named("第六条担保费1,200元", "担保费"), "担保费");
        assert_eq!(named("另有一笔平台服务费", "平台服务费"), "平台服务费");
    }
}
