//! Inputs the fuzzers in `fuzz/` found, kept so the bugs stay fixed. Each test reproduces
//! one finding in-process, as the fuzz target ran it.

use std::path::{Path, PathBuf};

use loanlint::read::extract_bytes;

fn fixture(rel: &str) -> Vec<u8> {
    let path: PathBuf = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `form_loop.pdf` (a form XObject that paints itself) with its `/Subtype /Form` replaced by
/// `replacement`, which keeps the length so the cross-reference offsets stay valid.
fn self_painting_xobject(replacement: &[u8]) -> Vec<u8> {
    let mut bytes = fixture("hostile/form_loop.pdf");
    let needle = b"/Subtype /Form ";
    assert_eq!(replacement.len(), needle.len());
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("form_loop.pdf declares its form");
    bytes[at..at + needle.len()].copy_from_slice(replacement);
    bytes
}

fn page_text(bytes: &[u8]) -> String {
    let extracted = extract_bytes(bytes, "fuzz.pdf").expect("the page itself is readable");
    extracted.pages.join("\n")
}

/// read_pdf, crash-9fc84b5d: an XObject that paints itself but whose `/Subtype` key is
/// misspelled. The loop check only followed declared forms, while pdf-extract follows every
/// XObject named by `Do`: endless recursion, stack overflow (a process abort, not a panic).
#[test]
fn self_painting_xobject_found_by_the_fuzzer() {
    // The fuzzer also damaged the page content, so any result will do: not crashing is the point.
    let _ = extract_bytes(
        &fixture("fuzz/read_pdf-xobject-loop-no-subtype.pdf"),
        "fuzz.pdf",
    );
}

#[test]
fn self_painting_xobject_without_subtype() {
    let text = page_text(&self_painting_xobject(b"/Subteyp /Form "));
    assert!(text.contains("Loan amount 10000 CNY"), "{text:?}");
}

#[test]
fn self_painting_xobject_with_another_subtype() {
    let text = page_text(&self_painting_xobject(b"/Subtype /PS   "));
    assert!(text.contains("Loan amount 10000 CNY"), "{text:?}");
}

#[test]
fn self_painting_image_xobject() {
    // pdf-extract does not look at the subtype before painting: an "image" whose data is
    // content that paints itself loops the same way.
    let text = page_text(&self_painting_xobject(b"/Subtype /Image"));
    assert!(text.contains("Loan amount 10000 CNY"), "{text:?}");
}

/// flows_json, timeout-40c54815: payments in the year 9100 for an advance in 1978 put the
/// last flow ~85,000 monthly unit-periods out; every solver step multiplied that many
/// powers, and one APR took ~30 s under the fuzzer. Such a span is a misreading: refused.
/// (The EU method counts time in years, ~7,100 of them, which stays cheap.)
#[test]
fn flows_thousands_of_years_long_are_refused() {
    use loanlint::compute::apr::{AprError, Flows, Method, compute};
    let text = String::from_utf8(fixture("fuzz/flows_json-payments-in-9100.json")).expect("utf-8");
    let flows = Flows::from_json(&text).expect("valid FLOWS.json");
    for method in [Method::UsRegz, Method::CnIrr] {
        let r = compute(&flows, method);
        assert!(matches!(r, Err(AprError::Invalid(_))), "{method}: {r:?}");
    }
}

/// The same loan with the payments in 2078 (a century, ~1,200 monthly unit-periods) still
/// computes: the limit only refuses spans no credit has.
#[test]
fn flows_a_century_long_still_compute() {
    use loanlint::compute::apr::{Flows, Method, compute};
    let text = String::from_utf8(fixture("fuzz/flows_json-payments-in-9100.json"))
        .expect("utf-8")
        .replace("9100-02-10", "2078-02-10");
    let flows = Flows::from_json(&text).expect("valid FLOWS.json");
    for method in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
        assert!(compute(&flows, method).is_ok(), "{method}");
    }
}

/// read_pdf, timeout-f18bfd9f: a damaged file (so its cross-reference table is rebuilt by
/// scanning) with one object numbered 6,000,000. The rebuilt table had an entry for every
/// number up to it, which lopdf took minutes to parse; now it lists the objects found.
#[test]
fn a_huge_object_number_does_not_blow_up_the_rebuilt_xref() {
    let started = std::time::Instant::now();
    let _ = extract_bytes(
        &fixture("fuzz/read_pdf-object-number-6000000.pdf"),
        "fuzz.pdf",
    );
    // Milliseconds now; the 6-million-entry table took ~10 s here in a debug build.
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(3), "{took:?}");
}

/// `broken_xref.pdf` renumbered so that an object number is far beyond the others: the
/// rebuilt table still finds every object and the text reads.
#[test]
fn sparse_object_numbers_are_found_by_the_rebuilt_xref() {
    let mut bytes = fixture("hostile/broken_xref.pdf");
    // Object 7 is the second page: renumber its header and the page tree's reference to it.
    for (from, to) in [
        (b"\n7 0 obj".as_slice(), b"\n7000007 0 obj".as_slice()),
        (b"7 0 R]", b"7000007 0 R]"),
    ] {
        let at = bytes
            .windows(from.len())
            .position(|w| w == from)
            .expect("broken_xref.pdf has object 7");
        bytes.splice(at..at + from.len(), to.iter().copied());
    }
    let text = page_text(&bytes);
    assert!(text.contains("Loan amount 10000 CNY"), "{text:?}");
    assert!(text.contains("the borrower repays monthly"), "{text:?}");
}

/// Every prefix of a Word file and of an HTML page (what a cut-off download or a fuzzer's
/// first mutations give) reads as text or a clear error, never a panic.
#[test]
fn cut_off_word_and_html_files_give_text_or_an_error() {
    let docx = fixture("hostile/base.docx");
    for end in 0..docx.len() {
        if let Ok((text, _)) = loanlint::read::docx_to_text(&docx[..end], "cut.docx") {
            assert!(text.is_empty() || text.contains("Loan"), "{end}: {text}");
        }
    }
    // ASCII, so every prefix is valid text: each must read. The page is a head of mixed tags
    // and then thousands of one repeated unclosed `<p>x`: every cut inside the head and its first
    // repetitions, then a cut every 1009 bytes (1009 = 1 mod 4, so every phase of the 4-byte
    // repetition is cut too) and the whole page. Each parse is linear in the prefix, so evenly
    // spaced cuts cost the square of the page's length: a finer stride only repeats the same
    // phases at ten times the CPU.
    let html = fixture("hostile/unclosed_tags.html");
    assert!(html.is_ascii());
    let head = 256.min(html.len());
    let cuts = (0..head)
        .chain((head..html.len()).step_by(1009))
        .chain([html.len()]);
    for end in cuts {
        let got = loanlint::read::html_to_text(&html[..end], "cut.html");
        assert!(got.is_ok(), "{end}: {:?}", got.err());
    }
}
