//! The pattern prefilter (`extract::prefilter::PatternSet`) never rules out a pattern that
//! matches: checked with the kind cues of `kind_data.toml`'s cue files (both languages, the largest list
//! it serves) over every line and every whole text of the sample contracts and a spread of
//! `tests/fresh`, plus texts made to sit at the edges (case, the Kelvin sign and long s that
//! `(?i)` matches, the literals of a pattern without its gaps).

use std::path::{Path, PathBuf};

use loanlint::extract::prefilter::PatternSet;
use regex::Regex;

fn cue_patterns() -> Vec<String> {
    let data: toml::Value = toml::from_str(loanlint::extract::kind::KIND_DATA).unwrap();
    data["cue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["pattern"].as_str().unwrap().to_string())
        .collect()
}

fn texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("sample-contracts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for lang in ["zh", "en"] {
        let mut fresh: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fresh").join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        fresh.sort();
        files.extend(fresh.into_iter().step_by(25));
    }
    let mut texts: Vec<String> = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let lines: Vec<String> = texts
        .iter()
        .flat_map(|t| t.lines().map(str::to_string))
        .collect();
    texts.extend(lines);
    texts.extend(
        [
            "THIS LOAN AGREEMENT",
            "this lOaN agreement",
            "BAN\u{212A} OFFICER: ____",
            "\u{17F}ale and lea\u{17F}eback",
            "借款人同意按期归还",
            "乙方归还",
            "本合同",
            "",
        ]
        .map(str::to_string),
    );
    texts
}

#[test]
fn no_matching_cue_is_ruled_out() {
    let patterns = cue_patterns();
    assert!(patterns.len() > 50, "the cue list was read");
    let set = PatternSet::new(&patterns);
    let alone: Vec<Regex> = patterns
        .iter()
        .map(|p| loanlint::pattern::regex(p).unwrap())
        .collect();
    let texts = texts();
    let mut ruled_out = 0usize;
    for text in &texts {
        let candidates = set.candidates(text);
        for (i, re) in alone.iter().enumerate() {
            if !candidates.may_match(i) {
                ruled_out += 1;
                assert!(!re.is_match(text), "cue {i} ruled out of {text:?}");
            }
        }
    }
    // And it does rule out: most cues cannot match most lines.
    assert!(ruled_out > texts.len() * patterns.len() / 2, "{ruled_out}");
}
