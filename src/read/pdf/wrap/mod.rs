//! Lines of a page joined back into the paragraphs they were wrapped from.
//!
//! A laid-out line ([`Line`]) that runs to the right margin of its text block, so that the
//! next line's first unit would not have fitted after it, continues on the next line when
//! the break sits inside a sentence: in CJK text between two ideographs (or inside a figure
//! of a Chinese line), in Latin text before a lower-case word, a figure or an opening
//! bracket, after a comma or a function word, or inside a hyphenated word. A table row, a
//! heading, a list item and a form field's `label: ____` never run on; nor does a page
//! without a margin (a form, a title page), whose lines end where their text ends.

mod rows;

use super::layout::Line;
use crate::read::document::{is_cjk, is_cjk_like};
use crate::read::normalize::is_heading_start;
use rows::{
    cut_row, is_open_row, is_ruled_row, is_ruled_tail, is_table_row, value_goes_on_indented,
};

/// Sentence-ending punctuation after which a line break is kept.
fn ends_sentence(c: char) -> bool {
    "。！？；：:!?;".contains(c)
}

/// The right margin of a page's text block: where its longest prose line ends. Nothing in
/// a text block runs past its edge except table rows (two or more column gaps, or a row of
/// `|` cells), which are left out. The first and last line of each page are left out too:
/// running headers and footers (a browser's URL line) often run wider than the body.
pub fn right_margin(lines: &[Line]) -> Option<f32> {
    let body = if lines.len() >= 4 {
        lines.get(1..lines.len() - 1).unwrap_or_default()
    } else {
        lines
    };
    body.iter()
        .filter(|l| l.text.chars().count() >= 8 && !is_table_row(&l.text))
        .map(|l| l.u_end)
        .max_by(f32::total_cmp)
}

/// The median glyph size of a page's lines.
fn median_size(lines: &[Line]) -> f32 {
    let mut sizes: Vec<f32> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(f32::total_cmp);
    sizes.get(sizes.len() / 2).copied().unwrap_or(0.0)
}

/// Join the lines that paragraphs were wrapped into. A line continues into the next when it
/// runs to the `right` margin (see [`right_margin`]) so that the next line's first unit (an
/// ideograph, a word) would not have fitted after it, the next line follows at normal
/// leading, is not indented further (a new paragraph) and is not a heading or a form field,
/// and the break sits inside a sentence (see [`Glue`]).
///
/// `span` is the page's extent along the lines (see [`page_span`]). Text blocks sit between
/// margins of about the same width, so a margin well short of the page's mirror of the left
/// one is no margin: its lines are a form's or a table's, which end where their text ends,
/// and nothing on the page is joined. Without a span, a page needs two lines reaching the
/// margin.
///
/// [`page_span`]: super::layout::page_span
pub fn join_wrapped(lines: Vec<Line>, right: Option<f32>, span: Option<(f32, f32)>) -> Vec<String> {
    let mut starts: Vec<f32> = lines.iter().map(|l| l.u_start).collect();
    starts.sort_by(f32::total_cmp);
    let left = starts.get(starts.len() / 10).copied().unwrap_or(0.0);
    let mirror = span
        .map(|(lo, hi)| lo + hi - left)
        .filter(|m| *m > left + 1.0);
    let size = median_size(&lines);
    // Lines that reach `r`: two of them make a margin of a page with no other guide.
    let reaching = |r: f32| {
        lines
            .iter()
            .filter(|l| l.u_end >= r - 2.0 * l.size && l.text.chars().count() >= 8)
            .count()
    };
    // Where a line is full. The mirrored margin when the text block reaches it (a line set
    // past it hangs punctuation or has a narrower right margin: no guide to where others
    // wrapped); the block's own edge when it falls a little short and lines cluster there;
    // nowhere on a page of forms, tables or a title, whose lines end where their text ends.
    let full = match (right, mirror) {
        (Some(r), Some(m)) if r >= m - 2.0 * size => Some(m),
        (Some(r), Some(m)) if r >= m - 0.15 * (m - left) && reaching(r) >= 2 => Some(r),
        (Some(r), None) if reaching(r) >= 2 => Some(r),
        _ => None,
    };
    // The usual distance between consecutive lines (documents set 1.0 to 2.0 spacing).
    let mut pitches: Vec<f32> = lines
        .windows(2)
        .map(|w| w[1].v - w[0].v)
        .filter(|d| *d > 0.0)
        .collect();
    pitches.sort_by(f32::total_cmp);
    let pitch = pitches.get(pitches.len() / 2).copied();
    // Latin text says itself where a sentence runs on (a lower-case word, a figure): there a
    // block needs no second line at its edge, only its longest line near the page's mirror
    // of the left margin (a page with one wrapped paragraph).
    // Failing that, the page's mirror of the left margin: a page whose only wrapped line
    // stops a long word short of it (its title, left out of `right`, is the widest line)
    // still wraps there; each line must then stop within a few words of it (see `glue`).
    let latin_full = full.or(mirror);
    let block = latin_full.map(|latin_full| Block {
        left,
        full,
        latin_full,
        mirror,
        pitch,
    });

    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut prev: Option<&Line> = None;
    for line in &lines {
        let glue = match (prev, &block, out.last()) {
            (Some(p), Some(block), Some(acc)) => block.glue(p, line, acc),
            _ => None,
        };
        match (glue, out.last_mut()) {
            (Some(glue), Some(acc)) => {
                let trimmed = acc.trim_end().len();
                acc.truncate(trimmed);
                match glue {
                    Glue::Tight => {}
                    Glue::Space => acc.push(' '),
                    Glue::Unhyphenate => {
                        acc.pop();
                    }
                }
                acc.push_str(line.text.trim_start());
            }
            _ => {
                // A line set a blank line's height or more below the last (a new section,
                // as a text file parts them with an empty line) is parted from it likewise.
                let spaced = prev.zip(pitch).is_some_and(|(p, pitch)| {
                    line.v - p.v > (1.6 * pitch).max(1.8 * p.size.max(line.size))
                });
                if spaced {
                    out.push(String::new());
                }
                out.push(line.text.trim_end().to_string());
            }
        }
        prev = Some(line);
    }
    out
}

/// A page's text block: its left edge, where a line is full (for any text, and for Latin
/// text, see [`join_wrapped`]), the usual line pitch.
struct Block {
    left: f32,
    full: Option<f32>,
    latin_full: f32,
    /// The page's mirror of the left margin, where a row set wider than the prose is cut.
    mirror: Option<f32>,
    pitch: Option<f32>,
}

/// How a wrapped line runs on into the next.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Glue {
    /// Straight on: CJK text, a figure cut in two, a hyphen that belongs to the words.
    Tight,
    /// After a space: Latin words.
    Space,
    /// The line-end hyphen dropped: a word hyphenated at the margin (`com-` / `pensates`).
    Unhyphenate,
}

impl Block {
    /// How `line` continues `p` (whose paragraph so far is `acc`), if it does.
    fn glue(&self, p: &Line, line: &Line, acc: &str) -> Option<Glue> {
        let Block {
            left,
            full,
            latin_full,
            pitch,
            ..
        } = *self;
        let last = acc.trim_end().chars().next_back().unwrap_or(' ');
        let t = line.text.trim_start();
        let first = t.chars().next().unwrap_or(' ');
        let size = p.size.max(line.size);
        // A code or figure cut by the margin (`RF20251124778` / `1)已生效`): its tail is
        // no numbered heading, whatever its digits look like.
        let figure_cut = first.is_ascii_digit()
            && acc
                .trim_end()
                .chars()
                .rev()
                .take_while(char::is_ascii_alphanumeric)
                .count()
                >= 3;
        // A row of `|` cells whose last cell the margin left open: its rest follows, set
        // where the cut fell (a cell's padding may indent the line that closes it).
        let open_row = is_open_row(acc);
        let closes = t.trim_end().ends_with('|');
        let follows = line.v - p.v > 0.0
            && line.v - p.v <= pitch.map_or(2.2 * size, |pt| (1.25 * pt).min(4.0 * size))
            && ((open_row && closes)
                || line.u_start <= p.u_start + 0.5 * size
                || line.u_start <= left + 0.5 * size)
            // A line ending in a blank to fill in is a form field, not a wrap.
            && last != '_'
            && (figure_cut || !is_heading_start(t))
            // A whole "label: ____" line is a form field of its own, never the end of a
            // wrapped line (a title above a party block).
            && !is_field_line(t);
        if !follows {
            return value_goes_on_indented(p, line, acc, pitch);
        }
        let cjk = is_cjk_like(last)
            || is_cjk_like(first)
            // A number or a blank to fill in broken across a Chinese line.
            || (acc.chars().any(is_cjk) && t.chars().any(is_cjk_like));
        let ruled = is_ruled_row(&p.text) || open_row;
        let full = if cjk && !ruled {
            full?
        } else if ruled {
            full.unwrap_or(latin_full)
        } else {
            latin_full
        };
        if ruled {
            // A ruled row runs on only when the margin cut it: the rest of its cells (closing
            // `|`, none opening) on the next line, or anything at all while its last cell
            // is open.
            // Chinese is cut anywhere, Latin text between words.
            let near = p.u_end >= full - 0.25 * (full - left);
            let cjk = acc.chars().any(is_cjk);
            let rest = open_row && (closes || latin_glue(acc.trim_end(), t).is_some());
            if near && (rest || is_ruled_tail(t)) {
                return Some(if cjk { Glue::Tight } else { Glue::Space });
            }
        }
        if is_table_row(&p.text) {
            // A row may run past the prose's edge: it is cut at the page's margin.
            let full = self.mirror.map_or(full, |m| m.max(full));
            return cut_row(p, line, acc, full, cjk);
        }
        // A short right-aligned or centred line is not part of a wrapped paragraph, which
        // spans most of the text block; and a wrap is where the next line's first unit would
        // not have fitted (allowing a character of line-breaking rules: no line opens with a
        // comma).
        if p.u_end - p.u_start < 0.6 * (full - left) || p.u_end + line.first_unit <= full - size {
            return None;
        }
        if cjk {
            // A semicolon parts the clauses of one paragraph (`还款期数:24期;` /
            // `每月还款额:…`): a full line ending in one runs on.
            let ends = ends_sentence(last) && !matches!(last, ';' | '；');
            return (p.u_end >= full - 2.0 * size && !ends).then_some(Glue::Tight);
        }
        // Latin text wraps before a whole word, so a line may stop short of the margin by
        // up to the next word's width (a long word: several ems). A column gap on the next
        // line makes it a table's next row or two columns side by side, which do not
        // continue a line (a table row on this one is [`cut_row`]'s); a label and
        // its value apart by one gap, cut by the margin (`Total of Payments:  $578.00 (the
        // amount you will have paid when you have` / `made the scheduled payment)`), runs on.
        if p.u_end < full - 8.0 * size || t.contains("  ") {
            return None;
        }
        // A row of column labels set with single spaces (`Amount Financed Interest Rate
        // Monthly Payment`) over its row of figures is a table, not a sentence run on.
        if (first.is_ascii_digit() || "$£€¥".contains(first)) && is_label_row(&p.text) {
            return None;
        }
        latin_glue(acc.trim_end(), t)
    }
}

/// A line of three words or more in capitals and no lower-case letter: a heading of its own
/// (`CONSUMER INSTALLMENT NOTE, DISCLOSURE STATEMENT AND SECURITY AGREEMENT`).
fn is_capitals_line(t: &str) -> bool {
    !t.chars().any(char::is_lowercase)
        && t.split_whitespace()
            .filter(|w| capitals(w.trim_end_matches([',', '.', ';', ':'])))
            .count()
            >= 3
}

/// A line of four or more capitalised words and nothing else but function words (`of`,
/// `to`): a heading or a table's row of column labels, which no sentence runs on from.
fn is_label_row(text: &str) -> bool {
    let mut capitalised = 0;
    for word in text.split_whitespace() {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let upper = word.chars().next().is_some_and(char::is_uppercase);
        if upper && letters == word.chars().count() && letters >= 2 {
            capitalised += 1;
        } else if !RUNS_ON.contains(&word) {
            return false;
        }
    }
    capitalised >= 4
}

/// Function words after which a Latin sentence cannot end: a line ending in one runs on even
/// into a capitalised word (`the` / `Borrower`).
const RUNS_ON: [&str; 44] = [
    "a", "an", "the", "of", "to", "and", "or", "nor", "in", "on", "at", "by", "for", "with",
    "from", "as", "per", "under", "between", "than", "that", "this", "these", "those", "such",
    "any", "all", "each", "its", "their", "your", "our", "his", "her", "which", "who", "is", "are",
    "be", "will", "shall", "may", "upon", "into",
];

/// How a line of Latin text ending in `head` runs on into `next`, if the break sits inside
/// a sentence: before a lower-case word, before a figure or an opening bracket after a word,
/// before a capitalised word after a comma or a function word, or inside a hyphenated word.
/// A list item (`(a)`, `ii.`, `•`) never continues a line.
fn latin_glue(head: &str, next: &str) -> Option<Glue> {
    let last = head.chars().next_back()?;
    let first = next.chars().next()?;
    // A bare page number is a footer, not a figure the sentence runs on into.
    let page_number = next.len() <= 3 && next.chars().all(|c| c.is_ascii_digit());
    if is_list_item(next) || page_number {
        return None;
    }
    let word = head.rsplit(char::is_whitespace).next().unwrap_or(head);
    if last == '-' {
        // `instal-` / `ments` was hyphenated at the margin; `Truth-in-` / `Lending` and
        // `1-` / `30` keep their hyphen.
        let before = word.chars().rev().nth(1)?;
        return match (before.is_lowercase(), first.is_lowercase()) {
            (true, true) => Some(Glue::Unhyphenate),
            _ if before.is_alphanumeric() && first.is_alphanumeric() => Some(Glue::Tight),
            _ => None,
        };
    }
    if cut_figure(word) && first.is_ascii_digit() {
        return Some(Glue::Tight);
    }
    let runs_on = if first.is_lowercase() {
        // `Inc.` / `and its affiliates`: only an abbreviation's full stop comes before a
        // lower-case word.
        !ends_sentence(last)
    } else if first.is_ascii_digit() || "$£€¥(“\"‘[".contains(first) {
        // `the sum of` / `$10,000`, `February` / `2026.`, `Borrower` / `("Borrower")`.
        last.is_alphanumeric() || ",)]”’\"%".contains(last)
    } else if first.is_uppercase() {
        // After a comma, a function word or a number (`on 5` / `November 2025`) unless the
        // next line is a field of its own (`Instalments and order: …`); inside a run of
        // capitals (`ANNUAL PERCENTAGE` / `RATE`); a date cut before its month (`beginning`
        // / `September 20, 2025`).
        let next_word = next.split_whitespace().next().unwrap_or(next);
        last == ','
            || RUNS_ON.iter().any(|w| word.eq_ignore_ascii_case(w))
            || (word.chars().all(|c| c.is_ascii_digit())
                && !starts_with_label(next)
                && !is_capitals_line(next))
            || (capitals(word) && capitals(next_word.trim_end_matches([',', '.', ';', ':'])))
            || (last.is_alphanumeric() && starts_with_date(next))
    } else {
        false
    };
    // A label whose figure or date the margin pushed onto the next line (`Total of
    // payments:` / `$2,978.16`, `Agreement date:` / `October 6, 2025`, `Period:` /
    // `10/01/2025`); a colon before a word still ends the line (`as follows:` / `monthly`).
    let runs_on = runs_on
        || (last == ':'
            && (first.is_ascii_digit() || "$£€¥".contains(first) || starts_with_date(next)));
    runs_on.then_some(Glue::Space)
}

/// A word in capitals (two letters or more).
fn capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// English month names (full and three-letter), as a date opens with them.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A line that opens with a date written month first (`September 20, 2025`, `Sept. 20`,
/// `Oct 6`): a month's name, then a day.
fn starts_with_date(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(month), Some(day)) = (words.next(), words.next()) else {
        return false;
    };
    let month = month.trim_end_matches('.').to_lowercase();
    let named = MONTHS
        .iter()
        .any(|m| *m == month || (month.len() >= 3 && m.starts_with(&month)));
    named && day.starts_with(|c: char| c.is_ascii_digit())
}

/// A line that opens with a label of its own: a capitalised word, at most four more words
/// without figures, then a colon (`Instalments and order: …`, `Borrower: …`).
fn starts_with_label(t: &str) -> bool {
    let Some((label, _)) = t.split_once(':') else {
        return false;
    };
    let words = label.split_whitespace().count();
    t.starts_with(char::is_uppercase)
        && (1..=5).contains(&words)
        && !label
            .chars()
            .any(|c| c.is_ascii_digit() || "$£€¥,.;".contains(c))
}

/// A figure cut by the margin: a currency sign or a group of thousands that is not finished
/// (`$1,0` / `47.15`, `$` / `3,000`).
fn cut_figure(word: &str) -> bool {
    let digits = word.trim_start_matches(['$', '£', '€', '¥']);
    if digits.is_empty() {
        return word.len() < 4 && !word.is_empty();
    }
    let Some((_, group)) = digits.rsplit_once(',') else {
        return false;
    };
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == ',')
        && (1..3).contains(&group.len())
}

/// A list item's start: a bullet, or a short label closed by `.` or `)` (`(a) `, `ii. `,
/// `3) `, `B. `).
fn is_list_item(t: &str) -> bool {
    let mut chars = t.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    if "•·‣◦▪▫■□☐☑☒●○◆◇*".contains(c)
        || ("-–—".contains(c) && chars.next().is_some_and(char::is_whitespace))
    {
        return true;
    }
    let body = t.strip_prefix('(').unwrap_or(t);
    let n = body.chars().take_while(char::is_ascii_alphanumeric).count();
    let (label, rest) = body.split_at(n.min(body.len()));
    let closed = rest.starts_with(". ") || rest.starts_with(") ");
    let label_like = label.chars().all(|c| c.is_ascii_digit())
        || label.chars().all(|c| c.is_ascii_lowercase())
        || label.chars().all(|c| "IVX".contains(c))
        || n == 1;
    (1..=3).contains(&n) && closed && label_like
}

/// A form field on a line of its own: a short label, a colon, and only a blank to fill in
/// (`甲方(出借人): ________`, `Name: ____`).
fn is_field_line(line: &str) -> bool {
    let Some((label, rest)) = line.split_once([':', '：']) else {
        return false;
    };
    let rest = rest.trim();
    (1..=24).contains(&label.trim().chars().count())
        && rest.starts_with('_')
        && rest.chars().all(|c| c == '_' || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(text: &str, u_start: f32, u_end: f32, v: f32) -> Line {
        Line {
            text: text.to_string(),
            u_start,
            u_end,
            v,
            size: 12.0,
            first_unit: 12.0,
        }
    }

    /// A wrapped paragraph's lines from `v` down: one that reaches the right edge and is
    /// continued, and the next that reaches it too.
    fn wrapped_paragraph(v: f32) -> [Line; 3] {
        [
            l(
                "甲方向乙方借款人民币壹万元整,借款期限自二〇二四年一月一日起至二〇二",
                96.0,
                520.0,
                v,
            ),
            l("五年一月一日止。", 72.0, 170.0, v + 18.0),
            l(
                "乙方应按月付息,到期还本,利率为年化百分之十二,按实际天数计",
                96.0,
                520.0,
                v + 36.0,
            ),
        ]
    }

    /// The lines of one page, joined with the margin they set.
    fn joined(lines: Vec<Line>) -> Vec<String> {
        let right = right_margin(&lines);
        join_wrapped(lines, right, None)
    }

    #[test]
    fn joins_wrapped_cjk_and_latin_lines() {
        let mut lines = vec![l("第一条 借款金额", 72.0, 170.0, 100.0)];
        lines.extend(wrapped_paragraph(118.0));
        lines.extend([
            l("第二条 借款用途", 72.0, 170.0, 172.0),
            l(
                "The borrower shall repay the loan in twelve equal monthly",
                72.0,
                521.0,
                190.0,
            ),
            l("instalments.", 72.0, 140.0, 208.0),
        ]);
        let out = joined(lines);
        assert_eq!(
            out,
            vec![
                "第一条 借款金额",
                "甲方向乙方借款人民币壹万元整,借款期限自二〇二四年一月一日起至二〇二五年一月一日止。",
                "乙方应按月付息,到期还本,利率为年化百分之十二,按实际天数计",
                "第二条 借款用途",
                "The borrower shall repay the loan in twelve equal monthly instalments.",
            ]
        );
    }

    #[test]
    fn latin_breaks_inside_a_sentence_run_on() {
        let glue = |head: &str, next: &str| latin_glue(head, next);
        assert_eq!(
            glue("at the rate of 10", "percent (10%)"),
            Some(Glue::Space)
        );
        assert_eq!(glue("the sum of", "$10,000.00 with"), Some(Glue::Space));
        assert_eq!(glue("the 12TH day of FEBRUARY", "2026."), Some(Glue::Space));
        assert_eq!(
            glue("between [name of borrower]", "(“Borrower”)."),
            Some(Glue::Space)
        );
        assert_eq!(
            glue("the rest of it stays in", "Illinois"),
            Some(Glue::Space)
        );
        assert_eq!(glue("hereto and the", "Borrower agrees"), Some(Glue::Space));
        assert_eq!(
            glue("The origination fee com-", "pensates Lender"),
            Some(Glue::Unhyphenate)
        );
        assert_eq!(
            glue("the Federal Truth-in-", "Lending Act"),
            Some(Glue::Tight)
        );
        assert_eq!(glue("a payment of $1,0", "47.15 is due"), Some(Glue::Tight));
        assert_eq!(
            glue("lend you $500 on March 3,", "2025."),
            Some(Glue::Space)
        );
        assert_eq!(
            glue("one repayment of £384.00 on 5", "November 2025"),
            Some(Glue::Space)
        );
        assert_eq!(
            glue("the ANNUAL PERCENTAGE", "RATE, which includes"),
            Some(Glue::Space)
        );
        assert_eq!(
            glue("Acme Lending Inc.", "and its affiliates"),
            Some(Glue::Space)
        );
    }

    #[test]
    fn latin_breaks_between_sentences_items_and_labels_do_not() {
        let glue = |head: &str, next: &str| latin_glue(head, next);
        // A sentence, a label's colon, a clause's semicolon end the line.
        assert_eq!(glue("the loan is due in full.", "The Lender may"), None);
        assert_eq!(glue("The payment schedule is as follows:", "monthly"), None);
        assert_eq!(glue("interest accrues daily;", "(b) fees accrue"), None);
        // A list item starts its own line, even after a word.
        assert_eq!(glue("the Borrower shall pay", "(a) the principal"), None);
        assert_eq!(glue("the Borrower shall pay", "a) the principal"), None);
        assert_eq!(glue("the Borrower shall pay", "• the principal"), None);
        assert_eq!(glue("the Borrower shall pay", "ii. the interest"), None);
        // A capitalised word after a word that may end a sentence: a new line of its own.
        assert_eq!(glue("Amount Financed", "Finance Charge"), None);
        assert_eq!(glue("Payments due monthly", "Late Charge"), None);
        assert_eq!(glue("the Lender may assign this Note to", "2"), None);
        assert_eq!(glue("Consumer Installment", "Loan Act Licensee"), None);
        assert_eq!(glue("FINANCE CHARGE", "Amount Financed"), None);
        // A figure after a figure is not a figure cut in two.
        assert_eq!(glue("payments of $162.38", "15 days"), Some(Glue::Space));
    }

    #[test]
    fn table_rows_do_not_run_on_unless_the_margin_cut_them() {
        let rows = [
            (
                "The Borrower shall repay the loan in twelve equal monthly",
                521.0,
            ),
            (
                "instalments as set out in the table below and in the notes.",
                521.0,
            ),
            (
                "Monthly  Payment  $162.38 due on the fifteenth of each month",
                521.0,
            ),
            ("beginning October 15, 2025", 200.0),
            (
                "| ANNUAL PERCENTAGE | FINANCE CHARGE | Amount Financed |",
                480.0,
            ),
            ("Total of Payments |", 190.0),
            ("| 32.05% | $1,047.15 | $2,850.00 | $3,897.15 |", 400.0),
            ("| 1 | 2 | 3 | 4 |", 400.0),
        ];
        let lines: Vec<Line> = (0..)
            .zip(rows)
            .map(|(i, (text, end))| l(text, 72.0, end, 100.0 + 18.0 * i as f32))
            .collect();
        let out = joined(lines);
        assert_eq!(
            out,
            vec![
                "The Borrower shall repay the loan in twelve equal monthly instalments as set out in the table below and in the notes.",
                "Monthly  Payment  $162.38 due on the fifteenth of each month",
                "beginning October 15, 2025",
                "| ANNUAL PERCENTAGE | FINANCE CHARGE | Amount Financed | Total of Payments |",
                "| 32.05% | $1,047.15 | $2,850.00 | $3,897.15 |",
                "| 1 | 2 | 3 | 4 |",
            ]
        );
    }

    #[test]
    fn a_row_of_column_labels_does_not_run_on_into_its_figures() {
        let rows = [
            (
                "Payments are due on the same day of each month until the total",
                521.0,
            ),
            (
                "of payments is paid, as the schedule of the Lender sets out.",
                500.0,
            ),
            (
                "Amount Financed Interest Rate Monthly Payment Total of Payments Due",
                515.0,
            ),
            (
                "$2,400.00 35.5% per annum $173.89 $3,129.94 09/24/2026",
                400.0,
            ),
            (
                "Please repay to the Lender the principal sum of Four Thousand",
                521.0,
            ),
            ("$4,000.00 in twelve instalments.", 250.0),
        ];
        let lines: Vec<Line> = (0..)
            .zip(rows)
            .map(|(i, (text, end))| l(text, 72.0, end, 100.0 + 18.0 * i as f32))
            .collect();
        assert_eq!(
            joined(lines),
            vec![
                "Payments are due on the same day of each month until the total of payments is paid, as the schedule of the Lender sets out.",
                "Amount Financed Interest Rate Monthly Payment Total of Payments Due",
                "$2,400.00 35.5% per annum $173.89 $3,129.94 09/24/2026",
                // Prose ending in capitalised words still runs on into a figure.
                "Please repay to the Lender the principal sum of Four Thousand $4,000.00 in twelve instalments.",
            ]
        );
    }

    #[test]
    fn form_lines_and_form_pages_are_not_joined() {
        // Two wrapped paragraphs set the margin; a field line ending in a blank reaches it
        // too but is not continued by the next label.
        let mut lines = wrapped_paragraph(100.0).to_vec();
        lines.extend([
            l("算。", 72.0, 100.0, 154.0),
            l(
                "联系地址:________________________________________________",
                72.0,
                519.0,
                172.0,
            ),
            l("联系电话:________", 72.0, 200.0, 190.0),
        ]);
        let out = joined(lines);
        assert_eq!(out.len(), 4, "{out:?}");
        assert_eq!(out[3], "联系电话:________");
        // A title page: only one line reaches the right edge, so no margin, no joins.
        let lines = vec![
            l(
                "借款合同(个人间借贷通用参考范本)说明事项如下所列各条款",
                72.0,
                520.0,
                100.0,
            ),
            l("甲方(出借人):张三", 72.0, 200.0, 118.0),
        ];
        assert_eq!(joined(lines).len(), 2);
        // A form page whose field lines set the margin: the title above the first field
        // reaches it, but a "label: ____" line is never a continuation.
        let lines = vec![
            l("借款合同(个人间借贷通用参考范本)", 90.0, 277.0, 100.0),
            l("甲方(出借人): ________", 90.0, 224.0, 136.0),
            l("身份证号:________", 90.0, 189.0, 172.0),
            l("乙方(借款人): ________", 90.0, 224.0, 208.0),
            l("身份证号:________", 90.0, 189.0, 244.0),
        ];
        let out = joined(lines);
        assert_eq!(out.len(), 5, "{out:?}");
        assert_eq!(out[1], "甲方(出借人): ________");
    }

    #[test]
    fn a_line_a_blank_line_below_the_last_is_parted_from_it() {
        let lines = vec![
            l("Lender: SwiftLoan UK Ltd", 72.0, 250.0, 100.0),
            l("Borrower: Callum Reid", 72.0, 230.0, 118.0),
            l(
                "Representative example: borrow 300 for 30 days.",
                72.0,
                400.0,
                154.0,
            ),
            l("Amount of credit: 250.00", 72.0, 240.0, 172.0),
        ];
        assert_eq!(
            joined(lines),
            vec![
                "Lender: SwiftLoan UK Ltd",
                "Borrower: Callum Reid",
                "",
                "Representative example: borrow 300 for 30 days.",
                "Amount of credit: 250.00",
            ]
        );
    }

    #[test]
    fn a_heading_in_capitals_does_not_continue_a_line_ending_in_a_number() {
        let lines = vec![
            l(
                "LONE STAR HOMETOWN FINANCE, INC. Texas Regulated Loan License No. 4471",
                72.0,
                480.0,
                100.0,
            ),
            Line {
                first_unit: 70.0,
                ..l(
                    "CONSUMER INSTALLMENT NOTE, DISCLOSURE STATEMENT AND SECURITY AGREEMENT",
                    72.0,
                    515.0,
                    118.0,
                )
            },
            l(
                "The Borrower shall repay the loan in twelve equal monthly",
                72.0,
                521.0,
                136.0,
            ),
            l(
                "instalments as set out in the table below and in the notes.",
                72.0,
                521.0,
                154.0,
            ),
            l("The loan is repayable in full on 5", 72.0, 505.0, 172.0),
            Line {
                first_unit: 50.0,
                ..l(
                    "November 2026 with the last instalment.",
                    72.0,
                    300.0,
                    190.0,
                )
            },
        ];
        assert_eq!(
            joined(lines),
            vec![
                "LONE STAR HOMETOWN FINANCE, INC. Texas Regulated Loan License No. 4471",
                "CONSUMER INSTALLMENT NOTE, DISCLOSURE STATEMENT AND SECURITY AGREEMENT",
                "The Borrower shall repay the loan in twelve equal monthly instalments as set out in the table below and in the notes.",
                "The loan is repayable in full on 5 November 2026 with the last instalment.",
            ]
        );
    }
}
