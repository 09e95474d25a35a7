//! Chinese PDFs whose Type0 fonts name a predefined CMap as their `/Encoding` (reportlab's
//! `UnicodeCIDFont`, iText, WPS, bank systems): no embedded font, no ToUnicode map, the
//! character codes are UCS-2, UTF-16 or GBK themselves. They used to read as "no text layer"
//! (pdf-extract panicked on the CMap name). Fixtures: `scripts/make_cidcmap_fixtures.py`.

use std::path::{Path, PathBuf};
use std::process::Command;

use loanlint::read::{self, PAGE_BREAK, ReadError, ReadOptions, SourceKind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cidcmap")
        .join(name)
}

/// Non-blank lines with all white space removed: the reader drops a narrow space between
/// Chinese characters (`第一条 借款` reads `第一条借款`), which is layout, not text.
fn lines(text: &str) -> Vec<String> {
    text.split(['\n', PAGE_BREAK])
        .map(|l| l.split_whitespace().collect::<String>())
        .filter(|l| !l.is_empty())
        .collect()
}

/// The fixtures that decode, each a rephrased twin of one contract.
const DECODABLE: [&str; 4] = ["ucs2-reportlab", "gbk-euc", "utf16", "cns-ucs2"];

#[test]
fn each_predefined_cmap_reads_as_its_source_text() {
    for name in DECODABLE {
        let doc = read::read_file(&fixture(&format!("{name}.pdf")), &ReadOptions::default())
            .unwrap_or_else(|e| panic!("{name}.pdf: {e}"));
        assert_eq!(doc.kind, SourceKind::Pdf, "{name}");
        let source = std::fs::read_to_string(fixture(&format!("{name}.txt"))).expect("source");
        assert_eq!(
            lines(&doc.text),
            lines(&read::normalize_text(&source)),
            "{name}.pdf"
        );
    }
}

#[test]
fn glyphs_after_latin_text_keep_their_place() {
    // Each reportlab line is drawn in two pieces, the second where the font's widths end the
    // first; `8.4%` and `(¥30,000.00元)` sit across the cuts. The Latin glyphs' widths come
    // from /W through the CMap's ASCII CIDs; a wrong width would gap or overlap the pieces.
    let doc =
        read::read_file(&fixture("ucs2-reportlab.pdf"), &ReadOptions::default()).expect("reads");
    let got = lines(&doc.text);
    assert!(
        got.iter().any(|l| l == "第二条借款年利率为8.4%,按月付息。"),
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|l| l == "第一条借款金额为人民币叁万元整(¥30,000.00元)。"),
        "{got:#?}"
    );
}

#[test]
fn check_finds_the_same_terms_in_every_encoding() {
    // Every twin lends 30,000 yuan (叁万元整 = 3 x 10,000) at 8.4 % a year for 12 months.
    for name in DECODABLE {
        let path = fixture(&format!("{name}.pdf"));
        let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
            .args(["check", "--format", "json"])
            .arg(&path)
            .output()
            .expect("runs");
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{name}: {e}; stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let terms = &report["terms"];
        assert_eq!(terms["principal"]["amount"], "30000", "{name}: {terms:#}");
        assert_eq!(terms["term"]["months"], 12, "{name}: {terms:#}");
        let rates = terms["rates"].as_array().expect("rates");
        let annual: Vec<f64> = rates
            .iter()
            .filter(|r| r["kind"] == "interest")
            .filter_map(|r| r["annual_percent"].as_str()?.parse().ok())
            .collect();
        assert_eq!(annual, vec![8.4], "{name}: {rates:#?}");
    }
}

#[test]
fn an_undecodable_cmap_is_a_clear_error_naming_it() {
    // /GB-H maps codes to Adobe-GB1 CIDs, which need Adobe's tables (not shipped); the
    // Identity font has no ToUnicode map. Neither is a scan, and neither may panic.
    let cases = [
        ("unknown-cmap.pdf", "/GB-H"),
        ("identity-no-tounicode.pdf", "without a ToUnicode map"),
    ];
    for (file, cause) in cases {
        let err =
            read::read_file(&fixture(file), &ReadOptions::default()).expect_err("not readable");
        assert!(
            matches!(err, ReadError::UnsupportedContent { .. }),
            "{file}: {err:?}"
        );
        assert!(err.to_string().contains(cause), "{file}: {err}");
        // The CLI reads through the isolated reader: the error survives it.
        let out = Command::new(env!("CARGO_BIN_EXE_loanlint"))
            .arg("check")
            .arg(fixture(file))
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{file}");
        assert!(
            stderr.contains(cause) && !stderr.contains("panick"),
            "{file}: {stderr}"
        );
    }
}
