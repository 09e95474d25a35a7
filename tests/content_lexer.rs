//! The vendored content-stream lexer (`vendor/lopdf/src/parser/fast_content.rs`, behind
//! `Content::decode`) against lopdf's own nom grammar (`Content::decode_reference`): the same
//! operations, or the same failure, on every page and form XObject of the sample contracts and
//! the real corpus, on those streams damaged at random, and on random token soups built to hit
//! the grammar's corners (comments, inline images, dictionaries, references, keywords, escapes,
//! NUL and form-feed bytes, overflowing numbers, unbalanced brackets).

use crate::common;

use std::path::{Path, PathBuf};

use lopdf::content::Content;

/// The content streams of every PDF in `dir` (at least `at_least` of them), at most
/// `per_pdf` of each.
fn streams_in(dir: &Path, at_least: usize, per_pdf: usize) -> Vec<Vec<u8>> {
    let mut pdfs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|it| it.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    pdfs.retain(|p| p.extension().is_some_and(|e| e == "pdf"));
    pdfs.sort();
    let streams: Vec<Vec<u8>> = pdfs
        .iter()
        .flat_map(|p| content_streams(p).into_iter().take(per_pdf))
        .collect();
    assert!(
        streams.len() >= at_least,
        "only {} content streams in the {} PDFs of {}",
        streams.len(),
        pdfs.len(),
        dir.display()
    );
    streams
}

/// Every page's content and every form XObject's stream of a PDF, decompressed.
fn content_streams(path: &Path) -> Vec<Vec<u8>> {
    let Ok(doc) = lopdf::Document::load(path) else {
        return Vec::new();
    };
    let mut out: Vec<Vec<u8>> = doc
        .get_pages()
        .values()
        .filter_map(|&id| doc.get_page_content(id).ok())
        .collect();
    for object in doc.objects.values() {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        if stream.dict.get(b"Subtype").and_then(|s| s.as_name()).ok() == Some(b"Form") {
            out.push(
                stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone()),
            );
        }
    }
    out
}

/// The fast lexer and the grammar give the same operations (or both fail).
fn agrees(input: &[u8]) -> Result<(), String> {
    let fast = Content::decode(input).ok();
    let reference = Content::decode_reference(input).ok();
    if fast == reference {
        return Ok(());
    }
    let shown = String::from_utf8_lossy(&input[..input.len().min(2000)]).into_owned();
    let first_difference = match (&fast, &reference) {
        (Some(f), Some(r)) => {
            let i = f
                .operations
                .iter()
                .zip(&r.operations)
                .position(|(a, b)| a != b)
                .unwrap_or(f.operations.len().min(r.operations.len()));
            format!(
                "operation {i}: fast {:?} grammar {:?} (counts {} and {})",
                f.operations.get(i),
                r.operations.get(i),
                f.operations.len(),
                r.operations.len()
            )
        }
        _ => format!(
            "fast {:?} grammar {:?}",
            fast.is_some(),
            reference.is_some()
        ),
    };
    Err(format!("{first_difference} on {shown:?}"))
}

/// A fixed pseudo-random walk (xorshift), so that a failure is reproducible.
fn walk(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    }
}

/// Copies of `stream` damaged at random: cut short, a byte changed, a stretch dropped.
fn damaged(stream: &[u8], next: &mut impl FnMut(usize) -> usize) -> Vec<Vec<u8>> {
    const NASTY: &[u8] = b"()[]<>/%\\#\0\x0c\r\n 0.-+BIRT*'\"{}";
    let mut out = Vec::new();
    if stream.is_empty() {
        return out;
    }
    out.push(stream[..next(stream.len())].to_vec());
    let mut changed = stream.to_vec();
    for _ in 0..3 {
        let at = next(changed.len());
        changed[at] = NASTY[next(NASTY.len())];
    }
    out.push(changed);
    let from = next(stream.len());
    let to = (from + 1 + next(64)).min(stream.len());
    out.push([&stream[..from], &stream[to..]].concat());
    out
}

/// Every stream whole, and damaged copies of one stream in `damage_every`.
fn check_all(streams: &[Vec<u8>], seed: u64, damage_every: usize) {
    let mut next = walk(seed);
    for stream in streams {
        agrees(stream).unwrap_or_else(|e| panic!("{e}"));
        if next(damage_every) > 0 {
            continue;
        }
        for copy in damaged(stream, &mut next) {
            agrees(&copy).unwrap_or_else(|e| panic!("damaged copy: {e}"));
        }
    }
}

fn real_corpus_streams(test: &str, per_pdf: usize) -> Option<Vec<Vec<u8>>> {
    Some(streams_in(&common::corpus::corpus_dir(test)?, 100, per_pdf))
}

#[test]
fn sample_contract_streams_agree() {
    let streams = streams_in(&common::fixtures::samples_dir(), 10, usize::MAX);
    check_all(&streams, 0x9e37_79b9_7f4a_7c15, 1);
}

/// The first twelve streams of every real-corpus PDF whole (every producer's layout, without
/// the hundreds of like pages of the long statutes: the CI time budget), and damaged copies of
/// one in sixteen; `real_corpus_streams_agree_damaged_everywhere` takes every stream of every
/// PDF and damages them all.
#[test]
fn real_corpus_streams_agree() {
    if let Some(streams) = real_corpus_streams("real_corpus_streams_agree", 12) {
        check_all(&streams, 0x2545_f491_4f6c_dd1d, 16);
    }
}

#[test]
#[ignore = "minutes in a debug build: run with --ignored after changing the lexer"]
fn real_corpus_streams_agree_damaged_everywhere() {
    if let Some(streams) =
        real_corpus_streams("real_corpus_streams_agree_damaged_everywhere", usize::MAX)
    {
        check_all(&streams, 0x6a09_e667_f3bc_c908, 1);
    }
}

/// Tokens of content streams, the usual and the grammar's corners.
const PIECES: &[&[u8]] = &[
    b"BT",
    b" ",
    b"ET",
    b"\n",
    b"Tj",
    b"\r\n",
    b"TJ",
    b"\r",
    b"\t",
    b"\0",
    b"\x0c",
    b"%c\n",
    b"%c",
    b"Tf",
    b"Td",
    b"T*",
    b"'",
    b"\"",
    b"cm",
    b"q",
    b"Q",
    b"Do",
    b"BDC",
    b"EMC",
    b"BI",
    b"ID",
    b"EI",
    b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI",
    b"BIx",
    b"R",
    b"null",
    b"true",
    b"false",
    b"nullx",
    b"trueTj",
    b"12",
    b"0",
    b"-3",
    b"+7",
    b"-",
    b"+",
    b".",
    b".5",
    b"-.25",
    b"1.",
    b"1.0",
    b"3.14159",
    b"12345678901234567890",
    b"1e5",
    b"/F1",
    b"/",
    b"/a#20b",
    b"/a#2",
    b"/\xe4\xb8\xad",
    b"(Hello)",
    b"()",
    b"(a\\)b)",
    b"(a(b)c)",
    b"(\\101\\0053\\7)",
    b"(\\n\\r\\t\\b\\f\\\\\\q)",
    b"(line\\\nnext)",
    b"(line\\\r\nnext)",
    b"(cr\rlf\n)",
    b"(",
    b")",
    b"\\",
    b"<00>",
    b"<0041>",
    b"<00 41>",
    b"<0>",
    b"<4g>",
    b"< 0041\x0c>",
    b"<>",
    b"<<",
    b">>",
    b"<</MCID 0>>",
    b"<< /B (x) /C [1 0 R] >>",
    b"[",
    b"]",
    b"[(a) -250 (b)]",
    b"[(a)12(b)]",
    b"[1 0 R]",
    b"[1 0R]",
    b"[1\x000 R]",
    b"[1 %c\n0 R]",
    b"[[1] 2]",
    b"[ ]",
    b"[/N <01>]",
    b"[null]",
    b"{",
    b"}",
    b"#",
    b"\xc3\xa9",
];

fn soup(next: &mut impl FnMut(usize) -> usize) -> Vec<u8> {
    let len = 1 + next(24);
    let mut input = Vec::new();
    for _ in 0..len {
        input.extend_from_slice(PIECES[next(PIECES.len())]);
        if next(3) > 0 {
            input.push(b' ');
        }
    }
    input
}

#[test]
fn random_soups_agree() {
    let mut next = walk(0x853c_49e6_748f_ea9b);
    for _ in 0..20_000 {
        agrees(&soup(&mut next)).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn the_fast_lexer_reads_what_text_extraction_needs() {
    let content = Content::decode(
        b"BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm [(Loan) -250 <00410042> (\\(amount\\))] TJ ET",
    )
    .expect("parses");
    let operators: Vec<&str> = content
        .operations
        .iter()
        .map(|o| o.operator.as_str())
        .collect();
    assert_eq!(operators, ["BT", "Tf", "Tm", "TJ", "ET"]);
    let tm = &content.operations[2].operands;
    assert_eq!(tm[4], lopdf::Object::Real(72.5));
    assert_eq!(tm[5], lopdf::Object::Real(-0.5));
    let lopdf::Object::Array(shown) = &content.operations[3].operands[0] else {
        panic!("TJ takes an array");
    };
    assert_eq!(shown[1], lopdf::Object::Integer(-250));
    assert_eq!(
        shown[2],
        lopdf::Object::String(vec![0, 0x41, 0, 0x42], lopdf::StringFormat::Hexadecimal)
    );
    assert_eq!(shown[3], lopdf::Object::string_literal("(amount)"));
}
