//! Optional OCR of image-only pages with `pdftoppm` (poppler-utils) and `tesseract`
//! (`chi_sim+eng`). Images are piped from one tool to the other: no temporary files.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use super::extracted::Extracted;
use crate::read::error::ReadError;
use crate::read::normalize::normalize_page;
use crate::read::panics::quiet_panics;

/// Whether a command runs (`<tool> -v` exits successfully).
fn available(tool: &str) -> bool {
    Command::new(tool)
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `chi_sim+eng` when the Chinese model is installed, else `eng`.
pub fn languages() -> &'static str {
    static LANGS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    LANGS.get_or_init(|| {
        let listed = Command::new("tesseract")
            .arg("--list-langs")
            .stderr(Stdio::null())
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        if listed.lines().any(|l| l.trim() == "chi_sim") {
            "chi_sim+eng"
        } else {
            "eng"
        }
    })
}

/// Whether OCR can run here (`pdftoppm` and `tesseract` installed).
pub fn ocr_available() -> bool {
    available("pdftoppm") && available("tesseract")
}

/// OCR one page (1-based): rasterise at 300 dpi to PNG on stdout, feed tesseract's stdin.
fn ocr_page(path: &Path, page: u32) -> Option<String> {
    let n = page.to_string();
    let png = Command::new("pdftoppm")
        .args(["-png", "-r", "300", "-f", &n, "-l", &n, "-singlefile"])
        .arg(path)
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success() && !o.stdout.is_empty())?
        .stdout;
    let mut child = Command::new("tesseract")
        .args(["stdin", "stdout", "-l", languages()])
        // One thread: tesseract's OpenMP threads spin, costing about three times the CPU for
        // little gain in wall time, and the machine's other cores read the other files.
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(&png));
    let out = child.wait_with_output().ok()?;
    let _ = writer.join();
    out.status
        .success()
        .then(|| normalize_page(&String::from_utf8_lossy(&out.stdout)))
}

/// Replace image-only pages by their OCR text when the tools are installed; otherwise the
/// result is returned with a warning saying why OCR did not run.
pub fn apply(
    path: &Path,
    name: &str,
    result: Result<Extracted, ReadError>,
) -> Result<Extracted, ReadError> {
    // Text in fonts loanlint cannot decode is as unreadable as a scan: OCR it, and keep the
    // error saying why when OCR cannot help.
    let mut failure = None;
    let (mut extracted, targets) = match result {
        Err(e @ (ReadError::NoText { .. } | ReadError::UnsupportedContent { .. })) => {
            failure = Some(e);
            // Only the page count is needed; a panic in the parser must not escape.
            let count = quiet_panics(|| lopdf::Document::load(path).map(|d| d.get_pages().len()))
                .ok()
                .and_then(Result::ok)
                .unwrap_or(0);
            let pages = vec![String::new(); count];
            (
                Extracted {
                    pages,
                    ..Default::default()
                },
                (1..=count as u32).collect::<Vec<u32>>(),
            )
        }
        Err(e) => return Err(e),
        Ok(ex) => {
            let targets = ex
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| p.trim().is_empty())
                .map(|(i, _)| i as u32 + 1)
                .collect();
            (ex, targets)
        }
    };
    if targets.is_empty() {
        return Ok(extracted);
    }
    if !ocr_available() {
        if extracted.pages.iter().all(|p| p.trim().is_empty()) {
            return Err(failure.unwrap_or_else(|| no_text(name)));
        }
        extracted
            .warnings
            .push("OCR requested but pdftoppm/tesseract are not installed".into());
        return Ok(extracted);
    }
    for page in targets {
        if let Some(text) = ocr_page(path, page).filter(|t| !t.trim().is_empty())
            && let Some(slot) = extracted.pages.get_mut(page as usize - 1)
        {
            *slot = text;
            extracted.ocr_pages.push(page);
        }
    }
    if extracted.pages.iter().all(|p| p.trim().is_empty()) {
        return Err(failure.unwrap_or_else(|| no_text(name)));
    }
    Ok(extracted)
}

fn no_text(name: &str) -> ReadError {
    ReadError::NoText {
        path: name.to_string(),
    }
}
