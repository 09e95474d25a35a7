//! The real corpus (`../shared/corpus/real`, see its MANIFEST.tsv): every text-layer PDF
//! extracts cleanly, scans are reported, the browser-printed contract reads in order, and
//! (when poppler's pdftotext is installed) the two engines agree.
//! Every test skips with a notice only when the shared folder is absent.

use crate::common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use common::corpus::read_corpus;
use loanlint::read::{self, Document, Engine, ReadOptions};

struct Entry {
    file: String,
    lang: String,
    pages: Option<usize>,
    text_layer: bool,
}

fn manifest(dir: &Path) -> Vec<Entry> {
    let text = std::fs::read_to_string(dir.join("MANIFEST.tsv")).expect("manifest");
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let file = cols.first()?.to_string();
            file.ends_with(".pdf").then(|| Entry {
                lang: cols.get(5).copied().unwrap_or("").to_string(),
                pages: cols.get(6).and_then(|p| p.parse().ok()),
                text_layer: cols.get(7).is_some_and(|n| n.contains("text layer: yes")),
                file,
            })
        })
        .collect()
}

/// The corpus folder, or return from the test (the helper prints the notice).
macro_rules! corpus_or_skip {
    () => {
        match common::corpus::corpus_dir("read_corpus") {
            Some(dir) => dir,
            None => return,
        }
    };
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
}

/// Our reading (default options) of every text-layer PDF of the corpus, read once for the
/// tests that look at it (the reads are most of their time), or the error it gave.
fn our_readings(dir: &Path) -> &'static HashMap<String, Result<Document, String>> {
    static READINGS: OnceLock<HashMap<String, Result<Document, String>>> = OnceLock::new();
    READINGS.get_or_init(|| {
        manifest(dir)
            .iter()
            .filter(|e| e.text_layer)
            .map(|e| {
                let doc = read::read_file(&dir.join(&e.file), &ReadOptions::default());
                (e.file.clone(), doc.map_err(|err| err.to_string()))
            })
            .collect()
    })
}

/// Our reading of a text-layer PDF of the manifest, or a panic naming it.
fn ours<'a>(readings: &'a HashMap<String, Result<Document, String>>, file: &str) -> &'a Document {
    match readings.get(file) {
        Some(Ok(doc)) => doc,
        Some(Err(err)) => panic!("{file}: {err}"),
        None => panic!("{file}: not read"),
    }
}

#[test]
fn every_text_layer_pdf_extracts_cleanly() {
    let dir = corpus_or_skip!();
    let readings = our_readings(&dir);
    let mut checked = 0;
    for e in manifest(&dir).iter().filter(|e| e.text_layer) {
        let doc = ours(readings, &e.file);
        if let Some(pages) = e.pages {
            assert_eq!(doc.page_count(), pages, "{}: page count", e.file);
        }
        assert!(
            !doc.warnings.iter().any(|w| w.contains("part-way")),
            "{}: {:?}",
            e.file,
            doc.warnings
        );
        let visible = doc.text.chars().filter(|c| !c.is_whitespace()).count();
        assert!(visible >= 300, "{}: only {visible} characters", e.file);
        // No Kangxi / radical-supplement code points, no symbol-font private-use ones.
        let bad: Vec<char> = doc
            .text
            .chars()
            .filter(|&c| matches!(c as u32, 0x2E80..=0x2FDF | 0xE000..=0xF8FF))
            .take(5)
            .collect();
        assert!(bad.is_empty(), "{}: {bad:?}", e.file);
        if e.lang == "zh" {
            // Spaces between ideographs are gone, except a few real space glyphs
            // (`第八条 民事主体`).
            let chars: Vec<char> = doc.text.chars().collect();
            let spaced = chars
                .windows(3)
                .filter(|w| is_cjk(w[0]) && w[1] == ' ' && is_cjk(w[2]))
                .count();
            let cjk = chars.iter().filter(|c| is_cjk(**c)).count();
            assert!(
                spaced * 50 <= cjk,
                "{}: {spaced} spaces between {cjk} ideographs",
                e.file
            );
        }
        checked += 1;
    }
    assert!(
        checked >= 20,
        "only {checked} text-layer PDFs in the manifest"
    );
}

#[test]
fn scans_are_reported_as_needing_ocr() {
    let dir = corpus_or_skip!();
    let scans: Vec<Entry> = manifest(&dir)
        .into_iter()
        .filter(|e| !e.text_layer)
        .collect();
    assert!(!scans.is_empty());
    for e in scans {
        let err = read::read_file(&dir.join(&e.file), &ReadOptions::default())
            .expect_err("a scan has no text");
        assert_eq!(err.reason(), "no-text", "{}: {err}", e.file);
    }
}

/// Byte offset of `needle` in `doc.text`, or a panic naming it.
fn at(doc: &Document, needle: &str) -> usize {
    doc.text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found in {:?}", doc.path))
}

#[test]
fn browser_printed_contract_reads_in_order() {
    let Some(doc) = read_corpus("zh_jiekuan_hetong_aidevelop.pdf", &ReadOptions::default()) else {
        return;
    };
    assert!(doc.text.contains("甲方"));
    assert!(doc.text.contains("借款金额"));
    assert!(!doc.text.contains("甲⽅"));
    // Clause headings come before their bodies and in order.
    let first = at(&doc, "第一条");
    assert!(first < at(&doc, "甲方向乙方借款金额"));
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八"];
    let positions: Vec<usize> = numerals
        .iter()
        .map(|n| at(&doc, &format!("第{n}条")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    // Evidence keeps its page: the first clause is on page 1.
    assert_eq!(doc.page_of_byte(first), Some(1));
    // The wrapped sentence of the notice is one line again.
    assert!(doc.text.contains("全部条款,特别是加粗及高亮部分"));
    // The running browser header/footer (date, URL, "1/4") is gone.
    assert!(!doc.text.contains("localhost"));
}

#[test]
fn wps_contract_with_watermark_form_reads() {
    // pdf-extract alone panics on this file.
    let Some(doc) = read_corpus("zh_sales_contract_wps_myzy.pdf", &ReadOptions::default()) else {
        return;
    };
    assert_eq!(doc.page_count(), 4);
    let headings = ["一、货物基本情况", "二、货物质量", "三、货物交付"];
    let positions: Vec<usize> = headings.iter().map(|h| at(&doc, h)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn isolated_reading_matches_in_process() {
    let dir = corpus_or_skip!();
    let options = ReadOptions {
        isolate: Some(PathBuf::from(env!("CARGO_BIN_EXE_loanlint"))),
        timeout: Duration::from_secs(120),
        ..ReadOptions::default()
    };
    for file in [
        "zh_sales_contract_wps_myzy.pdf",
        "en_cfpb_adjustable_rate_loan_estimate.pdf",
    ] {
        let a = read::read_file(&dir.join(file), &ReadOptions::default()).expect("in-process");
        let b = read::read_file(&dir.join(file), &options).expect("isolated");
        assert_eq!(a.text, b.text, "{file}");
        assert_eq!(a.warnings, b.warnings, "{file}");
    }
}

/// Character-level agreement of two texts: the share of non-space characters they have in
/// common, counted as multisets (2·|A∩B| / (|A|+|B|)); layout differences do not count.
fn agreement(a: &str, b: &str) -> (usize, usize) {
    let mut counts: HashMap<char, i64> = HashMap::new();
    let (mut na, mut nb) = (0usize, 0usize);
    for c in a.chars().filter(|c| !c.is_whitespace()) {
        *counts.entry(c).or_default() += 1;
        na += 1;
    }
    let mut common = 0usize;
    for c in b.chars().filter(|c| !c.is_whitespace()) {
        nb += 1;
        if let Some(n) = counts.get_mut(&c)
            && *n > 0
        {
            *n -= 1;
            common += 1;
        }
    }
    (2 * common, na + nb)
}

/// Per-file floors of the character agreement (char-F1) of our reading with pdftotext's,
/// each the figure measured when it was recorded (`cargo test --test suite
/// read_corpus::engines_agree -- --nocapture`, printed to 4 decimals): a change to the PDF
/// reader may raise one, never lower it. The browser-printed 借款合同 must reach 0.98
/// (issue #15; it read 0.8594 before its running header/footer was stripped from both
/// engines' text, 1.0000 after).
const AGREEMENT_FLOORS: &[(&str, f64)] = &[
    ("en_bnpl_loan_agreement_pdflib.pdf", 0.8886),
    ("en_ca_tcac_arra_loan_agreement.pdf", 0.9977),
    ("en_cfpb_adjustable_rate_loan_estimate.pdf", 0.9966),
    // 0.9904 until its Wingdings check boxes and bullets read as ☐ and • (pdftotext reads
    // the letters of their codes, ¨ and §).
    ("en_cfpb_checklist_mortgage_closing.pdf", 0.9839),
    // 0.9984 until its leader dots, glyphs without a character (U+FFFD in pdftotext too),
    // were dropped instead of kept as U+FFFD runs.
    ("en_cfpb_mortgage_closing_forms.pdf", 0.9929),
    ("en_chf_loan_agreement_word.pdf", 1.0000),
    ("en_in_promissory_note_wkhtml.pdf", 1.0000),
    ("en_loan_estimate_obo.pdf", 0.9847),
    ("en_sample_loan_agreement_betterdebt.pdf", 1.0000),
    ("en_sec_credit_agreement_ribbon.pdf", 0.9959),
    ("en_synthetic_credit_agreement_reportlab.pdf", 1.0000),
    ("en_tx_promissory_note_pdftex.pdf", 0.9999),
    ("zh_civil_code_fz_fonts.pdf", 0.9990),
    ("zh_civil_code_word2019.pdf", 1.0000),
    ("zh_jiekuan_hetong_aidevelop.pdf", 0.98),
    ("zh_sales_contract_itext_initframe.pdf", 1.0000),
    ("zh_sales_contract_wps_myzy.pdf", 1.0000),
    // These two were 1.0000 until a `${name}` placeholder wrapped after its `$` was joined
    // back and read as a blank (pdftotext keeps the two halves on two lines).
    ("zh_ccb_consumer_credit_line_loan_creditlife.pdf", 0.9990),
    (
        "zh_tubaobao_dehua_microloan_installment_android.pdf",
        0.9956,
    ),
    ("zh_zhengda_edai_p2p_loan_online.pdf", 0.9958),
    ("zh_kuaijin_cash_loan_timecash_v2.pdf", 1.0000),
    ("zh_duandaiwang_cash_loan_mk.pdf", 1.0000),
    ("zh_cash_loan_consult_service_mk.pdf", 1.0000),
    ("zh_jubaodai_cash_loan_agreement_suniu.pdf", 0.9993),
    ("zh_loan_consult_service_agreement_suniu.pdf", 0.9999),
    ("zh_p2p_lend_borrow_agreement_hermes.pdf", 0.9957),
    ("zh_shangyoudai_loan_contract_hui.pdf", 1.0000),
    ("zh_personal_loan_contract_filled_viai.pdf", 1.0000),
    ("en_payday_loan_note_disclosure_condor_testdata.pdf", 1.0000),
    ("en_uk_fixed_sum_loan_kariba.pdf", 0.9998),
];

/// A PDF of the corpus that has no floor yet must still agree this well.
const NEW_FILE_FLOOR: f64 = 0.85;

#[test]
fn engines_agree_on_the_corpus() {
    let dir = corpus_or_skip!();
    if !read::pdftotext_available() {
        eprintln!("skipped: pdftotext not installed (apt-get install poppler-utils)");
        return;
    }
    let poppler = ReadOptions {
        engine: Engine::Pdftotext,
        ..ReadOptions::default()
    };
    let (mut common, mut total) = (0usize, 0usize);
    let mut below = Vec::new();
    let mut measured = Vec::new();
    let readings = our_readings(&dir);
    for e in manifest(&dir).iter().filter(|e| e.text_layer) {
        let path = dir.join(&e.file);
        let ours = ours(readings, &e.file);
        let theirs = read::read_file(&path, &poppler)
            .unwrap_or_else(|err| panic!("{} (pdftotext): {err}", e.file));
        assert_eq!(ours.page_count(), theirs.page_count(), "{}", e.file);
        let (c, t) = agreement(&ours.text, &theirs.text);
        let share = c as f64 / t.max(1) as f64;
        eprintln!("agreement {:.4} {}", share, e.file);
        let floor = AGREEMENT_FLOORS
            .iter()
            .find(|(f, _)| *f == e.file)
            .map_or(NEW_FILE_FLOOR, |(_, floor)| *floor);
        // The floors are recorded to 4 decimals.
        if (share * 1e4).round() / 1e4 < floor {
            below.push(format!("{} {share:.4} < {floor:.4}", e.file));
        }
        measured.push(e.file.clone());
        common += c;
        total += t;
    }
    let overall = common as f64 / total.max(1) as f64;
    eprintln!("overall character agreement with pdftotext: {overall:.4}");
    let unmeasured: Vec<&str> = AGREEMENT_FLOORS
        .iter()
        .map(|(f, _)| *f)
        .filter(|f| !measured.iter().any(|m| m == f))
        .collect();
    assert!(unmeasured.is_empty(), "not in the manifest: {unmeasured:?}");
    assert!(below.is_empty(), "below their floors: {below:#?}");
    assert!(overall >= 0.99, "overall agreement {overall:.4}");
}

#[test]
fn ocr_reads_a_scanned_contract() {
    let dir = corpus_or_skip!();
    if !read::ocr_available() {
        eprintln!("skipped: pdftoppm/tesseract not installed (OCR is optional)");
        return;
    }
    let options = ReadOptions {
        ocr: true,
        ..ReadOptions::default()
    };
    let doc = read::read_file(&dir.join("sw_scan_loan_contract_mikopo.pdf"), &options)
        .expect("OCR gives text");
    assert_eq!(doc.ocr_pages, vec![1]);
    assert!(doc.text.contains("MKATABA"), "{}", doc.text);
    // Evidence from an OCR page is flagged as low confidence.
    let at = doc.text.find("MKATABA").unwrap_or(0);
    assert!(doc.evidence(at, at + 7).low_confidence);
}

/// Template placeholders the way each form shows them: the HTML/Word reader blanks them
/// (`____`), a browser-printed PDF shows the raw `${name}`. Both sides drop them, so the
/// comparison measures the contract text only.
fn without_placeholders(text: &str) -> String {
    static PLACEHOLDER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        loanlint::pattern::regex(r"\$\{[^{}\n]*\}|\{\{[^{}\n]*\}\}|<%[^%]*%>|</?[#@][^<>\n]*>|_{4}")
            .expect("regex")
    });
    PLACEHOLDER.replace_all(text, "").into_owned()
}

/// The corpus's HTML and Word files that have a PDF twin, with it, sorted: taken from the
/// manifest, so a listed file missing on disk fails the tests that read it.
fn html_word_pairs(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let text = std::fs::read_to_string(dir.join("MANIFEST.tsv")).expect("manifest");
    let listed: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    let mut pairs: Vec<(PathBuf, PathBuf)> = listed
        .iter()
        .filter(|f| [".html", ".htm", ".docx"].iter().any(|x| f.ends_with(x)))
        .filter_map(|f| {
            let source = dir.join(f);
            let pdf = source.with_extension("pdf");
            let twin = pdf.file_name()?.to_str()?;
            listed.contains(&twin).then_some((source, pdf))
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn html_and_word_files_read_like_their_pdfs() {
    let dir = corpus_or_skip!();
    let pairs = html_word_pairs(&dir);
    assert!(
        pairs.len() >= 10,
        "expected the corpus's HTML/Word pairs, found {}",
        pairs.len()
    );
    let (mut common, mut total) = (0usize, 0usize);
    let mut scores = Vec::new();
    for (source, pdf) in &pairs {
        let ours = read::read_file(source, &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let printed = read::read_file(pdf, &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
        let (c, t) = agreement(
            &without_placeholders(&ours.text),
            &without_placeholders(&printed.text),
        );
        let f1 = c as f64 / t.max(1) as f64;
        let name = source
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        eprintln!("char-F1 {f1:.4} {name} ({} warnings)", ours.warnings.len());
        scores.push((f1, name));
        common += c;
        total += t;
    }
    let overall = common as f64 / total.max(1) as f64;
    eprintln!("overall char-F1 of HTML/Word against their PDFs: {overall:.4}");
    let below: Vec<&(f64, String)> = scores.iter().filter(|(f1, _)| *f1 < 0.95).collect();
    assert!(below.is_empty(), "below 0.95: {below:?}");
}

/// The money terms and findings a borrower would compare, as one printable value.
fn comparable(report: &loanlint::Report) -> (String, Vec<String>) {
    let t = &report.terms;
    fn sorted<T>(items: &[T], show: impl Fn(&T) -> String) -> Vec<String> {
        let mut v: Vec<String> = items.iter().map(show).collect();
        v.sort();
        v
    }
    let rates = sorted(&t.rates, |r| {
        format!("{:?} {} {:?}", r.kind, r.value, r.per)
    });
    let fees = sorted(&t.fees, |f| {
        format!("{:?} {:?} {:?}", f.kind, f.amount, f.percent)
    });
    let findings = sorted(&report.findings, |f| f.rule_id.clone());
    let terms = format!(
        "principal {:?}; term {:?}; rates {rates:?}; fees {fees:?}; APR {:?}",
        t.principal.as_ref().map(|a| a.amount),
        t.term.as_ref().map(|x| (x.months, x.days)),
        report.apr.as_ref().map(|a| a.nominal_percent),
    );
    (terms, findings)
}

#[test]
fn html_and_word_pairs_give_the_same_terms_and_findings_as_their_pdfs() {
    let dir = corpus_or_skip!();
    let checker = loanlint::check::Checker::load(&[]).expect("bundled rulesets");
    let options = loanlint::AnalysisOptions::default();
    let mut errors = Vec::new();
    let mut pairs = 0;
    for (source, pdf) in html_word_pairs(&dir) {
        let name = source.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let analyse = |p: &Path| {
            loanlint::analyse_file(p, &options, &checker)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        };
        let (terms, findings) = comparable(&analyse(&source));
        let (pdf_terms, pdf_findings) = comparable(&analyse(&pdf));
        pairs += 1;
        if findings != pdf_findings {
            errors.push(format!(
                "{name}: findings {findings:?} != PDF {pdf_findings:?}"
            ));
        }
        if terms != pdf_terms {
            errors.push(format!("{name}: {terms}\n   PDF: {pdf_terms}"));
        }
    }
    assert!(
        pairs >= 13,
        "expected the corpus's 13 HTML/Word pairs, found {pairs}"
    );
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
