//! The optional `pdftotext` engine (poppler-utils), for comparison and as a fallback.

use std::path::Path;
use std::process::{Command, Stdio};

use super::extracted::Extracted;
use crate::read::error::ReadError;
use crate::read::normalize::{normalize_page, strip_running_lines};
use crate::read::options::ReadOptions;
use crate::read::process::run_for_file;

/// Whether `pdftotext` is installed.
pub fn available() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Extract with `pdftotext -enc UTF-8`, pages split on form feeds, then normalised like
/// our own output (NFKC, CJK joins, running headers).
pub fn extract(path: &Path, name: &str, options: &ReadOptions) -> Result<Extracted, ReadError> {
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-enc", "UTF-8", "-eol", "unix", "-q"])
        .arg(path)
        .arg("-");
    let tool = "pdftotext (install poppler-utils)";
    let (status, stdout, stderr) = run_for_file(&mut cmd, options.timeout, name, tool)?;
    if !status.is_some_and(|s| s.success()) {
        let err = String::from_utf8_lossy(&stderr).to_lowercase();
        return Err(if err.contains("password") || err.contains("encrypt") {
            ReadError::Encrypted {
                path: name.to_string(),
            }
        } else {
            ReadError::Damaged {
                path: name.to_string(),
                detail: format!("pdftotext failed: {}", err.trim()),
            }
        });
    }
    let text = String::from_utf8_lossy(&stdout);
    let mut raw: Vec<&str> = text.split('\u{c}').collect();
    // pdftotext ends the last page with a form feed too.
    if raw.len() > 1 && raw.last().is_some_and(|p| p.trim().is_empty()) {
        raw.pop();
    }
    let mut pages: Vec<Vec<String>> = raw
        .iter()
        .map(|p| normalize_page(p).lines().map(str::to_string).collect())
        .collect();
    strip_running_lines(&mut pages);
    let pages: Vec<String> = pages
        .into_iter()
        .map(|l| normalize_page(&l.join("\n")))
        .collect();
    if pages.iter().all(|p| p.trim().is_empty()) {
        return Err(ReadError::NoText {
            path: name.to_string(),
        });
    }
    Ok(Extracted {
        pages,
        ..Default::default()
    })
}
