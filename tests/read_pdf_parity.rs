//! A PDF must say what its text says (issue #13): small PDFs typeset from a source text by
//! `scripts/make_pdf_parity.py` (the fresh corpus's typesetting), one per class of
//! difference the reader used to make, read back line by line against that source.
//!
//! The expected lines are the source text's, through the same character normalisation a
//! text file gets (`normalize_text`); runs of white space are compared as one space (the
//! width of a column gap is layout, not text).

use std::path::{Path, PathBuf};

use loanlint::read::{self, PAGE_BREAK, ReadOptions, SourceKind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pdf_parity")
        .join(name)
}

/// Non-blank lines, white space runs squeezed.
fn lines(text: &str) -> Vec<String> {
    text.split(['\n', PAGE_BREAK])
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

/// The lines read from `NAME.pdf`, and the lines of its source `NAME.txt`.
fn read_pair(name: &str) -> (Vec<String>, Vec<String>) {
    let doc = read::read_file(&fixture(&format!("{name}.pdf")), &ReadOptions::default())
        .unwrap_or_else(|e| panic!("{name}.pdf: {e}"));
    assert_eq!(doc.kind, SourceKind::Pdf, "{name}.pdf");
    let source = std::fs::read_to_string(fixture(&format!("{name}.txt"))).expect("source text");
    (lines(&doc.text), lines(&read::normalize_text(&source)))
}

#[test]
fn short_lines_near_no_margin_are_not_joined() {
    // Key/value lines that end where their text ends, a space-aligned schedule and a
    // footnote: the page's longest line falls far short of the right margin, so none of
    // them is a wrapped line (they used to be joined two by two).
    let (pdf, text) = read_pair("kv-lines-not-wrapped");
    assert_eq!(pdf, text);
    assert!(pdf.iter().any(|l| l == "GPS服务费:1,800.00元"), "{pdf:#?}");
}

#[test]
fn wrapped_paragraphs_are_joined_even_inside_a_figure() {
    // The first paragraph wraps inside `16,800.00` (`16,80` / `0.00元`), which once read
    // as a numbered heading `0.` and stayed split.
    let (pdf, text) = read_pair("paragraph-wrapped");
    assert_eq!(pdf, text);
    assert!(
        pdf.iter().any(|l| l.contains("学费16,800.00元")),
        "{pdf:#?}"
    );
}

#[test]
fn a_tick_the_font_cannot_name_reads_as_a_ticked_box() {
    // The font has □ but no ☑: each ticked box is drawn as a glyph without a character.
    let (pdf, text) = read_pair("checkbox-unnamed-tick");
    assert_eq!(pdf, text);
    assert_eq!(
        pdf.iter().filter(|l| l.contains('☑')).count(),
        3,
        "{pdf:#?}"
    );
}

#[test]
fn english_lines_wrapped_inside_a_sentence_are_joined() {
    // Latin text wraps at a space: before a lower-case word, after a function word, before
    // an opening quote. The TIL box's ruled rows are wider than the page, so each row's last
    // cells fall on a line of their own: they are the row's, not a line of their own. The
    // list items, the heading and the label/value lines stay as they are.
    let (pdf, text) = read_pair("en-paragraph-wrapped");
    assert_eq!(pdf, text);
    assert!(
        pdf.iter()
            .any(|l| l.contains("the Lender the principal sum of $3,000.00")),
        "{pdf:#?}"
    );
    assert!(
        pdf.iter().any(|l| l.ends_with("| $2,850.00 | $3,897.15 |")),
        "{pdf:#?}"
    );
}

#[test]
fn symbol_font_check_boxes_read_as_boxes_and_text_fonts_keep_their_letters() {
    // Wingdings draws ☑ at `þ` and ☐ at `o` and `¨`; Wingdings 2 (mapped to the private-use
    // U+F0xx as Word maps it) ☑ at `R` and ☐ at `£`. The same letters in Helvetica are text.
    let (pdf, text) = read_pair("symbol-font-boxes");
    assert_eq!(pdf, text);
    assert_eq!(pdf[1], "☑ Monthly ☐ Weekly ☐ Fortnightly", "{pdf:#?}");
    assert_eq!(pdf[3], "Zoë wrote þ, o and ü in the margin.", "{pdf:#?}");
}

#[test]
fn latin_wraps_before_a_date_or_after_a_labels_colon_are_joined() {
    // The margin falls before a date's month (`beginning` / `April 9, 2026`), after a
    // label's colon before its figure (`Amount Financed:` / `$4,650.00`), and inside a
    // label/value line whose parts are one column gap apart; the title is the page's widest
    // line. A line ending in a number does not run on into the next line's own label.
    let (pdf, text) = read_pair("en-wrap-dates-labels");
    assert_eq!(pdf, text);
    assert!(
        pdf.iter()
            .any(|l| l.contains("the month beginning April 9, 2026, and")),
        "{pdf:#?}"
    );
    assert!(
        pdf.iter().any(|l| l.contains("Amount Financed: $4,650.00")),
        "{pdf:#?}"
    );
    assert!(
        pdf.iter().any(|l| l.starts_with("Lender: Greenfield")),
        "{pdf:#?}"
    );
}

#[test]
fn space_aligned_columns_keep_their_gaps_and_cjk_clauses_run_on() {
    // Columns typed with runs of spaces read with a column gap (two spaces) between cells,
    // as the text file's do; a paragraph wrapped after `；` and a contract number cut by
    // the margin (`…0087` / `1)项下`) are joined back.
    let (pdf, text) = read_pair("zh-space-columns-semicolons");
    assert_eq!(pdf, text);
    let doc = read::read_file(
        &fixture("zh-space-columns-semicolons.pdf"),
        &ReadOptions::default(),
    )
    .expect("fixture");
    let row = doc
        .text
        .lines()
        .find(|l| l.contains("2026-04-09"))
        .expect("first schedule row");
    let cells: Vec<&str> = row
        .trim()
        .split("  ")
        .filter(|c| !c.trim().is_empty())
        .collect();
    assert_eq!(
        cells.iter().map(|c| c.trim()).collect::<Vec<_>>(),
        ["1", "2026-04-09", "1,000.00", "88.00", "1,088.00"],
        "{row:?}"
    );
    assert!(
        pdf.iter().any(|l| l.contains("HTA2026030900871)项下")),
        "{pdf:#?}"
    );
}

#[test]
fn table_rows_cut_by_the_margin_read_as_their_text_rows() {
    // A ruled row cut inside its last cells (the rest indented by the cell's padding), a
    // cell of prose over three lines, check-box rows and a header row without outer rules
    // cut inside a cell all read back as the one row the text has; the title in capitals
    // stays a line of its own after a line ending in a number.
    let (pdf, text) = read_pair("en-rows-cut-by-margin");
    assert_eq!(pdf, text);
    assert!(
        pdf.iter()
            .any(|l| l == "| 29.50% | $494.15 | $1,980.00 | $2,474.15 |"),
        "{pdf:#?}"
    );
}

#[test]
fn tabs_chinese_rows_and_indented_value_continuations_read_as_their_text() {
    // A tab between a label and its value keeps them apart; a header row cut inside its
    // last ideographs is one row; a row ending short of the margin does not swallow the
    // sentence below it. A value stopped at a comma goes on in the indented line, which
    // the PDF reading joins to it (the text's reader joins it when it segments the text).
    let (pdf, text) = read_pair("zh-rows-tabs-continuations");
    let continued = "会员服务费 399.00元,借款期间享受提额、免息券等权益,于最后一期还款时一并支付(2026年12月1日)";
    let mut expected = Vec::new();
    for line in text {
        match expected.last_mut() {
            Some(last) if line.starts_with("于最后一期") => *last += line.as_str(),
            _ => expected.push(line),
        }
    }
    assert_eq!(pdf, expected);
    assert!(pdf.iter().any(|l| l == continued), "{pdf:#?}");
    assert!(pdf.iter().any(|l| l == "持卡人 滕*岚"), "{pdf:#?}");
}
