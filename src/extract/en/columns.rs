//! Flattened column tables: a disclosure box whose labels are printed in one row and their
//! figures in the row below, the cells set apart by bars, tabs or runs of blanks, as a box
//! pasted into an e-mail, a web page or a text export prints it:
//!
//! ```text
//!  ANNUAL PERCENTAGE RATE  |  FINANCE CHARGE  |  AMOUNT FINANCED  |  TOTAL OF PAYMENTS
//!  32.00%                 |  $1,100.22       |  $3,000.00        |  $4,190.22
//! ```
//!
//! The extractor reads a copy in which each label is followed by its own figure
//! ("AMOUNT FINANCED: $3,000.00", one line per column), as the key/value form prints it; every
//! quote is then taken again from the document as written. A heading wrapped over two rows
//! ("ANNUAL PERCENTAGE" over "RATE") is joined cell by cell. Drawn boxes (rows that open with
//! a bar) are read by column where they stand (`boxes.rs`) and are left alone here. Rows cut
//! by single blanks only are cut by label names and value forms (`spaced_header.rs`).

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Deglued;
use crate::read::Document;

/// A cell separator: a bar (ASCII or box-drawing) or a tab with any blanks around it, or a
/// run of two blanks or more.
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[ \t]*[|│║┃\t][ \t]*| {2,}").expect("static regex"));

/// Longest label a heading cell holds.
const MAX_LABEL: usize = 60;
/// Heading rows joined above one row of figures.
const MAX_HEADING_ROWS: usize = 3;

/// One line cut into cells: the byte range of each cell's text in the document.
struct Row {
    start: usize,
    end: usize,
    cells: Vec<(usize, usize)>,
}

fn cut(text: &str, start: usize, end: usize) -> Row {
    let line = &text[start..end];
    let mut cells = Vec::new();
    let mut at = 0;
    for sep in SEPARATOR.find_iter(line) {
        push_cell(line, start, at, sep.start(), &mut cells);
        at = sep.end();
    }
    push_cell(line, start, at, line.len(), &mut cells);
    Row { start, end, cells }
}

fn push_cell(line: &str, base: usize, from: usize, to: usize, cells: &mut Vec<(usize, usize)>) {
    let cell = &line[from..to];
    let lead = cell.len() - cell.trim_start().len();
    let trimmed = cell.trim();
    if !trimmed.is_empty() {
        cells.push((base + from + lead, base + from + lead + trimmed.len()));
    }
}

/// A heading cell: words with no figure, short enough to be a label.
fn is_label(cell: &str) -> bool {
    cell.len() <= MAX_LABEL
        && cell.chars().any(char::is_alphabetic)
        && !cell
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '$' | '£' | '€' | '%'))
}

/// A figure cell: it holds a digit.
fn is_figure(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
}

/// Does the row open with a bar (a drawn box, read in place by `boxes.rs`)?
fn drawn(text: &str, row: &Row) -> bool {
    text[row.start..row.end]
        .trim_start()
        .starts_with(['|', '│', '║', '┃'])
}

/// Does the row open with a separator (a bar, a tab, a run of blanks) before its first cell,
/// the mark of a blank first cell?
fn opens_with_blank_cell(text: &str, row: &Row) -> bool {
    row.cells.first().is_some_and(|&(a, _)| {
        let lead = &text[row.start..a];
        lead.contains(['|', '│', '║', '┃', '\t']) || lead.len() >= 2
    })
}

fn all_cells(text: &str, row: &Row, test: fn(&str) -> bool) -> bool {
    row.cells.len() >= 2 && row.cells.iter().all(|&(a, b)| test(&text[a..b]))
}

/// A row of figures: two figures or more, and any other cell a short name (a borrower's or a
/// lender's, under a words-only label).
fn figure_row(text: &str, row: &Row) -> bool {
    let figures = row
        .cells
        .iter()
        .filter(|&&(a, b)| is_figure(&text[a..b]))
        .count();
    figures >= 2 && row.cells.iter().all(|&(a, b)| b - a <= MAX_LABEL)
}

/// The document with each flattened column table read label by label, when it has one.
pub(crate) fn transpose(doc: &Document) -> Option<Deglued> {
    let text = doc.text.as_str();
    if text.contains('\r') || text.len() > 200_000 {
        return None;
    }
    let mut rows = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        rows.push(cut(text, start, start + line.len()));
        start += line.len() + 1;
    }
    // A heading row over its figure row, both cut by single blanks only: cut by label names
    // and value forms.
    for i in 1..rows.len() {
        if rows[i - 1].cells.len() == 1
            && rows[i].cells.len() == 1
            && let Some((heads, cells)) = super::spaced_header::pair(
                text,
                (rows[i - 1].start, rows[i - 1].end),
                (rows[i].start, rows[i].end),
            )
        {
            rows[i - 1].cells = heads;
            rows[i].cells = cells;
        }
    }
    // A row heading of its own over a blank cell: "Payment schedule | Number of payments |
    // Amount of each" over "| 48 | $250.43 | monthly": the figure row opens with the bar (or
    // tab) that ends its blank first cell, and the heading's first cell labels the row.
    let mut open_first = vec![false; rows.len()];
    for i in 1..rows.len() {
        if opens_with_blank_cell(text, &rows[i])
            && !drawn(text, &rows[i - 1])
            && rows[i - 1].cells.len() == rows[i].cells.len() + 1
            && rows[i].cells.len() >= 2
        {
            rows[i - 1].cells.remove(0);
            open_first[i] = true;
        }
    }
    // Each table: the heading rows (indices) and the figure row.
    let mut tables: Vec<(Vec<usize>, usize)> = Vec::new();
    for i in 1..rows.len() {
        let figures = &rows[i];
        if drawn(text, figures) && !open_first[i] || !figure_row(text, figures) {
            continue;
        }
        // A second row of figures under the first makes a list (a payment schedule), not a
        // box of one figure per label.
        if tables.last().is_some_and(|(_, f)| *f + 1 == i) {
            tables.pop();
            continue;
        }
        let n = figures.cells.len();
        let mut heading = Vec::new();
        let mut j = i;
        while j > 0 && heading.len() < MAX_HEADING_ROWS {
            let row = &rows[j - 1];
            if drawn(text, row) || row.cells.len() != n || !all_cells(text, row, is_label) {
                break;
            }
            heading.push(j - 1);
            j -= 1;
        }
        if !heading.is_empty() {
            heading.reverse();
            tables.push((heading, i));
        }
    }
    if tables.is_empty() {
        return None;
    }
    let mut copy = String::with_capacity(text.len() + 64);
    let mut to_original = Vec::with_capacity(text.len() + 64);
    let push = |copy: &mut String, to: &mut Vec<usize>, s: &str, from: Option<usize>| {
        for (k, c) in s.char_indices() {
            copy.push(c);
            let at = from.map_or(usize::MAX, |f| f + k);
            to.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
    };
    let mut at = 0;
    for (heading, figure_row) in &tables {
        let first = rows[heading[0]].start;
        push(&mut copy, &mut to_original, &text[at..first], Some(at));
        let figures = &rows[*figure_row];
        for (col, &(fa, fb)) in figures.cells.iter().enumerate() {
            for (k, &h) in heading.iter().enumerate() {
                let (ha, hb) = rows[h].cells[col];
                if k > 0 {
                    push(&mut copy, &mut to_original, " ", Some(ha));
                }
                push(&mut copy, &mut to_original, &text[ha..hb], Some(ha));
            }
            push(&mut copy, &mut to_original, ": ", Some(fa));
            push(&mut copy, &mut to_original, &text[fa..fb], Some(fa));
            push(&mut copy, &mut to_original, "\n", Some(fb));
        }
        // The figure row's own line break follows.
        at = (figures.end + 1).min(text.len());
    }
    push(&mut copy, &mut to_original, &text[at..], Some(at));
    // A placeholder offset (none was set above) would be a bug; fall back to the document end.
    for o in &mut to_original {
        if *o == usize::MAX {
            *o = text.len();
        }
    }
    to_original.push(text.len());
    let copy_doc = Document::from_text(&doc.path, doc.kind, &copy);
    Some(Deglued::from_parts(copy_doc, to_original))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::SourceKind;
    use std::path::Path;

    fn copy(text: &str) -> Option<String> {
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        transpose(&doc).map(|d| d.doc.text)
    }

    #[test]
    fn bars_tabs_and_blank_runs_read_label_by_label() {
        let want = "Intro\nANNUAL PERCENTAGE RATE: 9.5%\nAMOUNT FINANCED: $1,000.00\nEnd";
        for text in [
            "Intro\nANNUAL PERCENTAGE RATE | AMOUNT FINANCED\n9.5%  |  $1,000.00\nEnd",
            "Intro\nANNUAL PERCENTAGE RATE\tAMOUNT FINANCED\n9.5%\t$1,000.00\nEnd",
            "Intro\n ANNUAL PERCENTAGE RATE    AMOUNT FINANCED\n 9.5%                      $1,000.00\nEnd",
            "Intro\nANNUAL PERCENTAGE │ AMOUNT\nRATE │ FINANCED\n9.5% │ $1,000.00\nEnd",
        ] {
            assert_eq!(copy(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn a_name_under_a_words_label_does_not_stop_the_table() {
        let text = "Borrower | Loan Amount | Due Date\nPriya Nair | $1,800.00 | 09/30/2027\n";
        assert_eq!(
            copy(text).as_deref(),
            Some("Borrower: Priya Nair\nLoan Amount: $1,800.00\nDue Date: 09/30/2027\n")
        );
        // One figure among words is a sentence, no table.
        assert_eq!(copy("Borrower  Lender\nPriya Nair  Owes $5\n"), None);
    }

    #[test]
    fn lists_drawn_boxes_and_prose_are_left_alone() {
        for text in [
            // A payment schedule: two rows of figures under the heading.
            "Number | Amount\n23 | $170.84\n1 | $170.90\n",
            // A drawn box.
            "| Amount Financed | Total |\n| $1,000.00 | $1,200.00 |\n",
            // A label and its figure on one line.
            "Amount financed  $1,000.00\nTerm  12 months\n",
        ] {
            assert_eq!(copy(text), None, "{text}");
        }
    }

    #[test]
    fn quotes_come_back_from_the_document() {
        let text = "ANNUAL PERCENTAGE RATE | AMOUNT FINANCED\n9.5% | $1,000.00\n";
        let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
        let d = transpose(&doc).expect("a table");
        let at = d.doc.text.find("AMOUNT FINANCED").unwrap();
        let end = d.doc.text.find("$1,000.00").unwrap() + 9;
        let terms = crate::model::Terms {
            disbursed: Some(crate::model::Amount {
                amount: rust_decimal::Decimal::new(1000, 0),
                currency: "USD".into(),
                evidence: d.doc.evidence(at, end),
                derived: false,
            }),
            ..Default::default()
        };
        let back = d.restore(terms, &doc).disbursed.unwrap().evidence;
        assert_eq!(back.text, "AMOUNT FINANCED\n9.5% | $1,000.00");
    }
}
