//! Two text columns printed side by side, each line holding a piece of both:
//!
//! ```text
//! 借款本金:10,000.00元            0.95%收取,即每期95.00元,
//! 借款期数:12期(按月)              随每期本金一并支付。
//! 还款方式:等本等费                每期应还:928.33元
//! ```
//!
//! Read line by line, the right column's sentence runs into the left column's next label.
//! The extractor reads a copy in which the left column comes first and the right column
//! after it, each line kept whole; every quote is then taken again from the document as
//! written. A block counts as two columns only when both columns carry labelled entries
//! (`标签:内容`), so a key/value form (a label on the left, its value on the right) or a
//! table (several gaps a line) is left as it is.
//!
//! English pages set a block of terms beside an address or a purpose (see [`split_english`]):
//! there one column of entries is enough, a line may hold a piece of one column only, and a
//! piece runs on into the next only as Latin text wraps (the next piece opens in lower case
//! or with a sign).

use std::sync::LazyLock;

use regex::Regex;

use super::en::Deglued;
use crate::pattern;
use crate::read::Document;
use crate::read::document::is_cjk_like;

/// The gap between the columns: two blanks or more (ASCII or ideographic).
static GAP: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[ \u{3000}]{2,}|\u{3000}").expect("static regex"));

/// A labelled entry at the start of a column's piece: a short label, a colon, then content.
static ENTRY: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^[^:：\s]{1,12}[:：]\s*\S").expect("static regex"));

/// An English labelled entry: a label of a few words, a colon or a dot leader, then content
/// ("Paid to installer:$2,880.00", "Loan date: 07/09/2026", "How many ....... 18").
static ENGLISH_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[A-Za-z][A-Za-z'’().&/-]*(?: [A-Za-z'’().&/#-]+){0,4}\s*(?::|\.{3,}|…+)\s*\S")
        .expect("static regex")
});

/// An English entry with a colon: a block of them beside an address is read apart (a dot
/// leader's entries make a block only in both columns, as a summary's loan and payments
/// columns: one column of them is a key/value form, its values wrapped or ticked).
static ENGLISH_COLON_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[A-Za-z][A-Za-z'’().&/-]*(?: [A-Za-z'’().&/#-]+){0,4}\s*:\s*\S")
        .expect("static regex")
});

/// How a script's columns are told apart.
#[derive(Clone, Copy, PartialEq)]
enum Script {
    Chinese,
    English,
}

impl Script {
    fn entry(self) -> &'static Regex {
        match self {
            Script::Chinese => &ENTRY,
            Script::English => &ENGLISH_ENTRY,
        }
    }
}

/// Fewest lines a side-by-side block has.
const MIN_LINES: usize = 4;
/// Fewest labelled entries each column of a block has.
const MIN_LEFT_ENTRIES: usize = 3;
const MIN_RIGHT_ENTRIES: usize = 2;

/// One line of a block: its left and right pieces (byte spans); a line with a piece on one
/// side only has an empty span on the other.
struct Row {
    left: (usize, usize),
    right: (usize, usize),
}

/// The pieces of the line `text[start..end]` when it splits at exactly one gap with text on
/// both sides.
fn split_line(text: &str, start: usize, end: usize) -> Option<Row> {
    let line = text.get(start..end)?;
    let lead = line.len() - line.trim_start_matches([' ', '\u{3000}']).len();
    let body = line.trim_end_matches([' ', '\u{3000}']);
    let gaps: Vec<_> = GAP
        .find_iter(body)
        .filter(|m| m.start() >= lead && m.start() > 0)
        .collect();
    let [gap] = gaps.as_slice() else {
        return None;
    };
    Some(Row {
        left: (start + lead, start + gap.start()),
        right: (start + gap.end(), start + body.len()),
    })
}

/// A line holding one piece only, in an English block: an indented piece (a text page keeps
/// the column's place) is the right column's; a piece at the margin (a PDF's line keeps no
/// indent) is an entry of the column of entries, when it is one.
fn single_piece(text: &str, start: usize, end: usize, rows: &[Row]) -> Option<Row> {
    let line = text.get(start..end)?;
    let body = line.trim_end();
    let lead = line.len() - line.trim_start().len();
    if body.trim().is_empty() || rows.is_empty() || GAP.find_iter(body.trim()).next().is_some() {
        return None;
    }
    let piece = (start + lead, start + body.len());
    let empty = (start, start);
    if lead >= 2 {
        return Some(Row {
            left: empty,
            right: piece,
        });
    }
    let entries = |side: fn(&Row) -> (usize, usize)| {
        rows.iter()
            .filter(|r| has_entry(text, side(r), Script::English))
            .count()
    };
    let (left, right) = (entries(|r| r.left), entries(|r| r.right));
    if !has_entry(text, piece, Script::English) || left == right {
        return None;
    }
    Some(if right > left {
        Row {
            left: empty,
            right: piece,
        }
    } else {
        Row {
            left: piece,
            right: empty,
        }
    })
}

fn has_entry(text: &str, (s, e): (usize, usize), script: Script) -> bool {
    script.entry().is_match(text.get(s..e).unwrap_or(""))
}

/// Does the piece `a` run on into the piece `b` below it: `a` stops mid-sentence (no full
/// stop, semicolon or question mark ends it) and `b` opens no entry of its own (and, in
/// English, opens in lower case or with a sign, as a wrapped line does)?
fn runs_into(text: &str, a: (usize, usize), b: (usize, usize), script: Script) -> bool {
    let (Some(a), Some(b)) = (text.get(a.0..a.1), text.get(b.0..b.1)) else {
        return false;
    };
    let stopped = a
        .trim_end()
        .ends_with(['。', '；', ';', '？', '?', '！', '!', '.']);
    let wraps = script == Script::Chinese
        || b.trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || !c.is_alphanumeric());
    !a.trim().is_empty() && !b.trim().is_empty() && !stopped && wraps && !script.entry().is_match(b)
}

/// A copy of `doc` with each side-by-side block read column by column, or None when the
/// document has no such block.
pub(crate) fn split(doc: &Document) -> Option<Deglued> {
    split_as(doc, Script::Chinese)
}

/// [`split`] for an English page: a block of terms beside an address, a purpose, a title.
///
/// ```text
/// Poughkeepsie, NY 12601          Loan amount:$3,000.00
///                                 Origination fee:4% of loan
/// BORROWER                          = $120.00, withheld
/// ```
///
/// One column of entries suffices (an address has none), and a line may hold one piece.
pub(crate) fn split_english(doc: &Document) -> Option<Deglued> {
    split_as(doc, Script::English)
}

fn split_as(doc: &Document, script: Script) -> Option<Deglued> {
    let text = doc.text.as_str();
    if !text.contains("  ") && !text.contains('\u{3000}') {
        return None;
    }
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body_end = at + line.trim_end_matches(['\n', '\r']).len();
        lines.push((at, body_end));
        at += line.len();
    }
    let mut blocks: Vec<Vec<Row>> = Vec::new();
    let mut run: Vec<Row> = Vec::new();
    let close = |run: &mut Vec<Row>, blocks: &mut Vec<Vec<Row>>| {
        let rows = std::mem::take(run);
        let left = rows
            .iter()
            .filter(|r| has_entry(text, r.left, script))
            .count();
        let right = rows
            .iter()
            .filter(|r| has_entry(text, r.right, script))
            .count();
        // Read row by row, entries that each end on their line (a form with two entries a
        // row, questions and answers) say the same: only a piece that runs on into the next
        // line's piece of the same column needs the columns apart.
        let runs_on = rows.windows(2).any(|w| {
            [(w[0].left, w[1].left), (w[0].right, w[1].right)]
                .into_iter()
                .any(|(a, b)| runs_into(text, a, b, script))
        });
        let entries = match script {
            Script::Chinese => left >= MIN_LEFT_ENTRIES && right >= MIN_RIGHT_ENTRIES,
            Script::English => {
                let colon = |side: fn(&Row) -> (usize, usize)| {
                    rows.iter()
                        .filter(|r| {
                            let (s, e) = side(r);
                            ENGLISH_COLON_ENTRY.is_match(text.get(s..e).unwrap_or(""))
                        })
                        .count()
                };
                colon(|r| r.left).max(colon(|r| r.right)) >= MIN_LEFT_ENTRIES
                    || (left.min(right) >= MIN_RIGHT_ENTRIES && left.max(right) >= MIN_LEFT_ENTRIES)
            }
        };
        if rows.len() >= MIN_LINES && entries && runs_on {
            blocks.push(rows);
        }
    };
    for &(s, e) in &lines {
        let row = split_line(text, s, e).or_else(|| match script {
            Script::English => single_piece(text, s, e, &run),
            Script::Chinese => None,
        });
        match row {
            Some(row) => run.push(row),
            None => close(&mut run, &mut blocks),
        }
    }
    close(&mut run, &mut blocks);
    if blocks.is_empty() {
        return None;
    }
    let mut copy = String::with_capacity(text.len() + 16);
    let mut to_original = Vec::with_capacity(text.len() + 17);
    let push = |copy: &mut String, to: &mut Vec<usize>, s: usize, e: usize| {
        copy.push_str(text.get(s..e).unwrap_or(""));
        to.extend(s..e);
    };
    let mut next = 0;
    for rows in &blocks {
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            continue;
        };
        let block_start = text
            .get(..first.left.0)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        push(&mut copy, &mut to_original, next, block_start);
        for side in [true, false] {
            let pieces: Vec<(usize, usize)> = rows
                .iter()
                .map(|r| if side { r.left } else { r.right })
                .filter(|&(s, e)| e > s)
                .collect();
            for (i, &(s, e)) in pieces.iter().enumerate() {
                push(&mut copy, &mut to_original, s, e);
                // A piece that runs on into the next is joined to it as the normaliser joins
                // a wrapped line: Chinese without a break, other text with a blank.
                match pieces.get(i + 1) {
                    Some(&next) if runs_into(text, (s, e), next, script) => {
                        let cjk_join = text
                            .get(s..e)
                            .and_then(|t| t.chars().last())
                            .is_some_and(is_cjk_like)
                            || text
                                .get(next.0..next.1)
                                .and_then(|t| t.chars().next())
                                .is_some_and(is_cjk_like);
                        if !cjk_join {
                            copy.push(' ');
                            to_original.push(e);
                        }
                    }
                    _ => {
                        copy.push('\n');
                        to_original.push(e);
                    }
                }
            }
        }
        // The block's last line break is the one pushed after the right column's last piece.
        next = text
            .get(last.right.1..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| last.right.1 + i + 1);
    }
    push(&mut copy, &mut to_original, next, text.len());
    to_original.push(text.len());
    Some(Deglued::from_parts(
        Document::from_text(&doc.path, doc.kind, &copy),
        to_original,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::SourceKind;
    use std::path::Path;

    fn doc(text: &str) -> Document {
        Document::from_text(Path::new("t.txt"), SourceKind::Text, text)
    }

    #[test]
    fn two_labelled_columns_are_read_one_after_the_other() {
        let text = "要素表\n甲:一号  丙:三号的\n乙:二号  续行文字\n丁:四号  戊:五号\n己:六号  庚:七号\n签名\n";
        let d = split(&doc(text)).expect("a side-by-side block");
        assert_eq!(
            d.doc.text,
            "要素表\n甲:一号\n乙:二号\n丁:四号\n己:六号\n丙:三号的续行文字\n戊:五号\n庚:七号\n签名\n"
        );
    }

    #[test]
    fn a_key_value_form_and_a_table_are_left_alone() {
        let form =
            "借款金额:    10,000元\n借款期限:    12个月\n年利率:    18%\n还款方式:    等额本息\n";
        assert!(split(&doc(form)).is_none());
        let questions = "问:借多少?  答:两万元。\n问:借多久?  答:12个月。\n问:利率?  答:年利率20%\n问:费用?  答:服务费3,500元\n";
        assert!(split(&doc(questions)).is_none());
        let two_a_row = "借款人:张三  出借人:李四\n金额:1万元  期限:1年\n利率:10%  方式:到期还本\n日期:2025年1月1日  地点:北京\n";
        assert!(split(&doc(two_a_row)).is_none());
        let table = "期数  本金  利息\n1  800  100\n2  800  90\n3  800  80\n4  800  70\n";
        assert!(split(&doc(table)).is_none());
    }

    #[test]
    fn an_english_block_of_terms_beside_an_address_reads_column_by_column() {
        let want = "Bayside Auto Credit\nEugene, OR 97401\nCUSTOMER\nDana Whitfield\n\
                    PRICE AND TERMS\nAmount of loan:$5,200.00\nDocument fee:2% of loan = $104.00, \
                    paid from proceeds\nRate:18.5%/yr\nInstalments:36 monthly\nEach \
                    instalment:$189.31\n\nSigned\n";
        // A text page keeps the right column's place; a PDF's lines keep no indent.
        for text in [
            "Bayside Auto Credit          PRICE AND TERMS\nEugene, OR 97401             Amount of loan:$5,200.00\n                             Document fee:2% of loan\nCUSTOMER                       = $104.00, paid from proceeds\nDana Whitfield               Rate:18.5%/yr\n                             Instalments:36 monthly\n                             Each instalment:$189.31\n\nSigned\n",
            "Bayside Auto Credit  PRICE AND TERMS\nEugene, OR 97401  Amount of loan:$5,200.00\nDocument fee:2% of loan\nCUSTOMER  = $104.00, paid from proceeds\nDana Whitfield  Rate:18.5%/yr\nInstalments:36 monthly\nEach instalment:$189.31\n\nSigned\n",
        ] {
            let d = split_english(&doc(text)).expect("a side-by-side block");
            assert_eq!(d.doc.text, want, "{text}");
        }
    }

    #[test]
    fn english_key_value_forms_and_entry_pairs_are_left_alone() {
        // Labels on the left, values on the right; a value wrapped under its own.
        let form = "Loan amount:     $3,000.00\nFee:             4% of loan\n                 = $120.00, withheld\nTerm:            24 months\nRate:            12%\n";
        assert!(split_english(&doc(form)).is_none());
        // Two entries a row, each ending on its line.
        let pairs = "Borrower: A. Lee  Lender: Cove Credit\nAmount: $900  Term: 6 months\nRate: 9%  Fee: $20\nDate: 01/02/2026  Place: Reno, NV\n";
        assert!(split_english(&doc(pairs)).is_none());
        // One column of dot-leader entries, a value wrapped or ticked beside it: a form.
        let leaders = "Amount ........ $6,000.00\nTerm .......... 36 months\nPayments ...... 35 of $206.67,\n                monthly from 06/27/2025\nInsurance ..... [ ] yes   [X] no, not wanted\n";
        assert!(split_english(&doc(leaders)).is_none());
    }

    #[test]
    fn two_columns_of_dot_leader_entries_read_column_by_column() {
        let text = "LOAN                     PAYMENTS\nAmount ..... $900.00     How many ..... 6\nRate ....... 9%          How often .... weekly\nFee ........ $20.00      Each ......... $160.00\n  (paid in cash;         First due .... 03/01/2027\n  not from the loan)     Last due ..... 04/05/2027\n";
        let d = split_english(&doc(text)).expect("a side-by-side block");
        assert_eq!(
            d.doc.text,
            "LOAN\nAmount ..... $900.00\nRate ....... 9%\nFee ........ $20.00 (paid in cash;\nnot from the loan)\nPAYMENTS\nHow many ..... 6\nHow often .... weekly\nEach ......... $160.00\nFirst due .... 03/01/2027\nLast due ..... 04/05/2027\n"
        );
    }
}
