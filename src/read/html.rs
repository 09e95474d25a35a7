//! HTML pages (a lending app's H5 contract saved from the phone, a web contract): parsed
//! with html5ever (through `scraper`), the tree walked without recursion, block structure
//! kept as lines (paragraphs, headings, list items, `<br>`, one table row a line with its
//! cells two spaces apart), scripts, styles and hidden elements dropped, the declared
//! charset decoded, template placeholders read as blanks.
//!
//! Bounds: the file size, and the nesting depth estimated by a byte scan before parsing
//! (html5ever's tree builder does not recurse, but checks run over the open-element stack,
//! so a document nested 100,000 deep costs quadratic time): past either, a clear error.

use std::sync::LazyLock;

use encoding_rs::Encoding;
use scraper::{Html, Node};

use super::blanks::blank_placeholders;
use super::error::ReadError;
use super::text::{Decoded, decode_with};
use crate::pattern;

/// Largest HTML file read.
pub const MAX_HTML_BYTES: usize = 16 << 20;
/// Deepest element nesting accepted (real contract pages nest a few dozen deep).
pub const MAX_DEPTH: usize = 400;

/// Plain text of an HTML page, one block a line, the encoding it was decoded from, and what
/// the reader noticed.
pub fn html_to_text(
    bytes: &[u8],
    name: &str,
) -> Result<(String, &'static str, Vec<String>), ReadError> {
    html_to_text_in(bytes, name, None)
}

/// [`html_to_text`] for a page whose charset its container declares (a web archive's part
/// header): that label wins over the page's `<meta>`, as an HTTP header does in a browser.
pub fn html_to_text_in(
    bytes: &[u8],
    name: &str,
    charset: Option<&'static Encoding>,
) -> Result<(String, &'static str, Vec<String>), ReadError> {
    let malformed = |detail: String| ReadError::Malformed {
        path: name.to_string(),
        format: "HTML",
        detail,
    };
    if bytes.len() > MAX_HTML_BYTES {
        return Err(malformed(format!(
            "{} bytes is over the {} MiB limit for HTML",
            bytes.len(),
            MAX_HTML_BYTES >> 20
        )));
    }
    let depth = nesting_depth(bytes);
    if depth > MAX_DEPTH {
        return Err(malformed(format!(
            "elements nested about {depth} deep (limit {MAX_DEPTH})"
        )));
    }
    let Decoded { text, encoding } =
        decode_with(bytes, charset.or_else(|| declared_charset(bytes))).ok_or_else(|| {
            ReadError::Encoding {
                path: name.to_string(),
            }
        })?;
    let mut warnings = Vec::new();
    if encoding != "UTF-8" {
        warnings.push(format!("HTML decoded as {encoding}"));
    }
    let page = Html::parse_document(&text);
    let lines = page_lines(&page);
    Ok((blank_placeholders(&lines).into_owned(), encoding, warnings))
}

static META_CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    pattern::bytes_regex(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)"#)
        .expect("static regex")
});

/// The charset a `<meta>` in the first KiBs declares, if encoding_rs knows its label.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(8192))?;
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    Encoding::for_label(label)
}

/// Elements that hold no reading text.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "audio", "video", "select", "datalist",
];
/// Elements that start and end a line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "legend",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];
/// Elements whose end tag may be left out: they close themselves, so the depth scan does
/// not count them (a page of unclosed `<p>`s is flat, not deep).
const SELF_CLOSING: &[&str] = &[
    "p", "li", "td", "th", "tr", "dt", "dd", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "rt", "rp", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
    "meta", "param", "source", "track", "wbr",
];

/// Inline formatting: a word may run on across these (`<b>Flex</b>ible`), so their seams
/// alone never part two cells.
const FORMATTING: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "strike", "strong", "sub", "sup", "tt", "u", "var",
];

/// Boxes a page lays out side by side in a row (CSS makes them flex or grid items).
const ROW_BOXES: &[&str] = &["span", "div", "label", "output", "data", "time"];
/// Rows of such boxes: layout containers, not paragraphs (a word processor's page splits a
/// paragraph's words into runs of `<span>`s) nor unknown markup (WordML's `<w:r>` runs).
const ROW_PARENTS: &[&str] = &[
    "div", "li", "dd", "section", "header", "footer", "article", "aside", "main", "nav", "form",
    "fieldset", "figure", "summary", "details",
];

type PageNode<'a> = ego_tree::NodeRef<'a, Node>;

fn element_name<'a>(node: &PageNode<'a>) -> Option<&'a str> {
    node.value().as_element().map(|e| e.name())
}

fn is_blank_text(node: &PageNode) -> bool {
    node.value().as_text().is_some_and(|t| t.trim().is_empty())
}

/// The element next to `node` (after it, or before it), past white space and comments only;
/// none when text lies between.
fn element_beside<'a>(node: &PageNode<'a>, after: bool) -> Option<PageNode<'a>> {
    let step = |n: &PageNode<'a>| {
        if after {
            n.next_sibling()
        } else {
            n.prev_sibling()
        }
    };
    let mut at = step(node);
    while let Some(n) = at {
        if n.value().is_element() {
            return Some(n);
        }
        if !is_blank_text(&n) && !n.value().is_comment() {
            return None;
        }
        at = step(&n);
    }
    None
}

/// Does `node` end a cell of a row of boxes? Its parent is a layout container that holds
/// only elements (no text of its own, as `<div class=row><span>Payment
/// frequency</span><span>bi-weekly</span></div>` does, laid out apart by CSS), the next child
/// is another element, and one of the two is a box rather than inline formatting. Such boxes are cells even when their text touches: a
/// label and its value, never one word.
fn ends_row_cell(node: &PageNode) -> bool {
    let Some(next) = element_beside(node, true) else {
        return false;
    };
    let boxed = |n: &PageNode| element_name(n).is_some_and(|t| ROW_BOXES.contains(&t));
    let known = |n: &PageNode| {
        element_name(n).is_some_and(|t| ROW_BOXES.contains(&t) || FORMATTING.contains(&t))
    };
    if !(boxed(node) || boxed(&next)) || !known(node) || !known(&next) {
        return false;
    }
    node.parent().is_some_and(|parent| {
        element_name(&parent).is_some_and(|t| ROW_PARENTS.contains(&t))
            && parent
                .children()
                .all(|c| c.value().is_element() || c.value().is_comment() || is_blank_text(&c))
    })
}

/// Is `br` inside a cell of a row of three cells or more (a data table: `<td>每期52.80元<br>
/// （月费率0.55%）</td>`)? The break only wraps the cell's text: the row stays one line of cells.
fn in_data_row_cell(br: &PageNode) -> bool {
    let is = |n: &PageNode, tags: &[&str]| element_name(n).is_some_and(|t| tags.contains(&t));
    let Some(cell) = br.ancestors().find(|a| is(a, &["td", "th"])) else {
        return false;
    };
    cell.parent().is_some_and(|row| {
        is(&row, &["tr"]) && row.children().filter(|c| is(c, &["td", "th"])).count() >= 3
    })
}

/// A paragraph or box that is the whole content of a table cell (`<td><p>年化利率</p></td>`, as
/// word processors export every cell): it is the cell's text, not a line of its own, so the row
/// stays one line of cells. A cell holding several blocks (a layout table's paragraphs) keeps
/// its line breaks.
fn sole_block_of_cell(node: &PageNode) -> bool {
    let Some(parent) = node.parent() else {
        return false;
    };
    if !element_name(&parent).is_some_and(|t| t == "td" || t == "th") {
        return false;
    }
    let inside = element_name(node).is_some_and(|t| matches!(t, "p" | "div" | "span" | "center"));
    inside
        && parent
            .children()
            .all(|c| c.id() == node.id() || c.value().is_comment() || is_blank_text(&c))
}

/// A definition's term followed by its description (`<dt>Principal</dt><dd>$3,000</dd>`):
/// one line, label and value two cells.
fn term_before_description(dt: &PageNode) -> bool {
    element_name(dt) == Some("dt")
        && element_beside(dt, true).and_then(|n| element_name(&n)) == Some("dd")
}

/// Whether an element is hidden: `hidden`, `type=hidden`, or an inline style with
/// `display:none` / `visibility:hidden`.
fn is_hidden(e: &scraper::node::Element) -> bool {
    if e.attr("hidden").is_some()
        || e.attr("type")
            .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
    {
        return true;
    }
    e.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Lines being assembled: inline white space collapses to one space, as a browser shows it.
#[derive(Default)]
struct Lines {
    out: String,
    line: String,
    space: bool,
    /// An element ended since the last character: the next text is another box.
    seam: bool,
    /// A cell of a row of boxes ended since the last character: the next text is its
    /// neighbour cell.
    cell_seam: bool,
}

impl Lines {
    fn text(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            if pre && c == '\n' {
                self.hard_break();
            } else if c.is_whitespace() && !pre {
                self.space = true;
            } else {
                // A label and its figure in two boxes of one row (`<span>Drawdown
                // date</span><span>3 November 2025</span>`, laid out apart by CSS) are two
                // cells, not one word.
                let label_then_figure = self.seam
                    && !self.space
                    && self
                        .line
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_alphabetic() || p == ')' || p == ':')
                    && (c.is_ascii_digit() || matches!(c, '£' | '$' | '€' | '¥'));
                // `<span>Draw date</span><span>September 5, 2025</span>`: a word ending in
                // lower case, a box's seam, a capital: a label and a value that is a word.
                let label_then_word = self.seam
                    && !self.space
                    && self
                        .line
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_lowercase() || p == ':')
                    && c.is_uppercase();
                if self.cell_seam {
                    self.cell();
                } else if label_then_figure || label_then_word {
                    self.line.push_str("  ");
                } else if self.space && !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
                self.space = false;
                self.seam = false;
                self.cell_seam = false;
                self.line.push(c);
            }
        }
    }

    /// An element ended.
    fn seam(&mut self) {
        self.seam = true;
    }

    /// A cell of a row of boxes ended.
    fn cell_seam(&mut self) {
        self.seam = true;
        self.cell_seam = true;
    }

    /// End the line if it has text (block boundaries).
    fn soft_break(&mut self) {
        if !self.line.trim().is_empty() {
            self.hard_break();
        }
        self.space = false;
        self.cell_seam = false;
    }

    /// End the line, even an empty one (`<br>`).
    fn hard_break(&mut self) {
        self.out.push_str(self.line.trim_end());
        self.out.push('\n');
        self.line.clear();
        self.space = false;
    }

    /// Two spaces between table cells (and the cells of a row of boxes).
    fn cell(&mut self) {
        if !self.line.trim().is_empty() {
            let trimmed = self.line.trim_end().len();
            self.line.truncate(trimmed);
            self.line.push_str("  ");
        }
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.soft_break();
        self.out
    }
}

/// Walk the parsed page depth first with an explicit cursor (ego_tree's `traverse`), so
/// that nesting never costs stack.
fn page_lines(page: &Html) -> String {
    use ego_tree::iter::Edge;
    let mut lines = Lines::default();
    // Nodes still open inside a skipped element (0: not skipping).
    let mut skipping = 0usize;
    let mut pre = 0usize;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping > 0 {
                    skipping += 1;
                    continue;
                }
                match node.value() {
                    Node::Text(t) => lines.text(t, pre > 0),
                    Node::Element(e) => {
                        let tag = e.name();
                        if SKIPPED.contains(&tag) || is_hidden(e) {
                            skipping = 1;
                            continue;
                        }
                        match tag {
                            "br" if in_data_row_cell(&node) => lines.text(" ", false),
                            "br" => lines.hard_break(),
                            "td" | "th" => lines.cell(),
                            "pre" => pre += 1,
                            "input" => {
                                if let Some(value) = e.attr("value") {
                                    lines.text(" ", false);
                                    lines.text(value, false);
                                    lines.text(" ", false);
                                }
                            }
                            _ => {}
                        }
                        let after_term = tag == "dd"
                            && element_beside(&node, false)
                                .is_some_and(|p| term_before_description(&p));
                        if BLOCKS.contains(&tag) && !after_term && !sole_block_of_cell(&node) {
                            lines.soft_break();
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    if e.name() == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    if term_before_description(&node) {
                        lines.cell();
                    } else if BLOCKS.contains(&e.name()) && !sole_block_of_cell(&node) {
                        lines.seam();
                        lines.soft_break();
                    } else if ends_row_cell(&node) {
                        lines.cell_seam();
                    } else {
                        lines.seam();
                    }
                }
            }
        }
    }
    lines.finish()
}

/// The deepest element nesting the tags suggest, by a byte scan (start tags of elements that
/// need an end tag count one level, end tags close one; comments skipped). An estimate, but
/// one that a hostile page cannot make small while nesting deep.
fn nesting_depth(bytes: &[u8]) -> usize {
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut i = 0usize;
    while let Some(at) = bytes.get(i..).and_then(memchr_lt) {
        let start = i + at + 1;
        let rest = bytes.get(start..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            i = match rest.windows(3).position(|w| w == b"-->") {
                Some(end) => start + end + 3,
                None => bytes.len(),
            };
            continue;
        }
        if let Some(after) = rest.strip_prefix(b"/") {
            if after.first().is_some_and(u8::is_ascii_alphabetic) {
                depth = depth.saturating_sub(1);
            }
            i = start;
            continue;
        }
        let name: Vec<u8> = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .take(16)
            .map(u8::to_ascii_lowercase)
            .collect();
        if !name.is_empty() {
            let tag_end = rest.iter().position(|&b| b == b'>');
            let self_closed = tag_end
                .and_then(|e| e.checked_sub(1))
                .and_then(|e| rest.get(e))
                == Some(&b'/');
            let name = std::str::from_utf8(&name).unwrap_or_default();
            if !self_closed && !SELF_CLOSING.contains(&name) {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
        i = start;
    }
    deepest
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        html_to_text(html.as_bytes(), "t.html").expect("reads").0
    }

    #[test]
    fn blocks_become_lines_and_table_rows_one_line() {
        let got = text(
            "<html><head><title>T</title><style>p{}</style></head><body>\
             <h1>借款合同</h1><p>甲方：<b>张三</b></p><div>乙方：李四<br>地址：北京</div>\
             <table><tr><th>期数</th><th>本金</th></tr><tr><td>1</td><td> 1,000.00 </td></tr></table>\
             <ul><li>一</li><li>二</li></ul><script>var x = '不要';</script></body></html>",
        );
        assert_eq!(
            got,
            "借款合同\n甲方：张三\n乙方：李四\n地址：北京\n期数  本金\n1  1,000.00\n一\n二\n"
        );
    }

    #[test]
    fn a_label_and_its_figure_in_two_boxes_are_two_cells() {
        let got = text(
            "<div class=row><span>Drawdown date</span><span>3 November 2025</span></div>\
             <div><span>Amount</span><span>£250.00</span></div><p>Pay in <b>4</b> parts of <b>$</b>60</p>",
        );
        assert_eq!(
            got,
            "Drawdown date  3 November 2025\nAmount  £250.00\nPay in 4 parts of $60\n"
        );
        // A value that is a word: a month's name, an account.
        let got = text(
            "<div class=row><span>Draw date</span><span>September 5, 2025</span></div>\
             <div><span>Sent to:</span><span>Checking</span></div><p><b>Flex</b>ible, <i>re</i>paid</p>",
        );
        assert_eq!(
            got,
            "Draw date  September 5, 2025\nSent to:  Checking\nFlexible, repaid\n"
        );
    }

    #[test]
    fn boxes_of_a_row_are_cells_whatever_their_text_starts_with() {
        // A value in lower case, or starting with a sign, in a row of boxes with no text of
        // its own: still two cells.
        let got = text(
            "<section><div class=line><label>Repayment cycle</label><b>fortnightly</b></div>\
             <div class=line><span>Discount</span><span>-$15.00</span></div>\
             <div class=line><strong>Late charge</strong><span>nil</span></div></section>",
        );
        assert_eq!(
            got,
            "Repayment cycle  fortnightly\nDiscount  -$15.00\nLate charge  nil\n"
        );
        // Inline formatting inside prose, or a parent with text of its own, stays one run.
        let got =
            text("<p><b>Re</b><i>payable</i> monthly</p><div>Term<span>inated</span> early</div>");
        assert_eq!(got, "Repayable monthly\nTerminated early\n");
        // A word processor's paragraph of runs, and unknown markup's runs, stay one run.
        let got = text(
            "<p><span>借款</span><span>咨询</span></p><div><w:r>服务</w:r><w:r>协议</w:r></div>",
        );
        assert_eq!(got, "借款咨询\n服务协议\n");
    }

    #[test]
    fn a_paragraph_that_fills_a_cell_keeps_the_row_on_one_line() {
        let page = "<table><tr><td><p>年化利率</p></td><td><p class=x>3.6%</p></td></tr>\
                    <tr><td><div>Amount</div></td><td><p><b>$500</b></p></td></tr></table>";
        assert_eq!(text(page), "年化利率  3.6%\nAmount  $500\n");
        // A cell of several paragraphs (a layout table) keeps its lines.
        let layout = "<table><tr><td><p>第一条 借款</p><p>第二条 还款</p></td></tr></table>";
        assert_eq!(text(layout), "第一条 借款\n第二条 还款\n");
    }

    #[test]
    fn a_definition_list_reads_term_and_description_on_one_line() {
        let got = text(
            "<dl><dt>Amount of credit</dt><dd>NZ$4,500.00</dd>\
             <dt>Instalments</dt>\n<dd>twenty-six</dd><dd>(one every two weeks)</dd></dl>",
        );
        assert_eq!(
            got,
            "Amount of credit  NZ$4,500.00\nInstalments  twenty-six\n(one every two weeks)\n"
        );
    }

    #[test]
    fn hidden_elements_are_dropped() {
        let got = text(
            "<p>shown</p><p style='DISPLAY: none'>gone1</p><div hidden>gone2</div>\
             <span style=\"visibility:hidden\">gone3</span><input type=hidden value=gone4>\
             <input value='10000'> 元",
        );
        assert!(got.contains("shown") && got.contains("10000 元"), "{got}");
        assert!(!got.contains("gone"), "{got}");
    }

    #[test]
    fn declared_gbk_is_decoded() {
        let (body, _, _) = encoding_rs::GBK.encode("<p>借款金额：人民币壹万元整</p>");
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>".to_vec();
        page.extend_from_slice(&body);
        let (got, encoding, warnings) = html_to_text(&page, "g.html").expect("reads");
        assert_eq!(encoding, "GBK");
        assert_eq!(got, "借款金额：人民币壹万元整\n");
        assert!(warnings.iter().any(|w| w.contains("GBK")), "{warnings:?}");
    }

    #[test]
    fn placeholders_are_blanks() {
        let got = text("<p>借款人：${name}，金额<%= amount %>元<#if x></#if></p>");
        assert_eq!(got, "借款人：____，金额____元____\n");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "<div>".repeat(100_000) + "x";
        let err = html_to_text(deep.as_bytes(), "deep.html").expect_err("too deep");
        assert_eq!(err.reason(), "damaged");
        assert!(err.to_string().contains("nested"), "{err}");
        // Unclosed paragraphs and list items are flat, not deep.
        let flat = "<p>a".repeat(5_000) + &"<li>b".repeat(5_000);
        assert!(html_to_text(flat.as_bytes(), "flat.html").is_ok());
    }
}
