//! Options of a checkbox form in either language ("- [ ] Compound Interest", "☐ Balloon",
//! "□ 复利"): an option left unticked is offered, not chosen, so none of its words is a term or
//! a clause of the loan. The readers leave these spans out; a ticked option (☑ ■ [x] √) is
//! read like any other text.

/// Empty boxes. (A ring ○ is not one: it is also the zero of Chinese dates, 二○二四年.)
const EMPTY_BOXES: [&str; 9] = ["☐", "□", "▢", "◻", "❏", "[ ]", "[  ]", "[]", "( )"];
/// Boxes marked as chosen; they end the option before them.
const TICKED_BOXES: [&str; 14] = [
    "☑", "☒", "■", "▣", "✔", "✓", "√", "[x]", "[X]", "[✓]", "[✔]", "[√]", "(x)", "(X)",
];
/// At most this many bytes of one option are left out.
const MAX_OPTION: usize = 400;

/// Words that make an empty box a fill-in blank before its unit ("[ ] months", "□元",
/// "□年□月□日"), not an option.
const UNITS: [&str; 20] = [
    "万元", "元", "万", "个月", "月", "年", "日", "天", "号", "期", "%", "％", "‰", "months",
    "month", "days", "day", "years", "year", "percent",
];
/// What makes 年/月/日 after a box the period of a rate (☑月利率 □年利率), an option.
const RATE_WORDS: [&str; 5] = ["利率", "化", "息", "费率", "供"];

/// The box of `EMPTY_BOXES` or `TICKED_BOXES` that starts `s`, and its length.
fn box_at(s: &str) -> Option<(bool, usize)> {
    EMPTY_BOXES
        .iter()
        .find(|b| s.starts_with(**b))
        .map(|b| (true, b.len()))
        .or_else(|| {
            TICKED_BOXES
                .iter()
                .find(|b| s.starts_with(**b))
                .map(|b| (false, b.len()))
        })
}

/// Byte spans of `text` that are options left unticked: each from its empty box to the next
/// box, the end of its line or of its sentence (。；), or a gap of two spaces or a tab that
/// separates options on one line. An empty box counts as an option's only when it opens one:
/// not glued to a figure or another box (□□□□元 digit cells, $[ ]), and followed by words
/// that are not a unit (a fill-in blank: "[ ] months", "[ ]元").
pub(crate) fn unticked_options(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if !EMPTY_BOXES.iter().any(|b| text.contains(b)) {
        return spans;
    }
    let mut at = 0;
    while at < text.len() {
        let rest = text.get(at..).unwrap_or("");
        let Some((true, len)) = box_at(rest) else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let start = at;
        at += len;
        if !opens_option(text, start, at) {
            continue;
        }
        let end = option_end(text, at);
        if end > at {
            spans.push((start, end));
            at = end;
        }
    }
    spans
}

/// Is the empty box at `start..after` the box of an option?
fn opens_option(text: &str, start: usize, after: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let glued = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '¥' | '_'))
        || EMPTY_BOXES
            .iter()
            .chain(TICKED_BOXES.iter())
            .any(|b| before.ends_with(b));
    if glued {
        return false;
    }
    let words = text
        .get(after..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t', '\u{3000}']);
    let Some(first) = words.chars().next() else {
        return false;
    };
    if !first.is_alphanumeric() || box_at(words).is_some() {
        return false;
    }
    let lower = words
        .get(..crate::extract::en::floor(words, 16))
        .unwrap_or(words)
        .to_lowercase();
    !UNITS.iter().any(|u| {
        lower.strip_prefix(u).is_some_and(|r| {
            if u.is_ascii() {
                !r.starts_with(|c: char| c.is_ascii_alphabetic())
            } else {
                !RATE_WORDS.iter().any(|w| r.starts_with(w))
            }
        })
    })
}

/// Where the option whose words start at `from` ends.
fn option_end(text: &str, from: usize) -> usize {
    let limit = crate::extract::en::floor(text, from + MAX_OPTION);
    let words = text.get(from..limit).unwrap_or("");
    let lead = words.len() - words.trim_start_matches([' ', '\t', '\u{3000}']).len();
    let mut end = from + lead;
    let mut chars = words.get(lead..).unwrap_or("").char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let here = from + lead + i;
        let rest = text.get(here..).unwrap_or("");
        if matches!(c, '\n' | '\r' | '\t' | '\x0c')
            || box_at(rest).is_some()
            || (c == ' '
                && chars
                    .peek()
                    .is_some_and(|&(_, n)| n == ' ' || n == '\u{3000}'))
        {
            return end;
        }
        if !c.is_whitespace() {
            end = here + c.len_utf8();
        }
        if matches!(c, '。' | '；') {
            return end;
        }
    }
    end
}

/// Byte spans of the ticked boxes (the marks only) on a labelled line of options where an
/// option was left unticked ("Term: [ ] 12 months [X] 18 months"): with the unticked options
/// left out, the line reads as its label and the chosen value ("Term: 18 months"), as a
/// reader of the form would.
pub(crate) fn ticks_of_chosen(text: &str, unticked: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut marks = Vec::new();
    let mut lines_done: Vec<usize> = Vec::new();
    for &(start, _) in unticked {
        let line_start = text
            .get(..start)
            .map_or(0, |t| t.rfind('\n').map_or(0, |i| i + 1));
        if lines_done.contains(&line_start) {
            continue;
        }
        lines_done.push(line_start);
        let line_end = text
            .get(line_start..)
            .map_or(text.len(), |t| line_start + t.find('\n').unwrap_or(t.len()));
        let line = text.get(line_start..line_end).unwrap_or("");
        // A label before the first box: "Term:", "PAYMENTS:", "还款方式：".
        let first_box = line
            .char_indices()
            .find(|&(i, _)| line.get(i..).and_then(box_at).is_some())
            .map_or(line.len(), |(i, _)| i);
        let label = line.get(..first_box).unwrap_or("").trim_end();
        if !(label.ends_with(':') || label.ends_with('：')) {
            continue;
        }
        let mut at = first_box;
        while at < line.len() {
            let rest = line.get(at..).unwrap_or("");
            match box_at(rest) {
                Some((false, len)) => {
                    marks.push((line_start + at, line_start + at + len));
                    at += len;
                }
                Some((true, len)) => at += len,
                None => at += rest.chars().next().map_or(1, char::len_utf8),
            }
        }
    }
    marks
}

/// `text` with its unticked options left out (each replaced by one space); `None` when it has
/// none.
pub(crate) fn without_unticked(text: &str) -> Option<String> {
    let spans = unticked_options(text);
    if spans.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (s, e) in spans {
        out.push_str(text.get(last..s).unwrap_or(""));
        out.push(' ');
        last = e;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left_out(text: &str) -> Vec<&str> {
        unticked_options(text)
            .into_iter()
            .map(|(s, e)| text.get(s..e).unwrap_or(""))
            .collect()
    }

    #[test]
    fn an_unticked_option_is_left_out_up_to_the_next_box_or_the_line_end() {
        assert_eq!(
            left_out("- [ ] Compound Interest (compounded monthly)\n- [x] Simple Interest\n"),
            ["[ ] Compound Interest (compounded monthly)"]
        );
        assert_eq!(
            left_out("Interest: ☐ Simple ☐ Compounded monthly ☑ Fixed"),
            ["☐ Simple", "☐ Compounded monthly"]
        );
        assert_eq!(
            left_out("计息方式：□单利□复利  ■固定利率"),
            ["□单利", "□复利"]
        );
        assert_eq!(left_out("利率：☑月利率 □年利率"), ["□年利率"]);
        assert_eq!(
            left_out("□ 借款人逾期的，出借人有权公开其违约信息。借款期限12个月。"),
            ["□ 借款人逾期的，出借人有权公开其违约信息。"]
        );
    }

    #[test]
    fn the_tick_of_the_chosen_option_on_a_labelled_line_goes_with_the_others() {
        let text = "Term: [ ] 12 months [X] 18 months\n[x] I agree\n";
        let ticks = ticks_of_chosen(text, &unticked_options(text));
        let marks: Vec<&str> = ticks.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(marks, ["[X]"]);
    }

    #[test]
    fn a_fill_in_blank_or_a_row_of_digit_cells_is_no_option() {
        for text in [
            "借款金额：□□□□□元",
            "Term: [ ] months from the date of this note",
            "Amount: $[ ] (the Principal)",
            "借款期限：[ ]个月",
            "年利率：□%",
            "签订日期：□年□月□日起",
            "人民币□万元",
        ] {
            assert!(left_out(text).is_empty(), "{text}: {:?}", left_out(text));
        }
    }
}
