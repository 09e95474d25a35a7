#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Screenshots of the bundled sample contracts, taken as a phone takes them (the PDF rendered
//! by `scripts/render_screenshots.sh --phone`: one long scroll cut into phone-shaped PNGs
//! that overlap by a few lines, or one JPEG a page), read as one document by OCR, give the
//! principal, the interest rate, the term and the APR written by hand in
//! `sample-contracts/*.expected.json`, and the same findings as the PDF; no line is read
//! twice (two samples in every run, all nine in an ignored test: `IN_EVERY_RUN`). A
//! collection SMS as a screenshot (`--sms`) lands in the tier of its text. Skips with a notice where tesseract, pdftoppm or (for the SMS) Pillow and a Chinese font are
//! missing.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

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

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/render_screenshots.sh")
}

/// Render `pdf` to phone screenshots in a fresh folder with the repository's script: PNGs
/// cut from the scroll, or with `jpeg` one JPEG a page.
fn render(pdf: &Path, jpeg: bool) -> (PathBuf, Vec<PathBuf>) {
    let stem = pdf.file_stem().unwrap().to_string_lossy().into_owned();
    let dir = std::env::temp_dir().join(format!("loanlint-shots-{}-{stem}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut cmd = Command::new("bash");
    cmd.arg(script()).arg("--phone").arg(pdf).arg(&dir);
    if jpeg {
        cmd.arg("--jpeg");
    }
    let out = cmd.output().expect("run render_screenshots.sh");
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

/// Lines of 15 characters or more that `text` holds more often than `reference` does (a
/// line that two overlapping screenshots both show, read twice).
fn repeated_lines(text: &str, reference: &str) -> Vec<String> {
    let count = |t: &str, line: &str| t.lines().filter(|l| l.trim() == line).count();
    let mut seen: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.chars().count() >= 15
            && !seen.iter().any(|s| s == line)
            && count(text, line) > count(reference, line).max(1)
        {
            seen.push(line.to_string());
        }
    }
    seen
}

/// The findings of a report as `rule id: severity`, sorted.
fn verdict(report: &Report) -> Vec<String> {
    let mut v: Vec<String> = report
        .findings
        .iter()
        .map(|f| format!("{}: {:?}", f.rule_id, f.severity))
        .collect();
    v.sort();
    v
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

/// The sample read as JPEG pages (`true`) instead of PNG screenshots cut from the scroll: one
/// with amounts in capital numerals.
const JPEG: &[&str] = &["zh-05-iou-2019-upfront-interest.pdf"];

/// One sample PDF read from its phone screenshots.
struct PhoneReading {
    pdf: PathBuf,
    shots: usize,
    doc: Result<loanlint::read::Document, String>,
}

/// The samples read in every test run: a Chinese contract with penalty figures that OCR
/// misreads at phone size (PNG screenshots cut from the scroll) and the IOU in capital numerals
/// (JPEG pages). English OCR is read in every run by the SMS screenshots below. The other seven
/// take most of the OCR time, which the CI budget does not hold;
/// `every_sample_pdf_as_phone_screenshots` (ignored) reads all nine.
const IN_EVERY_RUN: &[&str] = &[
    "zh-04-default-charges-contacts.pdf",
    "zh-05-iou-2019-upfront-interest.pdf",
];

/// Sample PDFs rendered as phone screenshots and read by OCR, once for all the tests here
/// (OCR costs seconds a screenshot): the samples of `IN_EVERY_RUN`, or with `all` every
/// sample PDF; `None` where the tools are missing. The samples are read two at a time
/// (tesseract runs on one thread an image).
fn phone_readings(all: bool) -> Option<&'static [PhoneReading]> {
    static SOME: OnceLock<Option<Vec<PhoneReading>>> = OnceLock::new();
    static ALL: OnceLock<Option<Vec<PhoneReading>>> = OnceLock::new();
    let cell = if all { &ALL } else { &SOME };
    cell.get_or_init(|| {
        if !tools_or_skip() {
            return None;
        }
        let pdfs: Vec<PathBuf> = common::fixtures::all_samples()
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
            .filter(|p| all || IN_EVERY_RUN.iter().any(|n| p.ends_with(n)))
            .collect();
        let want = if all { 9 } else { IN_EVERY_RUN.len() };
        assert_eq!(pdfs.len(), want, "sample PDFs to read: {pdfs:?}");
        let read = |pdf: &PathBuf| {
            let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
            let (dir, shots) = render(pdf, JPEG.contains(&name.as_str()));
            let doc = read::read_as_one(&shots, &ReadOptions::default());
            let _ = std::fs::remove_dir_all(&dir);
            PhoneReading {
                pdf: pdf.clone(),
                shots: shots.len(),
                doc: doc.map_err(|e| e.to_string()),
            }
        };
        let half = pdfs.len().div_ceil(2);
        let (a, b) = pdfs.split_at(half);
        std::thread::scope(|s| {
            let other = s.spawn(|| b.iter().map(read).collect::<Vec<_>>());
            let mut all: Vec<PhoneReading> = a.iter().map(read).collect();
            all.extend(other.join().unwrap());
            Some(all)
        })
    })
    .as_deref()
}

fn reading_doc<'a>(r: &'a PhoneReading, name: &str) -> &'a loanlint::read::Document {
    r.doc.as_ref().unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn phone_screenshots_of_the_samples_give_their_terms_and_the_pdfs_findings() {
    if let Some(readings) = phone_readings(false) {
        terms_and_findings(readings);
    }
}

/// Nine samples, minutes of OCR: run with `cargo test --test suite screenshots:: -- --ignored`
/// after changing the OCR or the reading of screenshots.
#[test]
#[ignore = "minutes of OCR: the two samples of IN_EVERY_RUN are read in every run"]
fn every_sample_pdf_as_phone_screenshots() {
    if let Some(readings) = phone_readings(true) {
        terms_and_findings(readings);
        read_once(readings);
    }
}

fn terms_and_findings(readings: &[PhoneReading]) {
    let checker = Checker::load(&[]).unwrap();
    let options = AnalysisOptions::default();
    let mut errors = Vec::new();
    for r in readings {
        let name = r.pdf.file_name().unwrap().to_string_lossy().into_owned();
        let doc = reading_doc(r, &name);
        let expected = r.pdf.with_extension("expected.json");
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&expected).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        assert_eq!(doc.page_count(), r.shots, "{name}: one page per image");
        let report = analyse_document(doc, &options, &checker);
        errors.extend(mismatches(&name, &report, &exp));
        let printed = loanlint::analyse_file(&r.pdf, &options, &checker).unwrap();
        if verdict(&report) != verdict(&printed) {
            errors.push(format!(
                "{name}: findings {:?} != PDF {:?}",
                verdict(&report),
                verdict(&printed)
            ));
        }
        // Evidence from a screenshot says which image and line it came from.
        if let Some(principal) = &report.terms.principal {
            let at = principal.evidence.location.clone().unwrap_or_default();
            if at.image.is_none() || at.line.is_none() || at.file.is_none() {
                errors.push(format!("{name}: principal evidence location {at:?}"));
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Consecutive screenshots overlap by a few lines, as a phone's do: none is read twice.
#[test]
fn no_line_two_phone_screenshots_both_show_is_read_twice() {
    if let Some(readings) = phone_readings(false) {
        read_once(readings);
    }
}

fn read_once(readings: &[PhoneReading]) {
    let mut errors = Vec::new();
    for r in readings {
        let name = r.pdf.file_name().unwrap().to_string_lossy().into_owned();
        let doc = reading_doc(r, &name);
        let pdf_text = read::read_file(&r.pdf, &ReadOptions::default())
            .unwrap()
            .text;
        let twice = repeated_lines(&doc.text, &pdf_text);
        if !twice.is_empty() {
            errors.push(format!("{name}: lines read twice: {twice:?}"));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Messages of `tests/messages/` of each tier that needs no contract, as SMS screenshots.
const SMS: &[&str] = &["zh-01", "zh-30", "zh-35", "en-15", "en-20"];

fn tesseract_or_skip(what: &str) -> bool {
    if !read::tesseract_available() {
        eprintln!(
            "skipped: {what} need tesseract (apt-get install tesseract-ocr tesseract-ocr-chi-sim)"
        );
    }
    read::tesseract_available()
}

/// The tier `loanlint message FILE` gives (a text file or a screenshot), with the contract
/// and days overdue that `tests/messages/NAME.toml` gives for the message, if any.
fn tier(file: &Path, text: &Path) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loanlint"));
    cmd.arg("message").arg(file).args(["--format", "json"]);
    let case: toml::Value = std::fs::read_to_string(text.with_extension("toml"))
        .ok()
        .and_then(|t| toml::from_str(&t).ok())
        .unwrap_or(toml::Value::Boolean(false));
    if let Some(contract) = case.get("contract").and_then(|c| c.as_str()) {
        let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-contracts");
        cmd.arg("--contract").arg(samples.join(contract));
    }
    if let Some(days) = case.get("days").and_then(|d| d.as_integer()) {
        cmd.args(["--days", &days.to_string()]);
    }
    let out = cmd.output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: {e}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    json["tier"].as_str().unwrap_or_default().to_string()
}

/// Render each message of `names` with `render_screenshots.sh MODE`; `None` (with a notice)
/// when the script cannot render here.
fn render_messages(mode: &str, names: &[&str], dir: &Path) -> Option<Vec<(PathBuf, PathBuf)>> {
    let messages = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages");
    std::fs::create_dir_all(dir).unwrap();
    let mut pairs = Vec::new();
    for name in names {
        let text = messages.join(format!("{name}.txt"));
        let png = dir.join(format!("{name}.png"));
        let out = Command::new("bash")
            .arg(script())
            .arg(mode)
            .arg(&text)
            .arg(&png)
            .output()
            .unwrap();
        if !out.status.success() {
            eprintln!(
                "skipped: cannot render an SMS screenshot with {mode}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            return None;
        }
        pairs.push((text, png));
    }
    Some(pairs)
}

/// Each screenshot's tier against its text's.
fn tier_mismatches(pairs: &[(PathBuf, PathBuf)]) -> Vec<String> {
    let mut errors = Vec::new();
    for (text, png) in pairs {
        let (want, got) = (tier(text, text), tier(png, text));
        assert!(!want.is_empty(), "{}: no tier for the text", text.display());
        if want != got {
            errors.push(format!(
                "{}: screenshot {got:?} != text {want:?}",
                png.display()
            ));
        }
    }
    errors
}

#[test]
fn an_sms_screenshot_lands_in_the_tier_of_its_text() {
    if !tesseract_or_skip("SMS screenshots") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("loanlint-sms-{}", std::process::id()));
    // Pillow's rendering: 1080 px wide, 44 px text.
    let Some(pairs) = render_messages("--sms", SMS, &dir) else {
        let _ = std::fs::remove_dir_all(&dir);
        return;
    };
    let errors = tier_mismatches(&pairs);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Messages rendered as a phone's browser shows them (`--sms-browser`), of tiers that a
/// misreading would lose (garbage reads as a lawful message).
const SMS_BROWSER: &[&str] = &["zh-30", "zh-35", "en-20"];

fn screenshot_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/screenshots")
        .join(name)
}

/// SMS screenshots at phone scale: 780 px wide, ~18 px Chinese above a tall blank area,
/// which tesseract's first reading can turn into Latin garbage. `sms-browser-zh-15.png` is
/// the capture `tests/serve.rs`'s browser test takes (Chromium's mobile emulation at device
/// scale 2), whose first reading is garbage: with its contract and 30 days overdue it read
/// as a lawful reminder, not as the demand above the lawful claim its text is. The others
/// are rendered with `render_screenshots.sh --sms-browser` (skipped with a notice without
/// Chromium).
#[test]
fn sms_screenshots_at_phone_scale_land_in_the_tier_of_their_text() {
    if !tesseract_or_skip("SMS screenshots") {
        return;
    }
    let messages = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages");
    let mut pairs = vec![(
        messages.join("zh-15.txt"),
        screenshot_fixture("sms-browser-zh-15.png"),
    )];
    let dir = std::env::temp_dir().join(format!("loanlint-sms-browser-{}", std::process::id()));
    pairs.extend(render_messages("--sms-browser", SMS_BROWSER, &dir).unwrap_or_default());
    let errors = tier_mismatches(&pairs);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// Two lines of `zh-04`'s phone screenshot (`--phone`, 130 dpi, the sample's first shot
/// cut at y 1100..1900): at this size tesseract reads `5%` as `59%` and `5,597.50` as
/// `5,.597.50`, each with a low confidence. Read again larger, they are the contract's
/// figures (`sample-contracts/zh-04-default-charges-contacts.txt`).
#[test]
fn a_figure_read_with_low_confidence_is_read_again_larger() {
    if !tesseract_or_skip("screenshots") {
        return;
    }
    let shot = screenshot_fixture("zh-04-penalty-lines.png");
    let doc = read::read_file(&shot, &ReadOptions::default()).unwrap();
    let contract = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample-contracts/zh-04-default-charges-contacts.txt"),
    )
    .unwrap();
    for figure in ["金额的5%向贷款人", "本息合计人民币5,597.50元"] {
        assert!(contract.contains(figure), "the contract says {figure}");
        assert!(doc.text.contains(figure), "{figure} not in {:?}", doc.text);
    }
    assert!(!doc.text.contains("59%"), "{:?}", doc.text);
}

/// An IOU screenshot of the fresh corpus (zh-y06) whose line `月息捌厘，借期六个月`
/// `chi_sim+eng` reads as Latin garbage (`ATSB. ASE, EAA,`) at its own size and larger: read
/// again by the Chinese model alone, it is Chinese again, as its `.txt` twin has it (`捌`,
/// read as `抽`, given back by the rate's context).
#[test]
fn a_chinese_line_read_as_latin_garbage_is_read_again_in_chinese() {
    if !tesseract_or_skip("screenshots") {
        return;
    }
    let base = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fresh/zh/zh-y06-handwritten-iou-monthly-eight-li-capital-numerals");
    let doc = read::read_file(&base.with_extension("png"), &ReadOptions::default()).unwrap();
    let twin = std::fs::read_to_string(base.with_extension("txt")).unwrap();
    for words in ["用于店面装修", "月息捌厘", "借期六个月"] {
        assert!(twin.contains(words), "the IOU says {words}");
        assert!(doc.text.contains(words), "{words} not in {:?}", doc.text);
    }
    assert!(!doc.text.contains("ATSB"), "{:?}", doc.text);
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
