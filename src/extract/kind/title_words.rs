//! The title words of every list, found in a title line in one pass.
//!
//! A title line is weighed against every title word of every kind (about 500 words for each
//! of up to 12 lines); a substring search per word cost 3% of an audit. One Aho-Corasick
//! automaton over all the words reports every occurrence of each in the line, and
//! [`LineWords::find_word`] answers exactly as [`super::find_word`] would from them.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::data::DATA;
use super::{find_word, standalone};

/// Every title word, each once; `None` when the automaton cannot be built (each word is then
/// searched alone).
struct TitleWords {
    searcher: Option<AhoCorasick>,
    ids: HashMap<&'static str, usize>,
}

static TITLE_WORDS: LazyLock<TitleWords> = LazyLock::new(|| {
    let t = &DATA.titles;
    let lists = [&t.loan_zh, &t.loan_en, &t.disclosure_zh, &t.disclosure_en]
        .into_iter()
        .chain(t.other_zh.values())
        .chain(t.other_en.values());
    let mut words: Vec<&'static str> = Vec::new();
    let mut ids: HashMap<&'static str, usize> = HashMap::new();
    for w in lists.flatten() {
        // An empty word matches everywhere: it is left to the search alone.
        if !w.is_empty() && !ids.contains_key(w.as_str()) {
            ids.insert(w.as_str(), words.len());
            words.push(w.as_str());
        }
    }
    let searcher = AhoCorasick::new(&words).ok();
    TitleWords { searcher, ids }
});

/// Where each title word occurs in one line.
pub(super) struct LineWords<'h> {
    hay: &'h str,
    /// (word, start) of every occurrence, overlapping ones included, by end (so by start for
    /// any one word); `None` when there is no automaton.
    found: Option<Vec<(usize, usize)>>,
}

impl<'h> LineWords<'h> {
    pub(super) fn new(hay: &'h str) -> Self {
        let words = &*TITLE_WORDS;
        let found = words.searcher.as_ref().map(|s| {
            s.find_overlapping_iter(hay)
                .map(|m| (m.pattern().as_usize(), m.start()))
                .collect()
        });
        LineWords { hay, found }
    }

    pub(super) fn hay(&self) -> &'h str {
        self.hay
    }

    /// [`find_word`]`(hay, word)`: the first occurrence of `word`; for an ASCII word, the first
    /// that stands alone among those a search from the end of the last one finds.
    pub(super) fn find_word(&self, word: &str) -> Option<usize> {
        let (Some(found), Some(&id)) = (&self.found, TITLE_WORDS.ids.get(word)) else {
            return find_word(self.hay, word);
        };
        let mut starts = found.iter().filter(|&&(w, _)| w == id).map(|&(_, at)| at);
        if !word.is_ascii() {
            return starts.next();
        }
        let mut from = 0;
        for at in starts {
            if at < from {
                continue;
            }
            if standalone(self.hay, at, word.len()) {
                return Some(at);
            }
            from = at + word.len();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every title word in lines made to hold it alone, glued, twice, overlapping itself and
    /// next to the other words: the index answers as the search does.
    #[test]
    fn answers_as_the_search_alone() {
        let words: Vec<&str> = TITLE_WORDS.ids.keys().copied().collect();
        assert!(words.len() > 50, "the title words were read");
        let mut lines: Vec<String> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let other = words[(i * 7 + 3) % words.len()];
            lines.push(w.to_string());
            lines.push(format!("x{w}"));
            lines.push(format!("{w}{w} {w}"));
            lines.push(format!("{other}-{w}s and {w}"));
            lines.push(format!("《{w}》纠纷 {other}{w}"));
            lines.push(format!(
                "{}{w}",
                &w[..w.len() / 2 * usize::from(w.is_ascii())]
            ));
        }
        lines.push(String::new());
        lines.push("loan agreementloan agreement loan agreement".to_string());
        lines.push("aaa aa a".to_string());
        for line in &lines {
            let index = LineWords::new(line);
            for w in &words {
                assert_eq!(index.find_word(w), find_word(line, w), "{w:?} in {line:?}");
            }
            // A word outside the lists is searched alone.
            assert_eq!(index.find_word("zq"), find_word(line, "zq"));
        }
    }
}
