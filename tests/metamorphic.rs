#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Metamorphic tests: each folder of `tests/fresh/metamorphic/` holds one contract of the fresh
//! corpus (`v0-base.txt`) and variants made by `scripts/fresh_corpus.py` that only restyle it:
//! synonyms swapped, clauses reordered, numerals restyled (大写 dropped, 12,000.00 -> 12000),
//! full-width digits, line breaks moved, irrelevant boilerplate added, amounts in 万元 / USD. The terms (principal,
//! amount received, term, method, count, rates, fees) and the annualised cost must be identical
//! across the variants of one contract; values are compared, never evidence.
//!
//! Variants that differ today are listed in `tests/fresh/metamorphic/KNOWN_DIFFS.tsv`
//! (`group/variant.txt<TAB>field<TAB>reason`), with the same strict ratchet as the corpus test.

use crate::fresh_support as support;

use std::path::PathBuf;

use support::{Miss, analyse, checker, fresh_dir, term_values};

fn groups() -> Vec<PathBuf> {
    let dir = fresh_dir().join("metamorphic");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

fn variants(group: &PathBuf) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(group)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    out
}

#[test]
fn there_are_ten_contracts_with_seven_variants_each() {
    let groups = groups();
    assert!(groups.len() >= 10, "{} groups", groups.len());
    for g in &groups {
        let v = variants(g);
        assert!(v.len() >= 8, "{}: {} files", g.display(), v.len());
        assert!(
            v[0].ends_with("v0-base.txt"),
            "{}: no v0-base.txt",
            g.display()
        );
        let base = std::fs::read_to_string(&v[0]).unwrap();
        for other in &v[1..] {
            assert_ne!(
                base,
                std::fs::read_to_string(other).unwrap(),
                "{} is not a variant",
                other.display()
            );
        }
    }
}

#[test]
fn restyling_a_contract_changes_none_of_its_terms() {
    let checker = checker();
    let mut misses = Vec::new();
    let mut unreadable = Vec::new();
    for group in groups() {
        let files = variants(&group);
        let name = group.file_name().unwrap().to_string_lossy().to_string();
        let base = match analyse(&files[0], &checker) {
            Ok(r) => term_values(&r),
            Err(e) => {
                unreadable.push(e);
                continue;
            }
        };
        for file in &files[1..] {
            let rel = format!("{name}/{}", file.file_name().unwrap().to_string_lossy());
            match analyse(file, &checker) {
                Err(e) => unreadable.push(e),
                Ok(report) => {
                    for (field, value) in term_values(&report) {
                        let want = &base[field];
                        if &value != want {
                            misses.push(Miss {
                                file: rel.clone(),
                                field: field.to_string(),
                                detail: format!("base {want} / variant {value}"),
                            });
                        }
                    }
                }
            }
        }
    }
    assert!(
        unreadable.is_empty(),
        "unreadable variants:\n{}",
        unreadable.join("\n")
    );
    misses.sort();
    let proposal = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("metamorphic_diffs.tsv");
    let gaps = fresh_dir().join("metamorphic/KNOWN_DIFFS.tsv");
    if let Err(msg) = support::ratchet(&misses, &gaps, &proposal) {
        panic!("{msg}");
    }
}
