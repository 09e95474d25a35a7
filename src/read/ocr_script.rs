//! A line of a Chinese page that `chi_sim+eng` read as Latin garbage, read again in Chinese.
//!
//! With both models loaded, tesseract sometimes takes a whole line of plain Chinese type for
//! capitals (`月息捌厘，借期六个月` read as `ATSB. ASE, EAA,` at confidence 25-43), at the
//! page's own scale and larger alike, while the lines around it read well. Such a line has no
//! Chinese left for the other retries to anchor on, and no figure. `chi_sim` alone has no
//! Latin to prefer and reads the same pixels as Chinese. So, on a page that is mostly
//! Chinese, a line of short Latin "words" with no digit and no English word is cut out and
//! read again with `chi_sim` only (all such lines stacked into one image: one tesseract run),
//! then once more at twice the size for the lines the first re-read did not settle. A
//! re-reading replaces its line only when it is clearly better: mostly Chinese, more Chinese
//! characters than before, and read with a plausible confidence, higher than the garbage's.
//! A row of an app's screen whose Chinese label reads well and whose value comes out as
//! capitals (`借款期限 124A` for `12个月`, `还款方式 SHAS` for `等额本息`) is read again the same way.
//!
//! Nothing is invented: the words keep tesseract's confidence (an uncertain glyph stays
//! uncertain, and the figure checks downstream still apply).

use std::collections::HashSet;
use std::sync::OnceLock;

use image::GrayImage;

use super::document::is_cjk_like;
use super::ocr_retry::{
    CJK_SHARE, Ocr, SURE_CJK, TsvWord, lines, mean_confidence, reread_lines, splice,
};

/// Chinese characters read with confidence that make a page Chinese.
const SURE_CJK_ON_PAGE: usize = 8;
/// Most garbage lines re-read on one page.
const MAX_GARBAGE_LINES: usize = 8;
/// A re-reading below this mean confidence is no better than the garbage it replaces.
const PLAUSIBLE: f64 = 70.0;
/// Longest Latin "word" (letters) that counts as short: Chinese glyphs taken for capitals
/// come out as runs of two to five letters, one a glyph or two; English headings in
/// capitals have longer words (`DEFERRED DEPOSIT TRANSACTION RECEIPT`).
const SHORT_WORD: usize = 5;
/// The scales each line is read at, in turn: its own, then twice the size.
const SCALES: [u32; 2] = [1, 2];

/// Common English words (lower case), one a line.
fn english_words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("data/english_words.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether the texts of a line's words are Latin garbage for a Chinese page: at least two
/// words, most of them short runs of Latin letters, mostly capitals (what glyphs are taken
/// for; a name or a greeting is in lower case), mostly Latin rather than Chinese, no digit,
/// and no English word of two letters or more.
pub(super) fn latin_garbage(texts: &[&str]) -> bool {
    let all = || texts.iter().flat_map(|t| t.chars());
    if all().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let latin = all().filter(char::is_ascii_alphabetic).count();
    let capitals = all().filter(char::is_ascii_uppercase).count();
    let cjk = all()
        .filter(|&c| is_cjk_like(c) && c.is_alphabetic())
        .count();
    if latin == 0 || cjk * 2 >= latin || capitals * 2 < latin {
        return false;
    }
    let words: Vec<String> = texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let known = english_words();
    if words.len() < 2
        || words
            .iter()
            .any(|w| w.len() >= 2 && known.contains(w.as_str()))
    {
        return false;
    }
    let short = words.iter().filter(|w| w.len() <= SHORT_WORD).count();
    short * 3 >= words.len() * 2
}

/// Units, currencies and rate names a Chinese value cell writes in capitals, read right.
const CAPITAL_TOKENS: [&str; 20] = [
    "RMB", "CNY", "USD", "HKD", "EUR", "GBP", "JPY", "APR", "LPR", "IRR", "BP", "ID", "APP", "VIP",
    "NO", "AM", "PM", "POS", "ATM", "VISA",
];

/// Whether a line is a value read as Latin capitals, after its Chinese label or alone (a bank
/// app's row `借款期限 12个月` read `借款期限 124A`, `还款方式 等额本息` read `SHAS` in a column
/// of its own): the label's words, if any, hold Chinese and no Latin letter or digit, at least
/// two Chinese characters in all; the value's words hold no Chinese, no lower-case letter (a
/// name or a word), and a capital that is no unit, currency or rate name (`RMB`, `LPR+50BP`).
pub(super) fn latin_garbage_value(texts: &[&str]) -> bool {
    let chinese = |c: char| is_cjk_like(c) && c.is_alphabetic();
    let label_len = texts
        .iter()
        .take_while(|t| t.chars().any(chinese) && !t.chars().any(|c| c.is_ascii_alphanumeric()))
        .count();
    let (label, value) = texts.split_at(label_len);
    let label_cjk = label
        .iter()
        .flat_map(|t| t.chars())
        .filter(|&c| chinese(c))
        .count();
    if (label_len > 0 && label_cjk < 2) || value.is_empty() {
        return false;
    }
    let chars = || value.iter().flat_map(|t| t.chars());
    if chars().any(|c| chinese(c) || c.is_ascii_lowercase()) {
        return false;
    }
    value
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_ascii_alphabetic()))
        .any(|w| !w.is_empty() && !CAPITAL_TOKENS.contains(&w))
}

/// Whether the page's words are mostly Chinese, with enough read confidently to be sure.
fn page_is_chinese(words: &[TsvWord]) -> bool {
    let chars = || words.iter().flat_map(|w| w.text.chars());
    let cjk = chars()
        .filter(|&c| is_cjk_like(c) && c.is_alphabetic())
        .count();
    let latin = chars().filter(char::is_ascii_alphabetic).count();
    let sure: usize = words
        .iter()
        .filter(|w| w.confidence >= SURE_CJK)
        .map(|w| w.text.chars().filter(|&c| is_cjk_like(c)).count())
        .sum();
    sure >= SURE_CJK_ON_PAGE && cjk as f64 >= CJK_SHARE * (cjk + latin) as f64
}

/// Whether `new` is clearly a better reading of a line than the garbage `old`: mostly
/// Chinese, with more Chinese characters, and a plausible confidence higher than `old`'s.
fn clearly_better(old: &[TsvWord], new: &[TsvWord]) -> bool {
    let count = |ws: &[TsvWord], f: &dyn Fn(char) -> bool| -> usize {
        ws.iter()
            .map(|w| w.text.chars().filter(|&c| f(c)).count())
            .sum()
    };
    let chinese = |c: char| is_cjk_like(c) && c.is_alphabetic();
    let (old_cjk, new_cjk) = (count(old, &chinese), count(new, &chinese));
    let new_latin = count(new, &|c| c.is_ascii_alphabetic());
    let confidence = mean_confidence(new);
    new_cjk > new_latin
        && new_cjk >= old_cjk + 2
        && confidence >= PLAUSIBLE
        && confidence > mean_confidence(old)
}

/// The page's words with each line of Latin garbage replaced by its reading in Chinese
/// (`ocr_chinese` reads with `chi_sim` only), where that reading is clearly better. At most
/// [`MAX_GARBAGE_LINES`] lines and one tesseract run per scale.
pub fn reread_garbage_lines(
    img: &GrayImage,
    words: Vec<TsvWord>,
    ocr_chinese: &mut Ocr<'_>,
) -> Vec<TsvWord> {
    if !page_is_chinese(&words) {
        return words;
    }
    let mut pending: Vec<std::ops::Range<usize>> = lines(&words)
        .into_iter()
        .filter(|r| {
            let texts: Vec<&str> = words[r.clone()].iter().map(|w| w.text.as_str()).collect();
            let words = &words[r.clone()];
            // A value cell alone on its line (the screen's columns read as blocks) is read
            // again only when tesseract was unsure of it.
            let labelled = words
                .first()
                .is_some_and(|w| w.text.chars().any(is_cjk_like));
            latin_garbage(&texts)
                || (latin_garbage_value(&texts) && (labelled || mean_confidence(words) < PLAUSIBLE))
        })
        .take(MAX_GARBAGE_LINES)
        .collect();
    let mut replaced = Vec::new();
    for scale in SCALES {
        if pending.is_empty() {
            break;
        }
        let targets: Vec<_> = pending.iter().map(|r| (r.clone(), scale)).collect();
        for (range, line) in reread_lines(img, &words, &targets, ocr_chinese) {
            if clearly_better(&words[range.clone()], &line) {
                pending.retain(|r| *r != range);
                replaced.push((range, line));
            }
        }
    }
    replaced.sort_by_key(|(range, _)| range.start);
    splice(words, replaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(line: u32, conf: f64, text: &str) -> TsvWord {
        crate::read::ocr_retry::tests::word(line, 0, i64::from(line) * 30, conf, text)
    }

    fn garbage(line: &str) -> bool {
        let texts: Vec<&str> = line.split_whitespace().collect();
        latin_garbage(&texts)
    }

    #[test]
    fn chinese_read_as_capitals_is_garbage() {
        // Lines of Chinese screenshots as `chi_sim+eng` read them (zh-y06 at its own size,
        // at four times it, and an SMS at device scale 2).
        for line in [
            "ATSB. ASE, EAA,",
            "ATER. ASHE, HATA,",
            "AFR. ASE, faRAASA,",
            "IKEA, EAL ROMS",
            "GER Bok",
        ] {
            assert!(garbage(line), "{line}");
        }
    }

    #[test]
    fn a_chinese_label_with_its_value_read_as_capitals_is_garbage() {
        let value = |line: &str| {
            let texts: Vec<&str> = line.split_whitespace().collect();
            latin_garbage_value(&texts)
        };
        for line in [
            "贷款期限 36EA",
            "还款方式 FHKE",
            "计 息 方式 ： BRA",
            "分期 期数 OHS",
            "SHAS",
            "124A",
        ] {
            assert!(value(line), "{line}");
        }
        for line in [
            "年利率 LPR+50BP",
            "借款金额 ¥40,000.00",
            "币种 RMB",
            "收款账户 江城银行 尾号6172",
            "借款人 张三",
            "客户经理 Zhang Wei",
            "还款方式 等额本息",
            "RMB 40,000.00",
            "¥3,403.26",
        ] {
            assert!(!value(line), "{line}");
        }
    }

    #[test]
    fn good_lines_of_chinese_pages_are_not_garbage() {
        for line in [
            "用于 店面 装修 。 月 息 抽 厘 ， 借 期 六 个 月 ，",
            "今借到 温国栋 人民币叁万伍仟元整 (Y35,000.00 ) ,",
            "身份 证 号 : 4401XxXxxxxxxxx2231",
            "于 2026 年 3 月 3 日 前 连本 带 息 一 次 还 清",
            // Latin among Chinese, or an app's name: not mostly Latin.
            "【速借花】 张晓明您好 APP",
            "年 利率 ( BA) 为 3.6%，",
            // One stray word is no line of garbage.
            "Bok",
        ] {
            assert!(!garbage(line), "{line}");
        }
    }

    #[test]
    fn english_lines_are_not_garbage() {
        // Lines of the fresh corpus's English contracts: short, without digits or common
        // words; headings in capitals, names and greetings.
        for line in [
            "RETAIL INSTALLMENT CONTRACT - HOME IMPROVEMENT",
            "Borrower: Dana K. Whitfield",
            "ANNUAL PERCENTAGE RATE",
            "The cost of your credit as a yearly rate.",
            "Itemization of Amount Financed",
            "PERSONAL GUARANTY",
            "DEFERRED DEPOSIT TRANSACTION RECEIPT",
            "WAGE DEDUCTION ORDER",
            "SMALL CLAIM - JUDGMENT",
            "ARTICLE III - DEFAULT",
            "MOTORFUNDS UK LIMITED",
            "DESMOND A. FOSTER,",
            "Hon. M. Alvarez, J.S.C.",
            "Hi Jordan,",
            "Dear Ms. Tanaka,",
            "Love, Dan",
            "Item | Detail",
            "Signed: S. Kelly",
            "[ Confirm order ]",
            "Keystone Rewards Visa — Statement",
        ] {
            assert!(!garbage(line), "{line}");
        }
    }

    #[test]
    fn only_a_clearly_better_reading_replaces_garbage() {
        let old = [
            word(3, 25.0, "ATSB."),
            word(3, 34.4, "ASE,"),
            word(3, 43.6, "EAA,"),
        ];
        let chinese = |conf: f64| -> Vec<TsvWord> {
            [
                "用", "于", "店面", "装修", "。", "月", "息", "抽", "厘", "，", "借", "期",
            ]
            .iter()
            .map(|t| word(3, conf, t))
            .collect()
        };
        assert!(clearly_better(&old, &chinese(87.0)));
        // Chinese read without confidence is guessing too.
        assert!(!clearly_better(&old, &chinese(40.0)));
        // Other Latin letters, however sure, are no better.
        let latin = [word(3, 95.0, "ATSB."), word(3, 95.0, "ASE,")];
        assert!(!clearly_better(&old, &latin));
        // One character is not clearly more Chinese.
        assert!(!clearly_better(&old, &[word(3, 95.0, "用")]));
    }

    /// A page of sure Chinese lines with line 2 read as Latin garbage.
    fn page_with_garbage() -> Vec<TsvWord> {
        let mut words = vec![word(1, 93.0, "今借到"), word(1, 92.0, "人民币叁万元整")];
        words.extend(["ATSB.", "ASE,", "EAA,"].map(|t| word(2, 34.0, t)));
        words.extend([word(3, 96.0, "于"), word(3, 93.0, "连本带息一次还清")]);
        words
    }

    #[test]
    fn a_garbage_line_is_read_again_in_chinese_larger_when_needed() {
        let img = GrayImage::from_pixel(400, 200, image::Luma([255]));
        let mut heights = Vec::new();
        // A stand-in for tesseract: one line in the middle of the stacked image, read
        // without confidence at the first size and well at the second.
        let mut ocr = |stack: &GrayImage, _psm: &str| -> Option<Vec<TsvWord>> {
            heights.push(stack.height());
            let conf = if heights.len() == 1 { 30.0 } else { 90.0 };
            let middle = i64::from(stack.height()) / 2;
            let read = ["月息", "捌厘", "借期", "六个月"].map(|t| TsvWord {
                top: middle - 5,
                height: 10,
                ..word(9, conf, t)
            });
            Some(read.to_vec())
        };
        let out = reread_garbage_lines(&img, page_with_garbage(), &mut ocr);
        let texts: Vec<&str> = out.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "今借到",
                "人民币叁万元整",
                "月息",
                "捌厘",
                "借期",
                "六个月",
                "于",
                "连本带息一次还清"
            ]
        );
        // Read twice, the second time twice as large; the new words keep the line's key.
        assert_eq!(heights.len(), 2);
        assert_eq!(heights[1], heights[0] * 2);
        assert!(out[2..6].iter().all(|w| w.key == (1, 1, 2)));
    }

    #[test]
    fn no_reading_leaves_the_page_as_it_was() {
        let img = GrayImage::from_pixel(400, 200, image::Luma([255]));
        let mut calls = 0;
        let mut ocr = |_: &GrayImage, _: &str| -> Option<Vec<TsvWord>> {
            calls += 1;
            None
        };
        assert_eq!(
            reread_garbage_lines(&img, page_with_garbage(), &mut ocr),
            page_with_garbage()
        );
        assert_eq!(calls, 2);
        // An English page is not read again at all.
        let english: Vec<TsvWord> = ["ATSB.", "ASE,", "EAA,"].map(|t| word(1, 34.0, t)).to_vec();
        let mut never = |_: &GrayImage, _: &str| -> Option<Vec<TsvWord>> { panic!("read") };
        assert_eq!(
            reread_garbage_lines(&img, english.clone(), &mut never),
            english
        );
    }

    #[test]
    fn an_english_page_is_not_chinese() {
        let english: Vec<TsvWord> = "The cost of your credit as a yearly rate"
            .split(' ')
            .map(|t| word(1, 95.0, t))
            .collect();
        assert!(!page_is_chinese(&english));
        let chinese: Vec<TsvWord> = ["借款人", "陶建军", "身份证号", "ATSB.", "ASE,"]
            .iter()
            .map(|t| word(1, 92.0, t))
            .collect();
        assert!(page_is_chinese(&chinese));
    }
}
