//! Places abroad whose own law governs a loan written in Chinese and which no bundled ruleset
//! covers (Thailand, Japan, Korea, Vietnam, Malaysia …), kept as data in
//! `data/foreign_places.tsv`: their currencies and their names, for the extractor to tell the
//! contract's currency and governing law, and for the checker to say the contract is out of
//! the mainland rules' scope instead of judging it by them.

use std::sync::LazyLock;

use regex::Regex;

/// One place abroad: its code, its currency, its name, and the Chinese words for both.
#[derive(Debug)]
pub struct ForeignPlace {
    /// ISO 3166 code (`TH`).
    pub code: String,
    /// ISO 4217 code of its currency (`THB`).
    pub currency: String,
    /// English name, for the report (`Thailand`).
    pub name: String,
    /// Words for its currency (`泰铢`), counted beside a figure.
    pub money_words: Vec<String>,
    /// Words for the place (`泰国`, `泰王国`), as a governing law or a court names it.
    pub place_words: Vec<String>,
}

/// The table, parsed once.
pub static FOREIGN_PLACES: LazyLock<Vec<ForeignPlace>> = LazyLock::new(|| {
    include_str!("data/foreign_places.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let words = |k: usize| -> Vec<String> {
                cols.get(k)
                    .map(|c| c.split('|').map(str::trim).map(String::from).collect())
                    .unwrap_or_default()
            };
            Some(ForeignPlace {
                code: (*cols.first()?).to_string(),
                currency: (*cols.get(1)?).to_string(),
                name: (*cols.get(2)?).to_string(),
                money_words: words(3),
                place_words: words(4),
            })
        })
        .collect()
});

/// The place whose currency is `currency` (`THB` -> Thailand).
pub fn place_of_currency(currency: &str) -> Option<&'static ForeignPlace> {
    FOREIGN_PLACES.iter().find(|p| p.currency == currency)
}

/// The place of code `code` (`TH`).
pub fn place_of_code(code: &str) -> Option<&'static ForeignPlace> {
    FOREIGN_PLACES.iter().find(|p| p.code == code)
}

/// An alternation of `words`, longest first (印度尼西亚 before 印度), escaped.
fn alternation<'a>(words: impl Iterator<Item = &'a String>) -> String {
    let mut w: Vec<&String> = words.filter(|w| !w.is_empty()).collect();
    w.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    w.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// The currency words of every place abroad as one regex alternation, longest first, for the
/// amount patterns to take `30,000泰铢` and `越南盾 30,000,000` for money.
pub fn money_alternation() -> String {
    alternation(FOREIGN_PLACES.iter().flat_map(|p| p.money_words.iter()))
}

/// A currency word beside a figure (`30,000.00泰铢`, `韩元 500,000`); ASCII codes need a word
/// edge (`THB`).
static MONEY_BESIDE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(FOREIGN_PLACES.iter().flat_map(|p| p.money_words.iter()));
    crate::pattern::regex(&format!(
        r"[0-9][万千百]?\s*(?P<a>{words})|(?P<b>{words})\s*[0-9]"
    ))
    .expect("foreign money regex")
});

/// A governing law or a court of a place abroad: `泰王国法律`, `适用日本国法律`, `曼谷民事法院`,
/// `新加坡国际仲裁中心`.
static FOREIGN_LAW: LazyLock<Regex> = LazyLock::new(|| {
    let words = alternation(FOREIGN_PLACES.iter().flat_map(|p| p.place_words.iter()));
    crate::pattern::regex(&format!(
        r"(?P<p>{words})[^。;；,，\n]{{0,8}}?(?:法律|法规|民法|民商法|法院|仲裁)"
    ))
    .expect("foreign law regex")
});

/// The place whose word `word` is, in column `pick` of the table.
fn place_with_word(
    word: &str,
    pick: fn(&ForeignPlace) -> &Vec<String>,
) -> Option<&'static ForeignPlace> {
    FOREIGN_PLACES
        .iter()
        .find(|p| pick(p).iter().any(|w| w == word))
}

/// How many times each foreign currency stands beside a figure in `text`: (currency code,
/// count), in the order first seen.
pub fn money_counts(text: &str) -> Vec<(&'static str, usize)> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for c in MONEY_BESIDE_FIGURE.captures_iter(text) {
        let Some(m) = c.name("a").or_else(|| c.name("b")) else {
            continue;
        };
        // An ASCII code inside a longer word (`MYTHB`) is not one.
        if m.as_str().is_ascii() && ascii_glued(text, m.start(), m.end()) {
            continue;
        }
        let Some(place) = place_with_word(m.as_str(), |p| &p.money_words) else {
            continue;
        };
        match counts.iter_mut().find(|(k, _)| *k == place.currency) {
            Some(slot) => slot.1 += 1,
            None => counts.push((place.currency.as_str(), 1)),
        }
    }
    counts
}

fn ascii_glued(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    before.is_some_and(|c| c.is_ascii_alphabetic())
        || after.is_some_and(|c| c.is_ascii_alphabetic())
}

/// The governing laws and courts abroad that `text` names: (place code, byte range).
pub fn law_mentions(text: &str) -> Vec<(&'static str, usize, usize)> {
    FOREIGN_LAW
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let place = place_with_word(c.name("p")?.as_str(), |p| &p.place_words)?;
            Some((place.code.as_str(), m.start(), m.end()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_finds_money_and_law() {
        assert_eq!(
            place_of_currency("THB").map(|p| p.code.as_str()),
            Some("TH")
        );
        assert_eq!(
            place_of_code("VN").map(|p| p.name.as_str()),
            Some("Vietnam")
        );
        assert_eq!(
            money_counts("借款金额：30,000.00泰铢；每期2,836.79泰铢"),
            [("THB", 2)]
        );
        assert_eq!(money_counts("越南盾 5,000,000"), [("VND", 1)]);
        // A place named in passing is no currency.
        assert!(money_counts("借款人为泰国居民，借款30,000元").is_empty());
        let law = law_mentions("适用法律：泰王国法律");
        assert_eq!(law.first().map(|l| l.0), Some("TH"));
        // Indonesia, not India.
        let law = law_mentions("由印度尼西亚雅加达地方法院管辖");
        assert_eq!(law.first().map(|l| l.0), Some("ID"));
        assert!(law_mentions("借款人系泰国居民，现居上海").is_empty());
        // Central Asia: the tenge, and a court of Almaty; a Chinese prefecture named after the
        // Kazakhs is no foreign court.
        assert_eq!(money_counts("本金3,000,000坚戈"), [("KZT", 1)]);
        let law = law_mentions("争议由阿拉木图市专门经济法院管辖");
        assert_eq!(law.first().map(|l| l.0), Some("KZ"));
        assert!(law_mentions("由伊犁哈萨克自治州中级人民法院管辖").is_empty());
        assert!(law_mentions("由内蒙古自治区高级人民法院管辖").is_empty());
    }
}
