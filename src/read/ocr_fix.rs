//! Known OCR misreadings in money phrases and dates, repaired where the context leaves one reading.
//!
//! Tesseract's `chi_sim` model reads the capital numerals of an amount in words poorly
//! (`壹` as `喜`/`过`, `仟` as `什`/`任`, `贰` as `融`) and the yuan sign as `Y`, `#`, `半`
//! or `关`. Four repairs, each only where nothing else could be meant:
//! - between `人民币` and `元`, a run that becomes all capital numerals once the known
//!   confusions are mapped is rewritten (`人民币伍任元整` -> `人民币伍仟元整`);
//! - a stray sign between an opening bracket and a figure is the yuan sign
//!   (`〈(半5,000.00` -> `(¥5,000.00`);
//! - so is a `Y` (or a look-alike) after a Chinese label's colon, before a figure written as
//!   money (`学费: Y4,800.00` -> `学费: ¥4,800.00`; `型号: Y100` stays), and a `Y` right
//!   after a Chinese label or its row's blank (`总手续费  Y864.00`);
//! - a run of opening brackets with a misread one (`《(〈`), closed by a round `)`, is one
//!   round bracket (`出借人《(〈以下简称甲方)` -> `出借人(以下简称甲方)`);
//! - `日` read as `8` after a month (`2025年10月108.`), where the figure with the `8` is no
//!   day and without it is one;
//! - the per-mille sign read as `%o` after a figure (`月利率: 6%o` -> `6‰`), where no
//!   letter follows (`5%of` stays);
//! - thousands commas read as full stops in a figure with two points or more
//!   (`20.000.00元` -> `20,000.00元`): a figure has one decimal point, the last;
//! - `逾` of `逾期` read as a look-alike (`造期利息`, `按适期本金`, `这期还款的`) before the
//!   words only an overdue clause puts there.
//!
//! - a capital numeral of a rate in 分 or 厘 (`月息捌厘`, `年息壹分`) read as a look-alike
//!   (`月息抽厘`): between the rate's label and its unit only a numeral can stand;
//!
//! - a dot leader between a label and its figure read partly as letters (`Instant fee wo...
//!   eee $3.99`): short runs of the letters dots are misread as, beside a run of dots, become
//!   dots again (`Instant fee ...... ... $3.99`).
//!
//! Every repaired character is a guess: the caller marks the words it touched uncertain.

use super::document::is_cjk_like;
use crate::pattern;

/// Capital numerals and units of an amount in words (大写).
const CAPITALS: &str = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿";

/// Misreadings of a capital numeral seen from tesseract `chi_sim`, and what they stand for.
const CONFUSIONS: &[(char, char)] = &[
    ('喜', '壹'),
    ('吉', '壹'),
    ('过', '壹'),
    ('壶', '壹'),
    ('青', '壹'),
    ('什', '仟'),
    ('任', '仟'),
    ('融', '贰'),
    ('式', '贰'),
    ('贡', '贰'),
    ('制', '捌'),
    ('参', '叁'),
    ('玫', '玖'),
    ('恰', '拾'),
    ('伯', '佰'),
    ('抽', '捌'),
];

/// Signs the yuan sign `¥` is misread as, between a bracket and a figure.
const YUAN_MISREADS: &[char] = &['Y', '#', '半', '关', 'X', '羊', '芏', '¥'];

/// One repair: replace bytes `start..end` of the text with `with`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub with: String,
}

/// The repairs for `text`, in text order, not overlapping.
pub fn repairs(text: &str) -> Vec<Edit> {
    let mut edits = capital_numerals(text);
    edits.extend(yuan_signs(text));
    edits.extend(labelled_yuan_signs(text));
    edits.extend(round_brackets(text));
    edits.extend(day_signs(text));
    edits.extend(per_mille_signs(text));
    edits.extend(thousands_points(text));
    edits.extend(overdue_words(text));
    edits.extend(rate_numerals(text));
    edits.extend(dot_leaders(text));
    edits.sort_by_key(|e| e.start);
    edits.dedup_by(|later, earlier| later.start < earlier.end);
    edits
}

/// Apply `edits` (from [`repairs`]) to `text`.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        out.push_str(text.get(at..e.start).unwrap_or_default());
        out.push_str(&e.with);
        at = e.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// Where byte `b` of the original text lands after `edits` (a byte inside an edit moves to
/// the edit's end when it is an end, its start otherwise).
pub fn shift(b: usize, edits: &[Edit], is_end: bool) -> usize {
    let mut delta: isize = 0;
    for e in edits {
        if e.end <= b || (is_end && e.start < b) {
            delta += e.with.len() as isize - (e.end - e.start) as isize;
        }
    }
    b.saturating_add_signed(delta)
}

fn capital_numerals(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (i, _) in text.match_indices("人民币") {
        let start = i + "人民币".len();
        let Some(rest) = text.get(start..) else {
            continue;
        };
        let Some(len) = rest
            .char_indices()
            .take(14)
            .find(|&(_, c)| c == '元' || c == '圆')
            .map(|(at, _)| at)
        else {
            continue;
        };
        let run = &rest[..len];
        if let Some(words) = words_of_figure_after(&rest[len..])
            .filter(|w| agrees_where_read(run, w) && w.as_str() != run)
        {
            edits.push(Edit {
                start,
                end: start + len,
                with: words,
            });
            continue;
        }
        let mapped: String = run
            .chars()
            .map(|c| {
                CONFUSIONS
                    .iter()
                    .find(|(bad, _)| *bad == c)
                    .map_or(c, |(_, good)| *good)
            })
            .collect();
        if !run.is_empty() && mapped != run && mapped.chars().all(|c| CAPITALS.contains(c)) {
            edits.push(Edit {
                start,
                end: start + len,
                with: mapped,
            });
        }
    }
    edits
}

/// The amount in words of the whole-yuan figure that follows (`整(¥ 800.00)` -> `捌佰`),
/// looked for within a few characters.
fn words_of_figure_after(after: &str) -> Option<String> {
    let window: String = after.chars().take(12).collect();
    let start = window.find(|c: char| c.is_ascii_digit())?;
    let figure: String = window[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let (whole, cents) = figure.split_once('.').unwrap_or((&figure, ""));
    if !cents.chars().all(|c| c == '0') {
        return None;
    }
    capitals(whole.replace(',', "").parse().ok()?)
}

/// Whether `run` (as OCR read it) has the length of `words` and matches it at every
/// character OCR read as a capital numeral.
fn agrees_where_read(run: &str, words: &str) -> bool {
    run.chars().count() == words.chars().count()
        && run
            .chars()
            .zip(words.chars())
            .all(|(r, w)| r == w || !CAPITALS.contains(r))
}

/// A whole number of yuan in capital numerals, below 100 million (`10500` -> `壹万零伍佰`).
fn capitals(n: u64) -> Option<String> {
    if n == 0 || n >= 100_000_000 {
        return None;
    }
    let (high, low) = (n / 10_000, n % 10_000);
    let mut out = String::new();
    if high > 0 {
        out.push_str(&section(high));
        out.push('万');
        if low > 0 && low < 1000 {
            out.push('零');
        }
    }
    if low > 0 {
        out.push_str(&section(low));
    }
    Some(out)
}

/// Below 10000: digits with 仟佰拾, one 零 for a gap, none at the end.
fn section(n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
    const UNITS: [&str; 4] = ["仟", "佰", "拾", ""];
    let mut out = String::new();
    let mut gap = false;
    for (i, unit) in UNITS.iter().enumerate() {
        let d = (n / 10u64.pow(3 - i as u32) % 10) as usize;
        if d == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        out.push(DIGITS[d]);
        out.push_str(unit);
    }
    out
}

/// Openers OCR reads a full-width `（` as, alone or in a run (`出借人《(〈以下简称甲方)`).
const OPEN_MISREADS: &[char] = &['《', '〈', '<', '(', '（', '«'];

/// A run of opening brackets after Chinese text that holds a misread one (`《`, `〈`, `<`)
/// and is closed by a round `)` (a book title closes with `》`) within a short phrase is one
/// round bracket: `出借人《(〈以下简称甲方)` -> `出借人(以下简称甲方)`.
fn round_brackets(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let after_chinese =
            i > 0 && is_cjk_like(chars[i - 1].1) && !OPEN_MISREADS.contains(&chars[i - 1].1);
        let mut j = i;
        while j < chars.len() && j < i + 3 && OPEN_MISREADS.contains(&chars[j].1) {
            j += 1;
        }
        if !after_chinese || j == i {
            i += 1;
            continue;
        }
        let run: String = chars[i..j].iter().map(|&(_, c)| c).collect();
        let misread = run.chars().any(|c| matches!(c, '《' | '〈' | '<' | '«'));
        let closer = chars[j..]
            .iter()
            .take(16)
            .map(|&(_, c)| c)
            .find(|c| matches!(c, ')' | '）' | '》' | '〉' | '>' | '»' | '\n'));
        if misread && matches!(closer, Some(')' | '）')) && run != "(" {
            let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
            edits.push(Edit {
                start: chars[i].0,
                end,
                with: "(".into(),
            });
        }
        i = j;
    }
    edits
}

fn yuan_signs(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while let Some(&(open_at, open)) = chars.get(i) {
        // Only after Chinese text (`元整(`): an English `(X 5)` is no yuan sign.
        let after_chinese = text[..open_at]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(is_cjk_like);
        if !matches!(open, '(' | '〈') || !after_chinese {
            i += 1;
            continue;
        }
        // Brackets and spaces, then one or two misread signs, spaces, then a digit.
        let mut j = i + 1;
        while chars
            .get(j)
            .is_some_and(|&(_, c)| matches!(c, '(' | '〈' | ' '))
        {
            j += 1;
        }
        let signs = j;
        while j < signs + 2
            && chars
                .get(j)
                .is_some_and(|&(_, c)| YUAN_MISREADS.contains(&c))
        {
            j += 1;
        }
        let found_signs = j > signs;
        while chars.get(j).is_some_and(|&(_, c)| c == ' ') {
            j += 1;
        }
        let digit = chars.get(j).filter(|&&(_, c)| c.is_ascii_digit());
        if let (true, Some(&(end, _))) = (found_signs, digit)
            && text[open_at..end].replace(' ', "") != "(¥"
        {
            edits.push(Edit {
                start: open_at,
                end,
                with: "(¥".into(),
            });
        }
        i = j.max(i + 1);
    }
    edits
}

/// A misread yuan sign after a Chinese label and its colon (`学费: Y4,800.00`), or a `Y`
/// right after the label or the blank that parts it from its value (`总手续费  Y864.00`,
/// `可用额度Y36,000.00`): only before a figure in money's shape (a thousands comma or two
/// decimals), so a model name (`型号: Y100`) stays. `#` and `X` are left: `编号:#12` is a
/// number; without a colon only `Y` is taken (`关`, `半` are words of their own).
fn labelled_yuan_signs(text: &str) -> Vec<Edit> {
    static SIGN: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(sign) = SIGN
        .get_or_init(|| {
            pattern::regex(r"(?:[:：][ \t]*(?P<s>[Y半关羊芏])|(?P<y>Y))[ \t]*(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+\.[0-9]{2})").ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    sign.captures_iter(text)
        .filter_map(|c| {
            let label_end = c.get(0)?.start();
            let after_chinese = text[..label_end]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(is_cjk_like);
            let s = c.name("s").or(c.name("y"))?;
            after_chinese.then(|| Edit {
                start: s.start(),
                end: s.end(),
                with: "¥".into(),
            })
        })
        .collect()
}

/// `日` read as `8` after a date's month (`2025年10月108.` for `2025年10月10日。`, small type
/// at a line wrap): repaired only where the figure with the `8` is no day of a month (over
/// 31) and without it is one, and no `日`/`号` or digit follows. `10月18.` stays as read.
fn day_signs(text: &str) -> Vec<Edit> {
    static DATE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(date) = DATE
        .get_or_init(|| pattern::regex(r"\d{4}\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})8").ok())
        .as_ref()
    else {
        return Vec::new();
    };
    let mut edits = Vec::new();
    for caps in date.captures_iter(text) {
        let (Some(all), Some(month), Some(day)) = (caps.get(0), caps.get(1), caps.get(2)) else {
            continue;
        };
        let number = |m: regex::Match| m.as_str().parse::<u32>().unwrap_or(0);
        let (month, day) = (number(month), number(day));
        let read = day * 10 + 8;
        let next = text[all.end()..].chars().next();
        let open = !next.is_some_and(|c| c.is_ascii_digit() || matches!(c, '日' | '号'));
        if (1..=12).contains(&month) && (1..=31).contains(&day) && read > 31 && open {
            edits.push(Edit {
                start: all.end() - 1,
                end: all.end(),
                with: "日".into(),
            });
        }
    }
    edits
}

/// `‰` read as `%o` (or `%o` with a space) right after a figure, no letter following.
fn per_mille_signs(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (at, _) in text.match_indices("%o") {
        let before = text[..at].trim_end_matches(' ').chars().next_back();
        let after = text[at + 2..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
        {
            edits.push(Edit {
                start: at,
                end: at + 2,
                with: "‰".into(),
            });
        }
    }
    edits
}

/// A figure whose thousands commas were read as points: groups of three digits after the
/// first, each after a `.`, and a last `.` before two decimals (`1.799.51`, `20.000.00`).
/// One point is left alone (`20.000` may be twenty); a digit or point around it stops it.
fn thousands_points(text: &str) -> Vec<Edit> {
    static FIGURE: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(figure) = FIGURE
        .get_or_init(|| pattern::regex(r"\d{1,3}(?:\.\d{3})+\.\d{2}").ok())
        .as_ref()
    else {
        return Vec::new();
    };
    let mut edits = Vec::new();
    for m in figure.find_iter(text) {
        let before = text[..m.start()].chars().next_back();
        let after = text[m.end()..].chars().next();
        let bounded =
            |c: Option<char>| !c.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
        if !(bounded(before) && bounded(after)) {
            continue;
        }
        let last_point = m.as_str().rfind('.').unwrap_or(0);
        for (i, _) in m.as_str()[..last_point].match_indices('.') {
            edits.push(Edit {
                start: m.start() + i,
                end: m.start() + i + 1,
                with: ",".into(),
            });
        }
    }
    edits
}

/// Characters tesseract `chi_sim` reads `逾` as, seen in `逾期`.
const OVERDUE_MISREADS: &[char] = &['这', '适', '造', '遗', '逼', '遍', '斋'];
/// What follows `逾期` in an overdue clause; `这期` (a real word) only before the first
/// three and `还款的` (`借款人逾期还款的` -> never `这期还款的` in a contract).
const OVERDUE_NEXT: &[&str] = &[
    "利息",
    "罚息",
    "本金",
    "还款的",
    "还款",
    "天数",
    "违约金",
    "金额",
];

fn overdue_words(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (at, c) in text.char_indices() {
        if !OVERDUE_MISREADS.contains(&c) {
            continue;
        }
        let Some(rest) = text[at + c.len_utf8()..].strip_prefix('期') else {
            continue;
        };
        let next = OVERDUE_NEXT.iter().position(|w| rest.starts_with(w));
        let plausible = match (c, next) {
            ('这', Some(i)) => i <= 3,
            (_, Some(_)) => true,
            _ => false,
        };
        if plausible {
            edits.push(Edit {
                start: at,
                end: at + c.len_utf8(),
                with: "逾".into(),
            });
        }
    }
    edits
}

/// Labels of a rate written as a numeral of 分 or 厘 (`月息捌厘`: 0.8% a month).
const RATE_IN_FEN_LABELS: &[&str] = &["月息", "年息", "日息", "月利", "年利", "日利"];

/// One character between a rate's label and its unit, 分 or 厘, read as a look-alike of a
/// capital numeral: the numeral.
fn rate_numerals(text: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    for label in RATE_IN_FEN_LABELS {
        for (i, _) in text.match_indices(label) {
            let at = i + label.len();
            let mut rest = text[at..].chars();
            let (Some(c), Some('分' | '厘')) = (rest.next(), rest.next()) else {
                continue;
            };
            let numeral = CONFUSIONS.iter().find(|(bad, _)| *bad == c);
            if let Some(&(_, good)) =
                numeral.filter(|(_, good)| "壹贰叁肆伍陆柒捌玖".contains(*good))
            {
                edits.push(Edit {
                    start: at,
                    end: at + c.len_utf8(),
                    with: good.into(),
                });
            }
        }
    }
    edits
}

/// Letters a leader's dots are read as.
const LEADER_LETTERS: &str = "eowcasuvmnr";

/// A dot leader read partly as letters, between a label and its figure (see the module docs).
fn dot_leaders(text: &str) -> Vec<Edit> {
    static LEADER: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    let Some(leader) = LEADER
        .get_or_init(|| {
            pattern::regex(r"[A-Za-z):]((?:[ \t]+(?:[.…·]+|[eowcasuvmnr]{1,4}[.…·]*|[.…·]+[eowcasuvmnr]{1,4}[.…·]*)){1,6})[ \t]+[$£€]\s?\d").ok()
        })
        .as_ref()
    else {
        return Vec::new();
    };
    let mut edits = Vec::new();
    for c in leader.captures_iter(text) {
        let Some(run) = c.get(1) else { continue };
        let words: Vec<&str> = run.as_str().split_whitespace().collect();
        let letters = |w: &str| w.trim_end_matches(['.', '…', '·']).to_string();
        let has_dots = words.iter().any(|w| w.contains("..") || w.contains('…'));
        // Each run of letters touches dots ("wo...") or repeats one letter ("eee"): a word
        // ("see", "was") is neither.
        let misread: Vec<&&str> = words
            .iter()
            .filter(|w| w.chars().any(|ch| ch.is_ascii_alphabetic()))
            .collect();
        let leader_like = |w: &str| {
            let l = letters(w.trim_start_matches(['.', '…', '·']));
            let first = l.chars().next();
            l.chars().all(|ch| LEADER_LETTERS.contains(ch))
                && (l.len() < w.len() || l.chars().all(|ch| Some(ch) == first))
        };
        if !has_dots || misread.is_empty() || !misread.iter().all(|w| leader_like(w)) {
            continue;
        }
        let with: String = run
            .as_str()
            .chars()
            .map(|ch| if ch.is_whitespace() { ch } else { '.' })
            .collect();
        edits.push(Edit {
            start: run.start(),
            end: run.end(),
            with,
        });
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(text: &str) -> String {
        apply(text, &repairs(text))
    }

    /// Each text (as OCR read it) repaired to the one beside it.
    fn repaired(cases: &[(&str, &str)]) {
        for (text, want) in cases {
            assert_eq!(fixed(text), *want, "{text}");
        }
    }

    /// Each text left as it is.
    fn kept(texts: &[&str]) {
        for text in texts {
            assert_eq!(fixed(text), *text);
        }
    }

    #[test]
    fn a_leader_read_as_letters_is_dots_again() {
        repaired(&[
            ("Instant fee wo... eee $3.99", "Instant fee ..... ... $3.99"),
            (
                "Service charge ....ee.... $2.50",
                "Service charge .......... $2.50",
            ),
            ("Amount: oo.... $150.00", "Amount: ...... $150.00"),
        ]);
        // Words, or letters with no dots beside them, are no leader.
        kept(&[
            "Instant fee now $3.99",
            "Fee ... see $3.99",
            "Paid to you ... was $96.01",
        ]);
    }

    #[test]
    fn capital_numerals_are_repaired_only_when_all_become_numerals() {
        repaired(&[
            (
                "申请借款人民币伍任元整〈(半5,000.00 )。",
                "申请借款人民币伍仟元整(¥5,000.00 )。",
            ),
            (
                "实际交付乙方人民币制什伍佰元整〈Y#8,500.00 )",
                "实际交付乙方人民币捌仟伍佰元整(¥8,500.00 )",
            ),
            ("合同金额(Y2025)", "合同金额(¥2025)"),
        ]);
        // A figure, or words that are not numerals, are left alone.
        kept(&[
            "人民币5,000.00元",
            "人民币计价,过户费用由甲方承担,每月100元",
            "金额(¥9,200.00)",
            "见附件(1)",
            "see (X 5) below",
        ]);
    }

    #[test]
    fn a_misread_yuan_sign_after_a_chinese_label_is_the_yuan_sign() {
        repaired(&[
            ("医疗费: Y6,000.00", "医疗费: ¥6,000.00"),
            ("每月应付：Y 512.30", "每月应付：¥ 512.30"),
            // A screen row: the label, a blank, the value (or no blank at all).
            ("总手续费  Y864.00", "总手续费  ¥864.00"),
            ("可用额度Y36,000.00", "可用额度¥36,000.00"),
        ]);
        // A model name, an English label, a plain count, or a word that is no sign without
        // a colon keep their letter.
        kept(&[
            "型号: Y100",
            "Model: Y1,200.00",
            "车型：Y5 长续航",
            "型号Y100",
            "Model Y1,200.00",
            "一年半 12.00",
        ]);
    }

    #[test]
    fn misread_round_brackets_are_one_bracket() {
        repaired(&[
            (
                "出借人《(〈以下简称甲方) :王建国",
                "出借人(以下简称甲方) :王建国",
            ),
            ("甲方〈借款人) :张晓明", "甲方(借款人) :张晓明"),
        ]);
        // Book titles, and brackets closed otherwise, are left alone.
        kept(&["根据《中华人民共和国民法典》的规定", "见附件(一)"]);
    }

    #[test]
    fn a_rate_in_fen_or_li_gets_its_numeral_back() {
        repaired(&[
            (
                "用于店面装修。月息抽厘,借期六个月",
                "用于店面装修。月息捌厘,借期六个月",
            ),
            ("年息喜分,到期还本", "年息壹分,到期还本"),
            ("约定月利融分五厘", "约定月利贰分五厘"),
        ]);
        // A numeral read as itself, a unit of a numeral (拾 is no digit), a look-alike that is
        // no rate's numeral, or no unit after it: left alone.
        kept(&["月息捌厘", "月息恰分", "月息制度", "年息参考", "月利率1分"]);
    }

    #[test]
    fn words_are_read_from_the_figure_where_ocr_missed_a_numeral() {
        // 捌 read as 抽, which is no known confusion: the figure says what it was.
        repaired(&[(
            "服务费人民币抽佰元整( ¥ 800.00)",
            "服务费人民币捌佰元整( ¥ 800.00)",
        )]);
        // Numerals read clearly that disagree with the figure are kept: a real mismatch.
        kept(&["人民币伍佰元整(¥800.00)"]);
        assert_eq!(capitals(10_500).as_deref(), Some("壹万零伍佰"));
        assert_eq!(capitals(9_200).as_deref(), Some("玖仟贰佰"));
        assert_eq!(capitals(1_050).as_deref(), Some("壹仟零伍拾"));
        assert_eq!(capitals(200_000).as_deref(), Some("贰拾万"));
    }

    #[test]
    fn a_day_sign_read_as_8_is_repaired_where_no_day_is_that_large() {
        assert_eq!(
            fixed("首期还款日为2025年10月108.\n8.2 第1期"),
            "首期还款日为2025年10月10日.\n8.2 第1期"
        );
        assert_eq!(fixed("2026年5月48,"), "2026年5月4日,");
        // 18 and 28 are days: left as read. So is a day followed by its sign or a digit.
        assert_eq!(fixed("2025年10月18."), "2025年10月18.");
        assert_eq!(fixed("2025年10月108日"), "2025年10月108日");
        assert_eq!(fixed("2025年13月108."), "2025年13月108.");
        assert_eq!(fixed("2025年10月328."), "2025年10月328.");
    }

    #[test]
    fn per_mille_read_as_percent_o_is_repaired_after_a_figure() {
        repaired(&[
            ("月利率: 6%o", "月利率: 6‰"),
            ("按日 0.5 %o计收;", "按日 0.5 ‰计收;"),
            ("月息4.5%o,按季结息", "月息4.5‰,按季结息"),
        ]);
        kept(&["5%of the payment", "费率%o", "rate 3%on time"]);
    }

    #[test]
    fn thousands_read_as_points_are_commas_when_a_figure_has_two_points() {
        repaired(&[
            ("人民币20.000.00元", "人民币20,000.00元"),
            ("每月应还1.799.51元。", "每月应还1,799.51元。"),
            ("total 1.250.000.00 due", "total 1,250,000.00 due"),
        ]);
        // One point, a version-like run, a date, a figure already right: left alone.
        kept(&[
            "20.000元",
            "1.2.3.4",
            "2025.03.05",
            "12,000.00元",
            "v1.200.00.5",
        ]);
    }

    #[test]
    fn overdue_read_as_a_look_alike_is_repaired_before_overdue_words() {
        repaired(&[
            (
                "借款人这期还款的,按适期本金的每日万分之五支付造期利息。",
                "借款人逾期还款的,按逾期本金的每日万分之五支付逾期利息。",
            ),
            ("遗期罚息按日计收", "逾期罚息按日计收"),
            ("逼期天数超过90天", "逾期天数超过90天"),
        ]);
        // `这期` as a word, and look-alikes before other words, are left alone.
        kept(&["这期还款金额为572元", "适用本合同", "本期利息"]);
    }

    #[test]
    fn offsets_move_with_the_edits() {
        let text = "人民币喜万元整(#10,000.00)。年利率";
        let edits = repairs(text);
        let out = apply(text, &edits);
        let rate = text.find("年利率").expect("in");
        assert_eq!(&out[shift(rate, &edits, false)..], "年利率");
        let sign = text.find('#').expect("in");
        assert_eq!(shift(sign + 1, &edits, true), out.find('1').expect("in"));
    }
}
