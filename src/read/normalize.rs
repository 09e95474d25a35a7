//! Text normalisation shared by every reader: NFKC (Kangxi radicals and full-width forms to
//! ordinary characters), private-use glyph code points to ASCII, CJK spacing and line joins,
//! running headers/footers and page numbers.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use super::document::{is_cjk, is_cjk_like};
use crate::pattern;

/// Map one extracted character and append it to `out`: symbol-font private-use code points
/// (U+F020..U+F0FF carry a Windows-1252 byte in the low byte, as CFPB forms do) to that
/// character, then NFKC (Kangxi radicals U+2F00..U+2FDF to ideographs, full-width forms to
/// ASCII); invisible format characters are dropped.
pub fn map_glyph(c: char, out: &mut String) {
    let c = match c as u32 {
        0xF020..=0xF0FF => {
            let byte = [(c as u32 - 0xF000) as u8];
            let (s, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
            s.chars().next().unwrap_or(c)
        }
        _ => c,
    };
    // Invisible format characters, controls, and the remaining private-use code points
    // (icon glyphs: checkboxes, arrows), which carry no text.
    if matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{E000}'..='\u{F8FF}'
    ) || (c.is_control() && c != '\t')
    {
        return;
    }
    if c.is_ascii() || is_nfkc_stable_ideograph(c) {
        out.push(c);
        return;
    }
    if let Some(unified) = radical_supplement(c) {
        out.push(unified);
        return;
    }
    // A superscript digit (or bracket) is a footnote mark ("€620.00¹"): NFKC would glue it to
    // the figure before it as one more digit (€620.001).
    if matches!(
        c,
        '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}'..='\u{207E}'
    ) {
        out.push(c);
        return;
    }
    // A circled or bracketed number right after a figure (`2,713.42①`, `15.4%②`) is a footnote
    // mark too: NFKC would make it one more digit (2,713.421).
    let after_figure = out
        .chars()
        .next_back()
        .is_some_and(|p| p.is_ascii_digit() || matches!(p, '%' | '‰' | '.'));
    if after_figure
        && matches!(c, '\u{2460}'..='\u{249B}' | '\u{24EA}'..='\u{24FF}' | '\u{2776}'..='\u{2793}')
    {
        out.push(c);
        return;
    }
    out.extend(std::iter::once(c).nfkc());
}

/// A CJK Unified Ideograph of the basic block (U+4E00..U+9FFF): NFKC leaves each as it is
/// (a test checks every one), so the bulk of a Chinese text skips the per-character
/// normaliser, which cost more than the rest of the mapping.
fn is_nfkc_stable_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// CJK Radicals Supplement (U+2E80..U+2EFF) forms that browsers' PDF printers emit for
/// whole characters (`公⺠` for `公民`). Unlike the Kangxi radicals they have no NFKC
/// mapping; these are the ones equivalent to a standalone character (Unicode's
/// EquivalentUnifiedIdeograph.txt).
fn radical_supplement(c: char) -> Option<char> {
    Some(match c {
        '\u{2E8C}' => '小',
        '\u{2E8D}' => '小',
        '\u{2E95}' => '彐',
        '\u{2E9F}' => '母',
        '\u{2EA0}' => '民',
        '\u{2EA4}' => '爫',
        '\u{2EA6}' => '丬',
        '\u{2EAE}' => '竹',
        '\u{2EB7}' => '羊',
        '\u{2EBC}' => '肉',
        '\u{2EC4}' => '西',
        '\u{2EC5}' => '见',
        '\u{2EC6}' => '角',
        '\u{2EC8}' => '讠',
        '\u{2EC9}' => '贝',
        '\u{2ECB}' => '车',
        '\u{2ED1}' => '长',
        '\u{2ED3}' => '长',
        '\u{2ED4}' => '门',
        '\u{2ED7}' => '雨',
        '\u{2ED8}' => '青',
        '\u{2EDA}' => '页',
        '\u{2EDB}' => '风',
        '\u{2EDC}' => '飞',
        '\u{2EDD}' => '食',
        '\u{2EE0}' => '饣',
        '\u{2EE2}' => '马',
        '\u{2EE4}' => '鬼',
        '\u{2EE5}' => '鱼',
        '\u{2EE6}' => '鸟',
        '\u{2EE7}' => '卤',
        '\u{2EE8}' => '麦',
        '\u{2EE9}' => '黄',
        '\u{2EEC}' => '齐',
        '\u{2EEE}' => '齿',
        '\u{2EF0}' => '龙',
        '\u{2EF3}' => '龟',
        _ => return None,
    })
}

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?x)^(?:
            第\s*[一二三四五六七八九十百千零〇两\d]+\s*[条章节款部篇]
          | [一二三四五六七八九十]+\s*[、.]
          | [(（]\s*[一二三四五六七八九十\d]+\s*[)）]
          | \d+(?:\.\d+)+\s+\S
          | [1-9]\d?(?:\.\d{1,2})+[^\d\s.,%‰元万亿)]
          | \d+(?:\.\d+)*\s*[、.)]\s*[^\d\s]
          | (?i:article|section|schedule|exhibit)\s+[\dIVXivx]
        )",
    )
    .expect("static regex")
});

/// Whether a line starts like a clause or section heading (`第一条`, `一、`, `（二）`, `3.1`,
/// `Article 5`): such a line starts a new block and is never joined to the previous one.
pub fn is_heading_start(line: &str) -> bool {
    HEADING.is_match(line.trim_start())
}

/// Normalise one page of plain text (text files, the `pdftotext` engine).
pub fn normalize_page(raw: &str) -> String {
    normalize(raw, true)
}

/// Normalise a plain-text file: the same character mapping as [`normalize_page`], but line
/// breaks are kept as the author typed them (text files are not hard-wrapped by a layout
/// engine, and a line break there usually ends a field: `乙方：某某公司` / `统一社会信用代码：…`).
pub fn normalize_text(raw: &str) -> String {
    normalize(raw, false)
}

/// A row of table cells set apart by ideographic spaces (`分期金额　期数　每期还款`, `9,600.00　6
///　1,680.00`): three or more cells, none a lone CJK character, as the letters of a spaced-out
/// word are (`借　款　合　同`).
fn ideographic_cell_row(line: &str) -> bool {
    let cells: Vec<&str> = line
        .split('\u{3000}')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let lone_cjk = |c: &&str| {
        let mut chars = c.chars();
        chars.next().is_some_and(is_cjk) && chars.next().is_none()
    };
    cells.len() >= 3 && !cells.iter().any(lone_cjk)
}

/// The single ideographic spaces between the cells of a typed table row widened to two
/// spaces, a column gap that [`squeeze_cjk_spaces`] keeps (NFKC would make each one space,
/// which it drops between CJK labels: 分期金额期数每期还款).
fn widen_ideographic_cell_gaps(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.lines().any(ideographic_cell_row) {
        return std::borrow::Cow::Borrowed(raw);
    }
    let lines: Vec<String> = raw
        .split('\n')
        .map(|line| {
            if ideographic_cell_row(line) {
                line.replace('\u{3000}', "  ")
            } else {
                line.to_string()
            }
        })
        .collect();
    std::borrow::Cow::Owned(lines.join("\n"))
}

fn normalize(raw: &str, join_cjk_lines: bool) -> String {
    let raw = widen_ideographic_cell_gaps(raw);
    let mut mapped = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c == '\n' {
            mapped.push('\n');
        } else if c != '\r' {
            map_glyph(c, &mut mapped);
        }
    }
    let mut out = String::with_capacity(mapped.len());
    let mut prev_line = String::new();
    for line in mapped.lines() {
        let line = squeeze_cjk_spaces(line.trim_end());
        if line.trim().is_empty() {
            if !out.ends_with("\n\n") && !out.is_empty() {
                out.push('\n');
            }
            prev_line.clear();
            continue;
        }
        // Join a line broken inside a CJK sentence: the previous one ends with an ideograph
        // (not a sentence end), this one starts with one, and neither is a heading line.
        let joins = join_cjk_lines
            && out.ends_with('\n')
            && !out.ends_with("\n\n")
            && prev_line.chars().next_back().is_some_and(is_cjk)
            && line.trim_start().chars().next().is_some_and(is_cjk)
            && !is_heading_start(&line)
            && !(is_heading_start(&prev_line) && prev_line.chars().count() <= 30);
        if joins {
            out.pop();
            out.push_str(line.trim_start());
            prev_line.push_str(line.trim_start());
        } else {
            out.push_str(&line);
            prev_line = line;
        }
        out.push('\n');
    }
    out
}

/// Drop a single space between two CJK characters (extractors insert them between glyphs);
/// wider gaps (table columns, blanks to fill in) are kept.
pub fn squeeze_cjk_spaces(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let is_space = |c: char| c == ' ' || c == '\u{3000}';
    for (i, &c) in chars.iter().enumerate() {
        if is_space(c) {
            let single = !chars.get(i + 1).copied().is_some_and(is_space)
                && !i
                    .checked_sub(1)
                    .and_then(|j| chars.get(j))
                    .copied()
                    .is_some_and(is_space);
            let prev = out.chars().next_back();
            let next = chars.get(i + 1).copied();
            if single && prev.is_some_and(is_cjk_like) && next.is_some_and(is_cjk_like) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?xi)^(?:
            第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?
          | 共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页
          | page\s*\d+(?:\s*(?:of|/)\s*\d+)?
          | [-–—]?\s*\d{1,4}\s*[-–—]?
          | \d{1,4}\s*(?:/|of)\s*\d{1,4}
        )$",
    )
    .expect("static regex")
});

/// Whether a line is only a page number (`3`, `- 3 -`, `第3页 共5页`, `Page 3 of 5`, `3/5`).
pub fn is_page_number(line: &str) -> bool {
    PAGE_NUMBER.is_match(line.trim())
}

/// How many lines at the top and at the bottom of a page count as header/footer candidates.
const EDGE: usize = 2;

fn edge_key(line: &str) -> String {
    line.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// How many times the edges are looked at again once a round removed something: a running
/// line can sit behind another one (a browser prints the date above the page title and the
/// page number under the URL, and poppler may put a body line before the title).
const ROUNDS: usize = 2;

/// Remove running headers and footers (a line repeated at the top or bottom of at least half
/// of the pages, digits ignored, on documents of three pages or more) and lone page-number
/// lines at the very top or bottom of a page. Blank lines do not count as edge lines, and
/// the edges are looked at again after a round removed something. Returns the number of
/// lines removed.
pub fn strip_running_lines(pages: &mut [Vec<String>]) -> usize {
    let mut removed = 0;
    for _ in 0..ROUNDS {
        let n = strip_round(pages);
        removed += n;
        if n == 0 {
            break;
        }
    }
    removed
}

fn strip_round(pages: &mut [Vec<String>]) -> usize {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for lines in pages.iter() {
        let mut seen: Vec<String> = Vec::new();
        for i in edge_indices(lines) {
            let k = edge_key(&lines[i]);
            if !seen.contains(&k) {
                seen.push(k);
            }
        }
        for k in seen {
            *counts.entry(k).or_default() += 1;
        }
    }
    let threshold = pages.len().div_ceil(2);
    let many = pages.len() >= 3;
    let repeated = |k: &str| many && counts.get(k).is_some_and(|&n| n >= threshold.max(3));
    let mut removed = 0;
    for lines in pages.iter_mut() {
        let edges = edge_indices(lines);
        let (first, last) = (edges.first().copied(), edges.last().copied());
        let drop: Vec<usize> = edges
            .into_iter()
            .filter(|&i| {
                let l = &lines[i];
                repeated(&edge_key(l))
                    || ((Some(i) == first || Some(i) == last) && is_page_number(l))
            })
            .collect();
        removed += drop.len();
        let mut i = 0;
        lines.retain(|_| {
            let keep = !drop.contains(&i);
            i += 1;
            keep
        });
    }
    removed
}

/// Indices of the first and the last [`EDGE`] non-blank lines of a page, in order, each once.
/// Scans inwards from both ends only as far as it must (a page has hundreds of lines).
fn edge_indices(lines: &[String]) -> Vec<usize> {
    let filled = |l: &String| l.chars().any(|c| !c.is_whitespace());
    let mut out: Vec<usize> = (0..lines.len())
        .filter(|&i| filled(&lines[i]))
        .take(EDGE)
        .collect();
    if out.len() < EDGE {
        return out;
    }
    let last_top = out[EDGE - 1];
    let mut bottom: Vec<usize> = (last_top + 1..lines.len())
        .rev()
        .filter(|&i| filled(&lines[i]))
        .take(EDGE)
        .collect();
    bottom.reverse();
    out.append(&mut bottom);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basic_ideographs_are_their_own_nfkc() {
        let mut checked = 0;
        for code in 0x4E00..=0x9FFF_u32 {
            let c = char::from_u32(code).unwrap();
            assert!(is_nfkc_stable_ideograph(c));
            assert_eq!(std::iter::once(c).nfkc().collect::<String>(), c.to_string());
            checked += 1;
        }
        assert_eq!(checked, 0x9FFF - 0x4E00 + 1);
        // Neighbours outside the block are not taken for it (a compatibility ideograph has a
        // mapping: U+F900 is 豈).
        for c in ['\u{4DFF}', '\u{A000}', '\u{F900}', '，'] {
            assert!(!is_nfkc_stable_ideograph(c), "{c}");
        }
        assert_ne!(
            std::iter::once('\u{F900}').nfkc().collect::<String>(),
            "\u{F900}"
        );
    }

    #[test]
    fn kangxi_and_fullwidth() {
        assert_eq!(normalize_page("甲⽅：１２％\n").trim(), "甲方:12%");
        assert_eq!(normalize_page("公⺠⻓期").trim(), "公民长期");
    }

    #[test]
    fn circled_footnote_marks_after_a_figure_stay_apart_from_it() {
        assert_eq!(
            normalize_page("月供2,713.42①,年利率15.4%②\n").trim(),
            "月供2,713.42①,年利率15.4%②"
        );
        // A circled number opening an item is still read as its number.
        assert_eq!(normalize_page("①借款金额\n").trim(), "1借款金额");
    }

    #[test]
    fn superscript_footnote_marks_stay_apart_from_figures() {
        assert_eq!(
            normalize_page("Total repayable: €620.00¹\n").trim(),
            "Total repayable: €620.00¹"
        );
        assert_eq!(
            normalize_page("APR 49.9%² (fixed)\n").trim(),
            "APR 49.9%² (fixed)"
        );
        assert_eq!(normalize_page("Cost £1,200⁽³⁾\n").trim(), "Cost £1,200⁽³⁾");
    }

    #[test]
    fn joins_cjk_lines_and_drops_spaces() {
        assert_eq!(
            normalize_page("借 款 金 额 为 人 民\n币 壹 万 元 整 。\n").trim(),
            "借款金额为人民币壹万元整。"
        );
    }

    #[test]
    fn keeps_heading_lines_apart() {
        let out = normalize_page("第一条 借款金额\n甲方向乙方出借人民币壹万元整。\n");
        assert_eq!(out.lines().count(), 2, "{out}");
        let out = normalize_page("双方约定如下\n第二条 借款期限\n");
        assert_eq!(out.lines().count(), 2, "{out}");
    }

    #[test]
    fn keeps_wide_gaps_between_cjk() {
        assert_eq!(squeeze_cjk_spaces("甲方  乙方 丙方"), "甲方  乙方丙方");
        // Cells of a typed table row keep a column gap; a letter-spaced title does not.
        assert_eq!(
            normalize_text(
                "借款金额\u{3000}期数\u{3000}每期应还\n借\u{3000}款\u{3000}合\u{3000}同"
            ),
            "借款金额  期数  每期应还\n借款合同\n"
        );
    }

    #[test]
    fn private_use_to_ascii() {
        assert_eq!(normalize_page("\u{F041}\u{F050}\u{F052}").trim(), "APR");
        // Windows-1252 bullet in the upper half.
        assert_eq!(normalize_page("\u{F095} Fee").trim(), "• Fee");
    }

    #[test]
    fn page_numbers() {
        for s in [
            "3",
            "- 3 -",
            "第3页 共5页",
            "第 3 页",
            "Page 3 of 12",
            "3/12",
            "共5页 第3页",
        ] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["3.5%", "第三条", "2024年", "Page", "10000元"] {
            assert!(!is_page_number(s), "{s}");
        }
    }

    #[test]
    fn strips_running_headers_and_page_numbers() {
        let parties = ["甲", "乙", "丙", "丁"];
        let mut pages: Vec<Vec<String>> = (1..=4)
            .map(|p| {
                let who = parties[p - 1];
                vec![
                    "某某银行个人借款合同".to_string(),
                    format!("{who}方的义务"),
                    format!("{who}方应按期还款。"),
                    format!("{who}方不得转让。"),
                    format!("第 {p} 页 共 4 页"),
                ]
            })
            .collect();
        let removed = strip_running_lines(&mut pages);
        assert_eq!(removed, 8);
        assert_eq!(
            pages[2],
            vec!["丙方的义务", "丙方应按期还款。", "丙方不得转让。"]
        );
        // Two pages are too few to call a line a running header; the page number still goes.
        let mut two: Vec<Vec<String>> =
            pages_of(&["标题", "正文一", "1"], &["标题", "正文二", "2"]);
        assert_eq!(strip_running_lines(&mut two), 2);
        assert_eq!(two[1], vec!["标题", "正文二"]);
    }

    #[test]
    fn strips_browser_print_lines_hidden_behind_others() {
        // poppler's order for a browser-printed page: the date, sometimes a body line before
        // the title, blank lines; the URL above the page number.
        let body = [
            "甲方应按期还款。",
            "乙方应按期放款。",
            "双方不得转让。",
            "本合同一式两份。",
        ];
        let mut pages: Vec<Vec<String>> = (1..=4)
            .map(|p| {
                let mut top = vec!["2026/1/27 14:47", ""];
                if p % 2 == 0 {
                    top.push(body[p - 1]);
                }
                top.extend(["", "借款合同 - 助贷业务", ""]);
                if p % 2 == 1 {
                    top.push(body[p - 1]);
                }
                let mut lines: Vec<String> = top.iter().map(|s| s.to_string()).collect();
                lines.extend(["".to_string(), "localhost:63343/a.html?_ijt=9".to_string()]);
                lines.extend(["".to_string(), format!("{p}/4"), "".to_string()]);
                lines
            })
            .collect();
        assert_eq!(strip_running_lines(&mut pages), 16);
        for (p, lines) in pages.iter().enumerate() {
            let text: Vec<&str> = lines
                .iter()
                .map(String::as_str)
                .filter(|l| !l.is_empty())
                .collect();
            assert_eq!(text, vec![body[p]]);
        }
    }

    /// The first and last `EDGE` non-blank lines, as the plain definition says (all non-blank
    /// indices first, then both ends of that list without overlap).
    fn edge_indices_by_definition(lines: &[String]) -> Vec<usize> {
        let filled: Vec<usize> = (0..lines.len())
            .filter(|&i| !lines[i].trim().is_empty())
            .collect();
        let top = EDGE.min(filled.len());
        let bottom = filled.len().saturating_sub(EDGE).max(top);
        filled[..top]
            .iter()
            .chain(&filled[bottom..])
            .copied()
            .collect()
    }

    #[test]
    fn edge_lines_are_found_from_both_ends_on_every_layout_of_blank_lines() {
        // Every page of up to 9 lines, each blank ("", " ", "\u{3000}") or not, by the bits
        // of a counter: short pages, pages with fewer than 2 * EDGE filled lines, blank runs
        // at either end.
        let blanks = ["", " ", "\u{3000}\t"];
        for len in 0..=9usize {
            for mask in 0u32..(1 << len) {
                let lines: Vec<String> = (0..len)
                    .map(|i| {
                        if mask & (1 << i) != 0 {
                            format!("line {i}")
                        } else {
                            blanks[i % blanks.len()].to_string()
                        }
                    })
                    .collect();
                assert_eq!(
                    edge_indices(&lines),
                    edge_indices_by_definition(&lines),
                    "{lines:?}"
                );
            }
        }
    }

    fn pages_of(a: &[&str], b: &[&str]) -> Vec<Vec<String>> {
        [a, b]
            .iter()
            .map(|p| p.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn headings() {
        for s in [
            "第一条 借款金额",
            "第 12 条",
            "一、借款",
            "(三) 利息",
            "3.1 Interest",
            "12.1凡因本协议",
            "Article 5",
        ] {
            assert!(is_heading_start(s), "{s}");
        }
        // A decimal carried over from a wrapped line is no section number.
        for s in [
            "甲方同意",
            "2024年1月",
            "借款金额为10000元",
            "0.00元)",
            "3.5%",
        ] {
            assert!(!is_heading_start(s), "{s}");
        }
    }
}
