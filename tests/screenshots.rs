#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Screenshots of every bundled sample contract (its PDF rendered to PNG pages by
//! `scripts/render_screenshots.sh`, read as one document by OCR) give the principal, the
//! interest rate, the term and the APR written by hand in `sample-contracts/*.expected.json`,
//! as the PDF and text forms do. Skips with a notice where tesseract or pdftoppm is missing.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use loanlint::check::Checker;
use loanlint::read::{self, ReadOptions};
use loanlint::{AnalysisOptions, Report, analyse_document};
use rust_decimal::Decimal;
use serde_json::Value;

fn tools_or_skip() -> bool {
    let pdftoppm = Command::new("pdftoppm").arg("-v").output().is_ok();
    if !read::tesseract_available() || !pdftoppm {
        eprintln!(
            "skipped: screenshots need tesseract (apt-get install tesseract-ocr tesseract-ocr-chi-sim) and pdftoppm (poppler-utils)"
        );
        return false;
    }
    true
}

/// Render `pdf` to PNG pages in a fresh folder with the repository's script.
fn render(pdf: &Path) -> (PathBuf, Vec<PathBuf>) {
    let stem = pdf.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = std::env::temp_dir().join(format!("loanlint-shots-{}-{stem}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/render_screenshots.sh");
    let out = Command::new("bash")
        .arg(script)
        .arg(pdf)
        .arg(&dir)
        .output()
        .expect("run render_screenshots.sh");
    assert!(
        out.status.success(),
        "render {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let pages: Vec<PathBuf> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(PathBuf::from)
        .collect();
    assert!(!pages.is_empty(), "{}: no pages rendered", pdf.display());
    (dir, pages)
}

fn dec(v: &Value) -> Decimal {
    v.as_str().and_then(|s| s.parse().ok()).unwrap()
}

fn enum_str<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Principal, interest rates, term and APR against the hand-written expectations.
fn mismatches(name: &str, report: &Report, exp: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let t = &report.terms;
    let e = &exp["terms"];
    let principal = t.principal.as_ref().map(|a| a.amount);
    if principal != Some(dec(&e["principal"])) {
        errors.push(format!(
            "{name}: principal {principal:?} != {}",
            e["principal"]
        ));
    }
    if let Some(term) = e.get("term").filter(|v| !v.is_null()) {
        let got = t.term.as_ref().map(|x| (x.months, x.days));
        let want = (
            term["months"].as_u64().map(|m| m as u32),
            term["days"].as_u64().map(|d| d as u32),
        );
        let ok = got.is_some_and(|(m, d)| {
            (want.0.is_none() || m == want.0) && (want.1.is_none() || d == want.1)
        });
        if !ok {
            errors.push(format!("{name}: term {got:?} != {term}"));
        }
    }
    for rate in e["rates"].as_array().into_iter().flatten() {
        if rate["kind"] != "interest" {
            continue;
        }
        let found = t.rates.iter().any(|r| {
            enum_str(&r.kind) == "interest"
                && enum_str(&r.per) == rate["per"].as_str().unwrap_or("")
                && r.value == dec(&rate["value"])
        });
        if !found {
            let got: Vec<_> = t.rates.iter().map(|r| (r.kind, r.value, r.per)).collect();
            errors.push(format!("{name}: rate {rate} not in {got:?}"));
        }
    }
    let want = dec(&exp["apr"]["nominal_percent"]);
    match &report.apr {
        Some(apr) if (apr.nominal_percent - want).abs() <= Decimal::new(1, 2) => {}
        got => errors.push(format!(
            "{name}: APR {:?} != {want} (warnings {:?})",
            got.as_ref().map(|a| a.nominal_percent),
            report.warnings
        )),
    }
    errors
}

/// OCR is slow (seconds a page): by default three samples that cover both languages, amounts
/// in capital numerals and the page whose term line needs 240 dpi; `LOANLINT_OCR_ALL=1` runs
/// every sample PDF.
const OCR_DEFAULT: &[&str] = &[
    "zh-01-wangdai-equal-installment.pdf",
    "zh-05-iou-2019-upfront-interest.pdf",
    "en-01-us-installment-origination.pdf",
];

#[test]
fn screenshots_of_every_sample_give_its_principal_rate_term_and_apr() {
    if !tools_or_skip() {
        return;
    }
    let checker = Checker::load(&[]).unwrap();
    let mut errors = Vec::new();
    let mut checked = 0;
    let all = std::env::var_os("LOANLINT_OCR_ALL").is_some();
    for pdf in common::fixtures::all_samples()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .filter(|p| {
            all || OCR_DEFAULT
                .iter()
                .any(|n| p.file_name().is_some_and(|f| f == *n))
        })
    {
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        let expected = pdf.with_extension("expected.json");
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&expected).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        let (dir, pages) = render(&pdf);
        let doc = read::read_as_one(&pages, &ReadOptions::default());
        let _ = std::fs::remove_dir_all(&dir);
        let doc = doc.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.page_count(), pages.len(), "{name}: one page per image");
        let report = analyse_document(&doc, &AnalysisOptions::default(), &checker);
        errors.extend(mismatches(&name, &report, &exp));
        // Evidence from a screenshot says which image and line it came from.
        if let Some(principal) = &report.terms.principal {
            let at = principal.evidence.location.clone().unwrap_or_default();
            if at.image.is_none() || at.line.is_none() || at.file.is_none() {
                errors.push(format!("{name}: principal evidence location {at:?}"));
            }
        }
        checked += 1;
    }
    let wanted = if all { 9 } else { OCR_DEFAULT.len() };
    assert!(checked >= wanted, "only {checked} sample PDFs");
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn a_missing_or_damaged_screenshot_stops_the_whole_document_with_its_name() {
    let dir = std::env::temp_dir().join(format!("loanlint-shots-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = common::fixtures::write(&dir, "a.txt", "借款金额10000元".as_bytes());
    let bad = common::fixtures::write(&dir, "b.png", b"\x89PNG\r\n\x1a\n\0\0");
    let err = read::read_as_one(&[good, bad.clone()], &ReadOptions::default())
        .map(|d| d.text)
        .unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(err.to_string().contains("b.png"), "{err}");
    assert_eq!(err.reason(), "damaged", "{err}");
}
