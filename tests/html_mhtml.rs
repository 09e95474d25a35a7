//! Saved web archives (`.mhtml`/`.mht`): a page saved as one file reads like the page
//! itself. The archives are built here, in a temporary folder, with an encoder written for
//! the test (quoted-printable and base64), from a corpus page and from the GBK fixture.

use crate::common;

use std::path::{Path, PathBuf};

use loanlint::read::{self, ReadOptions};

/// Quoted-printable (RFC 2045): every byte outside printable ASCII, and `=`, as `=XX`;
/// soft line breaks keep lines under 76 characters.
fn quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 2);
    let mut line = 0;
    for &b in bytes {
        let piece = if (33..=126).contains(&b) && b != b'=' {
            vec![b]
        } else {
            format!("={b:02X}").into_bytes()
        };
        if line + piece.len() > 75 {
            out.extend_from_slice(b"=\r\n");
            line = 0;
        }
        line += piece.len();
        out.extend_from_slice(&piece);
    }
    out
}

/// Base64 (RFC 4648) in lines of 76 characters.
fn base64(bytes: &[u8]) -> Vec<u8> {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    for (i, chunk) in bytes.chunks(3).enumerate() {
        if i > 0 && i % 19 == 0 {
            out.extend_from_slice(b"\r\n");
        }
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (k, &b)| n | (u32::from(b) << (16 - 8 * k)));
        for k in 0..4 {
            out.push(if k <= chunk.len() {
                ABC[(n >> (18 - 6 * k) & 63) as usize]
            } else {
                b'='
            });
        }
    }
    out
}

/// A web archive as a browser saves it: the page first, then a picture.
fn archive(page_type: &str, encoding: &str, body: &[u8]) -> Vec<u8> {
    let mut out = b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://h5.example/c\r\nSubject: =?utf-8?Q?=E5=80=9F=E6=AC=BE?=\r\nDate: Tue, 1 Dec 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x1--\"\r\n\r\n".to_vec();
    let part = |ctype: &str, enc: &str| {
        format!(
            "------MultipartBoundary--x1--\r\nContent-Type: {ctype}\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: {enc}\r\nContent-Location: https://h5.example/c\r\n\r\n"
        )
    };
    out.extend_from_slice(part(page_type, encoding).as_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(part("image/png", "base64").as_bytes());
    out.extend_from_slice(&base64(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
    out.extend_from_slice(b"\r\n------MultipartBoundary--x1----\r\n");
    out
}

/// Terms, cost and findings of a file, as one comparable value.
fn outcome(path: &Path) -> String {
    let checker = loanlint::check::Checker::load(&[]).expect("bundled rulesets");
    let report = loanlint::analyse_file(path, &loanlint::AnalysisOptions::default(), &checker)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut findings: Vec<&str> = report.findings.iter().map(|f| f.rule_id.as_str()).collect();
    findings.sort();
    format!(
        "{}\nAPR {:?}\nfindings {findings:?}",
        serde_json::to_string(&report.terms).expect("terms serialise"),
        report.apr.as_ref().map(|a| a.nominal_percent)
    )
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write to the temporary folder");
    path
}

/// Reads the archive as `.mhtml` and, by its content, under a `.html` name: both give the
/// page's text and outcome.
fn assert_reads_like(page: &Path, archive_bytes: &[u8]) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let html = read::read_file(page, &ReadOptions::default()).expect("the page reads");
    let expected = outcome(page);
    for name in ["saved.mhtml", "saved-as.html"] {
        let path = write(dir.path(), name, archive_bytes);
        let doc = read::read_file(&path, &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(doc.text, html.text, "{name}");
        assert_eq!(outcome(&path), expected, "{name}");
        let mismatch = doc.warnings.iter().any(|w| w.contains("web archive"));
        assert_eq!(
            mismatch,
            name.ends_with(".html"),
            "{name}: {:?}",
            doc.warnings
        );
    }
}

#[test]
fn a_corpus_page_saved_as_a_web_archive_reads_like_the_page() {
    let Some(page) =
        common::corpus::corpus_file("en_payday_loan_note_disclosure_condor_testdata.html")
    else {
        return;
    };
    let bytes = std::fs::read(&page).expect("a listed corpus file reads");
    assert_reads_like(
        &page,
        &archive(
            "text/html; charset=utf-8",
            "quoted-printable",
            &quoted_printable(&bytes),
        ),
    );
}

#[test]
fn a_gbk_page_saved_as_a_web_archive_reads_like_the_page() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/loan_gbk.html");
    let bytes = std::fs::read(&page).expect("fixture");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture is GBK");
    for (ctype, encoding, body) in [
        ("text/html; charset=\"GB2312\"", "base64", base64(&bytes)),
        ("text/html", "quoted-printable", quoted_printable(&bytes)),
    ] {
        assert_reads_like(&page, &archive(ctype, encoding, &body));
    }
    // The terms the fixture states: 10,000 yuan, 12 months, 18% a year.
    let checker = loanlint::check::Checker::load(&[]).expect("bundled rulesets");
    let report = loanlint::analyse_file(&page, &loanlint::AnalysisOptions::default(), &checker)
        .expect("the fixture reads");
    let terms = serde_json::to_value(&report.terms).expect("terms serialise");
    assert_eq!(terms["principal"]["amount"], "10000", "{terms}");
    assert_eq!(terms["term"]["months"], 12, "{terms}");
    let rates = terms["rates"].as_array().expect("rates");
    assert!(rates.iter().any(|r| r["value"] == "18"), "{terms}");
}

#[test]
fn a_damaged_archive_names_what_is_wrong() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let whole = archive(
        "text/html",
        "base64",
        &base64(b"<p>Loan amount 10000 CNY</p>"),
    );
    let cases: [(&str, &[u8], &str); 3] = [
        ("cut.mhtml", &whole[..whole.len() - 40], "truncated"),
        (
            "pictures.mhtml",
            &archive("image/png", "base64", &base64(b"\x89PNG")),
            "no HTML page",
        ),
        (
            "plain.mhtml",
            b"Loan amount 10000 CNY",
            "no multipart/related body",
        ),
    ];
    for (name, bytes, says) in cases {
        let err = read::read_file(&write(dir.path(), name, bytes), &ReadOptions::default())
            .expect_err(name);
        assert_eq!(err.reason(), "damaged", "{name}: {err}");
        let msg = err.to_string();
        assert!(msg.contains(name) && msg.contains(says), "{name}: {msg}");
    }
}
