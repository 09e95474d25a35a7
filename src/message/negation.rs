//! Negation scope: "we will never ask you to pay by gift card", 本平台不会…要求您向个人账户转账
//! warn the reader about a practice; they do not demand or threaten it. A rule's match is
//! negated when a negation cue governs it: the cue stands earlier in the same clause, nothing
//! that ends its scope (a clause break, "or we", 否则) lies between, the cue is not itself part
//! of a condition ("if you don't pay, we will…", 如果您不…), and it does not negate a word that
//! turns it into a threat ("we will not hesitate to…", 不会放过). A report of what others do
//! ("anyone who asks you to…", 如有人要求您…) governs the clause the same way, conditions
//! included. The vocabulary is data (`[negation.zh]`, `[negation.en]` in the rule file).

use regex::Regex;
use serde::Deserialize;

use crate::model::Language;
use crate::pattern;

/// The negation vocabulary of one language, as written in the rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScope {
    /// Words that negate what follows (`never`, `不会`).
    pub cues: String,
    /// Reports of what others (scammers, anyone) do: they govern what follows, even in a
    /// condition (`if anyone asks you to`, `如有人要求您`).
    #[serde(default)]
    pub reported: Option<String>,
    /// What ends a cue's scope: clause breaks and conjunctions (`or we`, `否则`).
    pub breaks: String,
    /// A sentence warning the reader against others' scams (its subject the fraudsters, its
    /// advice not to believe them: 近期有不法分子冒充平台，以…相威胁，请勿轻信): everything in it
    /// describes what others do, across its clauses.
    #[serde(default)]
    pub scam_warning: Option<String>,
    /// Before a cue, within its clause: the cue belongs to a condition (`if you`, `如果`);
    /// matched against the clause text up to the cue, so it should end with `$`.
    pub conditional: String,
    /// Right after a cue: it negates a word that makes the sentence a threat (`hesitate`).
    #[serde(default)]
    pub not_after: Option<String>,
    /// How far back (in characters) a cue may govern a match.
    pub max_chars: usize,
}

/// Both languages' vocabulary, as written in the rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNegation {
    pub zh: RawScope,
    pub en: RawScope,
}

/// One language's compiled vocabulary.
#[derive(Debug, Clone)]
struct Scope {
    cues: Regex,
    reported: Option<Regex>,
    breaks: Regex,
    scam_warning: Option<Regex>,
    conditional: Regex,
    not_after: Option<Regex>,
    max_chars: usize,
}

/// The compiled negation vocabulary.
#[derive(Debug, Clone)]
pub struct Negation {
    zh: Scope,
    en: Scope,
}

impl Scope {
    fn compile(raw: &RawScope) -> Result<Scope, String> {
        let re = |p: &str| pattern::regex(p).map_err(|e| format!("negation: bad pattern: {e}"));
        let opt = |p: &Option<String>| p.as_deref().map(re).transpose();
        Ok(Scope {
            cues: re(&raw.cues)?,
            reported: opt(&raw.reported)?,
            breaks: re(&raw.breaks)?,
            scam_warning: opt(&raw.scam_warning)?,
            conditional: re(&raw.conditional)?,
            not_after: opt(&raw.not_after)?,
            max_chars: raw.max_chars,
        })
    }

    /// Does a cue in `clause` (the text from the scope's start up to the match) govern the
    /// match at its end?
    fn governs(&self, clause: &str) -> bool {
        let plain = self.cues.find_iter(clause).any(|cue| {
            let before = &clause[..cue.start()];
            let after = &clause[cue.end()..];
            !self.conditional.is_match(before)
                && !self.not_after.as_ref().is_some_and(|n| n.is_match(after))
        });
        plain || self.reported.as_ref().is_some_and(|r| r.is_match(clause))
    }
}

impl Negation {
    /// Compile the rule file's vocabulary.
    pub fn compile(raw: &RawNegation) -> Result<Negation, String> {
        Ok(Negation {
            zh: Scope::compile(&raw.zh)?,
            en: Scope::compile(&raw.en)?,
        })
    }

    fn scope(&self, language: Language) -> &Scope {
        match language {
            Language::Zh => &self.zh,
            Language::En => &self.en,
        }
    }

    /// Does `sentence` warn the reader against others' scams (so that nothing in it is the
    /// sender's own threat or demand)?
    pub fn warns_of_scams(&self, sentence: &str, language: Language) -> bool {
        let scope = self.scope(language);
        scope
            .scam_warning
            .as_ref()
            .is_some_and(|w| w.is_match(sentence))
    }

    /// Is the match starting at byte `start` of `text` negated?
    pub fn negated(&self, text: &str, start: usize, language: Language) -> bool {
        let scope = self.scope(language);
        let Some(before) = text.get(..start) else {
            return false;
        };
        // The last `max_chars` characters before the match, cut at the last break.
        let from = before
            .char_indices()
            .rev()
            .nth(scope.max_chars.saturating_sub(1))
            .map_or(0, |(i, _)| i);
        let window = &before[from..];
        let clause_start = scope.breaks.find_iter(window).last().map_or(0, |m| m.end());
        scope.governs(&window[clause_start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Negation {
        let rules = super::super::MessageRules::bundled().expect("bundled rules load");
        rules
            .negation
            .clone()
            .expect("the bundled rules have a negation table")
    }

    fn negated(text: &str, word: &str, language: Language) -> bool {
        let start = text.find(word).expect("word in text");
        bundled().negated(text, start, language)
    }

    #[test]
    fn a_promise_never_to_ask_negates_the_practice() {
        let zh = "本平台不会以任何理由要求您向个人账户转账。";
        assert!(negated(zh, "个人账户", Language::Zh));
        let en = "We will never ask you to pay with gift cards, crypto or a wire.";
        assert!(negated(en, "crypto", Language::En));
        assert!(negated(
            "If anyone asks you to pay by gift card, it is a scam.",
            "gift card",
            Language::En
        ));
        assert!(negated(
            "如有人要求您向个人账户转账，均为诈骗。",
            "个人账户",
            Language::Zh
        ));
    }

    #[test]
    fn conditions_threats_and_other_clauses_are_not_negated() {
        let en = "If you don't pay by 5pm we will call your employer.";
        assert!(!negated(en, "call your employer", Language::En));
        let en = "We will not hesitate to contact your employer.";
        assert!(!negated(en, "contact your employer", Language::En));
        let en = "Do not ignore this or we will contact your employer.";
        assert!(!negated(en, "contact your employer", Language::En));
        // A relative clause naming who the threat is for is a condition.
        let en = "Borrowers that do not settle by Friday have their names posted on our page.";
        assert!(!negated(en, "have their names posted", Language::En));
        let zh = "我们不会手软，今天就把你的照片发到业主群。";
        assert!(!negated(zh, "发到业主群", Language::Zh));
        let zh = "如果你不还钱，我们绝不放过你的家人。";
        assert!(!negated(zh, "家人", Language::Zh));
        let zh = "不然今天下午就把你欠钱不还的事发给你通讯录里每一个人。";
        assert!(!negated(zh, "发给你通讯录", Language::Zh));
    }

    #[test]
    fn a_match_at_the_very_start_or_past_the_text_is_not_negated() {
        let n = bundled();
        assert!(!n.negated("gift card", 0, Language::En));
        assert!(!n.negated("短", 99, Language::Zh));
        // Not a character boundary: never panics.
        assert!(!n.negated("不会转账", 1, Language::Zh));
    }
}
