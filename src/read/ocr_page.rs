//! A photo of a paper page, set straight before tesseract reads it.
//!
//! A phone photo is rarely a screenshot's clean upright page: the phone writes the pixels
//! sideways and says so in the EXIF orientation tag (tesseract ignores it), the page lies a
//! few degrees askew (past ~3° tesseract's psm 3 drops or garbles whole lines: a page at 6°
//! gave 14 of 67 words), or the page was shot upside down or sideways with no tag at all.
//! - **EXIF orientation** is applied when the image is decoded ([`decode_upright`]).
//! - **Skew** is measured on the decoded page without tesseract ([`skew_degrees`]: the angle
//!   at which the dark pixels fall into the sharpest rows, a projection profile), and a page
//!   askew by [`MIN_SKEW`] or more is turned straight ([`rotate`]).
//! - **A page read upside down or sideways** reads as garbage with a low mean confidence:
//!   then tesseract's orientation detection (`--psm 0`, one short run) says by how much to
//!   turn it ([`parse_osd`]), and the turned page is read once more.
//!
//! A page that is upright and straight costs one decode and one profile, no tesseract run.

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
