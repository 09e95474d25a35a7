#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Every parser that sees untrusted input, on arbitrary and on mutated valid input: an error or
//! a value, never a panic. (Extraction and APR solving have their own property tests in
//! `extract_zh_prop.rs`, `apr_props.rs` and `apr_robust.rs`.)

use loanlint::check::{BUNDLED, BUNDLED_INDEXES, IndexTable, Ruleset};
use loanlint::compute::apr::Flows;
use loanlint::message::{BUNDLED_RULES, MessageRules, analyse};
use proptest::prelude::*;

/// A valid text with one edit: a byte range deleted, duplicated or replaced by junk.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    let len = base.len();
    (
        0..len.max(1),
        0usize..64,
        prop_oneof![Just(0u8), Just(1u8), Just(2u8)],
        "[ -~\u{4e00}-\u{4e20}\"'=\\[\\]{}#\n]{0,12}",
    )
        .prop_map(move |(at, span, op, junk)| {
            let at = floor(base, at.min(len));
            let end = floor(base, (at + span).min(len));
            match op {
                0 => format!("{}{}", &base[..at], &base[end..]),
                1 => format!("{}{}{}", &base[..end], &base[at..end], &base[end..]),
                _ => format!("{}{}{}", &base[..at], junk, &base[end..]),
            }
        })
}

fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

const FLOWS: &str = r#"{"unit_period": "month", "advances": [{"amount": "5000.00", "date": "1978-01-10"}],
  "payments": [{"amount": "230.00", "date": "1978-02-10", "count": 24, "every": "month"},
               {"amount": "10.00", "at": {"periods": 1, "fraction": "19/30"}}]}"#;

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn flows_json_arbitrary_text(s in "\\PC{0,200}") {
        let _ = Flows::from_json(&s);
    }

    #[test]
    fn flows_json_mutated(s in mutated(FLOWS)) {
        if let Ok(f) = Flows::from_json(&s) {
            // Whatever parses must also expand or fail cleanly.
            let _ = f.expanded_payments();
        }
    }

    #[test]
    fn ruleset_toml_arbitrary_text(s in "\\PC{0,300}") {
        let _ = Ruleset::parse(&s, "arbitrary.toml", false);
    }

    #[test]
    fn ruleset_toml_mutated(which in 0..BUNDLED.len(), seed in any::<u64>()) {
        let (_, text) = BUNDLED[which];
        // Derive an edit from the seed (the strategy needs a 'static base chosen at runtime).
        let at = floor(text, (seed as usize) % text.len());
        let end = floor(text, (at + (seed >> 32) as usize % 80).min(text.len()));
        let cut = format!("{}{}", &text[..at], &text[end..]);
        if let Err((line, message)) = Ruleset::parse(&cut, "mutated.toml", false) {
            // An error says what is wrong, and where when it can.
            prop_assert!(!message.is_empty());
            if let Some(l) = line {
                prop_assert!(l <= cut.lines().count() + 1, "line {l} beyond the text");
            }
        }
    }

    #[test]
    fn index_table_mutated(s in mutated(BUNDLED_INDEXES[0].1)) {
        let _ = IndexTable::parse(&s);
    }

    #[test]
    fn message_rules_mutated(s in mutated(BUNDLED_RULES)) {
        if let Ok(rules) = MessageRules::parse(&s, "m.toml") {
            let _ = analyse("你再不还钱就爆你通讯录 pay with gift cards", &rules, None, None);
        }
    }

    #[test]
    fn messages_arbitrary_text(s in "\\PC{0,300}") {
        let rules = MessageRules::bundled().expect("bundled");
        let r = analyse(&s, rules, None, None);
        let chars = s.replace("\r\n", "\n").chars().count();
        for f in &r.findings {
            prop_assert!(f.evidence.start <= f.evidence.end && f.evidence.end <= chars);
        }
    }

    #[test]
    fn text_decoding_arbitrary_bytes(b in proptest::collection::vec(any::<u8>(), 0..400)) {
        let decoded = loanlint::read::decode_text(&b);
        // Valid UTF-8 (without a byte-order mark) always comes back unchanged.
        if let Ok(utf8) = std::str::from_utf8(&b) {
            if !b.starts_with(&[0xEF, 0xBB, 0xBF]) && !b.starts_with(&[0xFF, 0xFE]) && !b.starts_with(&[0xFE, 0xFF]) {
                prop_assert_eq!(decoded.as_deref(), Some(utf8));
            }
        }
    }
}

#[test]
fn every_bundled_file_parses() {
    for (id, text) in BUNDLED {
        Ruleset::parse(text, id, true).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    }
    IndexTable::parse(BUNDLED_INDEXES[0].1)
        .map_err(|e| e.1)
        .expect("index parses");
    MessageRules::parse(BUNDLED_RULES, "collection.toml").expect("message rules parse");
}
