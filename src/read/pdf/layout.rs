//! Rebuild lines and reading order from glyph positions.
//!
//! `pdf-extract` hands every glyph to an [`OutputDev`] with its text-rendering matrix. We
//! keep the position, size and advance of each glyph, then per page: keep the dominant
//! writing direction (a rotated page reads correctly, a diagonal watermark is dropped), sort
//! glyphs top-down into lines by baseline and left-to-right inside a line, space words by
//! the gaps between glyphs (none between CJK characters). `wrap` then joins the lines that
//! a paragraph was wrapped into.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use crate::read::document::is_cjk_like;
use crate::read::normalize::map_glyph;

/// Stands for a glyph without a character while a page is collected (never in the output).
const UNNAMED: char = '\u{FFFD}';
const UNNAMED_STR: &str = "\u{FFFD}";
/// What an unnamed glyph in a box's place reads as.
const TICKED: &str = "☑";
/// Empty check boxes: a page with one of these is a form whose unnamed marks are ticks.
const EMPTY_BOXES: [&str; 3] = ["□", "☐", "❏"];

/// One glyph on the page, in reading coordinates: `u` grows along the line, `v` down the page.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    u: f32,
    v: f32,
    size: f32,
    adv: f32,
    /// 0..=3: quarter turns of the writing direction; 4: anything else (diagonal).
    dir: u8,
    start: u32,
    len: u8,
}

/// A laid-out line of one page.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    /// Start and end along the writing direction, and the baseline position.
    pub u_start: f32,
    pub u_end: f32,
    pub v: f32,
    pub size: f32,
    /// Width of the line's first unbreakable unit (its first ideograph, else its first
    /// word): what would have had to fit on the line above for this line not to be a wrap.
    pub first_unit: f32,
}

/// The glyphs of one page, collected while pdf-extract walks it.
#[derive(Debug, Default)]
pub struct PageCollector {
    glyphs: Vec<Glyph>,
    chars: String,
    /// Glyphs that were dropped because they were drawn in a minority direction.
    pub dropped_other_direction: usize,
    /// The writing direction the lines were read in (see [`PageCollector::lines`]).
    pub direction: u8,
}

/// Vertical distance between the pages of a batch (see [`Collector::batch`]): far beyond
/// any real page size (14 400 pt at most), small enough for exact f64 positions.
pub const BAND_STRIDE: f64 = 1.0e6;

/// The output device handed to pdf-extract: collects the glyphs of the current page, or,
/// in batch mode, of several pages drawn one below the other `BAND_STRIDE` apart on one
/// synthetic page (so that pdf-extract parses each font once per batch, not once per page).
#[derive(Debug, Default)]
pub struct Collector {
    pub page: PageCollector,
    bands: Vec<PageCollector>,
}

impl Collector {
    /// A collector for a batch of `pages` pages.
    pub fn batch(pages: usize) -> Self {
        Collector {
            page: PageCollector::default(),
            bands: (0..pages).map(|_| PageCollector::default()).collect(),
        }
    }

    /// The pages of a batch, in order.
    pub fn into_bands(self) -> Vec<PageCollector> {
        self.bands
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _: u32,
        _: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        if self.bands.is_empty() {
            self.page = PageCollector::default();
        }
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let m = [trm.m11, trm.m12, trm.m21, trm.m22, trm.m31, trm.m32];
        if self.bands.is_empty() {
            self.page.push(m, width, font_size, text);
        } else {
            let band = (-trm.m32 / BAND_STRIDE).round();
            if band >= 0.0
                && let Some(page) = self.bands.get_mut(band as usize)
            {
                let mut m = m;
                m[5] += band * BAND_STRIDE;
                page.push(m, width, font_size, text);
            }
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

impl PageCollector {
    /// `m`: the text rendering matrix `[a b c d x y]`.
    fn push(&mut self, m: [f64; 6], width: f64, font_size: f64, text: &str) {
        let [a, b, c, d, x, y] = m;
        let fs = if font_size.is_finite() && font_size != 0.0 {
            font_size.abs()
        } else {
            1.0
        };
        let size = fs * (c * c + d * d).sqrt();
        let adv = (width * fs) * (a * a + b * b).sqrt();
        if !(size.is_finite() && adv.is_finite() && x.is_finite() && y.is_finite()) {
            return;
        }
        let dir = direction(a, b);
        let (u, v) = match dir {
            1 => (y, x),
            2 => (-x, y),
            3 => (-y, -x),
            _ => (x, -y),
        };
        let start = self.chars.len();
        if !text.is_empty() && text.chars().all(|c| c == '\0' || c == UNNAMED) {
            // A glyph the font gives no character for (the font lacks it, or its ToUnicode
            // maps it to nothing): kept as a mark until the line shows what it stands for.
            self.chars.push(UNNAMED);
        } else {
            for ch in text.chars() {
                // An ideographic space is one em: two spaces, as the text reader maps it, so
                // that cells aligned with it stay apart (`render_line`'s typed gap).
                if ch == '\u{3000}' {
                    self.chars.push_str("  ");
                } else {
                    map_glyph(ch, &mut self.chars);
                }
            }
        }
        let len = self.chars.len() - start;
        if len == 0 || len > u8::MAX as usize {
            self.chars.truncate(start);
            return;
        }
        self.glyphs.push(Glyph {
            u: u as f32,
            v: v as f32,
            size: size.max(0.1) as f32,
            adv: adv as f32,
            dir,
            start: start as u32,
            len: len as u8,
        });
    }

    /// Number of non-space characters collected.
    pub fn visible_chars(&self) -> usize {
        self.chars.chars().filter(|c| !c.is_whitespace()).count()
    }

    /// The page's lines in reading order.
    pub fn lines(&mut self) -> Vec<Line> {
        let mut counts = [0usize; 5];
        for g in &self.glyphs {
            counts[g.dir as usize] += 1;
        }
        let dominant = (0..4)
            .max_by_key(|&d| (counts[d], usize::from(d == 0)))
            .unwrap_or(0) as u8;
        let before = self.glyphs.len();
        self.direction = dominant;
        self.glyphs.retain(|g| g.dir == dominant);
        self.dropped_other_direction = before - self.glyphs.len();
        self.glyphs
            .sort_by(|p, q| p.v.total_cmp(&q.v).then(p.u.total_cmp(&q.u)));
        let boxes = self
            .glyphs
            .iter()
            .any(|g| EMPTY_BOXES.contains(&self.text_of(g)));

        // Group into lines by baseline: a glyph joins the line when its baseline is within
        // ~half a font size of the line's (superscripts and mixed sizes stay in the line).
        // A line is a run of consecutive glyphs in that order, so it is kept as a range of
        // `self.glyphs` (sorted in place along the line), not copied out.
        let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
        let mut line_v = f32::NEG_INFINITY;
        let mut line_size = 0.0f32;
        for (i, g) in self.glyphs.iter().enumerate() {
            let tol = 0.5 * g.size.max(line_size);
            match groups.last_mut() {
                Some(cur) if (g.v - line_v).abs() <= tol => cur.end = i + 1,
                _ => {
                    groups.push(i..i + 1);
                    line_v = g.v;
                    line_size = g.size;
                }
            }
        }
        for line in &groups {
            if let Some(gs) = self.glyphs.get_mut(line.clone()) {
                gs.sort_by(|p, q| p.u.total_cmp(&q.u));
            }
        }
        groups
            .into_iter()
            .filter_map(|line| self.render_line(self.glyphs.get(line)?, boxes))
            .collect()
    }

    fn text_of(&self, g: &Glyph) -> &str {
        let s = g.start as usize;
        self.chars.get(s..s + g.len as usize).unwrap_or("")
    }

    fn render_line(&self, gs: &[Glyph], boxes: bool) -> Option<Line> {
        let mut text = String::new();
        let mut prev: Option<&Glyph> = None;
        let mut pending_space = false;
        // Space glyphs drawn since the last visible glyph (a tab counts as a column gap).
        let mut pending_spaces = 0usize;
        let mut u_start = f32::INFINITY;
        let mut u_end = f32::NEG_INFINITY;
        let mut size_sum = 0.0f32;
        let mut v = 0.0f32;
        let mut n = 0usize;
        // The end of the first unit while it is still open (no space or ideograph ended it).
        let mut first_end: Option<f32> = None;
        let mut first_open = true;
        for (i, g) in gs.iter().enumerate() {
            let mut t = self.text_of(g);
            if t == UNNAMED_STR {
                // On a page of empty boxes (□), a glyph without a character that stands
                // where a box stands (at the line's start, after a space or a label's colon,
                // before text) is the ticked box the font could not name.
                let after_space = prev.is_none_or(|p| {
                    pending_space
                        || g.u - (p.u + p.adv) > 0.2 * g.size
                        || text
                            .chars()
                            .next_back()
                            .is_some_and(|c| !c.is_alphanumeric())
                });
                let before_text = gs
                    .get(i + 1)
                    .is_some_and(|n| self.text_of(n) != UNNAMED_STR);
                if !(boxes && after_space && before_text) {
                    // Else a blank the font could not name (a writer's .notdef for a text's
                    // tab): where it leaves a gap, a space, as a space glyph would be (one:
                    // a font may draw its unnamed space beside a named one).
                    if prev.is_some() && g.adv > 0.25 * g.size {
                        pending_space = true;
                    }
                    continue;
                }
                t = TICKED;
            }
            if t.chars().all(char::is_whitespace) {
                pending_space = true;
                pending_spaces += if t.contains('\t') {
                    2
                } else {
                    t.chars().count()
                };
                continue;
            }
            if let Some(p) = prev {
                let pt = self.text_of(p);
                // Fake bold: the same glyph drawn twice at (almost) the same place. The
                // shift is a fraction of the glyph's own advance; a doubled narrow letter
                // ("ll" in "installments") sits a full advance on and is kept.
                let overprint = if p.adv > 0.0 {
                    (0.5 * p.adv).min(0.3 * g.size)
                } else {
                    0.3 * g.size
                };
                if pt == t && (g.u - p.u).abs() < overprint {
                    continue;
                }
                let gap = g.u - (p.u + p.adv);
                let size = g.size.max(p.size);
                let last = text.chars().next_back().unwrap_or(' ');
                let first = t.chars().next().unwrap_or(' ');
                let cjk_pair = is_cjk_like(last) && is_cjk_like(first);
                // Two space glyphs or more (or a tab) that leave a gap of their width: the
                // columns a text was aligned in with spaces, as a text file has them.
                let typed_gap = pending_spaces >= 2 && gap > 0.4 * size;
                if gap > 2.0 * size || typed_gap {
                    // A column or table-cell gap: keep it visible as two spaces.
                    text.push_str("  ");
                } else if (!cjk_pair && (gap > 0.2 * size || (pending_space && gap > 0.05 * size)))
                    || (cjk_pair && pending_space && gap > 0.5 * size)
                {
                    // Between CJK characters only a real space glyph that also looks like
                    // one (`第一条 借款金额`) is kept; layout gaps are not spaces in Chinese.
                    // Elsewhere too a space glyph is a space only where it leaves a gap: a
                    // zero-width one between glyphs set flush ("0.8 75", "R ecording") is not.
                    text.push(' ');
                }
            }
            pending_space = false;
            pending_spaces = 0;
            let starts_cjk = t.chars().next().is_some_and(is_cjk_like);
            if first_open && (text.ends_with(' ') || (starts_cjk && first_end.is_some())) {
                first_open = false;
            }
            if first_open {
                first_end = Some(g.u + g.adv.max(0.0));
                first_open = !starts_cjk;
            }
            text.push_str(t);
            u_start = u_start.min(g.u);
            u_end = u_end.max(g.u + g.adv.max(0.0));
            size_sum += g.size;
            v = g.v;
            n += 1;
            prev = Some(g);
        }
        (n > 0).then(|| Line {
            text,
            u_start,
            u_end,
            v,
            size: size_sum / n as f32,
            first_unit: first_end.map_or(0.0, |e| (e - u_start).max(0.0)),
        })
    }
}

/// The extent of a page box along the writing direction `dir` (as [`PageCollector::lines`]
/// reads it): `(start, end)` of the `u` coordinate. `page_box` is `[x0, y0, x1, y1]`.
pub fn page_span(page_box: [f32; 4], dir: u8) -> Option<(f32, f32)> {
    let [x0, y0, x1, y1] = page_box;
    let (lo, hi) = match dir {
        0 => (x0.min(x1), x0.max(x1)),
        1 => (y0.min(y1), y0.max(y1)),
        2 => (-x0.max(x1), -x0.min(x1)),
        3 => (-y0.max(y1), -y0.min(y1)),
        _ => return None,
    };
    (lo.is_finite() && hi.is_finite() && hi - lo > 1.0).then_some((lo, hi))
}

/// Quarter turns of the writing direction from the text matrix's x axis, or 4 if diagonal.
fn direction(a: f64, b: f64) -> u8 {
    if b.abs() <= 0.05 * a.abs() {
        if a >= 0.0 { 0 } else { 2 }
    } else if a.abs() <= 0.05 * b.abs() {
        if b >= 0.0 { 1 } else { 3 }
    } else {
        4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Put `text` glyph by glyph on a line at (x, y), each `adv` wide, upright, size 12.
    fn line(page: &mut PageCollector, text: &str, x: f64, y: f64, adv: f64) {
        for (i, ch) in text.chars().enumerate() {
            let s = ch.to_string();
            page.push(
                [1.0, 0.0, 0.0, 1.0, x + i as f64 * adv, y],
                adv / 12.0,
                12.0,
                &s,
            );
        }
    }

    #[test]
    fn doubled_narrow_letters_are_kept_and_fake_bold_is_dropped() {
        let mut page = PageCollector::default();
        // Helvetica-like advances: "l" is 0.222 em, so "ll" is 2.7 pt apart at 12 pt.
        let word = [('a', 6.7), ('l', 2.7), ('l', 2.7), ('s', 6.0)];
        let mut x = 72.0;
        for (ch, adv) in word {
            let s = ch.to_string();
            page.push([1.0, 0.0, 0.0, 1.0, x, 700.0], adv / 12.0, 12.0, &s);
            x += adv;
        }
        // Fake bold: each glyph drawn twice, 0.4 pt apart.
        let mut x = 72.0;
        for ch in "Bold".chars() {
            let s = ch.to_string();
            for dx in [0.0, 0.4] {
                page.push([1.0, 0.0, 0.0, 1.0, x + dx, 650.0], 0.5, 12.0, &s);
            }
            x += 6.0;
        }
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["alls", "Bold"]);
    }

    #[test]
    fn a_space_glyph_without_a_gap_is_no_space() {
        let mut page = PageCollector::default();
        // "0.8", a zero-width space glyph, then "75" set flush after the "8".
        line(&mut page, "0.8", 72.0, 700.0, 6.0);
        page.push([1.0, 0.0, 0.0, 1.0, 90.0, 700.0], 0.0, 12.0, " ");
        line(&mut page, "75", 90.0, 700.0, 6.0);
        // A real space: the glyph and a visible gap.
        line(&mut page, "of", 72.0, 650.0, 6.0);
        page.push([1.0, 0.0, 0.0, 1.0, 84.0, 650.0], 0.25, 12.0, " ");
        line(&mut page, "loan", 87.0, 650.0, 6.0);
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["0.875", "of loan"]);
    }

    #[test]
    fn an_ideographic_space_between_columns_is_a_column_gap() {
        // A slip's header and value rows aligned with one U+3000 (one em) between cells, as
        // the text reader sees them: two spaces, so the cells stay apart.
        let mut page = PageCollector::default();
        for (y, cells, adv) in [
            (700.0, ["分期金额", "期数"], 12.0),
            (650.0, ["12,000.00", "12"], 6.0),
        ] {
            let mut x = 72.0;
            for cell in cells {
                line(&mut page, cell, x, y, adv);
                x += adv * cell.chars().count() as f64;
                page.push([1.0, 0.0, 0.0, 1.0, x, y], 1.0, 12.0, "\u{3000}");
                x += 12.0;
            }
        }
        // A space glyph that claims an em (a font without /Widths) stays one space.
        line(&mut page, "of", 72.0, 600.0, 12.0);
        page.push([1.0, 0.0, 0.0, 1.0, 96.0, 600.0], 1.0, 12.0, " ");
        line(&mut page, "loan", 108.0, 600.0, 12.0);
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["分期金额  期数", "12,000.00  12", "of loan"]);
    }

    #[test]
    fn reading_order_follows_position_not_drawing_order() {
        let mut page = PageCollector::default();
        line(&mut page, "甲方向乙方借款", 72.0, 600.0, 12.0);
        line(&mut page, "第一条借款金额", 72.0, 700.0, 12.0);
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["第一条借款金额", "甲方向乙方借款"]);
    }

    #[test]
    fn word_gaps_become_spaces_but_not_between_ideographs() {
        let mut page = PageCollector::default();
        line(&mut page, "Loan", 72.0, 700.0, 6.0);
        line(&mut page, "amount", 72.0 + 4.0 * 6.0 + 4.0, 700.0, 6.0);
        // Ideographs spaced out by 4 pt (justified text): no spaces.
        for (i, ch) in "借款金额".chars().enumerate() {
            let s = ch.to_string();
            page.push(
                [1.0, 0.0, 0.0, 1.0, 72.0 + i as f64 * 16.0, 650.0],
                1.0,
                12.0,
                &s,
            );
        }
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["Loan amount", "借款金额"]);
    }

    #[test]
    fn rotated_page_reads_along_its_direction_and_diagonal_watermark_is_dropped() {
        let mut page = PageCollector::default();
        // Text running upwards (page rotated 90°): lines progress to the right.
        for (row, text) in [(100.0, "first line"), (120.0, "second line")] {
            for (i, ch) in text.chars().enumerate() {
                let s = ch.to_string();
                page.push(
                    [0.0, 1.0, -1.0, 0.0, row, 72.0 + i as f64 * 6.0],
                    0.5,
                    12.0,
                    &s,
                );
            }
        }
        for (i, ch) in "DRAFT".chars().enumerate() {
            let s = ch.to_string();
            page.push(
                [
                    0.7,
                    0.7,
                    -0.7,
                    0.7,
                    300.0 + i as f64 * 20.0,
                    300.0 + i as f64 * 20.0,
                ],
                0.6,
                40.0,
                &s,
            );
        }
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["first line", "second line"]);
        assert_eq!(page.dropped_other_direction, 5);
    }

    #[test]
    fn an_unnamed_blank_between_words_is_a_space() {
        let mut page = PageCollector::default();
        // A text's tab drawn as the font's .notdef (mapped to U+0000), 12 pt wide, between
        // a label and its value in ideographs.
        line(&mut page, "持卡人", 72.0, 700.0, 12.0);
        page.push([1.0, 0.0, 0.0, 1.0, 108.0, 700.0], 1.0, 12.0, "\0");
        line(&mut page, "滕岚", 120.0, 700.0, 12.0);
        // Set flush, an unnamed glyph with no width stays nothing.
        line(&mut page, "借款", 72.0, 650.0, 12.0);
        page.push([1.0, 0.0, 0.0, 1.0, 96.0, 650.0], 0.0, 12.0, "\0");
        line(&mut page, "金额", 96.0, 650.0, 12.0);
        let lines: Vec<String> = page.lines().into_iter().map(|l| l.text).collect();
        assert_eq!(lines, vec!["持卡人 滕岚", "借款金额"]);
    }
}
