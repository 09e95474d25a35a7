//! Text normalisation shared by every reader: NFKC (Kangxi radicals and full-width forms to
//! ordinary characters), private-use glyph code points to ASCII, CJK line joins.

use unicode_normalization::UnicodeNormalization;

use super::document::is_cjk;

/// Normalise one page of extracted text.
pub fn normalize_page(raw: &str) -> String {
    let mapped: String = raw
        .chars()
        .map(|c| match c as u32 {
            // Symbol-font private-use mapping: U+F020..U+F0FF carries ASCII in the low byte.
            0xF020..=0xF07E => char::from_u32(c as u32 - 0xF000).unwrap_or(c),
            _ => c,
        })
        .collect();
    let nfkc: String = mapped.nfkc().collect();
    let mut out = String::with_capacity(nfkc.len());
    for line in nfkc.lines() {
        let line = squeeze_cjk_spaces(line.trim_end());
        if line.trim().is_empty() {
            if !out.ends_with("\n\n") && !out.is_empty() {
                out.push('\n');
            }
            continue;
        }
        // Join a line broken inside a CJK sentence: previous ends with an ideograph (not a
        // sentence end) and this one starts with one.
        let prev = out.trim_end_matches('\n');
        let joins = out.ends_with('\n')
            && !out.ends_with("\n\n")
            && prev.chars().next_back().is_some_and(is_cjk)
            && line.trim_start().chars().next().is_some_and(is_cjk);
        if joins {
            out.pop();
            out.push_str(line.trim_start());
        } else {
            out.push_str(&line);
        }
        out.push('\n');
    }
    out
}

/// Drop spaces between two CJK characters (extractors insert them between glyphs).
fn squeeze_cjk_spaces(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' || c == '\u{3000}' {
            let prev = out.chars().next_back();
            let next = chars[i + 1..]
                .iter()
                .find(|c| **c != ' ' && **c != '\u{3000}');
            let cjkish = |c: char| is_cjk(c) || "，。；：、（）《》“”【】,;:()".contains(c);
            if prev.is_some_and(cjkish) && next.is_some_and(|n| cjkish(*n)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalize_page;

    #[test]
    fn kangxi_and_fullwidth() {
        assert_eq!(normalize_page("甲⽅：１２％\n").trim(), "甲方:12%");
    }

    #[test]
    fn joins_cjk_lines_and_drops_spaces() {
        assert_eq!(
            normalize_page("借 款 金 额 为 人 民\n币 壹 万 元 整 。\n").trim(),
            "借款金额为人民币壹万元整。"
        );
    }

    #[test]
    fn private_use_to_ascii() {
        assert_eq!(normalize_page("\u{F041}\u{F050}\u{F052}").trim(), "APR");
    }
}
