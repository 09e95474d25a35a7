//! A photo of a paper page, set straight before tesseract reads it.
//!
//! A phone photo is rarely a screenshot's clean upright page: the phone writes the pixels
//! sideways and says so in the EXIF orientation tag (tesseract ignores it), the page lies a
//! few degrees askew (past ~3° tesseract's psm 3 drops or garbles whole lines: a page at 6°
//! gave 14 of 67 words), or the page was shot upside down or sideways with no tag at all.
//! - **EXIF orientation** is applied when the image is decoded ([`decode_upright`]).
//! - **Uneven light** (a shadow, a grey side, the dark table around the page) is evened out
//!   on a photo ([`flatten_light`]: each pixel divided by the paper's local brightness); a
//!   screenshot's flat background is left alone. Tesseract's one global threshold otherwise
//!   reads `4.` as `A.` on the dim side or loses `借款金额` in the shadow.
//! - **Skew** is measured on the decoded page without tesseract ([`skew_degrees`]: the angle
//!   at which the dark pixels fall into the sharpest rows, a projection profile), and a page
//!   askew by [`MIN_SKEW`] or more is turned straight ([`rotate`]).
//! - **A page read upside down or sideways** reads as garbage with a low mean confidence:
//!   then tesseract's orientation detection (`--psm 0`, one short run) says by how much to
//!   turn it ([`parse_osd`]), and the turned page is read once more.
//!
//! A page that is upright, evenly lit and straight costs one decode, a histogram and one
//! profile, no tesseract run.

use image::{DynamicImage, GrayImage, ImageDecoder, ImageFormat as Codec, ImageReader, Limits};

use super::panics::quiet_panics;

/// Below this skew (degrees) tesseract reads a page as well straight: left as it is.
pub const MIN_SKEW: f64 = 0.75;
/// Largest skew looked for, each way (a photo more askew than this is retaken).
const MAX_SKEW: f64 = 10.0;
/// Step of the skew search, degrees.
const SKEW_STEP: f64 = 0.25;
/// The sharpest angle must beat the upright reading of the profile by this factor: a page
/// with no rows of text (a sideways page, a picture) has no angle that stands out.
const SKEW_GAIN: f64 = 1.2;
/// The profile is measured on the page scaled to at most this many pixels on its long side.
const PROFILE_SIDE: u32 = 1000;
/// Dark runs longer than this (in the profile's pixels) are a table edge, a rule or the
/// table the page lies on, not letters: left out of the profile.
const MAX_STROKE_RUN: usize = 40;
/// Difference from the background above which a pixel is ink.
const INK: i16 = 64;
/// Least orientation confidence of tesseract's OSD acted on (a Chinese page turned 180° is
/// detected at 5-10, an English one at ~25; a straight page's wrong guess stays near 0-1).
const MIN_OSD_CONFIDENCE: f64 = 1.5;

/// The image as grey pixels with its EXIF orientation applied, and whether that turned it;
/// `None` when it cannot be decoded (a truncated JPEG, a panic in a decoder). Allocation is
/// capped: the caller has already refused oversized images.
pub fn decode_upright(bytes: &[u8], codec: Codec) -> Option<(GrayImage, bool)> {
    quiet_panics(|| {
        let mut reader = ImageReader::with_format(std::io::Cursor::new(bytes), codec);
        let mut limits = Limits::default();
        limits.max_alloc = Some(512 << 20);
        reader.limits(limits);
        let mut decoder = reader.into_decoder().ok()?;
        let orientation = decoder
            .orientation()
            .unwrap_or(image::metadata::Orientation::NoTransforms);
        let mut img = DynamicImage::from_decoder(decoder).ok()?;
        let turned = orientation != image::metadata::Orientation::NoTransforms;
        img.apply_orientation(orientation);
        Some((img.into_luma8(), turned))
    })
    .ok()
    .flatten()
}

/// The most common grey level: the page's background.
pub fn background(img: &GrayImage) -> u8 {
    let mut hist = [0u64; 256];
    for p in img.as_raw() {
        hist[usize::from(*p)] += 1;
    }
    (0..=255u8)
        .max_by_key(|&v| hist[usize::from(v)])
        .unwrap_or(255)
}

/// The page's skew in degrees (positive: its lines fall to the right), when it has rows of
/// dark text on a light page that stand out at one angle; `None` for a page that is straight
/// within [`MIN_SKEW`] or has no rows to measure.
pub fn skew_degrees(img: &GrayImage) -> Option<f64> {
    let (w, h) = img.dimensions();
    let scale = w.max(h).div_ceil(PROFILE_SIDE).max(1);
    let small;
    let work = if scale > 1 {
        small = image::imageops::resize(
            img,
            (w / scale).max(1),
            (h / scale).max(1),
            image::imageops::FilterType::Triangle,
        );
        &small
    } else {
        img
    };
    let points = stroke_points(work)?;
    let (ww, wh) = work.dimensions();
    let rows = (f64::from(wh) + f64::from(ww) * MAX_SKEW.to_radians().tan() * 2.0) as usize + 2;
    let mut bins = vec![0u32; rows];
    let mut score = |degrees: f64| -> f64 {
        bins.iter_mut().for_each(|b| *b = 0);
        let slope = degrees.to_radians().tan();
        let offset = f64::from(ww) * MAX_SKEW.to_radians().tan();
        for &(x, y) in &points {
            let row = (f64::from(y) - f64::from(x) * slope + offset) as usize;
            if let Some(b) = bins.get_mut(row) {
                *b += 1;
            }
        }
        bins.iter().map(|&b| f64::from(b) * f64::from(b)).sum()
    };
    let straight = score(0.0);
    let steps = (MAX_SKEW / SKEW_STEP) as i32;
    let (best, best_score) = (-steps..=steps)
        .map(|i| f64::from(i) * SKEW_STEP)
        .map(|a| (a, score(a)))
        .fold(
            (0.0, straight),
            |acc, (a, s)| if s > acc.1 { (a, s) } else { acc },
        );
    (best.abs() >= MIN_SKEW && best_score >= straight * SKEW_GAIN).then_some(best)
}

/// The dark pixels of letters (short dark runs of each row), as (x, y); `None` for a page
/// that is not dark text on a light background or has almost no ink.
fn stroke_points(img: &GrayImage) -> Option<Vec<(u32, u32)>> {
    let bg = i16::from(background(img));
    if bg < 128 {
        return None;
    }
    let w = img.width() as usize;
    let mut points = Vec::new();
    for (y, row) in img.as_raw().chunks_exact(w).enumerate() {
        let mut x = 0;
        while x < w {
            if bg - i16::from(row[x]) < INK {
                x += 1;
                continue;
            }
            let start = x;
            while x < w && bg - i16::from(row[x]) >= INK {
                x += 1;
            }
            if x - start <= MAX_STROKE_RUN {
                points.extend((start..x).map(|px| (px as u32, y as u32)));
            }
        }
    }
    (points.len() >= 200).then_some(points)
}

/// `img` turned so that a line of slope `tan(degrees)` (y down) becomes level, on a canvas
/// large enough to hold it all; the corners filled with `fill`. Bilinear.
pub fn rotate(img: &GrayImage, degrees: f64, fill: u8) -> GrayImage {
    let (w, h) = img.dimensions();
    let (sin, cos) = degrees.to_radians().sin_cos();
    let (fw, fh) = (f64::from(w), f64::from(h));
    let nw = (fw * cos.abs() + fh * sin.abs()).ceil() as u32;
    let nh = (fw * sin.abs() + fh * cos.abs()).ceil() as u32;
    let (cx, cy) = (fw / 2.0, fh / 2.0);
    let (ncx, ncy) = (f64::from(nw) / 2.0, f64::from(nh) / 2.0);
    let src = img.as_raw();
    let at = |x: i64, y: i64| -> f64 {
        if x < 0 || y < 0 || x >= i64::from(w) || y >= i64::from(h) {
            f64::from(fill)
        } else {
            f64::from(src[y as usize * w as usize + x as usize])
        }
    };
    GrayImage::from_fn(nw, nh, |x, y| {
        let (dx, dy) = (f64::from(x) + 0.5 - ncx, f64::from(y) + 0.5 - ncy);
        let sx = dx * cos - dy * sin + cx - 0.5;
        let sy = dx * sin + dy * cos + cy - 0.5;
        let (x0, y0) = (sx.floor(), sy.floor());
        let (fx, fy) = (sx - x0, sy - y0);
        let (x0, y0) = (x0 as i64, y0 as i64);
        let top = at(x0, y0) * (1.0 - fx) + at(x0 + 1, y0) * fx;
        let bottom = at(x0, y0 + 1) * (1.0 - fx) + at(x0 + 1, y0 + 1) * fx;
        image::Luma([(top * (1.0 - fy) + bottom * fy).round().clamp(0.0, 255.0) as u8])
    })
}

/// The page set straight when it is askew, with the angle turned.
pub fn deskew(img: &GrayImage) -> Option<(GrayImage, f64)> {
    let skew = skew_degrees(img)?;
    Some((rotate(img, skew, background(img)), skew))
}

/// Side of the cells in which the paper's brightness is measured, in pixels.
const LIGHT_CELL: u32 = 8;
/// Cells each way over which the brightest is the paper (a window of 56 px: wider than a
/// stroke, narrower than the light changes).
const LIGHT_REACH: usize = 3;
/// A screenshot's background is one flat colour: this share of its pixels or more lies
/// within [`FLAT`] of the most common grey. A photo's paper is noisy and shaded.
const FLAT_SHARE: f64 = 0.3;
const FLAT: i16 = 3;
/// A photo whose paper brightness varies by more than this (5th to 95th percentile of its
/// cells) is lit unevenly.
const UNEVEN: u8 = 30;

/// A photo of a page lit unevenly (a shadow, a grey side, the dark table around it), its
/// paper made evenly white: each pixel divided by the paper's local brightness (the brightest
/// cell near it). `None` for an evenly lit page or a screenshot (a flat background), which
/// are read as they are.
pub fn flatten_light(img: &GrayImage) -> Option<GrayImage> {
    let (w, h) = img.dimensions();
    if w < LIGHT_CELL * 8 || h < LIGHT_CELL * 8 {
        return None;
    }
    let bg = i16::from(background(img));
    let near_bg = img
        .as_raw()
        .iter()
        .filter(|&&p| (i16::from(p) - bg).abs() <= FLAT)
        .count();
    if near_bg as f64 >= FLAT_SHARE * f64::from(w) * f64::from(h) {
        return None;
    }
    let (gw, gh) = (
        w.div_ceil(LIGHT_CELL) as usize,
        h.div_ceil(LIGHT_CELL) as usize,
    );
    // Each cell's mean, then the brightest within reach (the paper), then smoothed.
    let mut sums = vec![(0u64, 0u64); gw * gh];
    for (y, row) in img.as_raw().chunks_exact(w as usize).enumerate() {
        let gy = y / LIGHT_CELL as usize;
        for (x, &p) in row.iter().enumerate() {
            let cell = &mut sums[gy * gw + x / LIGHT_CELL as usize];
            cell.0 += u64::from(p);
            cell.1 += 1;
        }
    }
    let mean: Vec<u8> = sums
        .iter()
        .map(|&(s, n)| (s / n.max(1)).min(255) as u8)
        .collect();
    let paper = window(&mean, gw, gh, LIGHT_REACH, |a, b| a.max(b));
    let paper = smooth(&paper, gw, gh, 2);
    let mut sorted = paper.clone();
    sorted.sort_unstable();
    let (low, high) = (sorted[sorted.len() / 20], sorted[sorted.len() * 19 / 20]);
    if high.saturating_sub(low) <= UNEVEN {
        return None;
    }
    let cell = f64::from(LIGHT_CELL);
    let at = |gx: usize, gy: usize| f64::from(paper[gy.min(gh - 1) * gw + gx.min(gw - 1)]);
    Some(GrayImage::from_fn(w, h, |x, y| {
        // The paper's brightness here, interpolated between cell centres.
        let fx = ((f64::from(x) + 0.5) / cell - 0.5).max(0.0);
        let fy = ((f64::from(y) + 0.5) / cell - 0.5).max(0.0);
        let (gx, gy) = (fx as usize, fy as usize);
        let (tx, ty) = (fx - gx as f64, fy - gy as f64);
        let top = at(gx, gy) * (1.0 - tx) + at(gx + 1, gy) * tx;
        let bottom = at(gx, gy + 1) * (1.0 - tx) + at(gx + 1, gy + 1) * tx;
        let light = (top * (1.0 - ty) + bottom * ty).max(1.0);
        let p = f64::from(img.get_pixel(x, y).0[0]);
        image::Luma([(p * 255.0 / light).round().min(255.0) as u8])
    }))
}

/// Each cell of the `gw` x `gh` grid combined (`pick`) with its neighbours within `reach`
/// each way, rows then columns.
fn window(grid: &[u8], gw: usize, gh: usize, reach: usize, pick: fn(u8, u8) -> u8) -> Vec<u8> {
    let mut rows = grid.to_vec();
    for y in 0..gh {
        for x in 0..gw {
            let (a, b) = (x.saturating_sub(reach), (x + reach).min(gw - 1));
            rows[y * gw + x] = (a..=b).map(|i| grid[y * gw + i]).fold(0, pick);
        }
    }
    let mut out = rows.clone();
    for y in 0..gh {
        let (a, b) = (y.saturating_sub(reach), (y + reach).min(gh - 1));
        for x in 0..gw {
            out[y * gw + x] = (a..=b).map(|j| rows[j * gw + x]).fold(0, pick);
        }
    }
    out
}

/// The grid averaged over a square of `reach` cells each way.
fn smooth(grid: &[u8], gw: usize, gh: usize, reach: usize) -> Vec<u8> {
    GrayImage::from_fn(gw as u32, gh as u32, |x, y| {
        let (x, y) = (x as usize, y as usize);
        let (x0, x1) = (x.saturating_sub(reach), (x + reach).min(gw - 1));
        let (y0, y1) = (y.saturating_sub(reach), (y + reach).min(gh - 1));
        let (mut sum, mut n) = (0u32, 0u32);
        for j in y0..=y1 {
            for i in x0..=x1 {
                sum += u32::from(grid[j * gw + i]);
                n += 1;
            }
        }
        image::Luma([(sum / n.max(1)) as u8])
    })
    .into_raw()
}

/// The clockwise turn (90, 180 or 270) tesseract's orientation detection (`--psm 0`) asks
/// for, when it is sure enough of it; `None` for an upright page or an unsure answer.
pub fn parse_osd(out: &str) -> Option<u32> {
    let field = |name: &str| {
        out.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
    };
    let rotate: u32 = field("Rotate:")?.parse().ok()?;
    let confidence: f64 = field("Orientation confidence:")?.parse().ok()?;
    (matches!(rotate, 90 | 180 | 270) && confidence >= MIN_OSD_CONFIDENCE).then_some(rotate)
}

/// `img` turned clockwise by `degrees` (90, 180 or 270).
pub fn turn(img: &GrayImage, degrees: u32) -> GrayImage {
    match degrees {
        90 => image::imageops::rotate90(img),
        180 => image::imageops::rotate180(img),
        270 => image::imageops::rotate270(img),
        _ => img.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of dashed "text" rows, 20 px tall every 50 px, drawn at `degrees` of skew.
    fn rows_at(degrees: f64) -> GrayImage {
        let (w, h) = (800u32, 600u32);
        let slope = degrees.to_radians().tan();
        GrayImage::from_fn(w, h, |x, y| {
            let in_text = (60..740).contains(&x) && (x / 12) % 3 != 2;
            let row = f64::from(y) - f64::from(x) * slope;
            let in_row = row > 40.0 && row < 520.0 && (row as i64 % 50) < 20;
            image::Luma([if in_text && in_row { 20 } else { 240 }])
        })
    }

    #[test]
    fn a_skewed_page_is_measured_and_set_straight() {
        for degrees in [-6.0, -3.5, 2.0, 4.0] {
            let page = rows_at(degrees);
            let found = skew_degrees(&page).unwrap();
            assert!((found - degrees).abs() <= 0.5, "{degrees}: {found}");
            let straight = rotate(&page, found, 240);
            assert!(skew_degrees(&straight).is_none(), "{degrees}");
        }
        assert_eq!(skew_degrees(&rows_at(0.0)), None);
        assert_eq!(skew_degrees(&rows_at(0.5)), None);
    }

    #[test]
    fn a_sideways_or_blank_page_has_no_skew() {
        let sideways = image::imageops::rotate90(&rows_at(0.0));
        assert_eq!(skew_degrees(&sideways), None);
        assert_eq!(
            skew_degrees(&GrayImage::from_pixel(300, 300, image::Luma([255]))),
            None
        );
        // Light text on a dark screen is not measured.
        let mut dark = rows_at(4.0);
        dark.pixels_mut().for_each(|p| p.0[0] = 255 - p.0[0]);
        assert_eq!(skew_degrees(&dark), None);
    }

    #[test]
    fn osd_output_is_read_only_when_sure() {
        let osd = |rotate: u32, conf: &str| {
            format!(
                "Page number: 0\nOrientation in degrees: 270\nRotate: {rotate}\nOrientation confidence: {conf}\nScript: Han\nScript confidence: 1.10\n"
            )
        };
        assert_eq!(parse_osd(&osd(90, "9.46")), Some(90));
        assert_eq!(parse_osd(&osd(180, "25.22")), Some(180));
        assert_eq!(parse_osd(&osd(0, "16.40")), None);
        assert_eq!(parse_osd(&osd(270, "0.80")), None);
        assert_eq!(parse_osd("Too few characters. Skipping this page"), None);
    }

    #[test]
    fn an_unevenly_lit_photo_is_made_even_and_a_screenshot_left_alone() {
        // Text rows on paper going from 240 on the left to 120 on the right, with noise.
        let lit = |x: u32| 240 - (x * 120 / 800) as i32;
        let noisy = |x: u32, y: u32| ((x * 7 + y * 13) % 11) as i32 - 5;
        let rows = rows_at(0.0);
        let page = GrayImage::from_fn(800, 600, |x, y| {
            let text = rows.get_pixel(x, y).0[0] < 128;
            let v = if text {
                lit(x) / 8
            } else {
                lit(x) + noisy(x, y)
            };
            image::Luma([v.clamp(0, 255) as u8])
        });
        let flat = flatten_light(&page).unwrap();
        // The paper is white at both sides, the text still dark.
        for x in [110, 700] {
            let paper = flat.get_pixel(x, 30).0[0];
            let text = flat.get_pixel(x, 50).0[0];
            assert!(paper >= 235, "{x}: paper {paper}");
            assert!(text <= 60, "{x}: text {text}");
        }
        // A screenshot: a flat background, left alone; so is an evenly lit photo.
        assert!(flatten_light(&rows).is_none());
        let even = GrayImage::from_fn(800, 600, |x, y| {
            let text = rows.get_pixel(x, y).0[0] < 128;
            image::Luma([if text { 30 } else { (230 + noisy(x, y)) as u8 }])
        });
        assert!(flatten_light(&even).is_none());
    }

    #[test]
    fn damaged_bytes_are_not_decoded() {
        assert!(decode_upright(b"\x89PNG\r\n\x1a\n\0\0", Codec::Png).is_none());
        assert!(decode_upright(b"\xFF\xD8\xFF\xE0\0\x10JFIF", Codec::Jpeg).is_none());
    }

    #[test]
    fn turning_keeps_the_pixels() {
        let page = rows_at(0.0);
        let back = turn(&turn(&page, 90), 270);
        assert_eq!(back, page);
        assert_eq!(turn(&page, 180).dimensions(), page.dimensions());
    }
}
