//! Every regular expression of the engine is compiled here, with a bounded lazy-DFA cache.
//!
//! The regex crate searches with a lazy DFA: automaton states are built while a text is read
//! and kept in a cache, one per pattern, search direction and thread, which may grow to 2 MB
//! and keeps its memory when cleared. An audit's memory grew with the documents each worker
//! had seen. [`LAZY_DFA_CACHE_BYTES`] caps each cache instead (`RegexBuilder::dfa_size_limit`,
//! regex-automata's `meta::Config::hybrid_cache_capacity`).
//!
//! What a smaller cap costs (regex-automata 0.4, `hybrid::dfa`): a search that fills the cache
//! clears it and goes on; after the third clearing, a cache that searched fewer than 10 bytes
//! per state since the last one gives the search up to the PikeVM or the bounded backtracker
//! (same matches, slower); and a pattern whose automaton needs more than the cap for its first
//! few states gets no lazy DFA at all (the build error is swallowed), so every search of it is
//! slow. The cap is therefore above what the engine's largest pattern needs (a test checks the
//! patterns the sample contracts compile); lower caps measured slower (README, "peak RSS").
//! A long pattern may hold more ([`lazy_dfa_cache_bytes`]): below what its states need, the
//! cache is cleared and rebuilt over and over on the same documents.

use regex::{Regex, RegexBuilder};

/// The most memory one lazy-DFA cache (one pattern, one direction, one thread) may hold.
/// Measured on the real corpus ×300, one worker: 1 MB cut peak RSS by 5% (2 workers: 8%) at
/// a CPU cost within the noise; 512 KB and 256 KB cut more but cost 10–25% more CPU, as the
/// largest patterns (up to 825 KB needed) lost their lazy DFA and others cleared it often.
pub const LAZY_DFA_CACHE_BYTES: usize = 1 << 20;

/// How much lazy-DFA cache a long pattern may hold per byte of its source, above
/// [`LAZY_DFA_CACHE_BYTES`]. The states a text opens grow with the automaton, and so with the
/// pattern: the English repayment-method pattern (2.6 KB of alternatives, case-insensitive)
/// filled 1 MB on every few documents, cleared it and built the same states again, a tenth of
/// an audit's instructions on the samples; about 1.5 MB holds all it needs. A cache grows only
/// as states are built, so a short pattern or a pattern that needs few states costs nothing.
pub const LAZY_DFA_CACHE_BYTES_PER_PATTERN_BYTE: usize = 1 << 10;

/// The lazy-DFA cache cap of `pattern`: [`LAZY_DFA_CACHE_BYTES`], or more for a long pattern.
pub fn lazy_dfa_cache_bytes(pattern: &str) -> usize {
    LAZY_DFA_CACHE_BYTES.max(
        pattern
            .len()
            .saturating_mul(LAZY_DFA_CACHE_BYTES_PER_PATTERN_BYTE),
    )
}

/// A builder for `pattern` with the engine's cache cap, for patterns that need flags set.
#[allow(clippy::disallowed_methods)] // the one place patterns are compiled
pub fn builder(pattern: &str) -> RegexBuilder {
    #[cfg(test)]
    tests::record(pattern);
    let mut builder = RegexBuilder::new(pattern);
    builder.dfa_size_limit(lazy_dfa_cache_bytes(pattern));
    builder
}

/// `pattern` compiled with the engine's cache cap (in place of `Regex::new`).
pub fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    builder(pattern).build()
}

/// `pattern` compiled for byte haystacks, with the engine's cache cap.
#[allow(clippy::disallowed_methods)] // the one place patterns are compiled
pub fn bytes_regex(pattern: &str) -> Result<regex::bytes::Regex, regex::Error> {
    #[cfg(test)]
    tests::record(pattern);
    regex::bytes::RegexBuilder::new(pattern)
        .dfa_size_limit(lazy_dfa_cache_bytes(pattern))
        .build()
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Mutex;

    use regex_automata::meta;

    use super::*;
    use crate::analysis::{AnalysisOptions, analyse_document};
    use crate::check::Checker;
    use crate::read::{Document, SourceKind};

    /// Where a line of source compiles a pattern without this module: `Regex::new(`,
    /// `RegexBuilder::new(`, the set and bytes variants, or a `parse::<Regex>()`.
    fn bypasses(line: &str) -> bool {
        let code = line.split("//").next().unwrap_or("");
        [
            "Regex::new(",
            "RegexBuilder::new(",
            "RegexSet::new(",
            "RegexSetBuilder::new(",
        ]
        .iter()
        .any(|call| {
            code.match_indices(call).any(|(at, _)| {
                // `LazyRegex::new(` is this crate's own lazy wrapper, which compiles here.
                !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            })
        }) || code.contains("parse::<Regex>")
            || code.contains("parse::<regex::Regex>")
            || code.contains("Regex::from_str")
    }

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn the_bypass_check_sees_every_way_of_compiling() {
        for line in [
            "    let re = Regex::new(r\"a+\").unwrap();",
            "static R: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(P).unwrap());",
            "regex::bytes::Regex::new(p)",
            "let b = RegexBuilder::new(p).case_insensitive(true).build();",
            "let s = regex::RegexSet::new([\"a\", \"b\"]);",
            "let r: Regex = \"a+\".parse::<Regex>().unwrap();",
        ] {
            assert!(bypasses(line), "not seen: {line}");
        }
        for line in [
            "pattern::regex(p).expect(\"static regex\")",
            ".map(|p| LazyRegex::new(p))",
            "// Regex::new( in a comment",
        ] {
            assert!(!bypasses(line), "wrongly seen: {line}");
        }
    }

    #[test]
    fn every_pattern_of_the_source_is_compiled_here() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        assert!(files.len() > 100, "the source tree was read");
        let this = src.join("pattern.rs");
        let mut found = Vec::new();
        for file in files.iter().filter(|f| **f != this) {
            let text = std::fs::read_to_string(file).unwrap();
            for (n, line) in text.lines().enumerate() {
                if bypasses(line) {
                    found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
        assert!(
            found.is_empty(),
            "compile these through crate::pattern:\n{}",
            found.join("\n")
        );
    }

    /// Every pattern compiled in this test process, in order.
    static COMPILED: Mutex<Vec<String>> = Mutex::new(Vec::new());

    pub(super) fn record(pattern: &str) {
        if let Ok(mut compiled) = COMPILED.lock() {
            compiled.push(pattern.to_string());
        }
    }

    /// Whether `pattern` compiled with a lazy-DFA cache of `cap` bytes gets a lazy DFA: its
    /// search cache then holds the lazy DFA's, so it is larger than without one.
    fn has_lazy_dfa(pattern: &str, cap: usize) -> bool {
        let cache_bytes = |hybrid: bool| {
            meta::Regex::builder()
                .configure(
                    meta::Config::new()
                        .nfa_size_limit(Some(10 << 20))
                        .hybrid(hybrid)
                        .hybrid_cache_capacity(cap),
                )
                .build(pattern)
                .map(|re| re.create_cache().memory_usage())
                .unwrap_or(0)
        };
        cache_bytes(true) > cache_bytes(false)
    }

    #[test]
    fn a_long_pattern_may_hold_a_larger_cache() {
        assert_eq!(lazy_dfa_cache_bytes(r"[0-9]+ days"), LAZY_DFA_CACHE_BYTES);
        let long = "(?i)".to_string() + &["fee", "charge"].join("|").repeat(400);
        assert!(lazy_dfa_cache_bytes(&long) > LAZY_DFA_CACHE_BYTES);
        assert_eq!(
            lazy_dfa_cache_bytes(&long),
            long.len() * LAZY_DFA_CACHE_BYTES_PER_PATTERN_BYTE
        );
    }

    #[test]
    fn the_lazy_dfa_check_sees_a_cap_too_small() {
        // A Unicode class under a long counted repetition: a large automaton (about 260 KB
        // for its first states).
        let large = r"\{\{[^{}\n]{0,300}\}\}";
        assert!(!has_lazy_dfa(large, 64 << 10));
        assert!(has_lazy_dfa(large, LAZY_DFA_CACHE_BYTES));
        assert!(has_lazy_dfa(r"[0-9]+ days", 64 << 10));
    }

    #[test]
    fn every_pattern_the_samples_compile_keeps_its_lazy_dfa() {
        let checker = Checker::load(&[]).unwrap();
        let options = AnalysisOptions::default();
        let mut texts = 0;
        for dir in ["sample-contracts", "tests/fresh/zh", "tests/fresh/en"] {
            let paths = crate::test_texts::txt_files(dir);
            // Every sample; every 8th held-out text (enough to open the other patterns).
            let step = if dir == "sample-contracts" { 1 } else { 8 };
            for path in paths.iter().step_by(step) {
                let text = std::fs::read_to_string(path).unwrap();
                let doc = Document::from_text(path, SourceKind::Text, &text);
                analyse_document(&doc, &options, &checker);
                texts += 1;
            }
        }
        assert!(texts > 20, "the texts were read");
        let mut patterns = COMPILED.lock().unwrap().clone();
        patterns.sort();
        patterns.dedup();
        assert!(patterns.len() > 300, "the engine's patterns were compiled");
        let starved: Vec<&String> = patterns
            .iter()
            .filter(|p| has_lazy_dfa(p, 64 << 20) && !has_lazy_dfa(p, LAZY_DFA_CACHE_BYTES))
            .collect();
        assert!(
            starved.is_empty(),
            "these patterns get no lazy DFA under the cap (raise it, or shrink them):\n{starved:#?}"
        );
    }
}
