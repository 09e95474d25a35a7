//! The hostile-input set (tests/fixtures/hostile, made by scripts/make_hostile_pdfs.py):
//! every file gives a clear error or the right text, without a panic message, a hang or
//! unbounded memory, both in-process and through the isolated child process.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use loanlint::read::{self, Document, ReadError, ReadOptions};

/// What a file must give.
enum Expect {
    /// Ok, and the text contains all of these.
    Text(&'static [&'static str]),
    /// Ok, the text contains these, and some warning contains the last argument.
    TextWarn(&'static [&'static str], &'static str),
    /// This error reason.
    Error(&'static str),
}

use Expect::*;

const CASES: &[(&str, Expect)] = &[
    (
        "base.pdf",
        Text(&["Loan amount 10000 CNY", "the borrower repays monthly"]),
    ),
    (
        "truncated_tail.pdf",
        TextWarn(&["Loan amount 10000 CNY"], "cross-reference"),
    ),
    ("truncated_half.pdf", Error("damaged")),
    ("truncated_header_only.pdf", Error("damaged")),
    ("random_bytes.pdf", Error("damaged")),
    ("random_noheader.pdf", Error("not-pdf")),
    ("empty.pdf", Error("empty")),
    (
        "broken_xref.pdf",
        Text(&["Loan amount 10000 CNY", "the borrower repays monthly"]),
    ),
    (
        "corrupt_stream.pdf",
        TextWarn(
            &[
                "Clause 1: the borrower pays 37 CNY.",
                "Second page is intact.",
            ],
            "damaged compressed content",
        ),
    ),
    ("deep_nesting.pdf", Error("damaged")),
    (
        "page_tree_loop.pdf",
        TextWarn(&["Loan amount 10000 CNY"], "page tree"),
    ),
    (
        "bomb.pdf",
        TextWarn(&["Loan amount 10000 CNY"], "decompression bomb"),
    ),
    (
        "missing_font.pdf",
        TextWarn(&["Loan amount 10000 CNY"], "/F9"),
    ),
    ("form_empty_resources.pdf", Text(&["Loan amount 10000 CNY"])),
    (
        "form_loop.pdf",
        TextWarn(&["Loan amount 10000 CNY"], "loop"),
    ),
    ("image_only.pdf", Error("no-text")),
    (
        "mixed_scan.pdf",
        TextWarn(&["Loan amount 10000 CNY"], "image-only) on page(s) 2;"),
    ),
    (
        "bad_operands.pdf",
        Text(&["Loan terms", "Next line", "Third"]),
    ),
    ("aes256_user.pdf", Error("encrypted")),
    ("aes128_user.pdf", Error("encrypted")),
    ("rc4_128_user.pdf", Error("encrypted")),
    ("rc4_40_user.pdf", Error("encrypted")),
    (
        "aes256_owner.pdf",
        Text(&["Loan amount 10000 CNY", "the borrower repays monthly"]),
    ),
    (
        "aes128_owner.pdf",
        Text(&["Loan amount 10000 CNY", "the borrower repays monthly"]),
    ),
    (
        "rc4_128_owner.pdf",
        Text(&["Loan amount 10000 CNY", "the borrower repays monthly"]),
    ),
    (
        "rc4_40_owner.pdf",
        Text(&["Loan amount 10000 CNY", "the borrower repays monthly"]),
    ),
    // HTML, Word and text files (scripts/make_hostile_docs.py).
    ("deep_nesting.html", Error("damaged")),
    ("deep_inline.html", Error("damaged")),
    ("gbk.html", TextWarn(&["人民币壹万元整"], "GBK")),
    ("hidden_only.html", Error("empty")),
    (
        "unclosed_tags.html",
        Text(&["Loan amount 10000 CNY", "a  b"]),
    ),
    (
        "loan_gbk.html",
        TextWarn(&["人民币壹万元整", "年利率18%"], "GBK"),
    ),
    // Web archives: the page's charset on its part header only.
    (
        "base.mhtml",
        TextWarn(&["人民币壹万元整", "年利率18%"], "GBK"),
    ),
    ("truncated.mhtml", Error("damaged")),
    ("no_page.mhtml", Error("damaged")),
    ("deep_parts.mht", Text(&["Loan amount 10000 CNY"])),
    ("base.docx", Text(&["Loan amount 10000 CNY"])),
    ("zip_bomb.docx", Error("damaged")),
    ("truncated.docx", Error("damaged")),
    ("not_word.docx", Error("unsupported")),
    ("bad_xml.docx", Error("damaged")),
    ("deep_xml.docx", Text(&["Loan amount 10000 CNY"])),
    (
        "pdf_named.docx",
        TextWarn(
            &["Loan amount 10000 CNY"],
            "named as Word (.docx) but the content is PDF",
        ),
    ),
    ("big5.txt", Text(&["新臺幣伍萬元整"])),
    ("utf16.txt", Text(&["人民币壹万元整"])),
    ("blank.txt", Error("empty")),
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

fn check(name: &str, expect: &Expect, got: Result<Document, ReadError>) {
    match (expect, got) {
        (Text(needles), Ok(doc)) => {
            for n in *needles {
                assert!(
                    doc.text.contains(n),
                    "{name}: {n:?} missing from {:?}",
                    doc.text
                );
            }
        }
        (TextWarn(needles, warn), Ok(doc)) => {
            for n in *needles {
                assert!(
                    doc.text.contains(n),
                    "{name}: {n:?} missing from {:?}",
                    doc.text
                );
            }
            assert!(
                doc.warnings.iter().any(|w| w.contains(warn)),
                "{name}: no warning about {warn:?} in {:?}",
                doc.warnings
            );
        }
        (Error(reason), Err(e)) => {
            assert_eq!(e.reason(), *reason, "{name}: {e}");
            let msg = e.to_string();
            assert!(
                msg.contains(name),
                "{name}: message does not name the file: {msg}"
            );
            assert!(!msg.contains("panicked"), "{name}: {msg}");
        }
        (Error(reason), Ok(doc)) => panic!("{name}: expected {reason}, got text {:?}", doc.text),
        (_, Err(e)) => panic!("{name}: expected text, got error {e}"),
    }
}

#[test]
fn hostile_in_process() {
    let options = ReadOptions::default();
    for (name, expect) in CASES {
        let started = Instant::now();
        let got = read::read_file(&fixture(name), &options);
        check(name, expect, got);
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{name}: too slow"
        );
    }
}

fn isolated(max_memory: u64) -> ReadOptions {
    ReadOptions {
        isolate: Some(PathBuf::from(env!("CARGO_BIN_EXE_loanlint"))),
        timeout: Duration::from_secs(30),
        max_memory,
        ..ReadOptions::default()
    }
}

#[test]
fn hostile_isolated_with_memory_limit() {
    // 512 MiB of address space is plenty for honest files and fatal to an unbounded bomb.
    let options = isolated(512 << 20);
    for (name, expect) in CASES {
        let got = read::read_file(&fixture(name), &options);
        check(name, expect, got);
    }
}

#[test]
fn child_writes_no_panic_message() {
    for (name, _) in CASES {
        let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
            .arg(read::CHILD_SUBCOMMAND)
            .arg(fixture(name))
            .output()
            .expect("run loanlint");
        assert!(out.status.success(), "{name}: {:?}", out.status);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.trim().is_empty(), "{name}: stderr {stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.starts_with("loanlint-read-v1 {"), "{name}: {stdout}");
    }
}

#[test]
fn partly_scanned_pages_are_named() {
    let doc = read::read_file(&fixture("mixed_scan.pdf"), &ReadOptions::default()).expect("reads");
    assert_eq!(doc.page_count(), 3);
    assert_eq!(doc.page_text(2).map(str::trim), Some(""));
    // Page 3 has a text layer with a stray mark only: it needs OCR too.
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.starts_with("page 3: only 3 characters")),
        "{:?}",
        doc.warnings
    );
    assert!(!doc.warnings.iter().any(|w| w.starts_with("page 1:")));
}

#[test]
fn directory_named_pdf_is_an_io_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fake = dir.path().join("x.pdf");
    std::fs::create_dir(&fake).expect("mkdir");
    for options in [ReadOptions::default(), isolated(512 << 20)] {
        let err = read::read_file(&fake, &options).expect_err("a directory is not a PDF");
        assert_eq!(err.reason(), "io", "{err}");
        assert!(err.to_string().contains("x.pdf"), "{err}");
    }
}

#[test]
fn missing_file_is_an_io_error() {
    let err = read::read_file(Path::new("/nonexistent/contract.pdf"), &isolated(512 << 20))
        .expect_err("missing");
    assert_eq!(err.reason(), "io");
}

#[cfg(unix)]
fn fake_reader(dir: &Path, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let exe = dir.join("fake-loanlint");
    std::fs::write(&exe, format!("#!/bin/sh\n{body}\n")).expect("write script");
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    exe
}

#[cfg(unix)]
#[test]
fn a_hanging_reader_is_stopped_at_the_time_limit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = ReadOptions {
        isolate: Some(fake_reader(dir.path(), "exec sleep 30")),
        timeout: Duration::from_secs(1),
        ..ReadOptions::default()
    };
    let started = Instant::now();
    let err = read::read_file(&fixture("base.pdf"), &options).expect_err("must time out");
    assert_eq!(err.reason(), "timeout", "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[cfg(unix)]
#[test]
fn crashes_are_reported_not_propagated() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases = [
        (
            "echo 'memory allocation of 4294967296 bytes failed' >&2; kill -ABRT $$",
            "memory limit",
        ),
        (
            "echo \"thread 'main' has overflowed its stack\" >&2; kill -SEGV $$",
            "stack",
        ),
        ("kill -KILL $$", "signal 9"),
        ("echo garbage; exit 0", "exited"),
    ];
    for (body, needle) in cases {
        let options = ReadOptions {
            isolate: Some(fake_reader(dir.path(), body)),
            timeout: Duration::from_secs(10),
            ..ReadOptions::default()
        };
        let err = read::read_file(&fixture("base.pdf"), &options).expect_err("crash");
        assert_eq!(err.reason(), "crashed", "{err}");
        assert!(err.to_string().contains(needle), "{body}: {err}");
    }
}

#[test]
fn isolated_and_in_process_agree() {
    let a = read::read_file(&fixture("base.pdf"), &ReadOptions::default()).expect("in-process");
    let b = read::read_file(&fixture("base.pdf"), &isolated(1 << 30)).expect("isolated");
    assert_eq!(a.text, b.text);
    assert_eq!(a.page_count(), 2);
    assert_eq!(b.page_count(), 2);
    assert_eq!(
        b.page_text(2).map(str::trim),
        Some("Page two: the borrower repays monthly.")
    );
}

/// `loanlint` with these arguments.
fn loanlint(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_loanlint"))
        .args(args)
        .output()
        .expect("run loanlint")
}

#[test]
fn empty_or_textless_input_is_an_input_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let zero = dir.path().join("zero.txt");
    std::fs::write(&zero, b"").expect("write");
    let blank = dir.path().join("blank.txt");
    std::fs::write(&blank, " \n\t\r\n\u{3000}\n".as_bytes()).expect("write");
    let scan = fixture("image_only.pdf");
    let cases = [
        (zero.as_path(), "no text (empty or blank)"),
        (blank.as_path(), "no text (empty or blank)"),
        (scan.as_path(), "no text layer"),
    ];
    for (file, message) in cases {
        for command in ["check", "text"] {
            let out = assert_cmd::Command::new(env!("CARGO_BIN_EXE_loanlint"))
                .arg(command)
                .arg(file)
                .output()
                .expect("run");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(2),
                "{command} {}: {stderr}",
                file.display()
            );
            assert!(
                stderr.contains(message),
                "{command} {}: {stderr}",
                file.display()
            );
            assert!(
                out.stdout.is_empty(),
                "{command} {}: printed a report",
                file.display()
            );
        }
    }
}

#[test]
fn audit_records_why_an_input_had_no_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("zero.txt"), b"").expect("write");
    std::fs::write(dir.path().join("blank.md"), b"   \n\n").expect("write");
    std::fs::copy(fixture("image_only.pdf"), dir.path().join("scan.pdf")).expect("copy");
    let out = loanlint(&[
        "audit".as_ref(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "jsonl".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let reasons: Vec<(String, String)> = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let file = v.get("file")?.as_str()?.rsplit('/').next()?.to_string();
            let reason = v.get("error")?.get("reason")?.as_str()?.to_string();
            Some((file, reason))
        })
        .collect();
    let want = [
        ("blank.md", "empty"),
        ("scan.pdf", "no-text"),
        ("zero.txt", "empty"),
    ];
    for (file, reason) in want {
        assert!(
            reasons.iter().any(|(f, r)| f == file && r == reason),
            "{file}: want {reason} in {reasons:?}\n{stdout}"
        );
    }
}

#[test]
fn the_encoding_of_a_text_or_html_file_is_reported() {
    let cases = [
        ("big5.txt", Some("Big5")),
        ("utf16.txt", Some("UTF-16LE")),
        ("gbk.html", Some("GBK")),
        ("base.docx", None),
        ("base.pdf", None),
    ];
    for (name, want) in cases {
        let doc = read::read_file(&fixture(name), &ReadOptions::default()).expect(name);
        assert_eq!(doc.encoding, want, "{name}");
    }
}

#[test]
fn check_and_text_read_word_and_html_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("contract.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><body><h1>借款合同</h1><p>借款金额：人民币10000元</p>\
         <table><tr><td>年利率</td><td>12%</td></tr></table></body></html>",
    )
    .expect("write");
    let docx = fixture("base.docx");
    for (file, needle) in [
        (page.as_path(), "年利率  12%"),
        (docx.as_path(), "Loan amount 10000 CNY"),
    ] {
        let out = loanlint(&["text".as_ref(), file.as_os_str()]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains(needle), "{}: {stdout}", file.display());
        let out = loanlint(&[
            "check".as_ref(),
            file.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        assert_ne!(
            out.status.code(),
            Some(2),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json report");
        if file == page.as_path() {
            let principal = &report["terms"]["principal"];
            assert_eq!(principal["amount"], "10000", "{report}");
            assert_eq!(
                principal["evidence"]["page"],
                serde_json::Value::Null,
                "{report}"
            );
        }
    }
}

/// Images (scripts/make_hostile_images.py): size limits hold before any decoding, damaged
/// files are per-file errors; the honest screenshots read when tesseract is installed.
#[test]
fn hostile_images() {
    let refused_before_ocr = [
        ("huge.png", "20000 x 20000"),
        ("zero_size.png", "0 pixels"),
        ("truncated_header.jpg", "size cannot be read"),
        ("text_named.png", "not a PNG, JPEG or WebP"),
    ];
    for (name, why) in refused_before_ocr {
        let started = Instant::now();
        let err = read::read_file(&fixture(&format!("images/{name}")), &ReadOptions::default())
            .map(|d| d.text)
            .expect_err(name);
        assert_eq!(err.reason(), "damaged", "{name}: {err}");
        let msg = err.to_string();
        assert!(msg.contains(name) && msg.contains(why), "{name}: {msg}");
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{name}: too slow"
        );
    }
    if !read::tesseract_available() {
        eprintln!("skipped: OCR of the image fixtures needs tesseract (tesseract-ocr)");
        return;
    }
    // A PNG named .pdf is read as the image it is, with a warning.
    let dir = std::env::temp_dir().join(format!("loanlint-png-named-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let named = dir.join("png_named.pdf");
    std::fs::copy(fixture("images/shot.png"), &named).unwrap();
    let named = read::read_file(&named, &ReadOptions::default());
    let _ = std::fs::remove_dir_all(&dir);
    let named = named.unwrap();
    assert!(
        named.text.contains("Loan amount 10000 CNY"),
        "{:?}",
        named.text
    );
    for name in ["shot.png", "shot.jpg", "shot.webp"] {
        let doc = read::read_file(&fixture(&format!("images/{name}")), &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            doc.text.contains("Loan amount 10000 CNY"),
            "{name}: {:?}",
            doc.text
        );
        assert_eq!(doc.kind, loanlint::read::SourceKind::Image, "{name}");
    }
    assert!(
        named
            .warnings
            .iter()
            .any(|w| w.contains("the content is image")),
        "{:?}",
        named.warnings
    );
    // Half a JPEG: a clear error or the part that survived, never a panic or a hang.
    match read::read_file(&fixture("images/truncated.jpg"), &ReadOptions::default()) {
        Ok(doc) => assert_eq!(doc.kind, loanlint::read::SourceKind::Image),
        Err(e) => {
            assert!(matches!(e.reason(), "damaged" | "empty"), "{e}");
            assert!(e.to_string().contains("truncated.jpg"), "{e}");
        }
    }
}

/// Evidence says where a quote is in the input's own units: page of a PDF, line of a text
/// file, paragraph (and cell of a table row) of HTML, a web archive and Word.
#[test]
fn evidence_is_located_in_each_kind_of_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("contract.html");
    std::fs::write(
        &page,
        "<html><body><h1>借款合同</h1><table><tr><td>年利率</td><td>12%</td></tr></table></body></html>",
    )
    .expect("write");
    let cases: [(PathBuf, &str, Option<u32>, &str); 5] = [
        (page, "12%", None, r#"{"paragraph":2,"cell":2}"#),
        (
            fixture("base.mhtml"),
            "年利率18%",
            None,
            r#"{"paragraph":3}"#,
        ),
        (fixture("base.docx"), "10000", None, r#"{"paragraph":1}"#),
        (fixture("utf16.txt"), "壹万元", None, r#"{"line":1}"#),
        (fixture("base.pdf"), "10000", Some(1), "null"),
    ];
    for (path, quote, page, location) in cases {
        let doc = read::read_file(&path, &ReadOptions::default()).expect("reads");
        let at = doc
            .text
            .find(quote)
            .unwrap_or_else(|| panic!("{quote} not in {:?}", doc.text));
        let ev = doc.evidence(at, at + quote.len());
        assert_eq!(ev.page, page, "{}", path.display());
        let got = serde_json::to_string(&ev.location).expect("json");
        assert_eq!(got, location, "{}", path.display());
    }
}

/// `audit` walks every readable kind of file in a folder, and `compare` takes any two.
#[test]
fn audit_and_compare_read_every_kind_of_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let files = [
        "base.pdf",
        "base.docx",
        "loan_gbk.html",
        "base.mhtml",
        "utf16.txt",
    ];
    for name in files {
        std::fs::copy(fixture(name), dir.path().join(name)).expect("copy");
    }
    let out = loanlint(&[
        "audit".as_ref(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "jsonl".as_ref(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let reports: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON report a line"))
        .collect();
    for name in files {
        let report = reports
            .iter()
            .find(|r| r["file"].as_str().is_some_and(|f| f.ends_with(name)))
            .unwrap_or_else(|| panic!("{name} not audited: {stdout}"));
        assert!(report.get("terms").is_some(), "{name}: {report}");
    }
    let html = dir.path().join("loan_gbk.html");
    let archive = dir.path().join("base.mhtml");
    let out = loanlint(&[
        "compare".as_ref(),
        html.as_os_str(),
        archive.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let compared: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    let offers = compared["offers"].as_array().expect("offers");
    assert_eq!(offers.len(), 2, "{compared}");
    assert!(
        offers[0]["apr"]["nominal_percent"].is_string(),
        "{compared}"
    );
    assert_eq!(offers[0]["apr"], offers[1]["apr"], "{compared}");
}

/// Without tesseract a screenshot is a per-file error that says how to install it.
#[test]
fn a_screenshot_without_tesseract_says_how_to_install_it() {
    let empty = tempfile::tempdir().expect("tempdir");
    let shot = fixture("images/shot.png");
    let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
        .arg("text")
        .arg(&shot)
        .env("PATH", empty.path())
        .output()
        .expect("run loanlint");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("shot.png") && stderr.contains("apt-get install tesseract-ocr"),
        "{stderr}"
    );
}

/// `--as-one` reads a folder's files as one document in natural name order.
#[test]
fn a_folder_read_as_one_goes_in_natural_name_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in [
        ("part10.txt", "第三页：违约金"),
        ("part2.txt", "第二页：年利率"),
        ("part1.txt", "第一页：借款金额"),
    ] {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let paths = [dir.path().to_path_buf()];
    let doc = read::read_inputs(&paths, true, &ReadOptions::default()).expect("reads");
    let order: Vec<usize> = ["第一页", "第二页", "第三页"]
        .iter()
        .map(|n| {
            doc.text
                .find(n)
                .unwrap_or_else(|| panic!("{n}: {:?}", doc.text))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{:?}", doc.text);
    assert_eq!(doc.page_count(), 3);
    let err = read::read_inputs(&paths, false, &ReadOptions::default()).expect_err("a folder");
    assert_eq!(err.reason(), "io", "{err}");
}
