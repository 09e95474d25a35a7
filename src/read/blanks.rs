//! Template placeholders left in a contract page (`${name}`, `{{amount}}`, FreeMarker
//! `<#if …>`/`<@macro …>`, JSP/ERB `<%= … %>`) stand for values the platform fills in: they
//! are read as a blank to fill, `____`, as a printed form shows one. A leaf.

use std::sync::LazyLock;

use crate::pattern;
use regex::Regex;

/// What a placeholder becomes.
pub const BLANK: &str = "____";

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?x)
          \$\{[^{}\n]{0,200}\}
        | \{\{[^{}\n]{0,200}\}\}
        | </?[\#@][^<>\n]{0,200}>
        | <%[^%]{0,400}%>",
    )
    .expect("static regex")
});

/// `text` with every template placeholder replaced by [`BLANK`].
pub fn blank_placeholders(text: &str) -> std::borrow::Cow<'_, str> {
    if !may_hold_placeholder(text) {
        // What `replace_all` gives when nothing matches; the pattern (counted repetitions
        // of large classes: about 4% of a run's compiling) is then never compiled.
        return std::borrow::Cow::Borrowed(text);
    }
    PLACEHOLDER.replace_all(text, BLANK)
}

/// False only when no placeholder can be in `text`: every one opens with `${`, `{{`, `<#`,
/// `<@`, `</#`, `</@` or `<%`.
fn may_hold_placeholder(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        let next = |k: usize| bytes.get(i + k).copied();
        match b {
            b'$' | b'{' => next(1) == Some(b'{'),
            b'<' => match next(1) {
                Some(b'#' | b'@' | b'%') => true,
                Some(b'/') => matches!(next(2), Some(b'#' | b'@')),
                _ => false,
            },
            _ => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_blanks() {
        let cases = [
            ("借款人：${datas.customerName}", "借款人：____"),
            ("金额 {{ amount }} 元", "金额 ____ 元"),
            ("<#if x??>有<#else>无</#if>", "____有____无____"),
            ("利率<%= rate %>%", "利率____%"),
            ("${l.amount!''}元", "____元"),
            ("no placeholder: $5 {a} <b>", "no placeholder: $5 {a} <b>"),
        ];
        for (raw, want) in cases {
            assert_eq!(blank_placeholders(raw), want, "{raw}");
        }
    }

    /// Every string of up to five characters over the pattern's own punctuation (and a
    /// letter and a line break): wherever the pattern matches, the quick test says it may.
    #[test]
    fn the_quick_test_never_rules_out_a_placeholder() {
        let alphabet = ['$', '{', '}', '<', '>', '/', '#', '@', '%', '\n', 'a'];
        let mut texts = vec![String::new()];
        let mut checked = 0;
        let mut matched = 0;
        for _ in 0..5 {
            let mut longer = Vec::new();
            for t in &texts {
                for c in alphabet {
                    let mut s = t.clone();
                    s.push(c);
                    if PLACEHOLDER.is_match(&s) {
                        matched += 1;
                        assert!(may_hold_placeholder(&s), "{s:?}");
                    }
                    checked += 1;
                    longer.push(s);
                }
            }
            texts = longer;
        }
        assert!(checked > 170_000 && matched > 1_000, "{checked} {matched}");
        // And it rules out what holds no opening.
        for s in ["$5 {a} <b> 100%", "a { {", "< #", "</ a>", "$ {x}", ""] {
            assert!(!may_hold_placeholder(s), "{s:?}");
        }
    }
}
