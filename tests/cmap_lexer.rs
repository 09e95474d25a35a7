//! The vendored CMap lexer (`vendor/adobe-cmap-parser/src/fast.rs`) against the crate's own pom
//! grammar: wherever the fast lexer answers, its values are the grammar's, on every ToUnicode
//! CMap of the sample contracts and the real corpus, on those CMaps damaged at random, and on
//! random token soups built to hit the grammar's corners. The sample contracts' CMaps must all
//! take the fast path (it is what makes reading them fast).

use crate::common;

use std::path::Path;
use std::sync::LazyLock;

use adobe_cmap_parser::{parse_fast, parse_reference};
use proptest::prelude::*;

/// Every ToUnicode stream of a PDF, decompressed.
fn to_unicode_cmaps(path: &Path) -> Vec<Vec<u8>> {
    let Ok(doc) = lopdf::Document::load(path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        let Ok(lopdf::Object::Reference(id)) = dict.get(b"ToUnicode") else {
            continue;
        };
        if let Ok(stream) = doc.get_object(*id).and_then(lopdf::Object::as_stream) {
            out.push(
                stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone()),
            );
        }
    }
    out
}

fn pdfs_in(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .map(|it| it.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "pdf"));
    v.sort();
    v
}

/// The fast lexer either leaves `input` to the grammar or gives exactly the grammar's values.
fn agrees(input: &[u8]) -> Result<bool, String> {
    let Some(fast) = parse_fast(input) else {
        return Ok(false);
    };
    match parse_reference(input) {
        Ok(reference) if reference == fast => Ok(true),
        Ok(reference) => Err(format!(
            "values differ on {:?}:\nfast {fast:?}\npom  {reference:?}",
            String::from_utf8_lossy(input)
        )),
        Err(e) => Err(format!(
            "the grammar fails ({e:?}) where the fast lexer answered, on {:?}",
            String::from_utf8_lossy(input)
        )),
    }
}

static SAMPLE_CMAPS: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-contracts");
    pdfs_in(&dir)
        .iter()
        .flat_map(|p| to_unicode_cmaps(p))
        .collect()
});

#[test]
fn sample_cmaps_take_the_fast_path_with_the_grammars_values() {
    let cmaps = &*SAMPLE_CMAPS;
    assert!(
        cmaps.len() >= 9,
        "only {} ToUnicode CMaps found",
        cmaps.len()
    );
    for cmap in cmaps {
        assert_eq!(agrees(cmap), Ok(true));
    }
    // And pdf-extract gets a map from each (through the fast path).
    for cmap in cmaps {
        assert!(parse_reference(cmap).expect("the grammar reads it").len() > 10);
        let map = adobe_cmap_parser::get_unicode_map(cmap).expect("a unicode map");
        assert!(!map.is_empty());
    }
}

#[test]
fn real_corpus_cmaps_agree() {
    let Some(dir) = common::corpus::corpus_dir("real_corpus_cmaps_agree") else {
        return;
    };
    let cmaps: Vec<Vec<u8>> = pdfs_in(&dir)
        .iter()
        .flat_map(|p| to_unicode_cmaps(p))
        .collect();
    assert!(
        cmaps.len() >= 20,
        "only {} ToUnicode CMaps found",
        cmaps.len()
    );
    let fast = cmaps
        .iter()
        .map(|c| agrees(c))
        .collect::<Result<Vec<bool>, String>>()
        .unwrap_or_else(|e| panic!("{e}"));
    // Most real CMaps are plain: the fast path must be the common one.
    let taken = fast.iter().filter(|f| **f).count();
    assert!(
        taken * 2 > cmaps.len(),
        "fast path taken {taken} of {}",
        cmaps.len()
    );
}

/// Fragments that hit the grammar's corners: comments and line ends, numbers that are not
/// integers, escapes, `#` in names, odd hex digits, NUL and form feed, unbalanced brackets.
const PIECES: &[&[u8]] = &[
    b" ",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"%c\n",
    b"%c",
    b"%%x\r",
    b"true",
    b"false",
    b"truex",
    b"12",
    b"-3",
    b"+7",
    b"0",
    b"-",
    b"+",
    b".",
    b".5",
    b"-.25",
    b"1.0",
    b"12345678901234567890",
    b"999999999999999999",
    b"/Name",
    b"/",
    b"/a#20b",
    b"/\xe4\xb8\xad",
    b"/\xff",
    b"(Adobe)",
    b"()",
    b"(a\\)b)",
    b"(a(b)c)",
    b"(\\101)",
    b"(",
    b")",
    b"<00>",
    b"<0041>",
    b"<00 41>",
    b"<0>",
    b"<0 0>",
    b"< 0041 >",
    b"<>",
    b"<<",
    b">>",
    b"<</A 1>>",
    b"<< /B (x) >>",
    b"[",
    b"]",
    b"[<01> <02>]",
    b"[ ]",
    b"{",
    b"}",
    b"\0",
    b"\x0c",
    b"beginbfchar",
    b"endbfchar",
    b"beginbfrange",
    b"endbfrange",
    b"def",
    b"*",
    b"'",
    b"\"",
    b"#",
    b"\xc3\xa9",
];

/// Fragments of a plain CMap, which the fast lexer reads itself (unless two of them run
/// together into something it leaves to the grammar, such as `12` then `.5`).
const PLAIN: &[&[u8]] = &[
    b" ",
    b"\n",
    b"\r\n",
    b"\r",
    b"\t",
    b"%c\n",
    b"%% x\r",
    b"true",
    b"false",
    b"12",
    b"-3",
    b"+7",
    b"0",
    b".5",
    b"-.25",
    b"999999999999999999",
    b"/Name",
    b"/",
    b"/\xe4\xb8\xad",
    b"(Adobe)",
    b"()",
    b"<00>",
    b"<0041>",
    b"<00 41>",
    b"< 0041 >",
    b"<>",
    b"<</A 1>>",
    b"<< /B (x) /C [<01>] >>",
    b"[<01> <02>]",
    b"[ ]",
    b"beginbfchar",
    b"endbfchar",
    b"def",
    b"*",
    b"'",
    b"\"",
];

fn soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0..PIECES.len(), 1..12)
        .prop_map(|ix| ix.iter().flat_map(|&i| PIECES[i].to_vec()).collect())
}

#[test]
fn plain_soups_mostly_take_the_fast_path_and_agree() {
    // A fixed pseudo-random walk (xorshift), so a failure is reproducible.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut taken = 0;
    let runs = 4000;
    for _ in 0..runs {
        let len = 1 + next(30);
        let mut input = Vec::new();
        for _ in 0..len {
            input.extend_from_slice(PLAIN[next(PLAIN.len())]);
            input.push(b" \n"[next(2)]);
        }
        match agrees(&input) {
            Ok(fast) => taken += usize::from(fast),
            Err(e) => panic!("{e}"),
        }
    }
    assert!(taken * 2 > runs, "fast path taken {taken} of {runs}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn token_soups_agree(input in soup()) {
        prop_assert_eq!(agrees(&input).map(|_| ()), Ok(()));
    }

    #[test]
    fn damaged_sample_cmaps_agree(
        which in 0usize..64,
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        cut in any::<prop::sample::Index>(),
    ) {
        let cmaps = &*SAMPLE_CMAPS;
        prop_assume!(!cmaps.is_empty());
        let mut input = cmaps[which % cmaps.len()].clone();
        for (at, byte) in edits {
            let i = at.index(input.len());
            input[i] = byte;
        }
        let keep = cut.index(input.len() + 1);
        input.truncate(keep.max(input.len() * 3 / 4));
        prop_assert_eq!(agrees(&input).map(|_| ()), Ok(()));
    }
}
